import { changedFields, diffSnapshots, type PracticeSnapshot, SNAPSHOT_FIELDS } from './revision.js';
import { practiceSlugBase, slugify } from './slugify.js';

const base: PracticeSnapshot = {
  title: 'Sprachcafé',
  summary: 'Kurz',
  topics: ['sprache'],
  partnerMunicipalities: [],
  targetGroups: [],
  workStatus: 'running',
  periodStart: '2022-01-01',
  periodEnd: null,
  problem: 'P',
  approach: 'A',
  results: 'R',
  outcomes: [{ label: 'Teilnehmende', value: 20, unit: 'Personen', asOf: '2024-12-31', source: null }],
  costOneOffEur: 1000,
  costYearlyEur: null,
  fundingSources: [],
  staffHoursPerMonth: 4,
  partners: [{ kind: 'civil_society', name: 'Verein' }],
  successFactors: '',
  obstacles: '',
  transferability: 'T',
  transferableKinds: ['town'],
  transferableSizes: ['small'],
  contact: 'Erika erika@example.org',
};

describe('revisions', () => {
  it('counts every field as changed in the first revision', () => {
    expect(changedFields(null, base)).toEqual(SNAPSHOT_FIELDS);
  });

  it('shows outcome changes line by line as readable text', () => {
    const after = { ...base, outcomes: [{ ...base.outcomes[0], value: 35, source: 'Liste' }] };
    expect(diffSnapshots(base, after)).toEqual([
      { field: 'outcomes', before: 'Teilnehmende: 20 Personen (2024-12-31)', after: 'Teilnehmende: 35 Personen (2024-12-31; Liste)' },
    ]);
  });
});

describe('slugify', () => {
  it('transliterates German and drops everything else that is not a URL word', () => {
    expect(slugify('Begegnungscafé für Ältere & Familien – Straße 1')).toBe('begegnungscafe-fuer-aeltere-familien-strasse-1');
    expect(slugify('   ***   ')).toBe('');
    expect(slugify('x'.repeat(150))).toHaveLength(100);
  });

  it('keeps new practices off the web app\'s own paths and never empty', () => {
    expect(practiceSlugBase('Neu')).toBe('neu-praxisbeispiel');
    expect(practiceSlugBase('Vergleich')).toBe('vergleich-praxisbeispiel');
    expect(practiceSlugBase('!!!')).toBe('praxisbeispiel');
  });
});
