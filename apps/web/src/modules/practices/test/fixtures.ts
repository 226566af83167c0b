import type { MockLink } from '@apollo/client/testing';
import { PRACTICE_DETAIL_QUERY } from '../graphql/practices.graphql';
import type { AdoptionView, ComparedPractice, OutcomeView, PracticeDetail, PracticeListItem, TopicView } from '../graphql/types';

/** Test data for the practice views, shaped like the API's answers (with __typename). */

export const weinheim = { __typename: 'Municipality' as const, id: 'id-weinheim', slug: 'weinheim', name: 'Weinheim' };
export const freiburg = { __typename: 'Municipality' as const, id: 'id-freiburg', slug: 'freiburg', name: 'Freiburg im Breisgau' };
export const giengen = { __typename: 'Municipality' as const, id: 'id-giengen', slug: 'giengen', name: 'Giengen an der Brenz' };

export function topic(slug: string, nameDe: string, nameEn = nameDe): TopicView {
  return { __typename: 'Topic', id: `topic-${slug}`, slug, nameDe, nameEn };
}

export const sprache = topic('sprache', 'Sprache', 'Language');
export const engagement = topic('engagement', 'Engagement', 'Civic engagement');

export function outcome(overrides: Partial<OutcomeView> = {}): OutcomeView {
  return { __typename: 'Outcome', label: 'Teilnehmende', value: 1250, unit: 'Personen', asOf: '2024-12-31', source: 'Anmeldelisten', ...overrides };
}

export function buildListItem(overrides: Partial<PracticeListItem> = {}): PracticeListItem {
  const slug = overrides.slug ?? 'sprachcafe-netzwerk';
  return {
    __typename: 'Practice',
    id: `id-${slug}`,
    slug,
    title: 'Sprachcafé-Netzwerk in den Stadtteilen',
    summary: 'Ehrenamtliche betreiben wöchentliche Sprachcafés.',
    isExample: false,
    workStatus: 'RUNNING',
    adoptionCount: 0,
    municipality: freiburg,
    topics: [sprache],
    outcomes: [],
    ...overrides,
  };
}

export function buildAdoption(overrides: Partial<AdoptionView> = {}): AdoptionView {
  return {
    __typename: 'Adoption',
    id: 'adoption-1',
    viewerCanEdit: false,
    kind: 'ADAPTED',
    adoptedOn: '2025-03-01',
    isExample: false,
    changes: 'Treffen in der **Stadtbibliothek**.',
    changesHtml: '<p>Treffen in der <strong>Stadtbibliothek</strong>.</p>',
    results: '',
    resultsHtml: '',
    outcomes: [],
    municipality: giengen,
    ...overrides,
  };
}

const md = (html: string) => ({ __typename: 'MarkdownText' as const, html });

export function buildPractice(overrides: Partial<PracticeDetail> = {}): PracticeDetail {
  return {
    __typename: 'Practice',
    id: 'practice-1',
    slug: 'sprachcafe-netzwerk',
    title: 'Sprachcafé-Netzwerk in den Stadtteilen',
    state: 'PUBLISHED',
    isExample: false,
    summary: 'Ehrenamtliche betreiben wöchentliche Sprachcafés.',
    workStatus: 'RUNNING',
    periodStart: '2019-02-01',
    periodEnd: null,
    publishedAt: '2019-03-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    targetGroups: ['Geflüchtete Frauen', 'Ehrenamtliche'],
    municipality: { ...freiburg, kind: 'CITY_DISTRICT' },
    partnerMunicipalities: [],
    topics: [sprache, engagement],
    problem: md('<p>Angebote wussten kaum voneinander.</p>'),
    approach: md('<h3>Schritte</h3><p>Die Stadt koordiniert das Netzwerk.</p>'),
    results: md('<p>Viele Sprachtandems sind entstanden.</p>'),
    successFactors: md(''),
    obstacles: md(''),
    transferability: md('<p>Gut übertragbar.</p>'),
    outcomes: [],
    costOneOffEur: null,
    costYearlyEur: null,
    fundingSources: [],
    staffHoursPerMonth: null,
    partners: [],
    transferableKinds: [],
    transferableSizes: [],
    contact: null,
    attachments: [],
    adoptionCount: 0,
    adoptions: [],
    revisions: [],
    viewerFollows: false,
    viewerCan: {
      __typename: 'PracticeAbilities',
      adopt: false,
      archive: false,
      delete: false,
      edit: false,
      follow: false,
      manageAttachments: false,
      review: false,
      submit: false,
    },
    ...overrides,
  };
}

export function abilities(overrides: Partial<PracticeDetail['viewerCan']> = {}): PracticeDetail['viewerCan'] {
  return { ...buildPractice().viewerCan, ...overrides };
}

export function buildCompared(overrides: Partial<ComparedPractice> = {}): ComparedPractice {
  const slug = overrides.slug ?? 'sprachcafe-netzwerk';
  return {
    __typename: 'Practice',
    id: `id-${slug}`,
    slug,
    title: 'Sprachcafé-Netzwerk in den Stadtteilen',
    isExample: false,
    workStatus: 'RUNNING',
    periodStart: '2019-02-01',
    periodEnd: null,
    municipality: { ...freiburg, kind: 'CITY_DISTRICT' },
    topics: [sprache],
    outcomes: [],
    costOneOffEur: null,
    costYearlyEur: null,
    staffHoursPerMonth: null,
    transferableKinds: [],
    transferableSizes: [],
    ...overrides,
  };
}

/** The detail query answering with this practice (once unless told otherwise). */
export function practiceMock(practice: PracticeDetail, { times = 1 } = {}): MockLink.MockedResponse {
  return {
    request: { query: PRACTICE_DETAIL_QUERY, variables: { slug: practice.slug } },
    result: { data: { practice } },
    maxUsageCount: times,
  };
}
