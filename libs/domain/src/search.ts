/** What the search covers; one document per published practice, visible thread, visible reply, municipality. */
export const SEARCH_KINDS = ['practice', 'thread', 'post', 'municipality'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Limits of the search box; longer queries are cut with a notice, never refused. */
export const SEARCH_LIMITS = {
  queryMaxLength: 200,
  queryMaxWords: 10,
  pageSizeDefault: 20,
  pageSizeMax: 50,
  /** Deeper pages are answered empty: nobody reads result 1,000, but a crawler would make us rank it. */
  maxResultWindow: 1000,
  suggestMinLength: 2,
  suggestMax: 8,
} as const;
