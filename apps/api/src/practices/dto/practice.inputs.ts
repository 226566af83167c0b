import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  type AdoptionKind,
  LIMITS,
  type MunicipalityKind,
  type MunicipalitySize,
  MUNICIPALITY_KINDS,
  MUNICIPALITY_SIZES,
  PARTNER_KINDS,
  type PartnerKind,
  PRACTICE_LIMITS as L,
  REGIONS,
  type Region,
  WORK_STATUSES,
  type WorkStatus,
  ADOPTION_KINDS,
} from '@praxisforum/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim, trimToUndefined } from '../../core/graphql/input-transforms.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { MunicipalityKindEnum, RegionEnum } from '../../municipalities/index.js';
import { AdoptionKindEnum, MunicipalitySizeEnum, PartnerKindEnum, PracticeSort, WorkStatusEnum } from '../practice.enums.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (field: string): PropertyDecorator[] => [
  Matches(ISO_DATE, { message: `${field} must be a date written YYYY-MM-DD.` }),
  IsISO8601({ strict: true }, { message: `${field} must be a valid calendar date.` }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));
const trimAll = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value;
const section = (field: string): PropertyDecorator[] => [
  Transform(trim),
  IsString(),
  MaxLength(L.sectionMax, { message: `${field} must be at most ${L.sectionMax} characters.` }),
];

@InputType({ description: 'A measurable result. The value is a number; the unit says what it counts.' })
export class OutcomeInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.outcomeLabelMax, { message: `label must be between 1 and ${L.outcomeLabelMax} characters.` })
  label: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number.' })
  @Min(-L.outcomeValueMax, { message: `value must be at least -${L.outcomeValueMax}.` })
  @Max(L.outcomeValueMax, { message: `value must be at most ${L.outcomeValueMax}.` })
  value: number;

  @Field({ description: 'What the value counts, e.g. "Personen", "%", "Treffen".' })
  @Transform(trim)
  @IsString()
  @Length(1, L.outcomeUnitMax, { message: `unit must be between 1 and ${L.outcomeUnitMax} characters (every figure needs a unit).` })
  unit: string;

  @Field({ description: 'ISO date (YYYY-MM-DD) the figure refers to.' })
  @apply(isoDate('asOf'))
  asOf: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(L.outcomeSourceMax, { message: `source must be at most ${L.outcomeSourceMax} characters.` })
  source?: string;
}

@InputType()
export class PartnerInput {
  @Field(() => PartnerKindEnum)
  @IsIn(PARTNER_KINDS)
  kind: PartnerKind;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.partnerNameMax, { message: `name must be between 1 and ${L.partnerNameMax} characters.` })
  name: string;
}

@InputType()
export class CreatePracticeInput {
  @Field({ description: 'The owning municipality; you must coordinate it.' })
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  municipalitySlug: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `title must be between ${L.titleMin} and ${L.titleMax} characters.` })
  title: string;
}

@InputType({ description: 'All editable fields of a practice (a save replaces them all), with the version it was based on.' })
export class UpdatePracticeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a practice id.' })
  id: string;

  @Field(() => Int, { description: 'The version the edit started from; a newer one in the database means a conflict.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `title must be between ${L.titleMin} and ${L.titleMax} characters.` })
  title: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(L.summaryMax, { message: `summary must be at most ${L.summaryMax} characters.` })
  summary: string = '';

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  @ArrayMaxSize(L.topicsMax, { message: `topics can have at most ${L.topicsMax} entries.` })
  topicSlugs: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  @ArrayMaxSize(L.partnerMunicipalitiesMax, { message: `partnerMunicipalitySlugs can have at most ${L.partnerMunicipalitiesMax} entries.` })
  partnerMunicipalitySlugs: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @Transform(trimAll)
  @IsString({ each: true })
  @MaxLength(L.targetGroupMax, { each: true, message: `each target group must be at most ${L.targetGroupMax} characters.` })
  @ArrayMaxSize(L.targetGroupsMax, { message: `targetGroups can have at most ${L.targetGroupsMax} entries.` })
  targetGroups: string[] = [];

  @Field(() => WorkStatusEnum)
  @IsIn(WORK_STATUSES)
  workStatus: WorkStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToUndefined)
  @apply(isoDate('periodStart'))
  periodStart?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToUndefined)
  @apply(isoDate('periodEnd'))
  periodEnd?: string;

  @Field({ defaultValue: '' }) @apply(section('problem')) problem: string = '';
  @Field({ defaultValue: '' }) @apply(section('approach')) approach: string = '';
  @Field({ defaultValue: '' }) @apply(section('results')) results: string = '';
  @Field({ defaultValue: '' }) @apply(section('successFactors')) successFactors: string = '';
  @Field({ defaultValue: '' }) @apply(section('obstacles')) obstacles: string = '';
  @Field({ defaultValue: '' }) @apply(section('transferability')) transferability: string = '';

  @Field(() => [OutcomeInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => OutcomeInput)
  @ArrayMaxSize(L.outcomesMax, { message: `outcomes can have at most ${L.outcomesMax} entries.` })
  outcomes: OutcomeInput[] = [];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'costOneOffEur must be a whole number of euros.' })
  @Min(0, { message: 'costOneOffEur cannot be negative.' })
  @Max(L.costMaxEur, { message: `costOneOffEur must be at most ${L.costMaxEur}.` })
  costOneOffEur?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'costYearlyEur must be a whole number of euros.' })
  @Min(0, { message: 'costYearlyEur cannot be negative.' })
  @Max(L.costMaxEur, { message: `costYearlyEur must be at most ${L.costMaxEur}.` })
  costYearlyEur?: number;

  @Field(() => [String], { defaultValue: [] })
  @Transform(trimAll)
  @IsString({ each: true })
  @MaxLength(L.fundingSourceMax, { each: true, message: `each funding source must be at most ${L.fundingSourceMax} characters.` })
  @ArrayMaxSize(L.fundingSourcesMax, { message: `fundingSources can have at most ${L.fundingSourcesMax} entries.` })
  fundingSources: string[] = [];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 }, { message: 'staffHoursPerMonth must be a number with at most one decimal.' })
  @Min(0, { message: 'staffHoursPerMonth cannot be negative.' })
  @Max(L.staffHoursPerMonthMax, { message: `staffHoursPerMonth must be at most ${L.staffHoursPerMonthMax}.` })
  staffHoursPerMonth?: number;

  @Field(() => [PartnerInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => PartnerInput)
  @ArrayMaxSize(L.partnersMax, { message: `partners can have at most ${L.partnersMax} entries.` })
  partners: PartnerInput[] = [];

  @Field(() => [MunicipalityKindEnum], { defaultValue: [] })
  @IsIn(MUNICIPALITY_KINDS, { each: true })
  transferableKinds: MunicipalityKind[] = [];

  @Field(() => [MunicipalitySizeEnum], { defaultValue: [] })
  @IsIn(MUNICIPALITY_SIZES, { each: true })
  transferableSizes: MunicipalitySize[] = [];

  @Field(() => ID, { nullable: true, description: 'A registered person as contact (shown by their display name).' })
  @IsOptional()
  @IsUUID('all', { message: 'contactUserId must be a user id.' })
  contactUserId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(L.contactNameMax, { message: `contactName must be at most ${L.contactNameMax} characters.` })
  contactName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToUndefined)
  @MaxLength(LIMITS.emailMax)
  @IsEmail({}, { message: 'contactEmail must be a valid e-mail address.' })
  contactEmail?: string;

  @Field({ defaultValue: false, description: 'The contact person agreed that name and e-mail are shown publicly.' })
  @IsBoolean()
  contactConsent: boolean = false;

  @Field(() => String, { nullable: true, description: 'For edits of a published practice: what changed (kept with the revision).' })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(L.revisionNoteMax, { message: `revisionNote must be at most ${L.revisionNoteMax} characters.` })
  revisionNote?: string;
}

