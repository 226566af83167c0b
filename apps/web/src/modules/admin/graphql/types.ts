import type {
  AccessibilityFeedbackQuery,
  AdminUserFieldsFragment,
  DevMailboxQuery,
  InvitationFieldsFragment,
} from '../../../graphql/generated';

export type Invitation = InvitationFieldsFragment;
export type AdminUser = AdminUserFieldsFragment;
export type DevMail = DevMailboxQuery['devMailbox'][number];
export type FeedbackEntry = AccessibilityFeedbackQuery['accessibilityFeedback']['edges'][number]['node'];
