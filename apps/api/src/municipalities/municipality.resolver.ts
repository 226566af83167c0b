import { Args, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType } from '../core/graphql/pagination.js';
import { MunicipalitiesArgs } from './dto/municipalities.args.js';
import { Municipality } from './municipality.entity.js';
import { MunicipalityService } from './municipality.service.js';

export const MunicipalityConnection = ConnectionType(Municipality, 'Municipality');

@Resolver(() => Municipality)
export class MunicipalityResolver {
  constructor(private readonly service: MunicipalityService) {}

  @Query(() => MunicipalityConnection, { description: 'Municipalities in name order, filtered, as a cursor connection.' })
  municipalities(@Args() { filter, first, after }: MunicipalitiesArgs) {
    return this.service.list(filter, first, after);
  }

  @Query(() => Municipality, { description: 'One municipality by its slug; NOT_FOUND if there is none.' })
  municipality(@Args('slug') slug: string) {
    return this.service.getBySlug(slug);
  }
}
