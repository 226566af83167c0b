// Search benchmark (issue 6): PostgresSearch on 20,000 practices + 5,000 threads with ~200,000 posts.
// Measures the index build time of the `reindex` command, 200 varied search queries at 1 and 10
// clients against `{ __typename }` in the same run, suggestions while typing, each query shape alone
// (to find slow ones) and the time from publishing a practice until search finds it.
// Usage: npm run bench:search [-- --connections 1,10 --duration 10 --skip-generate]; see README.md, "Search".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assertBenchDatabase, databaseName, shownUrl, withClient } from './lib/bench-db.mjs';
import { generateDiscussions } from './lib/generate-discussions.mjs';
import {
  generatePractices,
  INSERT_PRACTICES,
  INSERT_TOPICS,
  OBJECTS,
  PLACES,
  practiceRows,
  random,
  STATEMENTS,
  SUBJECTS,
  TARGET_GROUPS,
  TITLE_HEADS,
  TITLE_TAILS,
} from './lib/generate-practices.mjs';
import { measure, parseCli, REPO_ROOT, report, startApi } from './lib/harness.mjs';

const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/praxisforum_bench_search';
const API_MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
const REINDEX = join(REPO_ROOT, 'apps/api/dist/cli/reindex.js');
const REINDEX_TIMEOUT_MS = 30 * 60_000;
const BASELINE = 'trivial { __typename }';
const TRIVIAL = '{ __typename }';
const WARMUP_SECONDS = 2;
const QUERY_COUNT = 200;
const PROFILE_RUNS = 2;
// A slow engine must still be measured, not reported as timed out: searches get this long per request.
const REQUEST_TIMEOUT_SECONDS = 30;
const TARGET = { connections: 10, p95: 50, ratio: 0.15, publishMs: 1000 };
const CSRF = { 'x-praxisforum-csrf': '1' };
// The API never rebuilds its index at start during a benchmark: the reindex step does that, timed.
const API_ENV = { SEARCH_REBUILD_ON_START: 'false' };

// What a results page shows: hits with highlighted title and snippet, every facet, "did you mean".
const SEARCH = `query Search($q: String, $filter: SearchFilterInput, $sort: SearchSort) {
  search(q: $q, filter: $filter, sort: $sort) {
    totalCount correctedQuery notices
    hits { id kind path context isExample date title { text highlighted } snippet { text highlighted } }
    facets {
      kinds { value count label } topics { value count label } municipalities { value count label }
      regions { value count label } municipalityKinds { value count label } statuses { value count label }
      hasResults adopted
    }
  }
}`;
const SUGGEST = `query Suggest($q: String!) { searchSuggestions(q: $q) { type text kind path } }`;
// The publish test polls with what it needs and no more, so the poll itself stays short.
const FIND = `query Find($q: String!) { search(q: $q, filter: { kinds: [PRACTICE] }) { totalCount hits { id } } }`;
const PUBLISH = `mutation Publish($id: ID!) { publishPractice(id: $id) { id state } }`;
const ARCHIVE = `mutation Archive($id: ID!) { archivePractice(id: $id) { id state } }`;
const SIGN_IN = `mutation SignIn($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`;
const MODERATOR = { email: 'bench-search-moderator@example.org', password: 'bench-search-Moderator-7f3', name: 'Bench Moderation' };
const PUBLISH_SLUG = 'search-publish-';
const POLL_MS = 10;
const PUBLISH_TIMEOUT_MS = 10_000;

const USAGE = `Usage: npm run bench:search -- [options]
  --connections LIST   comma-separated client counts, each with its own baseline (default 1,10)
  --duration S         seconds measured per benchmark, after a ${WARMUP_SECONDS} s warm-up (default 10)
  --port N             port of the spawned API (default 3316)
  --publish-runs N     publish-to-searchable repetitions (default 20)
  --skip-generate      use the data set in ${databaseName(DATABASE_URL)} as it is (fails if it is missing)
  --skip-reindex       keep the search index as it is (no index build time)
  --list-queries       print the ${QUERY_COUNT} search queries and the suggestion prefixes, and stop

Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and a built API with the search engine and its
reindex command (npx nx run api:build). The data set (20,000 practices, 5,000 threads, ~200,000
posts) is generated once into ${databaseName(DATABASE_URL)}; later runs find it and skip that step.`;

