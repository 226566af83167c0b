import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { problemsFromError } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { EmailField } from '../components/fields';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../graphql/account.graphql';
import { checkEmail, collect } from '../validation';

type Field = 'email';
const FIELDS: readonly Field[] = ['email'];

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [requestReset, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    const fields = collect<Field>({ email: checkEmail(t, email) });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    try {
      await requestReset({ variables: { input: { email: email.trim() } } });
      // The same answer for known and unknown addresses: nobody can probe for accounts here.
      setSentTo(email.trim());
    } catch (error) {
      report(problemsFromError(t, error, { fields: FIELDS, context: 'forgotPassword' }));
    }
  };

  return (
    <>
      <PageHeading>{t('forgotPassword.title')}</PageHeading>
      <p className="lead">{t('forgotPassword.intro')}</p>
      <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form">
        <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={2} />
        <EmailField id={fieldId('email')} error={problems.fields.email} name="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit" disabled={loading}>
          {loading ? t('common.sending') : t('forgotPassword.submit')}
        </button>
        <StatusMessage>{sentTo && <p>{t('forgotPassword.success', { email: sentTo })}</p>}</StatusMessage>
      </form>
      <p>
        <Link to="/anmelden">{t('common.backToSignIn')}</Link>
      </p>
    </>
  );
}
