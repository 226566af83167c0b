import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CREATE_THREAD_MUTATION, SPACES_QUERY } from '../graphql/discussions.graphql';
import { buildListItem, spracheSpace } from '../test/fixtures';
import NewThreadPage from './NewThreadPage';

const spaces = {
  request: { query: SPACES_QUERY },
  result: {
    data: {
      spaces: [
        spracheSpace,
        { __typename: 'Space', type: 'PROGRAMME', id: 'prog-1', titleDe: 'Integration durch Bürgerschaftliches Engagement', titleEn: 'Integration durch Bürgerschaftliches Engagement', slug: 'ibe', path: '/programme/ibe' },
      ],
    },
  },
};

function renderAt(route: string, mocks = [meMock(buildMe()), spaces]) {
  return renderWithProviders(
    <Routes>
      <Route path="/diskussionen/neu" element={<NewThreadPage />} />
      <Route path="/diskussionen/:id" element={<p>Diskussion geöffnet</p>} />
    </Routes>,
    { route, mocks },
  );
}

describe('NewThreadPage', () => {
  it('starts a question in the space from the link and opens it', async () => {
    const user = userEvent.setup();
    renderAt('/diskussionen/neu?space=topic:topic-sprache', [
      meMock(buildMe()),
      spaces,
      {
        request: {
          query: CREATE_THREAD_MUTATION,
          variables: { input: { space: { type: 'TOPIC', id: 'topic-sprache' }, kind: 'QUESTION', title: 'Wie finanzieren Sie Sprachcafés?', body: 'Uns fehlen Mittel.', tags: ['Finanzierung', 'Sprache'] } },
        },
        result: { data: { createThread: buildListItem({ id: 'new-thread' }) } },
      },
    ]);

    const space = await screen.findByRole('combobox', { name: /Bereich/ });
    expect(await screen.findByRole('option', { name: 'Sprache' })).toBeInTheDocument();
    expect(space).toHaveValue('topic:topic-sprache');
    const kinds = screen.getByRole('group', { name: /Art/ });
    expect(kinds).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Frage' })).toBeChecked();

    // Pasted rather than typed key by key: the same events for the form, a fraction of the time.
    await user.click(screen.getByRole('textbox', { name: /Titel/ }));
    await user.paste('Wie finanzieren Sie Sprachcafés?');
    await user.click(screen.getByRole('textbox', { name: /Schlagwörter/ }));
    await user.paste('Finanzierung, Sprache, Finanzierung');
    await user.click(screen.getByRole('textbox', { name: /^Text/ }));
    await user.paste('Uns fehlen Mittel.');
    await user.click(screen.getByRole('button', { name: 'Veröffentlichen' }));

    expect(await screen.findByText('Diskussion geöffnet')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/diskussionen/new-thread');
  });

  it('names every problem before sending, linked to its field', async () => {
    const user = userEvent.setup();
    renderAt('/diskussionen/neu');

    await user.click(await screen.findByRole('button', { name: 'Veröffentlichen' }));
    const summary = screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Bitte wählen Sie einen Bereich.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Der Titel muss 5 bis 200 Zeichen lang sein.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bitte schreiben Sie mindestens 2 Zeichen.' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Titel/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks guests to sign in', async () => {
    renderAt('/diskussionen/neu', [meMock(null)]);
    expect(await screen.findByRole('link', { name: 'Zur Anmeldung' })).toBeInTheDocument();
  });
});
