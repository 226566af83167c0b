import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { problemsFromError } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { NewPasswordField, RepeatPasswordField } from '../components/fields';
import { RESET_PASSWORD_MUTATION } from '../graphql/account.graphql';
import { checkNewPassword, collect } from '../validation';

type Field = 'password' | 'repeat';
const FIELDS: readonly Field[] = ['password', 'repeat'];

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.title'));
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [resetPassword, { loading }] = useMutation(RESET_PASSWORD_MUTATION);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = collect<Field>({
      password: checkNewPassword(t, password),
      repeat: repeat === password ? undefined : t('errors.fields.repeat.mismatch'),
    });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    try {
      await resetPassword({ variables: { input: { token, password } } });
      setDone(true);
      setPassword('');
      setRepeat('');
    } catch (error) {
      report(problemsFromError(t, error, { fields: FIELDS, context: 'resetPassword' }));
    }
  };

  if (!token) {
    return (
      <>
        <PageHeading>{t('resetPassword.title')}</PageHeading>
        <div role="alert" className="notice notice-error">
          <p>{t('resetPassword.errors.TOKEN_INVALID')}</p>
        </div>
        <p>
          <Link to="/passwort-vergessen">{t('resetPassword.newLink')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('resetPassword.title')}</PageHeading>
      <StatusMessage takeFocus>
        {done && (
          <p>
            {t('resetPassword.success')} <Link to="/anmelden">{t('resetPassword.signInLink')}</Link>
          </p>
        )}
      </StatusMessage>
      {!done && (
        <>
          <p className="lead">{t('resetPassword.intro')}</p>
          <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form">
            <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={2} />
            <NewPasswordField
              id={fieldId('password')}
              error={problems.fields.password}
              name="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <RepeatPasswordField
              id={fieldId('repeat')}
              error={problems.fields.repeat}
              name="repeat"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
            <button type="submit" disabled={loading}>
              {loading ? t('common.saving') : t('resetPassword.submit')}
            </button>
          </form>
          <p>
            <Link to="/passwort-vergessen">{t('resetPassword.newLink')}</Link>
          </p>
        </>
      )}
    </>
  );
}
