import { type IncomingMessage, type Server as HttpServer } from 'node:http';
import { type Duplex } from 'node:stream';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type Request, type Response } from 'express';
import { getOperationAST, GraphQLError, type GraphQLSchema, OperationTypeNode, parse, validate, type DocumentNode } from 'graphql';
import { type Disposable } from 'graphql-ws';
import { type Extra, useServer } from 'graphql-ws/use/ws';
import { type Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { readSessionToken } from '../auth/session-cookie.js';
import { SessionService } from '../auth/session.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { formatGraphQLError } from '../errors/format-graphql-error.js';
import { LoaderRegistry, type RequestContext } from '../graphql/request-context.js';
import { APP_LOGGER } from '../logging/logger.js';

export const GRAPHQL_WS_PATH = '/graphql';

/** Limits per client; a refused upgrade gets an HTTP status, never a half-open socket. */
export const WS_LIMITS = {
  /** Open sockets per signed-in person: one per browser tab is plenty. */
  perUser: 10,
  /** Open sockets per client address: generous, since a town hall shares one address behind NAT. */
  perAddress: 100,
  /** Open sockets on this instance. */
  total: 10_000,
  /** Concurrent subscriptions on one socket (the web app needs two or three). */
  subscriptionsPerSocket: 25,
  /** Largest message a client may send (a subscription document with variables). */
  maxPayloadBytes: 64 * 1024,
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Browsers always send Origin on WebSocket handshakes, and a page of another site could open a
 * socket carrying this site's cookie (cross-site WebSocket hijacking): only the site itself may.
 * Clients without Origin are not browsers and carry no victim's cookie.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, publicUrl: string): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // e.g. "null" from sandboxed frames and file:// pages
  }
  const site = new URL(publicUrl);
  if (url.origin === site.origin) return true;
  // Served directly (no proxy rewriting Host): the page and the socket share the host.
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  // Development: the Vite dev server on another localhost port proxies the socket (changeOrigin).
  return LOOPBACK.has(site.hostname) && LOOPBACK.has(url.hostname);
}

/** The client's address as Express computes it with "trust proxy" set to a hop count. */
export function clientAddress(req: IncomingMessage, trustProxy: number): string {
  const remote = req.socket.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return remote;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .reverse();
  const chain = [remote, ...forwarded];
  return chain[Math.min(trustProxy, chain.length - 1)];
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
  socket.destroy();
}