function fail(message, code = 2) {
  console.error(`bench:search: ${message}`);
  process.exit(code);
}

const log = (message) => console.log(`bench:search: ${message}`);
const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

function readOptions() {
  const { values, integer } = parseCli(
    {
      connections: { type: 'string', default: '1,10' },
      duration: { type: 'string', default: '10' },
      port: { type: 'string', default: '3316' },
      'publish-runs': { type: 'string', default: '20' },
      'skip-generate': { type: 'boolean', default: false },
      'skip-reindex': { type: 'boolean', default: false },
      'list-queries': { type: 'boolean', default: false },
    },
    USAGE,
    fail,
  );
  const connections = values.connections.split(',').map((part) => Number(part.trim()));
  if (connections.length === 0 || connections.some((c) => !Number.isInteger(c) || c < 1 || c > 200)) {
    fail('--connections must be a comma-separated list of whole numbers from 1 to 200');
  }
  return {
    connections,
    duration: integer('duration', 1, 120),
    port: integer('port', 1024, 65535),
    publishRuns: integer('publish-runs', 1, 200),
    skipGenerate: values['skip-generate'],
    skipReindex: values['skip-reindex'],
    listQueries: values['list-queries'],
  };
}

// ── Queries ─────────────────────────────────────────────────────────────────────────────────
// Built from the generator's own vocabulary, so every kind of query has something to find.

// Capitalised words that start sentences or places but are no search terms.
const NOT_TERMS = new Set(['Viele', 'Besonders', 'Seit', 'Während', 'Gerade', 'Ohne', 'Eine', 'Zum', 'Mehrere', 'Aus', 'Für', 'Die', 'Der', 'Das', 'Den', 'Dem', 'Räume', 'Engagierte', 'Zusammenarbeit']);
const COMPOUND_PARTS = ['Planung', 'Lotsen', 'Beratung', 'Garten', 'Treff', 'Küche', 'Werkstatt', 'Betreuung', 'Dolmetscher', 'Beirat'];
const SYNONYM_QUERIES = [
  'Flüchtlinge', 'Geflüchtete', 'Ehrenamt', 'Freiwilligenarbeit', 'bürgerschaftliches Engagement', 'Sprachtreff', 'Sprachcafe',
  'Integrationsbegleiter', 'Mentoring', 'Refugees', 'Wohnraum', 'Kindertagesstätte', 'Migrantenselbstorganisation', 'Deutschkurs', 'volunteers',
];
const OPERATOR_QUERIES = ['Sprachcafé -online', 'Patenschaft OR Mentoring', 'Ehrenamtliche -Schulungen', '"Runder Tisch" Integration', 'Frauen OR Mütter'];
const TRANSLITERATE = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

function vocabulary() {
  const texts = [...OBJECTS, ...TITLE_HEADS, ...TITLE_TAILS, ...STATEMENTS, ...PLACES, ...TARGET_GROUPS, ...SUBJECTS.map(([subject]) => subject)];
  const words = (text) => text.split(/[\s.,:;!?()]+/).filter(Boolean);
  const isTerm = (word) => /^[A-ZÄÖÜ][a-zäöüß-]{4,}$/.test(word) && !NOT_TERMS.has(word) && !word.endsWith('-');
  const nouns = [...new Set(texts.flatMap(words).filter(isTerm))].sort();
  // Terms that occur together, for multi-word queries people would really type.
  const groups = texts.map((text) => [...new Set(words(text).filter(isTerm))]).filter((group) => group.length >= 2);
  return { texts, words, nouns, groups };
}

