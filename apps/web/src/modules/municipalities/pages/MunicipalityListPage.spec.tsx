import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { buildMunicipality, connection, mapNode } from '../../../test/fixtures';
import { MUNICIPALITY_LIST_QUERY, MUNICIPALITY_MAP_QUERY } from '../graphql/municipalities.graphql';
import type { MunicipalityListQueryVariables } from '../../../graphql/generated';
import { MunicipalityListPage } from './MunicipalityListPage';

/** Links in the result list (the map repeats them with the same names). */
const results = async () => within(await screen.findByRole('list', { name: 'Ergebnisse' }));

const weinheim = buildMunicipality();
const freiburg = buildMunicipality({ slug: 'freiburg', name: 'Freiburg im Breisgau', kind: 'CITY_DISTRICT', region: 'FREIBURG', district: null, latitude: 47.999, longitude: 7.8421 });
const loerrach = buildMunicipality({ slug: 'landkreis-loerrach', name: 'Landkreis Lörrach', kind: 'DISTRICT', region: 'FREIBURG', district: null, latitude: 47.6156, longitude: 7.6614 });

function listMock(variables: MunicipalityListQueryVariables, nodes: ReturnType<typeof buildMunicipality>[], page = {}): MockLink.MockedResponse {
  return {
    request: { query: MUNICIPALITY_LIST_QUERY, variables },
    result: { data: { municipalities: connection(nodes, page) } },
  };
}

/** The map may ask for any filter; these tests are about the list. */
const mapMock: MockLink.MockedResponse = {
  request: { query: MUNICIPALITY_MAP_QUERY, variables: () => true },
  result: { data: { municipalities: connection([weinheim, freiburg, loerrach].map(mapNode)) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('MunicipalityListPage', () => {
  it('lists the municipalities from the API with links to their pages and announces the count', async () => {
    renderWithProviders(<MunicipalityListPage />, {
      route: '/kommunen',
      mocks: [listMock({ first: 20 }, [weinheim, freiburg]), mapMock],
    });

    expect(await (await results()).findByRole('link', { name: 'Weinheim' })).toHaveAttribute('href', '/kommunen/weinheim');
    expect(screen.getByRole('heading', { level: 1, name: 'Kommunen' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 Kommunen gefunden');
    expect((await results()).getByText('Stadtkreis · Regierungsbezirk Freiburg')).toBeInTheDocument();
  });

  it('puts a chosen region into the URL and queries the API with it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MunicipalityListPage />, {
      route: '/kommunen',
      mocks: [listMock({ first: 20 }, [weinheim, freiburg]), listMock({ filter: { region: 'FREIBURG' }, first: 20 }, [freiburg, loerrach]), mapMock],
    });
    await (await results()).findByRole('link', { name: 'Weinheim' });

    await user.selectOptions(screen.getByLabelText('Regierungsbezirk'), 'Regierungsbezirk Freiburg');

    expect(screen.getByTestId('location')).toHaveTextContent('/kommunen?region=freiburg');
    expect(await (await results()).findByRole('link', { name: 'Landkreis Lörrach' })).toBeInTheDocument();
    expect((await results()).queryByRole('link', { name: 'Weinheim' })).not.toBeInTheDocument();
  });

  it('restores kind and search text from a shared URL', async () => {
    renderWithProviders(<MunicipalityListPage />, {
      route: '/kommunen?kind=district&q=L%C3%B6rrach',
      mocks: [listMock({ filter: { kind: 'DISTRICT', search: 'Lörrach' }, first: 20 }, [loerrach]), mapMock],
    });

    expect(await (await results()).findByRole('link', { name: 'Landkreis Lörrach' })).toBeInTheDocument();
    expect(screen.getByLabelText('Art der Kommune')).toHaveValue('district');
    expect(screen.getByLabelText('Suche nach Name')).toHaveValue('Lörrach');
    expect(screen.getByRole('status')).toHaveTextContent('1 Kommune gefunden');
  });

  it('applies the search text on submit', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MunicipalityListPage />, {
      route: '/kommunen',
      mocks: [listMock({ first: 20 }, [weinheim, freiburg]), listMock({ filter: { search: 'Frei' }, first: 20 }, [freiburg]), mapMock],
    });
    await (await results()).findByRole('link', { name: 'Weinheim' });

    await user.type(screen.getByLabelText('Suche nach Name'), 'Frei');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    expect(screen.getByTestId('location')).toHaveTextContent('/kommunen?q=Frei');
    expect(await screen.findByText('1 Kommune gefunden')).toBeInTheDocument();
  });

  it('loads the next page with the end cursor and appends it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MunicipalityListPage />, {
      route: '/kommunen',
      mocks: [
        listMock({ first: 20 }, [weinheim], { totalCount: 2, hasNextPage: true, endCursor: 'cursor-1' }),
        listMock({ first: 20, after: 'cursor-1' }, [freiburg], { totalCount: 2 }),
        mapMock,
      ],
    });
    await (await results()).findByRole('link', { name: 'Weinheim' });

    await user.click(screen.getByRole('button', { name: 'Mehr laden' }));

    expect(await (await results()).findByRole('link', { name: 'Freiburg im Breisgau' })).toBeInTheDocument();
    expect((await results()).getByRole('link', { name: 'Weinheim' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mehr laden' })).not.toBeInTheDocument();
  });
});
