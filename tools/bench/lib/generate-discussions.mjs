// Generates discussions straight into PostgreSQL: accounts, threads in topics, the programme and on
// practices, and their posts, with German texts that vary from post to post (built from the practice
// generator's sentences plus discussion phrases), because search relevance and speed depend on real
// variety: one constant body would give every post the same terms. Deterministic: the same seed gives
// the same rows (ids included). Everything it writes belongs to its own accounts
// (`bench-discussion-user-NNNNN@example.org`, no password), so it is recognisable and removable on its
// own: threads of those accounts (posts go with them by ON DELETE CASCADE), then the accounts.
// Posts are stored with the API's own cookPost (HTML and excerpt), as the API does when one is written.
// Not generated: reactions, mentions, read markers (helpful_count stays 0).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertBenchDatabase, commentMarker, withClient } from './bench-db.mjs';
import { FIRST_NAMES, LAST_NAMES, OBJECTS, PLACES, random, sentence, TARGET_GROUPS, TITLE_HEADS, TITLE_TAILS } from './generate-practices.mjs';
import { REPO_ROOT } from './harness.mjs';

export const DISCUSSION_DEFAULTS = { threads: 5_000, postsPerThread: 40, users: 5_000, seed: 1 };
const MARKER = 'praxisforum-bench-discussions';
const MARKER_VERSION = 2; // bump when the generated shape changes, so old data is replaced
const USER_EMAIL = (index) => `bench-discussion-user-${String(index + 1).padStart(5, '0')}@example.org`;
const USER_PATTERN = 'bench-discussion-user-%@example.org';
const BATCH_THREADS = 100; // threads per batch, with their posts (about 4,000 rows)
const MAX_POSTS = 400;

const DAY = 86_400_000;
const MINUTE = 60_000;
// Fixed dates, like the practice generator: the same rows on every run, nothing in the future.
const EARLIEST = Date.UTC(2019, 6, 1);
const LATEST = Date.UTC(2026, 5, 30);
const iso = (ms) => new Date(ms).toISOString();

// ── Discussion texts ────────────────────────────────────────────────────────────────────────
// Words people use in discussions but the practice texts rarely do (synonyms such as Flüchtlinge /
// Geflüchtete, compounds such as Integrationsplanung), so queries for them have something to find.

