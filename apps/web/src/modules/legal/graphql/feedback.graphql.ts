import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AccessibilityFeedbackInput {
  message: string;
  name?: string;
  email?: string;
  pageUrl?: string;
}

export interface AccessibilityFeedbackReceipt {
  id: string;
  receivedAt: string;
}

export const SUBMIT_FEEDBACK_MUTATION: TypedDocumentNode<
  { submitAccessibilityFeedback: AccessibilityFeedbackReceipt },
  { input: AccessibilityFeedbackInput }
> = gql`
  mutation SubmitAccessibilityFeedback($input: AccessibilityFeedbackInput!) {
    submitAccessibilityFeedback(input: $input) {
      id
      receivedAt
    }
  }
`;
