import { authorize } from '../core/auth/policy.js';
import { type Actor, type Viewer } from '../core/auth/viewer.js';
import { DomainError } from '../core/errors/domain-error.js';

const isStaff = (role: string) => role === 'moderator' || role === 'admin';

/** Moderation actions and the queue: moderators and admins (`can(viewer, 'moderate')`). */
export function authorizeModeration(actor: Actor): Viewer {
  return authorize(actor, 'moderate');
}

/** The audit log shows everyone's actions, moderators' included: admins (the steering group) only. */
export function authorizeAuditLog(actor: Actor): Viewer {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
  if (actor.role !== 'admin') throw new DomainError('FORBIDDEN', 'Only administrators see the audit log.');
  return actor;
}

/**
 * Warning and blocking go down the hierarchy only: moderators act on members and coordinators
 * (role member), admins on anyone but themselves. Staff among themselves are the admins' job
 * (blockUser, setUserRole).
 */
export function mayActOnUser(actor: Viewer, target: { id: string; role: string }): boolean {
  if (target.id === actor.id) return false;
  return actor.role === 'admin' || !isStaff(target.role);
}

/** Anyone signed in may flag, except their own content (they can edit or delete it instead). */
export function authorizeFlag(actor: Actor): Viewer {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
  return actor;
}
