import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { markdownToPlainText } from '@praxisforum/markdown';
import { type SearchKind } from '@praxisforum/domain';
import { DataSource } from 'typeorm';
import { type SearchDocument } from '../search.port.js';
import { postShownSql, publicPracticeSql, publicThreadSql } from '../../core/visibility/visibility.sql.js';

const THREAD_SPACE_JOINS = `
  LEFT JOIN topic tp ON t.space_type = 'topic' AND tp.id = t.space_id
  LEFT JOIN programme pg ON t.space_type = 'programme' AND pg.id = t.space_id
  LEFT JOIN practice pr ON t.space_type = 'practice' AND pr.id = t.space_id`;

/** A document to refresh: built from the current rows if they are public, removed from the index otherwise. */
export interface DocumentRef {
  kind: SearchKind;
  id: string;
}

/** Version of a document: microseconds of the snapshot it was read in (later reads, higher versions). */
const VERSION = `(extract(epoch FROM statement_timestamp()) * 1000000)::bigint AS version`;

/**
 * The municipalities of practice `p` (owner first, then partners): slugs, names, regions, kinds,
 * as a lateral join `pm`; empty arrays where `p` is null (a thread outside a practice).
 */
const PRACTICE_MUNICIPALITIES = (p: string) => `
  LEFT JOIN LATERAL (
    SELECT coalesce(array_agg(m.slug ORDER BY o.n), '{}') AS slugs, coalesce(array_agg(m.name ORDER BY o.n), '{}') AS names,
           coalesce(array_agg(DISTINCT m.region), '{}') AS regions, coalesce(array_agg(DISTINCT m.kind), '{}') AS kinds
      FROM (SELECT ${p}.municipality_id AS id, 0 AS n UNION ALL
            SELECT x.municipality_id, 1 FROM practice_partner_municipality x WHERE x.practice_id = ${p}.id) o
      JOIN municipality m ON m.id = o.id) pm ON true`;

/** Topic slugs and names of practice `p`. */
const PRACTICE_TOPICS = (p: string) => `
  LEFT JOIN LATERAL (
    SELECT coalesce(array_agg(tp.slug ORDER BY tp.position), '{}') AS slugs, coalesce(array_agg(tp.name_de || ' ' || tp.name_en), '{}') AS names
      FROM practice_topic pt JOIN topic tp ON tp.id = pt.topic_id WHERE pt.practice_id = ${p}.id) ptp ON true`;

const PRACTICE_FACET_COLUMNS = `ptp.slugs AS topics, ptp.names AS topic_names, pm.slugs AS municipalities, pm.names AS municipality_names,
  pm.regions, pm.kinds AS municipality_kinds`;

interface PracticeRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  problem: string;
  approach: string;
  results: string;
  success_factors: string;
  obstacles: string;
  transferability: string;
  outcomes: { label: string; unit: string }[];
  partners: { name: string }[];
  funding_sources: string[];
  target_groups: string[];
  work_status: string;
  adopted: boolean;
  published_at: Date;
  is_example: boolean;
  topics: string[];
  topic_names: string[];
  municipalities: string[];
  municipality_names: string[];
  regions: string[];
  municipality_kinds: string[];
  version: string;
}

/** What threads and replies read alike: the facets their space gives them (THREAD_FACET_COLUMNS) and more. */
interface DiscussionRow {
  id: string;
  created_at: Date;
  is_example: boolean;
  topics: string[];
  municipalities: string[];
  regions: string[];
  municipality_kinds: string[];
  version: string;
}

interface ThreadRow extends DiscussionRow {
  title: string;
  tags: string[];
  first_body: string | null;
  space_name: string | null;
  space_names: string[];
}

interface PostRow extends DiscussionRow {
  thread_id: string;
  number: number;
  body: string;
  thread_title: string;
}

