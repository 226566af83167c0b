import { buildMunicipality, uniqueTag } from '../../test/factories/municipality.factory.js';
import { buildUser, signedIn, TEST_PASSWORD } from '../../test/factories/user.factory.js';
import { countQueries } from '../../test/query-counter.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

describe('user administration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds users by name or e-mail and pages through them', async () => {
    const admin = await signedIn(t, await buildUser(t.dataSource, { role: 'admin' }));
    const tag = uniqueTag();
    for (let i = 0; i < 3; i++) await buildUser(t.dataSource, { displayName: `Lotsin ${tag} ${i}` });
    const first = await admin.gql(`query ($s: String) { users(search: $s, first: 2) { totalCount edges { node { displayName role blocked } } pageInfo { hasNextPage endCursor } } }`, { s: tag.toUpperCase() });
    expect(first.data!.users.totalCount).toBe(3);
    expect(first.data!.users.edges).toHaveLength(2);
    const rest = await admin.gql(`query ($s: String, $a: String) { users(search: $s, first: 2, after: $a) { edges { node { displayName } } pageInfo { hasNextPage } } }`, {
      s: tag,
      a: first.data!.users.pageInfo.endCursor,
    });
    expect(rest.data!.users.edges).toHaveLength(1);
    expect(rest.data!.users.pageInfo.hasNextPage).toBe(false);
  });

  it('changes roles and memberships, and keeps at least one admin', async () => {
    const adminUser = await buildUser(t.dataSource, { role: 'admin' });
    const admin = await signedIn(t, adminUser);
    const user = await buildUser(t.dataSource);
    const place = await buildMunicipality(t.dataSource);
    const role = await admin.gql(`mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }`, { id: user.id });
    expect(role.data!.setUserRole.role).toBe('MODERATOR');
    const membership = await admin.gql(`mutation ($input: SetMembershipInput!) { setMembership(input: $input) { memberships { role municipality { slug } } } }`, {
      input: { userId: user.id, municipalitySlug: place.slug, role: 'COORDINATOR' },
    });
    expect(membership.data!.setMembership.memberships).toEqual([{ role: 'COORDINATOR', municipality: { slug: place.slug } }]);
    const removed = await admin.gql(`mutation ($input: SetMembershipInput!) { setMembership(input: $input) { memberships { role } } }`, {
      input: { userId: user.id, municipalitySlug: place.slug, role: null },
    });
    expect(removed.data!.setMembership.memberships).toEqual([]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND actor_id = $2`, [user.id, adminUser.id]);
    expect(n).toBe(3);

    // Demote every other admin of the shared test database, then try to demote the last one.
    await t.dataSource.query(`UPDATE app_user SET role = 'member' WHERE role = 'admin' AND id <> $1`, [adminUser.id]);
    const last = await admin.gql(`mutation ($id: ID!) { setUserRole(userId: $id, role: MEMBER) { role } }`, { id: adminUser.id });
    expect(last.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it("blocks a user: their cookie stops working at once and they cannot sign in", async () => {
    const admin = await signedIn(t, await buildUser(t.dataSource, { role: 'admin' }));
    const user = await buildUser(t.dataSource);
    const victim = await signedIn(t, user);
    expect((await victim.gql(`{ me { id } }`)).data!.me.id).toBe(user.id);
    const blocked = await admin.gql(`mutation ($input: BlockUserInput!) { blockUser(input: $input) { blocked blockedReason } }`, {
      input: { userId: user.id, reason: 'Wiederholt beleidigende Beiträge' },
    });
    expect(blocked.data!.blockUser).toEqual({ blocked: true, blockedReason: 'Wiederholt beleidigende Beiträge' });
    expect((await victim.gql(`{ me { id } }`)).data!.me).toBeNull();
    const signIn = await t.gql(`mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`, { e: user.email, p: TEST_PASSWORD });
    expect(signIn.errors![0].extensions!.code).toBe('ACCOUNT_BLOCKED');
    const unblocked = await admin.gql(`mutation ($id: ID!) { unblockUser(userId: $id) { blocked } }`, { id: user.id });
    expect(unblocked.data!.unblockUser.blocked).toBe(false);
  });

  it('answers a malformed user id with BAD_USER_INPUT, not a database error', async () => {
    const admin = await signedIn(t, await buildUser(t.dataSource, { role: 'admin' }));
    const result = await admin.gql(`mutation { unblockUser(userId: "42") { blocked } }`);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('resolves the viewer of an authenticated request with one SQL statement', async () => {
    const user = await buildUser(t.dataSource);
    const browser = await signedIn(t, user);
    await browser.gql(`{ topics { slug } }`); // first request may refresh last_seen_at
    const counter = countQueries(t.dataSource);
    try {
      await browser.gql(`{ topics { slug } }`);
      expect(counter.count).toBe(2); // the session lookup + the topics query
    } finally {
      counter.restore();
    }
  });
});
