import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildMunicipality, uniqueTag } from './factories/municipality.factory.js';
import { buildUser, signedIn, type TestUser } from './factories/user.factory.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Who may call which mutation: one table, tried for every role. A mutation added to the schema
 * without a row here fails the first test, so no mutation ships without a decision on its rights.
 */
type Role = 'guest' | 'member' | 'coordinatorA' | 'coordinatorB' | 'moderator' | 'admin';
const ROLES: Role[] = ['guest', 'member', 'coordinatorA', 'coordinatorB', 'moderator', 'admin'];
const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'guest');

interface World {
  municipalityA: { id: string; slug: string };
  invitationInA(): Promise<string>;
  freshUser(): Promise<TestUser>;
}

interface Row {
  query: string;
  variables: (world: World) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Roles that get past authorization (they may still fail on the data, e.g. a wrong token). */
  allowed: Role[];
}

const randomId = '00000000-0000-4000-8000-000000000000';
const everyone = ROLES;

const MATRIX: Record<string, Row> = {
  register: {
    query: `mutation ($input: RegisterInput!) { register(input: $input) }`,
    variables: () => ({ input: { email: `${uniqueTag()}@example.org`, displayName: 'Matrix', password: 'Matrix-Passwort 2026', acceptPrivacyNotice: true } }),
    allowed: everyone,
  },
  confirmEmail: { query: `mutation { confirmEmail(input: { token: "unknown" }) }`, variables: () => ({}), allowed: everyone },
  signIn: {
    query: `mutation { signIn(input: { email: "nobody@example.org", password: "whatever-it-is" }) { id } }`,
    variables: () => ({}),
    allowed: everyone,
  },
  signOut: { query: `mutation { signOut }`, variables: () => ({}), allowed: everyone },
  requestPasswordReset: { query: `mutation { requestPasswordReset(input: { email: "nobody@example.org" }) }`, variables: () => ({}), allowed: everyone },
  resetPassword: { query: `mutation { resetPassword(input: { token: "unknown", password: "Irgendein Passwort" }) }`, variables: () => ({}), allowed: everyone },
  submitAccessibilityFeedback: {
    query: `mutation { submitAccessibilityFeedback(input: { message: "Matrix-Test der Rechte" }) { id } }`,
    variables: () => ({}),
    allowed: everyone,
  },
  acceptInvitation: { query: `mutation { acceptInvitation(input: { token: "unknown" }) { id } }`, variables: () => ({}), allowed: everyone },

  signOutEverywhere: { query: `mutation { signOutEverywhere }`, variables: () => ({}), allowed: SIGNED_IN },
  revokeSession: { query: `mutation ($id: ID!) { revokeSession(id: $id) }`, variables: () => ({ id: randomId }), allowed: SIGNED_IN },
  changePassword: {
    query: `mutation { changePassword(input: { currentPassword: "not the password", newPassword: "Ein neues Passwort" }) }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  requestEmailChange: {
    query: `mutation { requestEmailChange(input: { newEmail: "elsewhere@example.org", password: "not the password" }) }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  updateProfile: {
    query: `mutation { updateProfile(input: { displayName: "Matrix", allowContact: false, locale: DE }) { id } }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  deleteMyAccount: {
    query: `mutation { deleteMyAccount(input: { password: "not the password", deleteContributions: false }) }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },

  inviteUser: {
    query: `mutation ($input: InviteInput!) { inviteUser(input: $input) { id } }`,
    variables: (w) => ({ input: { email: `${uniqueTag()}@example.org`, municipalitySlug: w.municipalityA.slug, role: 'MEMBER' } }),
    allowed: ['coordinatorA', 'admin'],
  },
  revokeInvitation: {
    query: `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.invitationInA() }),
    allowed: ['coordinatorA', 'admin'],
  },

  setUserRole: {
    query: `mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`,
    variables: async (w) => ({ id: (await w.freshUser()).id }),
    allowed: ['admin'],
  },
  setMembership: {
    query: `mutation ($input: SetMembershipInput!) { setMembership(input: $input) { id } }`,
    variables: async (w) => ({ input: { userId: (await w.freshUser()).id, municipalitySlug: w.municipalityA.slug, role: 'MEMBER' } }),
    allowed: ['admin'],
  },
  blockUser: {
    query: `mutation ($input: BlockUserInput!) { blockUser(input: $input) { id } }`,
    variables: async (w) => ({ input: { userId: (await w.freshUser()).id, reason: 'Matrix-Test' } }),
    allowed: ['admin'],
  },
  unblockUser: {
    query: `mutation ($id: ID!) { unblockUser(userId: $id) { id } }`,
    variables: async (w) => ({ id: (await w.freshUser()).id }),
    allowed: ['admin'],
  },
};

describe('authorization matrix', () => {
  let t: TestApp;
  let world: World;
  let accounts: Record<Exclude<Role, 'guest'>, () => Promise<TestUser>>;

  beforeAll(async () => {
    t = await startTestApp();
    const a = await buildMunicipality(t.dataSource);
    const b = await buildMunicipality(t.dataSource);
    const admin = await buildUser(t.dataSource, { role: 'admin' });
    accounts = {
      member: () => buildUser(t.dataSource, { memberships: [{ municipalityId: a.id, role: 'member' }] }),
      coordinatorA: () => buildUser(t.dataSource, { memberships: [{ municipalityId: a.id, role: 'coordinator' }] }),
      coordinatorB: () => buildUser(t.dataSource, { memberships: [{ municipalityId: b.id, role: 'coordinator' }] }),
      moderator: () => buildUser(t.dataSource, { role: 'moderator' }),
      admin: () => buildUser(t.dataSource, { role: 'admin' }),
    };
    world = {
      municipalityA: a,
      freshUser: () => buildUser(t.dataSource),
      invitationInA: async () => {
        const [row] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO invitation (token_hash, email, municipality_id, role, invited_by, expires_at)
           VALUES (md5(random()::text) || md5(random()::text), $1, $2, 'member', $3, now() + interval '1 day') RETURNING id`,
          [`${uniqueTag()}@example.org`, a.id, admin.id],
        );
        return row.id;
      },
    };
  });
  afterAll(() => t.close());

  it('has a row for every mutation of the schema', () => {
    const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(mutations);
  });

  const cases = Object.entries(MATRIX).flatMap(([name, row]) => ROLES.map((role) => [name, role, row.allowed.includes(role)] as const));

  it.each(cases)('%s as %s: allowed=%s', async (_name, role, allowed) => {
    const row = MATRIX[_name];
    const client = role === 'guest' ? t.client() : await signedIn(t, await accounts[role]());
    const result = await client.gql(row.query, await row.variables(world));
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    if (allowed) {
      expect(codes).not.toContain('FORBIDDEN');
      expect(codes).not.toContain('UNAUTHENTICATED');
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    } else {
      expect(codes).toEqual([role === 'guest' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
  });
});
