import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { graphQLMessages } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import {
  SUBMIT_FEEDBACK_MUTATION,
  type AccessibilityFeedbackInput,
  type AccessibilityFeedbackReceipt,
} from '../graphql/feedback.graphql';

type Field = 'message' | 'name' | 'email' | 'pageUrl';
type Values = Record<Field, string>;
type Errors = Partial<Record<Field, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Props {
  /** Page the user came from inside the app (router state), preferred over document.referrer. */
  fromPath?: string;
}

function initialPageUrl(fromPath: string | undefined): string {
  if (fromPath) return new URL(fromPath, window.location.origin).href;
  // Only our own pages: a foreign referrer is none of our business.
  const referrer = document.referrer;
  return referrer.startsWith(window.location.origin) ? referrer.slice(0, LIMITS.pageUrlMax) : '';
}

export function FeedbackForm({ fromPath }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const errorId = (field: Field) => `${id}-${field}-error`;

  const [values, setValues] = useState<Values>(() => ({ message: '', name: '', email: '', pageUrl: initialPageUrl(fromPath) }));
  const [errors, setErrors] = useState<Errors>({});
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [receipt, setReceipt] = useState<AccessibilityFeedbackReceipt | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [submit, { loading }] = useMutation(SUBMIT_FEEDBACK_MUTATION);

  const fieldErrors = Object.entries(errors) as [Field, string][];
  const hasProblems = fieldErrors.length > 0 || serverErrors.length > 0;

  // After a failed attempt, move focus to the summary so the problems are read out first.
  useEffect(() => {
    if (attempt > 0 && hasProblems) summaryRef.current?.focus();
  }, [attempt, hasProblems]);

  const validate = (v: Values): Errors => {
    const result: Errors = {};
    const message = v.message.trim();
    if (message.length === 0) result.message = t('feedback.errors.messageRequired');
    else if (message.length < LIMITS.feedbackMessageMin)
      result.message = t('feedback.errors.messageTooShort', { min: LIMITS.feedbackMessageMin });
    else if (message.length > LIMITS.feedbackMessageMax)
      result.message = t('feedback.errors.messageTooLong', { max: LIMITS.feedbackMessageMax });
    if (v.name.trim().length > LIMITS.feedbackNameMax) result.name = t('feedback.errors.nameTooLong', { max: LIMITS.feedbackNameMax });
    const email = v.email.trim();
    if (email && (email.length > LIMITS.emailMax || !EMAIL_PATTERN.test(email))) result.email = t('feedback.errors.emailInvalid');
    if (v.pageUrl.trim().length > LIMITS.pageUrlMax) result.pageUrl = t('feedback.errors.pageUrlTooLong', { max: LIMITS.pageUrlMax });
    return result;
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setReceipt(null);
    setServerErrors([]);
    const found = validate(values);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;

    const input: AccessibilityFeedbackInput = { message: values.message.trim() };
    if (values.name.trim()) input.name = values.name.trim();
    if (values.email.trim()) input.email = values.email.trim();
    if (values.pageUrl.trim()) input.pageUrl = values.pageUrl.trim();
    try {
      const result = await submit({ variables: { input } });
      if (result.data) {
        setReceipt(result.data.submitAccessibilityFeedback);
        setValues((v) => ({ ...v, message: '', name: '', email: '' }));
      }
    } catch (error) {
      setServerErrors(graphQLMessages(error) ?? [t('feedback.errors.network')]);
      setAttempt((n) => n + 1);
    }
  };

  const describedBy = (field: Field, hintId?: string) =>
    [hintId, errors[field] ? errorId(field) : undefined].filter(Boolean).join(' ') || undefined;

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  return (
    <form className="feedback-form" noValidate onSubmit={(e) => void handleSubmit(e)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('feedback.heading')}</h3>
      <p>{t('feedback.intro')}</p>

      {hasProblems && (
        <div ref={summaryRef} tabIndex={-1} className="error-summary" aria-labelledby={`${id}-summary`} role="group">
          <h4 id={`${id}-summary`}>{t('feedback.summaryHeading')}</h4>
          <ul>
            {fieldErrors.map(([field, message]) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`}>{message}</a>
              </li>
            ))}
            {serverErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="field">
        <label htmlFor={fieldId('message')}>
          {t('feedback.message')} <span className="required">({t('feedback.required')})</span>
        </label>
        <p id={`${id}-message-hint`} className="hint">
          {t('feedback.messageHint', { min: LIMITS.feedbackMessageMin, max: LIMITS.feedbackMessageMax })}
        </p>
        {errors.message && (
          <p id={errorId('message')} className="field-error">
            {errors.message}
          </p>
        )}
        <textarea
          id={fieldId('message')}
          name="message"
          rows={6}
          required
          aria-required="true"
          maxLength={LIMITS.feedbackMessageMax}
          value={values.message}
          onChange={set('message')}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', `${id}-message-hint`)}
        />
      </div>

      <div className="field">
        <label htmlFor={fieldId('name')}>
          {t('feedback.name')} <span className="optional">({t('feedback.optional')})</span>
        </label>
        {errors.name && (
          <p id={errorId('name')} className="field-error">
            {errors.name}
          </p>
        )}
        <input
          id={fieldId('name')}
          name="name"
          type="text"
          autoComplete="name"
          maxLength={LIMITS.feedbackNameMax}
          value={values.name}
          onChange={set('name')}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
        />
      </div>

      <div className="field">
        <label htmlFor={fieldId('email')}>
          {t('feedback.email')} <span className="optional">({t('feedback.optional')})</span>
        </label>
        <p id={`${id}-email-hint`} className="hint">
          {t('feedback.emailHint')}
        </p>
        {errors.email && (
          <p id={errorId('email')} className="field-error">
            {errors.email}
          </p>
        )}
        <input
          id={fieldId('email')}
          name="email"
          type="email"
          autoComplete="email"
          maxLength={LIMITS.emailMax}
          value={values.email}
          onChange={set('email')}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email', `${id}-email-hint`)}
        />
      </div>

      <div className="field">
        <label htmlFor={fieldId('pageUrl')}>
          {t('feedback.pageUrl')} <span className="optional">({t('feedback.optional')})</span>
        </label>
        <p id={`${id}-pageUrl-hint`} className="hint">
          {t('feedback.pageUrlHint')}
        </p>
        {errors.pageUrl && (
          <p id={errorId('pageUrl')} className="field-error">
            {errors.pageUrl}
          </p>
        )}
        <input
          id={fieldId('pageUrl')}
          name="pageUrl"
          type="url"
          maxLength={LIMITS.pageUrlMax}
          value={values.pageUrl}
          onChange={set('pageUrl')}
          aria-invalid={errors.pageUrl ? true : undefined}
          aria-describedby={describedBy('pageUrl', `${id}-pageUrl-hint`)}
        />
      </div>

      <p className="hint">{t('feedback.privacyHint')}</p>
      <button type="submit" disabled={loading}>
        {loading ? t('feedback.sending') : t('feedback.submit')}
      </button>

      {/* Present from the start so the confirmation is announced when it appears. */}
      <div role="status" className={receipt ? 'notice notice-success' : undefined}>
        {receipt &&
          t('feedback.success', { id: receipt.id, receivedAt: formatDateTime(receipt.receivedAt, i18n.resolvedLanguage) })}
      </div>
    </form>
  );
}
