// Generates the discussion part of the benchmark data set on top of the practice data set
// (bench:generate first): accounts up to the DESIGN target, threads in topic, programme and practice
// spaces, posts with Markdown bodies, quotes, "helpful" reactions and accepted answers. Built by
// set-based SQL on the server (generate_series + hashtext) rather than rows shipped from JS, and
// deterministic in content: the same seed gives the same texts, authors and counts (ids are random).
// Everything is removable on its own: thread titles start with "[bench]", accounts with the e-mail
// prefix bench-voice-, and every thread is is_example.
import { assertBenchDatabase, withClient } from './bench-db.mjs';

export const DISCUSSION_DEFAULTS = { threads: 5_000, posts: 200_000, users: 50_000, seed: 1 };

// Word material for titles and bodies: German, like the real content.
const SUBJECTS = ['Sprachcafé', 'Integrationslotsen', 'Patenschaften', 'Elterncafé', 'Nachhilfe', 'Begegnungsfest', 'Frauentreff', 'Jugendprojekt',
  'Wohnungssuche', 'Ehrenamtskoordination', 'Fahrradwerkstatt', 'Hausaufgabenhilfe', 'Bewerbungstraining', 'Gemeinschaftsgarten', 'Kulturdolmetscher',
  'Willkommenscafé', 'Sportverein', 'Migrantenorganisation', 'Integrationsbeirat', 'Sprachkurs'];
const QUESTIONS = ['Wie gewinnen Sie Ehrenamtliche für', 'Erfahrungen mit', 'Finanzierung von', 'Wer hat Tipps zu', 'Versicherungsschutz bei',
  'Räume für', 'Datenschutz beim', 'Evaluation von', 'Öffentlichkeitsarbeit für', 'Kooperation mit Schulen beim'];
const SENTENCES = [
  'Bei uns hat sich bewährt, die Termine fest im Gemeindeblatt anzukündigen.',
  'Wir haben mit zwei Ehrenamtlichen begonnen, inzwischen sind es zwölf.',
  'Die Kosten lagen im ersten Jahr bei etwa 3.000 Euro, vor allem für Material und Fahrtkosten.',
  'Wichtig war die Abstimmung mit dem Landratsamt und der Integrationsmanagerin.',
  'Ohne feste Ansprechperson in der Verwaltung wäre das Projekt eingeschlafen.',
  'Die Teilnehmenden kommen überwiegend aus Syrien, Afghanistan und der Ukraine.',
  'Ein Raum im Rathaus steht uns kostenlos zur Verfügung, das hilft sehr.',
  'Die Evaluation haben wir mit einem kurzen Fragebogen in einfacher Sprache gemacht.',
  'Schwierig bleibt die Gewinnung von Männern für das Ehrenamt.',
  'Über die Volkshochschule konnten wir eine Qualifizierung für Lotsinnen anbieten.',
  'Wir haben gute Erfahrungen mit mehrsprachigen Aushängen gemacht.',
  'Die Förderung aus dem Pakt für Integration deckt die Koordination ab.',
];

const clampSql = (n) => Math.max(0, Math.trunc(n));

/** Removes what an earlier run generated (cascades to posts, reactions, mentions, reads). */
async function removeGenerated(client) {
  const threads = await client.query(`DELETE FROM thread WHERE title LIKE '[bench] %'`);
  const users = await client.query(`DELETE FROM app_user WHERE email LIKE 'bench-voice-%'`);
  return { threads: threads.rowCount, users: users.rowCount };
}

