import { type PracticeState } from '@praxisforum/domain';
import { type Actor, type Viewer } from '../core/auth/viewer.js';
import { DomainError } from '../core/errors/domain-error.js';

/** What a rule needs to know about a practice. */
export interface PracticeSubject {
  municipalityId: string;
  state: PracticeState;
  publishedAt: string | null;
}

export type PracticeAction = 'view' | 'edit' | 'submit' | 'review' | 'archive' | 'delete' | 'manageAttachments' | 'follow';

const isStaff = (v: Viewer) => v.role === 'admin' || v.role === 'moderator';
const isOwner = (v: Viewer, p: PracticeSubject) => v.role === 'admin' || v.coordinatorOf.includes(p.municipalityId);

/** Who may do it, whatever the state (coordinators of the owning municipality, moderators, admins). */
export function hasPracticeRight(actor: Actor, action: PracticeAction, p: PracticeSubject): actor is Viewer {
  if (action === 'view' && p.state === 'published') return true;
  if (!actor) return false;
  switch (action) {
    case 'view':
      return isStaff(actor) || isOwner(actor, p);
    case 'edit':
    case 'submit':
    case 'delete':
    case 'manageAttachments':
      return isOwner(actor, p);
    case 'review':
      return isStaff(actor);
    case 'archive':
      return isStaff(actor) || isOwner(actor, p);
    case 'follow':
      return true;
  }
}

/** When it can be done: the lifecycle draft → in review → published → archived. */
export function stateAllows(action: PracticeAction, p: PracticeSubject): boolean {
  switch (action) {
    case 'view':
      return true;
    case 'edit':
    case 'manageAttachments':
      return p.state === 'draft' || p.state === 'published';
    case 'submit':
      return p.state === 'draft';
    case 'review':
      return p.state === 'in_review';
    case 'archive':
    case 'follow':
      return p.state === 'published';
    case 'delete':
      return p.state === 'draft' && !p.publishedAt;
  }
}

const STATE_MESSAGES: Record<PracticeAction, string> = {
  view: '',
  edit: 'Only drafts and published practices can be edited; this one is in review or archived.',
  manageAttachments: 'Attachments can be changed on drafts and published practices only.',
  submit: 'Only drafts can be submitted for review.',
  review: 'Only practices in review can be published or sent back.',
  archive: 'Only published practices can be archived.',
  follow: 'Only published practices can be followed.',
  delete: 'Only drafts that were never published can be deleted; archive a published practice instead.',
};

/**
 * The check every practice operation starts with: UNAUTHENTICATED for guests, FORBIDDEN without
 * the right, CONFLICT when the right is there but the practice is in the wrong state.
 */
export function authorizePractice(actor: Actor, action: PracticeAction, p: PracticeSubject): Viewer {
  if (!hasPracticeRight(actor, action, p)) {
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
    throw new DomainError('FORBIDDEN', 'You are not allowed to do this.');
  }
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
  if (!stateAllows(action, p)) throw new DomainError('CONFLICT', STATE_MESSAGES[action], { state: p.state });
  return actor;
}

/** Drafting and adopting happen for a municipality the viewer coordinates (admins: any). */
export function canActFor(actor: Actor, municipalityId: string): actor is Viewer {
  return !!actor && (actor.role === 'admin' || actor.coordinatorOf.includes(municipalityId));
}

export function authorizeFor(actor: Actor, municipalityId: string): Viewer {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
  if (!canActFor(actor, municipalityId)) throw new DomainError('FORBIDDEN', 'You are not allowed to do this for this municipality.');
  return actor;
}

export function practiceAbilities(actor: Actor, p: PracticeSubject) {
  const allowed = (action: PracticeAction) => hasPracticeRight(actor, action, p) && stateAllows(action, p);
  return {
    edit: allowed('edit'),
    submit: allowed('submit'),
    review: allowed('review'),
    archive: allowed('archive'),
    delete: allowed('delete'),
    manageAttachments: allowed('manageAttachments'),
    follow: allowed('follow'),
    adopt:
      p.state === 'published' && !!actor && (actor.role === 'admin' || actor.coordinatorOf.some((id) => id !== p.municipalityId)),
  };
}
