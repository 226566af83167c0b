import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { MANAGED_PRACTICES_QUERY } from '../graphql/managed.graphql';
import { buildRow, coordinator, practiceConnection } from '../testing';
import MyPracticesPage from './MyPracticesPage';

const draft = buildRow();
const published = buildRow({ id: 'p-2', slug: 'lotsen', title: 'Ehrenamtliche Lotsen', state: 'PUBLISHED', updatedAt: '2026-02-10T16:45:00.000Z' });
const archived = buildRow({ id: 'p-3', slug: 'nachbarschaft', title: 'Nachbarschaftsfest', state: 'ARCHIVED' });

function managedMock(variables: Record<string, unknown>, nodes = [draft, published], page: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}): MockLink.MockedResponse {
  return {
    request: { query: MANAGED_PRACTICES_QUERY, variables: { state: null, first: 20, ...variables } },
    result: { data: { managedPractices: practiceConnection(nodes, page) } },
  };
}

describe('MyPracticesPage', () => {
  it('shows the practices in a table: drafts link to the editor, the others to their page', async () => {
    renderWithProviders(<MyPracticesPage />, { route: '/praxisbeispiele/meine', mocks: [meMock(coordinator), managedMock({})] });

    const table = await screen.findByRole('table', { name: 'Praxisbeispiele Ihrer Kommunen, zuletzt geänderte zuerst' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Titel', 'Kommune', 'Stand', 'Zuletzt geändert']);
    expect(within(table).getByRole('link', { name: 'Sprachcafé im Rathaus' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe/bearbeiten');
    expect(within(table).getByRole('link', { name: 'Ehrenamtliche Lotsen' })).toHaveAttribute('href', '/praxisbeispiele/lotsen');
    const row = within(table).getByRole('row', { name: /Ehrenamtliche Lotsen/ });
    expect(row).toHaveTextContent('Veröffentlicht');
    expect(row).toHaveTextContent('10. Februar 2026 um 17:45');
    expect(screen.getByRole('link', { name: 'Neues Praxisbeispiel' })).toHaveAttribute('href', '/praxisbeispiele/neu');
    expect(screen.getByRole('status')).toHaveTextContent('2 Praxisbeispiele');
  });

  it('filters by state and keeps the filter in the address', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MyPracticesPage />, {
      route: '/praxisbeispiele/meine',
      mocks: [meMock(coordinator), managedMock({}), managedMock({ state: 'ARCHIVED' }, [archived])],
    });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Stand' }), 'ARCHIVED');

    expect(await screen.findByRole('table', { name: /mit dem Stand „Archiviert“/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nachbarschaftsfest' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/praxisbeispiele/meine?status=ARCHIVED');
  });

  it('loads more rows after the ones shown', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MyPracticesPage />, {
      route: '/praxisbeispiele/meine',
      mocks: [meMock(coordinator), managedMock({}, [draft, published], { hasNextPage: true, endCursor: 'c1', totalCount: 3 }), managedMock({ after: 'c1' }, [archived], { totalCount: 3 })],
    });

    await user.click(await screen.findByRole('button', { name: 'Mehr laden' }));

    expect(await screen.findByRole('link', { name: 'Nachbarschaftsfest' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Mehr laden' })).not.toBeInTheDocument();
  });

  it('explains to people who coordinate no municipality who can write practices', async () => {
    renderWithProviders(<MyPracticesPage />, { route: '/praxisbeispiele/meine', mocks: [meMock(buildMe())] });

    expect(await screen.findByText(/Praxisbeispiele schreiben die Koordinatorinnen und Koordinatoren/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
