import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { LIMITS, MUNICIPALITY_KINDS, type MunicipalityKind, REGIONS, type Region } from '@praxisforum/domain';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination.js';
import { MunicipalityKindEnum, RegionEnum } from '../municipality.enums.js';

@InputType()
export class MunicipalityFilter {
  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @Field(() => MunicipalityKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(MUNICIPALITY_KINDS)
  kind?: MunicipalityKind;

  @Field(() => String, { nullable: true, description: 'Part of the name, official name, district, seat or a member town.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchTextMax, { message: `search must be at most ${LIMITS.searchTextMax} characters.` })
  search?: string;
}

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field(() => MunicipalityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalityFilter)
  filter?: MunicipalityFilter;
}
