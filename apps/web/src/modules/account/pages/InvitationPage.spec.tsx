import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { ACCEPT_INVITATION_MUTATION, INVITATION_PREVIEW_QUERY } from '../graphql/invitation.graphql';
import type { InvitationPreview } from '../graphql/types';
import InvitationPage from './InvitationPage';

function previewMock(overrides: Partial<InvitationPreview> = {}): MockLink.MockedResponse {
  return {
    request: { query: INVITATION_PREVIEW_QUERY, variables: { token: 'inv-1' } },
    result: {
      data: {
        invitationPreview: {
          __typename: 'InvitationPreview',
          email: 'neu@example.org',
          municipality: { __typename: 'Municipality', id: 'id-weinheim', slug: 'weinheim', name: 'Weinheim' },
          role: 'COORDINATOR',
          expiresAt: '2026-12-01T12:00:00.000Z',
          status: 'PENDING',
          accountExists: false,
          ...overrides,
        },
      },
    },
  };
}

describe('InvitationPage', () => {
  it('creates the account with the invitation and signs the person in', async () => {
    const user = userEvent.setup();
    const input = { token: 'inv-1', displayName: 'Nora Neu', password: 'ein langer Satz als Passwort' };
    renderWithProviders(<InvitationPage />, {
      route: '/einladung?token=inv-1',
      mocks: [
        meMock(null),
        previewMock(),
        {
          request: { query: ACCEPT_INVITATION_MUTATION, variables: { input } },
          result: { data: { acceptInvitation: buildMe({ email: 'neu@example.org', displayName: 'Nora Neu' }) } },
        },
      ],
    });

    expect(await screen.findByText(/bei Weinheim im Praxisforum mitzuwirken – Rolle: Koordination/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Anzeigename/), input.displayName);
    await user.type(screen.getByLabelText(/^Passwort/), input.password);
    await user.click(screen.getByRole('button', { name: 'Konto anlegen und annehmen' }));

    expect(await screen.findByText('Willkommen! Sie wirken jetzt bei Weinheim mit (Rolle: Koordination).')).toBeInTheDocument();
  });

  it('asks to sign in first when the invited address already has an account', async () => {
    renderWithProviders(<InvitationPage />, { route: '/einladung?token=inv-1', mocks: [meMock(null), previewMock({ accountExists: true })] });

    expect(await screen.findByText(/Zu neu@example.org gibt es schon ein Konto/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', '/anmelden?next=%2Feinladung%3Ftoken%3Dinv-1');
  });

  it('says when the invitation has expired', async () => {
    renderWithProviders(<InvitationPage />, { route: '/einladung?token=inv-1', mocks: [meMock(null), previewMock({ status: 'EXPIRED' })] });

    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Einladung ist abgelaufen.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