const QUESTIONS = [
  (r) => `Hat jemand Erfahrung mit ${r.pick(OBJECTS)} ${r.pick(PLACES)}?`,
  (r) => `Wie habt ihr ${r.pick(OBJECTS)} finanziert?`,
  (r) => `Wie findet ihr genug Ehrenamtliche für ${r.pick(OBJECTS)}?`,
  (r) => `Gibt es irgendwo eine Vorlage für den Förderantrag zum ${r.pick(TITLE_HEADS)}?`,
  (r) => `Wer koordiniert bei euch das ${r.pick(TITLE_HEADS)}, die Verwaltung oder ein Verein?`,
  (r) => `Wie erreicht ihr ${r.pick(TARGET_GROUPS)}?`,
  (r) => `Lohnt sich ein ${r.pick(TITLE_HEADS)} auch in kleinen Gemeinden?`,
  (r) => `Welche Räume nutzt ihr für ${r.pick(OBJECTS)}?`,
];
const OPENERS = [
  'Danke für die ausführliche Antwort!', 'Gute Frage, das beschäftigt uns auch.', 'Bei uns war es ähnlich.', 'Kurze Ergänzung dazu:',
  'Das kann ich nur bestätigen.', 'Wir haben da andere Erfahrungen gemacht.', 'Vielen Dank für den Tipp mit dem Landratsamt.',
  'Spannend, davon wusste ich noch nichts.', 'Hallo zusammen,', 'Ich schließe mich an.',
];
const REMARKS = [
  'Seit 2015 kommen deutlich mehr Flüchtlinge in unsere Gemeinde, die Anschlussunterbringung ist ein Dauerthema.',
  'Für Geflüchtete mit Kindern ist die Suche nach einem Kitaplatz oft das größte Hindernis.',
  'Die Integrationsplanung im Landkreis legt fest, welche Angebote gefördert werden.',
  'Unsere Integrationsmanagerin hat eine Übersicht aller Beratungsstellen erstellt.',
  'Die Integrationslotsen begleiten neu Zugezogene in den ersten Monaten zu Ärzten und Behörden.',
  'Das Sprachcafe findet inzwischen zweimal pro Woche statt, auch in den Sommerferien.',
  'Bürgerschaftliches Engagement braucht hauptamtliche Begleitung, sonst brennen die Leute aus.',
  'Wir haben gute Erfahrungen mit einem Stammtisch für Ehrenamtliche gemacht.',
  'Ohne Dolmetscherinnen wären viele Elterngespräche an den Schulen nicht möglich.',
  'Die Wohnungssuche bleibt für Familien mit vielen Kindern schwierig, der Wohnraum ist knapp.',
  'Über das Jobcenter haben mehrere Teilnehmende einen Ausbildungsplatz gefunden.',
  'Der Sportverein hat eine offene Trainingsgruppe für Jugendliche eingerichtet.',
  'Die Quartiersplanung berücksichtigt inzwischen auch Treffpunkte für Nachbarschaftsinitiativen.',
  'Wichtig war uns, die Migrantenorganisationen von Anfang an zu beteiligen.',
  'Die Fördermittel aus dem Pakt für Integration laufen Ende des Jahres aus.',
  'Für die Sozialplanung brauchen wir belastbare Zahlen aus den Ortsteilen.',
  'Schutzsuchende aus der Ukraine haben das Angebot schnell angenommen.',
  'Mit einem mehrsprachigen Wegweiser finden sich Neuzugewanderte besser im Rathaus zurecht.',
  'Das Patenprogramm vermittelt Tandems zwischen Alteingesessenen und Neuangekommenen.',
  'Die Gesundheitslotsinnen erklären das deutsche Gesundheitssystem in mehreren Sprachen.',
  'Asylsuchende dürfen in den ersten Monaten oft noch nicht arbeiten, deshalb sind Praktika wichtig.',
  'Eine feste Sprechstunde im Bürgerbüro hat die Wartezeiten deutlich verkürzt.',
];
const CLOSERS = [
  'Meldet euch gern, wenn ihr Fragen habt.', 'Unsere Unterlagen schicke ich gern per Mail.', 'Viele Grüße aus dem Rathaus',
  'Vielleicht hilft das ja weiter.', 'Ich bin gespannt auf eure Erfahrungen.', 'Beim nächsten Netzwerktreffen können wir das vertiefen.',
];
const TITLES = [
  (r) => `Erfahrungen mit ${r.pick(TITLE_HEADS)} ${r.pick(TITLE_TAILS)}?`,
  (r) => `Wie organisiert ihr ${r.pick(OBJECTS)} ${r.pick(PLACES)}?`,
  (r) => `${r.pick(TITLE_HEADS)}: Wie findet ihr genug Ehrenamtliche?`,
  (r) => `Suche Austausch zu ${r.pick(TITLE_HEADS)}`,
  (r) => `Förderung für ${r.pick(OBJECTS)}?`,
  (r) => `${r.pick(TITLE_HEADS)} ${r.pick(TITLE_TAILS)}: Tipps für den Start`,
  (r) => `Wer bietet schon ${r.pick(OBJECTS)} an?`,
  (r) => `Angebote für ${r.pick(TARGET_GROUPS)} ${r.pick(TITLE_TAILS)}`,
  (r) => r.pick([
    'Integrationsplanung im Landkreis: wie geht ihr vor?', 'Anschlussunterbringung von Flüchtlingen in kleinen Gemeinden',
    'Geflüchtete in Ausbildung bringen: was hat funktioniert?', 'Integrationslotsen: Aufwandsentschädigung oder Ehrenamt?',
    'Sprachcafé oder Sprachtreff, was läuft bei euch besser?', 'Bürgerschaftliches Engagement nach der Pandemie wiederbeleben',
    'Wohnraum für Geflüchtete: Erfahrungen mit Wohnungspatenschaften', 'Mehrsprachige Elternabende an Grundschulen',
  ]),
];
const TAGS = ['Ehrenamt', 'Sprache', 'Förderung', 'Wohnen', 'Arbeit', 'Schule', 'Frauen', 'Jugend', 'Gesundheit', 'Verwaltung', 'Kita', 'Sport', 'Netzwerk'];
const HIDE_REASONS = ['Werbung', 'Beleidigender Inhalt', 'Persönliche Daten veröffentlicht'];

