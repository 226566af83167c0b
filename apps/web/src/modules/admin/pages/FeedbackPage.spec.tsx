import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAbilities, buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { ACCESSIBILITY_FEEDBACK_QUERY } from '../graphql/feedback.graphql';
import type { FeedbackEntry } from '../graphql/types';
import FeedbackPage from './FeedbackPage';

const reader = buildMe({ id: 'admin-1', displayName: 'Ada Admin', role: 'ADMIN', abilities: buildAbilities({ readFeedback: true }) });
const route = '/verwaltung/rueckmeldungen';

function buildEntry(overrides: Partial<FeedbackEntry> = {}): FeedbackEntry {
  return {
    __typename: 'AccessibilityFeedbackEntry',
    id: 'fb-1',
    message: 'Die Karte lässt sich nicht mit der Tastatur bedienen.',
    name: 'Erika Muster',
    email: 'erika@example.org',
    pageUrl: 'http://localhost/kommunen',
    createdAt: '2026-11-25T10:15:00.000Z',
    ...overrides,
  };
}

function page(nodes: FeedbackEntry[], { totalCount = nodes.length, hasNextPage = false, endCursor = null as string | null } = {}) {
  return {
    accessibilityFeedback: {
      __typename: 'AccessibilityFeedbackConnection',
      totalCount,
      edges: nodes.map((node) => ({ __typename: 'AccessibilityFeedbackEdge', cursor: `cursor-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    },
  };
}

const first = [buildEntry(), buildEntry({ id: 'fb-2', message: 'Der Kontrast der Hinweise ist zu schwach.', name: null, email: null, pageUrl: null })];
const more = [buildEntry({ id: 'fb-3', message: 'Die Leichte Sprache hilft sehr.', name: 'Max', email: null, pageUrl: null })];

describe('FeedbackPage', () => {
  it('lists the feedback with sender, page and number', async () => {
    renderWithProviders(<FeedbackPage />, {
      route,
      mocks: [meMock(reader), { request: { query: ACCESSIBILITY_FEEDBACK_QUERY, variables: { first: 20 } }, result: { data: page(first) } }],
    });

    expect(await screen.findByText('2 Rückmeldungen')).toBeInTheDocument();
    const [named, anonymous] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('card'));
    expect(within(named).getByRole('heading', { level: 2, name: 'Rückmeldung vom 25. November 2026 um 11:15' })).toBeInTheDocument();
    expect(named).toHaveTextContent('Die Karte lässt sich nicht mit der Tastatur bedienen.');
    expect(within(named).getByText('Erika Muster · erika@example.org')).toBeInTheDocument();
    expect(within(named).getByText('http://localhost/kommunen')).toBeInTheDocument();
    expect(within(named).getByText('fb-1')).toBeInTheDocument();
    expect(within(anonymous).getByText('ohne Namen und E-Mail-Adresse')).toBeInTheDocument();
    expect(within(anonymous).queryByText('Betroffene Seite')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mehr laden' })).not.toBeInTheDocument();
  });

  it('loads the next page below the first with "Mehr laden"', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FeedbackPage />, {
      route,
      mocks: [
        meMock(reader),
        {
          request: { query: ACCESSIBILITY_FEEDBACK_QUERY, variables: { first: 20 } },
          result: { data: page(first, { totalCount: 3, hasNextPage: true, endCursor: 'cursor-fb-2' }) },
        },
        {
          request: { query: ACCESSIBILITY_FEEDBACK_QUERY, variables: { first: 20, after: 'cursor-fb-2' } },
          result: { data: page(more, { totalCount: 3 }) },
        },
      ],
    });

    expect(await screen.findByText('3 Rückmeldungen')).toBeInTheDocument();
    expect(screen.queryByText('Die Leichte Sprache hilft sehr.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mehr laden' }));

    expect(await screen.findByText('Die Leichte Sprache hilft sehr.')).toBeInTheDocument();
    expect(screen.getByText('Die Karte lässt sich nicht mit der Tastatur bedienen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mehr laden' })).not.toBeInTheDocument();
  });

  it('tells people without the right that they may not see the page', async () => {
    renderWithProviders(<FeedbackPage />, { route, mocks: [meMock(buildMe())] });

    expect(await screen.findByText(/Keine Berechtigung/)).toBeInTheDocument();
  });
});
