import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  MUNICIPALITY_KINDS,
  type MunicipalityKind,
  REGIONS,
  type Region,
  SEARCH_KINDS,
  SEARCH_LIMITS,
  type SearchKind,
  WORK_STATUSES,
  type WorkStatus,
} from '@praxisforum/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MunicipalityKindEnum, RegionEnum } from '../../municipalities/index.js';
import { WorkStatusEnum } from '../../practices/index.js';
import { SearchKindEnum, SearchSortEnum } from '../search.enums.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Long enough for any real filter; the query itself is cut, never refused (SearchService). */
const MAX_VALUES = 50;

@InputType()
export class SearchFilterInput {
  @Field(() => [SearchKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(SEARCH_KINDS.length)
  @IsIn(SEARCH_KINDS, { each: true })
  kinds?: SearchKind[];

  @Field(() => [String], { nullable: true, description: 'Topic slugs.' })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  topics?: string[];

  @Field(() => [String], { nullable: true, description: 'Municipality slugs.' })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  municipalities?: string[];

  @Field(() => [RegionEnum], { nullable: true })
  @IsOptional()
  @IsIn(REGIONS, { each: true })
  regions?: Region[];

  @Field(() => [MunicipalityKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(MUNICIPALITY_KINDS, { each: true })
  municipalityKinds?: MunicipalityKind[];

  @Field(() => [WorkStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(WORK_STATUSES, { each: true })
  statuses?: WorkStatus[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  hasResults?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  adopted?: boolean;

  @Field(() => String, { nullable: true, description: 'Inclusive, ISO date YYYY-MM-DD (Europe/Berlin day).' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from must be a date like 2026-01-31.' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Inclusive, ISO date YYYY-MM-DD (Europe/Berlin day).' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'to must be a date like 2026-12-31.' })
  to?: string;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  // Cut to 200 characters by the service with a notice; this only stops absurd payloads.
  @MaxLength(10_000, { message: 'q must be at most 10000 characters.' })
  q?: string;

  @Field(() => SearchFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilterInput)
  filter?: SearchFilterInput;

  @Field(() => SearchSortEnum, { defaultValue: 'relevance' })
  @IsIn(['relevance', 'date'])
  sort: 'relevance' | 'date' = 'relevance';

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1, { message: 'page must be at least 1.' })
  // A page beyond the end is answered empty; this bound only keeps the number an integer.
  @Max(1_000_000, { message: 'page must be at most 1000000.' })
  page: number = 1;

  @Field(() => Int, { defaultValue: SEARCH_LIMITS.pageSizeDefault, description: `Hits per page, at most ${SEARCH_LIMITS.pageSizeMax}.` })
  @IsInt()
  @Min(1, { message: 'pageSize must be at least 1.' })
  @Max(SEARCH_LIMITS.pageSizeMax, { message: `pageSize must be at most ${SEARCH_LIMITS.pageSizeMax}.` })
  pageSize: number = SEARCH_LIMITS.pageSizeDefault;
}

@ArgsType()
export class SearchSuggestionsArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(10_000, { message: 'q must be at most 10000 characters.' })
  q: string;

  @Field(() => Int, { defaultValue: SEARCH_LIMITS.suggestMax })
  @IsInt()
  @Min(1, { message: 'limit must be at least 1.' })
  @Max(SEARCH_LIMITS.suggestMax, { message: `limit must be at most ${SEARCH_LIMITS.suggestMax}.` })
  limit: number = SEARCH_LIMITS.suggestMax;
}
