import { Controller, Get, Header, Req, Res, UnauthorizedException } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { readSessionToken } from '../core/auth/session-cookie.js';
import { SessionService } from '../core/auth/session.service.js';
import { AccountsService } from './accounts.service.js';

/** GDPR data export as a file download (a GET, so a plain link in the web app works). */
@Controller('api/account')
export class AccountExportController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
  ) {}

  @Get('export')
  @Header('Cache-Control', 'no-store')
  async export(@Req() req: Request, @Res() res: Response) {
    const viewer = await this.sessions.resolve(readSessionToken(req));
    if (!viewer) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Please sign in first.' });
    const data = await this.accounts.exportData(viewer);
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="praxisforum-meine-daten-${day}.json"`);
    res.send(JSON.stringify(data, null, 2));
  }
}
