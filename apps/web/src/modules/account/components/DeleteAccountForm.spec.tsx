import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { DELETE_MY_ACCOUNT_MUTATION } from '../graphql/profile.graphql';
import { useMe } from '../hooks/useMe';
import { DeleteAccountForm } from './DeleteAccountForm';

/** Stands in for the header: who the app thinks is signed in. */
function SignedInAs() {
  const { me, loading } = useMe();
  if (loading) return null;
  return <p data-testid="signed-in-as">{me ? me.displayName : 'Gast'}</p>;
}

function deleteMock(input: { password: string; deleteContributions: boolean }, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: DELETE_MY_ACCOUNT_MUTATION, variables: { input } }, result };
}

function renderForm(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <>
      <SignedInAs />
      <DeleteAccountForm />
    </>,
    // The first `me` is the person; after the store is reset, the API knows no session any more.
    { route: '/konto/daten', mocks: [meMock(buildMe(), { once: true }), meMock(null), ...mocks] },
  );
}

describe('DeleteAccountForm', () => {
  it('asks for confirmation first, and nothing is deleted when the person cancels', async () => {
    const user = userEvent.setup();
    renderForm([]);

    await user.type(screen.getByLabelText(/^Aktuelles Passwort/), 'mein Passwort');
    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));

    const heading = screen.getByRole('heading', { level: 3, name: 'Wollen Sie Ihr Konto wirklich löschen?' });
    expect(heading).toHaveFocus();
    const confirmation = screen.getByRole('group', { name: 'Wollen Sie Ihr Konto wirklich löschen?' });
    expect(within(confirmation).getByText(/Ihre öffentlichen Beiträge bleiben ohne Ihren Namen erhalten/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Aktuelles Passwort/)).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Konto löschen …' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));

    expect(screen.queryByRole('heading', { name: 'Wollen Sie Ihr Konto wirklich löschen?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Konto löschen …' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/konto/daten');
  });

  it('needs the current password before it asks', async () => {
    const user = userEvent.setup();
    renderForm([]);

    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));

    expect(screen.getByLabelText(/^Aktuelles Passwort/)).toHaveAccessibleDescription('Bitte geben Sie Ihr Passwort ein.');
    expect(screen.queryByRole('button', { name: 'Ja, Konto endgültig löschen' })).not.toBeInTheDocument();
  });

  it('deletes the account with the contributions if chosen, forgets the person and goes to the start page', async () => {
    const user = userEvent.setup();
    renderForm([deleteMock({ password: 'mein Passwort', deleteContributions: true }, { data: { deleteMyAccount: true } })]);
    expect(await screen.findByTestId('signed-in-as')).toHaveTextContent('Erika Muster');

    await user.type(screen.getByLabelText(/^Aktuelles Passwort/), 'mein Passwort');
    await user.click(screen.getByRole('checkbox', { name: 'Auch meine öffentlichen Beiträge löschen' }));
    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    expect(screen.getByRole('group', { name: 'Wollen Sie Ihr Konto wirklich löschen?' })).toHaveTextContent(
      /Ihre öffentlichen Beiträge werden endgültig gelöscht/,
    );
    await user.click(screen.getByRole('button', { name: 'Ja, Konto endgültig löschen' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Gast');
  });

  it('goes back to the form with the problem when the password was wrong', async () => {
    const user = userEvent.setup();
    renderForm([
      deleteMock(
        { password: 'falsches Passwort', deleteContributions: false },
        { errors: [new GraphQLError('The current password is not correct.', { extensions: { code: 'INVALID_CREDENTIALS', fields: { password: ['wrong'] } } })] },
      ),
    ]);

    await user.type(screen.getByLabelText(/^Aktuelles Passwort/), 'falsches Passwort');
    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, Konto endgültig löschen' }));

    const password = await screen.findByLabelText(/^Aktuelles Passwort/, { selector: '[aria-invalid="true"]' });
    expect(password).toHaveAccessibleDescription('Das Passwort ist nicht korrekt.');
    expect(password).toHaveValue('');
    expect(screen.getByTestId('location')).toHaveTextContent('/konto/daten');
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Erika Muster');
  });
});
