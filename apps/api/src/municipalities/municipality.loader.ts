import DataLoader from 'dataloader';
import { type RequestContext } from '../core/graphql/request-context.js';
import { type Municipality } from './municipality.entity.js';
import { type MunicipalityService } from './municipality.service.js';

/** Municipalities by id, batched per request; other features resolve their references through it. */
export function municipalityLoader(ctx: RequestContext, service: MunicipalityService): DataLoader<string, Municipality | null> {
  return ctx.loaders.get('municipality.byId', () =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows = new Map((await service.findByIds(ids)).map((m) => [m.id, m]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  );
}
