import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  SubmitAccessibilityFeedbackMutation,
  SubmitAccessibilityFeedbackMutationVariables,
} from '../../../graphql/generated';

export type AccessibilityFeedbackReceipt = SubmitAccessibilityFeedbackMutation['submitAccessibilityFeedback'];

export const SUBMIT_FEEDBACK_MUTATION: TypedDocumentNode<SubmitAccessibilityFeedbackMutation, SubmitAccessibilityFeedbackMutationVariables> = gql`
  mutation SubmitAccessibilityFeedback($input: AccessibilityFeedbackInput!) {
    submitAccessibilityFeedback(input: $input) {
      id
      receivedAt
    }
  }
`;
