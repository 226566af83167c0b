import { buildPost, buildThread, buildTopic, type TestThread } from '../../test/factories/thread.factory.js';
import { buildMunicipality, buildProgramme } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { buildUser, signedIn, type TestUser } from '../../test/factories/user.factory.js';
import { countQueries } from '../../test/query-counter.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { LIVE_EVENTS, type LiveEvents, type LivePayload } from '../core/realtime/live-events.js';

type Client = ReturnType<TestApp['client']>;

const POST = `id threadId number hidden hiddenReason held deleted excerpt body { html } author { id displayName }`;
const THREAD = `id title hidden hiddenReason locked pinned held postCount lastPostAt space { type id title titleDe titleEn path } author { displayName } excerpt`;
// Actions answer with the discussions feature's Post and Thread (no moderation excerpt).
const POST_RESULT = `id threadId number hidden hiddenReason held deleted body { html } author { id displayName }`;
const THREAD_RESULT = `id title hidden hiddenReason locked pinned held postCount lastPostAt space { type id title path } author { displayName }`;

describe('moderation', () => {
  let t: TestApp;
  let moderatorUser: TestUser;
  let moderator: Client;
  let admin: Client;
  let author: TestUser;
  let reader: Client;
  let readerUser: TestUser;
  let coordinator: Client;
  let live: LiveEvents;

  beforeAll(async () => {
    t = await startTestApp();
    live = t.app.get<LiveEvents>(LIVE_EVENTS);
    moderatorUser = await buildUser(t.dataSource, { role: 'moderator', displayName: 'Mona Moderatorin' });
    moderator = await signedIn(t, moderatorUser);
    admin = await signedIn(t, await buildUser(t.dataSource, { role: 'admin' }));
    author = await buildUser(t.dataSource, { displayName: 'Anton Autor' });
    readerUser = await buildUser(t.dataSource);
    reader = await signedIn(t, readerUser);
    const place = await buildMunicipality(t.dataSource);
    coordinator = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId: place.id, role: 'coordinator' }] }));
  });
  afterAll(() => t.close());

  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const flagPost = (client: Client | TestApp, postId: string, reason = 'SPAM', note?: string) =>
    client.gql(`mutation ($input: FlagPostInput!) { flagPost(input: $input) }`, { input: { postId, reason, note } });
  const flagThread = (client: Client | TestApp, threadId: string, reason = 'OFFENSIVE', note?: string) =>
    client.gql(`mutation ($input: FlagThreadInput!) { flagThread(input: $input) }`, { input: { threadId, reason, note } });
  const flagsOf = (subjectId: string) =>
    t.dataSource.query<{ status: string; resolved_by: string | null }[]>(`SELECT status, resolved_by FROM flag WHERE subject_id = $1 ORDER BY created_at`, [subjectId]);
  const auditOf = (subjectId: string) =>
    t.dataSource.query<{ action: string; actor_id: string; subject_type: string; details: Record<string, unknown> }[]>(
      `SELECT action, actor_id, subject_type, details FROM audit_event WHERE subject_id = $1 ORDER BY created_at`,
      [subjectId],
    );
  const eventsOf = (subjectId: string) =>
    t.dataSource.query<{ payload: Record<string, unknown> }[]>(
      `SELECT payload FROM outbox WHERE kind = 'event' AND (payload->>'subjectId' = $1 OR payload->>'postId' = $1) ORDER BY created_at, payload->>'type'`,
      [subjectId],
    );
  /** A discussion in a topic of its own, unless told otherwise. */
  const thread = async (overrides: Partial<Parameters<typeof buildThread>[1]> = {}) =>
    buildThread(t.dataSource, { authorId: author.id, kind: 'discussion', space: overrides.space ?? (await buildTopic(t.dataSource)), ...overrides });

  /** Collects what the thread's live channel carries, from now on. */
  function listen(threadId: string) {
    const iterator = live.subscribe(`thread:${threadId}`);
    const received: LivePayload[] = [];
    const pump = (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) received.push(next.value);
    })();
    return {
      received,
      async next(timeoutMs = 3000) {
        const deadline = Date.now() + timeoutMs;
        while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        return received.shift();
      },
      async stop() {
        await iterator.return?.();
        await pump;
      },
    };
  }

  describe('flags', () => {
    it('lets anyone signed in flag a post or a thread once while the flag is open', async () => {
      const th = await thread();
      const reply = await buildPost(t.dataSource, th.id, { authorId: author.id });
      expect((await flagPost(reader, reply.id, 'SPAM', '  Werbung für einen Shop  ')).data!.flagPost).toBe(true);
      expect(codeOf(await flagPost(reader, reply.id, 'OFFENSIVE'))).toBe('ALREADY_FLAGGED');
      expect((await flagPost(coordinator, reply.id, 'OFF_TOPIC')).data!.flagPost).toBe(true);
      expect((await flagThread(reader, th.id)).data!.flagThread).toBe(true);
      expect(codeOf(await flagThread(reader, th.id))).toBe('ALREADY_FLAGGED');
      const [stored] = await t.dataSource.query(`SELECT reason, note, thread_id, reporter_id FROM flag WHERE subject_id = $1 AND reporter_id = $2`, [reply.id, readerUser.id]);
      expect(stored).toEqual({ reason: 'spam', note: 'Werbung für einen Shop', thread_id: th.id, reporter_id: readerUser.id });

      // After a moderator dismissed the flags, the same person may flag again.
      expect((await moderator.gql(`mutation ($id: ID!) { dismissFlags(subjectType: "post", subjectId: $id) }`, { id: reply.id })).data!.dismissFlags).toBe(true);
      expect((await flagPost(reader, reply.id, 'SPAM')).data!.flagPost).toBe(true);
    });

    it('asks guests to sign in', async () => {
      const th = await thread();
      expect(codeOf(await flagPost(t, th.firstPostId))).toBe('UNAUTHENTICATED');
      expect(codeOf(await flagThread(t, th.id))).toBe('UNAUTHENTICATED');
    });

    it('answers NOT_FOUND for content the flagger cannot read, and FORBIDDEN for their own', async () => {
      const th = await thread();
      const hidden = await buildPost(t.dataSource, th.id, { authorId: author.id, hiddenReason: 'Beleidigung' });
      const deleted = await buildPost(t.dataSource, th.id, { authorId: author.id, deleted: true });
      const held = await buildPost(t.dataSource, th.id, { authorId: author.id, held: true });
      const hiddenThread = await thread({ hiddenReason: 'Werbung' });
      const place = await buildMunicipality(t.dataSource);
      const draft = await buildPractice(t.dataSource, { municipalityId: place.id, state: 'draft' });
      const inDraft = await thread({ space: { type: 'practice', id: draft.id } });
      for (const id of [hidden.id, deleted.id, held.id, inDraft.firstPostId, '00000000-0000-4000-8000-000000000000']) {
        expect(codeOf(await flagPost(reader, id))).toBe('NOT_FOUND');
      }
      for (const id of [hiddenThread.id, inDraft.id]) expect(codeOf(await flagThread(reader, id))).toBe('NOT_FOUND');

      const authorClient = await signedIn(t, author);
      expect(codeOf(await flagPost(authorClient, th.firstPostId))).toBe('FORBIDDEN');
      expect(codeOf(await flagThread(authorClient, th.id))).toBe('FORBIDDEN');
    });

    it('limits the note and names the field', async () => {
      const th = await thread();
      const res = await flagPost(reader, th.firstPostId, 'OTHER', 'x'.repeat(501));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual({ note: ['note must be at most 500 characters.'] });
    });
  });

  describe('queue', () => {
    it('lists open flags per subject with context and held posts, oldest first, page by page', async () => {
      // Backdated far into the past, so these come first whatever other test files flag meanwhile.
      const topic = await buildTopic(t.dataSource);
      const th = await thread({
        space: topic,
        title: 'Sprachcafé in der Bücherei',
        body: 'Wir suchen **Ideen**, wie kleine Gemeinden Ehrenamtliche für Sprachcafés gewinnen.',
        createdAt: new Date('2001-01-01T00:00:00Z'),
      });
      const reply = await buildPost(t.dataSource, th.id, { authorId: author.id, body: 'Kauft **billige** Uhren bei uns!' });
      await flagPost(reader, reply.id, 'SPAM', 'Werbung');
      await flagPost(coordinator, reply.id, 'OFF_TOPIC');
      await flagThread(reader, th.id, 'OFFENSIVE', 'Titel ist abwertend');
      const held = await buildPost(t.dataSource, th.id, { authorId: author.id, held: true, body: 'Siehe https://example.org', createdAt: new Date('2001-01-03T00:00:00Z') });
      await t.dataSource.query(`UPDATE flag SET created_at = '2001-01-02T00:00:00Z' WHERE subject_id = $1`, [reply.id]);
      await t.dataSource.query(`UPDATE flag SET created_at = '2001-01-04T00:00:00Z' WHERE subject_id = $1`, [th.id]);

      const QUEUE = `query ($after: String) { moderationQueue(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id kind subjectType subjectId flagCount reasons notes createdAt author { displayName } thread { ${THREAD} } post { ${POST} } } } } }`;
      const first = await moderator.gql(QUEUE);
      expect(first.errors).toBeUndefined();
      const page1 = first.data!.moderationQueue;
      expect(page1.totalCount).toBeGreaterThanOrEqual(3);
      expect(page1.edges.map((e: { node: { kind: string; subjectId: string } }) => [e.node.kind, e.node.subjectId])).toEqual([
        ['flag', reply.id],
        ['held', held.id],
      ]);
      const flagged = page1.edges[0].node;
      expect(flagged).toMatchObject({
        subjectType: 'post',
        flagCount: 2,
        reasons: ['OFF_TOPIC', 'SPAM'],
        notes: ['Werbung'],
        author: { displayName: 'Anton Autor' },
        thread: {
          id: th.id,
          title: 'Sprachcafé in der Bücherei',
          // Both names, for the page to show the one of its language; `title` follows the account's.
          space: { type: 'TOPIC', id: topic.id, path: `/themen/${topic.slug}`, title: `Thema ${topic.slug}`, titleDe: `Thema ${topic.slug}`, titleEn: `Topic ${topic.slug}` },
        },
        post: { id: reply.id, number: 2, excerpt: 'Kauft billige Uhren bei uns!', hidden: false, held: false },
      });
      expect(page1.edges[1].node).toMatchObject({ subjectType: 'post', flagCount: 0, reasons: [], post: { held: true, excerpt: 'Siehe https://example.org' } });

      const second = await moderator.gql(QUEUE, { after: page1.pageInfo.endCursor });
      expect(second.data!.moderationQueue.edges[0].node).toMatchObject({
        kind: 'flag',
        subjectType: 'thread',
        subjectId: th.id,
        flagCount: 1,
        reasons: ['OFFENSIVE'],
        notes: ['Titel ist abwertend'],
        post: null,
        author: { displayName: 'Anton Autor' },
        thread: { excerpt: 'Wir suchen Ideen, wie kleine Gemeinden Ehrenamtliche für Sprachcafés gewinnen.' },
      });

      // Acting takes the items out of the queue.
      await moderator.gql(`mutation ($id: ID!) { hidePost(postId: $id, reason: "Werbung") { id } }`, { id: reply.id });
      await moderator.gql(`mutation ($id: ID!) { approvePost(postId: $id) { id } }`, { id: held.id });
      const after = await moderator.gql(QUEUE);
      const ids = after.data!.moderationQueue.edges.map((e: { node: { subjectId: string } }) => e.node.subjectId);
      expect(ids).not.toContain(reply.id);
      expect(ids).not.toContain(held.id);
      expect(ids[0]).toBe(th.id);
    });

    it('costs at most five SQL statements per page, whether it holds 1 or 10 items', async () => {
      const th = await thread();
      for (let i = 0; i < 10; i++) {
        const reply = await buildPost(t.dataSource, th.id, { authorId: author.id, held: i % 2 === 0 });
        if (i % 2 === 1) await flagPost(reader, reply.id, 'SPAM', `Notiz ${i}`);
      }
      const q = `query ($n: Int!) { moderationQueue(first: $n) { edges { node { id notes reasons author { displayName } thread { title space { title } author { displayName } } post { excerpt author { displayName } } } } } }`;
      await moderator.gql(q, { n: 1 });
      const counter = countQueries(t.dataSource);
      try {
        const one = await moderator.gql(q, { n: 1 });
        const statementsForOne = counter.count;
        counter.reset();
        const ten = await moderator.gql(q, { n: 10 });
        expect(one.data!.moderationQueue.edges).toHaveLength(1);
        expect(ten.data!.moderationQueue.edges).toHaveLength(10);
        // Session, count, page, threads, posts (the last is skipped when the page holds no post).
        expect(statementsForOne).toBeLessThanOrEqual(5);
        expect(counter.count).toBeLessThanOrEqual(5);
      } finally {
        counter.restore();
      }
    });

    it('is for moderators and admins only', async () => {
      const q = `{ moderationQueue { totalCount } }`;
      expect(codeOf(await t.gql(q))).toBe('UNAUTHENTICATED');
      expect(codeOf(await reader.gql(q))).toBe('FORBIDDEN');
      expect(codeOf(await coordinator.gql(q))).toBe('FORBIDDEN');
      expect((await admin.gql(q)).errors).toBeUndefined();
    });
  });

  describe('posts', () => {
    it('hides a post with a reason: resolves its flags, audits, notifies the author and updates open thread pages', async () => {
      const th = await thread();
      const reply = await buildPost(t.dataSource, th.id, { authorId: author.id });
      await flagPost(reader, reply.id, 'OFFENSIVE');
      const channel = listen(th.id);
      try {
        const res = await moderator.gql(`mutation ($id: ID!) { hidePost(postId: $id, reason: "  Beleidigende Wortwahl  ") { ${POST_RESULT} } }`, { id: reply.id });
        expect(res.errors).toBeUndefined();
        expect(res.data!.hidePost).toMatchObject({ id: reply.id, hidden: true, hiddenReason: 'Beleidigende Wortwahl', deleted: false });
        expect(await channel.next()).toEqual({ type: 'post.updated', threadId: th.id, postId: reply.id });
      } finally {
        await channel.stop();
      }
      expect(await flagsOf(reply.id)).toEqual([{ status: 'resolved', resolved_by: moderatorUser.id }]);
      expect(await auditOf(reply.id)).toEqual([
        { action: 'post.hidden', actor_id: moderatorUser.id, subject_type: 'post', details: { reason: 'Beleidigende Wortwahl', threadId: th.id, flagsResolved: 1 } },
      ]);
      expect((await eventsOf(reply.id)).map((e) => e.payload)).toEqual([
        {
          type: 'moderation.acted',
          action: 'post.hidden',
          subjectType: 'post',
          subjectId: reply.id,
          targetUserId: author.id,
          actorId: moderatorUser.id,
          reason: 'Beleidigende Wortwahl',
        },
      ]);
      expect(codeOf(await moderator.gql(`mutation ($id: ID!) { hidePost(postId: $id, reason: "Nochmal") { id } }`, { id: reply.id }))).toBe('CONFLICT');

      const channel2 = listen(th.id);
      try {
        const restored = await moderator.gql(`mutation ($id: ID!) { restorePost(postId: $id) { ${POST_RESULT} } }`, { id: reply.id });
        expect(restored.data!.restorePost).toMatchObject({ hidden: false, hiddenReason: null });
        expect(await channel2.next()).toEqual({ type: 'post.updated', threadId: th.id, postId: reply.id });
      } finally {
        await channel2.stop();
      }
      expect((await auditOf(reply.id)).map((a) => [a.action, a.details])).toEqual([
        ['post.hidden', { reason: 'Beleidigende Wortwahl', threadId: th.id, flagsResolved: 1 }],
        ['post.restored', { reason: null, threadId: th.id, hiddenReason: 'Beleidigende Wortwahl' }],
      ]);
      expect((await eventsOf(reply.id)).map((e) => e.payload.action)).toEqual(['post.hidden', 'post.restored']);
      expect(codeOf(await moderator.gql(`mutation ($id: ID!) { restorePost(postId: $id) { id } }`, { id: reply.id }))).toBe('CONFLICT');
    });

    it('requires a reason of 3 to 500 characters and names the field', async () => {
      const th = await thread();
      for (const reason of ['  x ', 'x'.repeat(501)]) {
        const res = await moderator.gql(`mutation ($id: ID!, $r: String!) { hidePost(postId: $id, reason: $r) { id } }`, { id: th.firstPostId, r: reason });
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions!.fields).toEqual({ reason: ['reason must be between 3 and 500 characters.'] });
      }
      expect(await auditOf(th.firstPostId)).toEqual([]);
    });

    it('answers NOT_FOUND for deleted or unknown posts', async () => {
      const th = await thread();
      const deleted = await buildPost(t.dataSource, th.id, { authorId: author.id, deleted: true });
      for (const id of [deleted.id, '00000000-0000-4000-8000-000000000000']) {
        expect(codeOf(await moderator.gql(`mutation ($id: ID!) { hidePost(postId: $id, reason: "Spam") { id } }`, { id }))).toBe('NOT_FOUND');
      }
    });

    it('approves a held post: it counts in the thread, is released to notifications and to open pages', async () => {
      const th = await thread({ createdAt: new Date('2020-05-01T00:00:00Z') });
      const held = await buildPost(t.dataSource, th.id, { authorId: author.id, held: true, createdAt: new Date('2020-05-02T00:00:00Z') });
      const [before] = await t.dataSource.query(`SELECT post_count, last_post_number FROM thread WHERE id = $1`, [th.id]);
      expect(before).toEqual({ post_count: 1, last_post_number: 2 });
      const channel = listen(th.id);
      try {
        const res = await moderator.gql(`mutation ($id: ID!) { approvePost(postId: $id) { ${POST_RESULT} } }`, { id: held.id });
        expect(res.data!.approvePost).toMatchObject({ held: false, hidden: false, number: 2 });
        expect(await channel.next()).toEqual({ type: 'post.updated', threadId: th.id, postId: held.id });
      } finally {
        await channel.stop();
      }
      const [after] = await t.dataSource.query(`SELECT post_count, last_post_number, last_post_at > now() - interval '1 minute' AS bumped FROM thread WHERE id = $1`, [th.id]);
      expect(after).toEqual({ post_count: 2, last_post_number: 2, bumped: true });
      expect((await eventsOf(held.id)).map((e) => e.payload)).toEqual([
        { type: 'moderation.acted', action: 'post.approved', subjectType: 'post', subjectId: held.id, targetUserId: author.id, actorId: moderatorUser.id, reason: '' },
        { type: 'post.released', postId: held.id, threadId: th.id, actorId: author.id },
      ]);
      expect((await auditOf(held.id)).map((a) => [a.action, a.actor_id])).toEqual([['post.approved', moderatorUser.id]]);
      expect(codeOf(await moderator.gql(`mutation ($id: ID!) { approvePost(postId: $id) { id } }`, { id: held.id }))).toBe('CONFLICT');
    });

    it('approving the first post of a held thread releases the thread', async () => {
      const th = await thread({ held: true });
      const res = await moderator.gql(`mutation ($id: ID!) { approvePost(postId: $id) { held } }`, { id: th.firstPostId });
      expect(res.data!.approvePost.held).toBe(false);
      const [row] = await t.dataSource.query(`SELECT held_at IS NULL AS released, post_count FROM thread WHERE id = $1`, [th.id]);
      expect(row).toEqual({ released: true, post_count: 1 });
      expect((await auditOf(th.firstPostId))[0].details).toMatchObject({ threadReleased: true });
    });

    it('rejects a held post: hidden with the reason, never counted, out of the queue', async () => {
      const th = await thread();
      const held = await buildPost(t.dataSource, th.id, { authorId: author.id, held: true });
      const res = await moderator.gql(`mutation ($id: ID!) { rejectPost(postId: $id, reason: "Werbelink") { ${POST_RESULT} } }`, { id: held.id });
      expect(res.data!.rejectPost).toMatchObject({ held: true, hidden: true, hiddenReason: 'Werbelink' });
      const [row] = await t.dataSource.query(`SELECT post_count FROM thread WHERE id = $1`, [th.id]);
      expect(row.post_count).toBe(1);
      expect((await auditOf(held.id)).map((a) => [a.action, a.details.reason])).toEqual([['post.rejected', 'Werbelink']]);
      expect((await eventsOf(held.id)).map((e) => [e.payload.action, e.payload.targetUserId, e.payload.reason])).toEqual([['post.rejected', author.id, 'Werbelink']]);
      expect(codeOf(await moderator.gql(`mutation ($id: ID!) { rejectPost(postId: $id, reason: "Nochmal") { id } }`, { id: held.id }))).toBe('CONFLICT');
      const queue = await moderator.gql(`{ moderationQueue(first: 100) { edges { node { subjectId } } } }`);
      expect(queue.data!.moderationQueue.edges.map((e: { node: { subjectId: string } }) => e.node.subjectId)).not.toContain(held.id);
      // Only held posts can be approved or rejected.
      expect(codeOf(await moderator.gql(`mutation ($id: ID!) { rejectPost(postId: $id, reason: "Werbelink") { id } }`, { id: th.firstPostId }))).toBe('CONFLICT');
    });
  });

  describe('threads', () => {
    it('hides and restores a thread, resolving its flags, with audit, event and live update', async () => {
      const th = await thread();
      await flagThread(reader, th.id);
      const channel = listen(th.id);
      try {
        const res = await moderator.gql(`mutation ($id: ID!) { hideThread(threadId: $id, reason: "Hetze im Titel") { ${THREAD_RESULT} } }`, { id: th.id });
        expect(res.data!.hideThread).toMatchObject({ id: th.id, hidden: true, hiddenReason: 'Hetze im Titel' });
        expect(await channel.next()).toEqual({ type: 'post.updated', threadId: th.id, postId: th.firstPostId });
      } finally {
        await channel.stop();
      }
      expect((await flagsOf(th.id)).map((f) => f.status)).toEqual(['resolved']);
      expect(codeOf(await moderator.gql(`mutation ($id: ID!) { hideThread(threadId: $id, reason: "Nochmal") { id } }`, { id: th.id }))).toBe('CONFLICT');
      const restored = await moderator.gql(`mutation ($id: ID!) { restoreThread(threadId: $id) { hidden hiddenReason } }`, { id: th.id });
      expect(restored.data!.restoreThread).toEqual({ hidden: false, hiddenReason: null });
      expect((await auditOf(th.id)).map((a) => [a.action, a.actor_id, a.details.reason])).toEqual([
        ['thread.hidden', moderatorUser.id, 'Hetze im Titel'],
        ['thread.restored', moderatorUser.id, null],
      ]);
      expect((await eventsOf(th.id)).map((e) => [e.payload.action, e.payload.targetUserId])).toEqual([
        ['thread.hidden', author.id],
        ['thread.restored', author.id],
      ]);
      expect(codeOf(await moderator.gql(`mutation ($id: ID!) { restoreThread(threadId: $id) { id } }`, { id: th.id }))).toBe('CONFLICT');
    });

    it('locks, unlocks, pins and unpins, refusing a change to the state it is already in', async () => {
      const th = await thread();
      const run = (m: string, extra = '') => moderator.gql(`mutation ($id: ID!) { ${m}(threadId: $id${extra}) { locked pinned } }`, { id: th.id });
      expect((await run('lockThread', ', reason: "Alles gesagt"')).data!.lockThread).toEqual({ locked: true, pinned: false });
      expect(codeOf(await run('lockThread'))).toBe('CONFLICT');
      expect((await run('pinThread')).data!.pinThread).toEqual({ locked: true, pinned: true });
      expect(codeOf(await run('pinThread'))).toBe('CONFLICT');
      expect((await run('unlockThread')).data!.unlockThread).toEqual({ locked: false, pinned: true });
      expect(codeOf(await run('unlockThread'))).toBe('CONFLICT');
      expect((await run('unpinThread')).data!.unpinThread).toEqual({ locked: false, pinned: false });
      expect(codeOf(await run('unpinThread'))).toBe('CONFLICT');
      expect((await auditOf(th.id)).map((a) => [a.action, a.details.reason])).toEqual([
        ['thread.locked', 'Alles gesagt'],
        ['thread.pinned', null],
        ['thread.unlocked', null],
        ['thread.unpinned', null],
      ]);
      expect((await eventsOf(th.id)).map((e) => [e.payload.action, e.payload.reason])).toEqual([
        ['thread.locked', 'Alles gesagt'],
        ['thread.pinned', ''],
        ['thread.unlocked', ''],
        ['thread.unpinned', ''],
      ]);
    });

    it('moves a thread to another topic, a programme or a published practice, and nowhere else', async () => {
      const th = await thread();
      const topic = await buildTopic(t.dataSource);
      const place = await buildMunicipality(t.dataSource);
      const programme = await buildProgramme(t.dataSource, [place.id]);
      const published = await buildPractice(t.dataSource, { municipalityId: place.id });
      const draft = await buildPractice(t.dataSource, { municipalityId: place.id, state: 'draft' });
      const move = (space: { type: string; id: string }, reason?: string) =>
        moderator.gql(`mutation ($id: ID!, $space: SpaceInput!, $reason: String) { moveThread(threadId: $id, space: $space, reason: $reason) { space { type id title path } } }`, {
          id: th.id,
          space,
          reason,
        });

      expect((await move({ type: 'TOPIC', id: topic.id }, 'Passt besser hierher')).data!.moveThread.space).toEqual({
        type: 'TOPIC',
        id: topic.id,
        title: `Thema ${topic.slug}`,
        path: `/themen/${topic.slug}`,
      });
      expect((await move({ type: 'PROGRAMME', id: programme.id })).data!.moveThread.space).toMatchObject({ type: 'PROGRAMME', path: `/programme/${programme.slug}` });
      expect((await move({ type: 'PRACTICE', id: published.id })).data!.moveThread.space).toMatchObject({ type: 'PRACTICE', title: published.title, path: `/praxisbeispiele/${published.slug}` });

      const intoDraft = await move({ type: 'PRACTICE', id: draft.id });
      expect(codeOf(intoDraft)).toBe('BAD_USER_INPUT');
      expect(intoDraft.errors![0].extensions!.fields).toEqual({ space: ['The practice is not published.'] });
      expect(codeOf(await move({ type: 'TOPIC', id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(codeOf(await move({ type: 'PRACTICE', id: published.id }))).toBe('BAD_USER_INPUT');

      const audit = await auditOf(th.id);
      expect(audit.map((a) => a.action)).toEqual(['thread.moved', 'thread.moved', 'thread.moved']);
      expect(audit[0].details).toEqual({ reason: 'Passt besser hierher', from: { type: 'topic', id: th.space.id }, to: { type: 'topic', id: topic.id } });
      const [row] = await t.dataSource.query(`SELECT space_type, space_id FROM thread WHERE id = $1`, [th.id]);
      expect(row).toEqual({ space_type: 'practice', space_id: published.id });
    });
  });

  describe('dismissing flags', () => {
    it('marks open flags dismissed, logs it without telling the author, and answers false when none are open', async () => {
      const th = await thread();
      await flagThread(reader, th.id, 'SPAM');
      await flagThread(coordinator, th.id, 'OTHER', 'Unklar');
      const dismiss = () => moderator.gql(`mutation ($id: ID!) { dismissFlags(subjectType: "thread", subjectId: $id) }`, { id: th.id });
      expect((await dismiss()).data!.dismissFlags).toBe(true);
      expect((await flagsOf(th.id)).map((f) => [f.status, f.resolved_by])).toEqual([
        ['dismissed', moderatorUser.id],
        ['dismissed', moderatorUser.id],
      ]);
      expect((await dismiss()).data!.dismissFlags).toBe(false);
      expect((await auditOf(th.id)).map((a) => [a.action, a.details])).toEqual([['flags.dismissed', { reason: null, count: 2, reasons: ['other', 'spam'], threadId: th.id }]]);
      expect((await eventsOf(th.id)).map((e) => [e.payload.action, e.payload.targetUserId])).toEqual([['flags.dismissed', null]]);
    });

    it('accepts only post or thread as subject type', async () => {
      const res = await moderator.gql(`mutation { dismissFlags(subjectType: "user", subjectId: "00000000-0000-4000-8000-000000000000") }`);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual({ subjectType: ['subjectType must be "post" or "thread".'] });
    });
  });

  describe('people', () => {
    it('warns a member: stored, logged, and the member is told', async () => {
      const member = await buildUser(t.dataSource);
      const res = await moderator.gql(`mutation ($id: ID!) { warnUser(userId: $id, reason: "Bitte sachlich bleiben") }`, { id: member.id });
      expect(res.data!.warnUser).toBe(true);
      const warnings = await t.dataSource.query(`SELECT moderator_id, reason FROM user_warning WHERE user_id = $1`, [member.id]);
      expect(warnings).toEqual([{ moderator_id: moderatorUser.id, reason: 'Bitte sachlich bleiben' }]);
      expect((await auditOf(member.id)).map((a) => [a.action, a.actor_id, a.details.reason])).toEqual([['user.warned', moderatorUser.id, 'Bitte sachlich bleiben']]);
      expect((await eventsOf(member.id)).map((e) => e.payload)).toEqual([
        { type: 'moderation.acted', action: 'user.warned', subjectType: 'user', subjectId: member.id, targetUserId: member.id, actorId: moderatorUser.id, reason: 'Bitte sachlich bleiben' },
      ]);
    });

    it('lets moderators warn and block members and coordinators but not staff or themselves; admins may act on moderators', async () => {
      const otherModerator = await buildUser(t.dataSource, { role: 'moderator' });
      const anAdmin = await buildUser(t.dataSource, { role: 'admin' });
      for (const m of ['warnUser', 'moderatorBlockUser']) {
        const act = (client: Client, id: string) => client.gql(`mutation ($id: ID!) { ${m}(userId: $id, reason: "Regelverstoß") }`, { id });
        expect(codeOf(await act(moderator, otherModerator.id))).toBe('FORBIDDEN');
        expect(codeOf(await act(moderator, anAdmin.id))).toBe('FORBIDDEN');
        expect(codeOf(await act(moderator, moderatorUser.id))).toBe('CONFLICT');
        expect(codeOf(await act(moderator, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
      }
      expect((await admin.gql(`mutation ($id: ID!) { warnUser(userId: $id, reason: "Ton beachten") }`, { id: otherModerator.id })).data!.warnUser).toBe(true);
      expect(await auditOf(anAdmin.id)).toEqual([]);
    });

    it('blocks a coordinator: sessions end at once, sign-in is refused, the block is logged', async () => {
      const place = await buildMunicipality(t.dataSource);
      const target = await buildUser(t.dataSource, { memberships: [{ municipalityId: place.id, role: 'coordinator' }] });
      const targetClient = await signedIn(t, target);
      expect((await targetClient.gql(`{ me { id } }`)).data!.me.id).toBe(target.id);
      const res = await moderator.gql(`mutation ($id: ID!) { moderatorBlockUser(userId: $id, reason: "Wiederholte Beleidigungen") }`, { id: target.id });
      expect(res.data!.moderatorBlockUser).toBe(true);
      expect((await targetClient.gql(`{ me { id } }`)).data!.me).toBeNull();
      const [row] = await t.dataSource.query(`SELECT blocked_at IS NOT NULL AS blocked, blocked_reason FROM app_user WHERE id = $1`, [target.id]);
      expect(row).toEqual({ blocked: true, blocked_reason: 'Wiederholte Beleidigungen' });
      expect((await auditOf(target.id)).map((a) => [a.action, a.details])).toEqual([['user.blocked', { reason: 'Wiederholte Beleidigungen', by: 'moderator' }]]);
      expect((await eventsOf(target.id)).map((e) => [e.payload.action, e.payload.targetUserId])).toEqual([['user.blocked', target.id]]);
      const again = await moderator.gql(`mutation ($id: ID!) { moderatorBlockUser(userId: $id, reason: "Noch einmal") }`, { id: target.id });
      expect(codeOf(again)).toBe('CONFLICT');
      expect((await auditOf(target.id)).map((a) => a.action)).toEqual(['user.blocked']);
    });
  });

  describe('authorization', () => {
    it('refuses every moderation action to guests (UNAUTHENTICATED), members and coordinators (FORBIDDEN) and writes no audit entry', async () => {
      const th: TestThread = await thread();
      const held = await buildPost(t.dataSource, th.id, { authorId: author.id, held: true });
      const user = await buildUser(t.dataSource);
      const topic = await buildTopic(t.dataSource);
      const actions: [string, Record<string, unknown>][] = [
        [`mutation ($id: ID!) { hidePost(postId: $id, reason: "Spam") { id } }`, { id: th.firstPostId }],
        [`mutation ($id: ID!) { restorePost(postId: $id) { id } }`, { id: th.firstPostId }],
        [`mutation ($id: ID!) { approvePost(postId: $id) { id } }`, { id: held.id }],
        [`mutation ($id: ID!) { rejectPost(postId: $id, reason: "Spam") { id } }`, { id: held.id }],
        [`mutation ($id: ID!) { hideThread(threadId: $id, reason: "Spam") { id } }`, { id: th.id }],
        [`mutation ($id: ID!) { restoreThread(threadId: $id) { id } }`, { id: th.id }],
        [`mutation ($id: ID!) { lockThread(threadId: $id) { id } }`, { id: th.id }],
        [`mutation ($id: ID!) { unlockThread(threadId: $id) { id } }`, { id: th.id }],
        [`mutation ($id: ID!) { pinThread(threadId: $id) { id } }`, { id: th.id }],
        [`mutation ($id: ID!) { unpinThread(threadId: $id) { id } }`, { id: th.id }],
        [`mutation ($id: ID!, $s: ID!) { moveThread(threadId: $id, space: { type: TOPIC, id: $s }) { id } }`, { id: th.id, s: topic.id }],
        [`mutation ($id: ID!) { dismissFlags(subjectType: "thread", subjectId: $id) }`, { id: th.id }],
        [`mutation ($id: ID!) { warnUser(userId: $id, reason: "Spam") }`, { id: user.id }],
        [`mutation ($id: ID!) { moderatorBlockUser(userId: $id, reason: "Spam") }`, { id: user.id }],
      ];
      for (const [query, variables] of actions) {
        expect([query, codeOf(await t.gql(query, variables))]).toEqual([query, 'UNAUTHENTICATED']);
        expect([query, codeOf(await reader.gql(query, variables))]).toEqual([query, 'FORBIDDEN']);
        expect([query, codeOf(await coordinator.gql(query, variables))]).toEqual([query, 'FORBIDDEN']);
      }
      for (const id of [th.id, th.firstPostId, held.id, user.id]) expect(await auditOf(id)).toEqual([]);
    });
  });
});
