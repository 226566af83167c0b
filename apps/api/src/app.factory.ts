import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type AppOptions, AppModule } from './app.module.js';
import { NestPinoLogger } from './core/logging/logger.js';
import { requestLogger } from './core/logging/request-logger.js';
import { securityHeaders, serveWebApp } from './core/web/serve-web-app.js';

/** Builds the whole application (API and web app on one port), not yet listening. */
export async function createApp(options: AppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new NestPinoLogger(options.logger.child({ component: 'nest' })),
    bodyParser: true,
  });
  app.disable('x-powered-by');
  // No ETag on API answers: Express would hash every body (a thread page is 50 kB) for a header
  // that POSTed queries never use (static files keep theirs, from serve-static).
  app.set('etag', false);
  // Behind reverse proxies, client addresses (for rate limits) come from X-Forwarded-For.
  if (options.config.trustProxy > 0) app.set('trust proxy', options.config.trustProxy);
  app.use(securityHeaders);
  app.use(requestLogger(options.logger));
  serveWebApp(app, options.config.webDistDir, options.logger);
  return app;
}
