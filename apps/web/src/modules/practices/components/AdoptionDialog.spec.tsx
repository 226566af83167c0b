import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import type { RecordAdoptionInput, UpdateAdoptionInput } from '../../../graphql/generated';
import { RECORD_ADOPTION_MUTATION, UPDATE_ADOPTION_MUTATION } from '../graphql/adoptions.graphql';
import PracticeDetailPage from '../pages/PracticeDetailPage';
import { abilities, buildAdoption, buildPractice, giengen, outcome, practiceMock, weinheim } from '../test/fixtures';

// Coordinates Weinheim (can still adopt) and Giengen (has adopted already, may edit that).
const coordinator = buildMe({
  memberships: [
    { __typename: 'Membership', role: 'COORDINATOR', municipality: weinheim },
    { __typename: 'Membership', role: 'COORDINATOR', municipality: giengen },
  ],
});
const practice = buildPractice({ viewerCan: abilities({ adopt: true, follow: true }), adoptionCount: 1, adoptions: [buildAdoption({ viewerCanEdit: true })] });

const changes = 'Treffen im Jugendhaus statt in der Bibliothek.';
const input: RecordAdoptionInput = {
  practiceId: practice.id,
  municipalitySlug: 'weinheim',
  kind: 'ADAPTED',
  adoptedOn: '2025-03-01',
  changes,
  results: '',
  outcomes: [{ label: 'Teilnehmende', value: 40.5, unit: 'Personen', asOf: '2025-06-30', source: null }],
};

function recordMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: RECORD_ADOPTION_MUTATION, variables: { input } }, result };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/praxisbeispiele/:slug" element={<PracticeDetailPage />} />
    </Routes>,
    { route: `/praxisbeispiele/${practice.slug}`, mocks: [practiceMock(practice), meMock(coordinator), ...mocks] },
  );
}

type User = ReturnType<typeof userEvent.setup>;

async function openDialog(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Übernahme eintragen' }));
  return screen.getByRole('dialog', { name: 'Übernahme eintragen' });
}

async function fillIn(user: User, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('radio', { name: 'Angepasst übernommen' }));
  await user.type(within(dialog).getByLabelText(/^Datum der Übernahme/), input.adoptedOn);
  await user.type(within(dialog).getByLabelText(/^Was haben Sie verändert\?/), changes);
  await user.click(within(dialog).getByRole('button', { name: 'Kennzahl hinzufügen' }));
  const row = within(within(dialog).getByRole('group', { name: 'Kennzahl 1' }));
  await user.type(row.getByLabelText(/^Bezeichnung/), 'Teilnehmende');
  await user.type(row.getByLabelText(/^Wert/), '40,5');
  await user.type(row.getByLabelText(/^Einheit/), 'Personen');
  await user.type(row.getByLabelText(/^Stand/), '2025-06-30');
}

const submit = (user: User, dialog: HTMLElement) => user.click(within(dialog).getByRole('button', { name: 'Übernahme eintragen' }));

