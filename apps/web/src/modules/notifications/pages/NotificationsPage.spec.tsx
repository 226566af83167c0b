import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { MARK_NOTIFICATIONS_READ_MUTATION, NOTIFICATION_LIST_QUERY } from '../graphql/notifications.graphql';
import NotificationsPage from './NotificationsPage';

const notification = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Notification',
  id,
  type: 'new_post',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T09:30:00.000Z',
  readAt: null,
  count: 1,
  actor: { __typename: 'PersonRef', id: 'user-jonas', displayName: 'Jonas Keller' },
  title: 'Finanzierung von Sprachcafés',
  excerpt: null,
  path: '/diskussionen/thread-1',
  ...overrides,
});

const list = {
  request: { query: NOTIFICATION_LIST_QUERY, variables: { first: 20 } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: 3,
        edges: [
          notification('n1', { count: 5, actor: null }),
          notification('n2', { type: 'mention', excerpt: '@Erika Muster, kennen Sie das?' }),
          notification('n3', { type: 'reply', readAt: '2026-03-01T10:00:00.000Z' }),
        ].map((node, i) => ({ __typename: 'NotificationEdge', cursor: `c${i}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
      },
    },
  },
};

describe('NotificationsPage', () => {
  it('lists notifications, unread ones marked, coalesced ones counted, each linked to its page', async () => {
    renderWithProviders(<NotificationsPage />, { route: '/benachrichtigungen', mocks: [meMock(buildMe()), list] });

    const coalesced = await screen.findByRole('link', { name: '5 neue Beiträge in „Finanzierung von Sprachcafés“' });
    expect(coalesced).toHaveAttribute('href', '/diskussionen/thread-1');
    expect(coalesced.closest('h2')).toHaveTextContent('Ungelesen:');
    expect(screen.getByRole('link', { name: 'Jonas Keller hat Sie in „Finanzierung von Sprachcafés“ erwähnt' })).toBeInTheDocument();
    const read = screen.getByRole('link', { name: 'Jonas Keller hat Ihnen in „Finanzierung von Sprachcafés“ geantwortet' }).closest('li')!;
    expect(within(read).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('2 ungelesene Benachrichtigungen.')).toBeInTheDocument();
  });

  it('marks all as read', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationsPage />, {
      route: '/benachrichtigungen',
      mocks: [meMock(buildMe()), list, { request: { query: MARK_NOTIFICATIONS_READ_MUTATION, variables: { ids: null } }, result: { data: { markNotificationsRead: 0 } } }],
    });

    await user.click(await screen.findByRole('button', { name: 'Alle als gelesen markieren' }));
    expect(await screen.findByText('Alle Benachrichtigungen sind als gelesen markiert.')).toBeInTheDocument();
    expect(screen.getByText('Keine ungelesenen Benachrichtigungen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Als gelesen markieren/ })).not.toBeInTheDocument();
  });

  it('marks one as read', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationsPage />, {
      route: '/benachrichtigungen',
      mocks: [meMock(buildMe()), list, { request: { query: MARK_NOTIFICATIONS_READ_MUTATION, variables: { ids: ['n2'] } }, result: { data: { markNotificationsRead: 1 } } }],
    });

    await user.click(await screen.findByRole('button', { name: 'Als gelesen markieren: Jonas Keller hat Sie in „Finanzierung von Sprachcafés“ erwähnt' }));
    expect(await screen.findByText('Die Benachrichtigung ist als gelesen markiert.')).toBeInTheDocument();
    expect(screen.getByText('1 ungelesene Benachrichtigung.')).toBeInTheDocument();
  });
});
