import { useId, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES, PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { formatNumber } from '../../../ui/format';
import { apiErrorMessage, errorMessages } from '../../../ui/problems';
import { EDITOR_ATTACHMENT_FIELDS } from '../graphql/fragments';
import { DELETE_ATTACHMENT_MUTATION, UPDATE_ATTACHMENT_ALT_TEXT_MUTATION } from '../graphql/editor.graphql';
import type { EditorAttachment } from '../graphql/types';
import { looksLikeImage, uploadAttachment, UploadError } from '../upload';
import { ConfirmAction } from './ConfirmAction';
import { EditorField, EditorTextField } from './fields';

/** What the file input offers; the API checks the content, whatever the name says. */
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.odt,.ods';

type UploadField = 'file' | 'altText';

interface Props {
  practiceId: string;
  attachments: readonly EditorAttachment[];
  canManage: boolean;
}

function useSizeText() {
  const { i18n } = useTranslation();
  return (bytes: number) => {
    const mb = bytes / (1024 * 1024);
    const [value, unit] = mb >= 1 ? [mb, 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte'];
    return formatNumber(value, i18n.resolvedLanguage, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
  };
}

const typeName = (mime: string) => (ATTACHMENT_TYPES[mime as keyof typeof ATTACHMENT_TYPES] ?? mime).toUpperCase();

/** Files of the practice: the list (alt text, delete) and the upload form. */
export function AttachmentsSection({ practiceId, attachments, canManage }: Props) {
  const { t } = useTranslation();
  const sizeText = useSizeText();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const full = attachments.length >= L.attachmentsMax;

  return (
    <>
      <p className="hint">{t('practiceEditor.attachments.intro', { max: L.attachmentsMax, size: sizeText(L.attachmentBytesMax) })}</p>
      {attachments.length === 0 ? (
        <p>{t('practiceEditor.attachments.none')}</p>
      ) : (
        <ul className="editor-attachments">
          {attachments.map((a) => (
            <AttachmentItem key={a.id} practiceId={practiceId} attachment={a} canManage={canManage} onOutcome={setOutcome} sizeText={sizeText} />
          ))}
        </ul>
      )}
      <ActionOutcome outcome={outcome} />
      {canManage && (full ? <p>{t('practiceEditor.attachments.full', { max: L.attachmentsMax })}</p> : <UploadForm practiceId={practiceId} />)}
    </>
  );
}

function AttachmentItem({
  practiceId,
  attachment,
  canManage,
  onOutcome,
  sizeText,
}: {
  practiceId: string;
  attachment: EditorAttachment;
  canManage: boolean;
  onOutcome: (outcome: Outcome) => void;
  sizeText: (bytes: number) => string;
}) {
  const { t } = useTranslation();
  const [deleteAttachment] = useMutation(DELETE_ATTACHMENT_MUTATION);
  const image = attachment.mimeType.startsWith('image/');

  const remove = async () => {
    onOutcome(null);
    try {
      await deleteAttachment({
        variables: { id: attachment.id },
        update(cache) {
          cache.modify<{ attachments: Reference[] }>({
            id: cache.identify({ __typename: 'Practice', id: practiceId }),
            fields: {
              attachments: (existing, { readField }) => existing.filter((ref) => readField('id', ref) !== attachment.id),
            },
          });
          cache.evict({ id: cache.identify(attachment) });
        },
      });
      onOutcome({ ok: true, text: t('practiceEditor.attachments.deleted', { name: attachment.fileName }) });
    } catch (error) {
      onOutcome({ ok: false, text: errorMessages(t, error, 'practiceEditor').join(' ') });
    }
  };

  return (
    <li className="editor-attachment">
      <p>
        <a href={attachment.url}>{attachment.fileName}</a>{' '}
        <span className="hint">({t('practiceEditor.attachments.meta', { type: typeName(attachment.mimeType), size: sizeText(attachment.sizeBytes) })})</span>
      </p>
      {attachment.altText ? (
        <p className="hint">{t('practiceEditor.attachments.altTextIs', { altText: attachment.altText })}</p>
      ) : image ? (
        <p className="attachment-warning">{t('practiceEditor.attachments.altTextMissing')}</p>
      ) : (
        <p className="hint">{t('practiceEditor.attachments.noAltText')}</p>
      )}
      {canManage && (
        <div className="button-row">
          <AltTextEditor attachment={attachment} />
          <ConfirmAction
            label={t('practiceEditor.attachments.delete')}
            ariaLabel={t('practiceEditor.form.actionOn', { action: t('practiceEditor.attachments.delete'), item: attachment.fileName })}
            heading={t('practiceEditor.attachments.deleteHeading', { name: attachment.fileName })}
            confirmLabel={t('practiceEditor.attachments.deleteConfirm')}
            busyLabel={t('practiceEditor.attachments.deleting')}
            onConfirm={remove}
            danger
            headingLevel={4}
          >
            <p>{t('practiceEditor.attachments.deleteText')}</p>
          </ConfirmAction>
        </div>
      )}
    </li>
  );
}

function AltTextEditor({ attachment }: { attachment: EditorAttachment }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(attachment.altText ?? '');
  const [error, setError] = useState<string>();
  const [updateAltText, { loading }] = useMutation(UPDATE_ATTACHMENT_ALT_TEXT_MUTATION);
  const image = attachment.mimeType.startsWith('image/');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    if (image && !text) return setError(t('practiceEditor.attachments.errors.altRequired'));
    if (text.length > L.attachmentAltMax) return setError(t('practiceEditor.errors.tooLong', { max: L.attachmentAltMax }));
    setError(undefined);
    try {
      await updateAltText({ variables: { id: attachment.id, altText: text } });
      setOpen(false);
    } catch (e) {
      setError(errorMessages(t, e, 'practiceEditor').join(' '));
    }
  };

  if (!open) {
    return (
      <button
        type="button"
        className="button-secondary"
        aria-label={t('practiceEditor.form.actionOn', { action: t('practiceEditor.attachments.editAltText'), item: attachment.fileName })}
        onClick={() => setOpen(true)}
      >
        {t('practiceEditor.attachments.editAltText')}
      </button>
    );
  }
  return (
    <form noValidate onSubmit={(e) => void save(e)} className="inline-form" aria-label={t('practiceEditor.attachments.altTextFormLabel', { name: attachment.fileName })}>
      <EditorTextField
        id={`${id}-alt`}
        label={t('practiceEditor.attachments.altText')}
        need={image ? 'required' : 'optional'}
        maxLength={L.attachmentAltMax}
        error={error}
        value={value}
        // Opened on request, so moving focus into it is expected.
        autoFocus
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" disabled={loading}>
        {loading ? t('common.saving') : t('practiceEditor.attachments.saveAltText')}
      </button>
      <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

function UploadForm({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: UploadField) => `${id}-${field}`;
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [altText, setAltText] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const [uploading, setUploading] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { problems, attempt, report, clear } = useFormProblems<UploadField>();
  const image = file ? looksLikeImage(file) : false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const fields: Partial<Record<UploadField, string>> = {};
    if (!file) fields.file = t('practiceEditor.attachments.errors.noFile');
    else if (file.size > L.attachmentBytesMax) fields.file = t('practiceEditor.attachments.errors.tooLarge', { max: L.attachmentBytesMax / 1024 / 1024 });
    else if (file.size === 0) fields.file = t('practiceEditor.attachments.errors.empty');
    if (image && !altText.trim()) fields.altText = t('practiceEditor.attachments.errors.altRequired');
    else if (altText.trim().length > L.attachmentAltMax) fields.altText = t('practiceEditor.errors.tooLong', { max: L.attachmentAltMax });
    if (!file || Object.keys(fields).length > 0) return report({ fields, general: [] });

    clear();
    setUploading(true);
    try {
      const attachment = await uploadAttachment(practiceId, file, altText.trim());
      // Add it to the practice in the cache, so the list shows it without reloading everything.
      const ref = client.cache.writeFragment({ data: attachment, fragment: EDITOR_ATTACHMENT_FIELDS, fragmentName: 'EditorAttachmentFields' });
      client.cache.modify<{ attachments: Reference[] }>({
        id: client.cache.identify({ __typename: 'Practice', id: practiceId }),
        fields: { attachments: (existing) => (ref ? [...existing, ref] : existing) },
      });
      setDone(t('practiceEditor.attachments.uploaded', { name: attachment.fileName }));
      setFile(null);
      setAltText('');
      setInputKey((k) => k + 1);
    } catch (error) {
      report(uploadProblems(error));
    } finally {
      setUploading(false);
    }
  };

  const uploadProblems = (error: unknown) => {
    if (!(error instanceof UploadError)) return { fields: {}, general: [t('errors.network')] };
    // The API's sentence says exactly what was wrong (type, size, count); it goes next to its field.
    const target = (['altText', 'file'] as const).find((f) => error.fields[f]?.length);
    const message =
      error.code === 'BAD_USER_INPUT'
        ? t('practiceEditor.attachments.errors.rejected', { message: error.message })
        : apiErrorMessage(t, { code: error.code, message: error.message, fields: {}, retryAfterSeconds: undefined }, 'practiceEditor');
    return target ? { fields: { [target]: message }, general: [] } : { fields: {}, general: [message] };
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="upload-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('practiceEditor.attachments.uploadHeading')}</h3>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={4} />
      <EditorField id={fieldId('file')} label={t('practiceEditor.attachments.file')} hint={t('practiceEditor.attachments.fileHint')} error={problems.fields.file} need="required">
        {(control) => (
          <input key={inputKey} {...control} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        )}
      </EditorField>
      <EditorTextField
        id={fieldId('altText')}
        label={t('practiceEditor.attachments.altText')}
        hint={t('practiceEditor.attachments.altTextHint')}
        need={image ? 'required' : 'optional'}
        maxLength={L.attachmentAltMax}
        error={problems.fields.altText}
        value={altText}
        onChange={(e) => setAltText(e.target.value)}
      />
      <button type="submit" disabled={uploading} aria-busy={uploading || undefined}>
        {uploading ? t('practiceEditor.attachments.uploading') : t('practiceEditor.attachments.upload')}
      </button>
      <div role="status" className={done ? 'notice notice-success' : undefined}>
        {done && <p>{done}</p>}
      </div>
    </form>
  );
}
