import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Outcome } from '@praxisforum/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { BATCH_MAX, batchInList, coalescedLoader } from '../core/database/coalesced-loader.js';
import { preparedQuery, shapedQuery } from '../core/database/prepared.js';
import { containsPattern } from '../core/database/sql.js';
import { type Adoption, type Attachment, MarkdownText, type Practice, type PracticeRevision } from './practice.types.js';
import { type PracticeSnapshot } from './revision.js';
import { currentSectionsHtml, type StoredSectionsHtml } from './sections-html.js';
import { type PracticeFilter } from './dto/practice.inputs.js';
import { type PracticeSort } from './practice.enums.js';

/** The Markdown sources of the long sections: the bulk of a practice row. */
const SECTION_SOURCES = ['problem', 'approach', 'results', 'success_factors', 'obstacles', 'transferability'];

/** Columns of a practice row, with dates as text (pg would turn DATE into local-midnight Dates). */
const BASE_COLUMNS = `p.id, p.slug, p.municipality_id, p.state, p.version, p.is_example, p.title, p.summary, p.target_groups,
  p.work_status, p.period_start::text AS period_start, p.period_end::text AS period_end,
  p.outcomes, p.cost_one_off_eur, p.cost_yearly_eur, p.funding_sources, p.staff_hours_per_month::float8 AS staff_hours_per_month,
  p.partners, p.transferable_kinds, p.transferable_sizes, p.contact_user_id,
  (SELECT u.display_name FROM app_user u WHERE u.id = p.contact_user_id AND u.deleted_at IS NULL) AS contact_user_name, p.contact_name, p.contact_email, p.contact_consent, p.review_comment, p.adoption_count, p.submitted_at, p.published_at,
  p.archived_at, p.created_at, p.updated_at`;

export const PRACTICE_COLUMNS = `${BASE_COLUMNS}, ${SECTION_SOURCES.map((c) => `p.${c}`).join(', ')}`;
/** For a page that shows the sections' stored HTML only: the sources stay in the database. */
const PRACTICE_COLUMNS_WITHOUT_SOURCES = `${BASE_COLUMNS}, ${SECTION_SOURCES.map((c) => `NULL::text AS ${c}`).join(', ')}`;