// Where or under which conditions: most titles get one, so titles repeat about as rarely as in a real forum.
const TITLE_CONTEXTS = [
  '', '', ' im ländlichen Raum', ' in kleinen Gemeinden', ' – Erfahrungen gesucht', ' mit wenig Budget', ' nach dem Ende der Förderung',
  ' ohne hauptamtliche Stelle', ' in der Anschlussunterbringung', ' für Neuzugewanderte', ' im Landkreis', ' in der Großstadt',
  ' über den Winter', ' mit Kinderbetreuung', ' gemeinsam mit der VHS', ' in mehreren Sprachen', ' auch für Ältere', ' in den Ortsteilen',
];

/** A thread title from the practice generator's title parts and objects, with a context. */
export function threadTitle(r) {
  const title = r.pick(TITLES)(r);
  const context = r.pick(TITLE_CONTEXTS);
  // Before the question mark, and before a separable verb's particle ("Wer bietet schon … an?").
  const end = ['an?', '?'].find((tail) => title.endsWith(tail)) ?? '';
  const head = title.slice(0, title.length - end.length).trimEnd();
  return `${head}${context}${end ? `${end === 'an?' ? ' ' : ''}${end}` : ''}`.slice(0, 200);
}

/**
 * A post body of 1–5 sentences (the opening post of a thread 2–5, with a question): the practice
 * generator's sentences, discussion remarks, openers and closers; now and then a bullet list or bold text.
 */
export function postBody(r, { opening = false } = {}) {
  const count = opening ? r.int(2, 5) : r.weighted([[1, 3], [2, 4], [3, 3], [4, 2], [5, 1]]);
  const parts = [];
  if (!opening && r.chance(0.3)) parts.push(r.pick(OPENERS));
  if (opening) parts.push(r.pick(QUESTIONS)(r));
  while (parts.length < count) parts.push(r.chance(0.35) ? r.pick(REMARKS) : sentence(r));
  if (parts.length > 2 && r.chance(0.15)) {
    // Markdown as people write it: the last sentences as a list.
    const items = parts.splice(parts.length - 2, 2).map((text) => `- ${text}`);
    return `${parts.join(' ')}\n\n${items.join('\n')}`;
  }
  if (r.chance(0.05)) parts[0] = `**${parts[0]}**`;
  if (r.chance(0.2)) parts.push(r.pick(CLOSERS));
  return parts.join(' ');
}

// ── Rows ────────────────────────────────────────────────────────────────────────────────────

function userRow(seed, index) {
  const r = random(seed, 'discussion-user', index);
  const created = r.time(EARLIEST - 180 * DAY, LATEST - 90 * DAY);
  return { id: r.uuid(), email: USER_EMAIL(index), display_name: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, created_at: iso(created) };
}

/**
 * One thread with its posts. About 40 posts on average, exponentially spread (many short threads, a
 * few long ones). About 1 % of posts hidden by moderation, 0.5 % deleted, 0.3 % held; 0.5 % of
 * threads hidden: search must leave all of them out.
 */
