import { type EntityManager } from 'typeorm';
import { changedFields, type PracticeSnapshot } from '../practices/revision.js';
import { renderSections } from '../practices/sections-html.js';
import { DEMO_PRACTICES, type DemoPractice } from './demo-practices.js';

/** The practice's content as a revision snapshot (same shape as the API writes on publication). */
function snapshotOf(p: DemoPractice, overrides: Partial<DemoPractice>): PracticeSnapshot {
  const v = { ...p, ...overrides };
  return {
    title: v.title,
    summary: v.summary,
    topics: [...v.topics].sort(),
    partnerMunicipalities: [...v.partnerMunicipalities].sort(),
    targetGroups: v.targetGroups,
    workStatus: v.workStatus,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    problem: v.problem,
    approach: v.approach,
    results: v.results,
    outcomes: v.outcomes.map((o) => ({ label: o.label, value: o.value, unit: o.unit, asOf: o.asOf, source: o.source ?? null })),
    costOneOffEur: v.costs.oneOffEur,
    costYearlyEur: v.costs.yearlyEur,
    fundingSources: v.fundingSources,
    staffHoursPerMonth: v.staffHoursPerMonth,
    partners: v.partners,
    successFactors: v.successFactors,
    obstacles: v.obstacles,
    transferability: v.transferability,
    transferableKinds: v.transferableKinds,
    transferableSizes: v.transferableSizes,
    contact: `${v.contact.name} ${v.contact.email}`,
  };
}

const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T10:00:00Z`) + days * 86_400_000).toISOString();

/**
 * The published versions of a demo practice, oldest first. An older version carries the
 * `previous` values of its own history entry and of every later one (what changed since).
 */
export function demoRevisions(p: DemoPractice): { at: string; note: string | null; snapshot: PracticeSnapshot }[] {
  if (p.state !== 'published') return [];
  const versions = p.history.map((h, i) => ({
    at: `${h.publishedAt}T10:00:00.000Z`,
    note: i === 0 ? null : h.note,
    snapshot: snapshotOf(p, Object.assign({}, ...p.history.slice(i).reverse().map((later) => later.previous)) as Partial<DemoPractice>),
  }));
  const last = p.history.at(-1);
  const latestFigure = [...p.outcomes.map((o) => o.asOf), last?.publishedAt ?? p.publishedAt].sort().at(-1)!;
  const currentAt = last ? addDays(latestFigure, 14) : `${p.publishedAt}T10:00:00.000Z`;
  versions.push({ at: currentAt < new Date().toISOString() ? currentAt : new Date().toISOString(), note: last?.note ?? null, snapshot: snapshotOf(p, {}) });
  return versions;
}

/**
 * Adds the example practices (flagged `is_example`, shown with a "Beispiel" badge). Additive and
 * idempotent by slug: a practice that exists is left alone, so edits in the platform stay.
 */
export async function seedDemoPractices(tx: EntityManager, practices: DemoPractice[] = DEMO_PRACTICES): Promise<number> {
  let added = 0;
  for (const p of practices) {
    const revisions = demoRevisions(p);
    const firstPublished = p.state === 'published' ? (p.history[0]?.publishedAt ?? p.publishedAt) : null;
    const updatedAt = revisions.at(-1)?.at ?? `${p.publishedAt}T10:00:00.000Z`;
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO practice (slug, municipality_id, state, is_example, title, summary, target_groups, work_status, period_start, period_end,
         problem, approach, results, outcomes, cost_one_off_eur, cost_yearly_eur, funding_sources, staff_hours_per_month, partners,
         success_factors, obstacles, transferability, transferable_kinds, transferable_sizes, contact_name, contact_email, contact_consent,
         submitted_at, published_at, created_at, updated_at, version, sections_html)
       SELECT $1, m.id, $2, true, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, true,
         CASE WHEN $2::varchar IN ('in_review', 'published') THEN $26::timestamptz END, $27::timestamptz, $25::timestamptz, $28::timestamptz, $29, $31
         FROM municipality m WHERE m.slug = $30
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [
        p.slug,
        p.state,
        p.title,
        p.summary,
        p.targetGroups,
        p.workStatus,
        p.periodStart,
        p.periodEnd,
        p.problem,
        p.approach,
        p.results,
        JSON.stringify(snapshotOf(p, {}).outcomes),
        p.costs.oneOffEur,
        p.costs.yearlyEur,
        p.fundingSources,
        p.staffHoursPerMonth,
        JSON.stringify(p.partners),
        p.successFactors,
        p.obstacles,
        p.transferability,
        p.transferableKinds,
        p.transferableSizes,
        p.contact.name,
        p.contact.email,
        `${(p.history[0]?.publishedAt ?? p.publishedAt)}T09:00:00.000Z`,
        `${p.publishedAt}T09:30:00.000Z`,
        firstPublished ? `${firstPublished}T10:00:00.000Z` : null,
        updatedAt,
        revisions.length + 1,
        p.municipality,
        JSON.stringify(renderSections(p)),
      ],
    );
    const id = rows[0]?.id;
    if (!id) continue;
    added += 1;
    await tx.query(`INSERT INTO practice_topic (practice_id, topic_id) SELECT $1, id FROM topic WHERE slug = ANY($2::text[])`, [id, p.topics]);
    await tx.query(`INSERT INTO practice_partner_municipality (practice_id, municipality_id) SELECT $1, id FROM municipality WHERE slug = ANY($2::text[])`, [
      id,
      p.partnerMunicipalities,
    ]);
    let previous: PracticeSnapshot | null = null;
    for (const [i, r] of revisions.entries()) {
      await tx.query(`INSERT INTO practice_revision (practice_id, number, snapshot, changed_fields, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        id,
        i + 1,
        JSON.stringify(r.snapshot),
        changedFields(previous, r.snapshot),
        r.note,
        r.at,
      ]);
      previous = r.snapshot;
    }
    for (const a of p.adoptions) {
      await tx.query(
        `INSERT INTO adoption (practice_id, municipality_id, kind, adopted_on, changes, results, outcomes, is_example, created_at, updated_at)
         SELECT $1, m.id, $2, $3, $4, $5, $6, true, $3::date + time '10:00', $3::date + time '10:00' FROM municipality m WHERE m.slug = $7
         ON CONFLICT DO NOTHING`,
        [id, a.kind, a.adoptedOn, a.changes, a.results ?? '', JSON.stringify(a.outcomes), a.municipality],
      );
    }
    await tx.query(`UPDATE practice SET adoption_count = (SELECT count(*) FROM adoption WHERE practice_id = $1) WHERE id = $1`, [id]);
  }
  return added;
}
