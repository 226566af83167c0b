import { Injectable } from '@nestjs/common';
import { isImageType, PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { randomUUID } from 'node:crypto';
import { type Readable } from 'node:stream';
import { AuditService } from '../core/audit/audit.service.js';
import { type Actor } from '../core/auth/viewer.js';
import { badInput, notFound } from '../core/errors/domain-error.js';
import { detectAttachmentType } from '../core/storage/file-type.js';
import { AttachmentStore } from './attachment.store.js';
import { authorizePractice, hasPracticeRight } from './practice.policy.js';
import { PracticeRepository, toAttachment, toPractice } from './practice.repository.js';
import { type Attachment } from './practice.types.js';

const MB = 1024 * 1024;

/** A safe display name: no path, no control characters, the extension of the detected type. */
export function cleanFileName(name: string, ext: string): string {
  // Control characters and characters Windows refuses in file names are dropped.
  const base = [...(name.split(/[\\/]/).pop() ?? '')].filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127 && !'"<>|:*?'.includes(c)).join('').trim();
  const stem = (base.replace(/\.[^.]*$/, '') || 'datei').slice(0, L.attachmentFileNameMax - ext.length - 1);
  return `${stem}.${ext}`;
}

interface AttachmentRow {
  id: string;
  practice_id: string;
  storage_key: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  alt_text: string | null;
  created_at: Date;
}

@Injectable()
export class AttachmentService {
  constructor(
    private readonly repo: PracticeRepository,
    private readonly store: AttachmentStore,
    private readonly audit: AuditService,
  ) {}

  /** Checks rights, size, count and content type before anything is stored. */
  async upload(actor: Actor, practiceId: string, file: { buffer: Buffer; originalName: string }, altText: string | undefined): Promise<Attachment> {
    const row = await this.repo.findBy('id', practiceId);
    if (!row) throw notFound('Practice', practiceId);
    const viewer = authorizePractice(actor, 'manageAttachments', toPractice(row));
    if (file.buffer.length === 0) throw badInput('The file is empty.', { file: ['The file is empty.'] });
    if (file.buffer.length > L.attachmentBytesMax) {
      throw badInput(`The file is larger than ${L.attachmentBytesMax / MB} MB.`, { file: [`At most ${L.attachmentBytesMax / MB} MB per file.`] });
    }
    const type = await detectAttachmentType(file.buffer);
    if (!type) {
      throw badInput('This file type is not accepted. Allowed: PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT, ODS (checked by content, not by name).', {
        file: ['File type not accepted.'],
      });
    }
    const alt = altText?.trim() || null;
    if (alt && alt.length > L.attachmentAltMax) throw badInput(`altText must be at most ${L.attachmentAltMax} characters.`, { altText: ['Too long.'] });
    if (isImageType(type.mime) && !alt) throw badInput('Images need an alternative text describing them.', { altText: ['altText is required for images.'] });

    const key = `attachments/${randomUUID()}`;
    await this.store.put(key, file.buffer);
    try {
      const id = await this.repo.dataSource.transaction(async (tx) => {
        await tx.query(`SELECT id FROM practice WHERE id = $1 FOR UPDATE`, [row.id]);
        const [{ n }] = await tx.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM practice_attachment WHERE practice_id = $1`, [row.id]);
        if (n >= L.attachmentsMax) throw badInput(`A practice can have at most ${L.attachmentsMax} attachments.`, { file: ['Too many attachments.'] });
        const [inserted] = await tx.query<{ id: string }[]>(
          `INSERT INTO practice_attachment (practice_id, storage_key, file_name, mime_type, size_bytes, alt_text, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [row.id, key, cleanFileName(file.originalName, type.ext), type.mime, file.buffer.length, alt, viewer.id],
        );
        await tx.query(`UPDATE practice SET updated_at = now() WHERE id = $1`, [row.id]);
        await this.audit.record(tx, { actorId: viewer.id, action: 'attachment.added', subjectType: 'practice', subjectId: row.id, details: { attachmentId: inserted.id } });
        return inserted.id;
      });
      return toAttachment((await this.find(id))!);
    } catch (error) {
      await this.store.removeAll([key]);
      throw error;
    }
  }

  async updateAltText(actor: Actor, id: string, altText: string): Promise<Attachment> {
    const attachment = await this.findOrFail(id);
    const practice = await this.repo.findBy('id', attachment.practice_id);
    const viewer = authorizePractice(actor, 'manageAttachments', toPractice(practice!));
    const alt = altText.trim();
    if (isImageType(attachment.mime_type) && !alt) throw badInput('Images need an alternative text describing them.', { altText: ['altText is required for images.'] });
    await this.repo.dataSource.query(`UPDATE practice_attachment SET alt_text = $2 WHERE id = $1`, [id, alt || null]);
    await this.audit.record(this.repo.dataSource.manager, { actorId: viewer.id, action: 'attachment.updated', subjectType: 'practice', subjectId: attachment.practice_id });
    return toAttachment((await this.find(id))!);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const attachment = await this.findOrFail(id);
    const practice = await this.repo.findBy('id', attachment.practice_id);
    const viewer = authorizePractice(actor, 'manageAttachments', toPractice(practice!));
    await this.repo.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM practice_attachment WHERE id = $1`, [id]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'attachment.removed', subjectType: 'practice', subjectId: attachment.practice_id, details: { fileName: attachment.file_name } });
    });
    await this.store.removeAll([attachment.storage_key]);
    return true;
  }

  /** The file for download, if the actor may see its practice (NOT_FOUND otherwise, so nothing leaks). */
  async open(actor: Actor, id: string): Promise<{ attachment: AttachmentRow; public: boolean; stream: Readable }> {
    const attachment = await this.find(id);
    const practice = attachment && (await this.repo.findBy('id', attachment.practice_id));
    if (!attachment || !practice || !hasPracticeRight(actor, 'view', toPractice(practice))) throw notFound('Attachment', id);
    return { attachment, public: practice.state === 'published', stream: await this.store.open(attachment.storage_key) };
  }

  private async find(id: string): Promise<AttachmentRow | null> {
    const rows = await this.repo.dataSource.query<AttachmentRow[]>(`SELECT * FROM practice_attachment WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  private async findOrFail(id: string): Promise<AttachmentRow> {
    const row = await this.find(id);
    if (!row) throw notFound('Attachment', id);
    return row;
  }
}