@InputType()
export class ReturnPracticeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a practice id.' })
  id: string;

  @Field({ description: 'What the coordinators should change before submitting again.' })
  @Transform(trim)
  @IsString()
  @Length(L.reviewCommentMin, L.reviewCommentMax, {
    message: `comment must be between ${L.reviewCommentMin} and ${L.reviewCommentMax} characters.`,
  })
  comment: string;
}

@InputType()
export class AdoptionInput {
  @Field(() => AdoptionKindEnum)
  @IsIn(ADOPTION_KINDS)
  kind: AdoptionKind;

  @Field({ description: 'ISO date (YYYY-MM-DD), not in the future.' })
  @apply(isoDate('adoptedOn'))
  adoptedOn: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(L.adoptionChangesMax, { message: `changes must be at most ${L.adoptionChangesMax} characters.` })
  changes: string = '';

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(L.adoptionResultsMax, { message: `results must be at most ${L.adoptionResultsMax} characters.` })
  results: string = '';

  @Field(() => [OutcomeInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => OutcomeInput)
  @ArrayMaxSize(L.outcomesMax, { message: `outcomes can have at most ${L.outcomesMax} entries.` })
  outcomes: OutcomeInput[] = [];
}

@InputType()
export class RecordAdoptionInput extends AdoptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'practiceId must be a practice id.' })
  practiceId: string;

  @Field({ description: 'The adopting municipality; you must coordinate it.' })
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  municipalitySlug: string;
}

@InputType()
export class UpdateAdoptionInput extends AdoptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an adoption id.' })
  id: string;
}

@InputType()
export class PracticeFilter {
  @Field(() => String, { nullable: true, description: 'Topic slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  topic?: string;

  @Field(() => String, { nullable: true, description: 'Owning municipality slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  municipality?: string;

  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @Field(() => MunicipalityKindEnum, { nullable: true, description: 'Kind of the owning municipality.' })
  @IsOptional()
  @IsIn(MUNICIPALITY_KINDS)
  kind?: MunicipalityKind;

  @Field(() => WorkStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(WORK_STATUSES)
  workStatus?: WorkStatus;

  @Field(() => Boolean, { nullable: true, description: 'Only practices with measurable outcomes.' })
  @IsOptional()
  @IsBoolean()
  hasFigures?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only practices other municipalities have adopted.' })
  @IsOptional()
  @IsBoolean()
  adoptedElsewhere?: boolean;

  @Field(() => String, { nullable: true, description: 'Words in title or summary.' })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(LIMITS.searchTextMax)
  search?: string;
}

@ArgsType()
export class PracticesArgs extends PageArgs {
  @Field(() => PracticeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeFilter)
  filter?: PracticeFilter;

  @Field(() => PracticeSort, { defaultValue: PracticeSort.NEWEST })
  @IsIn(Object.values(PracticeSort))
  sort: PracticeSort = PracticeSort.NEWEST;
}
