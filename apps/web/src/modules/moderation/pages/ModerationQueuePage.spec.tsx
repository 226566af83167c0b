import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { buildAbilities, buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { i18n } from '../../../i18n';
import { DEV_MAILBOX_ENABLED_QUERY } from '../../admin/graphql/mailbox.graphql';
import {
  APPROVE_POST_MUTATION,
  DISMISS_FLAGS_MUTATION,
  MODERATION_QUEUE_QUERY,
  MODERATOR_BLOCK_USER_MUTATION,
  QUEUE_HIDE_POST_MUTATION,
  REJECT_POST_MUTATION,
  WARN_USER_MUTATION,
} from '../graphql/moderation.graphql';
import ModerationQueuePage from './ModerationQueuePage';

const moderator = buildMe({ id: 'mod-1', displayName: 'Moritz Moderation', role: 'MODERATOR', abilities: buildAbilities({ moderate: true }) });
const space = { __typename: 'Space', type: 'TOPIC', id: 'topic-sprache', titleDe: 'Sprache', titleEn: 'Language', path: '/themen/sprache' };
const thread = { __typename: 'Thread', id: 'thread-1', title: 'Finanzierung von Sprachcafés', space };

const flagged = {
  __typename: 'ModerationItem',
  id: 'item-1',
  kind: 'flag',
  subjectType: 'post',
  subjectId: 'post-4',
  flagCount: 2,
  reasons: ['SPAM', 'OFFENSIVE'],
  notes: ['Werbung für einen Kurs'],
  createdAt: '2026-03-01T08:15:00.000Z',
  author: { __typename: 'PersonRef', id: 'user-x', displayName: 'Xaver Werbung' },
  thread,
  post: { __typename: 'Post', id: 'post-4', number: 4, hidden: false, held: false, deleted: false, body: { __typename: 'MarkdownText', html: '<p>Kaufen Sie jetzt!</p>' } },
};
const held = {
  ...flagged,
  id: 'item-2',
  kind: 'held',
  subjectId: 'post-5',
  flagCount: 0,
  reasons: [],
  notes: [],
  author: { __typename: 'PersonRef', id: 'user-n', displayName: 'Nina Neu' },
  post: { __typename: 'Post', id: 'post-5', number: 5, hidden: false, held: true, deleted: false, body: { __typename: 'MarkdownText', html: '<p>Siehe https://example.org</p>' } },
};

const queue = (items: unknown[]) => ({
  __typename: 'ModerationItemConnection',
  totalCount: items.length,
  edges: items.map((node, i) => ({ __typename: 'ModerationItemEdge', cursor: `c${i}`, node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
});

const base: MockLink.MockedResponse[] = [
  meMock(moderator),
  { request: { query: DEV_MAILBOX_ENABLED_QUERY }, result: { data: { devMailboxEnabled: false } } },
  { request: { query: MODERATION_QUEUE_QUERY, variables: { first: 20 } }, result: { data: { moderationQueue: queue([flagged, held]) } } },
];

function renderQueue(mocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(<ModerationQueuePage />, { route: '/verwaltung/moderation', mocks: [...base, ...mocks] });
}

describe('ModerationQueuePage', () => {
  it('shows flagged and held posts with their context', async () => {
    renderQueue();

    expect(await screen.findByText('2 Einträge warten')).toBeInTheDocument();
    const item = screen.getByRole('heading', { level: 2, name: 'Beitrag 4 in „Finanzierung von Sprachcafés“' }).closest('li')!;
    expect(within(item).getByRole('link', { name: 'Beitrag 4 in „Finanzierung von Sprachcafés“' })).toHaveAttribute('href', '/diskussionen/thread-1#beitrag-4');
    expect(item).toHaveTextContent('2 Meldungen: Werbung oder Spam, Beleidigend oder respektlos');
    expect(item).toHaveTextContent('Werbung für einen Kurs');
    expect(item).toHaveTextContent('Kaufen Sie jetzt!');
    expect(item).toHaveTextContent('Xaver Werbung');
    expect(within(item).getByRole('link', { name: 'Sprache' })).toHaveAttribute('href', '/themen/sprache');
    expect(screen.getByRole('link', { name: 'Moderation' })).toHaveAttribute('href', '/verwaltung/moderation');
  });

  it('names the space in the page’s language', async () => {
    await i18n.changeLanguage('en');
    renderQueue();

    expect(await screen.findByText('2 items waiting')).toBeInTheDocument();
    const spaces = screen.getAllByRole('link', { name: 'Language' });
    expect(spaces.length).toBeGreaterThan(0);
    for (const link of spaces) expect(link).toHaveAttribute('href', '/themen/sprache');
    expect(screen.queryByRole('link', { name: 'Sprache' })).not.toBeInTheDocument();
  });

  it('hides a flagged post with a reason and takes it out of the queue', async () => {
    const user = userEvent.setup();
    renderQueue([
      {
        request: { query: QUEUE_HIDE_POST_MUTATION, variables: { postId: 'post-4', reason: 'Werbung' } },
        result: { data: { hidePost: { __typename: 'Post', id: 'post-4', hidden: true, hiddenReason: 'Werbung' } } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Ausblenden: Beitrag 4 in „Finanzierung von Sprachcafés“' }));
    const reason = screen.getByRole('textbox', { name: /Begründung/ });
    await user.click(screen.getByRole('button', { name: 'Ausblenden' }));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Die Begründung muss 3 bis 500 Zeichen lang sein.'));

    await user.type(reason, 'Werbung');
    await user.click(screen.getByRole('button', { name: 'Ausblenden' }));

    const done = await screen.findByText('Ausgeblendet: Beitrag 4 in „Finanzierung von Sprachcafés“.');
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(screen.getByText('1 Eintrag wartet')).toBeInTheDocument();
  });

  it('dismisses the flags of a post', async () => {
    const user = userEvent.setup();
    renderQueue([{ request: { query: DISMISS_FLAGS_MUTATION, variables: { subjectType: 'post', subjectId: 'post-4' } }, result: { data: { dismissFlags: true } } }]);

    await user.click(await screen.findByRole('button', { name: 'Meldungen verwerfen: Beitrag 4 in „Finanzierung von Sprachcafés“' }));
    expect(await screen.findByText('Meldungen verworfen: Beitrag 4 in „Finanzierung von Sprachcafés“.')).toBeInTheDocument();
    expect(screen.getByText('1 Eintrag wartet')).toBeInTheDocument();
  });

  it('approves a held post, or rejects it with a reason', async () => {
    const user = userEvent.setup();
    renderQueue([
      { request: { query: APPROVE_POST_MUTATION, variables: { postId: 'post-5' } }, result: { data: { approvePost: { __typename: 'Post', id: 'post-5', held: false } } } },
    ]);

    const item = (await screen.findByRole('heading', { name: 'Beitrag 5 in „Finanzierung von Sprachcafés“' })).closest('li')!;
    expect(within(item).getByText('Wartet auf Freigabe')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Freigeben: Beitrag 5 in „Finanzierung von Sprachcafés“' }));
    expect(await screen.findByText('Freigegeben: Beitrag 5 in „Finanzierung von Sprachcafés“.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Beitrag 5 in „Finanzierung von Sprachcafés“' })).not.toBeInTheDocument();
  });

  it('rejects a held post with a reason', async () => {
    const user = userEvent.setup();
    renderQueue([
      {
        request: { query: REJECT_POST_MUTATION, variables: { postId: 'post-5', reason: 'Nur ein Link' } },
        result: { data: { rejectPost: { __typename: 'Post', id: 'post-5', held: false, hidden: true, deleted: false } } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Ablehnen: Beitrag 5 in „Finanzierung von Sprachcafés“' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Ablehnen: Beitrag 5 in „Finanzierung von Sprachcafés“' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: /Begründung/ }), 'Nur ein Link');
    await user.click(screen.getByRole('button', { name: 'Ablehnen' }));
    expect(await screen.findByText('Abgelehnt: Beitrag 5 in „Finanzierung von Sprachcafés“.')).toBeInTheDocument();
  });

  it('warns the author of a flagged post with a required reason; the item stays in the queue', async () => {
    const user = userEvent.setup();
    renderQueue([{ request: { query: WARN_USER_MUTATION, variables: { userId: 'user-x', reason: 'Bitte keine Werbung' } }, result: { data: { warnUser: true } } }]);

    await user.click(await screen.findByRole('button', { name: 'Verwarnen: Xaver Werbung' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Xaver Werbung verwarnen' })).toHaveFocus();
    const reason = screen.getByRole('textbox', { name: /Begründung/ });
    await user.click(screen.getByRole('button', { name: 'Verwarnen' }));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Die Begründung muss 3 bis 500 Zeichen lang sein.'));

    await user.type(reason, 'Bitte keine Werbung');
    await user.click(screen.getByRole('button', { name: 'Verwarnen' }));

    const done = await screen.findByText('Xaver Werbung ist verwarnt und wird darüber benachrichtigt.');
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: /Begründung/ })).not.toBeInTheDocument();
    expect(screen.getByText('2 Einträge warten')).toBeInTheDocument();
  });

  it('blocks the author after a confirmation with a reason', async () => {
    const user = userEvent.setup();
    renderQueue([
      { request: { query: MODERATOR_BLOCK_USER_MUTATION, variables: { userId: 'user-n', reason: 'Wiederholt Spam' } }, result: { data: { moderatorBlockUser: true } } },
    ]);

    const trigger = await screen.findByRole('button', { name: 'Sperren: Nina Neu' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Nina Neu sperren' });
    expect(dialog).toHaveTextContent('bis eine Administratorin oder ein Administrator die Sperre aufhebt');
    const reason = within(dialog).getByRole('textbox', { name: /Begründung/ });
    expect(reason).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Ja, sperren' }));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Die Begründung muss 3 bis 500 Zeichen lang sein.'));
    expect(reason).toHaveFocus();

    await user.type(reason, 'Wiederholt Spam');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, sperren' }));

    const done = await screen.findByText('Nina Neu ist gesperrt und abgemeldet.');
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the refusal to block a moderator in the dialog, in the reader’s words', async () => {
    const user = userEvent.setup();
    renderQueue([
      {
        request: { query: MODERATOR_BLOCK_USER_MUTATION, variables: { userId: 'user-x', reason: 'Zu streng moderiert' } },
        result: { errors: [new GraphQLError('Moderators cannot block other moderators or administrators.', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Sperren: Xaver Werbung' }));
    const dialog = screen.getByRole('dialog', { name: 'Xaver Werbung sperren' });
    await user.type(within(dialog).getByRole('textbox', { name: /Begründung/ }), 'Zu streng moderiert');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, sperren' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Moderatorinnen, Moderatoren und Administratoren können nicht verwarnt oder gesperrt werden.');
    expect(screen.queryByText(/ist gesperrt/)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the refusal to warn a moderator at the reason', async () => {
    const user = userEvent.setup();
    renderQueue([
      {
        request: { query: WARN_USER_MUTATION, variables: { userId: 'user-x', reason: 'Ton beachten' } },
        result: { errors: [new GraphQLError('Moderators cannot warn other moderators or administrators.', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Verwarnen: Xaver Werbung' }));
    const reason = screen.getByRole('textbox', { name: /Begründung/ });
    await user.type(reason, 'Ton beachten');
    await user.click(screen.getByRole('button', { name: 'Verwarnen' }));

    expect(await screen.findByText('Moderatorinnen, Moderatoren und Administratoren können nicht verwarnt oder gesperrt werden.')).toBeInTheDocument();
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('können nicht verwarnt'));
  });

  it('offers no warning or block for content of a deleted account', async () => {
    renderWithProviders(<ModerationQueuePage />, {
      route: '/verwaltung/moderation',
      mocks: [
        meMock(moderator),
        { request: { query: DEV_MAILBOX_ENABLED_QUERY }, result: { data: { devMailboxEnabled: false } } },
        { request: { query: MODERATION_QUEUE_QUERY, variables: { first: 20 } }, result: { data: { moderationQueue: queue([{ ...flagged, author: null }]) } } },
      ],
    });

    expect(await screen.findByText('1 Eintrag wartet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Verwarnen|Sperren/ })).not.toBeInTheDocument();
  });

  it('is closed to members', async () => {
    renderWithProviders(<ModerationQueuePage />, { route: '/verwaltung/moderation', mocks: [meMock(buildMe())] });
    expect(await screen.findByText(/Berechtigung|berechtigt/)).toBeInTheDocument();
  });
});
