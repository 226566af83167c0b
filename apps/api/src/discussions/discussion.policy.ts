import { type ThreadKind } from '@praxisforum/domain';
import { can } from '../core/auth/policy.js';
import { type Actor, type Viewer } from '../core/auth/viewer.js';
import { DomainError } from '../core/errors/domain-error.js';
import { type PostAbilities, type ThreadAbilities } from './discussion.types.js';

/** What the rules need to know about a thread. */
export interface ThreadSubject {
  authorId: string | null;
  kind: ThreadKind;
  locked: boolean;
  deleted: boolean;
}

/** What the rules need to know about a post (and its thread). */
export interface PostSubject {
  authorId: string | null;
  number: number;
  deleted: boolean;
  hidden: boolean;
  held: boolean;
}

export const isModerator = (actor: Actor): actor is Viewer => can(actor, 'moderate');
const isAuthor = (actor: Actor, authorId: string | null): actor is Viewer => !!actor && authorId !== null && actor.id === authorId;

/** Moderators write in locked threads; everyone else only in open ones. */
export function canReply(actor: Actor, t: ThreadSubject): actor is Viewer {
  return !!actor && !t.deleted && (!t.locked || isModerator(actor));
}

/** Authors edit their own text while the thread is open; moderators always. */
function canEditOwn(actor: Actor, authorId: string | null, t: ThreadSubject): boolean {
  return isModerator(actor) || (isAuthor(actor, authorId) && !t.locked);
}

/** The asker or a moderator decides the accepted answer of a question. */
export function canDecideAnswer(actor: Actor, t: ThreadSubject): actor is Viewer {
  return t.kind === 'question' && (isModerator(actor) || isAuthor(actor, t.authorId));
}

export function threadAbilities(actor: Actor, t: ThreadSubject): ThreadAbilities {
  return {
    reply: canReply(actor, t),
    edit: !t.deleted && canEditOwn(actor, t.authorId, t),
    accept: !t.deleted && canDecideAnswer(actor, t),
    moderate: isModerator(actor),
    flag: !!actor && !t.deleted && !isAuthor(actor, t.authorId),
  };
}

export function postAbilities(actor: Actor, p: PostSubject, t: ThreadSubject): PostAbilities {
  const readable = !p.deleted && !p.hidden && !p.held;
  return {
    edit: !p.deleted && canEditOwn(actor, p.authorId, t),
    delete: !p.deleted && (isModerator(actor) || isAuthor(actor, p.authorId)),
    react: !!actor && readable && !isAuthor(actor, p.authorId),
    accept: readable && p.number > 1 && canDecideAnswer(actor, t),
    flag: !!actor && !p.deleted && !isAuthor(actor, p.authorId),
    moderate: isModerator(actor),
  };
}

/** Body and hidden reason of a hidden post: its author and moderators see them, others the placeholder. */
export function seesHiddenContent(actor: Actor, authorId: string | null): boolean {
  return isModerator(actor) || isAuthor(actor, authorId);
}

export function requireViewer(actor: Actor): Viewer {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
  return actor;
}

export function authorizeReply(actor: Actor, t: ThreadSubject): Viewer {
  const viewer = requireViewer(actor);
  if (t.locked && !isModerator(viewer)) throw new DomainError('THREAD_LOCKED', 'This thread is locked: no new posts can be written.');
  return viewer;
}

/** Editing a post or a thread: the author while the thread is open, moderators always. */
export function authorizeEdit(actor: Actor, authorId: string | null, t: ThreadSubject): Viewer {
  const viewer = requireViewer(actor);
  if (isModerator(viewer)) return viewer;
  if (!isAuthor(viewer, authorId)) throw new DomainError('FORBIDDEN', 'Only the author or a moderator can edit this.');
  if (t.locked) throw new DomainError('THREAD_LOCKED', 'This thread is locked: its posts can no longer be edited.');
  return viewer;
}

export function authorizeDelete(actor: Actor, authorId: string | null): Viewer {
  const viewer = requireViewer(actor);
  if (!isModerator(viewer) && !isAuthor(viewer, authorId)) throw new DomainError('FORBIDDEN', 'Only the author or a moderator can delete this post.');
  return viewer;
}

export function authorizeReaction(actor: Actor, p: PostSubject): Viewer {
  const viewer = requireViewer(actor);
  if (isAuthor(viewer, p.authorId)) throw new DomainError('FORBIDDEN', 'You cannot mark your own post as helpful.');
  return viewer;
}

/** Accepting or withdrawing an answer: NOT_A_QUESTION before NOT_THREAD_AUTHOR, so the reason shown is the real one. */
export function authorizeAnswerDecision(actor: Actor, t: ThreadSubject): Viewer {
  const viewer = requireViewer(actor);
  if (t.kind !== 'question') throw new DomainError('NOT_A_QUESTION', 'Only questions have an accepted answer; this thread is a discussion.');
  if (!canDecideAnswer(viewer, t)) throw new DomainError('NOT_THREAD_AUTHOR', 'Only the person who asked (or a moderator) can choose the accepted answer.');
  return viewer;
}
