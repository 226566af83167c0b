import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { COMPARE_PRACTICES_QUERY } from '../graphql/practices.graphql';
import { buildCompared, engagement, outcome, sprache, weinheim } from '../test/fixtures';
import PracticeComparePage from './PracticeComparePage';

const sprachcafe = buildCompared({
  outcomes: [outcome(), outcome({ label: 'Zufriedenheit', value: 87.5, unit: '%', asOf: '2025-06-30' })],
  costOneOffEur: 12000,
  costYearlyEur: 4500,
  staffHoursPerMonth: 20,
  transferableKinds: ['TOWN'],
  transferableSizes: ['MEDIUM', 'LARGE'],
});
const lotsen = buildCompared({
  slug: 'integrationslotsen',
  title: 'Ehrenamtliche Integrationslotsen',
  isExample: true,
  municipality: { ...weinheim, kind: 'TOWN' },
  topics: [sprache, engagement],
  workStatus: 'COMPLETED',
  periodStart: '2020-01-15',
  periodEnd: '2023-12-31',
});

function compareMock(slugs: string[], result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: COMPARE_PRACTICES_QUERY, variables: { slugs } }, result };
}

describe('PracticeComparePage', () => {
  it('sets the practices side by side in a table with a caption, column and row headers', async () => {
    renderWithProviders(<PracticeComparePage />, {
      route: '/praxisbeispiele/vergleich?p=sprachcafe-netzwerk,integrationslotsen',
      mocks: [compareMock(['sprachcafe-netzwerk', 'integrationslotsen'], { data: { comparePractices: [sprachcafe, lotsen] } })],
    });

    const table = await screen.findByRole('table', { name: 'Vergleich von 2 Praxisbeispielen' });
    expect(screen.getByRole('heading', { level: 1, name: 'Praxisbeispiele vergleichen' })).toBeInTheDocument();

    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((c) => c.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(within(columns[0]).getByRole('link', { name: sprachcafe.title })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk');
    expect(columns[1]).toHaveTextContent('Ehrenamtliche IntegrationslotsenBeispiel');

    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.every((h) => h.getAttribute('scope') === 'row')).toBe(true);
    expect(rowHeaders.map((h) => h.textContent)).toEqual([
      'Kommune und Art',
      'Handlungsfelder',
      'Stand der Arbeit',
      'Zeitraum',
      'Kennzahlen',
      'Kosten einmalig',
      'Kosten jährlich',
      'Personalaufwand (Std./Monat)',
      'Übertragbar auf',
    ]);

    const cells = (label: string) => within(within(table).getByRole('row', { name: new RegExp(`^${label.replace(/[()./]/g, '\\$&')}`) })).getAllByRole('cell');
    expect(cells('Kommune und Art').map((c) => c.textContent)).toEqual(['Freiburg im Breisgau (Stadtkreis)', 'Weinheim (Stadt)']);
    expect(cells('Handlungsfelder').map((c) => c.textContent)).toEqual(['Sprache', 'Sprache, Engagement']);
    expect(cells('Stand der Arbeit').map((c) => c.textContent)).toEqual(['Läuft', 'Abgeschlossen']);
    expect(cells('Zeitraum').map((c) => c.textContent)).toEqual(['seit 1. Februar 2019', '15. Januar 2020 bis 31. Dezember 2023']);
    expect(within(cells('Kennzahlen')[0]).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Teilnehmende: 1.250 Personen (Stand 31. Dezember 2024)',
      'Zufriedenheit: 87,5 % (Stand 30. Juni 2025)',
    ]);
    expect(cells('Kennzahlen')[1]).toHaveTextContent('keine Angabe');
    // Intl puts a no-break space between amount and currency sign.
    expect(cells('Kosten einmalig').map((c) => c.textContent)).toEqual(['12.000\u00a0€', 'keine Angabe']);
    expect(cells('Kosten jährlich').map((c) => c.textContent)).toEqual(['4.500\u00a0€', 'keine Angabe']);
    expect(cells('Personalaufwand (Std./Monat)').map((c) => c.textContent)).toEqual(['20', 'keine Angabe']);
    expect(cells('Übertragbar auf')[0]).toHaveTextContent('Stadt, Mittel (5.000–20.000 Einwohner), Groß (20.000–100.000 Einwohner)');

    // The table scrolls sideways on small screens: keyboard users can reach the scroll area.
    const scroller = screen.getByRole('region', { name: 'Vergleichstabelle (bei Bedarf waagerecht scrollbar)' });
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(scroller).toContainElement(table);

    expect(screen.getByText(/Beispielinhalt zur Vorführung der Plattform/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Aus dem Vergleich entfernen (${lotsen.title})` })).toHaveAttribute(
      'href',
      '/praxisbeispiele/vergleich?p=sprachcafe-netzwerk',
    );
    expect(screen.getByRole('link', { name: 'Zurück zur Liste mit dieser Auswahl' })).toHaveAttribute(
      'href',
      '/praxisbeispiele?vergleich=sprachcafe-netzwerk,integrationslotsen',
    );
  });

  it('explains that at least two practices are needed, with a way back to the list', async () => {
    renderWithProviders(<PracticeComparePage />, { route: '/praxisbeispiele/vergleich?p=sprachcafe-netzwerk' });

    expect(await screen.findByText('Für einen Vergleich wählen Sie bitte 2 bis 4 Praxisbeispiele in der Liste aus.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Zur Liste der Praxisbeispiele' })[0]).toHaveAttribute('href', '/praxisbeispiele?vergleich=sprachcafe-netzwerk');
  });

  it('says so when a chosen practice does not exist (NOT_FOUND)', async () => {
    renderWithProviders(<PracticeComparePage />, {
      route: '/praxisbeispiele/vergleich?p=sprachcafe-netzwerk,gibt-es-nicht',
      mocks: [
        compareMock(['sprachcafe-netzwerk', 'gibt-es-nicht'], {
          errors: [new GraphQLError('Practice not found', { extensions: { code: 'NOT_FOUND' } })],
        }),
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Mindestens eines der gewählten Praxisbeispiele gibt es nicht oder nicht mehr.');
  });
});
