import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import {
  FOLLOW_LEVEL_MUTATION,
  MY_FOLLOWS_QUERY,
  NOTIFICATION_PREFERENCES_QUERY,
  UNFOLLOW_SUBJECT_MUTATION,
  UPDATE_NOTIFICATION_PREFERENCES_MUTATION,
} from '../graphql/notifications.graphql';
import NotificationSettingsPage from './NotificationSettingsPage';

const follow = (subjectType: 'THREAD' | 'PRACTICE', subjectId: string, title: string, level: 'WATCHING' | 'NORMAL' | 'MUTED') => ({
  __typename: 'Follow',
  subjectType,
  subjectId,
  level,
  title,
  path: subjectType === 'THREAD' ? `/diskussionen/${subjectId}` : `/praxisbeispiele/${subjectId}`,
  createdAt: '2026-03-01T08:00:00.000Z',
});

const follows = {
  request: { query: MY_FOLLOWS_QUERY, variables: { first: 50 } },
  result: {
    data: {
      myFollows: {
        __typename: 'FollowConnection',
        totalCount: 2,
        edges: [
          { __typename: 'FollowEdge', cursor: 'c1', node: follow('THREAD', 'thread-1', 'Finanzierung von Sprachcafés', 'WATCHING') },
          { __typename: 'FollowEdge', cursor: 'c2', node: follow('PRACTICE', 'sprachcafe', 'Sprachcafé im Rathaus', 'NORMAL') },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
      },
    },
  },
};

const base = [
  meMock(buildMe()),
  { request: { query: NOTIFICATION_PREFERENCES_QUERY }, result: { data: { notificationPreferences: { __typename: 'NotificationPreferences', emailFrequency: 'DAILY' } } } },
  follows,
];

describe('NotificationSettingsPage', () => {
  it('shows the e-mail frequency as a radio group and saves a change', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationSettingsPage />, {
      route: '/konto/benachrichtigungen',
      mocks: [
        ...base,
        {
          request: { query: UPDATE_NOTIFICATION_PREFERENCES_MUTATION, variables: { input: { emailFrequency: 'WEEKLY' } } },
          result: { data: { updateNotificationPreferences: { __typename: 'NotificationPreferences', emailFrequency: 'WEEKLY' } } },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Benachrichtigungen einstellen' })).toBeInTheDocument();
    const group = await screen.findByRole('group', { name: 'Wie oft möchten Sie E-Mails erhalten?' });
    expect(await within(group).findByRole('radio', { name: 'Täglich als Zusammenfassung' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Sofort' })).toHaveAccessibleDescription(/viele Beiträge in kurzer Zeit werden zusammengefasst/);

    await user.click(within(group).getByRole('radio', { name: 'Wöchentlich als Zusammenfassung' }));
    await user.click(screen.getByRole('button', { name: 'Einstellung speichern' }));
    expect(await screen.findByText('Ihre Einstellung ist gespeichert.')).toBeInTheDocument();
  });

  it('lists what the person follows with a level per row and unfollows', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationSettingsPage />, {
      route: '/konto/benachrichtigungen',
      mocks: [
        ...base,
        {
          request: { query: FOLLOW_LEVEL_MUTATION, variables: { subjectType: 'THREAD', subjectId: 'thread-1', level: 'MUTED' } },
          result: { data: { follow: { __typename: 'Follow', subjectType: 'THREAD', subjectId: 'thread-1', level: 'MUTED' } } },
        },
        {
          request: { query: UNFOLLOW_SUBJECT_MUTATION, variables: { subjectType: 'PRACTICE', subjectId: 'sprachcafe' } },
          result: { data: { unfollow: true } },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Dem folgen Sie' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Titel', 'Art', 'Stufe', 'Aktionen']);
    expect(within(table).getByRole('rowheader', { name: 'Finanzierung von Sprachcafés' })).toBeInTheDocument();

    const level = within(table).getByRole('combobox', { name: 'Stufe für „Finanzierung von Sprachcafés“' });
    expect(level).toHaveValue('WATCHING');
    await user.selectOptions(level, 'MUTED');
    expect(await screen.findByText('Die Stufe für „Finanzierung von Sprachcafés“ ist geändert.')).toBeInTheDocument();
    expect(level).toHaveValue('MUTED');

    await user.click(within(table).getByRole('button', { name: '„Sprachcafé im Rathaus“ nicht mehr folgen' }));
    expect(await screen.findByText('Sie folgen „Sprachcafé im Rathaus“ nicht mehr.')).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Sprachcafé im Rathaus' })).not.toBeInTheDocument();
  });
});
