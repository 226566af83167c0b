import { SEARCH_KINDS } from '@praxisforum/domain';
import { type DataSource } from 'typeorm';
import { type SearchDocumentSource } from './documents/search-document.source.js';
import { type SearchPort } from './search.port.js';

const BATCH = 500;

export interface RebuildProgress {
  kind: string;
  done: number;
  total: number;
  indexed: number;
}

/**
 * Rebuilds the whole index from the database (the source of truth): empties it, indexes every public
 * document kind by kind in batches, then records the build so a start does not repeat it.
 * Returns the number of documents indexed. An aborted build stops between batches and throws the
 * signal's reason; it records nothing, so the next start builds again.
 */
export async function rebuildIndex(
  port: SearchPort,
  source: SearchDocumentSource,
  dataSource: DataSource,
  onProgress?: (progress: RebuildProgress) => void,
  signal?: AbortSignal,
): Promise<number> {
  const totals = await source.counts();
  await port.clear();
  let indexed = 0;
  for (const kind of SEARCH_KINDS) {
    let after: string | null = null;
    let done = 0;
    onProgress?.({ kind, done, total: totals[kind], indexed });
    do {
      signal?.throwIfAborted();
      const batch = await source.scan(kind, after, BATCH);
      if (batch.documents.length > 0) await port.index(batch.documents);
      indexed += batch.documents.length;
      after = batch.next;
      done = after ? Math.min(totals[kind], done + BATCH) : totals[kind];
      onProgress?.({ kind, done, total: totals[kind], indexed });
    } while (after);
  }
  signal?.throwIfAborted();
  await dataSource.query(
    `INSERT INTO search_index_state (engine, built_at, documents) VALUES ($1, now(), $2)
     ON CONFLICT (engine) DO UPDATE SET built_at = now(), documents = EXCLUDED.documents`,
    [port.engine, indexed],
  );
  return indexed;
}
