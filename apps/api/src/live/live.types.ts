import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Something happened in a thread the viewer has open: load the post to show it.' })
export class ThreadActivity {
  @Field({ description: 'post.created or post.updated.' })
  type!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => ID)
  postId!: string;
}
