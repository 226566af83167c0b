import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import {
  BLOCK_SENDER_MUTATION,
  CONVERSATION_PAGE_QUERY,
  MARK_CONVERSATION_READ_MUTATION,
  SEND_MESSAGE_MUTATION,
  UNREAD_CONVERSATION_COUNT_QUERY,
} from '../graphql/messages.graphql';
import ConversationPage from './ConversationPage';

const me = buildMe();
const jonas = { __typename: 'PersonRef', id: 'user-jonas', displayName: 'Jonas Keller' };
const mine = { __typename: 'PersonRef', id: me.id, displayName: me.displayName };
const message = (id: string, sender: typeof jonas, text: string, isMine: boolean) => ({
  __typename: 'Message',
  id,
  sender,
  body: { __typename: 'MarkdownText', html: `<p>${text}</p>` },
  createdAt: '2026-03-01T08:15:00.000Z',
  mine: isMine,
});

const conversation = (blocked: (typeof jonas)[] = []) => ({
  request: { query: CONVERSATION_PAGE_QUERY, variables: { id: 'conv-1', first: 50 } },
  result: {
    data: {
      conversation: {
        __typename: 'Conversation',
        id: 'conv-1',
        subject: null,
        participants: [mine, jonas],
        practice: { __typename: 'ConversationPractice', id: 'p1', slug: 'sprachcafe', title: 'Sprachcafé im Rathaus' },
        lastMessageAt: '2026-03-01T08:15:00.000Z',
        unread: true,
        messages: {
          __typename: 'MessageConnection',
          totalCount: 1,
          edges: [{ __typename: 'MessageEdge', cursor: 'c1', node: message('m1', jonas, 'Hallo, wie läuft es?', false) }],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        },
      },
      blockedUsers: blocked,
    },
  },
});

const base: MockLink.MockedResponse[] = [
  meMock(me),
  { request: { query: MARK_CONVERSATION_READ_MUTATION, variables: { id: 'conv-1' } }, result: { data: { markConversationRead: { __typename: 'Conversation', id: 'conv-1', unread: false } } } },
  { request: { query: UNREAD_CONVERSATION_COUNT_QUERY }, result: { data: { unreadConversationCount: 0 } }, maxUsageCount: Number.POSITIVE_INFINITY },
];

function renderConversation(mocks: MockLink.MockedResponse[]) {
  renderWithProviders(
    <Routes>
      <Route path="/nachrichten/:id" element={<ConversationPage />} />
    </Routes>,
    { route: '/nachrichten/conv-1', mocks: [...base, ...mocks] },
  );
}

describe('ConversationPage', () => {
  it('shows the messages and sends a reply', async () => {
    const user = userEvent.setup();
    renderConversation([
      conversation(),
      {
        request: { query: SEND_MESSAGE_MUTATION, variables: { input: { conversationId: 'conv-1', body: 'Gut!' } } },
        result: { data: { sendMessage: message('m2', mine, 'Gut!', true) } },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Gespräch mit Jonas Keller' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sprachcafé im Rathaus' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe');
    expect(screen.getByRole('article', { name: 'Jonas Keller' })).toHaveTextContent('Hallo, wie läuft es?');

    await user.type(screen.getByRole('textbox', { name: /Ihre Nachricht/ }), 'Gut!');
    await user.click(screen.getByRole('button', { name: 'Nachricht senden' }));

    expect(await screen.findByRole('article', { name: 'Sie' })).toHaveTextContent('Gut!');
    expect(screen.getByText('Ihre Nachricht ist gesendet.')).toBeInTheDocument();
  });

  it('blocks the other person', async () => {
    const user = userEvent.setup();
    renderConversation([
      conversation(),
      { request: { query: BLOCK_SENDER_MUTATION, variables: { userId: 'user-jonas' } }, result: { data: { blockSender: true } } },
      conversation([jonas]),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Jonas Keller blockieren' }));
    expect(await screen.findByText('Jonas Keller kann Ihnen keine Nachrichten mehr senden.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Blockierung von Jonas Keller aufheben' })).toBeInTheDocument();
  });

  it('explains when the other person does not accept messages', async () => {
    const user = userEvent.setup();
    renderConversation([
      conversation(),
      {
        request: { query: SEND_MESSAGE_MUTATION, variables: { input: { conversationId: 'conv-1', body: 'Hallo' } } },
        result: { errors: [new GraphQLError('Blocked', { extensions: { code: 'SENDER_BLOCKED' } })] },
      },
    ]);
    await user.type(await screen.findByRole('textbox', { name: /Ihre Nachricht/ }), 'Hallo');
    await user.click(screen.getByRole('button', { name: 'Nachricht senden' }));
    expect(await screen.findByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveTextContent('Diese Person nimmt keine Nachrichten von Ihnen an.');
  });
});
