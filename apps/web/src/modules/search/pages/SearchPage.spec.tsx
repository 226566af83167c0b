import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { i18n } from '../../../i18n';
import { renderWithProviders } from '../../../test/render';
import { SEARCH_QUERY } from '../graphql/search.graphql';
import { buildFacets, buildHit, buildResults, facet, parts, searchMock, searchVariables } from '../test/fixtures';
import SearchPage from './SearchPage';

const netzwerk = buildHit({ isExample: true });
const thread = buildHit({
  id: 'thread:t1',
  kind: 'THREAD',
  path: '/diskussionen/t1',
  context: 'Sprache und Sprachförderung',
  date: '2025-12-31T23:30:00.000Z',
  title: parts('[Sprachcafé]: Wie halten wir Ehrenamtliche?'),
  snippet: parts('Unser [Sprachcafé] verliert nach dem Sommer viele Ehrenamtliche.'),
});

const facets = buildFacets({
  kinds: [facet('PRACTICE', 12), facet('THREAD', 3), facet('POST', 0)],
  topics: [facet('sprache', 9, 'Sprache und Sprachförderung', 'Language'), facet('engagement', 4, 'Engagement', 'Civic engagement')],
  municipalities: [facet('freiburg', 2, 'Freiburg im Breisgau')],
  regions: [facet('FREIBURG', 5)],
  municipalityKinds: [facet('TOWN', 7)],
  statuses: [facet('RUNNING', 6), facet('PILOT', 1)],
  hasResults: 5,
  adopted: 2,
});

function renderAt(route: string, mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<SearchPage />, { route, mocks });
}

const location = () => screen.getByTestId('location');
const hitList = () => screen.findByRole('list', { name: 'Ergebnisse' });

