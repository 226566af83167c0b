import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { graphQLMessages } from '../../../ui/errors';
import { TextAreaField, TextField } from '../../../ui/FormField';
import { formatDateTime } from '../../../ui/format';
import type { AccessibilityFeedbackInput } from '../../../graphql/generated';
import { SUBMIT_FEEDBACK_MUTATION, type AccessibilityFeedbackReceipt } from '../graphql/feedback.graphql';

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

  const [values, setValues] = useState<Values>(() => ({ message: '', name: '', email: '', pageUrl: initialPageUrl(fromPath) }));
  const [errors, setErrors] = useState<Errors>({});
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [receipt, setReceipt] = useState<AccessibilityFeedbackReceipt | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submit, { loading }] = useMutation(SUBMIT_FEEDBACK_MUTATION);

  const fieldErrors = Object.entries(errors) as [Field, string][];
  const hasProblems = fieldErrors.length > 0 || serverErrors.length > 0;

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

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  return (
    <form className="feedback-form" noValidate onSubmit={(e) => void handleSubmit(e)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('feedback.heading')}</h3>
      <p>{t('feedback.intro')}</p>

      {hasProblems && (
        <ErrorSummary
          headingLevel={4}
          focusKey={attempt}
          items={[
            ...fieldErrors.map(([field, message]) => ({ message, targetId: fieldId(field) })),
            ...serverErrors.map((message) => ({ message })),
          ]}
        />
      )}

      <TextAreaField
        id={fieldId('message')}
        label={t('feedback.message')}
        hint={t('feedback.messageHint', { min: LIMITS.feedbackMessageMin, max: LIMITS.feedbackMessageMax })}
        error={errors.message}
        required
        name="message"
        rows={6}
        maxLength={LIMITS.feedbackMessageMax}
        value={values.message}
        onChange={set('message')}
      />
      <TextField
        id={fieldId('name')}
        label={t('feedback.name')}
        error={errors.name}
        name="name"
        autoComplete="name"
        maxLength={LIMITS.feedbackNameMax}
        value={values.name}
        onChange={set('name')}
      />
      <TextField
        id={fieldId('email')}
        label={t('feedback.email')}
        hint={t('feedback.emailHint')}
        error={errors.email}
        name="email"
        type="email"
        autoComplete="email"
        maxLength={LIMITS.emailMax}
        value={values.email}
        onChange={set('email')}
      />
      <TextField
        id={fieldId('pageUrl')}
        label={t('feedback.pageUrl')}
        hint={t('feedback.pageUrlHint')}
        error={errors.pageUrl}
        name="pageUrl"
        type="url"
        maxLength={LIMITS.pageUrlMax}
        value={values.pageUrl}
        onChange={set('pageUrl')}
      />

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
