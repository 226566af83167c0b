import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { isImageType, PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { type Request, type Response } from 'express';
import multer, { MulterError } from 'multer';
import { CSRF_HEADER } from '../core/auth/csrf.plugin.js';
import { readSessionToken } from '../core/auth/session-cookie.js';
import { SessionService } from '../core/auth/session.service.js';
import { badInput, DomainError } from '../core/errors/domain-error.js';
import { isUuid } from '../core/graphql/uuid.pipe.js';
import { AttachmentService } from './attachment.service.js';

// One file per request, held in memory up to the limit; a larger body stops being read at once.
const receive = multer({ storage: multer.memoryStorage(), limits: { fileSize: L.attachmentBytesMax, files: 1, fields: 5, fieldSize: 4096 } }).single('file');

function receiveFile(req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) =>
    receive(req, res, (error: unknown) => {
      if (!error) return resolve();
      if (error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE') {
        return reject(badInput(`The file is larger than ${L.attachmentBytesMax / 1024 / 1024} MB.`, { file: ['File too large.'] }));
      }
      reject(badInput('The upload could not be read: send one file in the form field "file".', { file: [String((error as Error).message)] }));
    }),
  );
}

/** Upload (multipart, CSRF header required like every mutation) and download of practice attachments. */
@Controller('api')
export class AttachmentController {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly sessions: SessionService,
  ) {}

  @Post('practices/:id/attachments')
  async upload(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    if (!req.get(CSRF_HEADER)) throw new DomainError('CSRF_HEADER_MISSING', `Uploads need the ${CSRF_HEADER} header.`);
    if (!isUuid(id)) throw badInput('id must be a practice id.');
    const viewer = await this.sessions.resolve(readSessionToken(req));
    if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
    // Refuse what is plainly too big before reading it (multipart adds a little overhead).
    if (Number(req.get('content-length') ?? 0) > L.attachmentBytesMax + 64 * 1024) {
      throw badInput(`The file is larger than ${L.attachmentBytesMax / 1024 / 1024} MB.`, { file: ['File too large.'] });
    }
    await receiveFile(req, res);
    if (!req.file) throw badInput('No file was sent: use the form field "file".', { file: ['No file.'] });
    const body = req.body as Record<string, unknown> | undefined;
    const altText = typeof body?.altText === 'string' ? body.altText : undefined;
    // Browsers send file names as latin1 in multipart headers; restore the UTF-8 name.
    const originalName = Buffer.from(req.file.originalname, 'latin1').toString('utf8');
    const attachment = await this.attachments.upload(viewer, id, { buffer: req.file.buffer, originalName }, altText);
    res.status(201).json(attachment);
  }

  @Get('attachments/:id/:name')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    if (!isUuid(id)) throw new DomainError('NOT_FOUND', 'Attachment not found.');
    const viewer = await this.sessions.resolve(readSessionToken(req));
    const { attachment, public: isPublic, stream } = await this.attachments.open(viewer, id);
    const disposition = isImageType(attachment.mime_type) ? 'inline' : 'attachment';
    res.setHeader('Content-Type', attachment.mime_type);
    res.setHeader('Content-Length', String(attachment.size_bytes));
    res.setHeader('Content-Disposition', `${disposition}; filename="${attachment.file_name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(attachment.file_name)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Nothing in a file may run as part of this site.
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
    res.setHeader('Cache-Control', isPublic ? 'public, max-age=3600' : 'private, no-store');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
