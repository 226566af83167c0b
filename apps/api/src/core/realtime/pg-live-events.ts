import pg from 'pg';
import { type Logger } from 'pino';
import { type EntityManager } from 'typeorm';
import { encodeLiveMessage, LIVE_RESYNC, type LiveEvents, type LivePayload } from './live-events.js';
import { LocalSubscribers } from './local-subscribers.js';

/** The one NOTIFY channel of the application; the live channel travels in the payload. */
export const PG_CHANNEL = 'praxisforum_live';

export interface PgLiveEventsOptions {
  url: string;
  logger: Logger;
  /** First reconnect delay; doubles per failed attempt up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How often the listening connection is checked with a query (a dead peer may otherwise go unnoticed for minutes). */
  heartbeatMs?: number;
}

/**
 * Fan-out across API instances through PostgreSQL LISTEN/NOTIFY: `publish` runs pg_notify in the
 * caller's transaction, so PostgreSQL delivers it at COMMIT (never on rollback) to every listening
 * connection; one dedicated connection per instance listens and hands events to the local
 * subscribers of their channel. The connection comes back with backoff when it drops, and the
 * local subscribers then get a resync event for what they may have missed.
 */
export class PgLiveEvents implements LiveEvents {
  private readonly local = new LocalSubscribers();
  private readonly logger: Logger;
  private client: pg.Client | undefined;
  private backendPid: number | undefined;
  private closing = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private attempt = 0;
  /** LISTEN connections made so far: the current one's number (see `connection`). */
  private connections = 0;

  constructor(private readonly options: PgLiveEventsOptions) {
    this.logger = options.logger.child({ component: 'live' });
  }

  async publish(manager: EntityManager, channel: string, payload: LivePayload): Promise<void> {
    await manager.query(`SELECT pg_notify($1, $2)`, [PG_CHANNEL, encodeLiveMessage(channel, payload)]);
  }

  async publishMany(manager: EntityManager, channels: string[], payload: LivePayload): Promise<void> {
    if (channels.length === 0) return;
    const messages = channels.map((channel) => encodeLiveMessage(channel, payload));
    await manager.query(`SELECT pg_notify($1, m) FROM unnest($2::text[]) AS m`, [PG_CHANNEL, messages]);
  }

  subscribe(channel: string): AsyncIterableIterator<LivePayload> {
    return this.local.subscribe(channel);
  }

  listen(channel: string, handler: (payload: LivePayload) => void): () => void {
    return this.local.listen(channel, handler);
  }

  get connection(): number {
    return this.client ? this.connections : 0;
  }

  get subscriberCount(): number {
    return this.local.size;
  }

  /** Subscribers of one channel on this instance (tests wait for them: graphql-ws does not acknowledge a subscribe). */
  subscribersOf(channel: string): number {
    return this.local.countOf(channel);
  }

  /** Process id of the listening backend (tests terminate it to check reconnection). */
  get listenerPid(): number | undefined {
    return this.backendPid;
  }

  /** Connects and listens; the application does not start without it. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Nest calls this on app.close(), after the HTTP server (and so every socket) has closed. */
  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeatTimer);
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.query(`UNLISTEN ${PG_CHANNEL}`);
    } catch {
      /* the connection may already be gone */
    }
    await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: 'praxisforum-live',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: 10_000,
    });
    // Without an error listener a dropped connection would crash the process.
    client.on('error', (error) => this.dropped(client, error));
    client.on('end', () => this.dropped(client));
    client.on('notification', (message) => this.dispatch(message.channel, message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${PG_CHANNEL}`);
      const [row] = (await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows;
      this.backendPid = row.pid;
    } catch (error) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closing) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.connections++;
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => void this.heartbeat(client), this.options.heartbeatMs ?? 30_000);
    this.heartbeatTimer.unref();
  }

  private dispatch(pgChannel: string, raw: string | undefined): void {
    if (pgChannel !== PG_CHANNEL || !raw) return;
    let message: { channel?: unknown; payload?: unknown };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      this.logger.warn('ignored a live event that is not JSON');
      return;
    }
    if (typeof message.channel !== 'string' || typeof message.payload !== 'object' || message.payload === null) return;
    this.local.deliver(message.channel, message.payload as LivePayload);
  }

  private async heartbeat(client: pg.Client): Promise<void> {
    if (client !== this.client) return;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('heartbeat timed out')), 10_000).unref());
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (error) {
      this.dropped(client, error as Error);
    }
  }

  /** The listening connection is gone (error, end or failed heartbeat): reconnect with backoff. */
  private dropped(client: pg.Client, error?: Error): void {
    if (this.closing || client !== this.client) return;
    this.client = undefined;
    this.backendPid = undefined;
    clearInterval(this.heartbeatTimer);
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    this.logger.warn({ err: error?.message }, 'live events: the LISTEN connection dropped; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const base = this.options.backoffMs ?? 250;
    const max = this.options.maxBackoffMs ?? 10_000;
    const delay = Math.min(max, base * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt++;
    this.reconnectTimer = setTimeout(() => {
      if (this.closing) return;
      this.connect().then(
        () => {
          if (this.closing) return;
          this.logger.info({ attempts: this.attempt }, 'live events: listening again');
          this.attempt = 0;
          // Events committed while nobody listened here are lost: tell subscribers to re-read.
          this.local.deliverToAll({ type: LIVE_RESYNC });
        },
        (error: Error) => {
          if (this.closing) return;
          this.logger.warn({ err: error.message, attempt: this.attempt }, 'live events: reconnect failed');
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }
}
