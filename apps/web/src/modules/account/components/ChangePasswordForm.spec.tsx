import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/profile.graphql';
import { ChangePasswordForm } from './ChangePasswordForm';

const input = { currentPassword: 'mein bisheriges Passwort', newPassword: 'ein neuer langer Satz' };

function changeMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: CHANGE_PASSWORD_MUTATION, variables: { input } }, result };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, repeat = input.newPassword) {
  await user.type(screen.getByLabelText(/^Aktuelles Passwort/), input.currentPassword);
  await user.type(screen.getByLabelText(/^Neues Passwort \(/), input.newPassword);
  await user.type(screen.getByLabelText(/^Neues Passwort wiederholen/), repeat);
  await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
}

describe('ChangePasswordForm', () => {
  it('explains what makes a good new password', () => {
    renderWithProviders(<ChangePasswordForm />);

    expect(screen.getByLabelText(/^Neues Passwort \(/)).toHaveAccessibleDescription(/Mindestens 12 Zeichen/);
  });

  it('asks for the same new password twice before sending', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangePasswordForm />);

    await fillIn(user, 'ein neuer langer Satz!');

    expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus();
    expect(screen.getByLabelText(/^Neues Passwort wiederholen/)).toHaveAccessibleDescription('Die beiden Passwörter stimmen nicht überein.');
    expect(screen.getByLabelText(/^Neues Passwort \(/)).not.toHaveAttribute('aria-invalid');
  });

  it('confirms the change and empties the fields', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangePasswordForm />, { mocks: [changeMock({ data: { changePassword: true } })] });

    await fillIn(user);

    expect(await screen.findByRole('status')).toHaveTextContent('Ihr Passwort ist geändert. Auf anderen Geräten sind Sie jetzt abgemeldet.');
    expect(screen.getByLabelText(/^Aktuelles Passwort/)).toHaveValue('');
    expect(screen.getByLabelText(/^Neues Passwort \(/)).toHaveValue('');
    expect(screen.getByLabelText(/^Neues Passwort wiederholen/)).toHaveValue('');
  });

  it('explains a new password the API finds too common (WEAK_PASSWORD) at the new password', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangePasswordForm />, {
      mocks: [
        changeMock({
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
    const newPassword = screen.getByLabelText(/^Neues Passwort \(/);
    expect(newPassword).toHaveAttribute('aria-invalid', 'true');
    expect(newPassword).toHaveAccessibleDescription(/zu verbreitet oder leicht zu erraten/);
    expect(screen.getByLabelText(/^Aktuelles Passwort/)).not.toHaveAttribute('aria-invalid');
  });

  it('shows a wrong current password at that field', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangePasswordForm />, {
      mocks: [
        changeMock({
          errors: [
            new GraphQLError('The current password is not correct.', {
              extensions: { code: 'INVALID_CREDENTIALS', fields: { currentPassword: ['wrong'] } },
            }),
          ],
        }),
      ],
    });

    await fillIn(user);

    expect(await screen.findByLabelText(/^Aktuelles Passwort/)).toHaveAccessibleDescription('Das aktuelle Passwort ist nicht korrekt.');
  });
});
