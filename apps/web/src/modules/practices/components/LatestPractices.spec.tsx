import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { LATEST_PRACTICES_QUERY } from '../graphql/latest.graphql';
import { freiburg, weinheim } from '../test/fixtures';
import { LatestPractices } from './LatestPractices';

const node = (slug: string, title: string, municipality: typeof weinheim, isExample = false) => ({
  __typename: 'Practice',
  id: `id-${slug}`,
  slug,
  title,
  isExample,
  municipality,
});

describe('LatestPractices', () => {
  it('links the three newest practices and the whole list', async () => {
    renderWithProviders(<LatestPractices />, {
      mocks: [
        {
          request: { query: LATEST_PRACTICES_QUERY, variables: { first: 3 } },
          result: {
            data: {
              practices: {
                __typename: 'PracticeConnection',
                edges: [
                  { __typename: 'PracticeEdge', cursor: 'c0', node: node('sprachcafe-netzwerk', 'Sprachcafé-Netzwerk', freiburg, true) },
                  { __typename: 'PracticeEdge', cursor: 'c1', node: node('integrationslotsen', 'Integrationslotsen', weinheim) },
                ],
              },
            },
          },
        },
      ],
    });

    expect(await screen.findByRole('link', { name: 'Sprachcafé-Netzwerk' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk');
    expect(screen.getByRole('link', { name: 'Integrationslotsen' }).parentElement).toHaveTextContent('Integrationslotsen aus Weinheim');
    expect(screen.getByRole('link', { name: 'Alle Praxisbeispiele ansehen' })).toHaveAttribute('href', '/praxisbeispiele');
  });
});
