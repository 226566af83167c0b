import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A thread page counts its visible posts: with this partial index the count of released posts is
 * an index-only scan instead of a visit to every post row of the thread.
 */
export class PostPageIndex1764518400006 implements MigrationInterface {
  name = 'PostPageIndex1764518400006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX post_thread_released_idx ON post (thread_id, number) WHERE held_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX post_thread_released_idx`);
  }
}
