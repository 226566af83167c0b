import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The database announces every committed change that a guest's cached thread page may show
 * (core/answer-cache): on the application's live NOTIFY channel, live channel `answers`, either
 * `{ "thread": id }` (the thread row or one of its posts; reactions, mentions and edits all
 * update the post row) or `{ "all": true }` (a person's name or deletion, a topic, programme or
 * practice that is a thread's space). Triggers rather than calls in the services, so no write path,
 * present or future, can forget one; NOTIFY is sent at COMMIT and never on ROLLBACK, and identical
 * ones of a transaction are sent once.
 */
/** Triggers naming a thread: name, event, table, transition table (new or old rows), thread column. */
const THREAD_TRIGGERS = [
  ['thread_answers_update', 'UPDATE', 'thread', 'OLD', 'id'],
  ['thread_answers_delete', 'DELETE', 'thread', 'OLD', 'id'],
  ['post_answers_insert', 'INSERT', 'post', 'NEW', 'thread_id'],
  ['post_answers_update', 'UPDATE', 'post', 'OLD', 'thread_id'],
  ['post_answers_delete', 'DELETE', 'post', 'OLD', 'thread_id'],
] as const;

export class AnswerCache1764691200000 implements MigrationInterface {
  name = 'AnswerCache1764691200000';

  async up(db: QueryRunner): Promise<void> {
    // Statement-level with a transition table: one NOTIFY per thread, also for bulk updates.
    // TG_ARGV[0] is the column that names the thread.
    await db.query(`
      CREATE FUNCTION answers_threads_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format($q$
          SELECT pg_notify('praxisforum_live', json_build_object('channel', 'answers', 'payload', json_build_object('thread', t))::text)
            FROM (SELECT DISTINCT %I AS t FROM changed_rows) s WHERE t IS NOT NULL$q$, TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION answers_all_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('praxisforum_live', '{"channel":"answers","payload":{"all":true}}');
        RETURN NULL;
      END $$`);

    for (const [trigger, event, table, rows, column] of THREAD_TRIGGERS) {
      await db.query(
        `CREATE TRIGGER ${trigger} AFTER ${event} ON ${table} REFERENCING ${rows} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION answers_threads_changed('${column}')`,
      );
    }
    // Names and spaces appear on every page: rare changes, so they drop everything.
    await db.query(`
      CREATE TRIGGER app_user_answers_update AFTER UPDATE ON app_user FOR EACH ROW
        WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
        EXECUTE FUNCTION answers_all_changed()`);
    await db.query(`CREATE TRIGGER app_user_answers_delete AFTER DELETE ON app_user FOR EACH STATEMENT EXECUTE FUNCTION answers_all_changed()`);
    await db.query(`
      CREATE TRIGGER practice_answers_update AFTER UPDATE ON practice FOR EACH ROW
        WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.slug IS DISTINCT FROM NEW.slug OR OLD.state IS DISTINCT FROM NEW.state)
        EXECUTE FUNCTION answers_all_changed()`);
    await db.query(`CREATE TRIGGER practice_answers_delete AFTER DELETE ON practice FOR EACH STATEMENT EXECUTE FUNCTION answers_all_changed()`);
    await db.query(`CREATE TRIGGER topic_answers AFTER UPDATE OR DELETE ON topic FOR EACH STATEMENT EXECUTE FUNCTION answers_all_changed()`);
    await db.query(`CREATE TRIGGER programme_answers AFTER UPDATE OR DELETE ON programme FOR EACH STATEMENT EXECUTE FUNCTION answers_all_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['programme_answers', 'programme'],
      ['topic_answers', 'topic'],
      ['practice_answers_delete', 'practice'],
      ['practice_answers_update', 'practice'],
      ['app_user_answers_delete', 'app_user'],
      ['app_user_answers_update', 'app_user'],
      ...THREAD_TRIGGERS.map(([trigger, , table]) => [trigger, table]),
    ]) {
      await db.query(`DROP TRIGGER ${trigger} ON ${table}`);
    }
    await db.query(`DROP FUNCTION answers_all_changed()`);
    await db.query(`DROP FUNCTION answers_threads_changed()`);
  }
}
