import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';
import { countQueries } from '../../test/query-counter.js';
import { buildMunicipality, buildProgramme, uniqueTag } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { buildPost, buildThread, topicId } from '../../test/factories/thread.factory.js';
import { buildUser, signedIn, type TestUser } from '../../test/factories/user.factory.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

type Client = ReturnType<TestApp['client']>;

const POST = `id number threadId author { id displayName } body { markdown html } quoted { id number author { displayName } excerpt }
  createdAt editedAt editCount deleted hidden hiddenReason held helpfulCount viewerReacted accepted mentions { id displayName }
  viewerCan { edit delete react accept flag moderate }`;
const THREAD = `id kind title tags author { id displayName } space { type id title slug path } postCount lastPostNumber locked pinned
  hidden hiddenReason held isExample unreadCount lastReadNumber viewerFollowLevel viewerCan { reply edit accept moderate flag }
  firstPost { id number body { markdown } } acceptedAnswer { id number }`;

const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

describe('discussions', () => {
  let t: TestApp;
  let topic: string;
  let asker: TestUser;
  let askerClient: Client;
  let member: TestUser;
  let memberClient: Client;
  let moderator: TestUser;
  let moderatorClient: Client;

  beforeAll(async () => {
    t = await startTestApp();
    topic = await topicId(t.dataSource);
    asker = await buildUser(t.dataSource, { displayName: `Anna Fragt ${uniqueTag()}` });
    askerClient = await signedIn(t, asker);
    member = await buildUser(t.dataSource);
    memberClient = await signedIn(t, member);
    moderator = await buildUser(t.dataSource, { role: 'moderator' });
    moderatorClient = await signedIn(t, moderator);
  });
  afterAll(() => t.close());

  /** A user who already wrote enough posts not to count as new (so links are not held). */
  async function established(role: 'member' | 'moderator' = 'member') {
    const user = await buildUser(t.dataSource, { role });
    const thread = await buildThread(t.dataSource, { authorId: user.id });
    for (let i = 0; i < DISCUSSION_LIMITS.newAccountPosts; i++) await buildPost(t.dataSource, thread.id, { authorId: user.id });
    return { user, client: await signedIn(t, user) };
  }

  const createThread = (client: Client, input: Record<string, unknown>) =>
    client.gql(`mutation ($input: CreateThreadInput!) { createThread(input: $input) { ${THREAD} } }`, {
      input: { space: { type: 'TOPIC', id: topic }, kind: 'QUESTION', title: 'Wie gewinnen wir Ehrenamtliche?', body: 'Habt ihr Ideen?', ...input },
    });
  const createPost = (client: Client, threadId: string, body: string, quotedPostId?: string) =>
    client.gql(`mutation ($input: CreatePostInput!) { createPost(input: $input) { ${POST} } }`, { input: { threadId, body, quotedPostId } });
  const readThread = (client: Client | TestApp, id: string, first = 50) =>
    client.gql(`query ($id: ID!, $first: Int) { thread(id: $id) { ${THREAD} posts(first: $first) { totalCount edges { node { ${POST} } } pageInfo { hasNextPage endCursor } } } }`, {
      id,
      first,
    });
  const mutatePost = (client: Client, mutation: string, postId: string, fields = POST) =>
    client.gql(`mutation ($id: ID!) { ${mutation}(postId: $id) { ${fields} } }`, { id: postId });
  const outboxEvents = async (threadId: string) =>
    (await t.dataSource.query<{ type: string }[]>(`SELECT payload->>'type' AS type FROM outbox WHERE kind = 'event' AND payload->>'threadId' = $1 ORDER BY created_at`, [threadId])).map(
      (r) => r.type,
    );

  describe('threads and posts', () => {
    it('starts a thread in a topic with its body as post number 1, readable by guests, and announces it', async () => {
      const res = await createThread(askerClient, { tags: [' Ehrenamt ', 'ehrenamt', 'Sport'] });
      expect(res.errors).toBeUndefined();
      const thread = res.data!.createThread;
      expect(thread).toMatchObject({
        kind: 'QUESTION',
        tags: ['ehrenamt', 'sport'],
        author: { id: asker.id, displayName: asker.displayName },
        space: { type: 'TOPIC', id: topic, slug: 'sprache', path: '/themen/sprache' },
        postCount: 1,
        lastPostNumber: 1,
        firstPost: { number: 1, body: { markdown: 'Habt ihr Ideen?' } },
        viewerCan: { reply: true, edit: true, accept: true, moderate: false, flag: false },
      });
      const guest = await readThread(t, thread.id);
      expect(guest.errors).toBeUndefined();
      expect(guest.data!.thread.posts.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([1]);
      expect(guest.data!.thread.viewerCan).toEqual({ reply: false, edit: false, accept: false, moderate: false, flag: false });
      expect(await outboxEvents(thread.id)).toEqual(['thread.created']);
    });

    it('refuses a too short title and too many tags naming the fields, and guests', async () => {
      const res = await createThread(askerClient, { title: 'Hm', tags: ['a', 'b', 'c', 'd', 'e', 'f'] });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(Object.keys(res.errors![0].extensions!.fields as object).sort()).toEqual(['tags', 'title']);
      expect(codes(await createThread(t.client(), {}))).toEqual(['UNAUTHENTICATED']);
      const long = await createPost(askerClient, (await buildThread(t.dataSource, { authorId: asker.id })).id, 'x'.repeat(DISCUSSION_LIMITS.bodyMax + 1));
      expect(res.errors![0].message).toMatch(/title must be between/);
      expect(long.errors![0].extensions!.fields).toEqual({ body: [`body must be between ${DISCUSSION_LIMITS.bodyMin} and ${DISCUSSION_LIMITS.bodyMax} characters.`] });
    });

    it('starts threads in a programme; unknown spaces are NOT_FOUND', async () => {
      const programme = await buildProgramme(t.dataSource, []);
      const res = await createThread(askerClient, { space: { type: 'PROGRAMME', id: programme.id }, kind: 'DISCUSSION' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createThread.space).toMatchObject({ type: 'PROGRAMME', title: programme.name, path: `/programme/${programme.slug}` });
      expect(codes(await createThread(askerClient, { space: { type: 'TOPIC', id: '00000000-0000-4000-8000-000000000000' } }))).toEqual(['NOT_FOUND']);
    });

    it('numbers replies 2, 3, … without gaps, also when they arrive at the same time', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id });
      const writers = await Promise.all([1, 2, 3, 4, 5].map(async () => signedIn(t, await buildUser(t.dataSource))));
      const results = await Promise.all(writers.map((c, i) => createPost(c, thread.id, `Antwort Nummer ${i}`)));
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(results.map((r) => r.data!.createPost.number).sort()).toEqual([2, 3, 4, 5, 6]);
      const read = await readThread(t, thread.id);
      expect(read.data!.thread).toMatchObject({ postCount: 6, lastPostNumber: 6 });
      expect(read.data!.thread.posts.totalCount).toBe(6);
    });

    it('pages through posts by number', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id }, { authorId: member.id }, { authorId: member.id }] });
      const page = async (after?: string) =>
        (await t.gql(`query ($id: ID!, $after: String) { thread(id: $id) { posts(first: 3, after: $after) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } } }`, { id: thread.id, after }))
          .data!.thread.posts;
      const one = await page();
      expect(one.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([1, 2, 3]);
      expect(one.pageInfo.hasNextPage).toBe(true);
      const two = await page(one.pageInfo.endCursor);
      expect(two.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([4]);
      expect(two).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    });

    it('refuses replies in a locked thread with THREAD_LOCKED, but lets moderators post', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, locked: true });
      expect(codes(await createPost(memberClient, thread.id, 'Darf ich noch?'))).toEqual(['THREAD_LOCKED']);
      const mod = await createPost(moderatorClient, thread.id, 'Hinweis der Moderation.');
      expect(mod.errors).toBeUndefined();
      const read = await readThread(memberClient, thread.id);
      expect(read.data!.thread).toMatchObject({ locked: true, viewerCan: { reply: false } });
    });

    it('lists the threads of a space pinned first, then by latest activity, and all threads by activity', async () => {
      const programme = await buildProgramme(t.dataSource, []);
      const space = { type: 'programme' as const, id: programme.id };
      const old = await buildThread(t.dataSource, { authorId: asker.id, space, createdAt: new Date('2025-01-01T10:00:00Z') });
      const pinned = await buildThread(t.dataSource, { authorId: asker.id, space, pinned: true, createdAt: new Date('2024-01-01T10:00:00Z') });
      const recent = await buildThread(t.dataSource, { authorId: asker.id, space, createdAt: new Date('2026-01-01T10:00:00Z') });
      const list = async (after?: string) =>
        (await t.gql(`query ($space: SpaceInput, $after: String) { threads(space: $space, first: 2, after: $after) { totalCount edges { node { id pinned } } pageInfo { endCursor hasNextPage } } }`, {
          space: { type: 'PROGRAMME', id: programme.id },
          after,
        })).data!.threads;
      const one = await list();
      const two = await list(one.pageInfo.endCursor);
      expect([...one.edges, ...two.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([pinned.id, recent.id, old.id]);
      expect(one.totalCount).toBe(3);
      // The list of all threads is shared with other tests: walk it page by page until both appear.
      const ids: string[] = [];
      for (let after: string | undefined; !(ids.includes(recent.id) && ids.includes(old.id)); ) {
        const page = (await t.gql(`query ($after: String) { threads(first: 100, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`, { after })).data!.threads;
        ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(ids.indexOf(recent.id)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(recent.id)).toBeLessThan(ids.indexOf(old.id));
    });

    it('offers topics and programmes as spaces, with German and English titles for the page to choose from', async () => {
      const programme = await buildProgramme(t.dataSource, []);
      const [names] = await t.dataSource.query<{ name_de: string; name_en: string }[]>(`SELECT name_de, name_en FROM topic WHERE id = $1`, [topic]);
      expect(names.name_en).not.toBe(names.name_de);
      const res = await t.gql(`{ spaces { type id title titleDe titleEn slug path } }`);
      expect(res.data!.spaces).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'TOPIC', id: topic, path: '/themen/sprache', title: names.name_de, titleDe: names.name_de, titleEn: names.name_en }),
          expect.objectContaining({ type: 'PROGRAMME', id: programme.id, title: programme.name, titleDe: programme.name, titleEn: programme.name }),
        ]),
      );

      // A thread's space carries both as well; `title` follows the account's language.
      const thread = await buildThread(t.dataSource, { authorId: asker.id });
      const english = await buildUser(t.dataSource);
      await t.dataSource.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [english.id]);
      const query = `query ($id: ID!) { thread(id: $id) { space { title titleDe titleEn } } }`;
      const both = { titleDe: names.name_de, titleEn: names.name_en };
      expect((await t.gql(query, { id: thread.id })).data!.thread.space).toEqual({ title: names.name_de, ...both });
      expect((await (await signedIn(t, english)).gql(query, { id: thread.id })).data!.thread.space).toEqual({ title: names.name_en, ...both });
    });

    it('publishes created, edited, deleted and reaction changes on the thread channel', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id });
      const events = t.app.get<LiveEvents>(LIVE_EVENTS).subscribe(`thread:${thread.id}`);
      try {
        const post = (await createPost(memberClient, thread.id, 'Live dabei.')).data!.createPost;
        expect((await events.next()).value).toEqual({ type: 'post.created', threadId: thread.id, postId: post.id });
        await mutatePost(askerClient, 'addReaction', post.id);
        expect((await events.next()).value).toEqual({ type: 'post.updated', threadId: thread.id, postId: post.id });
        await memberClient.gql(`mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`, { input: { postId: post.id, body: 'Live dabei, geändert.' } });
        expect((await events.next()).value).toEqual({ type: 'post.updated', threadId: thread.id, postId: post.id });
        await mutatePost(memberClient, 'deletePost', post.id);
        expect((await events.next()).value).toEqual({ type: 'post.updated', threadId: thread.id, postId: post.id });
      } finally {
        await events.return!();
      }
    });
  });

  describe('practice threads', () => {
    it('starts threads on a published practice, lists them on the practice, and hides those of practices the viewer cannot see', async () => {
      const m = await buildMunicipality(t.dataSource);
      const coordinator = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId: m.id, role: 'coordinator' }] }));
      const published = await buildPractice(t.dataSource, { municipalityId: m.id });
      const draft = await buildPractice(t.dataSource, { municipalityId: m.id, state: 'draft' });

      const res = await createThread(memberClient, { space: { type: 'PRACTICE', id: published.id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createThread.space).toMatchObject({ title: published.title, path: `/praxisbeispiele/${published.slug}` });
      const onPractice = await t.gql(`query ($slug: String!) { practice(slug: $slug) { threads(first: 5) { totalCount edges { node { id title } } } } }`, { slug: published.slug });
      expect(onPractice.data!.practice.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([res.data!.createThread.id]);

      // Starting one needs a published practice: unseen drafts are NOT_FOUND, seen ones CONFLICT.
      expect(codes(await createThread(memberClient, { space: { type: 'PRACTICE', id: draft.id } }))).toEqual(['NOT_FOUND']);
      expect(codes(await createThread(coordinator, { space: { type: 'PRACTICE', id: draft.id } }))).toEqual(['CONFLICT']);

      // A thread on a practice that went back to draft is visible only to those who may see the practice.
      const onDraft = await buildThread(t.dataSource, { authorId: member.id, space: { type: 'practice', id: draft.id } });
      expect(codes(await readThread(t, onDraft.id))).toEqual(['NOT_FOUND']);
      expect(codes(await readThread(memberClient, onDraft.id))).toEqual(['NOT_FOUND']);
      expect(codes(await mutatePost(memberClient, 'addReaction', onDraft.firstPostId, 'id'))).toEqual(['NOT_FOUND']);
      expect((await readThread(coordinator, onDraft.id)).errors).toBeUndefined();
      expect((await readThread(moderatorClient, onDraft.id)).errors).toBeUndefined();
      const listed = await t.gql(`query ($space: SpaceInput) { threads(space: $space) { totalCount } }`, { space: { type: 'PRACTICE', id: draft.id } });
      expect(listed.data!.threads.totalCount).toBe(0);
      const everywhere = await t.gql(`{ threads(first: 100) { edges { node { id } } } }`);
      expect(everywhere.data!.threads.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(onDraft.id);
    });
  });

  describe('quoting and mentions', () => {
    it('quotes a post of the same thread with a plain-text excerpt, and refuses posts of other threads or invisible ones', async () => {
      const long = `**Unser Ansatz:** ${'Wir laden jede Woche ein. '.repeat(20)}`;
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id, body: long }, { authorId: member.id, held: true }] });
      const other = await buildThread(t.dataSource, { authorId: asker.id });
      const res = await createPost(askerClient, thread.id, 'Genau so!', thread.replyIds[0]);
      expect(res.errors).toBeUndefined();
      const quoted = res.data!.createPost.quoted;
      expect(quoted).toMatchObject({ id: thread.replyIds[0], number: 2, author: { displayName: member.displayName } });
      expect(quoted.excerpt.startsWith('Unser Ansatz: Wir laden')).toBe(true);
      expect(quoted.excerpt.length).toBeLessThanOrEqual(300);
      expect(quoted.excerpt.endsWith('…')).toBe(true);

      const elsewhere = await createPost(askerClient, thread.id, 'Falsch zitiert.', other.firstPostId);
      expect(codes(elsewhere)).toEqual(['BAD_USER_INPUT']);
      expect(elsewhere.errors![0].extensions!.fields).toHaveProperty('quotedPostId');
      expect(codes(await createPost(askerClient, thread.id, 'Zitat eines zurückgehaltenen Beitrags.', thread.replyIds[1]))).toEqual(['BAD_USER_INPUT']);
    });

    it('shows no excerpt of a quoted post that was deleted since', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id, body: 'Bald weg.' }] });
      const reply = (await createPost(askerClient, thread.id, 'Ich zitiere.', thread.replyIds[0])).data!.createPost;
      await mutatePost(memberClient, 'deletePost', thread.replyIds[0], 'id');
      const read = await t.gql(`query ($id: ID!) { post(id: $id) { quoted { number excerpt } } }`, { id: reply.id });
      expect(read.data!.post.quoted).toEqual({ number: 2, excerpt: null });
    });

    it('stores mentions of known people (at most the limit), renders them with their current names, and ignores unknown ids', async () => {
      const named = await buildUser(t.dataSource, { displayName: 'Berta Beispiel' });
      const thread = await buildThread(t.dataSource, { authorId: asker.id });
      const unknown = '00000000-0000-4000-8000-0000000000aa';
      const res = await createPost(memberClient, thread.id, `Frag mal @[Berta](${named.id}) und @[Niemand](${unknown}). \`@[Code](${named.id})\``);
      expect(res.errors).toBeUndefined();
      const post = res.data!.createPost;
      expect(post.mentions).toEqual([{ id: named.id, displayName: 'Berta Beispiel' }]);
      expect(post.body.html).toContain(`<span class="mention" data-user-id="${named.id}">@Berta Beispiel</span>`);
      expect(post.body.html).toContain('@Niemand');
      expect(post.body.html).not.toContain(unknown);
      const [stored] = await t.dataSource.query<{ n: number; body_html: string; excerpt: string }[]>(
        `SELECT (SELECT count(*)::int FROM post_mention WHERE post_id = p.id) AS n, body_html, excerpt FROM post p WHERE id = $1`,
        [post.id],
      );
      // Rendered once when written, so reading a thread page renders no Markdown.
      expect(stored).toEqual({ n: 1, body_html: post.body.html, excerpt: `Frag mal @Berta und @Niemand. @[Code](${named.id})` });

      const many = await Promise.all(Array.from({ length: DISCUSSION_LIMITS.mentionsMax + 3 }, () => buildUser(t.dataSource)));
      const crowd = await createPost(askerClient, thread.id, many.map((u) => `@[${u.displayName}](${u.id})`).join(' '));
      expect(crowd.data!.createPost.mentions).toHaveLength(DISCUSSION_LIMITS.mentionsMax);

      // Editing replaces the mentions.
      const edited = await memberClient.gql(`mutation ($input: EditPostInput!) { editPost(input: $input) { mentions { id } } }`, { input: { postId: post.id, body: 'Ohne Erwähnung.' } });
      expect(edited.data!.editPost.mentions).toEqual([]);
    });

    it('renders posts stored without HTML when they are read', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, body: 'Ein **wichtiger** Hinweis.' });
      const res = await t.gql(`query ($id: ID!) { post(id: $id) { body { html } } }`, { id: thread.firstPostId });
      expect(res.data!.post.body.html).toBe('<p>Ein <strong>wichtiger</strong> Hinweis.</p>\n');
    });

    it('finds people to mention by the start of their name or of a word of it, for signed-in people only', async () => {
      const tag = uniqueTag('n');
      const person = await buildUser(t.dataSource, { displayName: `Cornelia ${tag}Schmidt` });
      const byWord = await memberClient.gql(`query ($q: String!) { mentionCandidates(query: $q) { id displayName } }`, { q: `${tag}sch` });
      expect(byWord.data!.mentionCandidates).toEqual([{ id: person.id, displayName: person.displayName }]);
      const byStart = await memberClient.gql(`query ($q: String!) { mentionCandidates(query: $q, first: 20) { id } }`, { q: `cornelia ${tag}` });
      expect(byStart.data!.mentionCandidates).toEqual([{ id: person.id }]);
      expect(codes(await t.gql(`{ mentionCandidates(query: "Cor") { id } }`))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('editing and deleting', () => {
    it('keeps the previous text of an edited post for moderators and marks the post as edited', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id, body: 'Erste Fassung.' }] });
      const postId = thread.replyIds[0];
      const edit = (client: Client, body: string) => client.gql(`mutation ($input: EditPostInput!) { editPost(input: $input) { ${POST} } }`, { input: { postId, body } });
      const res = await edit(memberClient, 'Zweite Fassung.');
      expect(res.errors).toBeUndefined();
      expect(res.data!.editPost).toMatchObject({ body: { markdown: 'Zweite Fassung.' }, editCount: 1 });
      expect(res.data!.editPost.editedAt).not.toBeNull();
      expect(await outboxEvents(thread.id)).toContain('post.edited');

      const revisions = `query ($id: ID!) { postRevisions(postId: $id) { body editor { id } createdAt } }`;
      const seen = await moderatorClient.gql(revisions, { id: postId });
      expect(seen.data!.postRevisions).toEqual([expect.objectContaining({ body: 'Erste Fassung.', editor: { id: member.id } })]);
      expect(codes(await memberClient.gql(revisions, { id: postId }))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(revisions, { id: postId }))).toEqual(['UNAUTHENTICATED']);

      expect(codes(await edit(askerClient, 'Fremd bearbeitet.'))).toEqual(['FORBIDDEN']);
      const byModerator = await edit(moderatorClient, 'Von der Moderation gekürzt.');
      expect(byModerator.errors).toBeUndefined();
      const [audit] = await t.dataSource.query<{ actor_id: string }[]>(`SELECT actor_id FROM audit_event WHERE action = 'post.edited' AND subject_id = $1`, [postId]);
      expect(audit.actor_id).toBe(moderator.id);
    });

    it('lets authors edit only while the thread is open', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, locked: true });
      const res = await askerClient.gql(`mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`, { input: { postId: thread.firstPostId, body: 'Nachträglich.' } });
      expect(codes(res)).toEqual(['THREAD_LOCKED']);
      const title = await askerClient.gql(`mutation ($input: EditThreadInput!) { editThread(input: $input) { id } }`, { input: { threadId: thread.id, title: 'Neuer Titel hier' } });
      expect(codes(title)).toEqual(['THREAD_LOCKED']);
    });

    it('changes title and tags of a thread (author, moderators) and audits a moderator’s change', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, tags: ['alt'] });
      const edit = (client: Client, input: Record<string, unknown>) =>
        client.gql(`mutation ($input: EditThreadInput!) { editThread(input: $input) { title tags } }`, { input: { threadId: thread.id, ...input } });
      expect((await edit(askerClient, { title: 'Besserer Titel' })).data!.editThread).toEqual({ title: 'Besserer Titel', tags: ['alt'] });
      expect((await edit(askerClient, { title: 'Besserer Titel', tags: ['Neu'] })).data!.editThread.tags).toEqual(['neu']);
      expect(codes(await edit(memberClient, { title: 'Fremder Titel' }))).toEqual(['FORBIDDEN']);
      expect((await edit(moderatorClient, { title: 'Titel der Moderation' })).errors).toBeUndefined();
      const [audit] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'thread.edited' AND subject_id = $1`, [thread.id]);
      expect(audit.n).toBe(1);
    });

    it('deletes a post softly: a placeholder without body, not counted, text kept for moderators', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id, body: 'Gleich gelöscht.' }] });
      const postId = thread.replyIds[0];
      expect(codes(await mutatePost(askerClient, 'deletePost', postId))).toEqual(['FORBIDDEN']);
      const res = await mutatePost(memberClient, 'deletePost', postId);
      expect(res.errors).toBeUndefined();
      expect(res.data!.deletePost).toMatchObject({ deleted: true, body: null, viewerCan: { edit: false, delete: false } });
      for (const client of [t, memberClient, moderatorClient] as const) {
        const read = await readThread(client, thread.id);
        expect(read.data!.thread.postCount).toBe(1);
        expect(read.data!.thread.posts.edges[1].node).toMatchObject({ number: 2, deleted: true, body: null });
      }
      const revisions = await moderatorClient.gql(`query ($id: ID!) { postRevisions(postId: $id) { body } }`, { id: postId });
      expect(revisions.data!.postRevisions).toEqual([{ body: 'Gleich gelöscht.' }]);
      expect(codes(await memberClient.gql(`mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`, { input: { postId, body: 'Wieder da?' } }))).toEqual(['CONFLICT']);
    });

    it('deletes the thread with its first post; a moderator’s deletion is audited', async () => {
      const own = await buildThread(t.dataSource, { authorId: asker.id });
      const res = await mutatePost(askerClient, 'deletePost', own.firstPostId);
      expect(res.data!.deletePost).toMatchObject({ number: 1, deleted: true });
      expect(codes(await readThread(askerClient, own.id))).toEqual(['NOT_FOUND']);
      expect(codes(await readThread(moderatorClient, own.id))).toEqual(['NOT_FOUND']);

      const other = await buildThread(t.dataSource, { authorId: member.id, replies: [{ authorId: member.id }] });
      expect((await mutatePost(moderatorClient, 'deletePost', other.replyIds[0])).errors).toBeUndefined();
      const [audit] = await t.dataSource.query<{ actor_id: string }[]>(`SELECT actor_id FROM audit_event WHERE action = 'post.deleted' AND subject_id = $1`, [other.replyIds[0]]);
      expect(audit.actor_id).toBe(moderator.id);
    });
  });

  describe('reactions and answers', () => {
    it('counts one helpful mark per person, refuses a second and one on one’s own post, and takes it back', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id }] });
      const postId = thread.replyIds[0];
      const added = await mutatePost(askerClient, 'addReaction', postId);
      expect(added.data!.addReaction).toMatchObject({ helpfulCount: 1, viewerReacted: true, viewerCan: { react: true } });
      const again = await mutatePost(askerClient, 'addReaction', postId);
      expect(codes(again)).toEqual(['ALREADY_REACTED']);
      expect(codes(await mutatePost(memberClient, 'addReaction', postId))).toEqual(['FORBIDDEN']);
      expect(codes(await mutatePost(t.client(), 'addReaction', postId))).toEqual(['UNAUTHENTICATED']);
      const others = await Promise.all([1, 2, 3, 4].map(async () => signedIn(t, await buildUser(t.dataSource))));
      await Promise.all(others.map((c) => mutatePost(c, 'addReaction', postId, 'id')));
      expect((await t.gql(`query ($id: ID!) { post(id: $id) { helpfulCount viewerReacted } }`, { id: postId })).data!.post).toEqual({ helpfulCount: 5, viewerReacted: false });
      const removed = await mutatePost(askerClient, 'removeReaction', postId);
      expect(removed.data!.removeReaction).toMatchObject({ helpfulCount: 4, viewerReacted: false });
      expect((await mutatePost(askerClient, 'removeReaction', postId)).data!.removeReaction.helpfulCount).toBe(4);
    });

    it('lets the asker accept an answer, shown on the thread, with its own error codes for the rest', async () => {
      const question = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id }, { authorId: member.id }] });
      const accept = (client: Client, postId: string) => client.gql(`mutation ($id: ID!) { acceptAnswer(postId: $id) { ${THREAD} } }`, { id: postId });
      expect(codes(await accept(memberClient, question.replyIds[0]))).toEqual(['NOT_THREAD_AUTHOR']);
      expect(codes(await accept(askerClient, question.firstPostId))).toEqual(['BAD_USER_INPUT']);
      const res = await accept(askerClient, question.replyIds[0]);
      expect(res.errors).toBeUndefined();
      expect(res.data!.acceptAnswer.acceptedAnswer).toEqual({ id: question.replyIds[0], number: 2 });
      expect(await outboxEvents(question.id)).toContain('post.accepted');
      const read = await readThread(t, question.id);
      expect(read.data!.thread.posts.edges.map((e: { node: { accepted: boolean } }) => e.node.accepted)).toEqual([false, true, false]);
      // A moderator may change the decision.
      expect((await accept(moderatorClient, question.replyIds[1])).data!.acceptAnswer.acceptedAnswer.number).toBe(3);
      const unaccept = (client: Client) => client.gql(`mutation ($id: ID!) { unacceptAnswer(threadId: $id) { acceptedAnswer { id } } }`, { id: question.id });
      expect(codes(await unaccept(memberClient))).toEqual(['NOT_THREAD_AUTHOR']);
      expect((await unaccept(askerClient)).data!.unacceptAnswer.acceptedAnswer).toBeNull();

      const discussion = await buildThread(t.dataSource, { authorId: asker.id, kind: 'discussion', replies: [{ authorId: member.id }] });
      expect(codes(await accept(askerClient, discussion.replyIds[0]))).toEqual(['NOT_A_QUESTION']);
      expect(codes(await accept(memberClient, discussion.replyIds[0]))).toEqual(['NOT_A_QUESTION']);
    });
  });

  describe('visibility', () => {
    it('shows a hidden thread only to its author and moderators, with the reason', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, hiddenReason: 'Werbung' });
      expect(codes(await readThread(t, thread.id))).toEqual(['NOT_FOUND']);
      expect(codes(await readThread(memberClient, thread.id))).toEqual(['NOT_FOUND']);
      for (const client of [askerClient, moderatorClient]) {
        expect((await readThread(client, thread.id)).data!.thread).toMatchObject({ hidden: true, hiddenReason: 'Werbung' });
      }
    });

    it('lists a hidden post as a placeholder for others and shows body and reason to its author and moderators', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id, body: 'Unfreundlich.', hiddenReason: 'Ton' }] });
      const postOf = async (client: Client | TestApp) => (await readThread(client, thread.id)).data!.thread.posts.edges[1].node;
      expect(await postOf(t)).toMatchObject({ hidden: true, hiddenReason: null, body: null });
      expect(await postOf(askerClient)).toMatchObject({ hidden: true, hiddenReason: null, body: null, viewerCan: { react: false } });
      expect(await postOf(memberClient)).toMatchObject({ hidden: true, hiddenReason: 'Ton', body: { markdown: 'Unfreundlich.' } });
      expect(await postOf(moderatorClient)).toMatchObject({ hidden: true, hiddenReason: 'Ton', body: { markdown: 'Unfreundlich.' } });
    });

    it('shows a held post only to its author and moderators', async () => {
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id, held: true }] });
      const numbers = async (client: Client | TestApp) => (await readThread(client, thread.id)).data!.thread.posts.edges.map((e: { node: { number: number; held: boolean } }) => e.node);
      expect(await numbers(t)).toEqual([expect.objectContaining({ number: 1 })]);
      expect(await numbers(askerClient)).toHaveLength(1);
      expect((await numbers(memberClient))[1]).toMatchObject({ number: 2, held: true });
      expect((await numbers(moderatorClient))[1]).toMatchObject({ number: 2, held: true });
      expect(codes(await t.gql(`query ($id: ID!) { post(id: $id) { id } }`, { id: thread.replyIds[0] }))).toEqual(['NOT_FOUND']);
    });

    it('shows a held thread only to its author and moderators', async () => {
      const thread = await buildThread(t.dataSource, { authorId: member.id, held: true });
      expect(codes(await readThread(askerClient, thread.id))).toEqual(['NOT_FOUND']);
      expect((await readThread(memberClient, thread.id)).data!.thread.held).toBe(true);
      expect((await readThread(moderatorClient, thread.id)).data!.thread.held).toBe(true);
    });
  });

  describe('new accounts, rate and blocking', () => {
    it('holds a new account’s first posts with links: not counted, not announced, seen by author and moderators only', async () => {
      const newcomer = await buildUser(t.dataSource);
      const newcomerClient = await signedIn(t, newcomer);
      const thread = await buildThread(t.dataSource, { authorId: asker.id });
      const res = await createPost(newcomerClient, thread.id, 'Schaut mal: https://example.org/angebot');
      expect(res.errors).toBeUndefined();
      expect(res.data!.createPost.held).toBe(true);
      const [row] = await t.dataSource.query<{ held_reason: string }[]>(`SELECT held_reason FROM post WHERE id = $1`, [res.data!.createPost.id]);
      expect(row.held_reason).toBe('links');
      expect((await readThread(t, thread.id)).data!.thread).toMatchObject({ postCount: 1, lastPostNumber: 2 });
      expect((await readThread(t, thread.id)).data!.thread.posts.totalCount).toBe(1);
      expect((await readThread(moderatorClient, thread.id)).data!.thread.posts.totalCount).toBe(2);
      expect(await outboxEvents(thread.id)).toEqual([]);
      // Without links, and for established accounts, posts appear at once.
      expect((await createPost(newcomerClient, thread.id, 'Ohne Link geht es sofort.')).data!.createPost.held).toBe(false);
      const { client } = await established();
      expect((await createPost(client, thread.id, 'Mehr unter https://example.org')).data!.createPost.held).toBe(false);
      // A new thread with a link is held as a whole.
      const heldThread = await createThread(await signedIn(t, await buildUser(t.dataSource)), { body: 'Siehe www.example.org' });
      expect(heldThread.data!.createThread).toMatchObject({ held: true, postCount: 0 });
      expect(codes(await readThread(t, heldThread.data!.createThread.id))).toEqual(['NOT_FOUND']);
    });

    it('does not hold links when HOLD_NEW_USER_LINKS is off', async () => {
      const other = await startTestApp({ holdNewUserLinks: false });
      try {
        const user = await buildUser(other.dataSource);
        const thread = await buildThread(other.dataSource, { authorId: asker.id });
        const res = await createPost(await signedIn(other, user), thread.id, 'Link: https://example.org');
        expect(res.data!.createPost.held).toBe(false);
      } finally {
        await other.close();
      }
    });

    it(`limits posting to ${DISCUSSION_LIMITS.postsPerMinute} posts a minute with a clear message`, async () => {
      const { client } = await established();
      const thread = await buildThread(t.dataSource, { authorId: asker.id });
      for (let i = 0; i < DISCUSSION_LIMITS.postsPerMinute; i++) expect((await createPost(client, thread.id, `Beitrag ${i}`)).errors).toBeUndefined();
      const res = await createPost(client, thread.id, 'Einer zu viel.');
      expect(codes(res)).toEqual(['RATE_LIMITED']);
      expect(res.errors![0].message).toMatch(new RegExp(`at most ${DISCUSSION_LIMITS.postsPerMinute} posts a minute`));
      expect(res.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('lets no blocked account post (its sessions stop working)', async () => {
      const user = await buildUser(t.dataSource);
      const client = await signedIn(t, user);
      const thread = await buildThread(t.dataSource, { authorId: asker.id });
      await t.dataSource.query(`UPDATE app_user SET blocked_at = now() WHERE id = $1`, [user.id]);
      expect(codes(await createPost(client, thread.id, 'Trotzdem?'))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('unread markers', () => {
    it('counts posts of others after the last one read, never going back', async () => {
      const reader = await buildUser(t.dataSource);
      const readerClient = await signedIn(t, reader);
      const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: member.id }, { authorId: reader.id }, { authorId: member.id }] });
      const state = async (client: Client | TestApp) => {
        const res = await client.gql(`query ($id: ID!) { thread(id: $id) { unreadCount lastReadNumber } }`, { id: thread.id });
        return res.data!.thread;
      };
      expect(await state(readerClient)).toEqual({ unreadCount: 3, lastReadNumber: null });
      expect(await state(t)).toEqual({ unreadCount: 0, lastReadNumber: null });
      const mark = (n: number) => readerClient.gql(`mutation ($id: ID!, $n: Int!) { markThreadRead(threadId: $id, number: $n) { unreadCount lastReadNumber } }`, { id: thread.id, n });
      expect((await mark(2)).data!.markThreadRead).toEqual({ unreadCount: 1, lastReadNumber: 2 });
      expect((await mark(1)).data!.markThreadRead).toEqual({ unreadCount: 1, lastReadNumber: 2 });
      await createPost(memberClient, thread.id, 'Noch etwas Neues.');
      expect(await state(readerClient)).toEqual({ unreadCount: 2, lastReadNumber: 2 });
      expect((await mark(99)).data!.markThreadRead).toEqual({ unreadCount: 0, lastReadNumber: 5 });
      expect(codes(await t.gql(`mutation ($id: ID!) { markThreadRead(threadId: $id, number: 1) { id } }`, { id: thread.id }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('performance', () => {
    it('reads a thread page with authors, reactions, quotes and mentions in the same number of statements for 5 and 50 posts', async () => {
      const build = async (replies: number) => {
        const thread = await buildThread(t.dataSource, { authorId: asker.id });
        let previous = thread.firstPostId;
        for (let i = 0; i < replies; i++) {
          previous = (await buildPost(t.dataSource, thread.id, { authorId: i % 2 ? member.id : moderator.id, body: `Antwort ${i} an @[X](${asker.id})`, quotedPostId: previous })).id;
          await t.dataSource.query(`INSERT INTO post_mention (post_id, user_id) VALUES ($1, $2)`, [previous, asker.id]);
          if (i % 3 === 0) await t.dataSource.query(`INSERT INTO post_reaction (post_id, user_id) VALUES ($1, $2)`, [previous, asker.id]);
        }
        return thread.id;
      };
      const small = await build(4);
      const large = await build(49);
      const counter = countQueries(t.dataSource);
      try {
        const statementsFor = async (id: string, expected: number) => {
          counter.reset();
          const res = await readThread(askerClient, id);
          expect(res.errors).toBeUndefined();
          expect(res.data!.thread.posts.edges).toHaveLength(expected);
          expect(res.data!.thread.posts.edges[expected - 1].node.quoted.excerpt).toMatch(/^Antwort/);
          return counter.count;
        };
        const few = await statementsFor(small, 5);
        expect(await statementsFor(large, 50)).toBe(few);
        // Session lookup, thread, posts page, first/accepted post batch.
        expect(few).toBeLessThanOrEqual(4);
      } finally {
        counter.restore();
      }
    });
  });
});
