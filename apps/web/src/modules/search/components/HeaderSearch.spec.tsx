import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { documentSuggestion, querySuggestion, suggestionsMock } from '../test/fixtures';
import { HeaderSearch } from './HeaderSearch';

const netzwerk = documentSuggestion('Sprachcafé-Netzwerk in den Stadtteilen', '/praxisbeispiele/sprachcafe-netzwerk-in-den-stadtteilen');
const thread = documentSuggestion('Sprachcafé: Wie halten wir Ehrenamtliche?', '/diskussionen/t1', 'THREAD');
const sprachcafe = querySuggestion('sprachcafé');

function renderBox(mocks: MockLink.MockedResponse[]) {
  renderWithProviders(<HeaderSearch />, { route: '/kommunen', mocks });
  return screen.getByRole('combobox', { name: 'Suche' });
}

const location = () => screen.getByTestId('location');
/** The popup, found through the combobox (a hidden listbox has no accessible name). */
const listbox = () => document.getElementById(screen.getByRole('combobox').getAttribute('aria-controls') ?? '')!;
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('HeaderSearch', () => {
  it('is a labelled combobox in a search landmark, collapsed until there are suggestions', () => {
    const box = renderBox([]);
    expect(screen.getByRole('search', { name: 'Suche' })).toContainElement(box);
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    expect(box).toHaveAttribute('aria-controls', listbox().id);
    expect(listbox()).toHaveAttribute('role', 'listbox');
    expect(listbox()).not.toBeVisible();
    expect(screen.getByRole('button', { name: 'Suche starten' })).toBeInTheDocument();
  });

  it('suggests from two characters, once typing pauses, and announces how many', async () => {
    const user = userEvent.setup();
    let requests = 0;
    const box = renderBox([suggestionsMock('Sprachcafe', [sprachcafe, netzwerk, thread], { onRequest: () => requests++ })]);

    await user.type(box, 'S');
    await wait(300);
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.type(box, 'prachcafe');
    const options = await within(await screen.findByRole('listbox', { name: 'Vorschläge' })).findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'sprachcafé, Suchbegriff',
      'Sprachcafé-Netzwerk in den Stadtteilen, Praxisbeispiel',
      'Sprachcafé: Wie halten wir Ehrenamtliche?, Diskussion',
    ]);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(screen.getByText('3 Vorschläge. Mit den Pfeiltasten auswählen, mit der Eingabetaste öffnen.')).toHaveAttribute('role', 'status');
    // Typing "Sprachcafe" letter by letter asked once, for the whole word.
    expect(requests).toBe(1);
  });

  it('moves through the suggestions with the arrow keys and opens a page with Enter', async () => {
    const user = userEvent.setup();
    const box = renderBox([suggestionsMock('Sprachcafe', [sprachcafe, netzwerk, thread])]);
    await user.type(box, 'Sprachcafe');
    await within(listbox()).findAllByRole('option');

    await user.keyboard('{ArrowDown}');
    const active = () => document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveTextContent('sprachcafé');
    expect(active()).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('Sprachcafé-Netzwerk');
    expect(screen.getByRole('option', { name: /^sprachcafé/ })).toHaveAttribute('aria-selected', 'false');

    // Up from the first wraps to the last; down from the last wraps to the first.
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()).toHaveTextContent('Wie halten wir Ehrenamtliche');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveTextContent('Sprachcafé-Netzwerk');

    await user.keyboard('{Enter}');
    expect(location()).toHaveTextContent(/^\/praxisbeispiele\/sprachcafe-netzwerk-in-den-stadtteilen$/);
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('runs a search for a query suggestion', async () => {
    const user = userEvent.setup();
    const box = renderBox([suggestionsMock('Sprachcafe', [sprachcafe, netzwerk])]);
    await user.type(box, 'Sprachcafe');
    await within(listbox()).findAllByRole('option');

    await user.keyboard('{ArrowDown}{Enter}');

    expect(location()).toHaveTextContent(/^\/suche\?q=sprachcaf%C3%A9$/);
    expect(box).toHaveValue('sprachcafé');
  });

  it('searches the typed text on Enter when no suggestion is chosen', async () => {
    const user = userEvent.setup();
    const box = renderBox([suggestionsMock('Integartion', [querySuggestion('integration')])]);
    await user.type(box, 'Integartion');
    await within(listbox()).findAllByRole('option');

    await user.keyboard('{Enter}');

    expect(location()).toHaveTextContent(/^\/suche\?q=Integartion$/);
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the list with Escape, reopens it with the arrow key, and clears the field with a second Escape', async () => {
    const user = userEvent.setup();
    const box = renderBox([suggestionsMock('Sprachcafe', [sprachcafe, netzwerk])]);
    await user.type(box, 'Sprachcafe');
    await within(listbox()).findAllByRole('option');
    await user.keyboard('{ArrowDown}');

    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(listbox()).not.toBeVisible();
    expect(box).toHaveValue('Sprachcafe');

    await user.keyboard('{ArrowUp}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(box.getAttribute('aria-activedescendant') ?? '')).toHaveTextContent('Sprachcafé-Netzwerk');

    await user.keyboard('{Escape}{Escape}');
    expect(box).toHaveValue('');
    expect(location()).toHaveTextContent(/^\/kommunen$/);
  });

  it('closes the list when Tab leaves the field', async () => {
    const user = userEvent.setup();
    const box = renderBox([suggestionsMock('Sprachcafe', [sprachcafe])]);
    await user.type(box, 'Sprachcafe');
    await within(listbox()).findAllByRole('option');

    await user.tab();
    expect(screen.getByRole('button', { name: 'Suche starten' })).toHaveFocus();
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens a suggestion clicked with the mouse', async () => {
    const user = userEvent.setup();
    const box = renderBox([suggestionsMock('Sprachcafe', [sprachcafe, thread])]);
    await user.type(box, 'Sprachcafe');

    await user.click(await screen.findByRole('option', { name: /Wie halten wir Ehrenamtliche/ }));

    expect(location()).toHaveTextContent(/^\/diskussionen\/t1$/);
  });

  it('ignores a late answer to an earlier text', async () => {
    const user = userEvent.setup();
    const box = renderBox([
      // The answer for "Sp" is slow and arrives after the one for "Spr".
      suggestionsMock('Sp', [documentSuggestion('Spät: Spielplatzpaten', '/praxisbeispiele/spielplatz')], { delay: 600 }),
      suggestionsMock('Spr', [documentSuggestion('Sprachcafé-Netzwerk in den Stadtteilen', '/praxisbeispiele/sprachcafe')]),
    ]);

    await user.type(box, 'Sp');
    await wait(250); // the request for "Sp" is on its way
    await user.type(box, 'r');
    expect(await screen.findByRole('option', { name: /Sprachcafé-Netzwerk/ })).toBeInTheDocument();

    await wait(700); // the answer for "Sp" has arrived by now
    expect(screen.queryByRole('option', { name: /Spielplatzpaten/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('offers nothing, and still searches, when suggestions fail', async () => {
    const user = userEvent.setup();
    const box = renderBox([{ request: { query: suggestionsMock('Lotsen', []).request.query, variables: { q: 'Lotsen', limit: 8 } }, error: new Error('offline') }]);
    await user.type(box, 'Lotsen');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Keine Vorschläge.'));
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Enter}');
    expect(location()).toHaveTextContent(/^\/suche\?q=Lotsen$/);
  });

  it('opens only paths of this site from a document suggestion', async () => {
    const user = userEvent.setup();
    const box = renderBox([suggestionsMock('Lotsen', [documentSuggestion('Lotsen', '//evil.example/x')])]);
    await user.type(box, 'Lotsen');
    await within(listbox()).findAllByRole('option');

    await user.keyboard('{ArrowDown}{Enter}');

    expect(location()).toHaveTextContent(/^\/suche\?q=Lotsen$/);
  });
});
