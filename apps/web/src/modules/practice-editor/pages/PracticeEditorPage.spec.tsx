import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { AUTOSAVE_DELAY_MS } from '../components/PracticeEditor';
import { DELETE_PRACTICE_MUTATION, SUBMIT_PRACTICE_MUTATION, UPDATE_PRACTICE_MUTATION } from '../graphql/editor.graphql';
import type { EditorPractice } from '../graphql/types';
import type { UpdatePracticeInput } from '../../../graphql/generated';
import {
  baseInput,
  buildEditorPractice,
  coordinator,
  editorQueryMock,
  graphQLError,
  municipalityOptionsMock,
} from '../testing';
import PracticeEditorPage from './PracticeEditorPage';

function renderEditor(practice: EditorPractice, mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/praxisbeispiele/:slug/bearbeiten" element={<PracticeEditorPage />} />
      <Route path="/praxisbeispiele/meine" element={<p>Meine Liste</p>} />
    </Routes>,
    { route: `/praxisbeispiele/${practice.slug}/bearbeiten`, mocks: [meMock(coordinator), municipalityOptionsMock, editorQueryMock(practice), ...mocks] },
  );
}

/** A save answered by `answer`, recorded in `calls` so tests can count the requests. */
function updateMock(
  input: UpdatePracticeInput,
  answer: MockLink.MockedResponse['result'],
  calls: UpdatePracticeInput[] = [],
  delay = 0,
): MockLink.MockedResponse {
  return {
    request: { query: UPDATE_PRACTICE_MUTATION, variables: { input } },
    result: () => {
      calls.push(input);
      return answer as never;
    },
    delay,
  };
}

const saved = (overrides: Partial<EditorPractice>) => ({ data: { updatePractice: buildEditorPractice(overrides) } });

