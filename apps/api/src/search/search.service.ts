import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SEARCH_LIMITS, type SearchKind } from '@praxisforum/domain';
import { DataSource } from 'typeorm';
import { badInput } from '../core/errors/domain-error.js';
import { postShownSql, publicPracticeSql, publicThreadSql } from '../core/visibility/visibility.sql.js';
import { type SearchArgs, type SearchFilterInput } from './dto/search.args.js';
import { type SearchNotice } from './search.enums.js';
import { berlinDay, cutQuery } from './search-input.js';
import { SearchIndexer } from './search-indexer.js';
import { type FacetValue, SEARCH_PORT, type SearchFilters, type SearchHit, type SearchPort } from './search.port.js';
import { type FacetCount, type SearchResults, type SearchSuggestion, type TextPart } from './search.types.js';

const NO_FACETS = { kinds: [], topics: [], municipalities: [], regions: [], municipalityKinds: [], statuses: [], hasResults: 0, adopted: 0 };

/**
 * Search for everyone (guests included): the index holds public content only. The service cuts the
 * query to its limits, resolves filters, asks the engine, and checks the hits against the database,
 * because an index lags its source by up to a second (a just-hidden post must not show).
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_PORT) private readonly port: SearchPort,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexer: SearchIndexer,
  ) {}

  async search(args: SearchArgs): Promise<SearchResults> {
    const { text, truncated } = cutQuery(args.q ?? '');
    const notices: SearchNotice[] = truncated ? ['query_truncated'] : [];
    const page = args.page ?? 1;
    const pageSize = args.pageSize ?? SEARCH_LIMITS.pageSizeDefault;
    const empty = { query: text, totalCount: 0, page, pageSize, hits: [], facets: NO_FACETS, correctedQuery: null, notices };

    const filters = await this.resolveFilters(args.filter);
    if (filters === 'unknown') return { ...empty, notices: [...notices, 'unknown_filter'] };

    // Beyond the result window a page is empty (nobody reads hit 1,000); counts are still given.
    const offset = (page - 1) * pageSize;
    const beyond = offset >= SEARCH_LIMITS.maxResultWindow;
    const result = await this.port.search({
      text,
      filters,
      sort: args.sort ?? 'relevance',
      offset: beyond ? 0 : offset,
      limit: beyond ? 0 : Math.min(pageSize, SEARCH_LIMITS.maxResultWindow - offset),
    });
    const { hits, labels } = await this.checkAndLabel(result.hits, result.facets.topics, result.facets.municipalities);
    return {
      query: text,
      totalCount: Math.max(0, result.total - (result.hits.length - hits.length)),
      page,
      pageSize,
      hits: hits.map((hit) => ({
        id: hit.id,
        kind: hit.kind,
        // A reply has no title of its own: it is shown under its thread's.
        title: hit.title.length > 0 ? parts(hit.title) : [{ text: hit.context ?? '', highlighted: false }],
        snippet: parts(hit.snippet),
        path: hit.path,
        context: hit.context,
        date: new Date(hit.date),
        isExample: hit.isExample,
      })),
      facets: {
        kinds: enumFacet(result.facets.kinds),
        topics: result.facets.topics.map((f) => ({ ...f, label: labels.topics.get(f.value)?.de ?? null, labelEn: labels.topics.get(f.value)?.en ?? null })),
        municipalities: result.facets.municipalities.map((f) => ({ ...f, label: labels.municipalities.get(f.value) ?? null, labelEn: null })),
        regions: enumFacet(result.facets.regions),
        municipalityKinds: enumFacet(result.facets.municipalityKinds),
        statuses: enumFacet(result.facets.statuses),
        hasResults: result.facets.hasResults,
        adopted: result.facets.adopted,
      },
      correctedQuery: result.correctedQuery,
      notices,
    };
  }

  async suggest(q: string, limit: number): Promise<SearchSuggestion[]> {
    const { text } = cutQuery(q);
    if ([...text].length < SEARCH_LIMITS.suggestMinLength) return [];
    const suggestions = await this.port.suggest(text, limit);
    return suggestions.map((s) => ({ type: s.type, text: s.text, kind: s.kind ?? null, path: s.path ?? null }));
  }

  /**
   * Slugs to stored values; 'unknown' when a topic or municipality does not exist, which the page
   * explains instead of showing an error (a shared link may name a renamed topic).
   */
  private async resolveFilters(input: SearchFilterInput | undefined): Promise<SearchFilters | 'unknown'> {
    if (!input) return {};
    const topics = unique(input.topics);
    const municipalities = unique(input.municipalities);
    if (topics?.length || municipalities?.length) {
      const [known] = await this.dataSource.query<{ topics: number; municipalities: number }[]>(
        `SELECT (SELECT count(*) FROM topic WHERE slug = ANY($1::text[]))::int AS topics,
                (SELECT count(*) FROM municipality WHERE slug = ANY($2::text[]))::int AS municipalities`,
        [topics ?? [], municipalities ?? []],
      );
      if (known.topics < (topics?.length ?? 0) || known.municipalities < (municipalities?.length ?? 0)) return 'unknown';
    }
    const from = input.from ? berlinDay(input.from) : undefined;
    const to = input.to ? berlinDay(input.to) : undefined;
    if ((input.from && !from) || (input.to && !to)) {
      const fields = { ...(input.from && !from ? { from: ['from is not a calendar date.'] } : {}), ...(input.to && !to ? { to: ['to is not a calendar date.'] } : {}) };
      throw badInput(Object.values(fields).flat().join(' '), fields);
    }
    if (from && to && to.end < from.start) throw badInput('to must not be before from.', { to: ['to must not be before from.'] });
    return {
      kinds: unique(input.kinds),
      topics,
      municipalities,
      regions: unique(input.regions),
      municipalityKinds: unique(input.municipalityKinds),
      statuses: unique(input.statuses),
      hasResults: input.hasResults ?? undefined,
      adopted: input.adopted ?? undefined,
      from: from?.start,
      to: to?.end,
    };
  }

  /**
   * In one statement: drops hits whose source is no longer public (and has the index catch up with
   * them), and names the topic and municipality facets.
   */
  private async checkAndLabel(hits: SearchHit[], topics: FacetValue[], municipalities: FacetValue[]) {
    const labels = { topics: new Map<string, { de: string; en: string }>(), municipalities: new Map<string, string>() };
    if (hits.length === 0 && topics.length === 0 && municipalities.length === 0) return { hits, labels };
    const ids = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.sourceId);
    const rows = await this.dataSource.query<{ kind: 'visible' | 'topic' | 'municipality'; key: string; de: string | null; en: string | null }[]>(
      `SELECT 'visible' AS kind, p.id::text AS key, NULL AS de, NULL AS en FROM practice p WHERE p.id = ANY($1::uuid[]) AND ${publicPracticeSql('p')}
       UNION ALL SELECT 'visible', t.id::text, NULL, NULL FROM thread t WHERE t.id = ANY($2::uuid[]) AND ${publicThreadSql('t')}
       UNION ALL SELECT 'visible', x.id::text, NULL, NULL FROM post x JOIN thread t ON t.id = x.thread_id
                  WHERE x.id = ANY($3::uuid[]) AND ${postShownSql('x')} AND ${publicThreadSql('t')}
       UNION ALL SELECT 'visible', m.id::text, NULL, NULL FROM municipality m WHERE m.id = ANY($4::uuid[])
       UNION ALL SELECT 'topic', slug, name_de, name_en FROM topic WHERE slug = ANY($5::text[])
       UNION ALL SELECT 'municipality', slug, name, NULL FROM municipality WHERE slug = ANY($6::text[])`,
      [ids('practice'), ids('thread'), ids('post'), ids('municipality'), topics.map((f) => f.value), municipalities.map((f) => f.value)],
    );
    const visible = new Set<string>();
    for (const r of rows) {
      if (r.kind === 'visible') visible.add(r.key);
      else if (r.kind === 'topic') labels.topics.set(r.key, { de: r.de!, en: r.en ?? r.de! });
      else labels.municipalities.set(r.key, r.de!);
    }
    const stale = hits.filter((h) => !visible.has(h.sourceId));
    if (stale.length > 0) await this.indexer.refreshLater(stale.map((h) => ({ kind: h.kind, id: h.sourceId })));
    return { hits: hits.filter((h) => visible.has(h.sourceId)), labels };
  }
}

function unique<T>(values: T[] | undefined | null): T[] | undefined {
  return values && values.length > 0 ? [...new Set(values)] : undefined;
}

const parts = (list: { text: string; match: boolean }[]): TextPart[] => list.map((p) => ({ text: p.text, highlighted: p.match }));

/** Enum facets are named as the GraphQL enum values the web sends back as filters. */
const enumFacet = (values: FacetValue[]): FacetCount[] => values.map((f) => ({ value: f.value.toUpperCase(), count: f.count, label: null, labelEn: null }));
