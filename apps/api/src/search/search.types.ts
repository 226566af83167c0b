import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { type SearchKind } from '@praxisforum/domain';
import { SearchKindEnum, type SearchNotice, SearchNoticeEnum, SearchSuggestionTypeEnum } from './search.enums.js';

@ObjectType({ description: 'A piece of highlighted text: the page escapes it and marks the parts that matched.' })
export class TextPart {
  @Field()
  text: string;

  @Field()
  highlighted: boolean;
}

@ObjectType()
export class SearchHit {
  @Field(() => ID, { description: 'kind:sourceId' })
  id: string;

  @Field(() => SearchKindEnum)
  kind: SearchKind;

  @Field(() => [TextPart])
  title: TextPart[];

  @Field(() => [TextPart])
  snippet: TextPart[];

  @Field({ description: 'Web path to open, e.g. /praxisbeispiele/slug, /diskussionen/<id>#beitrag-3, /kommunen/slug' })
  path: string;

  @Field(() => String, { nullable: true, description: 'Municipality of a practice, thread title of a reply, space of a thread, district of a municipality.' })
  context: string | null;

  @Field()
  date: Date;

  @Field()
  isExample: boolean;
}

@ObjectType()
export class FacetCount {
  @Field({ description: 'Enum value (kinds, regions, municipalityKinds, statuses: GraphQL enum names) or slug (topics, municipalities).' })
  value: string;

  @Field(() => String, { nullable: true, description: 'Display name for topics (German) and municipalities; null for enum facets.' })
  label: string | null;

  @Field(() => String, { nullable: true, description: 'English display name for topics; null otherwise.' })
  labelEn: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts over the matches, each facet ignoring its own filter (values within a facet combine with OR).' })
export class SearchFacets {
  @Field(() => [FacetCount])
  kinds: FacetCount[];

  @Field(() => [FacetCount])
  topics: FacetCount[];

  @Field(() => [FacetCount])
  municipalities: FacetCount[];

  @Field(() => [FacetCount])
  regions: FacetCount[];

  @Field(() => [FacetCount])
  municipalityKinds: FacetCount[];

  @Field(() => [FacetCount])
  statuses: FacetCount[];

  @Field(() => Int)
  hasResults: number;

  @Field(() => Int)
  adopted: number;
}

@ObjectType()
export class SearchResults {
  @Field({ description: 'The query actually searched (after cutting to the limits).' })
  query: string;

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => [SearchHit])
  hits: SearchHit[];

  @Field(() => SearchFacets)
  facets: SearchFacets;

  @Field(() => String, { nullable: true, description: 'Did you mean: the query with typos corrected, when the engine corrected any.' })
  correctedQuery: string | null;

  @Field(() => [SearchNoticeEnum])
  notices: SearchNotice[];
}

@ObjectType()
export class SearchSuggestion {
  @Field(() => SearchSuggestionTypeEnum)
  type: 'document' | 'query';

  @Field()
  text: string;

  @Field(() => SearchKindEnum, { nullable: true })
  kind: SearchKind | null;

  @Field(() => String, { nullable: true, description: 'Set for DOCUMENT suggestions: where to go.' })
  path: string | null;
}
