/** Where a thread lives: under a topic, in a programme, or beside one practice. */
export const SPACE_TYPES = ['topic', 'programme', 'practice'] as const;
export type SpaceType = (typeof SPACE_TYPES)[number];

/** A question can have an accepted answer; a discussion cannot. */
export const THREAD_KINDS = ['question', 'discussion'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

/** What a person can follow, and how closely (Discourse's levels). */
export const FOLLOW_SUBJECTS = ['practice', 'thread', 'topic', 'municipality'] as const;
export type FollowSubject = (typeof FOLLOW_SUBJECTS)[number];
export const WATCH_LEVELS = ['watching', 'normal', 'muted'] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

/** How often notifications are also sent by e-mail. */
export const EMAIL_FREQUENCIES = ['immediately', 'daily', 'weekly', 'never'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

export const NOTIFICATION_TYPES = [
  'mention',
  'reply',
  'new_post',
  'new_thread',
  'new_practice',
  'adoption',
  'review_result',
  'accepted_answer',
  'message',
  'moderation',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const FLAG_REASONS = ['spam', 'offensive', 'off_topic', 'personal_data', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const DISCUSSION_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  bodyMin: 2,
  bodyMax: 20000,
  tagsMax: 5,
  tagMax: 30,
  /** Posts a person may write per minute (threads count as posts). */
  postsPerMinute: 10,
  flagNoteMax: 500,
  moderationReasonMin: 3,
  moderationReasonMax: 500,
  messageMin: 1,
  messageMax: 5000,
  conversationSubjectMax: 200,
  /** Accounts with fewer approved posts than this count as new (their first posts with links may be held). */
  newAccountPosts: 3,
  threadPageSizeMax: 100,
  mentionsMax: 20,
} as const;
