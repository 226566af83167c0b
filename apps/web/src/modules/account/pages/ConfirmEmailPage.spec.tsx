import { StrictMode } from 'react';
import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CONFIRM_EMAIL_MUTATION } from '../graphql/account.graphql';
import ConfirmEmailPage from './ConfirmEmailPage';

function confirmMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: CONFIRM_EMAIL_MUTATION, variables: { input: { token: 'tok-1' } } }, result };
}

describe('ConfirmEmailPage', () => {
  it('confirms the address as the page opens and offers the sign-in', async () => {
    renderWithProviders(<ConfirmEmailPage />, {
      route: '/bestaetigen?token=tok-1',
      mocks: [meMock(null), confirmMock({ data: { confirmEmail: true } })],
    });

    expect(screen.getByRole('status')).toHaveTextContent('Ihre E-Mail-Adresse wird bestätigt');
    expect(await screen.findByText('Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', '/anmelden');
  });

  it('says that the link has expired (TOKEN_EXPIRED)', async () => {
    renderWithProviders(<ConfirmEmailPage />, {
      route: '/bestaetigen?token=tok-1',
      mocks: [
        meMock(null),
        confirmMock({ errors: [new GraphQLError('This link has expired.', { extensions: { code: 'TOKEN_EXPIRED' } })] }),
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Dieser Bestätigungslink ist abgelaufen.');
    expect(screen.getByRole('alert')).toHaveTextContent(/Einen neuen Link bekommen Sie, wenn Sie sich anmelden/);
  });

  it('needs a token', () => {
    renderWithProviders(<ConfirmEmailPage />, { route: '/bestaetigen', mocks: [meMock(null)] });

    expect(screen.getByRole('alert')).toHaveTextContent('Dieser Bestätigungslink ist ungültig.');
  });

  it('sends the single-use token only once, even under StrictMode', async () => {
    renderWithProviders(
      <StrictMode>
        <ConfirmEmailPage />
      </StrictMode>,
      { route: '/bestaetigen?token=tok-1', mocks: [meMock(null), confirmMock({ data: { confirmEmail: true } })] },
    );

    expect(await screen.findByText('Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
