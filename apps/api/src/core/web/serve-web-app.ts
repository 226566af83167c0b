import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type NextFunction, type Request, type Response } from 'express';
import { type Logger } from 'pino';

const API_PATHS = ['/graphql', '/health', '/ready', '/api'];

/**
 * Content Security Policy for the SPA: only our own origin, no inline scripts, no external
 * fonts, images or tiles. Inline styles stay allowed for style attributes React sets.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  res.setHeader('Content-Security-Policy', CSP);
  next();
}

/** Serves the built web app from the API's port: hashed assets cached for a year, index.html never. */
export function serveWebApp(app: NestExpressApplication, webDistDir: string, logger: Logger) {
  const indexHtml = join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn({ webDistDir }, 'web app is not built; serving the API only (run npm run build)');
    return;
  }
  app.useStaticAssets(join(webDistDir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', fallthrough: false });
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h' });
  // Client-side routes (/kommunen/freiburg, /impressum …) all get the app shell.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PATHS.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