/** Codes of the refusals this server makes before an operation runs. */
const OWN_CODES = new Set(['RATE_LIMITED', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/** The codes Apollo gives the same errors over HTTP, so clients handle both transports alike. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}

class Counter {
  private readonly counts = new Map<string, number>();
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  add(key: string): void {
    this.counts.set(key, this.get(key) + 1);
  }
  remove(key: string): void {
    const n = this.get(key) - 1;
    if (n > 0) this.counts.set(key, n);
    else this.counts.delete(key);
  }
}

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's port, path /graphql. Our own upgrade
 * handler (rather than @nestjs/graphql's `subscriptions` option, which accepts every upgrade whose
 * URL starts with the path) so that cross-origin and over-limit handshakes are refused with an
 * HTTP status before a socket exists. Only subscriptions run here: queries and mutations go over
 * HTTP, where CSRF checks, rate limits and request logs apply.
 */
@Injectable()
export class GraphQLWsServer implements OnApplicationBootstrap, OnModuleDestroy {
  private wss: WebSocketServer | undefined;
  private disposable: Disposable | undefined;
  private readonly logger: Logger;
  private readonly perUser = new Counter();
  private readonly perAddress = new Counter();
  private readonly upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.handleUpgrade(req, socket, head);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'graphql-ws' });
  }

  /** After every module's init: the schema is built and the HTTP server exists (not yet listening). */
  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!httpServer) return;
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: WS_LIMITS.maxPayloadBytes, perMessageDeflate: false });
    this.disposable = useServer(
      {
        schema,
        connectionInitWaitTimeout: 5_000,
        context: (ctx) => this.context(ctx.extra.request),
        onSubscribe: (ctx, _id, payload) => {
          if (Object.keys(ctx.subscriptions).length > WS_LIMITS.subscriptionsPerSocket) {
            return [new GraphQLError(`At most ${WS_LIMITS.subscriptionsPerSocket} subscriptions per connection.`, { extensions: { code: 'RATE_LIMITED' } })];
          }
          return this.subscriptionOnly(schema, payload.query, payload.operationName ?? undefined, payload.variables ?? undefined);
        },
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), error, this.logger)) } : undefined,
        onError: (_ctx, _id, _payload, errors) =>
          errors.map((error) =>
            // Refusals made here carry their code already; anything else goes through the one formatter.
            OWN_CODES.has(error.extensions.code as string) ? error.toJSON() : formatGraphQLError(error.toJSON(), error, this.logger),
          ),
      },
      this.wss,
    );
    httpServer.on('upgrade', this.upgrade);
  }

  /** Before the HTTP server closes (it would wait for open sockets): say goodbye to every client. */
  async onModuleDestroy(): Promise<void> {
    (this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined)?.off('upgrade', this.upgrade);
    const clients = [...(this.wss?.clients ?? [])];
    const closed = Promise.all(clients.map((ws) => new Promise((resolve) => (ws.readyState === ws.CLOSED ? resolve(null) : ws.once('close', resolve)))));
    // Sends 1001 "Going away" to every client and ends their subscriptions.
    await this.disposable?.dispose();
    this.disposable = undefined;
    // Give clients a moment to answer the close handshake, so they see 1001 and reconnect, not 1006.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, 1_000)))]);
    clearTimeout(timer);
    for (const ws of clients) ws.terminate();
  }

  /** Open sockets on this instance (tests, diagnostics). */
  get connectionCount(): number {
    return this.wss?.clients.size ?? 0;
  }

  private async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // The client may go away while the session is looked up: an unhandled error would crash the process.
    socket.on('error', () => socket.destroy());
    const wss = this.wss;
    const path = (req.url ?? '').split('?')[0];
    if (!wss || path !== GRAPHQL_WS_PATH) return refuse(socket, 404, 'Not Found');
    const address = clientAddress(req, this.config.trustProxy);
    if (!originAllowed(req.headers.origin, req.headers.host, this.config.publicUrl)) {
      this.logger.info({ address, origin: req.headers.origin }, 'refused a cross-origin WebSocket upgrade');
      return refuse(socket, 403, 'Forbidden');
    }
    if (wss.clients.size >= WS_LIMITS.total) return refuse(socket, 503, 'Service Unavailable');
    if (this.perAddress.get(address) >= WS_LIMITS.perAddress) return refuse(socket, 429, 'Too Many Requests');
    let viewerId: string | undefined;
    try {
      viewerId = (await this.sessions.resolve(readSessionToken(req as Request)))?.id;
    } catch (error) {
      this.logger.error({ err: error }, 'could not resolve the session of a WebSocket upgrade');
      return refuse(socket, 503, 'Service Unavailable');
    }
    if (viewerId && this.perUser.get(viewerId) >= WS_LIMITS.perUser) {
      this.logger.info({ userId: viewerId }, 'refused a WebSocket upgrade: too many open sockets for this person');
      return refuse(socket, 429, 'Too Many Requests');
    }
    if (socket.destroyed || this.wss !== wss) return void socket.destroy();
    // Counted before the handshake completes, so parallel upgrades cannot overshoot the limits.
    this.perAddress.add(address);
    if (viewerId) this.perUser.add(viewerId);
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      this.perAddress.remove(address);
      if (viewerId) this.perUser.remove(viewerId);
    };
    socket.once('close', release);
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      ws.once('close', release);
      wss.emit('connection', ws, req);
    });
  }

  /**
   * The same context as over HTTP (viewer, per-request loaders), built per subscription. The
   * session is read again here, so a socket opened before signing out does not keep the rights.
   * There is no HTTP response on a socket; resolvers of subscriptions must not set cookies.
   */
  private async context(request: Extra['request']): Promise<RequestContext> {
    const req = request as Request;
    const viewer = await this.sessions.resolve(readSessionToken(req));
    return {
      req,
      res: undefined as unknown as Response,
      loaders: new LoaderRegistry(),
      viewer,
      viewerFor: (token) => this.sessions.resolve(token),
    };
  }

  private subscriptionOnly(schema: GraphQLSchema, query: string, operationName: string | undefined, variableValues: Record<string, unknown> | undefined) {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: 2_000 });
    } catch (error) {
      return [withCode(error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed.'), 'GRAPHQL_PARSE_FAILED')];
    }
    const errors = validate(schema, document);
    if (errors.length > 0) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = getOperationAST(document, operationName);
    if (!operation) return [new GraphQLError('Unable to identify the operation.', { extensions: { code: 'BAD_REQUEST' } })];
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [new GraphQLError('Only subscriptions run over the WebSocket; send queries and mutations over HTTP.', { extensions: { code: 'BAD_REQUEST' } })];
    }
    return { schema, document, operationName, variableValues };
  }
}