export interface PracticeRow {
  id: string;
  slug: string;
  municipality_id: string;
  state: Practice['state'];
  version: number;
  is_example: boolean;
  title: string;
  summary: string;
  target_groups: string[];
  work_status: Practice['workStatus'];
  period_start: string | null;
  period_end: string | null;
  problem: string | null;
  approach: string | null;
  results: string | null;
  outcomes: Outcome[];
  cost_one_off_eur: number | null;
  cost_yearly_eur: number | null;
  funding_sources: string[];
  staff_hours_per_month: number | null;
  partners: Practice['partners'];
  success_factors: string | null;
  obstacles: string | null;
  transferability: string | null;
  transferable_kinds: Practice['transferableKinds'];
  transferable_sizes: Practice['transferableSizes'];
  contact_user_id: string | null;
  contact_user_name: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_consent: boolean;
  review_comment: string | null;
  adoption_count: number;
  submitted_at: Date | null;
  published_at: Date | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /** Only read where the sections are shown (the practice page); elsewhere they render on demand. */
  sections_html?: StoredSectionsHtml | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const outcomesOf = (list: Outcome[]) => list.map((o) => ({ label: o.label, value: o.value, unit: o.unit, asOf: o.asOf, source: o.source ?? null }));

export function toPractice(r: PracticeRow): Practice {
  const html = currentSectionsHtml(r.sections_html);
  return {
    id: r.id,
    slug: r.slug,
    municipalityId: r.municipality_id,
    state: r.state,
    version: r.version,
    isExample: r.is_example,
    title: r.title,
    summary: r.summary,
    targetGroups: r.target_groups,
    workStatus: r.work_status,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    problem: r.problem ?? '',
    approach: r.approach ?? '',
    results: r.results ?? '',
    outcomes: outcomesOf(r.outcomes),
    costOneOffEur: r.cost_one_off_eur,
    costYearlyEur: r.cost_yearly_eur,
    fundingSources: r.funding_sources,
    staffHoursPerMonth: r.staff_hours_per_month,
    partners: r.partners,
    successFactors: r.success_factors ?? '',
    obstacles: r.obstacles ?? '',
    transferability: r.transferability ?? '',
    // Sections as read: with their source, or (a page or list that leaves the sources out) with
    // stored HTML or nothing; asking a text for what was not read throws (MarkdownText).
    problemText: new MarkdownText(r.problem, html?.problem),
    approachText: new MarkdownText(r.approach, html?.approach),
    resultsText: new MarkdownText(r.results, html?.results),
    successFactorsText: new MarkdownText(r.success_factors, html?.successFactors),
    obstaclesText: new MarkdownText(r.obstacles, html?.obstacles),
    transferabilityText: new MarkdownText(r.transferability, html?.transferability),
    transferableKinds: r.transferable_kinds,
    transferableSizes: r.transferable_sizes,
    contactUserId: r.contact_user_id,
    contactUserName: r.contact_user_name,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactConsent: r.contact_consent,
    reviewComment: r.review_comment,
    adoptionCount: r.adoption_count,
    submittedAt: iso(r.submitted_at),
    publishedAt: iso(r.published_at),
    archivedAt: iso(r.archived_at),
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  };
}

interface AdoptionRow {
  id: string;
  practice_id: string;
  municipality_id: string;
  kind: Adoption['kind'];
  adopted_on: string;
  changes: string;
  results: string;
  outcomes: Outcome[];
  is_example: boolean;
  created_at: Date | string;
  updated_at: Date | string;
}

const ADOPTION_COLUMNS = `a.id, a.practice_id, a.municipality_id, a.kind, a.adopted_on::text AS adopted_on, a.changes, a.results, a.outcomes,
  a.is_example, a.created_at, a.updated_at`;

export function toAdoption(r: AdoptionRow): Adoption {
  return {
    id: r.id,
    practiceId: r.practice_id,
    municipalityId: r.municipality_id,
    kind: r.kind,
    adoptedOn: r.adopted_on,
    changes: r.changes,
    results: r.results,
    outcomes: outcomesOf(r.outcomes),
    isExample: r.is_example,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  };
}

interface AttachmentRow {
  id: string;
  practice_id: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  alt_text: string | null;
  created_at: Date | string;
}

export function toAttachment(r: AttachmentRow): Attachment {
  return {
    id: r.id,
    fileName: r.file_name,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    altText: r.alt_text,
    url: `/api/attachments/${r.id}/${encodeURIComponent(r.file_name)}`,
    createdAt: iso(r.created_at)!,
  };
}

/** Groups rows by a key, in the order of `keys` (DataLoader contract). */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

export interface TopicRef {
  id: string;
  slug: string;
  nameDe: string;
  nameEn: string;
  position: number;
}

const SORT_KEYS: Record<PracticeSort, { columns: string[]; casts: string[] }> = {
  newest: { columns: ['p.published_at', 'p.id'], casts: ['timestamptz', 'uuid'] },
  updated: { columns: ['p.updated_at', 'p.id'], casts: ['timestamptz', 'uuid'] },
  most_adopted: { columns: ['p.adoption_count', 'p.published_at', 'p.id'], casts: ['int', 'timestamptz', 'uuid'] },
};

/**
 * The LIMIT of a list statement: the page size plus one (to see whether there is a next page),
 * rounded up to a few fixed values, so page sizes share prepared statements (see shapedQuery);
 * the rows beyond are dropped.
 */
function pageLimit(first: number): number {
  return [11, 21, 51, 101].find((n) => n >= first + 1) ?? first + 1;
}

/** What the practice page statement reads for one practice. */
export interface PracticePage {
  row: PracticeRow;
  partnerIds: string[];
  topics: TopicRef[];
  attachments: AttachmentRow[];
  adoptions: AdoptionRow[];
  municipalities: Record<string, unknown>[];
}

/** Queries only: the rules live in the services. */
@Injectable()
export class PracticeRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async findBy(column: 'id' | 'slug', value: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PracticeRow | null> {
    const rows = await manager.query<PracticeRow[]>(
      `SELECT ${PRACTICE_COLUMNS} FROM practice p WHERE p.${column} = $1${lock ? ' FOR UPDATE' : ''}`,
      [value],
    );
    return rows[0] ?? null;
  }

  /**
   * Practice pages with sources and without (see `findPage`), each read coalesced across requests:
   * page views that arrive while a page statement runs share the next one.
   */
  private readonly pageLoaders = {
    withSources: coalescedLoader<string, PracticePage>((slugs) => this.findPages(slugs, true), { maxBatchSize: BATCH_MAX }),
    htmlOnly: coalescedLoader<string, PracticePage>((slugs) => this.findPages(slugs, false), { maxBatchSize: BATCH_MAX }),
  };

  /**
   * The practice page: the row plus its topics, attachments, adoptions and the municipalities they
   * name, so `practice(slug)` costs at most one round trip (shared with concurrent page views).
   * Without `sources` the sections' Markdown (half of the row) stays in the database: a page shows
   * their stored HTML. The result may be shared with concurrent readers of the same slug: read-only.
   */
  findPage(slug: string, sources = true): Promise<PracticePage | null> {
    return (sources ? this.pageLoaders.withSources : this.pageLoaders.htmlOnly).load(slug);
  }

  /** Practice pages by slug in one statement (1 to BATCH_MAX slugs), in the order of `slugs` (null where none). */
  async findPages(slugs: readonly string[], sources: boolean): Promise<(PracticePage | null)[]> {
    const { size, params, list } = batchInList(slugs);
    const rows = await preparedQuery<PracticeRow & { x_topics: TopicRef[]; x_attachments: AttachmentRow[]; x_adoptions: AdoptionRow[]; x_municipalities: Record<string, unknown>[]; x_partner_ids: string[] }>(
      this.dataSource,
      `${sources ? 'practice.pages' : 'practice.pages.html'}.${size}`,
      `SELECT ${sources ? PRACTICE_COLUMNS : PRACTICE_COLUMNS_WITHOUT_SOURCES}, p.sections_html,
         (SELECT coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'nameDe', t.name_de, 'nameEn', t.name_en, 'position', t.position)
                                   ORDER BY t.position, t.slug), '[]')
            FROM practice_topic pt JOIN topic t ON t.id = pt.topic_id WHERE pt.practice_id = p.id) AS x_topics,
         (SELECT coalesce(json_agg(f ORDER BY f.created_at), '[]')
            FROM (SELECT id, practice_id, file_name, mime_type, size_bytes, alt_text, created_at FROM practice_attachment WHERE practice_id = p.id) f) AS x_attachments,
         (SELECT coalesce(json_agg(a ORDER BY a.adopted_on DESC, a.id), '[]')
            FROM (SELECT ${ADOPTION_COLUMNS} FROM adoption a WHERE a.practice_id = p.id) a) AS x_adoptions,
         (SELECT coalesce(array_agg(municipality_id), '{}') FROM practice_partner_municipality WHERE practice_id = p.id) AS x_partner_ids,
         -- One array of ids, so the lookup is by primary key (an OR of INs scans every municipality).
         (SELECT coalesce(json_agg(m), '[]') FROM municipality m
           WHERE m.id = ANY (ARRAY(SELECT p.municipality_id
                                   UNION SELECT municipality_id FROM adoption WHERE practice_id = p.id
                                   UNION SELECT municipality_id FROM practice_partner_municipality WHERE practice_id = p.id))) AS x_municipalities
       FROM practice p WHERE p.slug IN ${list}`,
      params,
    );
    const bySlug = new Map<string, PracticePage>();
    for (const r of rows) {
      bySlug.set(r.slug, { row: r, partnerIds: r.x_partner_ids, topics: r.x_topics, attachments: r.x_attachments, adoptions: r.x_adoptions, municipalities: r.x_municipalities });
    }
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  }

  /**
   * Published practices, filtered and sorted, one keyset page; count and page run side by side.
   * Without `sources` the sections' Markdown (about 10 KB a practice) stays in the database: a list
   * that shows no section must not read twenty of them to throw them away.
   */
  async listPublished(filter: PracticeFilter, sort: PracticeSort, first: number, after?: (string | number)[], { sources = true }: { sources?: boolean } = {}) {
    const where: string[] = [`p.state = 'published'`];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.topic) where.push(`EXISTS (SELECT 1 FROM practice_topic pt JOIN topic t ON t.id = pt.topic_id WHERE pt.practice_id = p.id AND t.slug = ${param(filter.topic)})`);
    if (filter.municipality) where.push(`m.slug = ${param(filter.municipality)}`);
    if (filter.region) where.push(`m.region = ${param(filter.region)}`);
    if (filter.kind) where.push(`m.kind = ${param(filter.kind)}`);
    if (filter.workStatus) where.push(`p.work_status = ${param(filter.workStatus)}`);
    if (filter.hasFigures !== undefined && filter.hasFigures !== null) where.push(`(jsonb_array_length(p.outcomes) > 0) = ${param(filter.hasFigures)}`);
    if (filter.adoptedElsewhere !== undefined && filter.adoptedElsewhere !== null) where.push(`(p.adoption_count > 0) = ${param(filter.adoptedElsewhere)}`);
    if (filter.search) {
      where.push(`unaccent(lower(p.title || ' ' || p.summary)) LIKE unaccent(lower(${param(containsPattern(filter.search))}))`);
    }
    // Every practice has its municipality (NOT NULL, foreign key): join it only to filter by it.
    const byMunicipality = Boolean(filter.municipality || filter.region || filter.kind);
    const from = `FROM practice p${byMunicipality ? ' JOIN municipality m ON m.id = p.municipality_id' : ''} WHERE ${where.join(' AND ')}`;
    const countParams = [...params];
    const keys = SORT_KEYS[sort];
    let keyset = '';
    if (after) {
      const placeholders = after.map((value, i) => `CAST(${param(value)} AS ${keys.casts[i]})`);
      keyset = ` AND (${keys.columns.join(', ')}) < (${placeholders.join(', ')})`;
    }
    const order = keys.columns.map((c) => `${c} DESC`).join(', ');
    const [[count], rows] = await Promise.all([
      shapedQuery<{ n: number }>(this.dataSource, 'practice.count', `SELECT count(*)::int AS n ${from}`, countParams),
      shapedQuery<PracticeRow & { cursor_keys: (string | number)[] }>(
        this.dataSource,
        'practice.list',
        `SELECT ${sources ? PRACTICE_COLUMNS : PRACTICE_COLUMNS_WITHOUT_SOURCES}, json_build_array(${keys.columns.map((c) => (c === 'p.adoption_count' ? c : `${c}::text`)).join(', ')}) AS cursor_keys
         ${from}${keyset} ORDER BY ${order} LIMIT ${pageLimit(first)}`,
        params,
      ),
    ]);
    return { totalCount: count.n, rows: rows.slice(0, first + 1) };
  }

