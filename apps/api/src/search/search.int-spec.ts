import { OutboxService } from '../core/outbox/outbox.service.js';
import { buildThread, buildPost, buildTopic } from '../../test/factories/thread.factory.js';
import { buildMunicipality } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { buildUser, signedIn } from '../../test/factories/user.factory.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { SearchDocumentSource } from './documents/search-document.source.js';
import { rebuildIndex } from './rebuild-index.js';
import { SearchIndexer } from './search-indexer.js';
import { SEARCH_PORT, type SearchPort } from './search.port.js';

type Client = ReturnType<TestApp['client']>;

const SEARCH = `query ($q: String, $filter: SearchFilterInput, $page: Int, $pageSize: Int, $sort: SearchSort) {
  search(q: $q, filter: $filter, page: $page, pageSize: $pageSize, sort: $sort) {
    query totalCount page pageSize correctedQuery notices
    hits { id kind path context isExample title { text highlighted } snippet { text highlighted } }
    facets { kinds { value count } topics { value label labelEn count } municipalities { value label count } regions { value count } hasResults adopted }
  }
}`;

/** A made-up word no other test or demo text contains, so a search for it sees only this test's documents. */
function marker(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return `quor${Array.from({ length: 8 }, () => letters[Math.floor(Math.random() * letters.length)]).join('')}`;
}

const CONTACT = { contactName: 'Erika Beispiel', contactEmail: 'erika@example.org', contactConsent: true };

// The embedded database runs every test file's queries through one WASM backend: its latency is no measure.
const PUBLISH_DEADLINE_MS = process.env.TEST_DATABASE_EMBEDDED === '1' ? 5_000 : 1_000;

