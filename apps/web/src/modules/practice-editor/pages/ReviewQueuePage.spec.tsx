import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { DEV_MAILBOX_ENABLED_QUERY } from '../../admin/graphql/mailbox.graphql';
import { PRACTICE_REVIEW_QUEUE_QUERY, PUBLISH_PRACTICE_MUTATION, RETURN_PRACTICE_TO_DRAFT_MUTATION } from '../graphql/managed.graphql';
import { buildRow, moderator, practiceConnection } from '../testing';
import ReviewQueuePage from './ReviewQueuePage';

const submitted = [
  buildRow({ state: 'IN_REVIEW', submittedAt: '2026-03-01T08:15:00.000Z' }),
  buildRow({
    id: 'p-2',
    slug: 'lotsen',
    title: 'Ehrenamtliche Lotsen',
    state: 'IN_REVIEW',
    submittedAt: '2026-03-02T10:00:00.000Z',
    municipality: { __typename: 'Municipality', id: 'id-giengen', slug: 'giengen', name: 'Giengen an der Brenz' },
  }),
];

const baseMocks: MockLink.MockedResponse[] = [
  meMock(moderator),
  { request: { query: DEV_MAILBOX_ENABLED_QUERY }, result: { data: { devMailboxEnabled: false } } },
  { request: { query: PRACTICE_REVIEW_QUEUE_QUERY, variables: { first: 20 } }, result: { data: { practiceReviewQueue: practiceConnection(submitted) } } },
];

const decided = (state: 'PUBLISHED' | 'DRAFT') => ({ __typename: 'Practice', id: 'p-1', state, version: 5 });

describe('ReviewQueuePage', () => {
  it('lists the submitted practices with municipality and submission time, linked to their pages', async () => {
    renderWithProviders(<ReviewQueuePage />, { route: '/verwaltung/pruefung', mocks: baseMocks });

    expect(await screen.findByText('2 Praxisbeispiele warten auf Prüfung')).toBeInTheDocument();
    const item = screen.getByRole('heading', { level: 2, name: 'Sprachcafé im Rathaus' }).closest('li')!;
    expect(within(item).getByRole('link', { name: 'Sprachcafé im Rathaus' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe');
    expect(item).toHaveTextContent('Weinheim');
    expect(item).toHaveTextContent('1. März 2026 um 09:15');
  });

  it('publishes after confirmation and removes the practice from the queue', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReviewQueuePage />, {
      route: '/verwaltung/pruefung',
      mocks: [
        ...baseMocks,
        {
          request: { query: PUBLISH_PRACTICE_MUTATION, variables: { id: 'p-1' } },
          result: { data: { publishPractice: { ...decided('PUBLISHED'), publishedAt: '2026-03-03T09:00:00.000Z' } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Veröffentlichen: Sprachcafé im Rathaus' }));
    await user.click(screen.getByRole('button', { name: 'Ja, veröffentlichen' }));

    expect(await screen.findByText('„Sprachcafé im Rathaus“ ist veröffentlicht.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sprachcafé im Rathaus' })).not.toBeInTheDocument();
    expect(screen.getByText('1 Praxisbeispiel wartet auf Prüfung')).toBeInTheDocument();
  });

  it('sends a practice back only with a comment of the shared minimum length', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReviewQueuePage />, {
      route: '/verwaltung/pruefung',
      mocks: [
        ...baseMocks,
        {
          request: { query: RETURN_PRACTICE_TO_DRAFT_MUTATION, variables: { input: { id: 'p-1', comment: 'Bitte Zahlen ergänzen.' } } },
          result: { data: { returnPracticeToDraft: { ...decided('DRAFT'), reviewComment: 'Bitte Zahlen ergänzen.' } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Zurück an die Kommune: Sprachcafé im Rathaus' }));
    const comment = screen.getByRole('textbox', { name: /^Rückmeldung an die Kommune/ });
    expect(comment).toHaveFocus();
    expect(comment).toBeRequired();
    expect(comment).toHaveAttribute('maxlength', '2000');

    await user.click(screen.getByRole('button', { name: 'Zurückgeben' }));
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(expect.stringContaining('Bitte schreiben Sie eine Rückmeldung.'));

    await user.type(comment, 'ok');
    await user.click(screen.getByRole('button', { name: 'Zurückgeben' }));
    expect(comment).toHaveAccessibleDescription(expect.stringContaining('Die Rückmeldung muss 3 bis 2000 Zeichen lang sein.'));

    await user.clear(comment);
    await user.type(comment, 'Bitte Zahlen ergänzen.');
    await user.click(screen.getByRole('button', { name: 'Zurückgeben' }));

    const done = await screen.findByText('„Sprachcafé im Rathaus“ ist mit Ihrer Rückmeldung an Weinheim zurückgegangen.');
    expect(done.closest('[role="status"]')).toHaveFocus();
  });

  it('tells people without the moderation right that they may not see the page', async () => {
    renderWithProviders(<ReviewQueuePage />, { route: '/verwaltung/pruefung', mocks: [meMock(buildMe())] });

    expect(await screen.findByText(/Keine Berechtigung/)).toBeInTheDocument();
  });
});
