import { type LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { type AppConfig } from '../config/config.js';

export const APP_LOGGER = Symbol('APP_LOGGER');

/** Structured JSON logs; a readable format when a person watches the terminal. */
export function createLogger(level: AppConfig['logLevel'], format = process.env.LOG_FORMAT): Logger {
  const pretty = format ? format === 'pretty' : process.stdout.isTTY;
  return pino({
    level,
    base: { service: 'praxisforum-api' },
    redact: ['req.headers.cookie', 'req.headers.authorization'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' } } } : {}),
  });
}

/** Routes Nest's own log calls into the same pino logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  // Nest's "log" level is bootstrap chatter (modules loaded, routes mapped): debug for us.
  log(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
