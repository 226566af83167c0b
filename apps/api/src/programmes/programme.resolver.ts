import { Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { type RequestContext } from '../core/graphql/request-context.js';
import { Municipality } from '../municipalities/index.js';
import { Programme } from './programme.entity.js';
import { ProgrammeService } from './programme.service.js';

function participantsLoader(ctx: RequestContext, service: ProgrammeService) {
  return ctx.loaders.get('programme.participants', () => new DataLoader((ids: readonly string[]) => service.participantsOfProgrammes(ids)));
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(private readonly service: ProgrammeService) {}

  @Query(() => [Programme], { description: 'All funding programmes, newest first.' })
  programmes() {
    return this.service.list();
  }

  @ResolveField(() => [Municipality], { description: 'The participating municipalities (the cohort), in name order.' })
  municipalities(@Parent() programme: Programme, @Context() ctx: RequestContext) {
    return participantsLoader(ctx, this.service).load(programme.id);
  }

  @ResolveField(() => Int)
  async participantCount(@Parent() programme: Programme, @Context() ctx: RequestContext) {
    return (await participantsLoader(ctx, this.service).load(programme.id)).length;
  }
}

/** Adds Municipality.programmes; lives here so municipalities need not know about programmes. */
@Resolver(() => Municipality)
export class MunicipalityProgrammesResolver {
  constructor(private readonly service: ProgrammeService) {}

  @ResolveField(() => [Programme], { description: 'Programmes this municipality takes part in.' })
  programmes(@Parent() municipality: Municipality, @Context() ctx: RequestContext) {
    return ctx.loaders
      .get('municipality.programmes', () => new DataLoader((ids: readonly string[]) => this.service.programmesOfMunicipalities(ids)))
      .load(municipality.id);
  }
}
