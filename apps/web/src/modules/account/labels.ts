import type { TFunction } from 'i18next';
import type { InvitationStatusEnum, MembershipRoleEnum, UserRoleEnum } from './graphql/types';

export const USER_ROLES: readonly UserRoleEnum[] = ['MEMBER', 'MODERATOR', 'ADMIN'];
export const MEMBERSHIP_ROLES: readonly MembershipRoleEnum[] = ['MEMBER', 'COORDINATOR'];

export function userRoleLabel(t: TFunction, role: UserRoleEnum): string {
  return t(`roles.user.${role.toLowerCase()}`);
}

export function membershipRoleLabel(t: TFunction, role: MembershipRoleEnum): string {
  return t(`roles.membership.${role.toLowerCase()}`);
}

export function invitationStatusLabel(t: TFunction, status: InvitationStatusEnum): string {
  return t(`invitationStatus.${status.toLowerCase()}`);
}
