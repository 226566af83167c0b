import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { buildAbilities, buildMe, connection, meMock } from '../test/fixtures';
import { SIGN_OUT_MUTATION } from '../modules/account/graphql/account.graphql';
import { MUNICIPALITY_LIST_QUERY, MUNICIPALITY_MAP_QUERY } from '../modules/municipalities/graphql/municipalities.graphql';
import { LATEST_PRACTICES_QUERY } from '../modules/practices/graphql/latest.graphql';
import { PROGRAMMES_QUERY } from '../modules/programmes/graphql/programmes.graphql';
import { SITE_INFO_QUERY } from '../modules/site/graphql/siteInfo.graphql';
import { buildHit, buildResults, searchMock, searchVariables, suggestionsMock } from '../modules/search/test/fixtures';
import { AppRoutes } from './AppRoutes';

function siteInfoMock(isDemo: boolean, operator: Record<string, string | null> = {}): MockLink.MockedResponse {
  return {
    ...siteInfoResponse(isDemo, operator),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function siteInfoResponse(isDemo: boolean, operator: Record<string, string | null>): MockLink.MockedResponse {
  return {
    request: { query: SITE_INFO_QUERY },
    result: {
      data: {
        siteInfo: {
          __typename: 'SiteInfo',
          operator: {
            __typename: 'Operator',
            name: 'Praxisforum Betrieb',
            street: null,
            postalCode: null,
            city: null,
            email: null,
            phone: null,
            representedBy: null,
            ...operator,
          },
          dataProtectionOfficerEmail: null,
          accessibilityContactEmail: null,
          supervisoryAuthority: null,
          isDemo,
        },
      },
    },
  };
}

const emptyMunicipalities: MockLink.MockedResponse[] = [MUNICIPALITY_LIST_QUERY, MUNICIPALITY_MAP_QUERY].map((query) => ({
  request: { query, variables: () => true },
  result: { data: { municipalities: connection([]) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
}));

// The start page shows programmes, the newest practices and the map.
const homeMocks: MockLink.MockedResponse[] = [
  { request: { query: PROGRAMMES_QUERY }, result: { data: { programmes: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: LATEST_PRACTICES_QUERY, variables: () => true },
    result: { data: { practices: { __typename: 'PracticeConnection', edges: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

describe('app shell', () => {
  it('offers the skip link as the first focusable element and names the landmarks', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false), meMock(null)] });

    await user.tab();
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Barrierefreiheit');
  });

  it('shows a not-found page for unknown addresses', () => {
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false), meMock(null)] });
    expect(screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Seite nicht gefunden – Praxisforum');
  });

  it('switches to English, marks the pressed button and sets the document language', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false), meMock(null)] });

    const english = screen.getByRole('button', { name: 'English' });
    expect(english).toHaveAttribute('aria-pressed', 'false');
    await user.click(english);

    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(window.localStorage.getItem('praxisforum.language')).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
  });

  it('shows the demo notice only on demo instances', async () => {
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(true), meMock(null)] });
    expect(await screen.findByText('Beispielinhalte')).toBeInTheDocument();
  });

  it('moves focus to the new page heading after navigation', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false), meMock(null), ...emptyMunicipalities] });

    await user.click(screen.getByRole('link', { name: 'Kommunen' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Kommunen' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Kommunen' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers the search box in the header, which opens the results page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/gibt-es-nicht',
      mocks: [
        siteInfoMock(false),
        meMock(null),
        suggestionsMock('Lotsen', []),
        searchMock(searchVariables({ q: 'Lotsen' }), buildResults({ query: 'Lotsen', hits: [buildHit()] })),
      ],
    });

    const header = screen.getByRole('banner');
    const box = within(within(header).getByRole('search', { name: 'Suche' })).getByRole('combobox', { name: 'Suche' });
    await user.type(box, 'Lotsen{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Suche' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/suche\?q=Lotsen$/);
    expect(await screen.findByText('1 Treffer für „Lotsen“')).toBeInTheDocument();
    // On the results page too, the header still offers the box.
    expect(within(header).getByRole('combobox', { name: 'Suche' })).toHaveValue('Lotsen');
  });

  it('fills the legal notice from the server and names missing operator details', async () => {
    renderWithProviders(<AppRoutes />, { route: '/impressum', mocks: [siteInfoMock(false, { city: 'Stuttgart' }), meMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Impressum' })).toBeInTheDocument();
    expect(await screen.findByText('Praxisforum Betrieb')).toBeInTheDocument();
    expect(screen.getByText(/noch nicht vollständig eingerichtet/)).toBeInTheDocument();
    expect(screen.getAllByText('Nicht konfiguriert').length).toBeGreaterThan(0);
  });

  it('offers guests to sign in (coming back to this page) or to sign up', async () => {
    renderWithProviders(<AppRoutes />, { route: '/kommunen-gibt-es-nicht', mocks: [siteInfoMock(false), meMock(null)] });

    const account = await screen.findByRole('navigation', { name: 'Benutzerkonto' });
    expect(await within(account).findByRole('link', { name: 'Anmelden' })).toHaveAttribute(
      'href',
      '/anmelden?next=%2Fkommunen-gibt-es-nicht',
    );
    expect(within(account).getByRole('link', { name: 'Registrieren' })).toHaveAttribute('href', '/registrieren');
    expect(within(account).queryByRole('button', { name: 'Abmelden' })).not.toBeInTheDocument();
  });

  it('shows a signed-in person their name, the administration link and a sign-out button', async () => {
    const me = buildMe({ abilities: buildAbilities({ administerUsers: true }) });
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false), meMock(me)] });

    const account = await screen.findByRole('navigation', { name: 'Benutzerkonto' });
    expect(await within(account).findByRole('link', { name: 'Erika Muster' })).toHaveAttribute('href', '/konto');
    expect(within(account).getByRole('link', { name: 'Verwaltung' })).toHaveAttribute('href', '/verwaltung');
    expect(within(account).getByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
    expect(within(account).queryByRole('link', { name: 'Anmelden' })).not.toBeInTheDocument();
    // The shell's own landmarks and controls stay as they were.
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deutsch' })).toBeInTheDocument();
  });

  it('offers no administration link to people without any administrative right', async () => {
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false), meMock(buildMe())] });

    expect(await screen.findByRole('link', { name: 'Erika Muster' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Verwaltung' })).not.toBeInTheDocument();
  });

  it('signs out, forgets the person and confirms it on the start page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, {
      route: '/gibt-es-nicht',
      mocks: [
        siteInfoMock(false),
        meMock(buildMe(), { once: true }),
        meMock(null),
        { request: { query: SIGN_OUT_MUTATION }, result: { data: { signOut: true } } },
        ...emptyMunicipalities,
        ...homeMocks,
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Abmelden' }));

    expect(await screen.findByText('Sie haben sich abgemeldet.')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
    const account = await screen.findByRole('navigation', { name: 'Benutzerkonto' });
    expect(await within(account).findByRole('link', { name: 'Anmelden' })).toBeInTheDocument();
    expect(within(account).queryByRole('link', { name: 'Erika Muster' })).not.toBeInTheDocument();
  });
});
