import { type Client, createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { LIVE_EVENTS } from '../src/core/realtime/live-events.js';
import { type TestApp } from './test-app.js';

export interface WsOptions {
  /** Cookie header of the handshake, e.g. a signed-in client's `client.cookie`. */
  cookie?: string;
  /** Origin header; none by default (like a non-browser client). */
  origin?: string;
  headers?: Record<string, string>;
  /** Keep the socket open without subscriptions (graphql-ws closes an idle lazy socket with 1000). */
  keepOpen?: boolean;
}

export const wsUrl = (baseUrl: string) => `${baseUrl.replace(/^http/, 'ws')}/graphql`;

function handshakeHeaders({ cookie, origin, headers }: WsOptions): Record<string, string> {
  return { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}), ...headers };
}

/** A graphql-ws client over a real WebSocket, sending the handshake headers a browser would. */
export function liveClient(t: Pick<TestApp, 'baseUrl'>, options: WsOptions = {}): Client {
  const headers = handshakeHeaders(options);
  class HandshakeWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url: wsUrl(t.baseUrl), webSocketImpl: HandshakeWebSocket, retryAttempts: 0, lazy: !options.keepOpen });
}

/** Status of a raw WebSocket handshake: 101 when it opens, else the HTTP status of the refusal. */
export function handshakeStatus(t: Pick<TestApp, 'baseUrl'>, options: WsOptions = {}, path = '/graphql'): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${t.baseUrl.replace(/^http/, 'ws')}${path}`, 'graphql-transport-ws', { headers: handshakeHeaders(options) });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
    });
    ws.on('error', (error) => reject(error));
  });
}

export interface LiveSubscription<T> {
  /** The next result not yet taken; rejects after timeoutMs or when the subscription failed. */
  next(timeoutMs?: number): Promise<FormattedExecutionResult<T, unknown>>;
  /** Resolves when nothing arrives within ms (and fails the test otherwise). */
  nothingWithin(ms: number): Promise<void>;
  /** Every result received so far, taken or not. */
  received: FormattedExecutionResult<T, unknown>[];
  dispose(): void;
}

export function subscribe<T = Record<string, unknown>>(client: Client, query: string, variables?: Record<string, unknown>): LiveSubscription<T> {
  const received: FormattedExecutionResult<T, unknown>[] = [];
  let taken = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        received.push(value);
        wake?.();
      },
      error: (error) => {
        failure = error ?? new Error('subscription failed');
        wake?.();
      },
      complete: () => wake?.(),
    },
  );
  return {
    received,
    dispose,
    async next(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (taken >= received.length) {
        if (failure) throw failure instanceof Error ? failure : new Error(`subscription failed: ${JSON.stringify(failure, ['code', 'reason', 'message', 'extensions'])}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no result within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return received[taken++];
    },
    async nothingWithin(ms) {
      const before = received.length;
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (received.length !== before) throw new Error(`expected nothing, got ${JSON.stringify(received.slice(before))}`);
    },
  };
}

interface CountingLiveEvents {
  subscribersOf(channel: string): number;
}

/** Subscribers of a channel on an instance (both engines count them). */
export function subscribersOf(t: TestApp, channel: string): number {
  return t.app.get<CountingLiveEvents>(LIVE_EVENTS).subscribersOf(channel);
}

/**
 * Waits until the instance has exactly n subscribers on the channel: graphql-ws does not
 * acknowledge a subscribe, and closing a socket ends its subscriptions a moment later.
 */
export async function untilSubscribers(t: TestApp, channel: string, n: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (subscribersOf(t, channel) !== n) {
    if (Date.now() > deadline) throw new Error(`${subscribersOf(t, channel)} instead of ${n} subscribers of ${channel} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
