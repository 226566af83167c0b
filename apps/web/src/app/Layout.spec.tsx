import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { connection } from '../test/fixtures';
import { MUNICIPALITY_LIST_QUERY, MUNICIPALITY_MAP_QUERY } from '../modules/municipalities/graphql/municipalities.graphql';
import { SITE_INFO_QUERY } from '../modules/site/graphql/siteInfo.graphql';
import { AppRoutes } from './AppRoutes';

function siteInfoMock(isDemo: boolean, operator: Record<string, string | null> = {}): MockLink.MockedResponse {
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
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const emptyMunicipalities: MockLink.MockedResponse[] = [MUNICIPALITY_LIST_QUERY, MUNICIPALITY_MAP_QUERY].map((query) => ({
  request: { query, variables: () => true },
  result: { data: { municipalities: connection([]) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
}));

describe('app shell', () => {
  it('offers the skip link as the first focusable element and names the landmarks', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false)] });

    await user.tab();
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Barrierefreiheit');
  });

  it('shows a not-found page for unknown addresses', () => {
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false)] });
    expect(screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Seite nicht gefunden – Praxisforum');
  });

  it('switches to English, marks the pressed button and sets the document language', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false)] });

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
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(true)] });
    expect(await screen.findByText('Beispielinhalte')).toBeInTheDocument();
  });

  it('moves focus to the new page heading after navigation', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht', mocks: [siteInfoMock(false), ...emptyMunicipalities] });

    await user.click(screen.getByRole('link', { name: 'Kommunen' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Kommunen' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Kommunen' })).toHaveAttribute('aria-current', 'page');
  });

  it('fills the legal notice from the server and names missing operator details', async () => {
    renderWithProviders(<AppRoutes />, { route: '/impressum', mocks: [siteInfoMock(false, { city: 'Stuttgart' })] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Impressum' })).toBeInTheDocument();
    expect(await screen.findByText('Praxisforum Betrieb')).toBeInTheDocument();
    expect(screen.getByText(/noch nicht vollständig eingerichtet/)).toBeInTheDocument();
    expect(screen.getAllByText('Nicht konfiguriert').length).toBeGreaterThan(0);
  });
});