  /** Practices of some municipalities in any state (or all, for admins), recently changed first. */
  async listManaged(municipalityIds: string[] | 'all', state: string | undefined, first: number, after?: (string | number)[]) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (municipalityIds !== 'all') {
      params.push(municipalityIds);
      where.push(`p.municipality_id = ANY($${params.length}::uuid[])`);
    }
    if (state) {
      params.push(state);
      where.push(`p.state = $${params.length}`);
    }
    return this.keysetPage(where, params, ['p.updated_at', 'p.id'], ['timestamptz', 'uuid'], 'DESC', first, after);
  }

  /** The review queue: longest waiting first. */
  async listInReview(first: number, after?: (string | number)[]) {
    return this.keysetPage([`p.state = 'in_review'`], [], ['p.submitted_at', 'p.id'], ['timestamptz', 'uuid'], 'ASC', first, after);
  }

  private async keysetPage(where: string[], params: unknown[], columns: string[], casts: string[], direction: 'ASC' | 'DESC', first: number, after?: (string | number)[]) {
    const countParams = [...params];
    const pageWhere = [...where];
    if (after) {
      const placeholders = after.map((value, i) => {
        params.push(value);
        return `CAST($${params.length} AS ${casts[i]})`;
      });
      pageWhere.push(`(${columns.join(', ')}) ${direction === 'DESC' ? '<' : '>'} (${placeholders.join(', ')})`);
    }
    const clause = (w: string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
    const [[count], rows] = await Promise.all([
      shapedQuery<{ n: number }>(this.dataSource, 'practice.count', `SELECT count(*)::int AS n FROM practice p ${clause(where)}`, countParams),
      shapedQuery<PracticeRow & { cursor_keys: (string | number)[] }>(
        this.dataSource,
        'practice.list',
        `SELECT ${PRACTICE_COLUMNS}, json_build_array(${columns.map((c) => `${c}::text`).join(', ')}) AS cursor_keys
         FROM practice p ${clause(pageWhere)} ORDER BY ${columns.map((c) => `${c} ${direction}`).join(', ')} LIMIT ${pageLimit(first)}`,
        params,
      ),
    ]);
    return { totalCount: count.n, rows: rows.slice(0, first + 1) };
  }

  async findBySlugs(slugs: string[]): Promise<PracticeRow[]> {
    return this.dataSource.query<PracticeRow[]>(`SELECT ${PRACTICE_COLUMNS} FROM practice p WHERE p.slug = ANY($1::text[])`, [slugs]);
  }

  async topicsOf(practiceIds: readonly string[]): Promise<(TopicRef & { practiceId: string })[]> {
    return this.dataSource.query(
      `SELECT pt.practice_id AS "practiceId", t.id, t.slug, t.name_de AS "nameDe", t.name_en AS "nameEn", t.position
         FROM practice_topic pt JOIN topic t ON t.id = pt.topic_id WHERE pt.practice_id = ANY($1::uuid[]) ORDER BY t.position, t.slug`,
      [practiceIds],
    );
  }

  async partnerIdsOf(practiceIds: readonly string[]): Promise<{ practice_id: string; municipality_id: string }[]> {
    return this.dataSource.query(`SELECT practice_id, municipality_id FROM practice_partner_municipality WHERE practice_id = ANY($1::uuid[])`, [practiceIds]);
  }

  async attachmentsOf(practiceIds: readonly string[]): Promise<AttachmentRow[]> {
    return this.dataSource.query(
      `SELECT id, practice_id, file_name, mime_type, size_bytes, alt_text, created_at FROM practice_attachment
        WHERE practice_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [practiceIds],
    );
  }

  async adoptionsOfPractices(practiceIds: readonly string[]): Promise<AdoptionRow[]> {
    return this.dataSource.query(`SELECT ${ADOPTION_COLUMNS} FROM adoption a WHERE a.practice_id = ANY($1::uuid[]) ORDER BY a.adopted_on DESC, a.id`, [practiceIds]);
  }

  async adoptionsByMunicipalities(municipalityIds: readonly string[]): Promise<AdoptionRow[]> {
    return this.dataSource.query(
      `SELECT ${ADOPTION_COLUMNS} FROM adoption a JOIN practice p ON p.id = a.practice_id
        WHERE a.municipality_id = ANY($1::uuid[]) AND p.state = 'published' ORDER BY a.adopted_on DESC, a.id`,
      [municipalityIds],
    );
  }

  async findAdoption(id: string, manager: EntityManager = this.dataSource.manager): Promise<AdoptionRow | null> {
    const rows = await manager.query<AdoptionRow[]>(`SELECT ${ADOPTION_COLUMNS} FROM adoption a WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async publishedOfMunicipalities(municipalityIds: readonly string[]): Promise<PracticeRow[]> {
    return this.dataSource.query(
      `SELECT ${PRACTICE_COLUMNS} FROM practice p WHERE p.municipality_id = ANY($1::uuid[]) AND p.state = 'published' ORDER BY p.published_at DESC, p.id`,
      [municipalityIds],
    );
  }

  async practicesByIds(ids: readonly string[]): Promise<PracticeRow[]> {
    return this.dataSource.query(`SELECT ${PRACTICE_COLUMNS} FROM practice p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  async followedAmong(userId: string, practiceIds: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ subject_id: string }[]>(
      `SELECT subject_id FROM follow WHERE user_id = $1 AND subject_type = 'practice' AND subject_id = ANY($2::uuid[])`,
      [userId, practiceIds],
    );
    return rows.map((r) => r.subject_id);
  }

  async revisionsOf(practiceIds: readonly string[]): Promise<(PracticeRevision & { practiceId: string })[]> {
    const rows = await this.dataSource.query<{ id: string; practice_id: string; number: number; changed_fields: string[]; note: string | null; author_name: string | null; created_at: Date }[]>(
      `SELECT r.id, r.practice_id, r.number, r.changed_fields, r.note, u.display_name AS author_name, r.created_at
         FROM practice_revision r LEFT JOIN app_user u ON u.id = r.author_id
        WHERE r.practice_id = ANY($1::uuid[]) ORDER BY r.number DESC`,
      [practiceIds],
    );
    return rows.map((r) => ({
      practiceId: r.practice_id,
      id: r.id,
      number: r.number,
      changedFields: r.changed_fields,
      note: r.note,
      authorName: r.author_name,
      createdAt: iso(r.created_at)!,
    }));
  }

  async revisionSnapshots(practiceId: string, numbers: number[]): Promise<{ number: number; snapshot: PracticeSnapshot }[]> {
    return this.dataSource.query(`SELECT number, snapshot FROM practice_revision WHERE practice_id = $1 AND number = ANY($2::int[])`, [practiceId, numbers]);
  }
}
