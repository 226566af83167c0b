import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Notification fan-out support. Coalescing: at most one UNREAD new_post (or message) notification
 * per person and thread (conversation), so a burst of posts updates one row instead of adding 50;
 * the partial unique index lets concurrent workers upsert it safely (INSERT … ON CONFLICT).
 * Idempotency: every notification carries the key of the fact it reports (data->>'key'), looked up
 * per recipient when an event is redelivered.
 */
export class Notifications1764518400004 implements MigrationInterface {
  name = 'Notifications1764518400004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE UNIQUE INDEX notification_coalesce_uq ON notification (user_id, type, subject_id) WHERE read_at IS NULL AND type IN ('new_post', 'message')`,
    );
    await db.query(`CREATE INDEX notification_key_idx ON notification (user_id, (data->>'key'))`);
    // Digest runs look for people whose digest is due.
    await db.query(`CREATE INDEX app_user_digest_idx ON app_user (email_frequency, digest_sent_at) WHERE deleted_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX app_user_digest_idx`);
    await db.query(`DROP INDEX notification_key_idx`);
    await db.query(`DROP INDEX notification_coalesce_uq`);
  }
}
