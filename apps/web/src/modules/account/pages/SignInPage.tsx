import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { PageHeading } from '../../../ui/PageHeading';
import { problemsFromError } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { CurrentPasswordField, EmailField } from '../components/fields';
import { SIGN_IN_MUTATION } from '../graphql/account.graphql';
import { rememberSignedIn } from '../hooks/useMe';
import { safeNextPath } from '../nextPath';
import { checkEmail, checkPasswordGiven, collect } from '../validation';

type Field = 'email' | 'password';
const FIELDS: readonly Field[] = ['email', 'password'];

export default function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [signIn, { loading }] = useMutation(SIGN_IN_MUTATION, {
    update(cache, { data }) {
      rememberSignedIn(cache, data?.signIn);
    },
  });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = collect<Field>({ email: checkEmail(t, email), password: checkPasswordGiven(t, password) });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    try {
      await signIn({ variables: { input: { email: email.trim(), password } } });
    } catch (error) {
      setPassword('');
      report(problemsFromError(t, error, { fields: FIELDS, context: 'signIn' }));
      return;
    }
    await navigate(safeNextPath(params.get('next')), { replace: true });
  };

  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form">
        <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={2} />
        <EmailField
          id={fieldId('email')}
          error={problems.fields.email}
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <CurrentPasswordField
          id={fieldId('password')}
          label={t('fields.password')}
          error={problems.fields.password}
          name="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" disabled={loading}>
          {loading ? t('signIn.sending') : t('signIn.submit')}
        </button>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/passwort-vergessen">{t('signIn.forgotLink')}</Link>
        </li>
        <li>
          {t('signIn.noAccount')} <Link to="/registrieren">{t('signIn.registerLink')}</Link>
        </li>
      </ul>
    </>
  );
}
