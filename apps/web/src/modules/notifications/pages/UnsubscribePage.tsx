import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { errorMessages } from '../../../ui/problems';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { UNSUBSCRIBE_MUTATION } from '../graphql/notifications.graphql';

/**
 * `/abmelden?token=…`: the unsubscribe link of every e-mail. A button, not an automatic request on
 * load, so link checkers and mail scanners that open links do not unsubscribe anyone.
 */
export default function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.unsubscribe.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [unsubscribe, { loading }] = useMutation(UNSUBSCRIBE_MUTATION);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async () => {
    setFailure(null);
    try {
      await unsubscribe({ variables: { token } });
      setDone(true);
    } catch (e) {
      setFailure(errorMessages(t, e, 'notifications.unsubscribe').join(' '));
    }
  };

  return (
    <>
      <PageHeading>{t('notifications.unsubscribe.title')}</PageHeading>
      {!token ? (
        <p className="notice notice-error">{t('notifications.unsubscribe.noToken')}</p>
      ) : (
        !done && (
          <>
            <p>{t('notifications.unsubscribe.intro')}</p>
            <button type="button" onClick={() => void confirm()} disabled={loading} aria-busy={loading}>
              {loading ? t('common.sending') : t('notifications.unsubscribe.confirm')}
            </button>
          </>
        )
      )}
      {failure && (
        <p role="alert" className="notice notice-error">
          {failure}
        </p>
      )}
      <StatusMessage takeFocus>
        {done && (
          <>
            <p>{t('notifications.unsubscribe.done')}</p>
            <p>
              <Link to="/konto/benachrichtigungen">{t('notifications.unsubscribe.settings')}</Link>
            </p>
          </>
        )}
      </StatusMessage>
    </>
  );
}
