import type { ApolloCache } from '@apollo/client';
import { THREAD_PAGE_QUERY } from '../graphql/discussions.graphql';
import type { PostView } from '../graphql/types';

export const POSTS_PAGE_SIZE = 50;

/**
 * Adds a post (a reply just written, or one that arrived live) to the end of the thread page's
 * list. Only when the list is complete: with older pages still to load, the post belongs after
 * them and comes with "Weitere Beiträge laden". Returns whether the post was added.
 */
export function appendPost(cache: ApolloCache, threadId: string, post: PostView): boolean {
  let added = false;
  cache.updateQuery({ query: THREAD_PAGE_QUERY, variables: { id: threadId, first: POSTS_PAGE_SIZE } }, (data) => {
    const thread = data?.thread;
    if (!thread) return undefined;
    const { posts } = thread;
    if (posts.pageInfo.hasNextPage || posts.edges.some((e) => e.node.id === post.id)) return undefined;
    added = true;
    return {
      thread: {
        ...thread,
        postCount: thread.postCount + 1,
        lastPostNumber: Math.max(thread.lastPostNumber, post.number),
        posts: {
          ...posts,
          totalCount: posts.totalCount + 1,
          edges: [...posts.edges, { __typename: 'PostEdge' as const, cursor: `post-${post.number}`, node: post }],
        },
      },
    };
  });
  return added;
}
