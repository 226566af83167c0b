import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import { TextAreaField } from '../../../ui/FormField';

interface Props {
  heading: string;
  label: string;
  submitLabel: string;
  /** A reason is required (hide, reject) or may be left empty (lock, move). */
  required: boolean;
  /** Sends; resolves to an error text, or null on success. */
  onSubmit: (reason: string) => Promise<string | null>;
  onCancel: () => void;
  headingLevel?: 3 | 4 | 5;
  /** Further fields before the reason (e.g. the target of a move). */
  children?: ReactNode;
}

/** A moderation step that asks "why" in place, with the limits of the audit log's reason. */
export function ReasonForm({ heading, label, submitLabel, required, onSubmit, onCancel, headingLevel = 4, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const Heading = `h${headingLevel}` as const;
  const { moderationReasonMin: min, moderationReasonMax: max } = DISCUSSION_LIMITS;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const length = reason.trim().length;
    if ((required || length > 0) && (length < min || length > max)) {
      setError(t('discussions.moderation.reasonLength', { min, max }));
      return;
    }
    setBusy(true);
    const failure = await onSubmit(reason.trim());
    setBusy(false);
    if (failure) setError(failure);
  };

  return (
    <form className="notice notice-warning reason-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <Heading id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      {children}
      <TextAreaField
        label={label}
        hint={t('discussions.moderation.reasonHint', { min, max })}
        required={required}
        error={error}
        rows={3}
        maxLength={max}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
