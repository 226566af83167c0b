import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { StatusMessage } from '../../../ui/StatusMessage';
import { problemsFromError } from '../../../ui/problems';
import { CurrentPasswordField, NewPasswordField, RepeatPasswordField } from './fields';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/profile.graphql';
import { checkNewPassword, checkPasswordGiven, collect } from '../validation';

type Field = 'currentPassword' | 'newPassword' | 'repeat';
const FIELDS: readonly Field[] = ['currentPassword', 'newPassword', 'repeat'];

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const fields = collect<Field>({
      currentPassword: checkPasswordGiven(t, currentPassword),
      newPassword: checkNewPassword(t, newPassword),
      repeat: repeat === newPassword ? undefined : t('errors.fields.repeat.mismatch'),
    });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
    } catch (error) {
      // Password strength problems come as `password`: here that is the new one.
      report(problemsFromError(t, error, { fields: FIELDS, aliases: { password: 'newPassword' }, context: 'changePassword' }));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('changePassword.heading')}</h2>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={3} />
      <CurrentPasswordField
        id={fieldId('currentPassword')}
        error={problems.fields.currentPassword}
        name="currentPassword"
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
      />
      <NewPasswordField
        id={fieldId('newPassword')}
        error={problems.fields.newPassword}
        name="newPassword"
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
      />
      <RepeatPasswordField
        id={fieldId('repeat')}
        error={problems.fields.repeat}
        name="repeat"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
      />
      <button type="submit" disabled={loading}>
        {loading ? t('common.saving') : t('changePassword.submit')}
      </button>
      <StatusMessage>{done && <p>{t('changePassword.success')}</p>}</StatusMessage>
    </form>
  );
}
