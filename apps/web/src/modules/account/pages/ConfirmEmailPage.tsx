import { useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { errorCode } from '../../../ui/errors';
import { errorMessages } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { CONFIRM_EMAIL_MUTATION } from '../graphql/account.graphql';
import { useMe } from '../hooks/useMe';

/** Target of the link in the confirmation mail: confirms the address as soon as it opens. */
export default function ConfirmEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('confirmEmail.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { me } = useMe();
  const [confirm, { data, error }] = useMutation(CONFIRM_EMAIL_MUTATION);
  // A token works once: StrictMode's second effect run must not send it again.
  const sentToken = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sentToken.current === token) return;
    sentToken.current = token;
    confirm({ variables: { input: { token } } }).catch(() => {
      // Shown from the mutation's error state.
    });
  }, [token, confirm]);

  const code = errorCode(error);

  return (
    <>
      <PageHeading>{t('confirmEmail.title')}</PageHeading>
      {!token && (
        <div role="alert" className="notice notice-error">
          <p>{t('confirmEmail.errors.TOKEN_INVALID')}</p>
        </div>
      )}
      {token && !data && !error && <p role="status">{t('confirmEmail.checking')}</p>}
      {data?.confirmEmail && (
        <div role="status" className="notice notice-success">
          <p>{t('confirmEmail.success')}</p>
          <p>{me ? <Link to="/konto">{t('confirmEmail.accountLink')}</Link> : <Link to="/anmelden">{t('confirmEmail.signInLink')}</Link>}</p>
        </div>
      )}
      {error && (
        <div role="alert" className="notice notice-error">
          {errorMessages(t, error, 'confirmEmail').map((message) => (
            <p key={message}>{message}</p>
          ))}
          {code !== 'TOKEN_USED' && <p>{t('confirmEmail.newLinkHint')}</p>}
          <p>{me ? <Link to="/konto">{t('confirmEmail.accountLink')}</Link> : <Link to="/anmelden">{t('confirmEmail.signInLink')}</Link>}</p>
        </div>
      )}
    </>
  );
}
