import { SEARCH_KINDS } from '@praxisforum/domain';
import { registerDomainEnum } from '../core/graphql/input-transforms.js';

export const SearchKindEnum = registerDomainEnum(SEARCH_KINDS, 'SearchKind', 'What a search hit is: a practice, a discussion thread, a reply in one, a municipality.');
export const SearchSortEnum = registerDomainEnum(['relevance', 'date'] as const, 'SearchSort', 'RELEVANCE: best matches first; DATE: newest first.');
export const SEARCH_NOTICES = ['query_truncated', 'unknown_filter'] as const;
export type SearchNotice = (typeof SEARCH_NOTICES)[number];
export const SearchNoticeEnum = registerDomainEnum(
  SEARCH_NOTICES,
  'SearchNotice',
  'QUERY_TRUNCATED: the query was longer than 200 characters or 10 words and was cut. UNKNOWN_FILTER: a filter named a topic or municipality that does not exist (no hits).',
);
export const SearchSuggestionTypeEnum = registerDomainEnum(
  ['document', 'query'] as const,
  'SearchSuggestionType',
  'DOCUMENT: go straight to a practice, thread or municipality; QUERY: search for this text.',
);
