import { type IncomingMessage } from 'node:http';
import { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

type RequestWithBody = IncomingMessage & { body?: { operationName?: unknown } };

/**
 * One line per request with its duration; no personal data (no IPs, cookies or variables),
 * only the method, path, GraphQL operation name and status.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    autoLogging: { ignore: (req) => req.url === '/health' },
    serializers: {
      req: (req: { method: string; url: string; id: unknown; raw: RequestWithBody }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        operation: typeof req.raw.body?.operationName === 'string' ? req.raw.body.operationName : undefined,
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customSuccessMessage: (req, res, ms) => `${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${Math.round(ms)} ms`,
  });
}
