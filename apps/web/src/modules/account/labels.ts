import type { TFunction } from 'i18next';
import type { InvitationStatus, MembershipRole, UserRole } from '../../graphql/generated';

export const USER_ROLES: readonly UserRole[] = ['MEMBER', 'MODERATOR', 'ADMIN'];
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['MEMBER', 'COORDINATOR'];

export function userRoleLabel(t: TFunction, role: UserRole): string {
  return t(`roles.user.${role.toLowerCase()}`);
}

export function membershipRoleLabel(t: TFunction, role: MembershipRole): string {
  return t(`roles.membership.${role.toLowerCase()}`);
}

export function invitationStatusLabel(t: TFunction, status: InvitationStatus): string {
  return t(`invitationStatus.${status.toLowerCase()}`);
}
