import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../ui/CheckboxField';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { problemsFromError } from '../../../ui/problems';
import { CurrentPasswordField } from './fields';
import { DELETE_MY_ACCOUNT_MUTATION } from '../graphql/profile.graphql';
import { useEndSession } from '../hooks/useEndSession';
import { checkPasswordGiven, collect } from '../validation';

type Field = 'password' | 'deleteContributions';
const FIELDS: readonly Field[] = ['password', 'deleteContributions'];

/** Deleting the account takes two steps: the form, then an explicit confirmation. */
export function DeleteAccountForm() {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [password, setPassword] = useState('');
  const [deleteContributions, setDeleteContributions] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [deleteAccount, { loading }] = useMutation(DELETE_MY_ACCOUNT_MUTATION);
  const endSession = useEndSession();
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const fields = collect<Field>({ password: checkPasswordGiven(t, password), deleteContributions: undefined });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    setConfirming(true);
  };

  const handleConfirm = async () => {
    try {
      await deleteAccount({ variables: { input: { password, deleteContributions } } });
    } catch (error) {
      setConfirming(false);
      setPassword('');
      report(problemsFromError(t, error, { fields: FIELDS, context: 'deleteAccount' }));
      return;
    }
    await endSession('deleteAccount.deleted');
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="danger-zone">
      <h2 id={`${id}-heading`}>{t('deleteAccount.heading')}</h2>
      <p>{t('deleteAccount.intro')}</p>
      <form noValidate onSubmit={handleSubmit} className="account-form">
        <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={3} />
        <CurrentPasswordField
          id={fieldId('password')}
          error={problems.fields.password}
          name="password"
          value={password}
          readOnly={confirming}
          onChange={(e) => setPassword(e.target.value)}
        />
        <CheckboxField
          id={fieldId('deleteContributions')}
          label={t('deleteAccount.deleteContributions')}
          hint={t('deleteAccount.deleteContributionsHint')}
          error={problems.fields.deleteContributions}
          name="deleteContributions"
          checked={deleteContributions}
          disabled={confirming}
          onChange={(e) => setDeleteContributions(e.target.checked)}
        />
        {!confirming && <button type="submit">{t('deleteAccount.submit')}</button>}
      </form>
      {confirming && (
        <div className="notice notice-warning" role="group" aria-labelledby={`${id}-confirm`}>
          <h3 id={`${id}-confirm`} ref={confirmRef} tabIndex={-1}>
            {t('deleteAccount.confirmHeading')}
          </h3>
          <p>{deleteContributions ? t('deleteAccount.confirmWithContributions') : t('deleteAccount.confirmKeepContributions')}</p>
          <div className="button-row">
            <button type="button" className="button-danger" disabled={loading} onClick={() => void handleConfirm()}>
              {loading ? t('deleteAccount.deleting') : t('deleteAccount.confirm')}
            </button>
            <button type="button" className="button-secondary" disabled={loading} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
