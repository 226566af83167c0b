import DataLoader from 'dataloader';
import { type RequestContext } from '../core/graphql/request-context.js';
import { type DiscussionService } from './discussion.service.js';
import { type Post } from './discussion.types.js';

/** Per-request batch loaders (a thread list asking for first posts costs one statement). */
export function postByIdLoader(ctx: RequestContext, service: DiscussionService): DataLoader<string, Post | null> {
  return ctx.loaders.get('discussion.postById', () => new DataLoader<string, Post | null>((ids) => service.postsByIds(ctx.viewer, ids)));
}
