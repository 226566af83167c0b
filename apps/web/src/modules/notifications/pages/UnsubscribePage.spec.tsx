import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { UNSUBSCRIBE_MUTATION } from '../graphql/notifications.graphql';
import UnsubscribePage from './UnsubscribePage';

describe('UnsubscribePage', () => {
  it('unsubscribes only when the button is pressed, then confirms', async () => {
    const user = userEvent.setup();
    const unsubscribed = jest.fn(() => ({ data: { unsubscribe: true } }));
    renderWithProviders(<UnsubscribePage />, {
      route: '/abmelden?token=abc',
      mocks: [{ request: { query: UNSUBSCRIBE_MUTATION, variables: { token: 'abc' } }, result: unsubscribed }],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'E-Mails abbestellen' })).toBeInTheDocument();
    // Mail scanners open links: nothing happens without the click.
    await new Promise((r) => setTimeout(r, 20));
    expect(unsubscribed).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'E-Mails abbestellen' }));
    const done = await screen.findByText('Sie erhalten keine Benachrichtigungs-E-Mails mehr.');
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'E-Mails abbestellen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Einstellungen für Benachrichtigungen' })).toHaveAttribute('href', '/konto/benachrichtigungen');
  });

  it('explains an invalid link', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UnsubscribePage />, {
      route: '/abmelden?token=kaputt',
      mocks: [
        {
          request: { query: UNSUBSCRIBE_MUTATION, variables: { token: 'kaputt' } },
          result: { errors: [new GraphQLError('Invalid token', { extensions: { code: 'TOKEN_INVALID' } })] },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'E-Mails abbestellen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dieser Abmeldelink ist ungültig.');
  });
});
