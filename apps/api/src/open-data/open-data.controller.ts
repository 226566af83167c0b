import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { type Logger } from 'pino';
import { readSessionToken } from '../core/auth/session-cookie.js';
import { SessionService } from '../core/auth/session.service.js';
import { notFound } from '../core/errors/domain-error.js';
import { APP_LOGGER } from '../core/logging/logger.js';
import { buildAtomFeed } from './atom.js';
import { csvRow, UTF8_BOM } from './csv.js';
import { OpenDataService } from './open-data.service.js';
import { CSV_HEADER, type PracticeExport, toCsvValues } from './practice-export.js';

/** Open data and the feed are the same for everyone and change rarely. */
const PUBLIC_CACHE = 'public, max-age=300';

/** Today in Berlin (YYYY-MM-DD), for download file names. */
const berlinDay = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** Writes a chunk and waits while the client's buffer is full; false once the client is gone. */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
  return !res.destroyed;
}

/** Print/export of one practice, open-data downloads of all published practices, and the Atom feed. */
@Controller('api')
export class OpenDataController {
  constructor(
    private readonly openData: OpenDataService,
    private readonly sessions: SessionService,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * `GET /api/practices/<slug>.json`. A route parameter and a suffix check, not `:slug.json`, so
   * the whole last segment is ours (slugs with hyphens) and anything else is a JSON 404.
   */
  @Get('practices/:file')
  async practice(@Param('file') file: string, @Req() req: Request, @Res() res: Response) {
    // Until we know the practice is published, the answer depends on who asks: never cache it.
    res.setHeader('Cache-Control', 'private, no-store');
    const slug = file.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
    // Slugs are short and printable; anything else cannot exist (and a NUL would upset PostgreSQL).
    // eslint-disable-next-line no-control-regex
    if (!slug || slug.length > 140 || /[\u0000-\u001f\u007f]/.test(slug)) throw notFound('Practice', file);
    const viewer = await this.sessions.resolve(readSessionToken(req));
    const practice = await this.openData.practice(viewer, slug);
    // A published practice reads the same for everyone (the contact in its public form).
    if (practice.state === 'published') res.setHeader('Cache-Control', PUBLIC_CACHE);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.send(JSON.stringify(practice, null, 2));
  }

  /** All published practices as CSV (RFC 4180, UTF-8 with BOM), columns as in docs/open-data.md. */
  @Get('open-data/practices.csv')
  async csv(@Res() res: Response) {
    await this.stream(res, 'csv', 'text/csv; charset=utf-8; header=present', {
      start: UTF8_BOM + csvRow(CSV_HEADER),
      item: (p) => csvRow(toCsvValues(p)),
      separator: '',
      end: '',
    });
  }

  /** All published practices as a JSON array of the export objects (without contact). */
  @Get('open-data/practices.json')
  async json(@Res() res: Response) {
    await this.stream(res, 'json', 'application/json; charset=utf-8', {
      start: '[',
      item: (p) => `\n${JSON.stringify(p)}`,
      separator: ',',
      end: '\n]\n',
    });
  }

  @Get('feeds/practices.atom')
  async feed(@Res() res: Response) {
    const practices = await this.openData.newestPublished();
    res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.send(buildAtomFeed(practices, { publicUrl: this.openData.publicUrl, operatorName: this.openData.operatorName }));
  }

  /**
   * Streams the pages of published practices. The first page is read before any header goes out,
   * so a failing database still gets a proper error answer; later failures end the download
   * abruptly (the client sees a truncated file, never a "complete" wrong one).
   */
  private async stream(
    res: Response,
    extension: 'csv' | 'json',
    contentType: string,
    format: { start: string; item: (p: PracticeExport) => string; separator: string; end: string },
  ) {
    const pages = this.openData.publishedPages();
    const first = await pages.next();
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="praxisforum-praxisbeispiele-${berlinDay()}.${extension}"`);
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    // Public data: other sites may load it in the browser (no cookies are read here).
    res.setHeader('Access-Control-Allow-Origin', '*');
    try {
      let count = 0;
      let chunk = format.start;
      for (let page = first; !page.done; page = await pages.next()) {
        for (const p of page.value) chunk += (count++ > 0 ? format.separator : '') + format.item(p);
        if (!(await write(res, chunk))) return void (await pages.return(undefined));
        chunk = '';
      }
      res.end(chunk + format.end);
    } catch (error) {
      this.logger.error({ err: error }, `open-data ${extension} export failed while streaming`);
      res.destroy(error as Error);
    }
  }
}
