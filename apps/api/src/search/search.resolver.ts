import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchArgs, SearchSuggestionsArgs } from './dto/search.args.js';
import { SearchService } from './search.service.js';
import { SearchResults, SearchSuggestion } from './search.types.js';

/** Search is public: the index holds only what guests may read, and hits are checked again on the way out. */
@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SearchResults, { name: 'search', description: 'Search over published practices, visible discussions and municipalities. Empty q browses newest first.' })
  searchAll(@Args() args: SearchArgs): Promise<SearchResults> {
    return this.search.search(args);
  }

  @Query(() => [SearchSuggestion], { description: 'Suggestions while typing (from 2 characters); at most `limit` (≤ 8).' })
  searchSuggestions(@Args() { q, limit }: SearchSuggestionsArgs): Promise<SearchSuggestion[]> {
    return this.search.suggest(q, limit);
  }
}
