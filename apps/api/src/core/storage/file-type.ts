import { readFile, stat } from 'node:fs/promises';
import { ATTACHMENT_TYPES, type AttachmentMimeType, PRACTICE_LIMITS } from '@praxisforum/domain';
import { fileTypeFromBuffer } from 'file-type';

/*
 * Attachment types are decided by the file's content alone: the file name and the client's
 * Content-Type are never consulted.
 *
 * Detection uses the `file-type` package (pinned to the 22.3.0 that @nestjs/common already
 * installs) rather than a hand-written detector: besides the plain signatures (PDF, PNG, JPEG,
 * WebP) it reads inside ZIP archives, telling DOCX/XLSX from a plain ZIP by the main part's
 * content type in [Content_Types].xml and ODT/ODS by the `mimetype` entry, which is the part a
 * small detector of our own would most likely get wrong. Its package.json asks for Node >= 22;
 * this version works on Node 20.20 both in the built app and under Jest (file-type.spec.ts runs
 * it against real sample files), so do not let it float to a newer release without re-running them.
 *
 * Pass the whole file, not a head. Given only a prefix of a ZIP, file-type guesses OOXML from
 * folder names (a plain ZIP with a `word/` folder would pass as DOCX), and LibreOffice writes
 * [Content_Types].xml as the last entry, so no fixed prefix is enough. Detection skips over ZIP
 * entries instead of unpacking them: a 20 MB file takes a few milliseconds. To fail closed, a
 * ZIP-based type is only accepted when the bytes end with the ZIP end-of-central-directory
 * record, so a truncated buffer gives null rather than a guess.
 */

/** How many leading bytes `detectAttachmentType` needs: all of them (attachments are at most this big). */
export const ATTACHMENT_DETECTION_BYTES: number = PRACTICE_LIMITS.attachmentBytesMax;

export interface DetectedAttachmentType {
  mime: AttachmentMimeType;
  /** File extension without a dot, as in ATTACHMENT_TYPES (e.g. "jpg", "docx"). */
  ext: string;
}

const ZIP_BASED = new Set<AttachmentMimeType>([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

const PDF_HEADER = new TextEncoder().encode('%PDF-');

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function isAttachmentMimeType(mime: string): mime is AttachmentMimeType {
  return Object.hasOwn(ATTACHMENT_TYPES, mime);
}

/** Whether the bytes end with a ZIP end-of-central-directory record (and its comment), i.e. are a whole archive. */
function endsWithZipDirectory(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50 && i + 22 + view.getUint16(i + 20, true) === bytes.length) return true;
  }
  return false;
}

/**
 * The attachment type of a file's content (the whole file, see above), or null when it is not
 * one of ATTACHMENT_TYPES, including content the detector cannot make sense of.
 */
export async function detectAttachmentType(head: Uint8Array): Promise<DetectedAttachmentType | null> {
  if (head.length === 0) return null;
  let mime: string | undefined;
  try {
    mime = (await fileTypeFromBuffer(head))?.mime;
  } catch {
    // Malformed content the parser gives up on is not an accepted attachment either.
    return null;
  }
  if (!mime || !isAttachmentMimeType(mime)) return null;
  if (ZIP_BASED.has(mime) && !endsWithZipDirectory(head)) return null;
  // file-type settles for "%PDF"; every PDF header continues with "-" and the version.
  if (mime === 'application/pdf' && !startsWith(head, PDF_HEADER)) return null;
  return { mime, ext: ATTACHMENT_TYPES[mime] };
}

/**
 * `detectAttachmentType` for an upload already written to a (temporary) file. Files larger than
 * the attachment limit are not read and give null.
 */
export async function detectAttachmentTypeOfFile(path: string): Promise<DetectedAttachmentType | null> {
  const { size } = await stat(path);
  if (size > ATTACHMENT_DETECTION_BYTES) return null;
  return detectAttachmentType(await readFile(path));
}
