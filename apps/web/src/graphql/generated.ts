/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AcceptInvitationInput = {
  /** Only when no account exists yet. */
  displayName?: string | null | undefined;
  /** Only when no account exists yet. */
  password?: string | null | undefined;
  token: string;
};

export type AccessibilityFeedbackInput = {
  /** Only needed for an answer. */
  email?: string | null | undefined;
  /** What is hard to use, and where. */
  message: string;
  name?: string | null | undefined;
  /** The page the feedback is about (a path of this site or a full URL). */
  pageUrl?: string | null | undefined;
};

export type BlockUserInput = {
  /** Shown to moderators and in the audit log. */
  reason: string;
  userId: string | number;
};

export type ChangeEmailInput = {
  newEmail: string;
  password: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type DeleteAccountInput = {
  /** Also delete my public contributions instead of keeping them anonymised. */
  deleteContributions: boolean;
  password: string;
};

export type EmailInput = {
  email: string;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteInput = {
  email: string;
  municipalitySlug: string;
  role: MembershipRole;
};

/** Language of the interface and of e-mails. */
export type Locale =
  | 'DE'
  | 'EN';

export type MembershipRole =
  | 'COORDINATOR'
  | 'MEMBER';

export type MunicipalityFilter = {
  kind?: MunicipalityKind | null | undefined;
  region?: Region | null | undefined;
  /** Part of the name, official name, district, seat or a member town. */
  search?: string | null | undefined;
};

/** Town, municipality, district (Landkreis), city district (Stadtkreis), administrative association or joint project. */
export type MunicipalityKind =
  | 'ASSOCIATION'
  | 'CITY_DISTRICT'
  | 'DISTRICT'
  | 'JOINT_PROJECT'
  | 'MUNICIPALITY'
  | 'TOWN';

/** Administrative region (Regierungsbezirk) of Baden-Württemberg. */
export type Region =
  | 'FREIBURG'
  | 'KARLSRUHE'
  | 'STUTTGART'
  | 'TUEBINGEN';

export type RegisterInput = {
  /** The person has read the privacy notice. */
  acceptPrivacyNotice: boolean;
  displayName: string;
  email: string;
  locale?: Locale;
  /** At least 12 characters; common passwords are refused. */
  password: string;
};

export type ResetPasswordInput = {
  password: string;
  token: string;
};

export type SetMembershipInput = {
  municipalitySlug: string;
  /** null removes the membership. */
  role?: MembershipRole | null | undefined;
  userId: string | number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type TokenInput = {
  token: string;
};

export type UpdateProfileInput = {
  /** Affiliation with a municipality of the platform. */
  affiliationMunicipalitySlug?: string | null | undefined;
  /** Affiliation as free text, e.g. a club or an office. */
  affiliationText?: string | null | undefined;
  /** Whether other signed-in people may send private messages. */
  allowContact: boolean;
  bio?: string | null | undefined;
  displayName: string;
  /** Languages spoken, e.g. "Deutsch", "Arabisch". */
  languages?: Array<string> | null | undefined;
  locale: Locale;
};

/** Platform-wide role; coordination is per municipality (Membership). */
export type UserRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'MODERATOR';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'Me', id: string, email: string, emailVerified: boolean, displayName: string, role: UserRole, locale: Locale, bio: string | null, affiliationText: string | null, languages: Array<string>, allowContact: boolean, createdAt: string, affiliationMunicipality: { __typename: 'Municipality', id: string, slug: string, name: string } | null, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }>, abilities: { __typename: 'Abilities', administerUsers: boolean, moderate: boolean, readFeedback: boolean, readMailbox: boolean, inviteAnywhere: boolean, inviteFor: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }> } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { __typename: 'Me', id: string, email: string, emailVerified: boolean, displayName: string, role: UserRole, locale: Locale, bio: string | null, affiliationText: string | null, languages: Array<string>, allowContact: boolean, createdAt: string, affiliationMunicipality: { __typename: 'Municipality', id: string, slug: string, name: string } | null, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }>, abilities: { __typename: 'Abilities', administerUsers: boolean, moderate: boolean, readFeedback: boolean, readMailbox: boolean, inviteAnywhere: boolean, inviteFor: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: boolean };

export type ConfirmEmailMutationVariables = Exact<{
  input: TokenInput;
}>;


export type ConfirmEmailMutation = { confirmEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: EmailInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type MeFieldsFragment = { __typename: 'Me', id: string, email: string, emailVerified: boolean, displayName: string, role: UserRole, locale: Locale, bio: string | null, affiliationText: string | null, languages: Array<string>, allowContact: boolean, createdAt: string, affiliationMunicipality: { __typename: 'Municipality', id: string, slug: string, name: string } | null, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }>, abilities: { __typename: 'Abilities', administerUsers: boolean, moderate: boolean, readFeedback: boolean, readMailbox: boolean, inviteAnywhere: boolean, inviteFor: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }> } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { __typename: 'InvitationPreview', email: string, role: MembershipRole, expiresAt: string, status: InvitationStatus, accountExists: boolean, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'Me', id: string, email: string, emailVerified: boolean, displayName: string, role: UserRole, locale: Locale, bio: string | null, affiliationText: string | null, languages: Array<string>, allowContact: boolean, createdAt: string, affiliationMunicipality: { __typename: 'Municipality', id: string, slug: string, name: string } | null, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }>, abilities: { __typename: 'Abilities', administerUsers: boolean, moderate: boolean, readFeedback: boolean, readMailbox: boolean, inviteAnywhere: boolean, inviteFor: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }> } } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { __typename: 'Me', id: string, email: string, emailVerified: boolean, displayName: string, role: UserRole, locale: Locale, bio: string | null, affiliationText: string | null, languages: Array<string>, allowContact: boolean, createdAt: string, affiliationMunicipality: { __typename: 'Municipality', id: string, slug: string, name: string } | null, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }>, abilities: { __typename: 'Abilities', administerUsers: boolean, moderate: boolean, readFeedback: boolean, readMailbox: boolean, inviteAnywhere: boolean, inviteFor: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }> } } };

