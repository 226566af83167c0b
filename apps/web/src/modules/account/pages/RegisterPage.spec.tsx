import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { REGISTER_MUTATION } from '../graphql/account.graphql';
import RegisterPage from './RegisterPage';

const input = {
  email: 'erika@example.org',
  displayName: 'Erika Muster',
  password: 'ein langer Satz als Passwort',
  locale: 'DE',
  acceptPrivacyNotice: true,
};

function registerMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: REGISTER_MUTATION, variables: (vars: Record<string, unknown>) => JSON.stringify(vars) === JSON.stringify({ input }) },
    result,
  };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, { accept = true } = {}) {
  await user.type(screen.getByLabelText(/E-Mail-Adresse/), input.email);
  await user.type(screen.getByLabelText(/Anzeigename/), input.displayName);
  await user.type(screen.getByLabelText(/^Passwort/), input.password);
  if (accept) await user.click(screen.getByRole('checkbox', { name: /Datenschutzerklärung gelesen/ }));
  await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
}

describe('RegisterPage', () => {
  it('explains the password length and links the privacy notice', () => {
    renderWithProviders(<RegisterPage />);

    expect(screen.getByLabelText(/^Passwort/)).toHaveAccessibleDescription(/Mindestens 12 Zeichen/);
    expect(screen.getByRole('link', { name: /Datenschutzerklärung lesen/ })).toHaveAttribute('href', '/datenschutz');
    expect(document.title).toBe('Registrieren – Praxisforum');
  });

  it('checks the fields before sending, including the privacy notice', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RegisterPage />);

    await user.type(screen.getByLabelText(/^Passwort/), 'kurz');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus();
    expect(screen.getByLabelText(/^Passwort/)).toHaveAccessibleDescription(/zu kurz: Bitte verwenden Sie mindestens 12 Zeichen/);
    expect(screen.getByLabelText(/E-Mail-Adresse/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('checkbox', { name: /Datenschutzerklärung gelesen/ })).toHaveAccessibleDescription(
      /Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben/,
    );
  });

  it('shows the fields the API refused next to them (BAD_USER_INPUT)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RegisterPage />, {
      mocks: [
        registerMock({
          errors: [
            new GraphQLError('email must be a valid e-mail address. displayName must be between 2 and 100 characters.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: { email: ['email must be a valid e-mail address.'], displayName: ['displayName must be between 2 and 100 characters.'] },
              },
            }),
          ],
        }),
      ],
    });

    await fillIn(user);

    const email = screen.getByLabelText(/E-Mail-Adresse/);
    expect(await screen.findByRole('link', { name: /Bitte geben Sie eine gültige E-Mail-Adresse ein/ })).toHaveAttribute('href', `#${email.id}`);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Anzeigename/)).toHaveAccessibleDescription(/muss 2 bis 100 Zeichen lang sein/);
    expect(screen.queryByText(/must be/)).not.toBeInTheDocument();
  });

  it('explains a password the API finds too weak (WEAK_PASSWORD)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RegisterPage />, {
      mocks: [
        registerMock({
          errors: [
            new GraphQLError('This password is too common or easy to guess.', {
              extensions: { code: 'WEAK_PASSWORD', fields: { password: ['common'] } },
            }),
          ],
        }),
      ],
    });

    await fillIn(user);

    // The summary appears, then takes focus in an effect: wait for both.
    await waitFor(() => expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus());
    const password = screen.getByLabelText(/^Passwort/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/zu verbreitet oder leicht zu erraten/);
  });

  it('confirms with the same neutral message whether or not the address was known', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RegisterPage />, { mocks: [registerMock({ data: { register: true } })] });

    await fillIn(user);

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Wir haben Ihnen eine E-Mail an erika@example.org geschickt.');
    expect(status).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Konto anlegen' })).not.toBeInTheDocument();
  });
});
