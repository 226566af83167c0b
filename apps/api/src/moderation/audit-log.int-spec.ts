import { buildThread, buildTopic } from '../../test/factories/thread.factory.js';
import { buildUser, signedIn } from '../../test/factories/user.factory.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const LOG = `query ($first: Int, $after: String, $action: String) { auditLog(first: $first, after: $after, action: $action) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id action actor { id displayName } subjectType subjectId reason details createdAt } } } }`;

  it('shows admins who did what, when and why, newest first, filtered by action and paged', async () => {
    const moderatorUser = await buildUser(t.dataSource, { role: 'moderator', displayName: 'Mia Moderation' });
    const moderator = await signedIn(t, moderatorUser);
    const admin = await signedIn(t, await buildUser(t.dataSource, { role: 'admin' }));
    const author = await buildUser(t.dataSource);
    const th = await buildThread(t.dataSource, { authorId: author.id, kind: 'discussion', space: await buildTopic(t.dataSource) });
    await moderator.gql(`mutation ($id: ID!) { lockThread(threadId: $id, reason: "Diskussion beendet") { id } }`, { id: th.id });
    await moderator.gql(`mutation ($id: ID!) { hideThread(threadId: $id, reason: "Persönliche Daten im Text") { id } }`, { id: th.id });
    await moderator.gql(`mutation ($id: ID!) { hidePost(postId: $id, reason: "Telefonnummer") { id } }`, { id: th.firstPostId });

    // Other test files write audit entries meanwhile: look at this thread's entries only.
    const mine = (edges: { node: { subjectId: string } }[]) => edges.map((e) => e.node).filter((n) => n.subjectId === th.id || n.subjectId === th.firstPostId);
    const all = await admin.gql(LOG, { first: 100 });
    expect(all.errors).toBeUndefined();
    const entries = mine(all.data!.auditLog.edges);
    expect(entries.map((e: any) => [e.action, e.reason])).toEqual([
      ['post.hidden', 'Telefonnummer'],
      ['thread.hidden', 'Persönliche Daten im Text'],
      ['thread.locked', 'Diskussion beendet'],
    ]);
    expect(entries[0]).toMatchObject({ actor: { id: moderatorUser.id, displayName: 'Mia Moderation' }, subjectType: 'post', subjectId: th.firstPostId });
    expect(JSON.parse((entries[0] as any).details)).toEqual({ reason: 'Telefonnummer', threadId: th.id, flagsResolved: 0 });

    const onlyThreads = await admin.gql(LOG, { first: 100, action: 'thread.' });
    const threadEntries = onlyThreads.data!.auditLog.edges.map((e: any) => e.node);
    expect(threadEntries.every((n: any) => n.action.startsWith('thread.'))).toBe(true);
    expect(mine(onlyThreads.data!.auditLog.edges).map((e: any) => e.action)).toEqual(['thread.hidden', 'thread.locked']);
    const exact = await admin.gql(LOG, { first: 100, action: 'thread.locked' });
    expect(exact.data!.auditLog.edges.every((e: any) => e.node.action === 'thread.locked')).toBe(true);
    expect(exact.data!.auditLog.totalCount).toBe(exact.data!.auditLog.edges.length);

    // Paging walks the same order without gaps or repeats.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: any = await admin.gql(LOG, { first: 1, after, action: 'thread.' });
      seen.push(...page.data.auditLog.edges.map((e: any) => e.node.id));
      after = page.data.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(threadEntries.slice(0, 3).map((n: any) => n.id));
  });

  it('treats an empty action filter (null, as the web sends it) as no filter', async () => {
    const admin = await signedIn(t, await buildUser(t.dataSource, { role: 'admin' }));
    const moderator = await signedIn(t, await buildUser(t.dataSource, { role: 'moderator' }));
    const th = await buildThread(t.dataSource, { authorId: (await buildUser(t.dataSource)).id, kind: 'discussion', space: await buildTopic(t.dataSource) });
    await moderator.gql(`mutation ($id: ID!) { pinThread(threadId: $id) { id } }`, { id: th.id });
    const res = await admin.gql(LOG, { first: 50, action: null });
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditLog.edges.some((e: { node: { subjectId: string } }) => e.node.subjectId === th.id)).toBe(true);
  });

  it('is for admins only', async () => {
    const q = `{ auditLog { totalCount } }`;
    expect((await t.gql(q)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    for (const role of ['member', 'moderator'] as const) {
      const client = await signedIn(t, await buildUser(t.dataSource, { role }));
      expect((await client.gql(q)).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a malformed action filter and names the field', async () => {
    const admin = await signedIn(t, await buildUser(t.dataSource, { role: 'admin' }));
    const res = await admin.gql(LOG, { action: "x'; DROP TABLE audit_event" });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors![0].extensions!.fields as object)).toEqual(['action']);
  });
});
