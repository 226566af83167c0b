import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { THREAD_LIST_QUERY } from '../graphql/discussions.graphql';
import type { ThreadListItem } from '../graphql/types';
import { buildListItem } from '../test/fixtures';
import ThreadListPage from './ThreadListPage';

const connection = (items: ThreadListItem[], hasNextPage = false, endCursor: string | null = null) => ({
  __typename: 'ThreadConnection',
  totalCount: 3,
  edges: items.map((node) => ({ __typename: 'ThreadEdge', cursor: `c-${node.id}`, node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
});

describe('ThreadListPage', () => {
  it('lists threads with badges, unread markers and the space, and loads more', async () => {
    const user = userEvent.setup();
    const first = [
      buildListItem({ id: 't1', unreadCount: 3, pinned: true }),
      buildListItem({ id: 't2', title: 'Ehrenamt gewinnen', kind: 'DISCUSSION', locked: true, isExample: true }),
    ];
    const second = [buildListItem({ id: 't3', title: 'Wer hat Erfahrung mit Lotsen?', acceptedAnswer: { __typename: 'Post', id: 'p9' } })];
    renderWithProviders(<ThreadListPage />, {
      route: '/diskussionen',
      mocks: [
        { request: { query: THREAD_LIST_QUERY, variables: { first: 20 } }, result: { data: { threads: connection(first, true, 'c-t2') } } },
        { request: { query: THREAD_LIST_QUERY, variables: { first: 20, after: 'c-t2' } }, result: { data: { threads: connection(second) } } },
      ],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Diskussionen' })).toBeInTheDocument();
    expect(await screen.findByText('3 Diskussionen')).toBeInTheDocument();
    const unread = screen.getByRole('heading', { level: 2, name: /Finanzierung von Sprachcafés/ }).closest('li')!;
    expect(within(unread).getByRole('link', { name: 'Finanzierung von Sprachcafés' })).toHaveAttribute('href', '/diskussionen/t1');
    expect(within(unread).getByText('3 neu')).toBeInTheDocument();
    expect(within(unread).getByText('3 neue Beiträge')).toHaveClass('visually-hidden');
    expect(within(unread).getByText('Angeheftet')).toBeInTheDocument();
    expect(within(unread).getByRole('link', { name: 'Sprache' })).toHaveAttribute('href', '/themen/sprache');

    const locked = screen.getByRole('heading', { level: 2, name: 'Ehrenamt gewinnen' }).closest('li')!;
    expect(within(locked).getByText('Geschlossen')).toBeInTheDocument();
    expect(within(locked).getByText('Beispiel')).toBeInTheDocument();
    expect(within(locked).queryByText(/neu/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Weitere Diskussionen laden' }));
    const answered = (await screen.findByRole('heading', { level: 2, name: 'Wer hat Erfahrung mit Lotsen?' })).closest('li')!;
    expect(within(answered).getByText('Beantwortet')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
  });
});