export async function generateDiscussions({
  databaseUrl,
  threads = DISCUSSION_DEFAULTS.threads,
  posts = DISCUSSION_DEFAULTS.posts,
  users = DISCUSSION_DEFAULTS.users,
  seed = DISCUSSION_DEFAULTS.seed,
  reset = false,
  log = console.log,
}) {
  assertBenchDatabase(databaseUrl);
  const started = Date.now();
  return withClient(databaseUrl, async (client) => {
    const { rows: ready } = await client.query(`SELECT to_regclass('public.thread') IS NOT NULL AS ok`);
    if (!ready[0].ok) throw new Error('no thread table: run `npm run bench:generate` first (its API start applies the migrations)');
    await client.query('BEGIN');
    try {
      const removed = await removeGenerated(client);
      if (reset) {
        await client.query('COMMIT');
        return { action: 'reset', removed, seconds: (Date.now() - started) / 1000 };
      }
      const timings = {};
      const phase = async (name, sql, params) => {
        const t = Date.now();
        const result = await client.query(sql, params);
        timings[name] = (Date.now() - t) / 1000;
        return result;
      };
      // Accounts: top the existing ones up to the target (the practice generator made a few hundred).
      const { rows: existing } = await client.query(`SELECT count(*)::int AS n FROM app_user`);
      const extra = clampSql(users - existing[0].n);
      await phase(
        'users',
        `INSERT INTO app_user (email, email_verified_at, display_name, created_at, updated_at)
         SELECT 'bench-voice-' || i || '@example.invalid', now(), ($2::text[])[1 + abs(hashtext($1 || 'fn' || i)) % 12] || ' ' || ($3::text[])[1 + abs(hashtext($1 || 'ln' || i)) % 12] || ' ' || i,
                now() - make_interval(days => abs(hashtext($1 || 'uc' || i)) % 900), now()
           FROM generate_series(1, $4::int) AS i`,
        [String(seed), ['Anna', 'Mehmet', 'Olga', 'Yusuf', 'Maria', 'Ahmad', 'Sabine', 'Fatima', 'Jonas', 'Lea', 'Tarek', 'Irina'],
          ['Berger', 'Yilmaz', 'Kovalenko', 'Haddad', 'Schmidt', 'Rahimi', 'Keller', 'Nowak', 'Wagner', 'Demir', 'Fischer', 'Bauer'], extra],
      );
      // Space pool: every topic and programme, plus published practices.
      await client.query(`CREATE TEMP TABLE bench_space ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY kind, id) AS n, kind, id FROM (
          SELECT 'topic' AS kind, id FROM topic
          UNION ALL SELECT 'programme', id FROM programme
          UNION ALL (SELECT 'practice', id FROM practice WHERE state = 'published' ORDER BY md5(id::text) LIMIT 2000)) s`);
      await client.query(`CREATE TEMP TABLE bench_user ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY id) AS n, id FROM app_user WHERE blocked_at IS NULL`);
      const { rows: pools } = await client.query(`SELECT (SELECT count(*)::int FROM bench_space) AS spaces, (SELECT count(*)::int FROM bench_user) AS users`);
      const { spaces, users: userPool } = pools[0];
      // Posts per thread vary (5 to 3 × average − 5), averaging posts ÷ threads; the remainder is spread later.
      const average = Math.max(1, Math.round(posts / threads));
      await phase(
        'threads',
        `CREATE TEMP TABLE bench_thread ON COMMIT DROP AS
         SELECT i, gen_random_uuid() AS id, s.kind AS space_type, s.id AS space_id,
                CASE WHEN abs(hashtext($1 || 'k' || i)) % 3 = 0 THEN 'question' ELSE 'discussion' END AS kind,
                '[bench] ' || ($5::text[])[1 + abs(hashtext($1 || 'q' || i)) % array_length($5::text[], 1)] || ' ' ||
                  ($6::text[])[1 + abs(hashtext($1 || 's' || i)) % array_length($6::text[], 1)] || ' (' || i || ')' AS title,
                u.id AS author_id,
                greatest(1, least(3 * $4::int - 5, 5 + abs(hashtext($1 || 'c' || i)) % (2 * ($4::int - 5) + 1))) AS posts,
                now() - make_interval(days => abs(hashtext($1 || 'd' || i)) % 700) AS created_at
           FROM generate_series(1, $2::int) AS i
           JOIN bench_space s ON s.n = 1 + abs(hashtext($1 || 'sp' || i)) % $3::int
           JOIN bench_user u ON u.n = 1 + abs(hashtext($1 || 'au' || i)) % $7::int`,
        [String(seed), threads, spaces, average, QUESTIONS, SUBJECTS, userPool],
      );
      await phase(
        'posts',
        `CREATE TEMP TABLE bench_post ON COMMIT DROP AS
         SELECT gen_random_uuid() AS id, t.id AS thread_id, t.i, p AS number,
                CASE WHEN p = 1 THEN t.author_id ELSE u.id END AS author_id,
                t.created_at + make_interval(mins => (p - 1) * (1 + abs(hashtext($1 || t.i || '/' || p)) % 600)) AS created_at,
                (SELECT string_agg(($3::text[])[1 + abs(hashtext($1 || t.i || '/' || p || '/' || k)) % array_length($3::text[], 1)], ' ')
                   FROM generate_series(1, 2 + abs(hashtext($1 || 'len' || t.i || '/' || p)) % 5) AS k)
                  || CASE WHEN p % 7 = 0 THEN E'\\n\\n- erster Schritt\\n- zweiter Schritt\\n\\n**Wichtig:** früh anfangen.' ELSE '' END AS body
           FROM bench_thread t
           CROSS JOIN LATERAL generate_series(1, t.posts) AS p
           JOIN bench_user u ON u.n = 1 + abs(hashtext($1 || 'pa' || t.i || '/' || p)) % $2::int`,
        [String(seed), userPool, SENTENCES],
      );
      await phase(
        'insert threads',
        `INSERT INTO thread (id, space_type, space_id, kind, title, tags, author_id, post_count, last_post_number, last_post_at, is_example, created_at, updated_at)
         SELECT t.id, t.space_type, t.space_id, t.kind, t.title, ARRAY['bench'], t.author_id, t.posts, t.posts, t.created_at + make_interval(mins => t.posts * 300), true, t.created_at, t.created_at
           FROM bench_thread t`,
      );
      await phase(
        'insert posts',
        `INSERT INTO post (id, thread_id, number, author_id, body, quoted_post_id, helpful_count, created_at)
         SELECT p.id, p.thread_id, p.number, p.author_id, p.body, NULL, 0, p.created_at FROM bench_post p`,
      );
      // Every 5th reply quotes the post before it.
      await phase(
        'quotes',
        `UPDATE post q SET quoted_post_id = prev.id FROM post prev
          WHERE q.thread_id = prev.thread_id AND prev.number = q.number - 1 AND q.number % 5 = 0
            AND q.thread_id IN (SELECT id FROM bench_thread)`,
      );
      // 0–4 helpful reactions per post from distinct accounts.
      const reactions = await phase(
        'reactions',
        `INSERT INTO post_reaction (post_id, user_id, kind, created_at)
         SELECT DISTINCT ON (p.id, u.id) p.id, u.id, 'helpful', p.created_at + interval '1 hour'
           FROM bench_post p
           CROSS JOIN LATERAL generate_series(1, abs(hashtext($1 || 'r' || p.id::text)) % 5) AS r
           JOIN bench_user u ON u.n = 1 + abs(hashtext($1 || 'ru' || p.id::text || r)) % $2::int
          WHERE u.id <> p.author_id
         ON CONFLICT DO NOTHING`,
        [String(seed), userPool],
      );
      await phase(
        'counts',
        `UPDATE post SET helpful_count = c.n FROM (SELECT post_id, count(*)::int AS n FROM post_reaction GROUP BY post_id) c
          WHERE post.id = c.post_id AND post.thread_id IN (SELECT id FROM bench_thread)`,
      );
      // Accepted answers for half the questions.
      await client.query(
        `UPDATE thread t SET accepted_post_id = p.id FROM post p
          WHERE p.thread_id = t.id AND p.number = 2 AND t.kind = 'question' AND t.id IN (SELECT id FROM bench_thread WHERE i % 2 = 0)`,
      );
      const { rows: totals } = await client.query(`SELECT (SELECT count(*)::int FROM bench_thread) AS threads, (SELECT count(*)::int FROM bench_post) AS posts`);
      const t = Date.now();
      await client.query('COMMIT');
      timings.commit = (Date.now() - t) / 1000;
      const v = Date.now();
      await client.query('VACUUM (ANALYZE) app_user, thread, post, post_reaction');
      timings.vacuumAnalyze = (Date.now() - v) / 1000;
      return { action: 'generated', removed, users: extra, ...totals[0], reactions: reactions.rowCount, timings, seconds: (Date.now() - started) / 1000 };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  });
}