describe('AdoptionDialog', () => {
  it('opens as a labelled dialog with focus on its first field, offering only municipalities that can still adopt', async () => {
    const user = userEvent.setup();
    renderPage([]);

    const dialog = await openDialog(user);
    const municipality = within(dialog).getByRole('combobox', { name: /^Übernehmende Kommune/ });
    expect(municipality).toHaveFocus();
    // Not Freiburg (the owner), not Giengen (already recorded).
    expect(within(municipality).getAllByRole('option').map((o) => o.textContent)).toEqual(['Weinheim']);
    expect(within(dialog).getByLabelText(/^Datum der Übernahme/)).toHaveAttribute('type', 'date');
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    renderPage([]);

    await openDialog(user);
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Übernahme eintragen' })).toHaveFocus();
  });

  it('checks the form before sending and names the field in each message', async () => {
    const user = userEvent.setup();
    renderPage([]);
    const dialog = await openDialog(user);

    await user.type(within(dialog).getByLabelText(/^Datum der Übernahme/), '2999-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Kennzahl hinzufügen' }));
    const row = within(within(dialog).getByRole('group', { name: 'Kennzahl 1' }));
    expect(row.getByLabelText(/^Bezeichnung/)).toHaveFocus();
    await user.type(row.getByLabelText(/^Bezeichnung/), 'Teilnehmende');
    await user.type(row.getByLabelText(/^Wert/), 'viele');
    await submit(user, dialog);

    const summary = within(dialog).getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Bitte wählen Sie die Art der Übernahme: übernommen oder angepasst übernommen.' })).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: /^Art der Übernahme/ })).toHaveAccessibleDescription(
      'Bitte wählen Sie die Art der Übernahme: übernommen oder angepasst übernommen.',
    );
    expect(within(dialog).getByLabelText(/^Datum der Übernahme/)).toHaveAccessibleDescription(
      'Wann Sie begonnen haben; nicht in der Zukunft. Das Datum der Übernahme darf nicht in der Zukunft liegen.',
    );
    const value = row.getByLabelText(/^Wert/);
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription(/Kennzahl 1: Der Wert muss eine Zahl sein, zum Beispiel 48 oder 12,5\./);
    expect(row.getByLabelText(/^Einheit/)).toHaveAccessibleDescription(/Kennzahl 1: Bitte geben Sie eine Einheit an/);
    expect(row.getByLabelText(/^Stand/)).toHaveAccessibleDescription('Kennzahl 1: Bitte geben Sie an, auf welches Datum sich der Wert bezieht.');
    expect(row.getByLabelText(/^Bezeichnung/)).not.toHaveAttribute('aria-invalid');
  });

  it('shows the API’s field problems next to the fields, outcome rows included', async () => {
    const user = userEvent.setup();
    renderPage([
      recordMock({
        errors: [
          new GraphQLError('adoptedOn cannot be in the future. unit must be between 1 and 40 characters.', {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { adoptedOn: ['adoptedOn cannot be in the future.'], 'outcomes.0.unit': ['unit must be between 1 and 40 characters.'] },
            },
          }),
        ],
      }),
    ]);
    const dialog = await openDialog(user);

    await fillIn(user, dialog);
    await submit(user, dialog);

    // The summary appears, then takes focus in an effect: wait for both.
    await waitFor(() => expect(within(dialog).getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus());
    expect(within(dialog).getByLabelText(/^Datum der Übernahme/)).toHaveAccessibleDescription(
      /Bitte geben Sie ein gültiges Datum der Übernahme an, das nicht in der Zukunft liegt\./,
    );
    const row = within(within(dialog).getByRole('group', { name: 'Kennzahl 1' }));
    expect(row.getByLabelText(/^Einheit/)).toHaveAttribute('aria-invalid', 'true');
    expect(row.getByLabelText(/^Einheit/)).toHaveAccessibleDescription(/Kennzahl 1: Bitte prüfen Sie die Einheit\./);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('explains an adoption that was already recorded (CONFLICT)', async () => {
    const user = userEvent.setup();
    renderPage([recordMock({ errors: [new GraphQLError('Weinheim has already recorded this adoption.', { extensions: { code: 'CONFLICT' } })] })]);
    const dialog = await openDialog(user);

    await fillIn(user, dialog);
    await submit(user, dialog);

    expect(await within(dialog).findByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveTextContent(
      'Für diese Kommune ist bereits eine Übernahme eingetragen.',
    );
  });

  it('records the adoption, closes, announces it and shows it in the list', async () => {
    const user = userEvent.setup();
    const recorded = buildAdoption({
      id: 'adoption-2',
      municipality: weinheim,
      changes,
      changesHtml: `<p>${changes}</p>`,
      outcomes: [outcome({ label: 'Teilnehmende', value: 40.5, asOf: '2025-06-30', source: null })],
    });
    renderPage([
      recordMock({ data: { recordAdoption: recorded } }),
      // Fetched again after saving: Weinheim is listed, and nobody is left to adopt for.
      practiceMock(buildPractice({ adoptionCount: 2, adoptions: [recorded, buildAdoption()], viewerCan: abilities({ follow: true }) })),
    ]);
    const dialog = await openDialog(user);

    await fillIn(user, dialog);
    await submit(user, dialog);

    expect(await screen.findByText('Die Übernahme durch Weinheim ist eingetragen.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const adoptions = screen.getByRole('region', { name: 'Übernahmen durch andere Kommunen' });
    expect(within(adoptions).getByRole('heading', { level: 3, name: 'Weinheim' })).toBeInTheDocument();
    expect(within(adoptions).getByRole('table', { name: 'Kennzahlen von Weinheim' })).toHaveTextContent('40,5');
    // The button that opened the dialog is gone: focus goes to the confirmation.
    expect(screen.getByText('Die Übernahme durch Weinheim ist eingetragen.').closest('[tabindex="-1"]')).toHaveFocus();
  });

  it('edits an adoption of a municipality the viewer coordinates, prefilled', async () => {
    const user = userEvent.setup();
    const update: UpdateAdoptionInput = {
      id: 'adoption-1',
      kind: 'ADAPTED',
      adoptedOn: '2025-03-01',
      changes: 'Treffen in der **Stadtbibliothek**.',
      results: 'Zwölf Tandems.',
      outcomes: [],
    };
    const updated = buildAdoption({ viewerCanEdit: true, results: 'Zwölf Tandems.', resultsHtml: '<p>Zwölf Tandems.</p>' });
    renderPage([
      { request: { query: UPDATE_ADOPTION_MUTATION, variables: { input: update } }, result: { data: { updateAdoption: updated } } },
      practiceMock({ ...practice, adoptions: [updated] }),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Bearbeiten (Übernahme von Giengen an der Brenz)' }));
    const dialog = screen.getByRole('dialog', { name: 'Übernahme bearbeiten' });
    expect(within(dialog).getByRole('radio', { name: 'Angepasst übernommen' })).toBeChecked();
    expect(within(dialog).getByLabelText(/^Datum der Übernahme/)).toHaveValue('2025-03-01');
    expect(within(dialog).queryByRole('combobox', { name: /Übernehmende Kommune/ })).not.toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/^Ihre eigenen Ergebnisse/), 'Zwölf Tandems.');
    await user.click(within(dialog).getByRole('button', { name: 'Änderungen speichern' }));

    expect(await screen.findByText('Die Übernahme von Giengen an der Brenz ist gespeichert.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Eigene Ergebnisse' })).toHaveTextContent('Zwölf Tandems.');
    expect(screen.getByRole('button', { name: 'Bearbeiten (Übernahme von Giengen an der Brenz)' })).toHaveFocus();
  });
});
