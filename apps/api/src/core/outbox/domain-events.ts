/**
 * Facts other features react to (notifications, search indexing). Written to the outbox
 * (kind 'event') in the same transaction as the change, handled at least once by the worker:
 * handlers must be idempotent. Payloads carry ids only; handlers read the current state.
 */
export type DomainEvent =
  | { type: 'thread.created'; threadId: string; actorId: string }
  | { type: 'thread.edited'; threadId: string; actorId: string }
  | { type: 'post.created'; postId: string; threadId: string; actorId: string }
  | { type: 'post.edited'; postId: string; threadId: string; actorId: string }
  | { type: 'post.deleted'; postId: string; threadId: string; actorId: string }
  | { type: 'post.accepted'; postId: string; threadId: string; actorId: string }
  | { type: 'post.released'; postId: string; threadId: string; actorId: string }
  | { type: 'practice.published'; practiceId: string; actorId: string }
  | { type: 'practice.returned'; practiceId: string; actorId: string }
  | { type: 'practice.updated'; practiceId: string; actorId: string }
  | { type: 'practice.archived'; practiceId: string; actorId: string }
  | { type: 'adoption.recorded'; adoptionId: string; practiceId: string; actorId: string }
  | { type: 'message.sent'; messageId: string; conversationId: string; actorId: string }
  | { type: 'moderation.acted'; action: string; subjectType: 'post' | 'thread' | 'user'; subjectId: string; targetUserId: string | null; actorId: string; reason: string };

export type DomainEventType = DomainEvent['type'];