function typo(r, word) {
  // Two neighbouring letters swapped, never the first one (people rarely get that wrong).
  for (let guard = 0; guard < 10; guard++) {
    const at = r.int(1, word.length - 2);
    const swapped = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    if (swapped !== word) return swapped;
  }
  return word;
}

const FILTERS = (topics) => [
  { kinds: ['PRACTICE'] },
  { kinds: ['THREAD', 'POST'] },
  { topics: [topics[0]] },
  { regions: ['STUTTGART'] },
  { kinds: ['PRACTICE'], regions: ['FREIBURG'], statuses: ['RUNNING'] },
  { municipalityKinds: ['TOWN'] },
  { hasResults: true },
  { topics: [topics[1 % topics.length]], kinds: ['PRACTICE'] },
  { adopted: true, regions: ['KARLSRUHE', 'TUEBINGEN'] },
];

/** The 200 queries: text, category, and for some a filter or sort by date; deterministic. */
function buildQueries(topicSlugs) {
  const { texts, words, nouns, groups } = vocabulary();
  const r = random('search-bench-queries', 1);
  const lower = (word) => (r.chance(0.3) ? word.toLowerCase() : word);
  const long = nouns.filter((word) => word.length >= 6);
  const withUmlaut = nouns.filter((word) => /[äöüß]/.test(word));
  const spec = [
    ['word', 50, () => lower(r.pick(nouns))],
    ['two words', 30, () => (r.chance(0.7) ? r.sample(r.pick(groups), 2) : r.sample(nouns, 2)).join(' ')],
    ['three words', 20, () => {
      const group = r.pick(groups.filter((g) => g.length >= 3).concat([nouns]));
      return r.sample(group, 3).join(' ');
    }],
    ['phrase', 15, () => {
      const parts = words(r.pick(texts));
      const length = Math.min(parts.length, r.int(2, 3));
      const from = r.int(0, parts.length - length);
      return `"${parts.slice(from, from + length).join(' ')}"`;
    }],
    ['typo', 20, () => typo(r, r.pick(long))],
    ['prefix', 20, () => { const word = r.pick(long); return word.slice(0, r.int(3, 6)); }],
    ['compound part', COMPOUND_PARTS.length, (i) => COMPOUND_PARTS[i]],
    ['umlaut spelling', 10, (i) => (i === 0 ? 'Fluechtlinge' : r.pick(withUmlaut).replace(/[äöüßÄÖÜ]/g, (c) => TRANSLITERATE[c]))],
    ['synonym', SYNONYM_QUERIES.length, (i) => SYNONYM_QUERIES[i]],
    ['operators', OPERATOR_QUERIES.length, (i) => OPERATOR_QUERIES[i]],
    ['empty', 5, () => ''],
  ];
  const queries = [];
  for (const [category, count, make] of spec) for (let i = 0; i < count; i++) queries.push({ category, q: make(i) });
  if (queries.length !== QUERY_COUNT) throw new Error(`query set has ${queries.length} queries, not ${QUERY_COUNT}`);
  // Mixed order (fixed), so every stretch of the rotation has every kind of query.
  for (let i = queries.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [queries[i], queries[j]] = [queries[j], queries[i]];
  }
  const filters = FILTERS(topicSlugs);
  queries.forEach((query, i) => {
    if (i % 5 === 2) query.filter = filters[Math.floor(i / 5) % filters.length];
    if (i % 10 === 7) query.sort = 'DATE';
  });
  return queries;
}

function suggestPrefixes() {
  const { nouns } = vocabulary();
  const r = random('search-bench-suggest', 1);
  return Array.from({ length: 100 }, () => {
    const word = r.pick(nouns);
    return word.slice(0, Math.min(word.length, r.int(3, 8))).toLowerCase();
  });
}

const searchBody = ({ q, filter, sort }) => ({ query: SEARCH, variables: { q, ...(filter ? { filter } : {}), ...(sort ? { sort } : {}) } });
const describe = ({ q, filter, sort }) =>
  `${JSON.stringify(q)}${filter ? ` filter ${JSON.stringify(filter)}` : ''}${sort ? ` sort ${sort}` : ''}`;

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────

