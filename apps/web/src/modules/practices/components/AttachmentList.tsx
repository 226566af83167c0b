import { useTranslation } from 'react-i18next';
import { isImageType } from '@praxisforum/domain';
import { fileTypeLabel, formatFileSize } from '../format';
import type { PracticeDetail } from '../graphql/types';

/**
 * Files as download links with type and size. Images also show as thumbnails with their
 * alternative text (same origin, so no external request); the link beside them names the file.
 */
export function AttachmentList({ attachments }: { attachments: PracticeDetail['attachments'] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  return (
    <ul className="attachment-list">
      {attachments.map((a) => (
        <li key={a.id}>
          {isImageType(a.mimeType) && (
            // Without alt text the thumbnail is decorative: the file name follows as a link.
            <img src={a.url} alt={a.altText ?? ''} className="attachment-thumb" loading="lazy" width={160} height={120} />
          )}
          <span>
            <a href={a.url}>{a.fileName}</a>{' '}
            <span className="card-meta">({t('practices.attachments.meta', { type: fileTypeLabel(a.mimeType), size: formatFileSize(a.sizeBytes, lng) })})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
