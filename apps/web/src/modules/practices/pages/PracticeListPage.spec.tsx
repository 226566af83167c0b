import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { buildMunicipality, connection } from '../../../test/fixtures';
import type { PracticeListQueryVariables } from '../../../graphql/generated';
import { MUNICIPALITY_LIST_QUERY } from '../../municipalities/graphql/municipalities.graphql';
import { PRACTICE_LIST_QUERY, PRACTICE_TOPICS_QUERY } from '../graphql/practices.graphql';
import type { PracticeListItem } from '../graphql/types';
import { buildListItem, engagement, outcome, sprache, weinheim } from '../test/fixtures';
import PracticeListPage from './PracticeListPage';

const results = async () => within(await screen.findByRole('list', { name: 'Ergebnisse' }));

const sprachcafe = buildListItem({ isExample: true, adoptionCount: 3, outcomes: [outcome()] });
const lotsen = buildListItem({
  slug: 'integrationslotsen',
  title: 'Ehrenamtliche Integrationslotsen',
  municipality: weinheim,
  topics: [engagement],
  workStatus: 'PILOT',
});
const more = ['a', 'b', 'c'].map((x) => buildListItem({ slug: `beispiel-${x}`, title: `Beispiel ${x.toUpperCase()}` }));

function listMock(variables: PracticeListQueryVariables, nodes: PracticeListItem[], page = {}): MockLink.MockedResponse {
  const result = connection(nodes, page);
  return {
    request: { query: PRACTICE_LIST_QUERY, variables },
    result: {
      data: {
        practices: { ...result, __typename: 'PracticeConnection', edges: result.edges.map((e) => ({ ...e, __typename: 'PracticeEdge' })) },
      },
    },
  };
}

