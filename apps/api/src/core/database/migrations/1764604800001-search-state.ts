import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Which engine's index was built completely, and when: a first start builds a missing one. */
export class SearchState1764604800001 implements MigrationInterface {
  name = 'SearchState1764604800001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_index_state (
        engine varchar(40) PRIMARY KEY,
        built_at timestamptz NOT NULL,
        documents integer NOT NULL CHECK (documents >= 0)
      )`);
    // Index updates waiting for an engine that is down are looked up by kind and status.
    await db.query(`CREATE INDEX outbox_kind_status_idx ON outbox (kind, status) WHERE status <> 'done'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_kind_status_idx`);
    await db.query(`DROP TABLE search_index_state`);
  }
}