async function advance(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

describe('PracticeEditorPage', () => {
  describe('autosave of drafts', () => {
    // Typing a whole form with user-event takes seconds when the test run shares two cores with the API suite.
    jest.setTimeout(20_000);
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('saves once, 2 s after the last change, with the version it started from', async () => {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      const calls: UpdatePracticeInput[] = [];
      renderEditor(buildEditorPractice(), [
        updateMock(
          baseInput({ title: 'Sprachcafé im Rathaus neu' }),
          saved({ version: 4, title: 'Sprachcafé im Rathaus neu', updatedAt: '2026-03-02T13:05:00.000Z' }),
          calls,
        ),
      ]);

      await user.type(await screen.findByRole('textbox', { name: /^Titel/ }), ' neu');
      await advance(AUTOSAVE_DELAY_MS - 100);
      expect(calls).toHaveLength(0);

      await advance(100);
      expect(await screen.findByText('Entwurf gespeichert um 14:05')).toBeInTheDocument();
      expect(calls).toHaveLength(1);
    });

    it('queues one more save for a change made while saving, with the version the first save returned', async () => {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      const calls: UpdatePracticeInput[] = [];
      renderEditor(buildEditorPractice(), [
        updateMock(baseInput({ title: 'Sprachcafé im Rathaus neu' }), saved({ version: 4, title: 'Sprachcafé im Rathaus neu' }), calls, 5000),
        updateMock(
          baseInput({ version: 4, title: 'Sprachcafé im Rathaus neu', summary: 'Ehrenamtliche üben Deutsch mit Neuzugewanderten. Jeden Dienstag.' }),
          saved({ version: 5, updatedAt: '2026-03-02T13:07:00.000Z' }),
          calls,
        ),
      ]);

      await user.type(await screen.findByRole('textbox', { name: /^Titel/ }), ' neu');
      await advance(AUTOSAVE_DELAY_MS);
      expect(screen.getByText('Speichern …')).toBeInTheDocument();

      // The first save is still running: this change waits for it. (A second request sent now would
      // carry version 3 and match no mock; the one expected carries the version the first returns.)
      await user.type(screen.getByRole('textbox', { name: /^Kurzbeschreibung/ }), ' Jeden Dienstag.');
      await advance(AUTOSAVE_DELAY_MS);
      expect(screen.getByText('Speichern …')).toBeInTheDocument();
      expect(calls).toHaveLength(0);

      await advance(5000);
      expect(await screen.findByText('Entwurf gespeichert um 14:07')).toBeInTheDocument();
      expect(calls.map((input) => input.version)).toEqual([3, 4]);
    });

    it('does not save while the title is too short, and says why next to the field', async () => {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      renderEditor(buildEditorPractice(), []);

      const title = await screen.findByRole('textbox', { name: /^Titel/ });
      await user.clear(title);
      await user.type(title, 'Café');
      await advance(AUTOSAVE_DELAY_MS);

      expect(screen.getByText('Nicht gespeichert: Bitte prüfen Sie die markierte Angabe.')).toBeInTheDocument();
      expect(title).toHaveAttribute('aria-invalid', 'true');
      expect(title).toHaveAccessibleDescription(expect.stringContaining('Der Titel muss 5 bis 200 Zeichen lang sein.'));
    });

    it('stops saving on a conflict, keeps the text and offers both ways out', async () => {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      const calls: UpdatePracticeInput[] = [];
      const later: UpdatePracticeInput[] = [];
      renderEditor(buildEditorPractice(), [
        updateMock(
          baseInput({ title: 'Sprachcafé im Rathaus neu' }),
          graphQLError('Someone else saved this practice meanwhile.', { code: 'CONFLICT', currentVersion: 5 }),
          calls,
        ),
        // Would be used if autosave went on after the conflict.
        { request: { query: UPDATE_PRACTICE_MUTATION, variables: () => true }, result: () => (later.push({} as never), saved({})) },
      ]);

      const title = await screen.findByRole('textbox', { name: /^Titel/ });
      await user.type(title, ' neu');
      await advance(AUTOSAVE_DELAY_MS);

      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { name: 'Jemand anderes hat dieses Praxisbeispiel inzwischen gespeichert' })).toBeInTheDocument();
      expect(within(alert).getByRole('button', { name: 'Neu laden (eigene Änderungen verwerfen)' })).toBeInTheDocument();
      expect(within(alert).getByRole('button', { name: 'Meine Fassung trotzdem speichern' })).toBeInTheDocument();
      expect(screen.getByText('Nicht gespeichert: Jemand anderes hat inzwischen gespeichert.')).toBeInTheDocument();

      await user.type(title, ' und mehr');
      await advance(AUTOSAVE_DELAY_MS * 2);
      expect(calls).toHaveLength(1);
      expect(later).toHaveLength(0);
      expect(title).toHaveValue('Sprachcafé im Rathaus neu und mehr');
    });

    it('saves my version with the current version after a conflict when I ask for it', async () => {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      const calls: UpdatePracticeInput[] = [];
      const theirs = buildEditorPractice({ version: 5, summary: 'Von jemand anderem geändert.' });
      renderEditor(buildEditorPractice(), [
        updateMock(baseInput({ title: 'Sprachcafé im Rathaus neu' }), graphQLError('Conflict.', { code: 'CONFLICT', currentVersion: 5 }), calls),
        editorQueryMock(theirs),
        updateMock(baseInput({ version: 5, title: 'Sprachcafé im Rathaus neu' }), saved({ version: 6, updatedAt: '2026-03-02T13:09:00.000Z' }), calls),
      ]);

      await user.type(await screen.findByRole('textbox', { name: /^Titel/ }), ' neu');
      await advance(AUTOSAVE_DELAY_MS);
      await user.click(await screen.findByRole('button', { name: 'Meine Fassung trotzdem speichern' }));

      expect(await screen.findByText('Entwurf gespeichert um 14:09')).toBeInTheDocument();
      expect(calls.map((input) => input.version)).toEqual([3, 5]);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      // My summary stays; theirs was overwritten on purpose.
      expect(screen.getByRole('textbox', { name: /^Kurzbeschreibung/ })).toHaveValue('Ehrenamtliche üben Deutsch mit Neuzugewanderten.');
    });
  });

  it('shows the server’s field problems next to the fields and in a focused summary', async () => {
    const user = userEvent.setup();
    renderEditor(buildEditorPractice(), [
      updateMock(
        baseInput(),
        graphQLError('unit must be between 1 and 40 characters.', { code: 'BAD_USER_INPUT', fields: { 'outcomes.0.unit': ['unit must be between 1 and 40 characters.'] } }),
      ),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Entwurf jetzt speichern' }));

    const summary = await screen.findByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Ergebnis 1 – Einheit: Jede Zahl braucht eine Einheit (höchstens 40 Zeichen).' });
    const unit = screen.getByRole('textbox', { name: /^Einheit/ });
    expect(link).toHaveAttribute('href', `#${unit.id}`);
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(unit).toHaveAccessibleDescription(expect.stringContaining('Jede Zahl braucht eine Einheit (höchstens 40 Zeichen).'));
  });

  it('lists the sections still missing when the submission is refused', async () => {
    const user = userEvent.setup();
    renderEditor(buildEditorPractice(), [
      {
        request: { query: SUBMIT_PRACTICE_MUTATION, variables: { id: 'p-1' } },
        result: graphQLError('These sections are still missing: approach, results, transferability, contact.', {
          code: 'BAD_USER_INPUT',
          missing: ['approach', 'results', 'transferability', 'contact'],
          fields: { approach: ['approach is required before publication.'] },
        }),
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Zur Prüfung einreichen' }));

    const summary = await screen.findByRole('group', { name: 'Zum Einreichen fehlen noch diese Angaben' });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Vorgehen', 'Ergebnisse', 'Übertragbarkeit', 'Ansprechperson']);
    expect(links[0]).toHaveAttribute('href', '#practice-approach');
    expect(screen.getByRole('textbox', { name: /^Vorgehen/ })).toHaveAccessibleDescription(
      expect.stringContaining('Bitte ausfüllen – das ist für die Veröffentlichung nötig.'),
    );
  });

  it('submits a complete draft and goes to my practices', async () => {
    const user = userEvent.setup();
    renderEditor(buildEditorPractice(), [
      {
        request: { query: SUBMIT_PRACTICE_MUTATION, variables: { id: 'p-1' } },
        result: {
          data: {
            submitPractice: {
              __typename: 'Practice',
              id: 'p-1',
              state: 'IN_REVIEW',
              version: 4,
              submittedAt: '2026-03-02T14:00:00.000Z',
              reviewComment: null,
              viewerCan: { __typename: 'PracticeAbilities', edit: false, submit: false, delete: false, manageAttachments: false },
            },
          },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Zur Prüfung einreichen' }));

    expect(await screen.findByText('Meine Liste')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele/meine');
  });

  it('shows the moderators’ comment on a returned draft', async () => {
    renderEditor(buildEditorPractice({ reviewComment: 'Bitte ergänzen Sie Zahlen zu den Ergebnissen.' }), []);

    const comment = await screen.findByRole('region', { name: 'Rückmeldung der Moderation' });
    expect(comment).toHaveTextContent('Bitte ergänzen Sie Zahlen zu den Ergebnissen.');
  });

  it('publishes changes of a published practice only on request, with the note', async () => {
    const user = userEvent.setup();
    const published = buildEditorPractice({ state: 'PUBLISHED', publishedAt: '2026-01-10T09:00:00.000Z', viewerCan: { __typename: 'PracticeAbilities', edit: true, submit: false, delete: false, manageAttachments: true } });
    const calls: UpdatePracticeInput[] = [];
    renderEditor(published, [
      updateMock(
        baseInput({ costYearlyEur: 1500, revisionNote: 'Kosten für 2026 aktualisiert' }),
        saved({ ...published, version: 4, costYearlyEur: 1500, updatedAt: '2026-03-02T15:30:00.000Z' }),
        calls,
      ),
    ]);

    const cost = await screen.findByRole('textbox', { name: /^Jährliche Kosten/ });
    expect(screen.queryByRole('button', { name: 'Zur Prüfung einreichen' })).not.toBeInTheDocument();
    await user.clear(cost);
    await user.type(cost, '1.500');
    await user.click(screen.getByRole('textbox', { name: /^Was wurde geändert\?/ }));
    await user.paste('Kosten für 2026 aktualisiert');
    // No autosave for published practices.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Änderungen veröffentlichen' }));

    expect(await screen.findByText('Änderungen veröffentlicht um 16:30')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /^Was wurde geändert\?/ })).toHaveValue('');
  });

  it('deletes a draft only after confirmation and goes to my practices', async () => {
    const user = userEvent.setup();
    renderEditor(buildEditorPractice(), [
      { request: { query: DELETE_PRACTICE_MUTATION, variables: { id: 'p-1' } }, result: { data: { deletePractice: true } } },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Entwurf löschen …' }));
    const question = screen.getByRole('group', { name: '„Sprachcafé im Rathaus“ wirklich löschen?' });
    expect(within(question).getByRole('heading')).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Ja, Entwurf endgültig löschen' }));

    expect(await screen.findByText('Meine Liste')).toBeInTheDocument();
  });

  it('explains why a practice in review cannot be edited', async () => {
    renderEditor(
      buildEditorPractice({
        state: 'IN_REVIEW',
        viewerCan: { __typename: 'PracticeAbilities', edit: false, submit: false, delete: false, manageAttachments: false },
      }),
      [],
    );

    expect(await screen.findByText(/Die Moderation prüft es gerade/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
