import { buildThread, topicId } from '../../../test/factories/thread.factory.js';
import { buildUser, signedIn } from '../../../test/factories/user.factory.js';
import { countQueries } from '../../../test/query-counter.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { LIVE_EVENTS, type LiveEvents } from '../realtime/live-events.js';
import { type PgLiveEvents } from '../realtime/pg-live-events.js';
import { AnswerCache } from './answer-cache.js';

const embedded = process.env.TEST_DATABASE_EMBEDDED === '1';

const THREAD_PAGE = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    id title locked space { title }
    acceptedAnswer { id }
    posts(first: 50) { edges { node { id number author { displayName } body { html } hidden helpfulCount viewerReacted } } }
  }
}`;

interface Page {
  thread: {
    title: string;
    locked: boolean;
    space: { title: string };
    acceptedAnswer: { id: string } | null;
    posts: { edges: { node: { id: string; number: number; author: { displayName: string } | null; body: { html: string } | null; hidden: boolean; helpfulCount: number } }[] };
  } | null;
}

/** Apollo Client 4 names itself in every request's extensions. */
const CLIENT_EXTENSIONS = { clientLibrary: { name: '@apollo/client', version: '4.3.8' } };

/** A guest's thread page as the web app asks for it, with the SQL statements it cost on that instance. */
async function guestPage(t: TestApp, id: string, headers: Record<string, string> = {}, extensions: object = CLIENT_EXTENSIONS) {
  const counter = countQueries(t.dataSource);
  try {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', 'x-praxisforum-csrf': '1', ...headers },
      body: JSON.stringify({ operationName: 'ThreadPage', query: THREAD_PAGE, variables: { id }, extensions }),
    });
    const text = await response.text();
    return { text, body: JSON.parse(text) as { data?: Page; errors?: { extensions?: { code?: string } }[] }, statements: counter.count, response };
  } finally {
    counter.restore();
  }
}

/** Polls until the guest page satisfies `seen` (the change arrives by NOTIFY, a moment after its commit). */
async function eventually(t: TestApp, id: string, seen: (page: NonNullable<Page['thread']>) => boolean) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const { body } = await guestPage(t, id);
    if (body.data?.thread && seen(body.data.thread)) return body.data.thread;
    if (Date.now() > deadline) throw new Error(`the guest page did not change: ${JSON.stringify(body).slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Reads the page until it is answered from memory. A fill can be dropped before it is used: by the
 * factory's own writes, whose NOTIFY may arrive after it, or by other test files' writes to names
 * and spaces, which drop every page.
 */
async function cachedPage(t: TestApp, id: string, headers: Record<string, string> = {}, extensions?: object) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const page = await guestPage(t, id, headers, extensions);
    if (page.statements === 0) return page;
    if (Date.now() > deadline) throw new Error('the guest page was never answered from memory');
    await new Promise((r) => setTimeout(r, 20));
  }
}

