import { type Outcome } from '@praxisforum/domain';
import { markdownToPlainText } from '@praxisforum/markdown';
import { type PracticeRow, publicContact, toAttachment, toPractice } from '../practices/index.js';
import { type CsvValue, joinList } from './csv.js';

/*
 * The export shape of a practice: `GET /api/practices/<slug>.json` and the open-data downloads.
 * Documented in docs/open-data.md; it is a public interface, so add fields, never rename or drop.
 * Enumerations use the stored lower-case values (`published`, `town`, `civil_society` …).
 */

export interface MunicipalityRef {
  slug: string;
  name: string;
}

export interface PracticeExport {
  id: string;
  slug: string;
  /** The practice page on this site. */
  url: string;
  title: string;
  summary: string;
  /** Example content for demonstration, not a statement of the real municipality. */
  isExample: boolean;
  state: string;
  municipality: MunicipalityRef & { kind: string; region: string };
  partnerMunicipalities: MunicipalityRef[];
  topics: { slug: string; nameDe: string; nameEn: string }[];
  targetGroups: string[];
  workStatus: string;
  periodStart: string | null;
  periodEnd: string | null;
  /** Markdown source, as written. */
  sections: { problem: string; approach: string; results: string; successFactors: string; obstacles: string; transferability: string };
  outcomes: Outcome[];
  costs: { oneOffEur: number | null; yearlyEur: number | null };
  fundingSources: string[];
  staffHoursPerMonth: number | null;
  partners: { kind: string; name: string }[];
  transferableKinds: string[];
  transferableSizes: string[];
  /** Only in the single-practice JSON, never in open data (personal data). */
  contact?: { name: string; email: string | null; isMember: boolean } | null;
  attachments: { fileName: string; mimeType: string; sizeBytes: number; altText: string | null; url: string }[];
  adoptions: {
    municipality: MunicipalityRef;
    kind: string;
    adoptedOn: string;
    changes: string;
    results: string;
    outcomes: Outcome[];
    isExample: boolean;
  }[];
  publishedAt: string | null;
  updatedAt: string;
}

/** A practice row with its relations, as one statement of OpenDataService reads it. */
export interface ExportRow extends PracticeRow {
  x_municipality: MunicipalityRef & { kind: string; region: string };
  x_partners: MunicipalityRef[];
  x_topics: { slug: string; nameDe: string; nameEn: string }[];
  x_attachments: { id: string; practice_id: string; file_name: string; mime_type: string; size_bytes: number; alt_text: string | null; created_at: string }[];
  x_adoptions: {
    municipality: MunicipalityRef;
    kind: string;
    adoptedOn: string;
    changes: string;
    results: string;
    outcomes: Outcome[];
    isExample: boolean;
  }[];
}

const outcomeOf = (o: Outcome): Outcome => ({ label: o.label, value: o.value, unit: o.unit, asOf: o.asOf, source: o.source ?? null });

/** The practice page address; slugs never change, so it is a stable identifier too. */
export const practiceUrl = (publicUrl: string, slug: string) => `${publicUrl}/praxisbeispiele/${encodeURIComponent(slug)}`;

