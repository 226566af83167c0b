import { DomainError } from '../errors/domain-error.js';
import { type Actor, type Viewer } from './viewer.js';

/**
 * Every right in one place (Outline-style policies). Services call `authorize` first; the UI
 * receives the same answers through `me.abilities` and per-object `viewerCan` fields.
 */
export type Action =
  | 'account:manage'
  | 'users:administer'
  | 'municipality:invite'
  | 'municipality:manage'
  | 'invitation:revoke'
  | 'feedback:read'
  | 'mailbox:read'
  | 'moderate';

export interface MunicipalitySubject {
  municipalityId: string;
}

export function can(actor: Actor, action: Action, subject?: MunicipalitySubject): actor is Viewer {
  if (!actor) return false;
  const admin = actor.role === 'admin';
  switch (action) {
    case 'account:manage':
      return true;
    case 'users:administer':
    case 'feedback:read':
    case 'mailbox:read':
      return admin;
    case 'moderate':
      return admin || actor.role === 'moderator';
    case 'municipality:invite':
    case 'municipality:manage':
    case 'invitation:revoke':
      return admin || (!!subject && actor.coordinatorOf.includes(subject.municipalityId));
  }
}

/** Throws UNAUTHENTICATED for guests and FORBIDDEN for signed-in people without the right. */
export function authorize(actor: Actor, action: Action, subject?: MunicipalitySubject): Viewer {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
  if (!can(actor, action, subject)) throw new DomainError('FORBIDDEN', 'You are not allowed to do this.');
  return actor;
}
