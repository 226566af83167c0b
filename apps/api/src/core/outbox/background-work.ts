import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks work that runs outside any request (outbox delivery, event handlers, digests), so
 * per-request measurements such as the SQL statement counter of the tests can leave it out.
 */
export const backgroundWork = new AsyncLocalStorage<string>();