(embedded ? describe.skip : describe)('answer cache for guests (PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    [a, b] = await Promise.all([startTestApp({ answerCacheMb: 8 }), startTestApp({ answerCacheMb: 8 })]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('answers a repeated guest thread page from memory, byte for byte the computed answer, without SQL', async () => {
    const author = await buildUser(a.dataSource);
    const thread = await buildThread(a.dataSource, { authorId: author.id, replies: [{ authorId: author.id, body: 'Eine Antwort' }] });

    const first = await guestPage(a, thread.id);
    expect(first.body.data?.thread?.posts.edges).toHaveLength(2);
    expect(first.statements).toBeGreaterThan(0);
    const second = await cachedPage(a, thread.id);
    expect(second.text).toBe(first.text);
    expect(second.response.headers.get('content-type')).toBe(first.response.headers.get('content-type'));
    expect(second.response.headers.get('cache-control')).toBe('no-store');
    // A browser takes the stored gzip bytes as they are (fetch decodes them).
    const zipped = await cachedPage(a, thread.id, { 'accept-encoding': 'gzip, br' });
    expect(zipped.response.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.text).toBe(first.text);
    expect(a.app.get(AnswerCache).stats().hits).toBeGreaterThanOrEqual(2);
    // Another request text (here: other extensions) is another answer.
    expect((await guestPage(a, thread.id, {}, {})).statements).toBeGreaterThan(0);
    await cachedPage(a, thread.id, {}, {});
  });

  it('computes every answer for signed-in people, for other queries and for errors', async () => {
    const author = await buildUser(a.dataSource);
    const thread = await buildThread(a.dataSource, { authorId: author.id });
    const member = await signedIn(a, await buildUser(a.dataSource));
    for (let i = 0; i < 2; i++) {
      const counter = countQueries(a.dataSource);
      expect((await member.gql<Page>(THREAD_PAGE, { id: thread.id })).data?.thread?.title).toBe(thread.title);
      expect(counter.count).toBeGreaterThan(0);
      counter.restore();
    }
    const threads = `query { threads(first: 5) { edges { node { id } } } }`;
    await a.gql(threads);
    const counter = countQueries(a.dataSource);
    await a.gql(threads);
    expect(counter.count).toBeGreaterThan(0);
    counter.restore();
    const hidden = await buildThread(a.dataSource, { authorId: author.id, hiddenReason: 'Spam' });
    for (let i = 0; i < 2; i++) {
      const page = await guestPage(a, hidden.id);
      expect(page.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(page.statements).toBeGreaterThan(0);
    }
  });

  it('shows guests on every instance a reply, an edit, a helpful mark, a hidden post and an accepted answer', async () => {
    const asker = await buildUser(a.dataSource);
    const helper = await buildUser(a.dataSource);
    const thread = await buildThread(a.dataSource, { authorId: asker.id, kind: 'question' });
    const askerClient = await signedIn(a, asker);
    const helperClient = await signedIn(a, helper);
    const moderator = await signedIn(a, await buildUser(a.dataSource, { role: 'moderator' }));
    for (const t of [a, b]) expect((await cachedPage(t, thread.id)).body.data?.thread?.posts.edges).toHaveLength(1);

    const reply = await helperClient.gql<{ createPost: { id: string } }>(`mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
      input: { threadId: thread.id, body: 'Wir haben gute Erfahrungen mit Sprachcafés gemacht.' },
    });
    const replyId = reply.data!.createPost.id;
    for (const t of [a, b]) await eventually(t, thread.id, (p) => p.posts.edges.length === 2);

    await helperClient.gql(`mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`, { input: { postId: replyId, body: 'Sprachcafés in der Stadtbücherei.' } });
    for (const t of [a, b]) await eventually(t, thread.id, (p) => p.posts.edges[1].node.body?.html.includes('Stadtbücherei') ?? false);

    await askerClient.gql(`mutation ($id: ID!) { addReaction(postId: $id) { id } }`, { id: replyId });
    for (const t of [a, b]) await eventually(t, thread.id, (p) => p.posts.edges[1].node.helpfulCount === 1);

    await askerClient.gql(`mutation ($id: ID!) { acceptAnswer(postId: $id) { id } }`, { id: replyId });
    for (const t of [a, b]) await eventually(t, thread.id, (p) => p.acceptedAnswer?.id === replyId);

    await moderator.gql(`mutation ($id: ID!) { hidePost(postId: $id, reason: "Werbung für ein Produkt") { id } }`, { id: replyId });
    for (const t of [a, b]) await eventually(t, thread.id, (p) => p.posts.edges[1].node.hidden && p.posts.edges[1].node.body === null);
    // Once current again, the page is kept again.
    await cachedPage(b, thread.id);
  });

  it('hears of changes made outside the services too: a post, a thread, a person’s name, a topic (database triggers)', async () => {
    const author = await buildUser(a.dataSource, { displayName: 'Amina Haddad' });
    const thread = await buildThread(a.dataSource, { authorId: author.id });
    await cachedPage(b, thread.id);

    await a.dataSource.query(`UPDATE post SET body_html = '<p>Korrigiert</p>' WHERE id = $1`, [thread.firstPostId]);
    await eventually(b, thread.id, (p) => p.posts.edges[0].node.body?.html === '<p>Korrigiert</p>');
    await a.dataSource.query(`UPDATE thread SET locked_at = now() WHERE id = $1`, [thread.id]);
    await eventually(b, thread.id, (p) => p.locked);
    await a.dataSource.query(`UPDATE app_user SET display_name = 'Amina H.' WHERE id = $1`, [author.id]);
    await eventually(b, thread.id, (p) => p.posts.edges[0].node.author?.displayName === 'Amina H.');
    const topic = await topicId(a.dataSource);
    const [{ name_de: name }] = await a.dataSource.query<{ name_de: string }[]>(`SELECT name_de FROM topic WHERE id = $1`, [topic]);
    try {
      await a.dataSource.query(`UPDATE topic SET name_de = $2 WHERE id = $1`, [topic, `${name} (umbenannt)`]);
      await eventually(b, thread.id, (p) => p.space.title.endsWith('(umbenannt)'));
    } finally {
      await a.dataSource.query(`UPDATE topic SET name_de = $2 WHERE id = $1`, [topic, name]);
    }
    // A rolled-back change is not announced; a committed one is.
    const heard: unknown[] = [];
    const stop = b.app.get<LiveEvents>(LIVE_EVENTS).listen('answers', (payload) => {
      if (payload.thread === thread.id) heard.push(payload);
    });
    try {
      await expect(
        a.dataSource.transaction(async (tx) => {
          await tx.query(`UPDATE post SET body_html = '<p>Nie gespeichert</p>' WHERE id = $1`, [thread.firstPostId]);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await a.dataSource.query(`UPDATE thread SET locked_at = NULL WHERE id = $1`, [thread.id]);
      await eventually(b, thread.id, (p) => !p.locked);
      expect(heard).toEqual([{ thread: thread.id }]);
    } finally {
      stop();
    }
  });

  it('answers nothing from memory while it cannot hear the database, and starts afresh when it listens again', async () => {
    const author = await buildUser(a.dataSource);
    const thread = await buildThread(a.dataSource, { authorId: author.id });
    await cachedPage(b, thread.id);

    const events = b.app.get<PgLiveEvents>(LIVE_EVENTS);
    const pid = events.listenerPid;
    await a.dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
    const deadline = Date.now() + 5_000;
    while (events.connection !== 0 && events.listenerPid === pid && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    // Changed while B may not hear it: B must not show the old page from memory.
    await a.dataSource.query(`UPDATE post SET body_html = '<p>Während der Pause geändert</p>' WHERE id = $1`, [thread.firstPostId]);
    const during = await guestPage(b, thread.id);
    expect(during.body.data?.thread?.posts.edges[0].node.body?.html).toBe('<p>Während der Pause geändert</p>');

    while (events.connection === 0 && Date.now() < deadline + 10_000) await new Promise((r) => setTimeout(r, 20));
    expect(events.listenerPid).not.toBe(pid);
    await cachedPage(b, thread.id);
  });
});

(embedded ? describe : describe.skip)('answer cache on the embedded database', () => {
  it('is off (PGlite does not deliver the triggers’ NOTIFY to a listener)', async () => {
    const t = await startTestApp({ answerCacheMb: 8 });
    try {
      const thread = await buildThread(t.dataSource, { authorId: (await buildUser(t.dataSource)).id });
      await guestPage(t, thread.id);
      expect((await guestPage(t, thread.id)).statements).toBeGreaterThan(0);
      expect(t.app.get(AnswerCache).enabled).toBe(false);
    } finally {
      await t.close();
    }
  });
});
