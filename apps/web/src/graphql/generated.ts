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

/** Taken over as it was (ADOPTED) or changed (ADAPTED). */
export type AdoptionKind =
  | 'ADAPTED'
  | 'ADOPTED';

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

export type CreatePostInput = {
  /** Markdown, 2 to 20000 characters. Mentions: @[Name](<user id>). */
  body: string;
  /** A post of the same thread this reply quotes. */
  quotedPostId?: string | number | null | undefined;
  threadId: string | number;
};

export type CreatePracticeInput = {
  /** The owning municipality; you must coordinate it. */
  municipalitySlug: string;
  title: string;
};

export type CreateThreadInput = {
  /** Markdown, 2 to 20000 characters. Mentions: @[Name](<user id>). */
  body: string;
  kind: ThreadKind;
  space: SpaceInput;
  /** At most 5 tags of at most 30 characters. */
  tags?: Array<string> | null | undefined;
  title: string;
};

export type DeleteAccountInput = {
  /** Also delete my public contributions instead of keeping them anonymised. */
  deleteContributions: boolean;
  password: string;
};

export type EditPostInput = {
  body: string;
  postId: string | number;
};

export type EditThreadInput = {
  /** Omitted: the tags stay as they are. */
  tags?: Array<string> | null | undefined;
  threadId: string | number;
  title: string;
};

/** How often notifications are also sent by e-mail. */
export type EmailFrequency =
  | 'DAILY'
  | 'IMMEDIATELY'
  | 'NEVER'
  | 'WEEKLY';

export type EmailInput = {
  email: string;
};

export type FlagPostInput = {
  note?: string | null | undefined;
  postId: string | number;
  reason: FlagReason;
};

/** Why a post or thread was flagged. */
export type FlagReason =
  | 'OFFENSIVE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

export type FlagThreadInput = {
  note?: string | null | undefined;
  reason: FlagReason;
  threadId: string | number;
};

/** What can be followed. */
export type FollowSubject =
  | 'MUNICIPALITY'
  | 'PRACTICE'
  | 'THREAD'
  | 'TOPIC';

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

/** Size class: SMALL < 5,000 inhabitants, MEDIUM 5,000–20,000, LARGE 20,000–100,000, CITY > 100,000. */
export type MunicipalitySize =
  | 'CITY'
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL';

export type NotificationPreferencesInput = {
  emailFrequency: EmailFrequency;
};

/** A measurable result. The value is a number; the unit says what it counts. */
export type OutcomeInput = {
  /** ISO date (YYYY-MM-DD) the figure refers to. */
  asOf: string;
  label: string;
  source?: string | null | undefined;
  /** What the value counts, e.g. "Personen", "%", "Treffen". */
  unit: string;
  value: number;
};

export type PartnerInput = {
  kind: PartnerKind;
  name: string;
};

/** Kind of partner named in a practice. */
export type PartnerKind =
  | 'ADMINISTRATION'
  | 'CIVIL_SOCIETY'
  | 'MIGRANT_ORGANISATION'
  | 'OTHER'
  | 'POLITICS';

export type PracticeFilter = {
  /** Only practices other municipalities have adopted. */
  adoptedElsewhere?: boolean | null | undefined;
  /** Only practices with measurable outcomes. */
  hasFigures?: boolean | null | undefined;
  /** Kind of the owning municipality. */
  kind?: MunicipalityKind | null | undefined;
  /** Owning municipality slug. */
  municipality?: string | null | undefined;
  region?: Region | null | undefined;
  /** Words in title or summary. */
  search?: string | null | undefined;
  /** Topic slug. */
  topic?: string | null | undefined;
  workStatus?: WorkStatus | null | undefined;
};

/** NEWEST: first published; UPDATED: recently changed; MOST_ADOPTED: most adoptions elsewhere. */
export type PracticeSort =
  | 'MOST_ADOPTED'
  | 'NEWEST'
  | 'UPDATED';

/** Editorial state: draft → in review → published → archived. */
export type PracticeState =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type RecordAdoptionInput = {
  /** ISO date (YYYY-MM-DD), not in the future. */
  adoptedOn: string;
  changes?: string;
  kind: AdoptionKind;
  /** The adopting municipality; you must coordinate it. */
  municipalitySlug: string;
  outcomes?: Array<OutcomeInput>;
  practiceId: string | number;
  results?: string;
};

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

export type ReturnPracticeInput = {
  /** What the coordinators should change before submitting again. */
  comment: string;
  id: string | number;
};

export type SearchFilterInput = {
  adopted?: boolean | null | undefined;
  /** Inclusive, ISO date YYYY-MM-DD (Europe/Berlin day). */
  from?: string | null | undefined;
  hasResults?: boolean | null | undefined;
  kinds?: Array<SearchKind> | null | undefined;
  /** Municipality slugs. */
  municipalities?: Array<string> | null | undefined;
  municipalityKinds?: Array<MunicipalityKind> | null | undefined;
  regions?: Array<Region> | null | undefined;
  statuses?: Array<WorkStatus> | null | undefined;
  /** Inclusive, ISO date YYYY-MM-DD (Europe/Berlin day). */
  to?: string | null | undefined;
  /** Topic slugs. */
  topics?: Array<string> | null | undefined;
};

