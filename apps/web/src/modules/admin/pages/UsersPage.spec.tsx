import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { buildAbilities, buildMe, buildMunicipality, connection, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { MUNICIPALITY_LIST_QUERY } from '../../municipalities/graphql/municipalities.graphql';
import { DEV_MAILBOX_ENABLED_QUERY } from '../graphql/mailbox.graphql';
import { SET_USER_ROLE_MUTATION, USERS_QUERY } from '../graphql/users.graphql';
import type { AdminUser } from '../graphql/types';
import UsersPage from './UsersPage';

const admin = buildMe({ id: 'admin-1', displayName: 'Ada Admin', role: 'ADMIN', abilities: buildAbilities({ administerUsers: true }) });

function buildUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return {
    __typename: 'AdminUser',
    id: 'user-2',
    email: 'max@example.org',
    displayName: 'Max Mitglied',
    role: 'MEMBER',
    emailVerified: true,
    blocked: false,
    blockedReason: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    memberships: [
      { __typename: 'Membership', role: 'COORDINATOR', municipality: { __typename: 'Municipality', id: 'id-weinheim', slug: 'weinheim', name: 'Weinheim' } },
    ],
    ...overrides,
  };
}

function usersConnection(nodes: AdminUser[]) {
  return {
    __typename: 'AdminUserConnection',
    totalCount: nodes.length,
    edges: nodes.map((node, i) => ({ __typename: 'AdminUserEdge', cursor: `u${i}`, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  };
}

const baseMocks: MockLink.MockedResponse[] = [
  meMock(admin),
  {
    request: { query: USERS_QUERY, variables: { first: 20 } },
    result: { data: { users: usersConnection([buildUser(), buildUser({ id: 'admin-1', displayName: 'Ada Admin', role: 'ADMIN', email: 'ada@example.org' })]) } },
  },
  {
    request: { query: MUNICIPALITY_LIST_QUERY, variables: { first: 100 } },
    result: { data: { municipalities: connection([buildMunicipality()]) } },
  },
  { request: { query: DEV_MAILBOX_ENABLED_QUERY }, result: { data: { devMailboxEnabled: false } } },
];

describe('UsersPage', () => {
  it('lists the accounts with their role and memberships', async () => {
    renderWithProviders(<UsersPage />, { route: '/verwaltung/benutzer', mocks: baseMocks });

    expect(await screen.findByText('2 Konten gefunden')).toBeInTheDocument();
    const card = screen.getByRole('heading', { level: 2, name: 'Max Mitglied' }).closest('li')!;
    expect(within(card).getByText('max@example.org')).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: /^Rolle auf der Plattform/ })).toHaveValue('MEMBER');
    expect(within(card).getByText(/Weinheim \(Koordination\)/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Mitgliedschaft von Max Mitglied in Weinheim entfernen' })).toBeInTheDocument();
    // Admins do not demote or block themselves here.
    const own = screen.getByRole('heading', { level: 2, name: 'Ada Admin' }).closest('li')!;
    expect(within(own).getByRole('combobox', { name: /^Rolle auf der Plattform/ })).toBeDisabled();
    expect(within(own).queryByRole('button', { name: 'Konto sperren' })).not.toBeInTheDocument();
  });

  it('changes the role of an account', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UsersPage />, {
      route: '/verwaltung/benutzer',
      mocks: [
        ...baseMocks,
        {
          request: { query: SET_USER_ROLE_MUTATION, variables: { userId: 'user-2', role: 'MODERATOR' } },
          result: { data: { setUserRole: buildUser({ role: 'MODERATOR' }) } },
        },
      ],
    });

    const card = (await screen.findByRole('heading', { level: 2, name: 'Max Mitglied' })).closest('li')!;
    await user.selectOptions(within(card).getByRole('combobox', { name: /^Rolle auf der Plattform/ }), 'MODERATOR');
    await user.click(within(card).getByRole('button', { name: 'Rolle speichern' }));

    expect(await within(card).findByText('Max Mitglied hat jetzt die Rolle Moderation.')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Rolle speichern' })).toBeDisabled();
  });

  it('asks for a block reason of the shared minimum length before blocking', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UsersPage />, { route: '/verwaltung/benutzer', mocks: baseMocks });

    const card = (await screen.findByRole('heading', { level: 2, name: 'Max Mitglied' })).closest('li')!;
    const reason = within(card).getByRole('textbox', { name: /^Grund der Sperrung/ });
    expect(reason).toHaveAttribute('maxlength', '500');
    await user.type(reason, ' ab ');
    await user.click(within(card).getByRole('button', { name: 'Konto sperren' }));

    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/Bitte beschreiben Sie den Grund mit mindestens 3 Zeichen/);
  });

  it('tells people without the right that they may not see the page', async () => {
    renderWithProviders(<UsersPage />, { route: '/verwaltung/benutzer', mocks: [meMock(buildMe())] });

    expect(await screen.findByText(/Keine Berechtigung/)).toBeInTheDocument();
  });
});
