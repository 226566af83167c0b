import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { PageArgs } from '../core/graphql/pagination.js';
import { type RequestContext } from '../core/graphql/request-context.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { MessageRepository } from './message.repository.js';
import { MessageService, practiceVisible, toMessagePage } from './message.service.js';
import {
  Conversation,
  ConversationConnection,
  ConversationPractice,
  Message,
  MessageConnection,
  MessagesArgs,
  SendMessageInput,
  StartConversationInput,
} from './message.types.js';
import { PersonRef } from '../core/graphql/person-ref.js';

/** Per-request batches for what a conversation list asks for: participants, practice, latest messages. */
function loaders(ctx: RequestContext, repo: MessageRepository) {
  const get = ctx.loaders.get.bind(ctx.loaders);
  return {
    participants: get('conversation.participants', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await repo.participantsOf(ids);
        return ids.map((id) => rows.filter((r) => r.conversation_id === id && r.person).map((r) => r.person!));
      }),
    ),
    practice: get('conversation.practice', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = new Map((await repo.practicesByIds(ids)).map((p) => [p.id, p]));
        return ids.map((id) => {
          const p = rows.get(id);
          return p && practiceVisible(ctx.viewer, p) ? { id: p.id, slug: p.slug, title: p.title } : null;
        });
      }),
    ),
    latest: (first: number) =>
      get(`conversation.latest.${first}`, () => new DataLoader(async (ids: readonly string[]) => repo.latestMessages(ids, ctx.viewer!.id, first))),
  };
}

@Resolver(() => Conversation)
export class ConversationResolver {
  constructor(
    private readonly service: MessageService,
    private readonly repo: MessageRepository,
  ) {}

  @Query(() => ConversationConnection, { description: "The viewer's conversations, newest activity first." })
  conversations(@Args() { first, after }: PageArgs, @Context() ctx: RequestContext) {
    return this.service.list(ctx.viewer, first, after);
  }

  @Query(() => Conversation, { nullable: true, description: 'One conversation of the viewer; NOT_FOUND for everyone else.' })
  conversation(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.get(ctx.viewer, id);
  }

  @Query(() => Int, { description: 'Conversations with messages the viewer has not read.' })
  unreadConversationCount(@Context() ctx: RequestContext) {
    return this.service.unreadCount(ctx.viewer);
  }

  @Query(() => [PersonRef], { description: 'People the viewer has blocked from writing to them.' })
  blockedUsers(@Context() ctx: RequestContext) {
    return this.service.blockedUsers(ctx.viewer);
  }

  @Mutation(() => Conversation, {
    nullable: true,
    description:
      'Writes to a person who allows contact (recipientId) or to the contact person of a practice (practiceId); an existing conversation of the same two people about the same practice is continued. ' +
      'Returns null when the practice contact has no account and the message went to them by e-mail. CONTACT_NOT_ALLOWED, SENDER_BLOCKED, RATE_LIMITED.',
  })
  startConversation(@Args('input') input: StartConversationInput, @Context() ctx: RequestContext) {
    return this.service.start(ctx.viewer, input);
  }

  @Mutation(() => Message, { description: 'Participants only. SENDER_BLOCKED when the other person blocked you; RATE_LIMITED.' })
  sendMessage(@Args('input') input: SendMessageInput, @Context() ctx: RequestContext) {
    return this.service.send(ctx.viewer, input.conversationId, input.body);
  }

  @Mutation(() => Conversation)
  markConversationRead(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.markRead(ctx.viewer, id);
  }

  @Mutation(() => Boolean, { description: 'The person can no longer start conversations with you or write in shared ones.' })
  blockSender(@Args('userId', { type: () => ID }, UuidPipe) userId: string, @Context() ctx: RequestContext) {
    return this.service.block(ctx.viewer, userId);
  }

  @Mutation(() => Boolean)
  unblockSender(@Args('userId', { type: () => ID }, UuidPipe) userId: string, @Context() ctx: RequestContext) {
    return this.service.unblock(ctx.viewer, userId);
  }

  @ResolveField(() => [PersonRef], { description: 'Everyone in the conversation, the viewer included; deleted accounts are left out.' })
  participants(@Parent() c: Conversation, @Context() ctx: RequestContext) {
    return loaders(ctx, this.repo).participants.load(c.id);
  }

  @ResolveField(() => ConversationPractice, { nullable: true })
  practice(@Parent() c: Conversation, @Context() ctx: RequestContext) {
    return c.practiceId ? loaders(ctx, this.repo).practice.load(c.practiceId) : null;
  }

  @ResolveField(() => MessageConnection, { description: 'Newest last; `before` pages back to older messages.' })
  async messages(@Parent() c: Conversation, @Args() { first, before }: MessagesArgs, @Context() ctx: RequestContext) {
    // A Conversation only ever reaches a resolver through a participant check, so no second check here.
    if (before) return this.service.messages(ctx.viewer, c.id, first, before);
    return toMessagePage(await loaders(ctx, this.repo).latest(first).load(c.id), first);
  }
}

