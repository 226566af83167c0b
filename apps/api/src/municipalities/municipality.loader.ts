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

/** Puts rows another query already fetched into the loader, so resolving them costs no statement. */
export function primeMunicipalities(ctx: RequestContext, service: MunicipalityService, rows: Record<string, unknown>[]): void {
  const loader = municipalityLoader(ctx, service);
  for (const row of rows) {
    const municipality = service.fromRawRow(row);
    loader.prime(municipality.id, municipality);
  }
}