/** What a search hit is: a practice, a discussion thread, a reply in one, a municipality. */
export type SearchKind =
  | 'MUNICIPALITY'
  | 'POST'
  | 'PRACTICE'
  | 'THREAD';

/** QUERY_TRUNCATED: the query was longer than 200 characters or 10 words and was cut. UNKNOWN_FILTER: a filter named a topic or municipality that does not exist (no hits). */
export type SearchNotice =
  | 'QUERY_TRUNCATED'
  | 'UNKNOWN_FILTER';

/** RELEVANCE: best matches first; DATE: newest first. */
export type SearchSort =
  | 'DATE'
  | 'RELEVANCE';

/** DOCUMENT: go straight to a practice, thread or municipality; QUERY: search for this text. */
export type SearchSuggestionType =
  | 'DOCUMENT'
  | 'QUERY';

export type SendMessageInput = {
  body: string;
  conversationId: string | number;
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

/** A space: a topic, a programme or a practice, by id. */
export type SpaceInput = {
  id: string | number;
  type: SpaceType;
};

/** Where a thread lives: a topic, a programme or one practice. */
export type SpaceType =
  | 'PRACTICE'
  | 'PROGRAMME'
  | 'TOPIC';

/** Start a conversation with a person (recipientId) or with the contact person of a practice (practiceId); give exactly one. */
export type StartConversationInput = {
  body: string;
  practiceId?: string | number | null | undefined;
  recipientId?: string | number | null | undefined;
  subject?: string | null | undefined;
};

/** A question can have an accepted answer; a discussion cannot. */
export type ThreadKind =
  | 'DISCUSSION'
  | 'QUESTION';

export type TokenInput = {
  token: string;
};

export type UpdateAdoptionInput = {
  /** ISO date (YYYY-MM-DD), not in the future. */
  adoptedOn: string;
  changes?: string;
  id: string | number;
  kind: AdoptionKind;
  outcomes?: Array<OutcomeInput>;
  results?: string;
};

/** All editable fields of a practice (a save replaces them all), with the version it was based on. */
export type UpdatePracticeInput = {
  approach?: string;
  /** The contact person agreed that name and e-mail are shown publicly. */
  contactConsent?: boolean;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  /** A registered person as contact (shown by their display name). */
  contactUserId?: string | number | null | undefined;
  costOneOffEur?: number | null | undefined;
  costYearlyEur?: number | null | undefined;
  fundingSources?: Array<string>;
  id: string | number;
  obstacles?: string;
  outcomes?: Array<OutcomeInput>;
  partnerMunicipalitySlugs?: Array<string>;
  partners?: Array<PartnerInput>;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  problem?: string;
  results?: string;
  /** For edits of a published practice: what changed (kept with the revision). */
  revisionNote?: string | null | undefined;
  staffHoursPerMonth?: number | null | undefined;
  successFactors?: string;
  summary?: string;
  targetGroups?: Array<string>;
  title: string;
  topicSlugs?: Array<string>;
  transferability?: string;
  transferableKinds?: Array<MunicipalityKind>;
  transferableSizes?: Array<MunicipalitySize>;
  /** The version the edit started from; a newer one in the database means a conflict. */
  version: number;
  workStatus: WorkStatus;
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

/** How closely someone follows: watching (everything), normal (what concerns them), muted (nothing). */
export type WatchLevel =
  | 'MUTED'
  | 'NORMAL'
  | 'WATCHING';

/** How far the work itself has come. */
export type WorkStatus =
  | 'COMPLETED'
  | 'DISCONTINUED'
  | 'IDEA'
  | 'PILOT'
  | 'RUNNING';

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

export type ThreadListQueryVariables = Exact<{
  space?: SpaceInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ThreadListQuery = { threads: { __typename: 'ThreadConnection', totalCount: number, edges: Array<{ __typename: 'ThreadEdge', cursor: string, node: { __typename: 'Thread', id: string, kind: ThreadKind, title: string, tags: Array<string>, createdAt: string, lastPostAt: string, postCount: number, lastPostNumber: number, locked: boolean, pinned: boolean, hidden: boolean, held: boolean, isExample: boolean, unreadCount: number, author: { __typename: 'PersonRef', id: string, displayName: string } | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ThreadPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ThreadPageQuery = { thread: { __typename: 'Thread', kind: ThreadKind, isExample: boolean, createdAt: string, id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null, posts: { __typename: 'PostConnection', totalCount: number, edges: Array<{ __typename: 'PostEdge', cursor: string, node: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type SpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpacesQuery = { spaces: Array<{ __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }> };

export type DiscussionTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscussionTopicsQuery = { topics: Array<{ __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string }> };

export type TopicSpaceQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicSpaceQuery = { topics: Array<{ __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string, viewerFollowLevel: WatchLevel | null }> };

export type MentionCandidatesQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type MentionCandidatesQuery = { mentionCandidates: Array<{ __typename: 'PersonRef', id: string, displayName: string }> };

export type CreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadMutation = { createThread: { __typename: 'Thread', id: string, kind: ThreadKind, title: string, tags: Array<string>, createdAt: string, lastPostAt: string, postCount: number, lastPostNumber: number, locked: boolean, pinned: boolean, hidden: boolean, held: boolean, isExample: boolean, unreadCount: number, author: { __typename: 'PersonRef', id: string, displayName: string } | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string } | null } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } };

export type EditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type EditPostMutation = { editPost: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } };

export type DeletePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type DeletePostMutation = { deletePost: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } };

export type AddReactionMutationVariables = Exact<{
  postId: string | number;
}>;


export type AddReactionMutation = { addReaction: { __typename: 'Post', id: string, helpfulCount: number, viewerReacted: boolean } };

export type RemoveReactionMutationVariables = Exact<{
  postId: string | number;
}>;


export type RemoveReactionMutation = { removeReaction: { __typename: 'Post', id: string, helpfulCount: number, viewerReacted: boolean } };

export type AcceptAnswerMutationVariables = Exact<{
  postId: string | number;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type UnacceptAnswerMutationVariables = Exact<{
  threadId: string | number;
}>;


export type UnacceptAnswerMutation = { unacceptAnswer: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type MarkThreadReadMutationVariables = Exact<{
  threadId: string | number;
  number: number;
}>;


export type MarkThreadReadMutation = { markThreadRead: { __typename: 'Thread', id: string, lastReadNumber: number | null, unreadCount: number } };

export type FlagPostMutationVariables = Exact<{
  input: FlagPostInput;
}>;


export type FlagPostMutation = { flagPost: boolean };

export type FlagThreadMutationVariables = Exact<{
  input: FlagThreadInput;
}>;


export type FlagThreadMutation = { flagThread: boolean };

export type ThreadActivitySubscriptionVariables = Exact<{
  threadId: string | number;
}>;


export type ThreadActivitySubscription = { threadActivity: { __typename: 'ThreadActivity', type: string, threadId: string, postId: string, post: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null } };

export type PostRevisionsQueryVariables = Exact<{
  postId: string | number;
}>;


export type PostRevisionsQuery = { postRevisions: Array<{ __typename: 'PostRevision', id: string, body: string, createdAt: string, editor: { __typename: 'PersonRef', id: string, displayName: string } | null }> };

export type EditThreadMutationVariables = Exact<{
  input: EditThreadInput;
}>;


export type EditThreadMutation = { editThread: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type PersonFieldsFragment = { __typename: 'PersonRef', id: string, displayName: string };

export type SpaceFieldsFragment = { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string };

export type ThreadListFieldsFragment = { __typename: 'Thread', id: string, kind: ThreadKind, title: string, tags: Array<string>, createdAt: string, lastPostAt: string, postCount: number, lastPostNumber: number, locked: boolean, pinned: boolean, hidden: boolean, held: boolean, isExample: boolean, unreadCount: number, author: { __typename: 'PersonRef', id: string, displayName: string } | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string } | null };

export type PostFieldsFragment = { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } };

export type ThreadAbilitiesFieldsFragment = { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean };

export type ThreadStateFieldsFragment = { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } };

export type HidePostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type HidePostMutation = { hidePost: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } };

export type RestorePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type RestorePostMutation = { restorePost: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } };

export type HideThreadMutationVariables = Exact<{
  threadId: string | number;
  reason: string;
}>;


export type HideThreadMutation = { hideThread: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type RestoreThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type RestoreThreadMutation = { restoreThread: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type LockThreadMutationVariables = Exact<{
  threadId: string | number;
  reason?: string | null | undefined;
}>;


export type LockThreadMutation = { lockThread: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type UnlockThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type UnlockThreadMutation = { unlockThread: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type PinThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type PinThreadMutation = { pinThread: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type UnpinThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type UnpinThreadMutation = { unpinThread: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type MoveThreadMutationVariables = Exact<{
  threadId: string | number;
  space: SpaceInput;
  reason?: string | null | undefined;
}>;


export type MoveThreadMutation = { moveThread: { __typename: 'Thread', id: string, title: string, tags: Array<string>, locked: boolean, pinned: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, lastPostNumber: number, postCount: number, lastReadNumber: number | null, unreadCount: number, viewerFollowLevel: WatchLevel | null, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, slug: string, path: string }, acceptedAnswer: { __typename: 'Post', id: string, threadId: string, number: number, createdAt: string, editedAt: string | null, editCount: number, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, helpfulCount: number, viewerReacted: boolean, accepted: boolean, author: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', markdown: string, html: string } | null, quoted: { __typename: 'QuotedPost', id: string, number: number, excerpt: string | null, author: { __typename: 'PersonRef', id: string, displayName: string } | null } | null, viewerCan: { __typename: 'PostAbilities', edit: boolean, delete: boolean, react: boolean, accept: boolean, flag: boolean, moderate: boolean } } | null, viewerCan: { __typename: 'ThreadAbilities', reply: boolean, edit: boolean, accept: boolean, moderate: boolean, flag: boolean } } };

export type SubmitAccessibilityFeedbackMutationVariables = Exact<{
  input: AccessibilityFeedbackInput;
}>;


export type SubmitAccessibilityFeedbackMutation = { submitAccessibilityFeedback: { __typename: 'AccessibilityFeedbackReceipt', id: string, receivedAt: string } };

export type MessageFieldsFragment = { __typename: 'Message', id: string, createdAt: string, mine: boolean, sender: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', html: string } };

export type ConversationSummaryFieldsFragment = { __typename: 'Conversation', id: string, subject: string | null, lastMessageAt: string, unread: boolean, participants: Array<{ __typename: 'PersonRef', id: string, displayName: string }>, practice: { __typename: 'ConversationPractice', id: string, slug: string, title: string } | null };

export type ConversationListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ConversationListQuery = { conversations: { __typename: 'ConversationConnection', totalCount: number, edges: Array<{ __typename: 'ConversationEdge', cursor: string, node: { __typename: 'Conversation', id: string, subject: string | null, lastMessageAt: string, unread: boolean, participants: Array<{ __typename: 'PersonRef', id: string, displayName: string }>, practice: { __typename: 'ConversationPractice', id: string, slug: string, title: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type UnreadConversationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadConversationCountQuery = { unreadConversationCount: number };

export type ConversationPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  before?: string | null | undefined;
}>;


export type ConversationPageQuery = { conversation: { __typename: 'Conversation', id: string, subject: string | null, lastMessageAt: string, unread: boolean, messages: { __typename: 'MessageConnection', totalCount: number, edges: Array<{ __typename: 'MessageEdge', cursor: string, node: { __typename: 'Message', id: string, createdAt: string, mine: boolean, sender: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', html: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, participants: Array<{ __typename: 'PersonRef', id: string, displayName: string }>, practice: { __typename: 'ConversationPractice', id: string, slug: string, title: string } | null } | null, blockedUsers: Array<{ __typename: 'PersonRef', id: string, displayName: string }> };

export type BlockedUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type BlockedUsersQuery = { blockedUsers: Array<{ __typename: 'PersonRef', id: string, displayName: string }> };

export type StartConversationMutationVariables = Exact<{
  input: StartConversationInput;
}>;


export type StartConversationMutation = { startConversation: { __typename: 'Conversation', id: string, subject: string | null, lastMessageAt: string, unread: boolean, participants: Array<{ __typename: 'PersonRef', id: string, displayName: string }>, practice: { __typename: 'ConversationPractice', id: string, slug: string, title: string } | null } | null };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { __typename: 'Message', id: string, createdAt: string, mine: boolean, sender: { __typename: 'PersonRef', id: string, displayName: string } | null, body: { __typename: 'MarkdownText', html: string } } };

export type MarkConversationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkConversationReadMutation = { markConversationRead: { __typename: 'Conversation', id: string, unread: boolean } };

export type BlockSenderMutationVariables = Exact<{
  userId: string | number;
}>;


export type BlockSenderMutation = { blockSender: boolean };

export type UnblockSenderMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnblockSenderMutation = { unblockSender: boolean };

export type ModerationQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { __typename: 'ModerationItemConnection', totalCount: number, edges: Array<{ __typename: 'ModerationItemEdge', cursor: string, node: { __typename: 'ModerationItem', id: string, kind: string, subjectType: string, subjectId: string, flagCount: number, reasons: Array<FlagReason>, notes: Array<string>, createdAt: string, author: { __typename: 'PersonRef', id: string, displayName: string } | null, thread: { __typename: 'ModeratedThread', id: string, title: string, space: { __typename: 'Space', type: SpaceType, id: string, titleDe: string, titleEn: string, path: string } }, post: { __typename: 'ModeratedPost', id: string, number: number, hidden: boolean, held: boolean, deleted: boolean, body: { __typename: 'MarkdownText', html: string } | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type QueueHidePostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type QueueHidePostMutation = { hidePost: { __typename: 'Post', id: string, hidden: boolean, hiddenReason: string | null } };

export type QueueHideThreadMutationVariables = Exact<{
  threadId: string | number;
  reason: string;
}>;


export type QueueHideThreadMutation = { hideThread: { __typename: 'Thread', id: string, hidden: boolean, hiddenReason: string | null } };

export type DismissFlagsMutationVariables = Exact<{
  subjectType: string;
  subjectId: string | number;
}>;


export type DismissFlagsMutation = { dismissFlags: boolean };

export type ApprovePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type ApprovePostMutation = { approvePost: { __typename: 'Post', id: string, held: boolean } };

export type RejectPostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type RejectPostMutation = { rejectPost: { __typename: 'Post', id: string, held: boolean, hidden: boolean, deleted: boolean } };

export type WarnUserMutationVariables = Exact<{
  userId: string | number;
  reason: string;
}>;


export type WarnUserMutation = { warnUser: boolean };

export type ModeratorBlockUserMutationVariables = Exact<{
  userId: string | number;
  reason: string;
}>;


export type ModeratorBlockUserMutation = { moderatorBlockUser: boolean };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  action?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { __typename: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename: 'AuditEntryEdge', cursor: string, node: { __typename: 'AuditEntry', id: string, action: string, subjectType: string, subjectId: string | null, reason: string | null, details: string, createdAt: string, actor: { __typename: 'PersonRef', id: string, displayName: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

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


export type MunicipalityDetailQuery = { municipality: { __typename: 'Municipality', id: string, slug: string, name: string, officialName: string | null, kind: MunicipalityKind, region: Region, district: string | null, seat: string | null, members: Array<string>, latitude: number | null, longitude: number | null, viewerFollowLevel: WatchLevel | null, programmes: Array<{ __typename: 'Programme', id: string, slug: string, name: string, announcedOn: string | null }>, sharedPractices: Array<{ __typename: 'Practice', id: string, slug: string, title: string, isExample: boolean }>, adoptions: Array<{ __typename: 'Adoption', id: string, kind: AdoptionKind, adoptedOn: string, isExample: boolean, practice: { __typename: 'Practice', id: string, slug: string, title: string } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationCountSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationCountSubscription = { notificationCount: number };

export type NotificationListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationListQuery = { notifications: { __typename: 'NotificationConnection', totalCount: number, edges: Array<{ __typename: 'NotificationEdge', cursor: string, node: { __typename: 'Notification', id: string, type: string, createdAt: string, updatedAt: string, readAt: string | null, count: number, title: string, excerpt: string | null, path: string, actor: { __typename: 'PersonRef', id: string, displayName: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { __typename: 'NotificationPreferences', emailFrequency: EmailFrequency } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { __typename: 'NotificationPreferences', emailFrequency: EmailFrequency } };

export type MyFollowsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyFollowsQuery = { myFollows: { __typename: 'FollowConnection', totalCount: number, edges: Array<{ __typename: 'FollowEdge', cursor: string, node: { __typename: 'Follow', subjectType: FollowSubject, subjectId: string, level: WatchLevel, title: string, path: string, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type FollowLevelMutationVariables = Exact<{
  subjectType: FollowSubject;
  subjectId: string | number;
  level: WatchLevel;
}>;


export type FollowLevelMutation = { follow: { __typename: 'Follow', subjectType: FollowSubject, subjectId: string, level: WatchLevel } };

export type UnfollowSubjectMutationVariables = Exact<{
  subjectType: FollowSubject;
  subjectId: string | number;
}>;


export type UnfollowSubjectMutation = { unfollow: boolean };

export type UnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeMutation = { unsubscribe: boolean };

export type PracticeEditorQueryVariables = Exact<{
  slug: string;
}>;


export type PracticeEditorQuery = { practice: { __typename: 'Practice', id: string, slug: string, version: number, state: PracticeState, title: string, summary: string, targetGroups: Array<string>, workStatus: WorkStatus, periodStart: string | null, periodEnd: string | null, costOneOffEur: number | null, costYearlyEur: number | null, fundingSources: Array<string>, staffHoursPerMonth: number | null, transferableKinds: Array<MunicipalityKind>, transferableSizes: Array<MunicipalitySize>, reviewComment: string | null, publishedAt: string | null, updatedAt: string, topics: Array<{ __typename: 'Topic', id: string, slug: string }>, partnerMunicipalities: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }>, problem: { __typename: 'MarkdownText', markdown: string }, approach: { __typename: 'MarkdownText', markdown: string }, results: { __typename: 'MarkdownText', markdown: string }, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }>, partners: Array<{ __typename: 'Partner', kind: PartnerKind, name: string }>, successFactors: { __typename: 'MarkdownText', markdown: string }, obstacles: { __typename: 'MarkdownText', markdown: string }, transferability: { __typename: 'MarkdownText', markdown: string }, contactDraft: { __typename: 'ContactDraft', userId: string | null, userName: string | null, name: string | null, email: string | null, consent: boolean } | null, municipality: { __typename: 'Municipality', id: string, slug: string, name: string }, viewerCan: { __typename: 'PracticeAbilities', edit: boolean, submit: boolean, delete: boolean, manageAttachments: boolean }, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, altText: string | null, url: string, createdAt: string }> }, topics: Array<{ __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string }> };

export type CreatePracticeMutationVariables = Exact<{
  input: CreatePracticeInput;
}>;


export type CreatePracticeMutation = { createPractice: { __typename: 'Practice', id: string, slug: string, title: string, state: PracticeState } };

export type UpdatePracticeMutationVariables = Exact<{
  input: UpdatePracticeInput;
}>;


export type UpdatePracticeMutation = { updatePractice: { __typename: 'Practice', id: string, slug: string, version: number, state: PracticeState, title: string, summary: string, targetGroups: Array<string>, workStatus: WorkStatus, periodStart: string | null, periodEnd: string | null, costOneOffEur: number | null, costYearlyEur: number | null, fundingSources: Array<string>, staffHoursPerMonth: number | null, transferableKinds: Array<MunicipalityKind>, transferableSizes: Array<MunicipalitySize>, reviewComment: string | null, publishedAt: string | null, updatedAt: string, topics: Array<{ __typename: 'Topic', id: string, slug: string }>, partnerMunicipalities: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }>, problem: { __typename: 'MarkdownText', markdown: string }, approach: { __typename: 'MarkdownText', markdown: string }, results: { __typename: 'MarkdownText', markdown: string }, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }>, partners: Array<{ __typename: 'Partner', kind: PartnerKind, name: string }>, successFactors: { __typename: 'MarkdownText', markdown: string }, obstacles: { __typename: 'MarkdownText', markdown: string }, transferability: { __typename: 'MarkdownText', markdown: string }, contactDraft: { __typename: 'ContactDraft', userId: string | null, userName: string | null, name: string | null, email: string | null, consent: boolean } | null, municipality: { __typename: 'Municipality', id: string, slug: string, name: string }, viewerCan: { __typename: 'PracticeAbilities', edit: boolean, submit: boolean, delete: boolean, manageAttachments: boolean }, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, altText: string | null, url: string, createdAt: string }> } };

export type SubmitPracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitPracticeMutation = { submitPractice: { __typename: 'Practice', id: string, state: PracticeState, version: number, submittedAt: string | null, reviewComment: string | null, viewerCan: { __typename: 'PracticeAbilities', edit: boolean, submit: boolean, delete: boolean, manageAttachments: boolean } } };

export type DeletePracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePracticeMutation = { deletePractice: boolean };

export type UpdateAttachmentAltTextMutationVariables = Exact<{
  id: string | number;
  altText: string;
}>;


export type UpdateAttachmentAltTextMutation = { updateAttachment: { __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, altText: string | null, url: string, createdAt: string } };

export type DeleteAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAttachmentMutation = { deleteAttachment: boolean };

export type EditorAttachmentFieldsFragment = { __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, altText: string | null, url: string, createdAt: string };

export type EditorAbilityFieldsFragment = { __typename: 'PracticeAbilities', edit: boolean, submit: boolean, delete: boolean, manageAttachments: boolean };

export type PracticeEditorFieldsFragment = { __typename: 'Practice', id: string, slug: string, version: number, state: PracticeState, title: string, summary: string, targetGroups: Array<string>, workStatus: WorkStatus, periodStart: string | null, periodEnd: string | null, costOneOffEur: number | null, costYearlyEur: number | null, fundingSources: Array<string>, staffHoursPerMonth: number | null, transferableKinds: Array<MunicipalityKind>, transferableSizes: Array<MunicipalitySize>, reviewComment: string | null, publishedAt: string | null, updatedAt: string, topics: Array<{ __typename: 'Topic', id: string, slug: string }>, partnerMunicipalities: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }>, problem: { __typename: 'MarkdownText', markdown: string }, approach: { __typename: 'MarkdownText', markdown: string }, results: { __typename: 'MarkdownText', markdown: string }, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }>, partners: Array<{ __typename: 'Partner', kind: PartnerKind, name: string }>, successFactors: { __typename: 'MarkdownText', markdown: string }, obstacles: { __typename: 'MarkdownText', markdown: string }, transferability: { __typename: 'MarkdownText', markdown: string }, contactDraft: { __typename: 'ContactDraft', userId: string | null, userName: string | null, name: string | null, email: string | null, consent: boolean } | null, municipality: { __typename: 'Municipality', id: string, slug: string, name: string }, viewerCan: { __typename: 'PracticeAbilities', edit: boolean, submit: boolean, delete: boolean, manageAttachments: boolean }, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, altText: string | null, url: string, createdAt: string }> };

export type PracticeRowFieldsFragment = { __typename: 'Practice', id: string, slug: string, title: string, state: PracticeState, updatedAt: string, submittedAt: string | null, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } };

export type EditorPageInfoFieldsFragment = { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null };

export type ManagedPracticesQueryVariables = Exact<{
  state?: PracticeState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ManagedPracticesQuery = { managedPractices: { __typename: 'PracticeConnection', totalCount: number, edges: Array<{ __typename: 'PracticeEdge', cursor: string, node: { __typename: 'Practice', id: string, slug: string, title: string, state: PracticeState, updatedAt: string, submittedAt: string | null, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PracticeReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PracticeReviewQueueQuery = { practiceReviewQueue: { __typename: 'PracticeConnection', totalCount: number, edges: Array<{ __typename: 'PracticeEdge', cursor: string, node: { __typename: 'Practice', id: string, slug: string, title: string, state: PracticeState, updatedAt: string, submittedAt: string | null, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PublishPracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishPracticeMutation = { publishPractice: { __typename: 'Practice', id: string, state: PracticeState, version: number, publishedAt: string | null } };

export type ReturnPracticeToDraftMutationVariables = Exact<{
  input: ReturnPracticeInput;
}>;


export type ReturnPracticeToDraftMutation = { returnPracticeToDraft: { __typename: 'Practice', id: string, state: PracticeState, version: number, reviewComment: string | null } };

export type PracticeRevisionsQueryVariables = Exact<{
  slug: string;
}>;


export type PracticeRevisionsQuery = { practice: { __typename: 'Practice', id: string, slug: string, title: string, state: PracticeState, revisions: Array<{ __typename: 'PracticeRevision', id: string, number: number, createdAt: string, authorName: string | null, note: string | null, changedFields: Array<string> }> }, topics: Array<{ __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string }> };

export type PracticeRevisionDiffQueryVariables = Exact<{
  slug: string;
  from: number;
  to: number;
}>;


export type PracticeRevisionDiffQuery = { practiceRevisionDiff: { __typename: 'RevisionDiff', from: { __typename: 'PracticeRevision', id: string, number: number }, to: { __typename: 'PracticeRevision', id: string, number: number }, changes: Array<{ __typename: 'RevisionChange', field: string, before: string, after: string }> } };

export type RecordAdoptionMutationVariables = Exact<{
  input: RecordAdoptionInput;
}>;


export type RecordAdoptionMutation = { recordAdoption: { __typename: 'Adoption', id: string, viewerCanEdit: boolean, kind: AdoptionKind, adoptedOn: string, isExample: boolean, changes: string, changesHtml: string, results: string, resultsHtml: string, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }>, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } } };

export type UpdateAdoptionMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type UpdateAdoptionMutation = { updateAdoption: { __typename: 'Adoption', id: string, viewerCanEdit: boolean, kind: AdoptionKind, adoptedOn: string, isExample: boolean, changes: string, changesHtml: string, results: string, resultsHtml: string, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }>, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } } };

export type DeleteAdoptionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAdoptionMutation = { deleteAdoption: boolean };

export type OutcomeViewFieldsFragment = { __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null };

export type TopicViewFieldsFragment = { __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string };

export type PracticeViewAbilitiesFragment = { __typename: 'PracticeAbilities', adopt: boolean, archive: boolean, delete: boolean, edit: boolean, follow: boolean, manageAttachments: boolean, review: boolean, submit: boolean };

export type AdoptionViewFieldsFragment = { __typename: 'Adoption', id: string, viewerCanEdit: boolean, kind: AdoptionKind, adoptedOn: string, isExample: boolean, changes: string, changesHtml: string, results: string, resultsHtml: string, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }>, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } };

export type LatestPracticesQueryVariables = Exact<{
  first: number;
}>;


export type LatestPracticesQuery = { practices: { __typename: 'PracticeConnection', edges: Array<{ __typename: 'PracticeEdge', cursor: string, node: { __typename: 'Practice', id: string, slug: string, title: string, isExample: boolean, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } } }> } };

export type PracticeListQueryVariables = Exact<{
  filter?: PracticeFilter | null | undefined;
  sort: PracticeSort;
  first: number;
  after?: string | null | undefined;
}>;


export type PracticeListQuery = { practices: { __typename: 'PracticeConnection', totalCount: number, edges: Array<{ __typename: 'PracticeEdge', cursor: string, node: { __typename: 'Practice', id: string, slug: string, title: string, summary: string, isExample: boolean, workStatus: WorkStatus, adoptionCount: number, municipality: { __typename: 'Municipality', id: string, slug: string, name: string }, topics: Array<{ __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string }>, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PracticeTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type PracticeTopicsQuery = { topics: Array<{ __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string }> };

export type PracticeDetailQueryVariables = Exact<{
  slug: string;
}>;


export type PracticeDetailQuery = { practice: { __typename: 'Practice', id: string, slug: string, title: string, state: PracticeState, isExample: boolean, summary: string, workStatus: WorkStatus, periodStart: string | null, periodEnd: string | null, publishedAt: string | null, updatedAt: string, targetGroups: Array<string>, costOneOffEur: number | null, costYearlyEur: number | null, fundingSources: Array<string>, staffHoursPerMonth: number | null, transferableKinds: Array<MunicipalityKind>, transferableSizes: Array<MunicipalitySize>, adoptionCount: number, viewerFollows: boolean, municipality: { __typename: 'Municipality', id: string, slug: string, name: string, kind: MunicipalityKind }, partnerMunicipalities: Array<{ __typename: 'Municipality', id: string, slug: string, name: string }>, topics: Array<{ __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string }>, problem: { __typename: 'MarkdownText', html: string }, approach: { __typename: 'MarkdownText', html: string }, results: { __typename: 'MarkdownText', html: string }, successFactors: { __typename: 'MarkdownText', html: string }, obstacles: { __typename: 'MarkdownText', html: string }, transferability: { __typename: 'MarkdownText', html: string }, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }>, partners: Array<{ __typename: 'Partner', kind: PartnerKind, name: string }>, contact: { __typename: 'PracticeContact', name: string, email: string | null, isMember: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, url: string, altText: string | null }>, adoptions: Array<{ __typename: 'Adoption', id: string, viewerCanEdit: boolean, kind: AdoptionKind, adoptedOn: string, isExample: boolean, changes: string, changesHtml: string, results: string, resultsHtml: string, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }>, municipality: { __typename: 'Municipality', id: string, slug: string, name: string } }>, revisions: Array<{ __typename: 'PracticeRevision', id: string }>, viewerCan: { __typename: 'PracticeAbilities', adopt: boolean, archive: boolean, delete: boolean, edit: boolean, follow: boolean, manageAttachments: boolean, review: boolean, submit: boolean } } };

export type ComparePracticesQueryVariables = Exact<{
  slugs: Array<string> | string;
}>;


export type ComparePracticesQuery = { comparePractices: Array<{ __typename: 'Practice', id: string, slug: string, title: string, isExample: boolean, workStatus: WorkStatus, periodStart: string | null, periodEnd: string | null, costOneOffEur: number | null, costYearlyEur: number | null, staffHoursPerMonth: number | null, transferableKinds: Array<MunicipalityKind>, transferableSizes: Array<MunicipalitySize>, municipality: { __typename: 'Municipality', id: string, slug: string, name: string, kind: MunicipalityKind }, topics: Array<{ __typename: 'Topic', id: string, slug: string, nameDe: string, nameEn: string }>, outcomes: Array<{ __typename: 'Outcome', label: string, value: number, unit: string, asOf: string, source: string | null }> }> };

export type FollowPracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowPracticeMutation = { followPractice: { __typename: 'Practice', id: string, viewerFollows: boolean } };

export type UnfollowPracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type UnfollowPracticeMutation = { unfollowPractice: { __typename: 'Practice', id: string, viewerFollows: boolean } };

export type ArchivePracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchivePracticeMutation = { archivePractice: { __typename: 'Practice', id: string, state: PracticeState, viewerFollows: boolean, viewerCan: { __typename: 'PracticeAbilities', adopt: boolean, archive: boolean, delete: boolean, edit: boolean, follow: boolean, manageAttachments: boolean, review: boolean, submit: boolean } } };

export type ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammesQuery = { programmes: Array<{ __typename: 'Programme', id: string, slug: string, name: string, framework: string | null, announcedOn: string | null, fundingPerSiteEurMax: number | null, implementedBy: string | null, goals: Array<string>, participantCount: number }> };

export type FacetCountFieldsFragment = { __typename: 'FacetCount', value: string, label: string | null, labelEn: string | null, count: number };

export type SearchQueryVariables = Exact<{
  q: string;
  filter?: SearchFilterInput | null | undefined;
  sort: SearchSort;
  page: number;
  pageSize: number;
}>;


export type SearchQuery = { search: { __typename: 'SearchResults', query: string, totalCount: number, page: number, pageSize: number, correctedQuery: string | null, notices: Array<SearchNotice>, hits: Array<{ __typename: 'SearchHit', id: string, kind: SearchKind, path: string, context: string | null, date: string, isExample: boolean, title: Array<{ __typename: 'TextPart', text: string, highlighted: boolean }>, snippet: Array<{ __typename: 'TextPart', text: string, highlighted: boolean }> }>, facets: { __typename: 'SearchFacets', hasResults: number, adopted: number, kinds: Array<{ __typename: 'FacetCount', value: string, label: string | null, labelEn: string | null, count: number }>, topics: Array<{ __typename: 'FacetCount', value: string, label: string | null, labelEn: string | null, count: number }>, municipalities: Array<{ __typename: 'FacetCount', value: string, label: string | null, labelEn: string | null, count: number }>, regions: Array<{ __typename: 'FacetCount', value: string, label: string | null, labelEn: string | null, count: number }>, municipalityKinds: Array<{ __typename: 'FacetCount', value: string, label: string | null, labelEn: string | null, count: number }>, statuses: Array<{ __typename: 'FacetCount', value: string, label: string | null, labelEn: string | null, count: number }> } } };

export type SearchSuggestionsQueryVariables = Exact<{
  q: string;
  limit?: number | null | undefined;
}>;


export type SearchSuggestionsQuery = { searchSuggestions: Array<{ __typename: 'SearchSuggestion', type: SearchSuggestionType, text: string, kind: SearchKind | null, path: string | null }> };

export type SiteInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteInfoQuery = { siteInfo: { __typename: 'SiteInfo', dataProtectionOfficerEmail: string | null, accessibilityContactEmail: string | null, supervisoryAuthority: string | null, isDemo: boolean, operator: { __typename: 'Operator', name: string, street: string | null, postalCode: string | null, city: string | null, email: string | null, phone: string | null, representedBy: string | null } } };
