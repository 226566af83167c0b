import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor } from '../core/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { notFound } from '../core/errors/domain-error.js';
import { hasPracticeRight, PRACTICE_COLUMNS, toPractice } from '../practices/index.js';
import { type ExportRow, type PracticeExport, toPracticeExport } from './practice-export.js';

/** A practice row with everything the export shows, in one statement per page of practices. */
const EXPORT_SELECT = `SELECT ${PRACTICE_COLUMNS},
    json_build_object('slug', m.slug, 'name', m.name, 'kind', m.kind, 'region', m.region) AS x_municipality,
    (SELECT coalesce(json_agg(json_build_object('slug', pm.slug, 'name', pm.name)), '[]')
       FROM practice_partner_municipality ppm JOIN municipality pm ON pm.id = ppm.municipality_id
      WHERE ppm.practice_id = p.id) AS x_partners,
    (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'nameDe', t.name_de, 'nameEn', t.name_en) ORDER BY t.position, t.slug), '[]')
       FROM practice_topic pt JOIN topic t ON t.id = pt.topic_id WHERE pt.practice_id = p.id) AS x_topics,
    (SELECT coalesce(json_agg(json_build_object('id', f.id, 'practice_id', f.practice_id, 'file_name', f.file_name, 'mime_type', f.mime_type,
                                                'size_bytes', f.size_bytes, 'alt_text', f.alt_text, 'created_at', f.created_at) ORDER BY f.created_at, f.id), '[]')
       FROM practice_attachment f WHERE f.practice_id = p.id) AS x_attachments,
    (SELECT coalesce(json_agg(json_build_object('municipality', json_build_object('slug', am.slug, 'name', am.name), 'kind', a.kind,
                                                'adoptedOn', a.adopted_on, 'changes', a.changes, 'results', a.results, 'outcomes', a.outcomes,
                                                'isExample', a.is_example) ORDER BY a.adopted_on DESC, a.id), '[]')
       FROM adoption a JOIN municipality am ON am.id = a.municipality_id WHERE a.practice_id = p.id) AS x_adoptions
  FROM practice p JOIN municipality m ON m.id = p.municipality_id`;

/** Rows per query when walking all published practices (keyset on id). */
export const OPEN_DATA_BATCH_SIZE = 500;
/** Entries in the Atom feed. */
export const FEED_SIZE = 50;

/** Exports of practices: one practice for its viewers, all published ones as open data, the feed. */
@Injectable()
export class OpenDataService {
  /** Rows per query of the open-data walk; tests lower it to cover several batches. */
  batchSize = OPEN_DATA_BATCH_SIZE;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  get operatorName(): string {
    return this.config.operator.name;
  }

  /**
   * One practice by slug with the visibility of the GraphQL `practice(slug)`: published for
   * everyone, other states for those with the view right; NOT_FOUND otherwise, so drafts do not leak.
   */
  async practice(actor: Actor, slug: string): Promise<PracticeExport> {
    const [row] = await this.dataSource.query<ExportRow[]>(`${EXPORT_SELECT} WHERE p.slug = $1`, [slug]);
    if (!row || !hasPracticeRight(actor, 'view', toPractice(row))) throw notFound('Practice', slug);
    return toPracticeExport(row, this.publicUrl, true);
  }

  /**
   * All published practices as open data (no contact), page by page in id order: each page is one
   * query of at most `batchSize` rows, so memory stays flat however many practices there are.
   * Pages are separate statements: a practice published or archived during a long download may
   * be in it or not, but none appears twice.
   */
  async *publishedPages(): AsyncGenerator<PracticeExport[]> {
    let after: string | null = null;
    for (;;) {
      const rows: ExportRow[] = await this.dataSource.query<ExportRow[]>(
        `${EXPORT_SELECT} WHERE p.state = 'published'${after ? ' AND p.id > $2::uuid' : ''} ORDER BY p.id LIMIT $1`,
        after ? [this.batchSize, after] : [this.batchSize],
      );
      if (rows.length === 0) return;
      yield rows.map((r) => toPracticeExport(r, this.publicUrl, false));
      if (rows.length < this.batchSize) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** The most recently first-published practices, newest first (Atom feed). */
  async newestPublished(limit = FEED_SIZE): Promise<PracticeExport[]> {
    const rows = await this.dataSource.query<ExportRow[]>(
      `${EXPORT_SELECT} WHERE p.state = 'published' ORDER BY p.published_at DESC, p.id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => toPracticeExport(r, this.publicUrl, false));
  }
}
