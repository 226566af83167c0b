/** Platform-wide roles; coordination is a role per municipality (membership). */
export const USER_ROLES = ['member', 'moderator', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MEMBERSHIP_ROLES = ['coordinator', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
