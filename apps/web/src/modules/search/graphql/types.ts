import type { FacetCountFieldsFragment, SearchQuery, SearchSuggestionsQuery } from '../../../graphql/generated';

/** One page of results (query `Search`). */
export type SearchResultsView = SearchQuery['search'];
export type SearchHitView = SearchResultsView['hits'][number];
export type TextPartView = SearchHitView['title'][number];
export type SearchFacetsView = SearchResultsView['facets'];
export type FacetCountView = FacetCountFieldsFragment;
/** A suggestion of the header's search box (query `SearchSuggestions`). */
export type SearchSuggestionView = SearchSuggestionsQuery['searchSuggestions'][number];