function threadRows(seed, index, { userIds, spaces, postsPerThread, cook }) {
  const r = random(seed, 'discussion-thread', index);
  const id = r.uuid();
  const spaceType = r.weighted([['topic', 80], ['practice', 15], ['programme', 5]].filter(([type]) => spaces[type].length > 0));
  const kind = r.chance(0.6) ? 'question' : 'discussion';
  const author = r.pick(userIds);
  const postCount = Math.min(MAX_POSTS, 1 + Math.floor(-Math.log(1 - r.float()) * (postsPerThread - 1)));
  const created = r.time(EARLIEST, LATEST - 60 * DAY);
  const threadHidden = r.chance(0.005);
  const thread = {
    id,
    space_type: spaceType,
    space_id: r.pick(spaces[spaceType]),
    kind,
    title: threadTitle(r),
    tags: `{${r.sample(TAGS, r.weighted([[0, 3], [1, 4], [2, 3], [3, 1]])).join(',')}}`,
    author_id: author,
    accepted_post_id: null,
    post_count: 0,
    last_post_number: postCount,
    last_post_at: null,
    hidden_at: threadHidden ? iso(created + DAY) : null,
    hidden_reason: threadHidden ? r.pick(HIDE_REASONS) : null,
    created_at: iso(created),
  };
  const posts = [];
  let at = created;
  for (let number = 1; number <= postCount; number++) {
    if (number > 1) at = Math.min(LATEST, at + r.int(5, 3 * 24 * 60) * MINUTE);
    // The opening post is the thread's body: never hidden, deleted or held here (that is the thread's state).
    const fate = number === 1 ? 'ok' : r.weighted([['ok', 982], ['hidden', 10], ['deleted', 5], ['held', 3]]);
    const body = fate === 'deleted' ? '' : postBody(r, { opening: number === 1 });
    const cooked = fate === 'deleted' ? { html: null, excerpt: null } : cook(body, {});
    const quoted = number > 2 && fate !== 'deleted' && r.chance(0.12) ? posts[r.int(0, posts.length - 1)] : undefined;
    posts.push({
      id: r.uuid(),
      thread_id: id,
      number,
      author_id: number === 1 ? author : r.pick(userIds),
      body,
      body_html: cooked.html,
      excerpt: cooked.excerpt,
      quoted_post_id: quoted && !quoted.deleted_at ? quoted.id : null,
      deleted_at: fate === 'deleted' ? iso(at + DAY) : null,
      hidden_at: fate === 'hidden' ? iso(at + DAY) : null,
      hidden_by: fate === 'hidden' ? r.pick(userIds) : null,
      hidden_reason: fate === 'hidden' ? r.pick(HIDE_REASONS) : null,
      held_at: fate === 'held' ? iso(at) : null,
      held_reason: fate === 'held' ? 'links' : null,
      created_at: iso(at),
    });
  }
  // As DiscussionService keeps them: post_count counts released, undeleted posts; last_post_at ignores held ones.
  const released = posts.filter((p) => !p.held_at && !p.deleted_at);
  thread.post_count = released.length;
  thread.last_post_at = released.at(-1)?.created_at ?? thread.created_at;
  if (kind === 'question' && released.length > 2 && r.chance(0.5)) {
    const answers = released.filter((p) => p.number > 1 && !p.hidden_at);
    if (answers.length) thread.accepted_post_id = r.pick(answers).id;
  }
  return { thread, posts };
}

// ── SQL ─────────────────────────────────────────────────────────────────────────────────────

const INSERT_USERS = `
  INSERT INTO app_user (id, email, email_verified_at, display_name, role, created_at, updated_at)
  SELECT id, email, created_at, display_name, 'member', created_at, created_at
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS r(id, email, display_name, created_at)
  ON CONFLICT DO NOTHING`;
const INSERT_THREADS = `
  INSERT INTO thread (id, space_type, space_id, kind, title, tags, author_id, post_count, last_post_number, last_post_at,
                      hidden_at, hidden_reason, created_at, updated_at)
  SELECT id, space_type, space_id, kind, title, tags::text[], author_id, post_count, last_post_number, last_post_at,
         hidden_at, hidden_reason, created_at, last_post_at
    FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::int[], $9::int[],
                $10::timestamptz[], $11::timestamptz[], $12::text[], $13::timestamptz[])
      AS r(id, space_type, space_id, kind, title, tags, author_id, post_count, last_post_number, last_post_at, hidden_at, hidden_reason, created_at)`;
const INSERT_POSTS = `
  INSERT INTO post (id, thread_id, number, author_id, body, body_html, excerpt, quoted_post_id, deleted_at, hidden_at, hidden_by,
                    hidden_reason, held_at, held_reason, created_at)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::timestamptz[],
                       $10::timestamptz[], $11::uuid[], $12::text[], $13::timestamptz[], $14::text[], $15::timestamptz[])`;
const SET_ACCEPTED = `UPDATE thread t SET accepted_post_id = a.post_id FROM unnest($1::uuid[], $2::uuid[]) AS a(thread_id, post_id) WHERE t.id = a.thread_id`;

