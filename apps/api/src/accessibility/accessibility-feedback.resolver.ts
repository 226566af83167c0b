import { Args, Field, ID, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { AccessibilityFeedbackService } from './accessibility-feedback.service.js';
import { AccessibilityFeedbackInput } from './dto/submit-accessibility-feedback.input.js';

@ObjectType({ description: 'Confirms that a feedback message was stored.' })
export class AccessibilityFeedbackReceipt {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO 8601 timestamp (UTC).' })
  receivedAt: string;
}

@Resolver()
export class AccessibilityFeedbackResolver {
  constructor(private readonly service: AccessibilityFeedbackService) {}

  @Mutation(() => AccessibilityFeedbackReceipt, { description: 'Report a barrier on this site (feedback mechanism of the accessibility statement).' })
  async submitAccessibilityFeedback(@Args('input') input: AccessibilityFeedbackInput): Promise<AccessibilityFeedbackReceipt> {
    const saved = await this.service.submit(input);
    return { id: saved.id, receivedAt: saved.createdAt.toISOString() };
  }
}
