import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { buildAbilities, buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { INVITATIONS_QUERY, INVITE_USER_MUTATION, REVOKE_INVITATION_MUTATION } from '../graphql/invitations.graphql';
import type { Invitation } from '../graphql/types';
import InvitationsPage from './InvitationsPage';

const weinheim = { __typename: 'Municipality' as const, id: 'id-weinheim', slug: 'weinheim', name: 'Weinheim' };
const giengen = { __typename: 'Municipality' as const, id: 'id-giengen', slug: 'giengen', name: 'Giengen an der Brenz' };

// A coordinator of two municipalities: they may invite there, and only there.
const coordinator = buildMe({ id: 'coord-1', displayName: 'Carla Koordination', abilities: buildAbilities({ inviteFor: [weinheim, giengen] }) });

function buildInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    __typename: 'Invitation',
    id: 'inv-1',
    email: 'max@example.org',
    municipality: giengen,
    role: 'MEMBER',
    invitedByName: 'Carla Koordination',
    createdAt: '2026-11-20T08:00:00.000Z',
    expiresAt: '2026-12-04T08:00:00.000Z',
    status: 'PENDING',
    ...overrides,
  };
}

function invitationsMock(slug: string, invitations: Invitation[]): MockLink.MockedResponse {
  return { request: { query: INVITATIONS_QUERY, variables: { municipalitySlug: slug } }, result: { data: { invitations } } };
}

const route = '/verwaltung/einladungen';

describe('InvitationsPage', () => {
  it('lists the invitations of the chosen municipality with their status', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InvitationsPage />, {
      route,
      mocks: [
        meMock(coordinator),
        invitationsMock('weinheim', []),
        invitationsMock('giengen', [
          buildInvitation(),
          buildInvitation({ id: 'inv-2', email: 'lena@example.org', role: 'COORDINATOR', status: 'ACCEPTED', invitedByName: null }),
        ]),
      ],
    });

    const municipality = await screen.findByRole('combobox', { name: /^Kommune/ });
    expect(within(municipality).getAllByRole('option').map((o) => o.textContent)).toEqual(['Weinheim', 'Giengen an der Brenz']);
    expect(await screen.findByText('Für diese Kommune gibt es noch keine Einladungen.')).toBeInTheDocument();

    await user.selectOptions(municipality, 'Giengen an der Brenz');

    const list = await screen.findByRole('table');
    expect(screen.getByRole('heading', { level: 2, name: 'Einladungen für Giengen an der Brenz' })).toBeInTheDocument();
    const pending = within(list).getByRole('row', { name: /max@example.org/ });
    expect(pending).toHaveTextContent(/Mitglied.*Offen.*Carla Koordination/);
    expect(within(pending).getByRole('button', { name: 'Einladung an max@example.org zurückziehen' })).toBeInTheDocument();
    const accepted = within(list).getByRole('row', { name: /lena@example.org/ });
    expect(accepted).toHaveTextContent(/Koordination.*Angenommen/);
    expect(within(accepted).queryByRole('button')).not.toBeInTheDocument();
  });

  it('invites a person to the selected municipality with the selected role, and lists the invitation', async () => {
    const user = userEvent.setup();
    const sent = buildInvitation({ id: 'inv-9', email: 'neu@example.org', role: 'COORDINATOR' });
    renderWithProviders(<InvitationsPage />, {
      route,
      mocks: [
        meMock(coordinator),
        invitationsMock('weinheim', []),
        invitationsMock('giengen', []),
        {
          request: { query: INVITE_USER_MUTATION, variables: { input: { email: 'neu@example.org', municipalitySlug: 'giengen', role: 'COORDINATOR' } } },
          result: { data: { inviteUser: sent } },
        },
      ],
    });

    await user.selectOptions(await screen.findByRole('combobox', { name: /^Kommune/ }), 'Giengen an der Brenz');
    const form = screen.getByRole('form', { name: 'Person zu Giengen an der Brenz einladen' });
    await user.type(within(form).getByRole('textbox', { name: /^E-Mail-Adresse/ }), ' neu@example.org ');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Rolle/ }), 'Koordination');
    await user.click(within(form).getByRole('button', { name: 'Einladung senden' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Die Einladung an neu@example.org für Giengen an der Brenz ist verschickt.');
    expect(within(form).getByRole('textbox', { name: /^E-Mail-Adresse/ })).toHaveValue('');
    expect(screen.getByRole('row', { name: /neu@example.org/ })).toHaveTextContent(/Koordination.*Offen/);
  });

  it('explains a refused invitation at the form', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InvitationsPage />, {
      route,
      mocks: [
        meMock(coordinator),
        invitationsMock('weinheim', []),
        {
          request: { query: INVITE_USER_MUTATION, variables: { input: { email: 'max@example.org', municipalitySlug: 'weinheim', role: 'MEMBER' } } },
          result: { errors: [new GraphQLError('Already invited', { extensions: { code: 'CONFLICT' } })] },
        },
      ],
    });

    await user.type(await screen.findByRole('textbox', { name: /^E-Mail-Adresse/ }), 'max@example.org');
    await user.click(screen.getByRole('button', { name: 'Einladung senden' }));

    expect(await screen.findByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveTextContent(
      'Für diese E-Mail-Adresse gibt es schon eine offene Einladung oder eine Mitgliedschaft in dieser Kommune.',
    );
  });

  it('revokes an open invitation', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InvitationsPage />, {
      route,
      mocks: [
        meMock(coordinator),
        invitationsMock('weinheim', [buildInvitation({ municipality: weinheim })]),
        {
          request: { query: REVOKE_INVITATION_MUTATION, variables: { id: 'inv-1' } },
          result: { data: { revokeInvitation: buildInvitation({ municipality: weinheim, status: 'REVOKED' }) } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Einladung an max@example.org zurückziehen' }));

    expect(await screen.findByText('Die Einladung an max@example.org ist zurückgezogen.')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /max@example.org/ });
    expect(row).toHaveTextContent('Zurückgezogen');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('tells people who may not invite that they may not see the page', async () => {
    renderWithProviders(<InvitationsPage />, { route, mocks: [meMock(buildMe())] });

    expect(await screen.findByText(/Keine Berechtigung/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Einladung senden' })).not.toBeInTheDocument();
  });
});
