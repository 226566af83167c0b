import DataLoader from 'dataloader';
import { type RequestContext } from '../core/graphql/request-context.js';
import { groupBy, type PracticeRepository, toAdoption, toAttachment, toPractice } from './practice.repository.js';

/** Per-request batch loaders for every relation a practice list can ask for (no N+1). */
export function practiceLoaders(ctx: RequestContext, repo: PracticeRepository) {
  const get = ctx.loaders.get.bind(ctx.loaders);
  return {
    topics: get('practice.topics', () => new DataLoader(async (ids: readonly string[]) => groupBy(ids, await repo.topicsOf(ids), (t) => t.practiceId))),
    partnerIds: get(
      'practice.partnerIds',
      () => new DataLoader(async (ids: readonly string[]) => groupBy(ids, await repo.partnerIdsOf(ids), (r) => r.practice_id).map((rows) => rows.map((r) => r.municipality_id))),
    ),
    attachments: get(
      'practice.attachments',
      () => new DataLoader(async (ids: readonly string[]) => groupBy(ids, await repo.attachmentsOf(ids), (r) => r.practice_id).map((rows) => rows.map(toAttachment))),
    ),
    adoptions: get(
      'practice.adoptions',
      () => new DataLoader(async (ids: readonly string[]) => groupBy(ids, await repo.adoptionsOfPractices(ids), (r) => r.practice_id).map((rows) => rows.map(toAdoption))),
    ),
    revisions: get('practice.revisions', () => new DataLoader(async (ids: readonly string[]) => groupBy(ids, await repo.revisionsOf(ids), (r) => r.practiceId))),
    followed: get('practice.followed', () =>
      new DataLoader(async (ids: readonly string[]) => {
        if (!ctx.viewer) return ids.map(() => false);
        const followed = new Set(await repo.followedAmong(ctx.viewer.id, ids));
        return ids.map((id) => followed.has(id));
      }),
    ),
    byId: get('practice.byId', () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = new Map((await repo.practicesByIds(ids)).map((r) => [r.id, toPractice(r)]));
        return ids.map((id) => rows.get(id) ?? null);
      }),
    ),
    sharedByMunicipality: get(
      'municipality.sharedPractices',
      () => new DataLoader(async (ids: readonly string[]) => groupBy(ids, await repo.publishedOfMunicipalities(ids), (r) => r.municipality_id).map((rows) => rows.map(toPractice))),
    ),
    adoptionsByMunicipality: get(
      'municipality.adoptions',
      () => new DataLoader(async (ids: readonly string[]) => groupBy(ids, await repo.adoptionsByMunicipalities(ids), (r) => r.municipality_id).map((rows) => rows.map(toAdoption))),
    ),
  };
}
