import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { buildMe, connection, meMock } from '../../../test/fixtures';
import { FOLLOW_LEVEL_MUTATION, UNFOLLOW_SUBJECT_MUTATION } from '../../notifications/graphql/notifications.graphql';
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
  viewerFollowLevel: null as string | null,
  programmes: [
    { __typename: 'Programme', id: 'p-1', slug: 'ibez-2018', name: 'Integration durch Bürgerschaftliches Engagement und Zivilgesellschaft', announcedOn: '2018-05-28' },
  ],
  sharedPractices: [] as unknown[],
  adoptions: [] as unknown[],
};

const withPractices = {
  ...rauenberg,
  sharedPractices: [
    { __typename: 'Practice', id: 'pr-1', slug: 'patenschaften-im-verband', title: 'Patenschaften im Verband', isExample: true },
    { __typename: 'Practice', id: 'pr-2', slug: 'willkommenstreff', title: 'Willkommenstreff in drei Orten', isExample: false },
  ],
  adoptions: [
    {
      __typename: 'Adoption',
      id: 'a-1',
      kind: 'ADAPTED',
      adoptedOn: '2024-09-15',
      isExample: false,
      practice: { __typename: 'Practice', id: 'pr-9', slug: 'sprachcafe-netzwerk', title: 'Sprachcafé-Netzwerk in den Stadtteilen' },
    },
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
    // A guest unless the test's mocks say otherwise (the first matching mock answers).
    { route: `/kommunen/${slug}`, mocks: [...mocks, mapMock, meMock(null)] },
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

  it('lists the practices the municipality shared and those it adopted', async () => {
    renderAt('gvv-rauenberg', [
      { request: { query: MUNICIPALITY_DETAIL_QUERY, variables: { slug: 'gvv-rauenberg' } }, result: { data: { municipality: withPractices } } },
    ]);

    const shared = await screen.findByRole('heading', { level: 2, name: 'Geteilte Praxisbeispiele' });
    const sharedList = within(shared.nextElementSibling as HTMLElement);
    expect(sharedList.getByRole('link', { name: 'Patenschaften im Verband' })).toHaveAttribute('href', '/praxisbeispiele/patenschaften-im-verband');
    expect(sharedList.getByRole('link', { name: 'Willkommenstreff in drei Orten' })).toHaveAttribute('href', '/praxisbeispiele/willkommenstreff');
    expect(sharedList.getAllByRole('listitem')[0]).toHaveTextContent('Beispiel');

    const adopted = screen.getByRole('heading', { level: 2, name: 'Übernommene Praxisbeispiele' });
    const item = within(adopted.nextElementSibling as HTMLElement).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Sprachcafé-Netzwerk in den Stadtteilen' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk');
    expect(item).toHaveTextContent('Angepasst übernommen am 15. September 2024');
  });

  it('says when the municipality has neither shared nor adopted practices', async () => {
    renderAt('gvv-rauenberg', [
      { request: { query: MUNICIPALITY_DETAIL_QUERY, variables: { slug: 'gvv-rauenberg' } }, result: { data: { municipality: rauenberg } } },
    ]);

    expect(await screen.findByText('Diese Kommune hat noch keine Praxisbeispiele veröffentlicht.')).toBeInTheDocument();
    expect(screen.getByText('Diese Kommune hat noch keine Praxisbeispiele anderer Kommunen als übernommen eingetragen.')).toBeInTheDocument();
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

  it('shows no follow control to guests', async () => {
    renderAt('gvv-rauenberg', [
      { request: { query: MUNICIPALITY_DETAIL_QUERY, variables: { slug: 'gvv-rauenberg' } }, result: { data: { municipality: rauenberg } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: rauenberg.name })).toBeInTheDocument();
    expect(screen.queryByLabelText('Benachrichtigungen für diese Kommune')).not.toBeInTheDocument();
  });

  it('lets a member change how closely they follow the municipality, and unfollow it', async () => {
    const user = userEvent.setup();
    renderAt('gvv-rauenberg', [
      meMock(buildMe()),
      { request: { query: MUNICIPALITY_DETAIL_QUERY, variables: { slug: 'gvv-rauenberg' } }, result: { data: { municipality: { ...rauenberg, viewerFollowLevel: 'WATCHING' } } } },
      {
        request: { query: FOLLOW_LEVEL_MUTATION, variables: { subjectType: 'MUNICIPALITY', subjectId: 'm-18', level: 'NORMAL' } },
        result: { data: { follow: { __typename: 'Follow', subjectType: 'MUNICIPALITY', subjectId: 'm-18', level: 'NORMAL' } } },
      },
      { request: { query: UNFOLLOW_SUBJECT_MUTATION, variables: { subjectType: 'MUNICIPALITY', subjectId: 'm-18' } }, result: { data: { unfollow: true } } },
    ]);

    const select = await screen.findByLabelText('Benachrichtigungen für diese Kommune');
    expect(select).toHaveValue('WATCHING');
    await user.selectOptions(select, 'Normal: nur Erwähnungen und Antworten an mich');
    expect((await screen.findByText('Sie folgen dieser Kommune normal.')).closest('[role="status"]')).toBeInTheDocument();
    expect(select).toHaveValue('NORMAL');

    await user.selectOptions(select, 'Nicht mehr folgen');
    expect(await screen.findByText('Sie folgen dieser Kommune nicht mehr.')).toBeInTheDocument();
    expect(select).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Nicht folgen' })).toBeInTheDocument();
  });

  it('shows the English texts of the follow control', async () => {
    const { i18n } = await import('../../../i18n');
    await i18n.changeLanguage('en');
    renderAt('gvv-rauenberg', [
      meMock(buildMe()),
      { request: { query: MUNICIPALITY_DETAIL_QUERY, variables: { slug: 'gvv-rauenberg' } }, result: { data: { municipality: rauenberg } } },
    ]);

    const select = await screen.findByLabelText('Notifications for this municipality');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Not following',
      'Watching: new practices of this municipality',
      'Normal: only mentions and replies to me',
      'Muted: no notifications about this municipality',
    ]);
  });
});
