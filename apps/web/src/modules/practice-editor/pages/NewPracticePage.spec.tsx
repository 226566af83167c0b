import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CREATE_PRACTICE_MUTATION } from '../graphql/editor.graphql';
import { coordinator } from '../testing';
import NewPracticePage from './NewPracticePage';

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/praxisbeispiele/neu" element={<NewPracticePage />} />
      <Route path="/praxisbeispiele/:slug/bearbeiten" element={<p>Editor</p>} />
    </Routes>,
    { route: '/praxisbeispiele/neu', mocks },
  );
}

describe('NewPracticePage', () => {
  it('creates a draft for the coordinated municipality and opens the editor', async () => {
    const user = userEvent.setup();
    renderPage([
      meMock(coordinator),
      {
        request: { query: CREATE_PRACTICE_MUTATION, variables: { input: { municipalitySlug: 'weinheim', title: 'Sprachcafé im Rathaus' } } },
        result: { data: { createPractice: { __typename: 'Practice', id: 'p-1', slug: 'sprachcafe-im-rathaus', title: 'Sprachcafé im Rathaus', state: 'DRAFT' } } },
      },
    ]);

    // One coordinated municipality: it is chosen already.
    expect(await screen.findByRole('combobox', { name: 'Kommune (Pflichtfeld)' })).toHaveValue('weinheim');
    await user.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Sprachcafé im Rathaus');
    await user.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));

    expect(await screen.findByText('Editor')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele/sprachcafe-im-rathaus/bearbeiten');
  });

  it('asks for a title of the shared length before creating anything', async () => {
    const user = userEvent.setup();
    renderPage([meMock(coordinator)]);

    await user.type(await screen.findByRole('textbox', { name: /^Titel/ }), 'Café');
    await user.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));

    expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveAccessibleDescription(expect.stringContaining('Der Titel muss 5 bis 200 Zeichen lang sein.'));
  });

  it('explains to others that only coordinators write practices', async () => {
    renderPage([meMock(buildMe())]);

    expect(await screen.findByText(/bitten Sie die Koordination Ihrer Kommune um eine Einladung/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Entwurf anlegen' })).not.toBeInTheDocument();
  });
});
