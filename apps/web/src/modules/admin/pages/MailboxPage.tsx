import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { formatDateTime } from '../../../ui/format';
import { AdminPage } from '../components/AdminPage';
import { DEV_MAILBOX_ENABLED_QUERY, DEV_MAILBOX_QUERY } from '../graphql/mailbox.graphql';

const MAILS_SHOWN = 50;

/** The mails the platform wrote while no SMTP server is configured (the embedded default). */
export default function MailboxPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.mailbox.title')} allowed={(a) => a.readMailbox}>
      {() => <Mailbox />}
    </AdminPage>
  );
}

function Mailbox() {
  const { t, i18n } = useTranslation();
  const enabled = useQuery(DEV_MAILBOX_ENABLED_QUERY);
  const { data, loading, error, refetch } = useQuery(DEV_MAILBOX_QUERY, {
    variables: { first: MAILS_SHOWN },
    skip: !enabled.data?.devMailboxEnabled,
    fetchPolicy: 'cache-and-network',
  });

  if (enabled.loading) return <p role="status">{t('common.loading')}</p>;
  if (enabled.error) return <QueryError error={enabled.error} />;
  if (!enabled.data?.devMailboxEnabled) {
    return (
      <div className="notice">
        <p>{t('admin.mailbox.disabled')}</p>
      </div>
    );
  }

  const mails = data?.devMailbox ?? [];
  return (
    <>
      <p className="lead">{t('admin.mailbox.intro')}</p>
      <button type="button" onClick={() => void refetch()} disabled={loading}>
        {t('admin.mailbox.refresh')}
      </button>
      <p role="status" className="result-count">
        {loading && !data ? t('common.loading') : data ? t('admin.mailbox.count', { count: mails.length }) : ''}
      </p>
      {error && <QueryError error={error} />}
      <ul className="card-list mail-list">
        {mails.map((mail) => (
          <li key={mail.id} className="card">
            <h2 className="card-title">{mail.subject}</h2>
            <dl className="card-meta">
              <div>
                <dt>{t('admin.mailbox.to')}</dt>
                <dd>{mail.to}</dd>
              </div>
              <div>
                <dt>{t('admin.mailbox.date')}</dt>
                <dd>{formatDateTime(mail.createdAt, i18n.resolvedLanguage)}</dd>
              </div>
            </dl>
            {/* Plain text on purpose: links in these mails are shown, not made clickable. */}
            <pre className="mail-text">{mail.text}</pre>
          </li>
        ))}
      </ul>
    </>
  );
}
