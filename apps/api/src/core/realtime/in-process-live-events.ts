import { type DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { encodeLiveMessage, type LiveEvents, type LivePayload } from './live-events.js';
import { LocalSubscribers } from './local-subscribers.js';

interface Pending {
  /** Transaction depth at publish time: 1 = the transaction itself, 2+ = inside a savepoint. */
  depth: number;
  channel: string;
  payload: LivePayload;
}

/** TypeORM counts nested transactions (savepoints) in a protected field; 0 once committed or rolled back. */
const depthOf = (runner: QueryRunner): number => (runner as unknown as { transactionDepth: number }).transactionDepth;

/**
 * Single-instance delivery, for the embedded PGlite: its socket server multiplexes every client
 * onto one backend session, so a NOTIFY reaches the connection that committed, not the one that
 * listens (checked against pglite-socket 0.2). PGlite serves one process anyway (its data directory
 * is locked), so there is no other instance to reach.
 *
 * Same semantics as NOTIFY: events wait with the transaction's query runner and are delivered
 * after its COMMIT, dropped on ROLLBACK (also of a savepoint they were published in), through
 * TypeORM's transaction hooks; identical events of one transaction arrive once, as with NOTIFY.
 */
export class InProcessLiveEvents implements LiveEvents {
  private readonly local = new LocalSubscribers();
  private readonly pending = new WeakMap<QueryRunner, Pending[]>();
  private readonly hooks: EntitySubscriberInterface = {
    afterTransactionCommit: ({ queryRunner }) => this.committed(queryRunner),
    afterTransactionRollback: ({ queryRunner }) => this.rolledBack(queryRunner),
  };

  constructor(private readonly dataSource: DataSource) {
    dataSource.subscribers.push(this.hooks);
  }

  async publishMany(manager: EntityManager, channels: string[], payload: LivePayload): Promise<void> {
    for (const channel of channels) await this.publish(manager, channel, payload);
  }

  publish(manager: EntityManager, channel: string, payload: LivePayload): Promise<void> {
    encodeLiveMessage(channel, payload); // same size limit as NOTIFY, so PGlite catches what PostgreSQL would refuse
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      // Outside a transaction the change is already committed (as NOTIFY in autocommit).
      setImmediate(() => this.local.deliver(channel, payload));
      return Promise.resolve();
    }
    const list = this.pending.get(runner) ?? [];
    list.push({ depth: depthOf(runner), channel, payload });
    this.pending.set(runner, list);
    return Promise.resolve();
  }

  subscribe(channel: string): AsyncIterableIterator<LivePayload> {
    return this.local.subscribe(channel);
  }

  listen(channel: string, handler: (payload: LivePayload) => void): () => void {
    return this.local.listen(channel, handler);
  }

  /** Delivery in process cannot drop. */
  readonly connection = 1;

  /** Subscribers on this instance (for tests and diagnostics). */
  get subscriberCount(): number {
    return this.local.size;
  }

  /** Subscribers of one channel on this instance (tests wait for them: graphql-ws does not acknowledge a subscribe). */
  subscribersOf(channel: string): number {
    return this.local.countOf(channel);
  }

  onApplicationShutdown(): void {
    this.close();
  }

  close(): void {
    const index = this.dataSource.subscribers.indexOf(this.hooks);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
  }

  private committed(runner: QueryRunner): void {
    const list = this.pending.get(runner);
    if (!list) return;
    const depth = depthOf(runner);
    if (depth > 0) {
      // A savepoint was released: its events now belong to the enclosing level.
      for (const event of list) event.depth = Math.min(event.depth, depth);
      return;
    }
    this.pending.delete(runner);
    // Like NOTIFY, identical events of one transaction are delivered once.
    const seen = new Set<string>();
    for (const { channel, payload } of list) {
      const key = encodeLiveMessage(channel, payload);
      if (seen.has(key)) continue;
      seen.add(key);
      this.local.deliver(channel, payload);
    }
  }

  private rolledBack(runner: QueryRunner): void {
    const list = this.pending.get(runner);
    if (!list) return;
    const depth = depthOf(runner);
    const kept = list.filter((event) => event.depth <= depth);
    if (depth === 0 || kept.length === 0) this.pending.delete(runner);
    else this.pending.set(runner, kept);
  }
}