interface MunicipalityRow {
  id: string;
  slug: string;
  name: string;
  official_name: string | null;
  kind: string;
  region: string;
  district: string | null;
  seat: string | null;
  members: string[];
  programmes: string[];
  updated_at: Date;
  version: string;
}

/** The facets a thread inherits from its space: the topic, or the practice's topics and municipalities. */
const THREAD_FACET_COLUMNS = `CASE WHEN tp.id IS NOT NULL THEN ARRAY[tp.slug]::text[] ELSE ptp.slugs END AS topics,
  pm.slugs AS municipalities, pm.regions, pm.kinds AS municipality_kinds`;
const THREAD_FACET_JOINS = `${PRACTICE_TOPICS('pr')} ${PRACTICE_MUNICIPALITIES('pr')}`;

/** The fields of a thread's or a reply's document that come from its row alike; practices' facets do not apply. */
function discussionFields(r: DiscussionRow) {
  return {
    sourceId: r.id,
    version: Number(r.version),
    summary: '',
    topics: r.topics,
    municipalities: r.municipalities,
    regions: r.regions,
    municipalityKinds: r.municipality_kinds,
    status: null,
    hasResults: false,
    adopted: false,
    date: iso(r.created_at),
    isExample: r.is_example,
  };
}

/** Selects rows by id (`ids`) or walks them in id order (`after`, `limit`) for a full rebuild. */
type Selection = { ids: string[] } | { after: string | null; limit: number };

function selection(column: string, sel: Selection, firstParam: number): { where: string; tail: string; params: unknown[] } {
  if ('ids' in sel) return { where: `${column} = ANY($${firstParam}::uuid[])`, tail: '', params: [sel.ids] };
  return {
    where: `($${firstParam}::uuid IS NULL OR ${column} > $${firstParam}::uuid)`,
    tail: `ORDER BY ${column} LIMIT $${firstParam + 1}`,
    params: [sel.after, sel.limit],
  };
}

/**
 * What people call each kind of municipality, in German and English, so "Integrationslotsen
 * Landkreis" finds the practice of a district whose text never says "Landkreis".
 */
const KIND_WORDS: Record<string, string> = {
  town: 'Stadt town',
  municipality: 'Gemeinde municipality',
  district: 'Landkreis district',
  city_district: 'Stadtkreis city',
  association: 'Gemeindeverwaltungsverband Verwaltungsverband association',
  joint_project: 'Kooperation joint project',
};
const kindWords = (kinds: string[]) => kinds.map((k) => KIND_WORDS[k]).filter(Boolean);

const plain = (markdown: string | null | undefined) => (markdown ? markdownToPlainText(markdown) : '');
const joined = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n');
const iso = (d: Date) => new Date(d).toISOString();

/**
 * Builds search documents from the database: only what a guest may read is returned, so everything
 * else (drafts, archived practices, hidden, held or deleted content, threads of unpublished practices)
 * comes back as "not public" and is removed from the index.
 */
