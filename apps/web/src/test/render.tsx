import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink, type MockSubscriptionLink } from '@apollo/client/testing';
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
  /** Subscriptions go here (push results with `live.simulateResult`); queries and mutations to the mocks. */
  live?: MockSubscriptionLink;
}

export function renderWithProviders(ui: ReactElement, { route = '/', mocks = [], live }: Options = {}) {
  const link = live
    ? ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, live, new MockLink(mocks, { defaultOptions: { delay: 0 } }))
    : undefined;
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} link={link} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
        <MemoryRouter initialEntries={[route]}>
          {ui}
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}
