import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { REQUEST_EMAIL_CHANGE_MUTATION } from '../graphql/profile.graphql';
import { ChangeEmailForm } from './ChangeEmailForm';

const input = { newEmail: 'erika.neu@example.org', password: 'mein bisheriges Passwort' };

function changeMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: REQUEST_EMAIL_CHANGE_MUTATION, variables: { input } }, result };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, newEmail = input.newEmail) {
  await user.type(screen.getByLabelText(/^Neue E-Mail-Adresse/), newEmail);
  await user.type(screen.getByLabelText(/^Aktuelles Passwort/), input.password);
  await user.click(screen.getByRole('button', { name: 'Bestätigungslink senden' }));
}

describe('ChangeEmailForm', () => {
  it('sends a confirmation link to the new address and says so', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangeEmailForm currentEmail="erika@example.org" />, { mocks: [changeMock({ data: { requestEmailChange: true } })] });

    expect(screen.getByText(/Ihre Adresse ist derzeit erika@example.org/)).toBeInTheDocument();
    await fillIn(user, ` ${input.newEmail} `);

    expect(await screen.findByRole('status')).toHaveTextContent('Wir haben einen Bestätigungslink an erika.neu@example.org geschickt.');
    expect(screen.getByLabelText(/^Neue E-Mail-Adresse/)).toHaveValue('');
    expect(screen.getByLabelText(/^Aktuelles Passwort/)).toHaveValue('');
  });

  it('shows a wrong current password at that field', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangeEmailForm currentEmail="erika@example.org" />, {
      mocks: [
        changeMock({
          errors: [
            new GraphQLError('The current password is not correct.', {
              extensions: { code: 'INVALID_CREDENTIALS', fields: { password: ['wrong'] } },
            }),
          ],
        }),
      ],
    });

    await fillIn(user);

    // The summary appears, then takes focus in an effect: wait for both.
    await waitFor(() => expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus());
    const password = screen.getByLabelText(/^Aktuelles Passwort/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Das Passwort ist nicht korrekt.');
    expect(screen.getByLabelText(/^Neue E-Mail-Adresse/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('refuses the address the account already has, before sending', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangeEmailForm currentEmail="erika@example.org" />);

    await fillIn(user, 'Erika@Example.org');

    expect(screen.getByLabelText(/^Neue E-Mail-Adresse/)).toHaveAccessibleDescription('Das ist bereits Ihre E-Mail-Adresse.');
  });
});
