import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { MY_SESSIONS_QUERY, REVOKE_SESSION_MUTATION } from '../graphql/profile.graphql';
import SessionsPage from './SessionsPage';

const sessions = [
  {
    __typename: 'SessionView',
    id: 's-1',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    createdAt: '2026-11-20T08:00:00.000Z',
    lastSeenAt: '2026-11-25T10:15:00.000Z',
    expiresAt: '2026-12-20T08:00:00.000Z',
    current: true,
  },
  {
    __typename: 'SessionView',
    id: 's-2',
    userAgent: null,
    createdAt: '2026-07-01T22:30:00.000Z',
    lastSeenAt: '2026-07-02T06:00:00.000Z',
    expiresAt: '2026-08-01T22:30:00.000Z',
    current: false,
  },
];

const sessionsMock = { request: { query: MY_SESSIONS_QUERY }, result: { data: { mySessions: sessions } } };

describe('SessionsPage', () => {
  it('lists the sessions in Berlin time and marks the current one, which cannot be revoked here', async () => {
    renderWithProviders(<SessionsPage />, { route: '/konto/sitzungen', mocks: [meMock(buildMe()), sessionsMock] });

    const current = (await screen.findByRole('heading', { level: 2, name: /Firefox · Linux/ })).closest('li');
    expect(current).not.toBeNull();
    expect(within(current!).getByText('Diese Sitzung')).toBeInTheDocument();
    expect(within(current!).getByText('25. November 2026 um 11:15')).toBeInTheDocument();
    expect(within(current!).queryByRole('button')).not.toBeInTheDocument();

    const other = screen.getByRole('heading', { level: 2, name: 'Unbekanntes Gerät' }).closest('li');
    expect(within(other!).queryByText('Diese Sitzung')).not.toBeInTheDocument();
    expect(within(other!).getByText('2. Juli 2026 um 00:30')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Überall abmelden' })).toBeInTheDocument();
  });

  it('revokes another session and removes it from the list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SessionsPage />, {
      route: '/konto/sitzungen',
      mocks: [
        meMock(buildMe()),
        sessionsMock,
        { request: { query: REVOKE_SESSION_MUTATION, variables: { id: 's-2' } }, result: { data: { revokeSession: true } } },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Sitzung Unbekanntes Gerät vom 2. Juli 2026 um 00:30 abmelden' }));

    expect(await screen.findByText('Die Sitzung Unbekanntes Gerät ist beendet.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Unbekanntes Gerät' })).not.toBeInTheDocument();
  });

  it('asks guests to sign in and come back', async () => {
    renderWithProviders(<SessionsPage />, { route: '/konto/sitzungen', mocks: [meMock(null)] });

    expect(await screen.findByText('Bitte melden Sie sich an, um diese Seite zu sehen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', '/anmelden?next=%2Fkonto%2Fsitzungen');
  });
});
