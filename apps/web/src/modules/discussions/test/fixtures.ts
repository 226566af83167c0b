import type { PersonRef, PostView, ThreadListItem, ThreadView } from '../graphql/types';

/** Test data for the discussion views, shaped like the API's answers (with __typename). */

export const anna: PersonRef = { __typename: 'PersonRef', id: 'user-anna', displayName: 'Anna Berg' };
export const erika: PersonRef = { __typename: 'PersonRef', id: 'user-1', displayName: 'Erika Muster' };
export const jonas: PersonRef = { __typename: 'PersonRef', id: 'user-jonas', displayName: 'Jonas Keller' };

export const spracheSpace = { __typename: 'Space' as const, type: 'TOPIC' as const, id: 'topic-sprache', titleDe: 'Sprache', titleEn: 'Language', slug: 'sprache', path: '/themen/sprache' };

const md = (markdown: string, html: string) => ({ __typename: 'MarkdownText' as const, markdown, html });

export function buildPost(overrides: Partial<PostView> = {}): PostView {
  const number = overrides.number ?? 1;
  return {
    __typename: 'Post',
    id: `post-${number}`,
    threadId: 'thread-1',
    number,
    author: anna,
    body: md('Wie finanzieren Sie das **Sprachcafé**?', '<p>Wie finanzieren Sie das <strong>Sprachcafé</strong>?</p>'),
    quoted: null,
    createdAt: '2026-03-01T08:15:00.000Z',
    editedAt: null,
    editCount: 0,
    deleted: false,
    hidden: false,
    hiddenReason: null,
    held: false,
    helpfulCount: 0,
    viewerReacted: false,
    accepted: false,
    viewerCan: { __typename: 'PostAbilities', edit: false, delete: false, react: true, accept: false, flag: true, moderate: false },
    ...overrides,
  };
}

export function buildThread(overrides: Partial<ThreadView> = {}, posts: PostView[] = [buildPost()]): ThreadView {
  return {
    __typename: 'Thread',
    id: 'thread-1',
    title: 'Finanzierung von Sprachcafés',
    tags: ['Finanzierung'],
    kind: 'QUESTION',
    isExample: false,
    createdAt: '2026-03-01T08:15:00.000Z',
    author: anna,
    locked: false,
    pinned: false,
    hidden: false,
    hiddenReason: null,
    held: false,
    lastPostNumber: posts.length,
    postCount: posts.length,
    lastReadNumber: null,
    unreadCount: 0,
    viewerFollowLevel: null,
    space: spracheSpace,
    acceptedAnswer: null,
    viewerCan: { __typename: 'ThreadAbilities', reply: true, edit: false, accept: false, moderate: false, flag: true },
    posts: {
      __typename: 'PostConnection',
      totalCount: posts.length,
      edges: posts.map((node) => ({ __typename: 'PostEdge', cursor: `c${node.number}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: posts.length ? `c${posts.length}` : null },
    },
    ...overrides,
  };
}

export function buildListItem(overrides: Partial<ThreadListItem> = {}): ThreadListItem {
  return {
    __typename: 'Thread',
    id: 'thread-1',
    kind: 'QUESTION',
    title: 'Finanzierung von Sprachcafés',
    tags: [],
    author: anna,
    space: spracheSpace,
    createdAt: '2026-03-01T08:15:00.000Z',
    lastPostAt: '2026-03-02T10:00:00.000Z',
    postCount: 3,
    lastPostNumber: 3,
    locked: false,
    pinned: false,
    hidden: false,
    held: false,
    isExample: false,
    unreadCount: 0,
    acceptedAnswer: null,
    ...overrides,
  };
}
