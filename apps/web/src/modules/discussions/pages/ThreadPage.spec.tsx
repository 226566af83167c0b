import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MockSubscriptionLink, type MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { i18n } from '../../../i18n';
import { CREATE_POST_MUTATION, EDIT_THREAD_MUTATION, MARK_THREAD_READ_MUTATION, POST_REVISIONS_QUERY, THREAD_PAGE_QUERY } from '../graphql/discussions.graphql';
import { HIDE_POST_MUTATION, LOCK_THREAD_MUTATION } from '../graphql/moderate.graphql';
import { buildAbilities } from '../../../test/fixtures';
import type { ThreadView } from '../graphql/types';
import { POSTS_PAGE_SIZE } from '../hooks/threadCache';
import { buildPost, buildThread, erika, jonas } from '../test/fixtures';
import ThreadPage from './ThreadPage';

const member = buildMe();

function threadMock(thread: ThreadView | null): MockLink.MockedResponse {
  return {
    request: { query: THREAD_PAGE_QUERY, variables: { id: 'thread-1', first: POSTS_PAGE_SIZE } },
    result: { data: { thread } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const markRead = (number: number): MockLink.MockedResponse => ({
  request: { query: MARK_THREAD_READ_MUTATION, variables: { threadId: 'thread-1', number } },
  result: { data: { markThreadRead: { __typename: 'Thread', id: 'thread-1', lastReadNumber: number, unreadCount: 0 } } },
});

function renderThread(mocks: MockLink.MockedResponse[], live = new MockSubscriptionLink(), route = '/diskussionen/thread-1') {
  renderWithProviders(
    <Routes>
      <Route path="/diskussionen/:id" element={<ThreadPage />} />
    </Routes>,
    { route, mocks, live },
  );
  return live;
}

const question = buildThread({}, [
  buildPost(),
  buildPost({
    number: 2,
    id: 'post-2',
    author: jonas,
    helpfulCount: 2,
    editedAt: '2026-03-02T09:00:00.000Z',
    body: { __typename: 'MarkdownText', markdown: 'Über den Pakt für Integration.', html: '<p>Über den Pakt für Integration.</p>' },
  }),
]);

describe('ThreadPage', () => {
  it('names the topic in the page’s language, not the account’s', async () => {
    await i18n.changeLanguage('en');
    renderThread([threadMock(question), meMock(buildMe())]);

    expect(await screen.findByRole('link', { name: 'Language' })).toHaveAttribute('href', '/themen/sprache');
    expect(screen.queryByRole('link', { name: 'Sprache' })).not.toBeInTheDocument();
  });

  it('shows the thread with its posts, authors, Berlin times and the edited mark', async () => {
    renderThread([threadMock(question), meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Finanzierung von Sprachcafés' })).toBeInTheDocument();
    expect(document.title).toBe('Finanzierung von Sprachcafés – Praxisforum');
    expect(screen.getByRole('link', { name: 'Sprache' })).toHaveAttribute('href', '/themen/sprache');
    expect(screen.getByText('Frage')).toBeInTheDocument();

    const posts = screen.getAllByRole('article');
    expect(posts).toHaveLength(2);
    expect(within(posts[0]).getByRole('heading', { level: 3, name: 'Anna Berg – Beitrag 1' })).toBeInTheDocument();
    expect(within(posts[0]).getByText('Sprachcafé').tagName).toBe('STRONG');
    const time = within(posts[0]).getByText('1. März 2026 um 09:15');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2026-03-01T08:15:00.000Z');
    expect(within(posts[1]).getByText(/bearbeitet/)).toBeInTheDocument();
    // Guests are invited to sign in instead of a composer.
    expect(screen.getByRole('link', { name: 'Melden Sie sich an, um zu antworten' })).toHaveAttribute('href', '/anmelden?next=%2Fdiskussionen%2Fthread-1');
  });

  it('appends a post that arrives live, announces it politely and leaves focus in the composer', async () => {
    const user = userEvent.setup();
    const readUpTo3 = jest.fn(() => ({ data: { markThreadRead: { __typename: 'Thread', id: 'thread-1', lastReadNumber: 3, unreadCount: 0 } } }));
    const live = renderThread([threadMock(question), meMock(member), markRead(2), { ...markRead(3), result: readUpTo3 }]);

    const composer = await screen.findByRole('textbox', { name: /Ihre Antwort/ });
    await user.click(composer);
    await user.type(composer, 'Hallo');
    expect(composer).toHaveFocus();

    await waitFor(() => expect(live.operation).toBeDefined());
    const incoming = buildPost({
      number: 3,
      id: 'post-3',
      author: jonas,
      body: { __typename: 'MarkdownText', markdown: 'Wir nutzen Spenden.', html: '<p>Wir nutzen Spenden.</p>' },
    });
    act(() => {
      live.simulateResult({
        result: { data: { threadActivity: { __typename: 'ThreadActivity', type: 'post.created', threadId: 'thread-1', postId: 'post-3', post: incoming } } },
      });
    });

    expect(await screen.findByText('Wir nutzen Spenden.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 2, name: '3 Beiträge' })).toBeInTheDocument();
    expect(screen.getByTestId('live-posts')).toHaveTextContent('Neuer Beitrag von Jonas Keller');
    expect(screen.getByTestId('live-posts')).toHaveAttribute('aria-live', 'polite');
    expect(composer).toHaveFocus();
    expect(composer).toHaveValue('Hallo');
    // What arrived while reading counts as read.
    await waitFor(() => expect(readUpTo3).toHaveBeenCalled());
  });

  it('sends a reply with the quoted post and shows it at the end', async () => {
    const user = userEvent.setup();
    const reply = buildPost({
      number: 3,
      id: 'post-3',
      author: erika,
      quoted: { __typename: 'QuotedPost', id: 'post-2', number: 2, author: jonas, excerpt: 'Über den Pakt für Integration.' },
      body: { __typename: 'MarkdownText', markdown: 'Danke!', html: '<p>Danke!</p>' },
      viewerCan: { __typename: 'PostAbilities', edit: true, delete: true, react: false, accept: false, flag: false, moderate: false },
    });
    renderThread([
      threadMock(question),
      meMock(member),
      markRead(2),
      markRead(3),
      {
        request: { query: CREATE_POST_MUTATION, variables: { input: { threadId: 'thread-1', body: 'Danke!', quotedPostId: 'post-2' } } },
        result: { data: { createPost: reply } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Beitrag 2 von Jonas Keller zitieren' }));
    const composer = screen.getByRole('textbox', { name: /Ihre Antwort/ });
    expect(composer).toHaveFocus();
    expect(screen.getByText('Sie zitieren Beitrag 2 von Jonas Keller.')).toBeInTheDocument();
    await user.type(composer, 'Danke!');
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));

    expect(await screen.findByText('Ihre Antwort ist veröffentlicht.')).toBeInTheDocument();
    const posts = screen.getAllByRole('article');
    expect(posts).toHaveLength(3);
    expect(within(posts[2]).getByText('Zitat aus Beitrag 2 von Jonas Keller:')).toBeInTheDocument();
    expect(composer).toHaveValue('');
    expect(screen.queryByText('Sie zitieren Beitrag 2 von Jonas Keller.')).not.toBeInTheDocument();
    // Your own post is not announced as news.
    expect(screen.getByTestId('live-posts')).toHaveTextContent('');
  });

  it('shows the API refusal of a locked thread or too many posts in the error summary', async () => {
    const user = userEvent.setup();
    renderThread([
      threadMock(question),
      meMock(member),
      markRead(2),
      {
        request: { query: CREATE_POST_MUTATION, variables: { input: { threadId: 'thread-1', body: 'Noch eine Frage', quotedPostId: null } } },
        result: { errors: [new GraphQLError('Too many posts', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 50 } })] },
      },
    ]);

    await user.click(await screen.findByRole('textbox', { name: /Ihre Antwort/ }));
    await user.paste('Noch eine Frage');
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));

    const summary = await screen.findByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(summary).toHaveTextContent('Sie haben gerade sehr viele Beiträge geschrieben. Bitte warten Sie 1 Minute.');
    expect(summary).toHaveFocus();
  });

  it('shows a notice instead of the composer in a locked thread', async () => {
    renderThread([threadMock(buildThread({ locked: true }, question.posts.edges.map((e) => e.node))), meMock(member), markRead(2)]);

    expect(await screen.findByText('Diese Diskussion ist geschlossen. Neue Antworten sind nicht möglich.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Ihre Antwort/ })).not.toBeInTheDocument();
    expect(screen.getByText('Geschlossen')).toBeInTheDocument();
  });

  it('shows the accepted answer at the top and placeholders for deleted and hidden posts', async () => {
    const answer = buildPost({ number: 2, id: 'post-2', author: jonas, accepted: true, body: { __typename: 'MarkdownText', markdown: 'Mit Spenden.', html: '<p>Mit Spenden.</p>' } });
    const thread = buildThread({ acceptedAnswer: answer }, [
      buildPost(),
      answer,
      buildPost({ number: 3, id: 'post-3', deleted: true, body: null }),
      buildPost({ number: 4, id: 'post-4', hidden: true, body: null, hiddenReason: 'Persönliche Daten' }),
    ]);
    renderThread([threadMock(thread), meMock(null)]);

    const accepted = await screen.findByRole('region', { name: 'Akzeptierte Antwort' });
    expect(accepted).toHaveTextContent('Mit Spenden.');
    expect(screen.getByText('Dieser Beitrag wurde gelöscht.')).toBeInTheDocument();
    expect(screen.getByText('Von der Moderation ausgeblendet.')).toBeInTheDocument();
    expect(screen.getByText('Begründung: Persönliche Daten')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Akzeptierte Antwort' })).toBeInTheDocument();
  });

  it('marks the helpful button as a toggle with its count', async () => {
    renderThread([threadMock(question), meMock(member), markRead(2)]);

    const buttons = await screen.findAllByRole('button', { name: /Hilfreich/ });
    expect(buttons[1]).toHaveAccessibleName('Hilfreich (2)');
    expect(buttons[1]).toHaveAttribute('aria-pressed', 'false');
  });

  it('moves focus to the post a link points at (a search hit)', async () => {
    renderThread([threadMock(question), meMock(null)], new MockSubscriptionLink(), '/diskussionen/thread-1#beitrag-2');
    const target = await screen.findByRole('article', { name: /Jonas/ });
    await waitFor(() => expect(target).toHaveFocus());
    expect(target).toHaveAttribute('id', 'beitrag-2');
  });

  it('says so when the thread does not exist', async () => {
    renderThread([
      {
        request: { query: THREAD_PAGE_QUERY, variables: { id: 'thread-1', first: POSTS_PAGE_SIZE } },
        result: { errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] },
      },
      meMock(null),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Diskussion nicht gefunden' })).toBeInTheDocument();
  });

  describe('for moderators', () => {
    const moderator = buildMe({ id: 'mod-1', displayName: 'Moritz Moderation', role: 'MODERATOR', abilities: buildAbilities({ moderate: true }) });
    const modPost = (overrides: Parameters<typeof buildPost>[0] = {}) =>
      buildPost({ viewerCan: { __typename: 'PostAbilities', edit: true, delete: true, react: true, accept: true, flag: false, moderate: true }, ...overrides });
    const edited = modPost({ number: 2, id: 'post-2', author: jonas, editCount: 1, editedAt: '2026-03-02T09:00:00.000Z' });
    const moderated = buildThread({ viewerCan: { __typename: 'ThreadAbilities', reply: true, edit: true, accept: true, moderate: true, flag: false } }, [modPost(), edited]);
    const state = (overrides: Partial<ThreadView> = {}) => {
      const { posts: _posts, kind: _kind, isExample: _isExample, createdAt: _createdAt, author: _author, ...rest } = { ...moderated, ...overrides };
      return rest;
    };

    it('locks the thread with a reason; the composer gives way to the notice', async () => {
      const user = userEvent.setup();
      renderThread([
        threadMock(moderated),
        meMock(moderator),
        markRead(2),
        {
          request: { query: LOCK_THREAD_MUTATION, variables: { threadId: 'thread-1', reason: 'Alles gesagt' } },
          result: { data: { lockThread: state({ locked: true }) } },
        },
      ]);

      const tools = await screen.findByRole('region', { name: 'Moderation' });
      await user.click(within(tools).getByRole('button', { name: 'Schließen' }));
      expect(screen.getByRole('heading', { level: 3, name: 'Diskussion schließen' })).toHaveFocus();
      await user.click(screen.getByRole('textbox', { name: /Begründung/ }));
      await user.paste('Alles gesagt');
      await user.click(within(screen.getByRole('form', { name: 'Diskussion schließen' })).getByRole('button', { name: 'Schließen' }));

      expect(await screen.findByText('Die Diskussion ist geschlossen.')).toBeInTheDocument();
      expect(screen.getByText('Diese Diskussion ist geschlossen. Neue Antworten sind nicht möglich.')).toBeInTheDocument();
      expect(within(tools).getByRole('button', { name: 'Wieder öffnen' })).toBeInTheDocument();
    });

    it('hides a post with a reason and sees the earlier versions of an edited post', async () => {
      const user = userEvent.setup();
      renderThread([
        threadMock(moderated),
        meMock(moderator),
        markRead(2),
        {
          request: { query: HIDE_POST_MUTATION, variables: { postId: 'post-2', reason: 'Werbung' } },
          result: { data: { hidePost: { ...edited, hidden: true, hiddenReason: 'Werbung' } } },
        },
        {
          request: { query: POST_REVISIONS_QUERY, variables: { postId: 'post-2' } },
          result: {
            data: {
              postRevisions: [{ __typename: 'PostRevision', id: 'rev-1', body: 'Erste Fassung', editor: jonas, createdAt: '2026-03-01T09:00:00.000Z' }],
            },
          },
        },
      ]);

      const post = (await screen.findAllByRole('article'))[1];
      const versions = within(post).getByRole('button', { name: '1 frühere Version' });
      expect(versions).toHaveAttribute('aria-expanded', 'false');
      await user.click(versions);
      expect(await within(post).findByText('Erste Fassung')).toBeInTheDocument();

      await user.click(within(post).getByRole('button', { name: 'Ausblenden' }));
      await user.click(within(post).getByRole('textbox', { name: /Begründung/ }));
      await user.paste('Werbung');
      await user.click(within(within(post).getByRole('form')).getByRole('button', { name: 'Ausblenden' }));

      expect(await screen.findByText('Der Beitrag ist ausgeblendet.')).toBeInTheDocument();
      expect(within(post).getByText(/Von der Moderation ausgeblendet; andere sehen nur einen Hinweis\. Begründung: Werbung/)).toBeInTheDocument();
      expect(within(post).getByRole('button', { name: 'Wieder einblenden' })).toBeInTheDocument();
    });

    it('edits title and tags in place', async () => {
      const user = userEvent.setup();
      renderThread([
        threadMock(moderated),
        meMock(moderator),
        markRead(2),
        {
          request: { query: EDIT_THREAD_MUTATION, variables: { input: { threadId: 'thread-1', title: 'Sprachcafés finanzieren', tags: ['Finanzierung'] } } },
          result: { data: { editThread: state({ title: 'Sprachcafés finanzieren' }) } },
        },
      ]);

      await user.click(await screen.findByRole('button', { name: 'Titel und Schlagwörter bearbeiten' }));
      const title = screen.getByRole('textbox', { name: /Titel/ });
      await user.clear(title);
      await user.click(title);
      await user.paste('Sprachcafés finanzieren');
      await user.click(screen.getByRole('button', { name: 'Änderung speichern' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Sprachcafés finanzieren' })).toBeInTheDocument();
      expect(screen.getByText('Titel und Schlagwörter sind geändert.')).toBeInTheDocument();
    });
  });
});