@Injectable()
export class SearchDocumentSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The public documents among `refs` (expanded where one change touches several documents). */
  async build(refs: DocumentRef[]): Promise<{ documents: SearchDocument[]; missing: { id: string; version: number }[] }> {
    const byKind = new Map<SearchKind, string[]>();
    for (const ref of refs) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id]);
    const documents: SearchDocument[] = [];
    for (const [kind, ids] of byKind) documents.push(...(await this.load(kind, { ids: [...new Set(ids)] })));
    const found = new Set(documents.map((d) => d.id));
    // The removal carries a version newer than any document built before now.
    const version = Date.now() * 1000;
    const missing = [...new Set(refs.map((r) => `${r.kind}:${r.id}`))].filter((id) => !found.has(id)).map((id) => ({ id, version }));
    return { documents, missing };
  }

  /** One batch of a full rebuild: the next public documents of a kind after `after` in id order. */
  async scan(kind: SearchKind, after: string | null, limit: number): Promise<{ documents: SearchDocument[]; next: string | null }> {
    const ids = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM ${kind === 'post' ? 'post' : kind} WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [after, limit],
    );
    if (ids.length === 0) return { documents: [], next: null };
    const documents = await this.load(kind, { ids: ids.map((r) => r.id) });
    return { documents, next: ids.length < limit ? null : ids[ids.length - 1].id };
  }

  /** How many rows a full rebuild walks per kind (for its progress bar). */
  async counts(): Promise<Record<SearchKind, number>> {
    const [row] = await this.dataSource.query<Record<SearchKind, number>[]>(
      `SELECT (SELECT count(*) FROM practice)::int AS practice, (SELECT count(*) FROM thread)::int AS thread,
              (SELECT count(*) FROM post)::int AS post, (SELECT count(*) FROM municipality)::int AS municipality`,
    );
    return row;
  }

  /** Refs of everything a change to a thread touches: the thread and its replies. */
  async threadWithReplies(threadIds: string[]): Promise<DocumentRef[]> {
    const posts = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM post WHERE thread_id = ANY($1::uuid[]) AND number > 1`, [threadIds]);
    return [...threadIds.map((id) => ({ kind: 'thread' as const, id })), ...posts.map((p) => ({ kind: 'post' as const, id: p.id }))];
  }

  /** Refs of a practice and of the discussions in its space (their visibility and facets follow it). */
  async practiceWithThreads(practiceIds: string[]): Promise<DocumentRef[]> {
    const threads = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM thread WHERE space_type = 'practice' AND space_id = ANY($1::uuid[])`,
      [practiceIds],
    );
    return [...practiceIds.map((id) => ({ kind: 'practice' as const, id })), ...(await this.threadWithReplies(threads.map((t) => t.id)))];
  }

  private load(kind: SearchKind, sel: Selection): Promise<SearchDocument[]> {
    switch (kind) {
      case 'practice':
        return this.practices(sel);
      case 'thread':
        return this.threads(sel);
      case 'post':
        return this.posts(sel);
      case 'municipality':
        return this.municipalities(sel);
    }
  }

  private async practices(sel: Selection): Promise<SearchDocument[]> {
    const s = selection('p.id', sel, 1);
    const rows = await this.dataSource.query<PracticeRow[]>(
      `SELECT p.id, p.slug, p.title, p.summary, p.problem, p.approach, p.results, p.success_factors, p.obstacles, p.transferability,
              p.outcomes, p.partners, p.funding_sources, p.target_groups, p.work_status, p.adoption_count > 0 AS adopted,
              p.published_at, p.is_example, ${PRACTICE_FACET_COLUMNS}, ${VERSION}
         FROM practice p ${PRACTICE_TOPICS('p')} ${PRACTICE_MUNICIPALITIES('p')} WHERE ${s.where} AND ${publicPracticeSql('p')} ${s.tail}`,
      s.params,
    );
    return rows.map((r) => ({
      id: `practice:${r.id}`,
      kind: 'practice',
      sourceId: r.id,
      version: Number(r.version),
      title: r.title,
      summary: r.summary,
      body: joined(
        plain(r.problem),
        plain(r.approach),
        plain(r.results),
        r.outcomes.map((o) => `${o.label} (${o.unit})`).join('; '),
        plain(r.success_factors),
        plain(r.obstacles),
        plain(r.transferability),
        r.partners.map((p) => p.name).join(', '),
        r.funding_sources.join(', '),
      ),
      tags: [...r.target_groups, ...r.topic_names, ...r.municipality_names, ...kindWords(r.municipality_kinds)],
      path: `/praxisbeispiele/${r.slug}`,
      context: r.municipality_names[0] ?? null,
      topics: r.topics,
      municipalities: r.municipalities,
      regions: r.regions,
      municipalityKinds: r.municipality_kinds,
      status: r.work_status,
      hasResults: r.outcomes.length > 0,
      adopted: r.adopted,
      date: iso(r.published_at),
      isExample: r.is_example,
    }));
  }

  private async threads(sel: Selection): Promise<SearchDocument[]> {
    const s = selection('t.id', sel, 1);
    const rows = await this.dataSource.query<ThreadRow[]>(
      `SELECT t.id, t.title, t.tags, t.created_at, t.is_example,
              CASE WHEN ${postShownSql('fp')} THEN fp.body END AS first_body,
              coalesce(tp.name_de, pg.name, pr.title) AS space_name,
              -- The space's name is part of what a thread is about: "Räume für das Sprachcafé" beside that practice.
              CASE WHEN tp.id IS NOT NULL THEN ARRAY[tp.name_de, tp.name_en] WHEN pr.id IS NOT NULL THEN ARRAY[pr.title] ELSE '{}'::text[] END AS space_names,
              ${THREAD_FACET_COLUMNS}, ${VERSION}
         FROM thread t ${THREAD_SPACE_JOINS} ${THREAD_FACET_JOINS}
         LEFT JOIN post fp ON fp.thread_id = t.id AND fp.number = 1
        WHERE ${s.where} AND ${publicThreadSql('t')} ${s.tail}`,
      s.params,
    );
    return rows.map((r) => ({
      ...discussionFields(r),
      id: `thread:${r.id}`,
      kind: 'thread',
      title: r.title,
      body: plain(r.first_body),
      tags: [...r.tags, ...r.space_names],
      path: `/diskussionen/${r.id}`,
      context: r.space_name,
    }));
  }

  /** Replies (number > 1); the first post is part of its thread's document. */
  private async posts(sel: Selection): Promise<SearchDocument[]> {
    const s = selection('p.id', sel, 1);
    const rows = await this.dataSource.query<PostRow[]>(
      `SELECT p.id, p.thread_id, p.number, p.body, t.title AS thread_title, p.created_at, t.is_example, ${THREAD_FACET_COLUMNS}, ${VERSION}
         FROM post p JOIN thread t ON t.id = p.thread_id ${THREAD_SPACE_JOINS} ${THREAD_FACET_JOINS}
        WHERE ${s.where} AND p.number > 1 AND ${postShownSql('p')} AND ${publicThreadSql('t')} ${s.tail}`,
      s.params,
    );
    return rows.map((r) => ({
      ...discussionFields(r),
      id: `post:${r.id}`,
      kind: 'post',
      // A reply has no title of its own: giving it the thread's would rank every reply like the thread.
      title: '',
      body: plain(r.body),
      tags: [],
      path: `/diskussionen/${r.thread_id}#beitrag-${r.number}`,
      context: r.thread_title,
    }));
  }

  private async municipalities(sel: Selection): Promise<SearchDocument[]> {
    const s = selection('m.id', sel, 1);
    const rows = await this.dataSource.query<MunicipalityRow[]>(
      `SELECT m.id, m.slug, m.name, m.official_name, m.kind, m.region, m.district, m.seat, m.members, m.updated_at,
              (SELECT coalesce(array_agg(pg.name), '{}') FROM programme_participant pp JOIN programme pg ON pg.id = pp.programme_id
                WHERE pp.municipality_id = m.id) AS programmes, ${VERSION}
         FROM municipality m WHERE ${s.where} ${s.tail}`,
      s.params,
    );
    return rows.map((r) => ({
      id: `municipality:${r.id}`,
      kind: 'municipality',
      sourceId: r.id,
      version: Number(r.version),
      title: r.name,
      summary: joined(r.official_name, r.seat, r.district),
      body: joined(r.members.join(', '), r.programmes.join('\n')),
      tags: [r.district ?? '', r.seat ?? '', ...kindWords([r.kind])].filter(Boolean),
      path: `/kommunen/${r.slug}`,
      context: r.district,
      topics: [],
      municipalities: [r.slug],
      regions: [r.region],
      municipalityKinds: [r.kind],
      status: null,
      hasResults: false,
      adopted: false,
      date: iso(r.updated_at),
      isExample: false,
    }));
  }
}