async function graphql(url, query, variables, headers = {}) {
  let response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 1000),
    });
  } catch (error) {
    // fetch says only "fetch failed"; the cause (refused, reset, timeout) is what explains it.
    throw new Error(`${error.message}${error.cause ? ` (${error.cause.code ?? ''} ${error.cause.message})` : ''} for ${JSON.stringify(variables).slice(0, 200)}`);
  }
  const body = await response.json().catch(() => ({}));
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { data: body.data, response };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const median = (values) => percentile([...values].sort((a, b) => a - b), 50);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '-');
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/** Runs the API's reindex command on the bench database and times it; its progress bar goes to our stderr. */
function runReindex() {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [REINDEX], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on('data', (chunk) => {
      keep(chunk);
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      keep(chunk);
      process.stderr.write(chunk);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`reindex did not finish within ${REINDEX_TIMEOUT_MS / 60_000} min`));
    }, REINDEX_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`reindex exited with ${signal ?? `code ${code}`}:\n${output.trim().slice(-2_000)}`));
      const match = /reindex: (\d+) documents indexed with (\S+) in ([\d.]+) s/.exec(output);
      resolveRun({ wallSeconds, documents: match ? Number(match[1]) : undefined, engine: match?.[2], seconds: match ? Number(match[3]) : undefined, line: match?.[0] });
    });
  });
}

async function dataSet() {
  return withClient(DATABASE_URL, async (client) => {
    const { rows: ready } = await client.query(`SELECT to_regclass('public.practice') IS NOT NULL AND to_regclass('public.thread') IS NOT NULL AS ok`);
    if (!ready[0].ok) return undefined;
    const { rows } = await client.query(`SELECT
      (SELECT count(*)::int FROM practice WHERE slug LIKE 'bench-%') AS generated_practices,
      (SELECT count(*)::int FROM practice WHERE state = 'published') AS published_practices,
      (SELECT count(*)::int FROM municipality) AS municipalities,
      (SELECT count(*)::int FROM thread) AS threads,
      (SELECT count(*)::int FROM thread WHERE hidden_at IS NULL AND deleted_at IS NULL AND held_at IS NULL) AS visible_threads,
      (SELECT count(*)::int FROM post) AS posts,
      (SELECT count(*)::int FROM post WHERE hidden_at IS NULL AND deleted_at IS NULL AND held_at IS NULL) AS visible_posts,
      (SELECT pg_size_pretty(pg_database_size(current_database()))) AS size`);
    const { rows: topics } = await client.query('SELECT slug FROM topic ORDER BY position, slug');
    const { rows: settings } = await client.query(
      `SELECT name, setting, unit FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'autovacuum') ORDER BY name`,
    );
    // shared_buffers is counted in 8 kB pages.
    const server = settings.map((row) => `${row.name} ${row.unit === '8kB' ? `${Math.round((Number(row.setting) * 8) / 1024)} MB` : `${row.setting}${row.unit ?? ''}`}`).join(', ');
    return { ...rows[0], topics: topics.map((t) => t.slug), server };
  });
}

/** Each query alone, one at a time: which shapes are slow, and which find nothing. */
async function profileQueries(url, queries) {
  const results = queries.map((query) => ({ ...query, times: [] }));
  for (const result of results) {
    const { data } = await graphql(url, SEARCH, searchBody(result).variables); // warm-up, and proof the query works
    result.totalCount = data.search.totalCount;
    result.hits = data.search.hits.length;
    result.correctedQuery = data.search.correctedQuery;
    result.notices = data.search.notices;
  }
  for (let run = 0; run < PROFILE_RUNS; run++) {
    for (const result of results) {
      const started = performance.now();
      await graphql(url, SEARCH, searchBody(result).variables);
      result.times.push(performance.now() - started);
    }
  }
  // The best of the runs: other work on the machine only ever adds time.
  for (const result of results) result.ms = Math.min(...result.times);
  return results;
}

