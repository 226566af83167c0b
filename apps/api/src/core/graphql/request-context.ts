import type DataLoader from 'dataloader';
import { type Request, type Response } from 'express';
import { type AnswerCollector } from '../answer-cache/answer-request.js';
import { type Viewer } from '../auth/viewer.js';

/**
 * Per-request DataLoaders, created on first use by the feature that owns them, so core does
 * not need to know every feature and each request gets fresh batches and caches.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface RequestContext {
  req: Request;
  res: Response;
  loaders: LoaderRegistry;
  /** The signed-in person, resolved once from the session cookie; null for guests. */
  viewer: Viewer | null;
  /**
   * The viewer of another session token, e.g. one just created by signing in. (Apollo hands each
   * resolver a shallow copy of the context, so the result is returned, never stored.)
   */
  viewerFor(token: string): Promise<Viewer | null>;
  /** Set for a guest's query that the answer cache may keep: root fields declare what they read (see AnswerCollector). */
  answer?: AnswerCollector;
}