const THREAD_COLUMNS = ['id', 'space_type', 'space_id', 'kind', 'title', 'tags', 'author_id', 'post_count', 'last_post_number', 'last_post_at', 'hidden_at', 'hidden_reason', 'created_at'];
const POST_COLUMNS = ['id', 'thread_id', 'number', 'author_id', 'body', 'body_html', 'excerpt', 'quoted_post_id', 'deleted_at', 'hidden_at', 'hidden_by', 'hidden_reason', 'held_at', 'held_reason', 'created_at'];
const columns = (rows, names) => names.map((name) => rows.map((row) => row[name]));

/**
 * Removes the generated threads (their posts go by ON DELETE CASCADE) and, with `users`, the generated
 * accounts. Every deleted row makes PostgreSQL look for the rows referring to it (posts quoting a
 * post, threads accepting it, posts hidden by an account, …), and several of those columns have no
 * index: for 200,000 posts or 5,000 accounts that is hours of sequential scans. So the removal indexes
 * every such column for the length of its transaction.
 */
async function removeGenerated(client, { users = false } = {}) {
  const referenced = users ? ['thread', 'post', 'app_user'] : ['thread', 'post'];
  const { rows: unindexed } = await client.query(
    `SELECT DISTINCT format('%I.%I', n.nspname, t.relname) AS tbl, format('%I', a.attname) AS col
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.confrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`,
    [referenced],
  );
  const temporary = unindexed.map((row, i) => ({ name: `bench_tmp_fk_${i}`, on: `${row.tbl} (${row.col})` }));
  for (const { name, on } of temporary) await client.query(`CREATE INDEX ${name} ON ${on}`);
  const threads = await client.query(`DELETE FROM thread WHERE author_id IN (SELECT id FROM app_user WHERE email LIKE $1)`, [USER_PATTERN]);
  const removed = { threads: threads.rowCount };
  if (users) removed.users = (await client.query(`DELETE FROM app_user WHERE email LIKE $1`, [USER_PATTERN])).rowCount;
  for (const { name } of temporary) await client.query(`DROP INDEX ${name}`);
  return removed;
}

// The practice generator keeps its record in the database comment; this one lives on the thread table.
const dataSetRecord = commentMarker(MARKER, {
  read: `SELECT obj_description('public.thread'::regclass, 'pg_class') AS comment`,
  target: async () => 'TABLE thread',
});

async function loadCook() {
  const path = join(REPO_ROOT, 'apps/api/dist/discussions/cook.js');
  try {
    return (await import(pathToFileURL(path).href)).cookPost;
  } catch (error) {
    throw new Error(`cannot load the API's cookPost from ${path} (build the API first: npx nx run api:build): ${error.message}`);
  }
}

/**
 * Generates the discussions into `databaseUrl` (a bench database whose schema the API has migrated;
 * practices, if any, give the threads on practices their spaces). Skips when the marker on the
 * thread table names the same sizes and seed and the thread count matches; otherwise replaces
 * what an earlier run generated, in one transaction. Returns what it did, with timings.
 */