// ── Publish to searchable ───────────────────────────────────────────────────────────────────

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function letters(n, width) {
  let text = '';
  for (let i = 0; i < width; i++) {
    text = LETTERS[n % 26] + text;
    n = Math.floor(n / 26);
  }
  return text;
}

/** A verified moderator with a password (as signin.mjs makes accounts), signed in through the API. */
async function signInModerator(url) {
  const requireFromRoot = createRequire(join(REPO_ROOT, 'package.json'));
  const argon2 = requireFromRoot('@node-rs/argon2');
  const hash = await argon2.hash(MODERATOR.password, { algorithm: 2, memoryCost: 65536, timeCost: 3, parallelism: 1 });
  await withClient(DATABASE_URL, (client) =>
    client.query(
      `INSERT INTO app_user (email, email_verified_at, password_hash, display_name, role) VALUES ($1, now(), $2, $3, 'moderator')
       ON CONFLICT (email) WHERE email IS NOT NULL DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'moderator', email_verified_at = now()`,
      [MODERATOR.email, hash, MODERATOR.name],
    ),
  );
  const { response } = await graphql(url, SIGN_IN, { e: MODERATOR.email, p: MODERATOR.password }, CSRF);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pf_session='));
  if (!cookie) throw new Error('signIn answered without a pf_session cookie');
  return cookie.split(';')[0];
}

/** Practices of earlier runs' publish tests: archived at the end of a run, removed before the next index build. */
async function removePublishTestPractices() {
  return withClient(DATABASE_URL, async (client) => (await client.query(`DELETE FROM practice WHERE slug LIKE $1`, [`${PUBLISH_SLUG}%`])).rowCount);
}

/**
 * N times: a complete practice (a generated row with a made-up title word) goes into review by SQL,
 * the moderator publishes it through GraphQL, and search is asked for the word every 10 ms until it
 * finds that practice. Measured from sending the mutation to the answer that has the hit.
 */
