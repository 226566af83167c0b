import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '@praxisforum/markdown';

const BATCH = 500;
const SECTIONS = ['problem', 'approach', 'results', 'successFactors', 'obstacles', 'transferability'] as const;
type SectionRow = { id: string } & Record<(typeof SECTIONS)[number], string>;

/**
 * A practice's long sections rendered to HTML when it is saved (`sections_html`, see
 * practices/sections-html.ts), so that a page view does not render Markdown. Existing practices
 * are rendered here; a row without it (or rendered by an older renderer) is rendered on read.
 */
export class PracticeHtml1764518400005 implements MigrationInterface {
  name = 'PracticeHtml1764518400005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE practice ADD COLUMN sections_html jsonb`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await db.query(
        `SELECT id, problem, approach, results, success_factors AS "successFactors", obstacles, transferability
           FROM practice WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as SectionRow[];
      if (rows.length === 0) break;
      const rendered = rows.map((r) => ({
        id: r.id,
        html: { renderer: MARKDOWN_RENDERER_VERSION, ...Object.fromEntries(SECTIONS.map((s): [string, string] => [s, renderMarkdown(r[s])])) },
      }));
      await db.query(
        `UPDATE practice p SET sections_html = r.html FROM jsonb_to_recordset($1::jsonb) AS r (id uuid, html jsonb) WHERE p.id = r.id`,
        [JSON.stringify(rendered)],
      );
      after = rows[rows.length - 1].id;
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE practice DROP COLUMN sections_html`);
  }
}
