import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { FLAG_POST_MUTATION } from '../graphql/discussions.graphql';
import { FlagDialog } from './FlagDialog';

const subject = { kind: 'post' as const, id: 'post-2', label: 'Beitrag von Jonas Keller' };

describe('FlagDialog', () => {
  it('asks for a reason first, then sends reason and note', async () => {
    const user = userEvent.setup();
    const onFlagged = jest.fn();
    renderWithProviders(<FlagDialog subject={subject} onClose={jest.fn()} onFlagged={onFlagged} />, {
      mocks: [
        {
          request: { query: FLAG_POST_MUTATION, variables: { input: { postId: 'post-2', reason: 'PERSONAL_DATA', note: 'Telefonnummer im Text' } } },
          result: { data: { flagPost: true } },
        },
      ],
    });

    const dialog = screen.getByRole('dialog', { name: 'Melden: Beitrag von Jonas Keller' });
    expect(dialog).toBeInTheDocument();
    const group = screen.getByRole('group', { name: /Grund/ });
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    // Focus starts on the first reason.
    expect(screen.getByRole('radio', { name: 'Werbung oder Spam' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    expect(group).toHaveAccessibleDescription('Bitte wählen Sie einen Grund.');
    expect(onFlagged).not.toHaveBeenCalled();

    await user.click(screen.getByRole('radio', { name: 'Enthält persönliche Daten' }));
    await user.type(screen.getByRole('textbox', { name: /Hinweis an die Moderation/ }), 'Telefonnummer im Text');
    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));

    await screen.findByRole('dialog');
    await new Promise((r) => setTimeout(r, 0));
    expect(onFlagged).toHaveBeenCalledWith('Danke für Ihre Meldung. Die Moderation sieht sich das an.');
  });

  it('explains a second flag of the same post', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FlagDialog subject={subject} onClose={jest.fn()} onFlagged={jest.fn()} />, {
      mocks: [
        {
          request: { query: FLAG_POST_MUTATION, variables: { input: { postId: 'post-2', reason: 'SPAM', note: null } } },
          result: { errors: [new GraphQLError('Already flagged', { extensions: { code: 'ALREADY_FLAGGED' } })] },
        },
      ],
    });

    await user.click(screen.getByRole('radio', { name: 'Werbung oder Spam' }));
    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sie haben das bereits gemeldet.');
  });

  it('closes with Escape', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    renderWithProviders(<FlagDialog subject={subject} onClose={onClose} onFlagged={jest.fn()} />);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