async function publishToSearchable(url, runs) {
  const cookie = await signInModerator(url);
  const ids = await withClient(DATABASE_URL, async (client) => ({
    municipalityIds: (await client.query(`SELECT id FROM municipality WHERE slug LIKE 'bench-%' ORDER BY slug`)).rows.map((row) => row.id),
    userIds: (await client.query(`SELECT id FROM app_user WHERE email LIKE 'bench-user-%' ORDER BY email`)).rows.map((row) => row.id),
    topicIds: (await client.query('SELECT id FROM topic ORDER BY position, slug')).rows.map((row) => row.id),
  }));
  const stamp = letters(Math.floor(Date.now() / 1000), 7); // a new word every run, so no earlier index entry can answer
  const samples = [];
  const published = [];
  let index = 100_000;
  for (let n = 0; n < runs; n++) {
    const word = `Zyrkol${stamp}${letters(n, 2)}`;
    let rows;
    do rows = practiceRows('search-publish', index++, ids);
    while (rows.practice.state === 'draft'); // drafts may lack required sections
    const practice = {
      ...rows.practice,
      title: `${word}: ${rows.practice.title}`.slice(0, 200),
      slug: `${PUBLISH_SLUG}${word.toLowerCase()}`,
      state: 'in_review',
      version: 1,
      submitted_at: new Date().toISOString(),
      published_at: null,
      archived_at: null,
      adoption_count: 0,
      review_comment: null,
      contact_consent: rows.practice.contact_user_id ? rows.practice.contact_consent : true,
    };
    await withClient(DATABASE_URL, async (client) => {
      await client.query(INSERT_PRACTICES, [JSON.stringify([practice])]);
      await client.query(INSERT_TOPICS, [JSON.stringify(rows.topics)]);
    });
    const started = performance.now();
    await graphql(url, PUBLISH, { id: practice.id }, { ...CSRF, cookie });
    const mutationMs = performance.now() - started;
    published.push(practice.id);
    let found = false;
    let polls = 0;
    const pollTimes = [];
    while (performance.now() - started < PUBLISH_TIMEOUT_MS) {
      const pollStarted = performance.now();
      const { data } = await graphql(url, FIND, { q: word });
      pollTimes.push(performance.now() - pollStarted);
      polls += 1;
      if (data.search.hits.some((hit) => hit.id.endsWith(practice.id))) {
        found = true;
        break;
      }
      await sleep(POLL_MS);
    }
    samples.push({ word, found, ms: performance.now() - started, mutationMs, polls, pollMs: median(pollTimes) });
  }
  // Archived again, so the index does not keep test practices; the rows go before the next index build.
  for (const id of published) await graphql(url, ARCHIVE, { id }, { ...CSRF, cookie }).catch(() => {});
  return samples;
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const options = readOptions();
  assertBenchDatabase(DATABASE_URL);
  if (options.listQueries) {
    // Topic slugs come from the database when it is there; the list is the same on every machine.
    const topics = (await dataSet().catch(() => undefined))?.topics ?? ['<topic-1>', '<topic-2>'];
    buildQueries(topics).forEach((query, i) => console.log(`${String(i + 1).padStart(3)}  ${query.category.padEnd(15)} ${describe(query)}`));
    console.log(`suggestion prefixes: ${suggestPrefixes().join(', ')}`);
    return;
  }
  if (!existsSync(API_MAIN)) fail(`${API_MAIN} is missing: build the API first (npx nx run api:build)`, 1);
  if (!options.skipReindex && !existsSync(REINDEX)) {
    fail(`${REINDEX} is missing: this build has no reindex command (search engine not merged yet?); build the API with it, or pass --skip-reindex`, 1);
  }
  const loadBefore = loadavg().map((n) => n.toFixed(2)).join(' ');
  const generation = {};

  // 1. The data set, once.
  if (!options.skipGenerate) {
    log(`generating (or finding) the data set in ${shownUrl(DATABASE_URL)}`);
    const practices = await generatePractices({ databaseUrl: DATABASE_URL, practices: 20_000, apiPort: options.port, log });
    generation.practices = practices;
    log(`practices: ${practices.action} in ${practices.seconds.toFixed(1)} s`);
    const discussions = await generateDiscussions({ databaseUrl: DATABASE_URL, log });
    generation.discussions = discussions;
    log(`discussions: ${discussions.action} in ${discussions.seconds.toFixed(1)} s`);
  }
  const data = await dataSet();
  if (!data || data.generated_practices < 20_000 || data.threads < 5_000) {
    fail(`${databaseName(DATABASE_URL)} does not hold the data set (20,000 practices, 5,000 threads): run without --skip-generate`, 1);
  }
  log(
    `data: ${data.published_practices} published practices, ${data.municipalities} municipalities, ${data.visible_threads} of ${data.threads} threads ` +
      `and ${data.visible_posts} of ${data.posts} posts visible; database ${data.size}`,
  );

  // 2. Migrations of this build (the search tables) come with an API start; then the index build, timed.
  await removePublishTestPractices();
  await (await startApi({ databaseUrl: DATABASE_URL, port: options.port, env: API_ENV })).stop();
  let reindex;
  if (!options.skipReindex) {
    log(`reindex: node apps/api/dist/cli/reindex.js on ${databaseName(DATABASE_URL)}`);
    reindex = await runReindex();
    log(`reindex: ${reindex.line ?? '(no summary line)'}; wall time ${reindex.wallSeconds.toFixed(1)} s; vacuum follows`);
    // The build deletes the whole index and writes it again: without a vacuum every run would leave
    // the old rows behind as dead tuples for the searches to wade through (autovacuum would clean up
    // soon in production, and it may be off on a development server). Fresh statistics too.
    const t = performance.now();
    await withClient(DATABASE_URL, (client) => client.query('VACUUM (ANALYZE) search_document, search_term'));
    reindex.vacuumSeconds = (performance.now() - t) / 1000;
  }

  // 3. Load.
  const queries = buildQueries(data.topics);
  const prefixes = suggestPrefixes();
  const api = await startApi({ databaseUrl: DATABASE_URL, port: options.port, env: API_ENV });
  const tables = [];
  let profile;
  let publish;
  try {
    await graphql(api.url, '{ search { totalCount } }').catch((error) => {
      throw new Error(`this API build answers no search query (is the search engine merged and built?): ${error.message}`);
    });
    log(`each of the ${QUERY_COUNT} queries alone, ${PROFILE_RUNS + 1} times`);
    profile = await profileQueries(api.url, queries);

    const searchPayloads = queries.map((query) => JSON.stringify(searchBody(query)));
    const suggestPayloads = prefixes.map((q) => JSON.stringify({ query: SUGGEST, variables: { q } }));
    // One counter for all clients: consecutive requests ask different queries, whatever the client.
    const rotate = (payloads) => {
      let next = 0;
      return (request) => {
        request.body = payloads[next++ % payloads.length];
        return request;
      };
    };
    for (const connections of options.connections) {
      const benchmarks = [
        { name: BASELINE, body: { query: TRIVIAL } },
        { name: `search, ${QUERY_COUNT} varied queries`, bodies: [searchPayloads[0]], setupRequest: rotate(searchPayloads) },
        { name: `searchSuggestions, ${prefixes.length} prefixes`, bodies: [suggestPayloads[0]], setupRequest: rotate(suggestPayloads) },
      ];
      const results = [];
      for (const benchmark of benchmarks) {
        log(`${benchmark.name}: ${WARMUP_SECONDS} s warm-up, ${options.duration} s at ${connections} client(s)`);
        results.push(
          await measure({ url: api.url, ...benchmark, connections, durationSeconds: options.duration, warmupSeconds: WARMUP_SECONDS, timeoutSeconds: REQUEST_TIMEOUT_SECONDS }),
        );
      }
      tables.push({ connections, results });
    }

    log(`publish to searchable, ${options.publishRuns} times`);
    publish = await publishToSearchable(api.url, options.publishRuns);
  } finally {
    await api.stop();
  }

  // 4. Report.
  console.log(`\nnode ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average before ${loadBefore}, after ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log(`PostgreSQL: ${data.server}`);
  console.log(
    `data set: ${data.published_practices} published practices (${data.generated_practices} generated), ${data.municipalities} municipalities, ` +
      `${data.threads} threads (${data.visible_threads} visible), ${data.posts} posts (${data.visible_posts} visible); ${data.size}`,
  );
  if (generation.practices?.action === 'generated' || generation.discussions?.action === 'generated') {
    console.log(`generated: practices ${generation.practices.seconds.toFixed(1)} s (${generation.practices.action}), discussions ${generation.discussions.seconds.toFixed(1)} s (${generation.discussions.action})`);
  }
  if (reindex) {
    console.log(
      `index build: ${reindex.line ?? 'no summary line from reindex'}; wall time ${reindex.wallSeconds.toFixed(1)} s; ` +
        `then VACUUM (ANALYZE) of the index tables ${reindex.vacuumSeconds.toFixed(1)} s`,
    );
  }

  for (const { connections, results } of tables) {
    console.log(`\n${connections} client(s)`);
    report(results, BASELINE);
    // The rotation starts at the first query in every run: a short run measures only the first ones.
    const search = results[1];
    if (search.requests < QUERY_COUNT) {
      console.log(`NOTE: the search run answered ${search.requests} requests, so it asked only part of the ${QUERY_COUNT} queries (a longer --duration covers them all)`);
    }
  }

  console.log(`\nEach query alone (best of ${PROFILE_RUNS}, 1 client), by kind of query:`);
  const categories = [...new Set(profile.map((p) => p.category))];
  console.log(`${'kind'.padEnd(16)} queries  median ms  max ms  with hits  corrected`);
  for (const category of categories) {
    const group = profile.filter((p) => p.category === category);
    console.log(
      `${category.padEnd(16)} ${String(group.length).padStart(7)}  ${ms(median(group.map((p) => p.ms))).padStart(9)}  ${ms(Math.max(...group.map((p) => p.ms))).padStart(6)}` +
        `  ${String(group.filter((p) => p.totalCount > 0).length).padStart(9)}  ${String(group.filter((p) => p.correctedQuery).length).padStart(9)}`,
    );
  }
  const all = profile.map((p) => p.ms).sort((a, b) => a - b);
  console.log(`all ${profile.length}: median ${ms(percentile(all, 50))} ms, p95 ${ms(percentile(all, 95))} ms, max ${ms(all.at(-1))} ms`);
  console.log('slowest 10:');
  for (const p of [...profile].sort((a, b) => b.ms - a.ms).slice(0, 10)) {
    console.log(`  ${ms(p.ms).padStart(7)} ms  ${p.category.padEnd(15)} ${describe(p)} → ${p.totalCount} hits${p.correctedQuery ? `, corrected to ${JSON.stringify(p.correctedQuery)}` : ''}`);
  }
  // A correction of a word that was spelt right is a wrong "did you mean".
  const corrected = profile.filter((p) => p.correctedQuery && p.category !== 'typo');
  if (corrected.length) console.log(`corrected although no typo (${corrected.length}): ${corrected.map((p) => `${describe(p)} → ${JSON.stringify(p.correctedQuery)}`).join('; ')}`);
  const none = profile.filter((p) => p.totalCount === 0);
  if (none.length) console.log(`no hits (${none.length}): ${none.map((p) => `${p.category}: ${describe(p)}`).join('; ')}`);

  const found = publish.filter((s) => s.found).map((s) => s.ms).sort((a, b) => a - b);
  const missed = publish.length - found.length;
  const publishP95 = missed ? Infinity : percentile(found, 95);
  console.log(
    `\npublish → searchable (${publish.length} practices, poll every ${POLL_MS} ms): median ${ms(percentile(found, 50))} ms, p95 ${ms(publishP95)} ms, ` +
      `max ${ms(found.at(-1))} ms${missed ? `, ${missed} not found within ${PUBLISH_TIMEOUT_MS / 1000} s` : ''}; ` +
      `publishPractice itself median ${ms(median(publish.map((s) => s.mutationMs)))} ms, one poll median ${ms(median(publish.map((s) => s.pollMs)))} ms`,
  );

  const atTarget = tables.find((t) => t.connections === TARGET.connections);
  console.log(`\nTargets (search at ${TARGET.connections} clients; publish):`);
  if (atTarget) {
    const [base, search] = atTarget.results;
    const ratio = base.failed || search.failed ? NaN : search.requestsPerSecond / base.requestsPerSecond;
    console.log(`  search p95 < ${TARGET.p95} ms: ${ms(search.p95)} ms  ${verdict(!search.failed && search.p95 < TARGET.p95)}`);
    console.log(`  search throughput ratio to { __typename } ≥ ${TARGET.ratio}: ${Number.isFinite(ratio) ? ratio.toFixed(3) : '-'} (${search.requestsPerSecond.toFixed(1)} / ${base.requestsPerSecond.toFixed(0)} req/s)  ${verdict(ratio >= TARGET.ratio)}`);
    console.log(`  suggest p95 (no target): ${ms(atTarget.results[2].p95)} ms`);
  } else {
    console.log(`  search: not measured at ${TARGET.connections} clients (--connections ${options.connections.join(',')})`);
  }
  console.log(`  publish → searchable p95 < ${TARGET.publishMs} ms: ${ms(publishP95)} ms  ${verdict(publishP95 < TARGET.publishMs)}`);
  process.exitCode = tables.some((t) => t.results.some((r) => r.failed)) || missed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`bench:search: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
