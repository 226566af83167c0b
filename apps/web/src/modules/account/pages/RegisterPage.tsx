import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { CheckboxField } from '../../../ui/CheckboxField';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { problemsFromError } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { DisplayNameField, EmailField, NewPasswordField } from '../components/fields';
import { REGISTER_MUTATION } from '../graphql/account.graphql';
import { checkDisplayName, checkEmail, checkNewPassword, collect } from '../validation';

type Field = 'email' | 'displayName' | 'password' | 'acceptPrivacyNotice';
const FIELDS: readonly Field[] = ['email', 'displayName', 'password', 'acceptPrivacyNotice'];

export default function RegisterPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('register.title'));
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [register, { loading }] = useMutation(REGISTER_MUTATION);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = collect<Field>({
      email: checkEmail(t, email),
      displayName: checkDisplayName(t, displayName),
      password: checkNewPassword(t, password),
      acceptPrivacyNotice: accepted ? undefined : t('errors.fields.acceptPrivacyNotice.required'),
    });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    try {
      await register({
        variables: {
          input: {
            email: email.trim(),
            displayName: displayName.trim(),
            password,
            locale: currentLanguage(i18n.resolvedLanguage) === 'en' ? 'EN' : 'DE',
            acceptPrivacyNotice: true,
          },
        },
      });
      setSentTo(email.trim());
      setPassword('');
    } catch (error) {
      report(problemsFromError(t, error, { fields: FIELDS, context: 'register' }));
    }
  };

  return (
    <>
      <PageHeading>{t('register.title')}</PageHeading>
      {/* The form goes away after success, so the confirmation takes focus. */}
      <StatusMessage takeFocus>
        {sentTo && (
          <>
            <p>{t('register.success', { email: sentTo })}</p>
            <p>{t('register.successHint')}</p>
          </>
        )}
      </StatusMessage>
      {!sentTo && (
        <>
          <p className="lead">{t('register.intro')}</p>
          <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form">
            <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={2} />
            <EmailField
              id={fieldId('email')}
              error={problems.fields.email}
              name="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <DisplayNameField
              id={fieldId('displayName')}
              error={problems.fields.displayName}
              name="displayName"
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
            />
            <NewPasswordField
              id={fieldId('password')}
              label={t('fields.password')}
              error={problems.fields.password}
              name="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <CheckboxField
              id={fieldId('acceptPrivacyNotice')}
              label={t('register.acceptPrivacy')}
              hint={
                <Link to="/datenschutz" target="_blank">
                  {t('register.privacyLink')}
                </Link>
              }
              error={problems.fields.acceptPrivacyNotice}
              required
              aria-required
              name="acceptPrivacyNotice"
              checked={accepted}
              onChange={(e) => setAccepted(e.target.checked)}
            />
            <button type="submit" disabled={loading}>
              {loading ? t('common.sending') : t('register.submit')}
            </button>
          </form>
          <p>
            {t('register.haveAccount')} <Link to="/anmelden">{t('register.signInLink')}</Link>
          </p>
        </>
      )}
    </>
  );
}