export async function generateDiscussions({
  databaseUrl,
  threads = DISCUSSION_DEFAULTS.threads,
  postsPerThread = DISCUSSION_DEFAULTS.postsPerThread,
  users = DISCUSSION_DEFAULTS.users,
  seed = DISCUSSION_DEFAULTS.seed,
  force = false,
  reset = false,
  log = console.log,
}) {
  assertBenchDatabase(databaseUrl);
  const started = Date.now();
  const wanted = { version: MARKER_VERSION, threads, postsPerThread, users, seed };
  return withClient(databaseUrl, async (client) => {
    const { rows: schema } = await client.query(`SELECT to_regclass('public.thread') IS NOT NULL AS ok`);
    if (!schema[0].ok) throw new Error('no thread table: start the API once on this database to migrate it');
    if (reset) {
      await client.query('BEGIN');
      const removed = await removeGenerated(client, { users: true });
      await dataSetRecord.write(client, null);
      await client.query('COMMIT');
      return { action: 'reset', removed, seconds: (Date.now() - started) / 1000 };
    }
    const marker = await dataSetRecord.read(client);
    const { rows: present } = await client.query(
      `SELECT count(*)::int AS n FROM thread WHERE author_id IN (SELECT id FROM app_user WHERE email LIKE $1)`,
      [USER_PATTERN],
    );
    const same = marker && ['version', 'threads', 'postsPerThread', 'users', 'seed'].every((key) => marker[key] === wanted[key]);
    if (!force && same && present[0].n === threads) return { action: 'skipped', marker, seconds: (Date.now() - started) / 1000 };

    const cook = await loadCook();
    const timings = { build: 0, insert: 0 };
    await client.query('BEGIN');
    try {
      let t = Date.now();
      const removed = await removeGenerated(client);
      timings.remove = (Date.now() - t) / 1000;
      const spaces = {
        topic: (await client.query('SELECT id FROM topic ORDER BY position, slug')).rows.map((row) => row.id),
        programme: (await client.query('SELECT id FROM programme ORDER BY slug')).rows.map((row) => row.id),
        practice: (await client.query(`SELECT id FROM practice WHERE state = 'published' ORDER BY slug`)).rows.map((row) => row.id),
      };
      if (spaces.topic.length === 0) throw new Error('no topics in the database: the API seeds them at start');

      const userRows = Array.from({ length: users }, (_, i) => userRow(seed, i));
      for (let i = 0; i < userRows.length; i += 5_000) {
        const chunk = userRows.slice(i, i + 5_000);
        await client.query(INSERT_USERS, columns(chunk, ['id', 'email', 'display_name', 'created_at']));
      }
      // Accounts of an earlier run stay (deleting thousands of accounts means a scan per account of
      // every table that refers to users); those of another seed keep their ids, so read them back.
      const { rows: accounts } = await client.query(`SELECT id FROM app_user WHERE email = ANY($1::text[]) ORDER BY email`, [userRows.map((u) => u.email)]);
      if (accounts.length !== users) throw new Error(`expected ${users} generated accounts, found ${accounts.length}`);
      const userIds = accounts.map((u) => u.id);

      const totals = { threads: 0, posts: 0, hiddenThreads: 0, hiddenPosts: 0, deletedPosts: 0, heldPosts: 0, practiceThreads: 0, bodyChars: 0 };
      for (let from = 0; from < threads; from += BATCH_THREADS) {
        t = Date.now();
        const batch = { threads: [], posts: [], accepted: [] };
        for (let i = from; i < Math.min(threads, from + BATCH_THREADS); i++) {
          const rows = threadRows(seed, i, { userIds, spaces, postsPerThread, cook });
          batch.threads.push(rows.thread);
          batch.posts.push(...rows.posts);
          if (rows.thread.accepted_post_id) batch.accepted.push(rows.thread);
        }
        const t1 = Date.now();
        timings.build += (t1 - t) / 1000;
        await client.query(INSERT_THREADS, columns(batch.threads, THREAD_COLUMNS));
        await client.query(INSERT_POSTS, columns(batch.posts, POST_COLUMNS));
        if (batch.accepted.length) await client.query(SET_ACCEPTED, [batch.accepted.map((th) => th.id), batch.accepted.map((th) => th.accepted_post_id)]);
        timings.insert += (Date.now() - t1) / 1000;
        totals.threads += batch.threads.length;
        totals.posts += batch.posts.length;
        totals.hiddenThreads += batch.threads.filter((th) => th.hidden_at).length;
        totals.practiceThreads += batch.threads.filter((th) => th.space_type === 'practice').length;
        totals.hiddenPosts += batch.posts.filter((p) => p.hidden_at).length;
        totals.deletedPosts += batch.posts.filter((p) => p.deleted_at).length;
        totals.heldPosts += batch.posts.filter((p) => p.held_at).length;
        totals.bodyChars += batch.posts.reduce((sum, p) => sum + p.body.length, 0);
        if ((from / BATCH_THREADS) % 10 === 9) log(`generate: ${totals.threads} / ${threads} threads, ${totals.posts} posts`);
      }
      await dataSetRecord.write(client, { ...wanted, generatedAt: new Date().toISOString() });
      t = Date.now();
      await client.query('COMMIT');
      timings.commit = (Date.now() - t) / 1000;
      t = Date.now();
      await client.query('VACUUM (ANALYZE) app_user, thread, post');
      timings.vacuumAnalyze = (Date.now() - t) / 1000;
      return { action: 'generated', removed, users, ...totals, timings, seconds: (Date.now() - started) / 1000 };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  });
}
