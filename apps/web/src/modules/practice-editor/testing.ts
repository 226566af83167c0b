import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import type { UpdatePracticeInput } from '../../graphql/generated';
import { buildAbilities, buildMe, buildMunicipality, connection } from '../../test/fixtures';
import { MUNICIPALITY_LIST_QUERY } from '../municipalities/graphql/municipalities.graphql';
import { PRACTICE_EDITOR_QUERY } from './graphql/editor.graphql';
import type { EditorAttachment, EditorPractice, EditorTopic, PracticeRow } from './graphql/types';

/** Test data of the practice editor's specs (no test code here: specs import it). */

export const coordinator = buildMe({
  id: 'user-1',
  displayName: 'Erika Muster',
  memberships: [
    { __typename: 'Membership', role: 'COORDINATOR', municipality: { __typename: 'Municipality', id: 'id-weinheim', slug: 'weinheim', name: 'Weinheim' } },
  ],
});

export const moderator = buildMe({ id: 'mod-1', displayName: 'Moritz Moderation', role: 'MODERATOR', abilities: buildAbilities({ moderate: true }) });

export const TOPICS: EditorTopic[] = [
  { __typename: 'Topic', id: 't1', slug: 'sprache', nameDe: 'Sprache', nameEn: 'Language' },
  { __typename: 'Topic', id: 't2', slug: 'arbeit', nameDe: 'Arbeit', nameEn: 'Work' },
];

const md = (markdown: string) => ({ __typename: 'MarkdownText' as const, markdown });

export function buildAttachment(overrides: Partial<EditorAttachment> = {}): EditorAttachment {
  return {
    __typename: 'Attachment',
    id: 'att-1',
    fileName: 'Flyer.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 1_258_291,
    altText: null,
    url: '/api/attachments/att-1/Flyer.pdf',
    createdAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function buildEditorPractice(overrides: Partial<EditorPractice> = {}): EditorPractice {
  return {
    __typename: 'Practice',
    id: 'p-1',
    slug: 'sprachcafe',
    version: 3,
    state: 'DRAFT',
    title: 'Sprachcafé im Rathaus',
    summary: 'Ehrenamtliche üben Deutsch mit Neuzugewanderten.',
    topics: [{ __typename: 'Topic', id: 't1', slug: 'sprache' }],
    partnerMunicipalities: [],
    targetGroups: ['Neuzugewanderte'],
    workStatus: 'RUNNING',
    periodStart: '2024-01-15',
    periodEnd: null,
    problem: md('Wenig Gelegenheit, Deutsch zu sprechen.'),
    approach: md(''),
    results: md(''),
    outcomes: [{ __typename: 'Outcome', label: 'Teilnehmende', value: 48, unit: 'Personen', asOf: '2024-12-31', source: null }],
    costOneOffEur: null,
    costYearlyEur: 1200,
    fundingSources: [],
    staffHoursPerMonth: null,
    partners: [],
    successFactors: md(''),
    obstacles: md(''),
    transferability: md(''),
    transferableKinds: [],
    transferableSizes: [],
    contactDraft: { __typename: 'ContactDraft', userId: null, userName: null, name: null, email: null, consent: false },
    reviewComment: null,
    publishedAt: null,
    updatedAt: '2026-03-02T13:03:00.000Z',
    municipality: { __typename: 'Municipality', id: 'id-weinheim', slug: 'weinheim', name: 'Weinheim' },
    viewerCan: { __typename: 'PracticeAbilities', edit: true, submit: true, delete: true, manageAttachments: true },
    attachments: [],
    ...overrides,
  };
}

/** The save input of the practice above, unchanged: every editable field, as the API wants it. */
export function baseInput(overrides: Partial<UpdatePracticeInput> = {}): UpdatePracticeInput {
  return {
    id: 'p-1',
    version: 3,
    title: 'Sprachcafé im Rathaus',
    summary: 'Ehrenamtliche üben Deutsch mit Neuzugewanderten.',
    topicSlugs: ['sprache'],
    partnerMunicipalitySlugs: [],
    targetGroups: ['Neuzugewanderte'],
    workStatus: 'RUNNING',
    periodStart: '2024-01-15',
    periodEnd: null,
    problem: 'Wenig Gelegenheit, Deutsch zu sprechen.',
    approach: '',
    results: '',
    outcomes: [{ label: 'Teilnehmende', value: 48, unit: 'Personen', asOf: '2024-12-31', source: null }],
    costOneOffEur: null,
    costYearlyEur: 1200,
    fundingSources: [],
    staffHoursPerMonth: null,
    partners: [],
    successFactors: '',
    obstacles: '',
    transferability: '',
    transferableKinds: [],
    transferableSizes: [],
    contactUserId: null,
    contactName: null,
    contactEmail: null,
    contactConsent: false,
    revisionNote: null,
    ...overrides,
  };
}

export function editorQueryMock(practice: EditorPractice, options: { maxUsageCount?: number } = {}): MockLink.MockedResponse {
  return {
    request: { query: PRACTICE_EDITOR_QUERY, variables: { slug: practice.slug } },
    result: { data: { practice, topics: TOPICS } },
    ...options,
  };
}

/** The partner municipality list of the form. */
export const municipalityOptionsMock: MockLink.MockedResponse = {
  request: { query: MUNICIPALITY_LIST_QUERY, variables: { first: 100 } },
  result: {
    data: {
      municipalities: connection([buildMunicipality(), buildMunicipality({ slug: 'giengen', name: 'Giengen an der Brenz' })]),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function graphQLError(message: string, extensions: Record<string, unknown>) {
  return { errors: [new GraphQLError(message, { extensions })] };
}

export function buildRow(overrides: Partial<PracticeRow> = {}): PracticeRow {
  return {
    __typename: 'Practice',
    id: 'p-1',
    slug: 'sprachcafe',
    title: 'Sprachcafé im Rathaus',
    state: 'DRAFT',
    updatedAt: '2026-03-02T13:03:00.000Z',
    submittedAt: null,
    municipality: { __typename: 'Municipality', id: 'id-weinheim', slug: 'weinheim', name: 'Weinheim' },
    ...overrides,
  };
}

export function practiceConnection(nodes: PracticeRow[], { hasNextPage = false, endCursor = null as string | null, totalCount = nodes.length } = {}) {
  return {
    __typename: 'PracticeConnection',
    totalCount,
    edges: nodes.map((node, i) => ({ __typename: 'PracticeEdge', cursor: `c${i}`, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
  };
}
