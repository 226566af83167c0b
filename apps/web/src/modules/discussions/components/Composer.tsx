import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { problemsFromError } from '../../../ui/problems';
import { ComposerField } from './ComposerField';

export interface QuoteRef {
  id: string;
  number: number;
  authorName: string;
}

interface Props {
  label: string;
  submitLabel: string;
  busyLabel?: string;
  initialValue?: string;
  /** The post being quoted, shown above the field with a way to remove it. */
  quote?: QuoteRef | null;
  onRemoveQuote?: () => void;
  /** Sends the text; throws the API's error on failure. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  /** Empty the field after a successful send (replies); edits close instead. */
  clearOnSuccess?: boolean;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  max?: number;
  min?: number;
  mentions?: boolean;
}

/** A form around `ComposerField` for replies, edits and messages, with limits checked before sending. */
export function Composer({
  label,
  submitLabel,
  busyLabel,
  initialValue = '',
  quote,
  onRemoveQuote,
  onSubmit,
  onCancel,
  clearOnSuccess = false,
  headingLevel,
  textareaRef,
  max = DISCUSSION_LIMITS.bodyMax,
  min = DISCUSSION_LIMITS.bodyMin,
  mentions = true,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = `${id}-body`;
  const [body, setBody] = useState(initialValue);
  const [busy, setBusy] = useState(false);
  const { problems, attempt, report, clear } = useFormProblems<'body'>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const length = [...body.trim()].length;
    if (length < min || length > max) {
      report({ fields: { body: t(length < min ? 'discussions.composer.tooShort' : 'discussions.composer.tooLong', { min, max }) }, general: [] });
      return;
    }
    setBusy(true);
    try {
      await onSubmit(body);
      clear();
      if (clearOnSuccess) setBody('');
    } catch (error) {
      report(problemsFromError(t, error, { fields: ['body'], context: 'discussions' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="composer" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={() => fieldId} headingLevel={headingLevel} />
      {quote && (
        <div className="composer-quote">
          <p>{t('discussions.composer.quoting', { number: quote.number, author: quote.authorName })}</p>
          <button type="button" className="button-secondary" onClick={onRemoveQuote}>
            {t('discussions.composer.removeQuote')}
          </button>
        </div>
      )}
      <ComposerField id={fieldId} label={label} value={body} onChange={setBody} error={problems.fields.body} max={max} textareaRef={textareaRef} mentions={mentions} />
      <div className="button-row">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? (busyLabel ?? t('common.sending')) : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
