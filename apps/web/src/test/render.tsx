import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router';
import { createCache } from '../app/apollo';
import { i18n } from '../i18n';

/** Shows the router location so tests can assert what ends up in the URL. */
export function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

interface Options {
  route?: string;
  mocks?: readonly MockLink.MockedResponse[];
}

export function renderWithProviders(ui: ReactElement, { route = '/', mocks = [] }: Options = {}) {
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
        <MemoryRouter initialEntries={[route]}>
          {ui}
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}
