import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { type Request } from 'express';
import { NotificationService } from './notification.service.js';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` (form-encoded)
 * to the List-Unsubscribe URL, with the token in its query. The signed token is the only
 * credential, so no session or CSRF header is involved. The web page /abmelden uses the
 * `unsubscribe` mutation instead; a GET never changes anything (link scanners follow links).
 */
@Controller('api')
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationService) {}

  @Post('unsubscribe')
  @HttpCode(200)
  async unsubscribe(@Req() req: Request) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token = typeof req.query.token === 'string' ? req.query.token : typeof body.token === 'string' ? body.token : '';
    await this.notifications.unsubscribe(token);
    return { ok: true, emailFrequency: 'NEVER', message: 'You will no longer receive notification e-mails.' };
  }
}