/** The filter's option lists: topics and municipalities. */
const optionMocks: MockLink.MockedResponse[] = [
  { request: { query: PRACTICE_TOPICS_QUERY }, result: { data: { topics: [sprache, engagement] } }, maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: MUNICIPALITY_LIST_QUERY, variables: { first: 100 } },
    result: { data: { municipalities: connection([buildMunicipality(), buildMunicipality({ slug: 'freiburg', name: 'Freiburg im Breisgau' })]) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

const base = { sort: 'NEWEST', first: 20 } as const;

function renderAt(route: string, mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<PracticeListPage />, { route, mocks: [...mocks, ...optionMocks] });
}

describe('PracticeListPage', () => {
  it('lists practices as cards with municipality, topics, status, adoptions and badges, and announces the count', async () => {
    renderAt('/praxisbeispiele', [listMock(base, [sprachcafe, lotsen])]);

    const list = await results();
    expect(await list.findByRole('link', { name: sprachcafe.title })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk');
    expect(screen.getByRole('heading', { level: 1, name: 'Praxisbeispiele' })).toBeInTheDocument();
    expect(screen.getByText('2 Praxisbeispiele gefunden')).toHaveAttribute('role', 'status');

    const [first, second] = list.getAllByRole('listitem');
    expect(within(first).getByRole('heading', { level: 3, name: sprachcafe.title })).toBeInTheDocument();
    expect(first).toHaveTextContent('Kommune:Freiburg im Breisgau');
    expect(first).toHaveTextContent('Handlungsfelder:Sprache');
    expect(first).toHaveTextContent('Stand der Arbeit:Läuft');
    expect(first).toHaveTextContent('Übernahmen:3 Kommunen');
    expect(within(first).getByText('Beispiel')).toHaveTextContent('Beispiel: Beispielinhalt zur Vorführung der Plattform');
    expect(within(first).getByText('Mit Kennzahlen')).toBeInTheDocument();
    expect(second).toHaveTextContent('Übernahmen:noch keine');
    expect(second).toHaveTextContent('Stand der Arbeit:Pilotphase');
    expect(within(second).queryByText('Beispiel')).not.toBeInTheDocument();
    expect(within(second).queryByText('Mit Kennzahlen')).not.toBeInTheDocument();
  });

  it('puts chosen filters and sort order into the URL and into the query', async () => {
    const user = userEvent.setup();
    renderAt('/praxisbeispiele', [
      listMock(base, [sprachcafe, lotsen]),
      listMock({ ...base, filter: { topic: 'engagement' } }, [lotsen]),
      listMock({ ...base, filter: { topic: 'engagement', workStatus: 'PILOT' } }, [lotsen]),
      listMock({ ...base, filter: { topic: 'engagement', workStatus: 'PILOT', hasFigures: true } }, []),
      listMock({ ...base, filter: { topic: 'engagement', workStatus: 'PILOT' } }, [lotsen]),
      listMock({ ...base, sort: 'MOST_ADOPTED', filter: { topic: 'engagement', workStatus: 'PILOT' } }, [lotsen]),
    ]);
    await (await results()).findByRole('link', { name: sprachcafe.title });

    await user.selectOptions(await screen.findByLabelText('Handlungsfeld'), 'Engagement');
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele?topic=engagement');
    expect(await screen.findByText('1 Praxisbeispiel gefunden')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Stand der Arbeit'), 'Pilotphase');
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele?topic=engagement&status=pilot');

    await user.click(screen.getByRole('checkbox', { name: 'Nur mit Kennzahlen' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele?topic=engagement&status=pilot&figures=1');
    expect(await screen.findByText('0 Praxisbeispiele gefunden')).toBeInTheDocument();
    expect(screen.getByText('Keine Praxisbeispiele passen zu diesen Filtern. Entfernen Sie einen Filter, um mehr zu sehen.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Nur mit Kennzahlen' }));
    await user.selectOptions(screen.getByLabelText('Sortierung'), 'Am häufigsten übernommen');
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele?topic=engagement&status=pilot&sort=most_adopted');
    expect(await (await results()).findByRole('link', { name: lotsen.title })).toBeInTheDocument();
  });

  it('restores filters, search text and sort order from a shared URL', async () => {
    renderAt('/praxisbeispiele?municipality=weinheim&region=karlsruhe&kind=town&adopted=1&q=Lotsen&sort=updated', [
      listMock(
        { sort: 'UPDATED', first: 20, filter: { municipality: 'weinheim', region: 'KARLSRUHE', kind: 'TOWN', adoptedElsewhere: true, search: 'Lotsen' } },
        [lotsen],
      ),
    ]);

    expect(await (await results()).findByRole('link', { name: lotsen.title })).toBeInTheDocument();
    expect(screen.getByText('1 Praxisbeispiel gefunden')).toBeInTheDocument();
    expect(screen.getByLabelText('Regierungsbezirk')).toHaveValue('karlsruhe');
    expect(screen.getByLabelText('Art der Kommune')).toHaveValue('town');
    expect(screen.getByLabelText('Sortierung')).toHaveValue('updated');
    expect(screen.getByLabelText('Suche in Titel und Kurzbeschreibung')).toHaveValue('Lotsen');
    expect(screen.getByRole('checkbox', { name: 'Nur anderswo übernommene' })).toBeChecked();
    expect(await screen.findByRole('option', { name: 'Weinheim', selected: true })).toBeInTheDocument();
  });

  it('applies the search text on submit', async () => {
    const user = userEvent.setup();
    renderAt('/praxisbeispiele', [listMock(base, [sprachcafe, lotsen]), listMock({ ...base, filter: { search: 'Sprachcafé' } }, [sprachcafe])]);
    await (await results()).findByRole('link', { name: sprachcafe.title });

    await user.type(screen.getByLabelText('Suche in Titel und Kurzbeschreibung'), 'Sprachcafé');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele?q=Sprachcaf%C3%A9');
    expect(await screen.findByText('1 Praxisbeispiel gefunden')).toBeInTheDocument();
  });

  it('keeps the comparison selection in the URL, allows at most four and links to the comparison from two', async () => {
    const user = userEvent.setup();
    renderAt('/praxisbeispiele', [listMock(base, [sprachcafe, lotsen, ...more])]);
    const list = await results();
    await list.findByRole('link', { name: sprachcafe.title });
    const checkbox = (title: string) => screen.getByRole('checkbox', { name: `Zum Vergleich auswählen (${title})` });

    await user.click(checkbox(sprachcafe.title));
    expect(screen.getByText(/1 von 4 zum Vergleich ausgewählt\./)).toHaveTextContent('Wählen Sie mindestens 2 Praxisbeispiele aus');
    expect(screen.queryByRole('link', { name: /^Vergleichen/ })).not.toBeInTheDocument();

    await user.click(checkbox(lotsen.title));
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele?vergleich=sprachcafe-netzwerk,integrationslotsen');
    expect(screen.getByRole('link', { name: 'Vergleichen (2)' })).toHaveAttribute(
      'href',
      '/praxisbeispiele/vergleich?p=sprachcafe-netzwerk,integrationslotsen',
    );

    await user.click(checkbox('Beispiel A'));
    await user.click(checkbox('Beispiel B'));
    expect(screen.getByRole('link', { name: 'Vergleichen (4)' })).toBeInTheDocument();
    expect(screen.getByText(/4 von 4 zum Vergleich ausgewählt\./)).toHaveTextContent('Mehr als 4 Praxisbeispiele lassen sich nicht vergleichen.');
    // The fifth cannot be chosen, and says why.
    expect(checkbox('Beispiel C')).toBeDisabled();
    expect(checkbox('Beispiel C')).toHaveAccessibleDescription(/Mehr als 4 Praxisbeispiele lassen sich nicht vergleichen/);
    expect(checkbox('Beispiel A')).toBeEnabled();

    await user.click(checkbox(lotsen.title));
    expect(checkbox('Beispiel C')).toBeEnabled();
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele?vergleich=sprachcafe-netzwerk,beispiel-a,beispiel-b');

    await user.click(screen.getByRole('button', { name: 'Auswahl aufheben' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/praxisbeispiele$/);
  });

  it('restores the comparison selection from the URL', async () => {
    renderAt('/praxisbeispiele?vergleich=sprachcafe-netzwerk,integrationslotsen', [listMock(base, [sprachcafe, lotsen])]);

    await (await results()).findByRole('link', { name: sprachcafe.title });
    expect(screen.getByRole('checkbox', { name: `Zum Vergleich auswählen (${lotsen.title})` })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Vergleichen (2)' })).toBeInTheDocument();
  });

  it('loads the next page with the end cursor and appends it', async () => {
    const user = userEvent.setup();
    renderAt('/praxisbeispiele', [
      listMock(base, [sprachcafe], { totalCount: 2, hasNextPage: true, endCursor: 'cursor-1' }),
      listMock({ ...base, after: 'cursor-1' }, [lotsen], { totalCount: 2 }),
    ]);
    await (await results()).findByRole('link', { name: sprachcafe.title });

    await user.click(screen.getByRole('button', { name: 'Weitere Praxisbeispiele laden' }));

    expect(await (await results()).findByRole('link', { name: lotsen.title })).toBeInTheDocument();
    expect((await results()).getByRole('link', { name: sprachcafe.title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Weitere Praxisbeispiele laden' })).not.toBeInTheDocument();
  });
});
