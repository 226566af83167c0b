import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { connection } from '../../../test/fixtures';
import { MUNICIPALITY_DETAIL_QUERY, MUNICIPALITY_MAP_QUERY } from '../graphql/municipalities.graphql';
import { MunicipalityDetailPage } from './MunicipalityDetailPage';

const rauenberg = {
  __typename: 'Municipality',
  id: 'm-18',
  slug: 'gvv-rauenberg',
  name: 'Gemeindeverwaltungsverband Rauenberg',
  officialName: null,
  kind: 'ASSOCIATION',
  region: 'KARLSRUHE',
  district: 'Rhein-Neckar-Kreis',
  seat: 'Rauenberg',
  members: ['Rauenberg', 'Malsch', 'Mühlhausen'],
  latitude: 49.2694,
  longitude: 8.7036,
  programmes: [
    { __typename: 'Programme', id: 'p-1', slug: 'ibez-2018', name: 'Integration durch Bürgerschaftliches Engagement und Zivilgesellschaft', announcedOn: '2018-05-28' },
  ],
};

const mapMock: MockLink.MockedResponse = {
  request: { query: MUNICIPALITY_MAP_QUERY, variables: () => true },
  result: {
    data: {
      municipalities: connection([
        { __typename: 'Municipality', id: 'm-18', slug: 'gvv-rauenberg', name: rauenberg.name, latitude: 49.2694, longitude: 8.7036 },
      ]),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderAt(slug: string, mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/kommunen/:slug" element={<MunicipalityDetailPage />} />
    </Routes>,
    { route: `/kommunen/${slug}`, mocks: [...mocks, mapMock] },
  );
}

describe('MunicipalityDetailPage', () => {
  it('shows the profile with kind, region, members, programmes and the place on the map', async () => {
    renderAt('gvv-rauenberg', [
      { request: { query: MUNICIPALITY_DETAIL_QUERY, variables: { slug: 'gvv-rauenberg' } }, result: { data: { municipality: rauenberg } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Gemeindeverwaltungsverband Rauenberg' })).toBeInTheDocument();
    expect(screen.getByText('Art').nextElementSibling).toHaveTextContent('Gemeindeverwaltungsverband');
    expect(screen.getByText('Regierungsbezirk').nextElementSibling).toHaveTextContent('Regierungsbezirk Karlsruhe');
    expect(screen.getByText('Mühlhausen')).toBeInTheDocument();
    expect(screen.getByText(/bekannt gegeben am 28\. Mai 2018/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: rauenberg.name })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Gemeindeverwaltungsverband Rauenberg – Praxisforum');
  });

  it('shows a not-found page with a way back when the API answers NOT_FOUND', async () => {
    renderAt('gibt-es-nicht', [
      {
        request: { query: MUNICIPALITY_DETAIL_QUERY, variables: { slug: 'gibt-es-nicht' } },
        result: { errors: [new GraphQLError('Municipality not found', { extensions: { code: 'NOT_FOUND' } })] },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Kommune nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zur Liste der Kommunen' })).toHaveAttribute('href', '/kommunen');
  });

  it('reports other failures as an error, not as not found', async () => {
    renderAt('weinheim', [
      {
        request: { query: MUNICIPALITY_DETAIL_QUERY, variables: { slug: 'weinheim' } },
        result: { errors: [new GraphQLError('Database unavailable', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] },
      },
    ]);

    expect(await screen.findByRole('alert')).toHaveTextContent('konnten nicht geladen werden');
    expect(screen.queryByText('Kommune nicht gefunden')).not.toBeInTheDocument();
  });
});
