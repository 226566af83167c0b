import { type SearchKind } from '@praxisforum/domain';

/**
 * The search port (DESIGN.md): two engines behind it, PostgresSearch (default and fallback) and
 * MeilisearchSearch, held to one contract suite (search-port.contract.ts).
 *
 * The index holds only what a guest may read: published practices, visible threads and replies in
 * visible spaces, municipalities. Anything else is removed, so no engine can leak it; the search
 * service still checks the hits against the database before answering (an index can lag).
 */
export const SEARCH_PORT = Symbol('SEARCH_PORT');

export interface SearchDocument {
  /** `${kind}:${sourceId}`, unique across kinds. */
  id: string;
  kind: SearchKind;
  /** Id of the practice, thread, post or municipality. */
  sourceId: string;
  /**
   * Grows with every change of the source (microseconds of the database snapshot the document was
   * built from): an engine keeps the higher version, so a late outbox event never overwrites a newer one.
   */
  version: number;
  /** Weight A. */
  title: string;
  /** Weight B: practice summary, municipality profile; with the tags. */
  summary: string;
  /** Weight C: the rest as plain text (Markdown stripped), e.g. practice sections and outcome labels, post body. */
  body: string;
  /** Weight B: thread tags, practice target groups, topic names, municipality name. */
  tags: string[];
  /** Where the web app shows it, e.g. `/praxisbeispiele/<slug>`, `/diskussionen/<id>#beitrag-3`. */
  path: string;
  /** Shown under the title: municipality of a practice, thread title of a reply, space of a thread, district of a municipality. */
  context: string | null;
  /** Topic slugs. */
  topics: string[];
  /** Municipality slugs: owner and partners of a practice, the practice's owner for its threads, the municipality itself. */
  municipalities: string[];
  /** Regions (Region enum values, lower case: 'freiburg', 'karlsruhe', 'stuttgart', 'tuebingen') of those municipalities. */
  regions: string[];
  /** Kinds (municipality_kind values, e.g. 'town', 'district') of those municipalities. */
  municipalityKinds: string[];
  /** Work status of a practice ('idea', 'pilot', 'running', 'completed', 'discontinued'); null for other kinds. */
  status: string | null;
  /** A practice with at least one measured outcome. */
  hasResults: boolean;
  /** A practice adopted by at least one other municipality. */
  adopted: boolean;
  /** Publication date of a practice, creation of a thread or post, last profile change of a municipality (ISO, UTC). */
  date: string;
  /** Demo content, shown with the "Beispiel" badge. */
  isExample: boolean;
}

export interface SearchFilters {
  kinds?: SearchKind[];
  topics?: string[];
  municipalities?: string[];
  regions?: string[];
  municipalityKinds?: string[];
  statuses?: string[];
  hasResults?: boolean;
  adopted?: boolean;
  /** Inclusive bounds on `date`. */
  from?: Date;
  to?: Date;
}

export type SearchSort = 'relevance' | 'date';

export interface SearchQuery {
  /** Already cut to the limits (SEARCH_LIMITS); empty browses everything, newest first. */
  text: string;
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
}

/** Highlighted text as parts, never as HTML: the page escapes every part and marks the matches. */
export interface TextPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  sourceId: string;
  title: TextPart[];
  /** A short passage of summary or body around the matches (or its beginning). */
  snippet: TextPart[];
  path: string;
  context: string | null;
  date: string;
  isExample: boolean;
}

export interface FacetValue {
  value: string;
  count: number;
}

/**
 * Counts per value over the documents that match the query and every filter except the facet's
 * own (checkboxes within one facet combine with OR, so their counts must not shrink each other).
 */
export interface SearchFacets {
  kinds: FacetValue[];
  topics: FacetValue[];
  municipalities: FacetValue[];
  regions: FacetValue[];
  municipalityKinds: FacetValue[];
  statuses: FacetValue[];
  /** Matching documents with measured results / adopted elsewhere. */
  hasResults: number;
  adopted: number;
}

/** The facets listed value by value; the other two count documents with a flag. */
export type ListFacet = 'kinds' | 'topics' | 'municipalities' | 'regions' | 'municipalityKinds' | 'statuses';
export type FlagFacet = 'hasResults' | 'adopted';

/** SearchFacets from an engine's per-facet lookups, so that every engine fills the same fields. */
export function facetsFrom(list: (facet: ListFacet) => FacetValue[], flag: (facet: FlagFacet) => number): SearchFacets {
  return {
    kinds: list('kinds'),
    topics: list('topics'),
    municipalities: list('municipalities'),
    regions: list('regions'),
    municipalityKinds: list('municipalityKinds'),
    statuses: list('statuses'),
    hasResults: flag('hasResults'),
    adopted: flag('adopted'),
  };
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
  /** The query as the engine understood it after correcting typos ("did you mean"); null when nothing was corrected. */
  correctedQuery: string | null;
}

export interface SearchSuggestion {
  /** A completed or corrected query ('query'), or the title of a document ('document'). */
  type: 'query' | 'document';
  text: string;
  kind?: SearchKind;
  path?: string;
}

export interface SearchHealth {
  ok: boolean;
  engine: string;
  detail?: string;
}

export interface SearchPort {
  readonly engine: 'postgres' | 'meilisearch';
  /** Adds or replaces documents (keeping a stored higher version); resolves once they are searchable. */
  index(documents: SearchDocument[]): Promise<void>;
  /** Removes documents unless a higher version is stored (that one was built after the removal). */
  remove(items: { id: string; version: number }[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Suggestions as the user types (prefix of the last word, typos tolerated). */
  suggest(text: string, limit: number): Promise<SearchSuggestion[]>;
  health(): Promise<SearchHealth>;
  /** Empties the index (settings stay); `reindex` starts with it. */
  clear(): Promise<void>;
}
