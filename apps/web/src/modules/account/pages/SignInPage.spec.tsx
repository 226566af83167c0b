import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { buildMe } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { SIGN_IN_MUTATION } from '../graphql/account.graphql';
import SignInPage from './SignInPage';

const credentials = { email: 'erika@example.org', password: 'ein langer Satz als Passwort' };

function signInMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: SIGN_IN_MUTATION,
      variables: (vars: Record<string, unknown>) => JSON.stringify(vars) === JSON.stringify({ input: credentials }),
    },
    result,
  };
}

const success = signInMock({ data: { signIn: buildMe() } });

async function signIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/E-Mail-Adresse/), credentials.email);
  await user.type(screen.getByLabelText(/^Passwort/), credentials.password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
}

describe('SignInPage', () => {
  it('links to the password reset and to sign-up', () => {
    renderWithProviders(<SignInPage />, { route: '/anmelden' });

    expect(screen.getByRole('link', { name: 'Passwort vergessen?' })).toHaveAttribute('href', '/passwort-vergessen');
    expect(screen.getByRole('link', { name: 'Jetzt registrieren' })).toHaveAttribute('href', '/registrieren');
  });

  it('says that e-mail or password are wrong (INVALID_CREDENTIALS), in its own words', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />, {
      route: '/anmelden',
      mocks: [
        signInMock({
          errors: [new GraphQLError('The e-mail address or the password is not correct.', { extensions: { code: 'INVALID_CREDENTIALS' } })],
        }),
      ],
    });

    await signIn(user);

    expect(await screen.findByText('E-Mail-Adresse oder Passwort sind nicht korrekt.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus();
    expect(screen.getByLabelText(/^Passwort/)).toHaveValue('');
    expect(screen.getByTestId('location')).toHaveTextContent('/anmelden');
  });

  it('tells after how many minutes to try again (RATE_LIMITED)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />, {
      route: '/anmelden',
      mocks: [
        signInMock({
          errors: [
            new GraphQLError('Too many attempts. Please try again in 15 minutes.', {
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 841 },
            }),
          ],
        }),
      ],
    });

    await signIn(user);

    expect(await screen.findByText('Zu viele Versuche. Bitte versuchen Sie es in 15 Minuten erneut.')).toBeInTheDocument();
  });

  it('goes to the page named in `next` after signing in', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />, { route: '/anmelden?next=%2Feinladung%3Ftoken%3Dabc', mocks: [success] });

    await signIn(user);

    expect(await screen.findByText('/einladung?token=abc')).toBeInTheDocument();
  });

  it.each(['https%3A%2F%2Fevil.example%2F', '%2F%2Fevil.example'])('ignores a `next` outside this site (%s) and opens the account', async (next) => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />, { route: `/anmelden?next=${next}`, mocks: [success] });

    await signIn(user);

    expect(await screen.findByText('/konto')).toBeInTheDocument();
  });
});
