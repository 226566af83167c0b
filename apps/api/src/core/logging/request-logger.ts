import { type IncomingMessage } from 'node:http';
import { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

type RequestWithBody = IncomingMessage & { body?: { operationName?: unknown }; [REQUEST_USER_ID]?: string };

/** Set on the request once the session is known, so the request's log line names the user id. */
export const REQUEST_USER_ID = Symbol('requestUserId');

export function tagRequestUser(req: object, userId: string | undefined) {
  if (userId) (req as RequestWithBody)[REQUEST_USER_ID] = userId;
}

/** Express rewrites req.url inside mounted middleware (Apollo sees "/"); originalUrl is the real path. */
function pathOf(req: IncomingMessage & { originalUrl?: string }): string {
  return (req.originalUrl ?? req.url ?? '').split('?')[0];
}

/**
 * One line per request with its duration; no personal data (no IPs, cookies or variables),
 * only the method, path, GraphQL operation name, status and the signed-in user's id.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    autoLogging: { ignore: (req) => req.url === '/health' },
    serializers: {
      req: (req: { method: string; id: unknown; raw: IncomingMessage }) => ({ id: req.id, method: req.method, path: pathOf(req.raw) }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    // Evaluated when the response is finished: the body is parsed and the session known by then.
    customProps: (req: RequestWithBody) => ({
      operation: typeof req.body?.operationName === 'string' ? req.body.operationName : undefined,
      userId: req[REQUEST_USER_ID],
    }),
    customSuccessMessage: (req, res, ms) => `${req.method} ${pathOf(req)} ${res.statusCode} ${Math.round(ms)} ms`,
  });
}
