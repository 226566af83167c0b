import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A post's rendered HTML and plain-text excerpt, written with the post (Discourse's "cooked"): a
 * thread page shows 50 posts, and rendering 50 Markdown texts per request would cost more than
 * the rest of the page. Null (older rows) means "render when read".
 */
export class PostCooked1764518400001 implements MigrationInterface {
  name = 'PostCooked1764518400001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE post ADD COLUMN body_html text, ADD COLUMN excerpt varchar(300)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE post DROP COLUMN body_html, DROP COLUMN excerpt`);
  }
}
