import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type RequestContext } from '../core/graphql/request-context.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { DiscussionService } from './discussion.service.js';
import { Post, PostRevision } from './discussion.types.js';
import { CreatePostInput, EditPostInput } from './dto/discussion.inputs.js';

// Post fields are plain properties filled from one row: no field resolvers here on purpose.
@Resolver(() => Post)
export class PostResolver {
  constructor(private readonly service: DiscussionService) {}

  @Query(() => Post, { description: 'One post; NOT_FOUND if the viewer may not see it.' })
  post(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.getPost(ctx.viewer, id);
  }

  @Query(() => [PostRevision], { description: 'Earlier bodies of an edited or deleted post, oldest first (moderators only).' })
  postRevisions(@Args('postId', { type: () => ID }, UuidPipe) postId: string, @Context() ctx: RequestContext) {
    return this.service.revisions(ctx.viewer, postId);
  }

  @Mutation(() => Post, { description: 'Replies in a thread, optionally quoting a post of it. THREAD_LOCKED, RATE_LIMITED.' })
  createPost(@Args('input') input: CreatePostInput, @Context() ctx: RequestContext) {
    return this.service.createPost(ctx.viewer, input);
  }

  @Mutation(() => Post, { description: 'Changes a post’s text; the previous text is kept for moderators.' })
  editPost(@Args('input') input: EditPostInput, @Context() ctx: RequestContext) {
    return this.service.editPost(ctx.viewer, input);
  }

  @Mutation(() => Post, { description: 'Deletes a post (placeholder stays); deleting post 1 deletes the thread.' })
  deletePost(@Args('postId', { type: () => ID }, UuidPipe) postId: string, @Context() ctx: RequestContext) {
    return this.service.deletePost(ctx.viewer, postId);
  }

  @Mutation(() => Post, { description: 'Marks a post as helpful (once per person, not one’s own). ALREADY_REACTED.' })
  addReaction(@Args('postId', { type: () => ID }, UuidPipe) postId: string, @Context() ctx: RequestContext) {
    return this.service.addReaction(ctx.viewer, postId);
  }

  @Mutation(() => Post, { description: 'Takes the helpful mark back.' })
  removeReaction(@Args('postId', { type: () => ID }, UuidPipe) postId: string, @Context() ctx: RequestContext) {
    return this.service.removeReaction(ctx.viewer, postId);
  }
}
