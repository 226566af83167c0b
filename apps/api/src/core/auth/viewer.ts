import { type UserRole } from '@praxisforum/domain';
import { type Request, type Response } from 'express';

export { MEMBERSHIP_ROLES, type MembershipRole, USER_ROLES, type UserRole } from '@praxisforum/domain';

/** The signed-in person as every service sees them: resolved once per request from the session. */
export interface Viewer {
  id: string;
  sessionId: string;
  email: string;
  displayName: string;
  role: UserRole;
  locale: 'de' | 'en';
  /** Municipality ids this person coordinates. */
  coordinatorOf: string[];
  /** Municipality ids this person is a member of (coordinators included). */
  memberOf: string[];
}

/** Who is asking: a viewer, or null for a guest. Carried through resolvers into services. */
export type Actor = Viewer | null;

export interface HttpContext {
  req: Request;
  res: Response;
}
