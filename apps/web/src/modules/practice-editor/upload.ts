import { CSRF_HEADERS } from '../../app/apollo';
import type { EditorAttachment } from './graphql/types';

/** A refused upload as the API describes it: `{ code, message, fields? }`. */
export class UploadError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** File names the browser offers for images; only for the form's hints, the API decides by content. */
const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp)$/i;

export function looksLikeImage(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type.startsWith('image/') || IMAGE_EXTENSIONS.test(file.name);
}

/**
 * Uploads one file by REST (GraphQL carries no files here): multipart with `file` and `altText`,
 * the CSRF header the API requires of every change (as the Apollo link sends it), and the session
 * cookie. Resolves to the stored attachment; rejects with an `UploadError` (or a TypeError when
 * the server is unreachable).
 */
export async function uploadAttachment(practiceId: string, file: File, altText: string): Promise<EditorAttachment> {
  const body = new FormData();
  body.append('file', file, file.name);
  body.append('altText', altText);
  const response = await fetch(`/api/practices/${encodeURIComponent(practiceId)}/attachments`, {
    method: 'POST',
    body,
    headers: { ...CSRF_HEADERS },
    credentials: 'same-origin',
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const answer = (json ?? {}) as { code?: unknown; message?: unknown; fields?: unknown };
    const fields =
      answer.fields && typeof answer.fields === 'object'
        ? Object.fromEntries(
            Object.entries(answer.fields as Record<string, unknown>).map(([name, list]) => [
              name,
              (Array.isArray(list) ? list : [list]).filter((m): m is string => typeof m === 'string'),
            ]),
          )
        : {};
    throw new UploadError(
      typeof answer.code === 'string' ? answer.code : undefined,
      typeof answer.message === 'string' ? answer.message : `HTTP ${response.status}`,
      fields,
    );
  }
  // The REST answer is the plain Attachment; the cache needs its type name.
  return { ...(json as Omit<EditorAttachment, '__typename'>), __typename: 'Attachment' };
}
