import { Args, Context, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '../core/graphql/pagination.js';
import { type RequestContext } from '../core/graphql/request-context.js';
import { AccessibilityFeedbackService } from './accessibility-feedback.service.js';
import { AccessibilityFeedbackInput } from './dto/submit-accessibility-feedback.input.js';

@ObjectType({ description: 'Confirms that a feedback message was stored.' })
export class AccessibilityFeedbackReceipt {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO 8601 timestamp (UTC).' })
  receivedAt: string;
}

@ObjectType('AccessibilityFeedbackEntry', { description: 'A stored feedback message (admins).' })
export class AccessibilityFeedbackEntry {
  @Field(() => ID)
  id: string;
  @Field()
  message: string;
  @Field(() => String, { nullable: true })
  name: string | null;
  @Field(() => String, { nullable: true })
  email: string | null;
  @Field(() => String, { nullable: true })
  pageUrl: string | null;
  @Field()
  createdAt: string;
}

const AccessibilityFeedbackConnection = ConnectionType(AccessibilityFeedbackEntry, 'AccessibilityFeedback');

@Resolver()
export class AccessibilityFeedbackResolver {
  constructor(private readonly service: AccessibilityFeedbackService) {}

  @Mutation(() => AccessibilityFeedbackReceipt, { description: 'Report a barrier on this site (feedback mechanism of the accessibility statement).' })
  async submitAccessibilityFeedback(@Args('input') input: AccessibilityFeedbackInput): Promise<AccessibilityFeedbackReceipt> {
    const saved = await this.service.submit(input);
    return { id: saved.id, receivedAt: saved.createdAt.toISOString() };
  }

  @Query(() => AccessibilityFeedbackConnection, { description: 'Feedback messages, newest first (admins).' })
  async accessibilityFeedback(@Args() { first, after }: PageArgs, @Context() ctx: RequestContext) {
    const page = await this.service.list(ctx.viewer, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, createdAt: e.node.createdAt.toISOString() } })) };
  }
}