/** The export object; `withContact` adds the public contact (single-practice JSON only). */
export function toPracticeExport(row: ExportRow, publicUrl: string, withContact: boolean): PracticeExport {
  const p = toPractice(row);
  return {
    id: p.id,
    slug: p.slug,
    url: practiceUrl(publicUrl, p.slug),
    title: p.title,
    summary: p.summary,
    isExample: p.isExample,
    state: p.state,
    municipality: { slug: row.x_municipality.slug, name: row.x_municipality.name, kind: row.x_municipality.kind, region: row.x_municipality.region },
    partnerMunicipalities: row.x_partners
      .map((m) => ({ slug: m.slug, name: m.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.slug.localeCompare(b.slug)),
    topics: row.x_topics.map((t) => ({ slug: t.slug, nameDe: t.nameDe, nameEn: t.nameEn })),
    targetGroups: p.targetGroups,
    workStatus: p.workStatus,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    sections: {
      problem: p.problem,
      approach: p.approach,
      results: p.results,
      successFactors: p.successFactors,
      obstacles: p.obstacles,
      transferability: p.transferability,
    },
    outcomes: p.outcomes,
    costs: { oneOffEur: p.costOneOffEur, yearlyEur: p.costYearlyEur },
    fundingSources: p.fundingSources,
    staffHoursPerMonth: p.staffHoursPerMonth,
    partners: p.partners.map((x) => ({ kind: x.kind, name: x.name })),
    transferableKinds: p.transferableKinds,
    transferableSizes: p.transferableSizes,
    ...(withContact ? { contact: publicContact(p) } : {}),
    attachments: row.x_attachments.map((f) => {
      const a = toAttachment(f);
      return { fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, altText: a.altText, url: `${publicUrl}${a.url}` };
    }),
    adoptions: row.x_adoptions.map((a) => ({
      municipality: { slug: a.municipality.slug, name: a.municipality.name },
      kind: a.kind,
      adoptedOn: a.adoptedOn,
      changes: a.changes,
      results: a.results,
      outcomes: a.outcomes.map(outcomeOf),
      isExample: a.isExample,
    })),
    publishedAt: p.publishedAt,
    updatedAt: p.updatedAt,
  };
}

/** `label=value unit@asOf`, the unit left out when empty. */
export function formatOutcome(o: Outcome): string {
  return `${o.label}=${o.value}${o.unit ? ` ${o.unit}` : ''}@${o.asOf}`;
}

/** The CSV columns in their documented, stable order, each with how it is filled. */
export const CSV_COLUMNS: readonly (readonly [string, (p: PracticeExport) => CsvValue])[] = [
  ['slug', (p) => p.slug],
  ['url', (p) => p.url],
  ['title', (p) => p.title],
  ['summary', (p) => p.summary],
  ['is_example', (p) => p.isExample],
  ['municipality_slug', (p) => p.municipality.slug],
  ['municipality_name', (p) => p.municipality.name],
  ['municipality_kind', (p) => p.municipality.kind],
  ['region', (p) => p.municipality.region],
  ['partner_municipalities', (p) => joinList(p.partnerMunicipalities.map((m) => m.slug))],
  ['topics', (p) => joinList(p.topics.map((t) => t.slug))],
  ['target_groups', (p) => joinList(p.targetGroups)],
  ['work_status', (p) => p.workStatus],
  ['period_start', (p) => p.periodStart],
  ['period_end', (p) => p.periodEnd],
  ['problem', (p) => markdownToPlainText(p.sections.problem)],
  ['approach', (p) => markdownToPlainText(p.sections.approach)],
  ['results', (p) => markdownToPlainText(p.sections.results)],
  ['outcomes', (p) => joinList(p.outcomes.map(formatOutcome))],
  ['outcome_count', (p) => p.outcomes.length],
  ['cost_one_off_eur', (p) => p.costs.oneOffEur],
  ['cost_yearly_eur', (p) => p.costs.yearlyEur],
  ['funding_sources', (p) => joinList(p.fundingSources)],
  ['staff_hours_per_month', (p) => p.staffHoursPerMonth],
  ['partners', (p) => joinList(p.partners.map((x) => `${x.kind}:${x.name}`))],
  ['success_factors', (p) => markdownToPlainText(p.sections.successFactors)],
  ['obstacles', (p) => markdownToPlainText(p.sections.obstacles)],
  ['transferability', (p) => markdownToPlainText(p.sections.transferability)],
  ['transferable_kinds', (p) => joinList(p.transferableKinds)],
  ['transferable_sizes', (p) => joinList(p.transferableSizes)],
  ['adoption_count', (p) => p.adoptions.length],
  ['adopted_by', (p) => joinList(p.adoptions.map((a) => a.municipality.slug))],
  ['published_at', (p) => p.publishedAt],
  ['updated_at', (p) => p.updatedAt],
];

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map(([name]) => name);

export function toCsvValues(p: PracticeExport): CsvValue[] {
  return CSV_COLUMNS.map(([, value]) => value(p));
}
