import { act, screen, waitFor } from '@testing-library/react';
import { MockSubscriptionLink } from '@apollo/client/testing';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { UNREAD_CONVERSATION_COUNT_QUERY } from '../../messages/graphql/messages.graphql';
import { UNREAD_NOTIFICATION_COUNT_QUERY } from '../graphql/notifications.graphql';
import { NotificationBell } from './NotificationBell';

const countMock = (count: number) => ({
  request: { query: UNREAD_NOTIFICATION_COUNT_QUERY },
  result: { data: { unreadNotificationCount: count } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const messagesMock = (count: number) => ({
  request: { query: UNREAD_CONVERSATION_COUNT_QUERY },
  result: { data: { unreadConversationCount: count } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('NotificationBell', () => {
  it('names the unread count and keeps it live from the subscription', async () => {
    const live = new MockSubscriptionLink();
    renderWithProviders(<NotificationBell />, { mocks: [meMock(buildMe()), countMock(3), messagesMock(2)], live });

    const bell = await screen.findByRole('link', { name: 'Benachrichtigungen, 3 ungelesen' });
    expect(bell).toHaveAttribute('href', '/benachrichtigungen');
    expect(bell).toHaveTextContent('3');
    expect(screen.getByRole('link', { name: 'Nachrichten, 2 ungelesen' })).toHaveAttribute('href', '/nachrichten');

    await waitFor(() => expect(live.operation?.operationName).toBe('NotificationCount'));
    act(() => live.simulateResult({ result: { data: { notificationCount: 4 } } }));
    expect(await screen.findByRole('link', { name: 'Benachrichtigungen, 4 ungelesen' })).toBeInTheDocument();

    act(() => live.simulateResult({ result: { data: { notificationCount: 0 } } }));
    const read = await screen.findByRole('link', { name: 'Benachrichtigungen, keine ungelesen' });
    expect(read).not.toHaveTextContent('0');
  });

  it('is not there for guests, and they open no subscription', async () => {
    const live = new MockSubscriptionLink();
    renderWithProviders(<NotificationBell />, { mocks: [meMock(null)], live });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(live.operation).toBeUndefined();
  });
});