describe('SearchPage', () => {
  it('shows hits with marked matches, kind, context, date and example badge, and announces the count', async () => {
    renderAt('/suche?q=Sprachcafe', [
      searchMock(searchVariables({ q: 'Sprachcafe' }), buildResults({ query: 'Sprachcafe', hits: [netzwerk, thread], totalCount: 2, facets })),
    ]);

    const list = within(await hitList());
    expect(screen.getByRole('heading', { level: 1, name: 'Suche' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Filter' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Ergebnisse' })).toBeInTheDocument();
    expect(screen.getByText('2 Treffer für „Sprachcafe“')).toHaveAttribute('role', 'status');
    expect(document.title).toBe('Suche: Sprachcafe – Praxisforum');

    const [first, second] = list.getAllByRole('listitem');
    // jsdom lays <mark> out as a block, which puts a space into the computed name; browsers do not.
    const link = within(first).getByRole('link', { name: /Netzwerk in den Stadtteilen$/ });
    expect(link).toHaveTextContent(/^Sprachcafé-Netzwerk in den Stadtteilen$/);
    expect(link).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk-in-den-stadtteilen');
    expect(within(first).getByRole('heading', { level: 3 })).toContainElement(link);
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Sprachcafé']);
    expect(within(first).getByText('Praxisbeispiel')).toBeInTheDocument();
    expect(within(first).getByText('Freiburg im Breisgau')).toBeInTheDocument();
    expect(first.querySelector('time')).toHaveTextContent(/^12\. März 2024$/);
    expect([...first.querySelectorAll('p mark')].map((m) => m.textContent)).toEqual(['Sprachcafés']);
    expect(within(first).getByText('Beispiel')).toHaveTextContent('Beispiel: Beispielinhalt zur Vorführung der Plattform');

    expect(within(second).getByRole('link', { name: /Wie halten wir Ehrenamtliche\?$/ })).toHaveAttribute('href', '/diskussionen/t1');
    // 23:30 UTC on New Year's Eve is already 1 January in Berlin.
    expect(within(second).getByText('Diskussion')).toBeInTheDocument();
    expect(within(second).getByText('Sprache und Sprachförderung')).toBeInTheDocument();
    expect(second.querySelector('time')).toHaveTextContent(/^1\. Januar 2026$/);
    expect(within(second).queryByText('Beispiel')).not.toBeInTheDocument();
  });

  it('shows HTML in titles and snippets as text, never as markup', async () => {
    const hostile = buildHit({
      title: [
        { __typename: 'TextPart', text: '<img src=x onerror=alert(1)>', highlighted: true },
        { __typename: 'TextPart', text: ' &amp; <b>fett</b>', highlighted: false },
      ],
      snippet: parts('<script>alert(1)</script> [Sprachcafé]'),
    });
    renderAt('/suche?q=x', [searchMock(searchVariables({ q: 'x' }), buildResults({ query: 'x', hits: [hostile] }))]);

    const item = within(await hitList()).getByRole('listitem');
    expect(within(item).getByRole('link', { name: '<img src=x onerror=alert(1)> &amp; <b>fett</b>' })).toBeInTheDocument();
    expect(item).toHaveTextContent('<script>alert(1)</script> Sprachcafé');
    expect(item.querySelector('img, b, script')).toBeNull();
    expect([...item.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['<img src=x onerror=alert(1)>', 'Sprachcafé']);
  });

  it('sends only valid values from the URL and shows them as chosen filters', async () => {
    renderAt('/suche?q=Lotsen&kinds=practice,bogus&topics=sprache&regions=freiburg,bayern&statuses=running&hasResults=1&sort=date&page=2&from=2024-13-01', [
      searchMock(
        searchVariables({
          q: 'Lotsen',
          filter: { kinds: ['PRACTICE'], topics: ['sprache'], regions: ['FREIBURG'], statuses: ['RUNNING'], hasResults: true },
          sort: 'DATE',
          page: 2,
        }),
        buildResults({ query: 'Lotsen', hits: [netzwerk], totalCount: 21, page: 2, facets }),
      ),
    ]);

    await hitList();
    expect(screen.getByRole('checkbox', { name: 'Praxisbeispiele (12)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Diskussionen (3)' })).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /^Beiträge/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Sprache und Sprachförderung (9)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Regierungsbezirk Freiburg (5)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Stadt (7)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Läuft (6)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mit messbaren Ergebnissen (5)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Anderswo übernommen (2)' })).not.toBeChecked();
    expect(screen.getByLabelText('Sortierung')).toHaveValue('date');
    expect(screen.getByLabelText('Suchbegriff')).toHaveValue('Lotsen');
    expect(screen.getByLabelText('von')).toHaveValue('');
    expect(screen.getByText('21 Treffer für „Lotsen“ – Seite 2 von 2')).toBeInTheDocument();
  });

  it('applies a facet at once: URL, results and count change, and focus stays on the checkbox', async () => {
    const user = userEvent.setup();
    renderAt('/suche?q=Sprachcafe&page=2', [
      searchMock(searchVariables({ q: 'Sprachcafe', page: 2 }), buildResults({ query: 'Sprachcafe', hits: [thread], totalCount: 21, page: 2, facets })),
      searchMock(
        searchVariables({ q: 'Sprachcafe', filter: { kinds: ['PRACTICE'] } }),
        buildResults({ query: 'Sprachcafe', hits: [netzwerk], totalCount: 12, facets: { ...facets, topics: [facet('sprache', 9, 'Sprache und Sprachförderung')] } }),
      ),
      searchMock(searchVariables({ q: 'Sprachcafe' }), buildResults({ query: 'Sprachcafe', hits: [netzwerk, thread], totalCount: 15, facets })),
      searchMock(
        searchVariables({ q: 'Sprachcafe', filter: { kinds: ['THREAD'] } }),
        buildResults({ query: 'Sprachcafe', hits: [thread], totalCount: 3, facets }),
      ),
    ]);
    await hitList();

    const practices = screen.getByRole('checkbox', { name: 'Praxisbeispiele (12)' });
    await user.click(practices);

    // A new filter starts again at page 1.
    expect(location()).toHaveTextContent(/^\/suche\?q=Sprachcafe&kinds=practice$/);
    expect(await screen.findByText('12 Treffer für „Sprachcafe“')).toHaveAttribute('role', 'status');
    expect(practices).toBeChecked();
    expect(practices).toHaveFocus();
    // A topic without hits under the new filter disappears; nothing else moves.
    expect(screen.queryByRole('checkbox', { name: /^Engagement/ })).not.toBeInTheDocument();

    await user.keyboard(' ');
    expect(location()).toHaveTextContent(/^\/suche\?q=Sprachcafe$/);
    await user.tab();
    await user.keyboard(' ');
    expect(location()).toHaveTextContent(/^\/suche\?q=Sprachcafe&kinds=thread$/);
  });

  it('combines values of one facet and unchecks them again', async () => {
    const user = userEvent.setup();
    renderAt('/suche?q=Sprachcafe&kinds=practice', [
      searchMock(searchVariables({ q: 'Sprachcafe', filter: { kinds: ['PRACTICE'] } }), buildResults({ query: 'Sprachcafe', hits: [netzwerk], totalCount: 12, facets })),
      searchMock(searchVariables({ q: 'Sprachcafe', filter: { kinds: ['PRACTICE', 'THREAD'] } }), buildResults({ query: 'Sprachcafe', hits: [netzwerk, thread], totalCount: 15, facets })),
    ]);
    await hitList();

    await user.click(screen.getByRole('checkbox', { name: 'Diskussionen (3)' }));
    expect(location()).toHaveTextContent(/^\/suche\?q=Sprachcafe&kinds=practice,thread$/);
    expect(await screen.findByText('15 Treffer für „Sprachcafe“')).toBeInTheDocument();
  });

  it('labels topics in the interface language', async () => {
    await i18n.changeLanguage('en');
    renderAt('/suche?q=Sprachcafe', [searchMock(searchVariables({ q: 'Sprachcafe' }), buildResults({ query: 'Sprachcafe', hits: [netzwerk], facets }))]);

    expect(await screen.findByRole('checkbox', { name: 'Language (9)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Practices (12)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Freiburg im Breisgau (2)' })).toBeInTheDocument();
    expect(screen.getByText('1 result for “Sprachcafe”')).toBeInTheDocument();
  });

  it('changes the sort order and the date range through the URL', async () => {
    const user = userEvent.setup();
    renderAt('/suche?q=Lotsen', [
      searchMock(searchVariables({ q: 'Lotsen' }), buildResults({ query: 'Lotsen', hits: [netzwerk], facets })),
      searchMock(searchVariables({ q: 'Lotsen', sort: 'DATE' }), buildResults({ query: 'Lotsen', hits: [netzwerk], facets })),
      searchMock(searchVariables({ q: 'Lotsen', sort: 'DATE', filter: { from: '2024-01-01', to: '2024-12-31' } }), buildResults({ query: 'Lotsen', hits: [], facets })),
    ]);
    await hitList();

    await user.selectOptions(screen.getByLabelText('Sortierung'), 'Neueste zuerst');
    expect(location()).toHaveTextContent(/^\/suche\?q=Lotsen&sort=date$/);

    const dates = screen.getByRole('group', { name: 'Zeitraum' });
    await user.type(within(dates).getByLabelText('von'), '2024-12-31');
    await user.type(within(dates).getByLabelText('bis'), '2024-01-01');
    await user.click(within(dates).getByRole('button', { name: 'Zeitraum anwenden' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Das Enddatum liegt vor dem Anfangsdatum.');
    expect(within(dates).getByLabelText('von')).toHaveAttribute('aria-invalid', 'true');
    expect(location()).toHaveTextContent(/^\/suche\?q=Lotsen&sort=date$/);

    await user.clear(within(dates).getByLabelText('von'));
    await user.type(within(dates).getByLabelText('von'), '2024-01-01');
    await user.clear(within(dates).getByLabelText('bis'));
    await user.type(within(dates).getByLabelText('bis'), '2024-12-31');
    await user.click(within(dates).getByRole('button', { name: 'Zeitraum anwenden' }));
    expect(location()).toHaveTextContent(/^\/suche\?q=Lotsen&from=2024-01-01&to=2024-12-31&sort=date$/);
    expect(await screen.findByText('Keine Treffer für „Lotsen“')).toBeInTheDocument();
  });

  it('runs a new search from the page form, keeping the filters', async () => {
    const user = userEvent.setup();
    renderAt('/suche?q=Lotsen&kinds=practice&page=3', [
      searchMock(searchVariables({ q: 'Lotsen', filter: { kinds: ['PRACTICE'] }, page: 3 }), buildResults({ query: 'Lotsen', totalCount: 45, page: 3, hits: [netzwerk], facets })),
      searchMock(searchVariables({ q: 'Sprachcafé', filter: { kinds: ['PRACTICE'] } }), buildResults({ query: 'Sprachcafé', hits: [netzwerk], facets })),
    ]);
    await hitList();
    const field = screen.getByLabelText('Suchbegriff');

    await user.clear(field);
    await user.type(field, 'Sprachcafé{Enter}');

    expect(location()).toHaveTextContent(/^\/suche\?q=Sprachcaf%C3%A9&kinds=practice$/);
    expect(await screen.findByText('1 Treffer für „Sprachcafé“')).toBeInTheDocument();
    expect(field).toHaveFocus();
  });

  it('offers the corrected search ("Meinten Sie …?")', async () => {
    const user = userEvent.setup();
    renderAt('/suche?q=Integartion&regions=tuebingen', [
      searchMock(
        searchVariables({ q: 'Integartion', filter: { regions: ['TUEBINGEN'] } }),
        buildResults({ query: 'Integartion', correctedQuery: 'integration', hits: [netzwerk], facets }),
      ),
      searchMock(searchVariables({ q: 'integration', filter: { regions: ['TUEBINGEN'] } }), buildResults({ query: 'integration', hits: [netzwerk, thread], facets })),
    ]);
    await hitList();

    const suggestion = screen.getByRole('link', { name: '„integration“' });
    expect(suggestion.closest('p')).toHaveTextContent('Meinten Sie „integration“?');
    expect(suggestion).toHaveAttribute('href', '/suche?q=integration&regions=tuebingen');

    await user.click(suggestion);
    expect(await screen.findByText('2 Treffer für „integration“')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Ergebnisse' })).toHaveFocus();
    expect(screen.getByLabelText('Suchbegriff')).toHaveValue('integration');
  });

  it('says when the query was cut, showing what was searched', async () => {
    const long = Array.from({ length: 14 }, (_, i) => `Wort${i + 1}`).join(' ');
    const cut = long.split(' ').slice(0, 10).join(' ');
    renderAt(`/suche?q=${encodeURIComponent(long)}`, [
      searchMock(searchVariables({ q: long }), buildResults({ query: cut, notices: ['QUERY_TRUNCATED'], hits: [netzwerk] })),
    ]);

    expect(
      await screen.findByText(
        `Ihre Suche war zu lang und wurde gekürzt: Eine Suche darf höchstens 200 Zeichen und 10 Wörter haben. Gesucht wurde nach „${cut}“.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`1 Treffer für „${cut}“`);
  });

  it('explains an unknown filter and offers to reset the filters', async () => {
    const user = userEvent.setup();
    renderAt('/suche?q=Lotsen&topics=gibt-es-nicht&sort=date', [
      searchMock(
        searchVariables({ q: 'Lotsen', filter: { topics: ['gibt-es-nicht'] }, sort: 'DATE' }),
        buildResults({ query: 'Lotsen', notices: ['UNKNOWN_FILTER'], facets: buildFacets() }),
      ),
      searchMock(searchVariables({ q: 'Lotsen', sort: 'DATE' }), buildResults({ query: 'Lotsen', hits: [netzwerk], facets })),
    ]);

    expect(await screen.findByText('Ein Filter nennt ein Handlungsfeld oder eine Kommune, die es nicht gibt. Deshalb gibt es keine Treffer.')).toBeInTheDocument();
    // The unknown value stays visible (and can be unchecked) though no facet lists it.
    expect(screen.getByRole('checkbox', { name: 'gibt-es-nicht (0)' })).toBeChecked();

    const filters = screen.getByRole('region', { name: 'Filter' });
    await user.click(within(filters).getByRole('link', { name: 'Filter zurücksetzen' }));
    expect(location()).toHaveTextContent(/^\/suche\?q=Lotsen&sort=date$/);
    expect(await screen.findByText('1 Treffer für „Lotsen“')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Filter' })).toHaveFocus();
  });

  it('helps when nothing is found: tips, a reset link and places to browse', async () => {
    renderAt('/suche?q=Quantencomputer&kinds=post', [
      searchMock(searchVariables({ q: 'Quantencomputer', filter: { kinds: ['POST'] } }), buildResults({ query: 'Quantencomputer', facets: buildFacets() })),
    ]);

    expect(await screen.findByText('Keine Treffer für „Quantencomputer“')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 3, name: 'Tipps für Ihre Suche' })).toBeInTheDocument();
    expect(screen.getByText('Prüfen Sie die Schreibweise.')).toBeInTheDocument();
    const results = screen.getByRole('region', { name: 'Ergebnisse' });
    expect(within(results).getByRole('link', { name: 'Filter zurücksetzen' })).toHaveAttribute('href', '/suche?q=Quantencomputer');
    expect(within(results).getByRole('link', { name: 'Alle Praxisbeispiele' })).toHaveAttribute('href', '/praxisbeispiele');
    expect(within(results).getByRole('link', { name: 'Diskussionen' })).toHaveAttribute('href', '/diskussionen');
    expect(within(results).getByRole('link', { name: 'Kommunen' })).toHaveAttribute('href', '/kommunen');
    expect(screen.queryByRole('navigation', { name: 'Seiten der Suchergebnisse' })).not.toBeInTheDocument();
  });

  it('browses the newest content without a query, without a sort choice', async () => {
    renderAt('/suche', [searchMock(searchVariables(), buildResults({ query: '', hits: [thread, netzwerk], totalCount: 61, facets }))]);

    expect(await screen.findByText('61 Einträge, die neuesten zuerst – Seite 1 von 4')).toHaveAttribute('role', 'status');
    expect(screen.getByText('Ohne Suchbegriff sehen Sie die neuesten Inhalte zuerst.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Sortierung')).not.toBeInTheDocument();
    expect(document.title).toBe('Suche – Praxisforum');
  });

  it('pages with links, marks the current page and moves focus to the results', async () => {
    const user = userEvent.setup();
    renderAt('/suche?q=Lotsen&kinds=practice', [
      searchMock(searchVariables({ q: 'Lotsen', filter: { kinds: ['PRACTICE'] } }), buildResults({ query: 'Lotsen', hits: [netzwerk], totalCount: 45, facets })),
      searchMock(
        searchVariables({ q: 'Lotsen', filter: { kinds: ['PRACTICE'] }, page: 2 }),
        buildResults({ query: 'Lotsen', hits: [thread], totalCount: 45, page: 2, facets }),
      ),
    ]);
    await hitList();

    const pages = screen.getByRole('navigation', { name: 'Seiten der Suchergebnisse' });
    expect(within(pages).getByRole('link', { name: 'Seite 1' })).toHaveAttribute('aria-current', 'page');
    expect(within(pages).getByRole('link', { name: 'Seite 3' })).toHaveAttribute('href', '/suche?q=Lotsen&kinds=practice&page=3');
    expect(within(pages).queryByRole('link', { name: 'Vorherige Seite' })).not.toBeInTheDocument();

    await user.click(within(pages).getByRole('link', { name: 'Nächste Seite' }));

    expect(location()).toHaveTextContent(/^\/suche\?q=Lotsen&kinds=practice&page=2$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Ergebnisse' })).toHaveFocus();
    expect(await screen.findByText('45 Treffer für „Lotsen“ – Seite 2 von 3')).toBeInTheDocument();
    const list = await hitList();
    expect(list).toHaveAttribute('start', '21');
    expect(within(list).getByRole('link', { name: /Wie halten wir Ehrenamtliche/ })).toBeInTheDocument();
    expect(within(pages).getByRole('link', { name: 'Seite 2' })).toHaveAttribute('aria-current', 'page');
    expect(within(pages).getByRole('link', { name: 'Vorherige Seite' })).toHaveAttribute('href', '/suche?q=Lotsen&kinds=practice');
  });

  it('shows an empty page beyond the end with a link to the first page', async () => {
    renderAt('/suche?q=Lotsen&page=9', [
      searchMock(searchVariables({ q: 'Lotsen', page: 9 }), buildResults({ query: 'Lotsen', hits: [], totalCount: 45, page: 9, facets })),
    ]);

    expect(await screen.findByText('Auf dieser Seite gibt es keine Treffer mehr.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur ersten Seite' })).toHaveAttribute('href', '/suche?q=Lotsen');
    expect(screen.getByRole('status')).toHaveTextContent(/^45 Treffer für „Lotsen“$/);
  });

  it('shows loading and then a failure', async () => {
    renderAt('/suche?q=Lotsen', [{ request: { query: SEARCH_QUERY, variables: searchVariables({ q: 'Lotsen' }) }, error: new Error('Netzwerkfehler') }]);

    expect(screen.getByRole('status')).toHaveTextContent('Wird geladen …');
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Inhalte konnten nicht geladen werden.');
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
  });
});