export type RequestEmailChangeMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ __typename: 'SessionView', id: string, userAgent: string | null, createdAt: string, lastSeenAt: string, expiresAt: string, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type AccessibilityFeedbackQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessibilityFeedbackQuery = { accessibilityFeedback: { __typename: 'AccessibilityFeedbackConnection', totalCount: number, edges: Array<{ __typename: 'AccessibilityFeedbackEdge', cursor: string, node: { __typename: 'AccessibilityFeedbackEntry', id: string, message: string, name: string | null, email: string | null, pageUrl: string | null, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type InvitationFieldsFragment = { __typename: 'Invitation', id: string, email: string, role: MembershipRole, invitedByName: string | null, createdAt: string, expiresAt: string, status: InvitationStatus, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } };

export type InvitationsQueryVariables = Exact<{
  municipalitySlug: string;
}>;


export type InvitationsQuery = { invitations: Array<{ __typename: 'Invitation', id: string, email: string, role: MembershipRole, invitedByName: string | null, createdAt: string, expiresAt: string, status: InvitationStatus, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteInput;
}>;


export type InviteUserMutation = { inviteUser: { __typename: 'Invitation', id: string, email: string, role: MembershipRole, invitedByName: string | null, createdAt: string, expiresAt: string, status: InvitationStatus, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { __typename: 'Invitation', id: string, email: string, role: MembershipRole, invitedByName: string | null, createdAt: string, expiresAt: string, status: InvitationStatus, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } } };

export type DevMailboxEnabledQueryVariables = Exact<{ [key: string]: never; }>;


export type DevMailboxEnabledQuery = { devMailboxEnabled: boolean };

export type DevMailboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DevMailboxQuery = { devMailbox: Array<{ __typename: 'DevMail', id: string, to: string, subject: string, text: string, template: string, createdAt: string }> };

export type AdminUserFieldsFragment = { __typename: 'AdminUser', id: string, email: string | null, displayName: string, role: UserRole, emailVerified: boolean, blocked: boolean, blockedReason: string | null, createdAt: string, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }> };

export type UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  role?: UserRole | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { __typename: 'AdminUserConnection', totalCount: number, edges: Array<{ __typename: 'AdminUserEdge', cursor: string, node: { __typename: 'AdminUser', id: string, email: string | null, displayName: string, role: UserRole, emailVerified: boolean, blocked: boolean, blockedReason: string | null, createdAt: string, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: UserRole;
}>;


export type SetUserRoleMutation = { setUserRole: { __typename: 'AdminUser', id: string, email: string | null, displayName: string, role: UserRole, emailVerified: boolean, blocked: boolean, blockedReason: string | null, createdAt: string, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }> } };

export type SetMembershipMutationVariables = Exact<{
  input: SetMembershipInput;
}>;


export type SetMembershipMutation = { setMembership: { __typename: 'AdminUser', id: string, email: string | null, displayName: string, role: UserRole, emailVerified: boolean, blocked: boolean, blockedReason: string | null, createdAt: string, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }> } };

export type BlockUserMutationVariables = Exact<{
  input: BlockUserInput;
}>;


export type BlockUserMutation = { blockUser: { __typename: 'AdminUser', id: string, email: string | null, displayName: string, role: UserRole, emailVerified: boolean, blocked: boolean, blockedReason: string | null, createdAt: string, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }> } };

export type UnblockUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnblockUserMutation = { unblockUser: { __typename: 'AdminUser', id: string, email: string | null, displayName: string, role: UserRole, emailVerified: boolean, blocked: boolean, blockedReason: string | null, createdAt: string, memberships: Array<{ __typename: 'Membership', role: MembershipRole, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }> } };

export type SubmitAccessibilityFeedbackMutationVariables = Exact<{
  input: AccessibilityFeedbackInput;
}>;


export type SubmitAccessibilityFeedbackMutation = { submitAccessibilityFeedback: { __typename: 'AccessibilityFeedbackReceipt', id: string, receivedAt: string } };

export type PageInfoFieldsFragment = { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null };

export type MunicipalityListQueryVariables = Exact<{
  filter?: MunicipalityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MunicipalityListQuery = { municipalities: { __typename: 'MunicipalityConnection', totalCount: number, edges: Array<{ __typename: 'MunicipalityEdge', cursor: string, node: { __typename: 'Municipality', id: string, slug: string, name: string, kind: MunicipalityKind, region: Region, district: string | null, latitude: number | null, longitude: number | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MunicipalityMapQueryVariables = Exact<{
  filter?: MunicipalityFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type MunicipalityMapQuery = { municipalities: { __typename: 'MunicipalityConnection', totalCount: number, edges: Array<{ __typename: 'MunicipalityEdge', cursor: string, node: { __typename: 'Municipality', id: string, slug: string, name: string, latitude: number | null, longitude: number | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MunicipalityDetailQueryVariables = Exact<{
  slug: string;
}>;


export type MunicipalityDetailQuery = { municipality: { __typename: 'Municipality', id: string, slug: string, name: string, officialName: string | null, kind: MunicipalityKind, region: Region, district: string | null, seat: string | null, members: Array<string>, latitude: number | null, longitude: number | null, programmes: Array<{ __typename: 'Programme', id: string, slug: string, name: string, announcedOn: string | null }> } };

export type ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammesQuery = { programmes: Array<{ __typename: 'Programme', id: string, slug: string, name: string, framework: string | null, announcedOn: string | null, fundingPerSiteEurMax: number | null, implementedBy: string | null, goals: Array<string>, participantCount: number }> };

export type SiteInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteInfoQuery = { siteInfo: { __typename: 'SiteInfo', dataProtectionOfficerEmail: string | null, accessibilityContactEmail: string | null, supervisoryAuthority: string | null, isDemo: boolean, operator: { __typename: 'Operator', name: string, street: string | null, postalCode: string | null, city: string | null, email: string | null, phone: string | null, representedBy: string | null } } };
