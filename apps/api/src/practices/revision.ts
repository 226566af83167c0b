import { type Outcome } from '@praxisforum/domain';

/** The editable content of a practice as kept in a revision (JSON, stable key order). */
export interface PracticeSnapshot {
  title: string;
  summary: string;
  topics: string[];
  partnerMunicipalities: string[];
  targetGroups: string[];
  workStatus: string;
  periodStart: string | null;
  periodEnd: string | null;
  problem: string;
  approach: string;
  results: string;
  outcomes: Outcome[];
  costOneOffEur: number | null;
  costYearlyEur: number | null;
  fundingSources: string[];
  staffHoursPerMonth: number | null;
  partners: { kind: string; name: string }[];
  successFactors: string;
  obstacles: string;
  transferability: string;
  transferableKinds: string[];
  transferableSizes: string[];
  contact: string;
}

export const SNAPSHOT_FIELDS: (keyof PracticeSnapshot)[] = [
  'title',
  'summary',
  'topics',
  'partnerMunicipalities',
  'targetGroups',
  'workStatus',
  'periodStart',
  'periodEnd',
  'problem',
  'approach',
  'results',
  'outcomes',
  'costOneOffEur',
  'costYearlyEur',
  'fundingSources',
  'staffHoursPerMonth',
  'partners',
  'successFactors',
  'obstacles',
  'transferability',
  'transferableKinds',
  'transferableSizes',
  'contact',
];

/** Fields whose content differs; every field for the first revision. */
export function changedFields(before: PracticeSnapshot | null, after: PracticeSnapshot): string[] {
  if (!before) return [...SNAPSHOT_FIELDS];
  return SNAPSHOT_FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}

/** A field as plain text, one item per line, so the web can show a line and word diff. */
export function displayText(snapshot: PracticeSnapshot, field: keyof PracticeSnapshot): string {
  const value = snapshot[field];
  if (value === null || value === undefined) return '';
  if (field === 'outcomes') {
    return (value as Outcome[]).map((o) => `${o.label}: ${o.value} ${o.unit} (${o.asOf}${o.source ? `; ${o.source}` : ''})`).join('\n');
  }
  if (field === 'partners') return (value as { kind: string; name: string }[]).map((p) => `${p.kind}: ${p.name}`).join('\n');
  if (Array.isArray(value)) return (value as string[]).join('\n');
  return String(value);
}

export function diffSnapshots(before: PracticeSnapshot, after: PracticeSnapshot) {
  return changedFields(before, after).map((field) => ({
    field,
    before: displayText(before, field as keyof PracticeSnapshot),
    after: displayText(after, field as keyof PracticeSnapshot),
  }));
}
