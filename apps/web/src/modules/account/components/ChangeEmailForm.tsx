import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { StatusMessage } from '../../../ui/StatusMessage';
import { problemsFromError } from '../../../ui/problems';
import { CurrentPasswordField, EmailField } from './fields';
import { REQUEST_EMAIL_CHANGE_MUTATION } from '../graphql/profile.graphql';
import { checkEmail, checkPasswordGiven, collect } from '../validation';

type Field = 'newEmail' | 'password';
const FIELDS: readonly Field[] = ['newEmail', 'password'];

export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [requestChange, { loading }] = useMutation(REQUEST_EMAIL_CHANGE_MUTATION);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    const fields = collect<Field>({
      newEmail: checkEmail(t, newEmail) ?? (newEmail.trim().toLowerCase() === currentEmail.toLowerCase() ? t('errors.fields.newEmail.same') : undefined),
      password: checkPasswordGiven(t, password),
    });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    try {
      await requestChange({ variables: { input: { newEmail: newEmail.trim(), password } } });
      setSentTo(newEmail.trim());
      setNewEmail('');
      setPassword('');
    } catch (error) {
      // The API reports an invalid address under `email` in some paths.
      report(problemsFromError(t, error, { fields: FIELDS, aliases: { email: 'newEmail' }, context: 'changeEmail' }));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('changeEmail.heading')}</h2>
      <p>{t('changeEmail.intro', { email: currentEmail })}</p>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={3} />
      <EmailField
        id={fieldId('newEmail')}
        label={t('changeEmail.newEmail')}
        error={problems.fields.newEmail}
        name="newEmail"
        value={newEmail}
        onChange={(e) => setNewEmail(e.target.value)}
      />
      <CurrentPasswordField
        id={fieldId('password')}
        error={problems.fields.password}
        name="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={loading}>
        {loading ? t('common.sending') : t('changeEmail.submit')}
      </button>
      <StatusMessage>{sentTo && <p>{t('changeEmail.success', { email: sentTo })}</p>}</StatusMessage>
    </form>
  );
}