describe('search', () => {
  let t: TestApp;
  let indexer: SearchIndexer;
  let own: { id: string; slug: string };
  let rival: { id: string; slug: string };
  let author: { id: string };
  let guest: Client;
  let member: Client;
  let ownCoordinator: Client;
  let rivalCoordinator: Client;
  let moderator: Client;

  beforeAll(async () => {
    t = await startTestApp();
    indexer = t.app.get(SearchIndexer);
    own = await buildMunicipality(t.dataSource, { region: 'tuebingen', kind: 'district' });
    rival = await buildMunicipality(t.dataSource, { region: 'karlsruhe', kind: 'town' });
    author = await buildUser(t.dataSource, { memberships: [{ municipalityId: own.id, role: 'coordinator' }] });
    guest = t.client();
    ownCoordinator = await signedIn(t, author as Parameters<typeof signedIn>[1]);
    member = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId: own.id, role: 'member' }] }));
    rivalCoordinator = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId: rival.id, role: 'coordinator' }] }));
    moderator = await signedIn(t, await buildUser(t.dataSource, { role: 'moderator' }));
  });
  afterAll(() => t.close());

  async function search(client: Client, variables: Record<string, unknown>) {
    const res = await client.gql(SEARCH, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  }

  const hitIds = async (client: Client, q: string) => (await search(client, { q })).hits.map((h: { id: string }) => h.id);

  async function waitUntil(check: () => Promise<boolean>, deadlineMs: number): Promise<number> {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > deadlineMs) throw new Error(`not reached within ${deadlineMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Date.now() - started;
  }

  it('finds a practice within a second of its publication, with the match highlighted', async () => {
    const word = marker();
    const practice = await buildPractice(t.dataSource, { municipalityId: own.id, state: 'in_review', title: `Sprachcafé ${word}`, publishedAt: null, ...CONTACT });
    const res = await moderator.gql(`mutation ($id: ID!) { publishPractice(id: $id) { state } }`, { id: practice.id });
    expect(res.errors).toBeUndefined();
    await waitUntil(async () => (await hitIds(guest, word)).includes(`practice:${practice.id}`), PUBLISH_DEADLINE_MS);

    const result = await search(guest, { q: word });
    const [hit] = result.hits;
    expect(hit).toMatchObject({ kind: 'PRACTICE', path: `/praxisbeispiele/${practice.slug}`, context: expect.any(String) });
    expect(hit.title).toContainEqual({ text: word, highlighted: true });
    expect(result.facets.kinds).toEqual([{ value: 'PRACTICE', count: 1 }]);
    expect(result.facets.regions).toEqual([{ value: 'TUEBINGEN', count: 1 }]);
  });

  it('never shows a draft or an archived practice, to guests, members, rivals or the author', async () => {
    const word = marker();
    const draft = await buildPractice(t.dataSource, { municipalityId: own.id, state: 'draft', title: `Entwurf ${word}` });
    const published = await buildPractice(t.dataSource, { municipalityId: own.id, title: `Veröffentlicht ${word}` });
    await indexer.apply([
      { kind: 'practice', id: draft.id },
      { kind: 'practice', id: published.id },
    ]);
    for (const client of [guest, member, rivalCoordinator, ownCoordinator, moderator]) {
      expect(await hitIds(client, word)).toEqual([`practice:${published.id}`]);
    }

    const archived = await ownCoordinator.gql(`mutation ($id: ID!) { archivePractice(id: $id) { state } }`, { id: published.id });
    expect(archived.errors).toBeUndefined();
    await waitUntil(async () => (await hitIds(guest, word)).length === 0, 5_000);
    for (const client of [member, rivalCoordinator, ownCoordinator]) expect(await hitIds(client, word)).toEqual([]);
  });

  it('removes a hidden post and keeps held, deleted and hidden-thread content out, for every role', async () => {
    const word = marker();
    const space = { type: 'practice' as const, id: (await buildPractice(t.dataSource, { municipalityId: own.id })).id };
    const thread = await buildThread(t.dataSource, { authorId: author.id, kind: 'discussion', space, title: `Frage zu ${word}` });
    const reply = await buildPost(t.dataSource, thread.id, { authorId: author.id, body: `Antwort mit ${word}` });
    const held = await buildPost(t.dataSource, thread.id, { authorId: author.id, body: `Zurückgehalten ${word}`, held: true });
    const deleted = await buildPost(t.dataSource, thread.id, { authorId: author.id, body: `Gelöscht ${word}`, deleted: true });
    const hiddenThread = await buildThread(t.dataSource, { authorId: author.id, kind: 'discussion', space: await buildTopic(t.dataSource), title: `Versteckt ${word}`, hiddenReason: 'Werbung' });
    await indexer.apply(await t.app.get(SearchIndexer).refsOf({ type: 'thread.edited', threadId: thread.id, actorId: author.id }));
    await indexer.apply([
      { kind: 'post', id: held.id },
      { kind: 'post', id: deleted.id },
      { kind: 'thread', id: hiddenThread.id },
    ]);
    expect((await hitIds(guest, word)).sort()).toEqual([`post:${reply.id}`, `thread:${thread.id}`].sort());

    const hidden = await moderator.gql(`mutation ($id: ID!) { hidePost(postId: $id, reason: "Beleidigend") { id } }`, { id: reply.id });
    expect(hidden.errors).toBeUndefined();
    await waitUntil(async () => !(await hitIds(guest, word)).includes(`post:${reply.id}`), 5_000);
    for (const client of [member, rivalCoordinator, ownCoordinator, moderator]) expect(await hitIds(client, word)).toEqual([`thread:${thread.id}`]);
  });

  it('does not show a hit whose source became private before the index heard of it, and heals the index', async () => {
    const word = marker();
    const thread = await buildThread(t.dataSource, { authorId: author.id, kind: 'discussion', space: await buildTopic(t.dataSource), title: `Diskussion ${word}` });
    await indexer.apply([{ kind: 'thread', id: thread.id }]);
    expect(await hitIds(guest, word)).toEqual([`thread:${thread.id}`]);
    // Hidden behind the services' back: no event, the index still holds the thread.
    await t.dataSource.query(`UPDATE thread SET hidden_at = now(), hidden_reason = 'Test' WHERE id = $1`, [thread.id]);
    expect(await hitIds(guest, word)).toEqual([]);
    const port = t.app.get<SearchPort>(SEARCH_PORT);
    await waitUntil(async () => (await port.search({ text: word, filters: {}, sort: 'relevance', offset: 0, limit: 10 })).total === 0, 5_000);
  });

  // Every test app's worker claims rows of the shared outbox, so this test drives the indexer and
  // its outbox handler itself instead of waiting for whichever worker takes the event.
  it('queues an event’s index update, retries it while the engine refuses it, and indexes it once the engine is back', async () => {
    const word = marker();
    const port = t.app.get<SearchPort>(SEARCH_PORT);
    const practice = await buildPractice(t.dataSource, { municipalityId: own.id, title: `Ausfall ${word}` });
    const refs = [{ kind: 'practice' as const, id: practice.id }];
    const retry = t.app.get(OutboxService).handlerOf('search')!;
    const index = port.index.bind(port);
    port.index = () => Promise.reject(new Error('engine unreachable'));
    try {
      // The event's handlers never wait for the engine (notifications run unharmed) …
      await expect(t.app.get(OutboxService).dispatch({ type: 'practice.updated', practiceId: practice.id, actorId: practice.id })).resolves.toBeUndefined();
      // … the indexer leaves a 'search' row for the worker's search lane, whose delivery fails while the engine is down (retried with backoff).
      const queued = await t.dataSource.query(`SELECT 1 FROM outbox WHERE kind = 'search' AND payload::text LIKE $1`, [`%${practice.id}%`]);
      expect(queued).toHaveLength(1);
      await expect(retry({ refs })).rejects.toThrow('engine unreachable');
    } finally {
      port.index = index;
    }
    await retry({ refs });
    expect(await hitIds(guest, word)).toEqual([`practice:${practice.id}`]);
  });

  it('puts index updates that ran out of attempts back once the engine is healthy', async () => {
    const word = marker();
    const practice = await buildPractice(t.dataSource, { municipalityId: own.id, title: `Nachholen ${word}` });
    await t.dataSource.query(`INSERT INTO outbox (kind, payload, status, attempts) VALUES ('search', $1, 'failed', 8)`, [
      JSON.stringify({ refs: [{ kind: 'practice', id: practice.id }] }),
    ]);
    expect(await indexer.recoverFailed()).toBeGreaterThanOrEqual(1);
    await waitUntil(async () => (await hitIds(guest, word)).includes(`practice:${practice.id}`), 5_000);
  });

  it('stops a rebuild between batches when it is aborted (shutdown) and records no finished build', async () => {
    await buildPractice(t.dataSource, { municipalityId: own.id, title: `Abbruch ${marker()}` });
    const stopping = new AbortController();
    let batches = 0;
    // An engine that takes one batch and then sees the application shut down.
    const engine = {
      engine: 'abort-test',
      clear: () => Promise.resolve(),
      index: () => {
        batches += 1;
        stopping.abort(new Error('shutting down'));
        return Promise.resolve();
      },
    } as unknown as SearchPort;
    await expect(rebuildIndex(engine, t.app.get(SearchDocumentSource), t.dataSource, undefined, stopping.signal)).rejects.toThrow('shutting down');
    expect(batches).toBe(1);
    expect(await t.dataSource.query(`SELECT 1 FROM search_index_state WHERE engine = 'abort-test'`)).toEqual([]);
  });

  describe('bad input', () => {
    it('cuts a query of more than 10 words with a notice instead of failing', async () => {
      const words = Array.from({ length: 15 }, (_, i) => `Wort${i}`).join(' ');
      const result = await search(guest, { q: words });
      expect(result.notices).toEqual(['QUERY_TRUNCATED']);
      expect(result.query.split(' ')).toHaveLength(10);
    });

    it('cuts a query of more than 200 characters with a notice', async () => {
      const result = await search(guest, { q: 'Integrationsbeauftragte'.repeat(12) });
      expect(result.notices).toEqual(['QUERY_TRUNCATED']);
      expect(result.query.length).toBeLessThanOrEqual(200);
    });

    it.each([['"'], ['-'], ['*'], [':'], ['\\'], ['"Sprach'], ['😀 Sprachcafé'], ["'; DROP TABLE practice; --"], ['a & b | !c'], ['(((']])(
      'answers the query %p without an error',
      async (q) => {
        const result = await search(guest, { q });
        expect(result.hits).toEqual(expect.any(Array));
      },
    );

    it('answers a filter on an unknown topic with no hits and a notice', async () => {
      const result = await search(guest, { q: 'Sprachcafé', filter: { topics: ['gibt-es-nicht'] } });
      expect(result).toMatchObject({ totalCount: 0, hits: [], notices: ['UNKNOWN_FILTER'] });
    });

    it('answers a page beyond the end with an empty page', async () => {
      const word = marker();
      const practice = await buildPractice(t.dataSource, { municipalityId: own.id, title: `Seite ${word}` });
      await indexer.apply([{ kind: 'practice', id: practice.id }]);
      const result = await search(guest, { q: word, page: 5 });
      expect(result).toMatchObject({ totalCount: 1, page: 5, hits: [] });
      const far = await search(guest, { q: word, page: 100000 });
      expect(far.hits).toEqual([]);
    });

    it('refuses a page size above 50 and an impossible date, naming the field', async () => {
      const big = await guest.gql(SEARCH, { q: 'x', pageSize: 51 });
      expect(big.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(big.errors![0].message).toContain('pageSize must be at most 50');
      const date = await guest.gql(SEARCH, { q: 'x', filter: { from: '2026-02-30' } });
      expect(date.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(date.errors![0].message).toContain('from is not a calendar date');
    });
  });

  it('browses newest first for an empty query and filters by municipality and date', async () => {
    const word = marker();
    const place = await buildMunicipality(t.dataSource, { region: 'freiburg' });
    const older = await buildPractice(t.dataSource, { municipalityId: place.id, title: `Ältere Praxis ${word}`, publishedAt: new Date('2025-03-01T10:00:00Z') });
    const newer = await buildPractice(t.dataSource, { municipalityId: place.id, title: `Neuere Praxis ${word}`, publishedAt: new Date('2026-03-01T10:00:00Z') });
    await indexer.apply([
      { kind: 'practice', id: older.id },
      { kind: 'practice', id: newer.id },
    ]);
    const all = await search(guest, { q: '', filter: { municipalities: [place.slug] } });
    expect(all.hits.map((h: { id: string }) => h.id)).toEqual([`practice:${newer.id}`, `practice:${older.id}`]);
    // Counted exactly for a narrow query (broad ones are estimated from a sample).
    const narrow = await search(guest, { q: word, filter: { municipalities: [place.slug] } });
    expect(narrow.facets.municipalities).toContainEqual({ value: place.slug, label: expect.stringContaining('Teststadt'), count: 2 });
    const in2025 = await search(guest, { q: '', filter: { municipalities: [place.slug], from: '2025-01-01', to: '2025-12-31' } });
    expect(in2025.hits.map((h: { id: string }) => h.id)).toEqual([`practice:${older.id}`]);
  });

  it('suggests a practice title while typing, typos tolerated', async () => {
    const word = marker();
    const practice = await buildPractice(t.dataSource, { municipalityId: own.id, title: `Integrationslotsen ${word}` });
    await indexer.apply([{ kind: 'practice', id: practice.id }]);
    const res = await guest.gql(`query ($q: String!) { searchSuggestions(q: $q) { type text kind path } }`, { q: word.slice(0, 7) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.searchSuggestions).toContainEqual(expect.objectContaining({ type: 'DOCUMENT', kind: 'PRACTICE', path: `/praxisbeispiele/${practice.slug}` }));
    const short = await guest.gql(`query { searchSuggestions(q: "I") { text } }`);
    expect(short.data!.searchSuggestions).toEqual([]);
  });
});
