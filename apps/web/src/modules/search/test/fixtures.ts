import type { MockLink } from '@apollo/client/testing';
import type { SearchQueryVariables, SearchSuggestionsQueryVariables } from '../../../graphql/generated';
import { SEARCH_QUERY } from '../graphql/search.graphql';
import { SEARCH_SUGGESTIONS_QUERY } from '../graphql/suggestions.graphql';
import type { FacetCountView, SearchFacetsView, SearchHitView, SearchResultsView, SearchSuggestionView, TextPartView } from '../graphql/types';

/** Test data shaped like the API's answers (with __typename). */

/** "Sprach[café]-Netzwerk": brackets mark the highlighted parts. */
export function parts(text: string): TextPartView[] {
  return text
    .split(/(\[[^\]]*\])/)
    .filter(Boolean)
    .map((piece) =>
      piece.startsWith('[') ? { __typename: 'TextPart', text: piece.slice(1, -1), highlighted: true } : { __typename: 'TextPart', text: piece, highlighted: false },
    );
}

export function buildHit(overrides: Partial<SearchHitView> = {}): SearchHitView {
  return {
    __typename: 'SearchHit',
    id: 'practice:p1',
    kind: 'PRACTICE',
    path: '/praxisbeispiele/sprachcafe-netzwerk-in-den-stadtteilen',
    context: 'Freiburg im Breisgau',
    date: '2024-03-12T09:30:00.000Z',
    isExample: false,
    title: parts('[Sprachcafé]-Netzwerk in den Stadtteilen'),
    snippet: parts('Ehrenamtliche betreiben an sechs Standorten wöchentliche [Sprachcafés].'),
    ...overrides,
  };
}

export function facet(value: string, count: number, label: string | null = null, labelEn: string | null = null): FacetCountView {
  return { __typename: 'FacetCount', value, label, labelEn, count };
}

export function buildFacets(overrides: Partial<SearchFacetsView> = {}): SearchFacetsView {
  return {
    __typename: 'SearchFacets',
    kinds: [],
    topics: [],
    municipalities: [],
    regions: [],
    municipalityKinds: [],
    statuses: [],
    hasResults: 0,
    adopted: 0,
    ...overrides,
  };
}

export function buildResults(overrides: Partial<SearchResultsView> = {}): SearchResultsView {
  const hits = overrides.hits ?? [];
  return {
    __typename: 'SearchResults',
    query: '',
    totalCount: hits.length,
    page: 1,
    pageSize: 20,
    correctedQuery: null,
    notices: [],
    hits,
    facets: buildFacets(),
    ...overrides,
  };
}

/** Variables as the page sends them for a state (the defaults filled in). */
export function searchVariables(overrides: Partial<SearchQueryVariables> = {}): SearchQueryVariables {
  return { q: '', sort: 'RELEVANCE', page: 1, pageSize: 20, ...overrides };
}

export function searchMock(variables: SearchQueryVariables, results: SearchResultsView, { delay }: { delay?: number } = {}): MockLink.MockedResponse {
  return { request: { query: SEARCH_QUERY, variables }, result: { data: { search: results } }, ...(delay === undefined ? {} : { delay }), maxUsageCount: Number.POSITIVE_INFINITY };
}

export function querySuggestion(text: string): SearchSuggestionView {
  return { __typename: 'SearchSuggestion', type: 'QUERY', text, kind: null, path: null };
}

export function documentSuggestion(text: string, path: string, kind: SearchSuggestionView['kind'] = 'PRACTICE'): SearchSuggestionView {
  return { __typename: 'SearchSuggestion', type: 'DOCUMENT', text, kind, path };
}

export function suggestionsMock(
  q: string,
  suggestions: SearchSuggestionView[],
  { delay, onRequest }: { delay?: number; onRequest?: () => void } = {},
): MockLink.MockedResponse {
  const variables: SearchSuggestionsQueryVariables = { q, limit: 8 };
  return {
    request: { query: SEARCH_SUGGESTIONS_QUERY, variables },
    result: () => {
      onRequest?.();
      return { data: { searchSuggestions: suggestions } };
    },
    ...(delay === undefined ? {} : { delay }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
