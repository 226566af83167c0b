import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { StatusMessage } from '../../../ui/StatusMessage';
import { formatDateTime } from '../../../ui/format';
import { errorMessages } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AccountNav } from '../components/AccountNav';
import { RequireSignIn } from '../components/RequireSignIn';
import { MY_SESSIONS_QUERY, REVOKE_SESSION_MUTATION, SIGN_OUT_EVERYWHERE_MUTATION } from '../graphql/profile.graphql';
import type { Session } from '../graphql/types';
import { useEndSession } from '../hooks/useEndSession';
import { describeUserAgent } from '../userAgent';

export default function SessionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('sessions.title'));
  return (
    <>
      <PageHeading>{t('sessions.title')}</PageHeading>
      <RequireSignIn>
        {() => (
          <>
            <AccountNav />
            <SessionList />
          </>
        )}
      </RequireSignIn>
    </>
  );
}

function SessionList() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const { data, loading, error } = useQuery(MY_SESSIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(REVOKE_SESSION_MUTATION);
  const [signOutEverywhere, { loading: endingAll }] = useMutation(SIGN_OUT_EVERYWHERE_MUTATION);
  const endSession = useEndSession();
  const [revoked, setRevoked] = useState<string | null>(null);
  const [failure, setFailure] = useState<string[]>([]);
  const [busyId, setBusyId] = useState<string | null>(null);

  const handleRevoke = async (session: Session) => {
    setRevoked(null);
    setFailure([]);
    setBusyId(session.id);
    try {
      await revoke({
        variables: { id: session.id },
        update(cache) {
          cache.updateQuery({ query: MY_SESSIONS_QUERY }, (existing) =>
            existing ? { mySessions: existing.mySessions.filter((s) => s.id !== session.id) } : existing,
          );
        },
      });
      setRevoked(deviceName(t, session));
    } catch (e) {
      setFailure(errorMessages(t, e));
    } finally {
      setBusyId(null);
    }
  };

  const handleSignOutEverywhere = async () => {
    setFailure([]);
    try {
      await signOutEverywhere();
    } catch (e) {
      setFailure(errorMessages(t, e));
      return;
    }
    await endSession('sessions.signedOutEverywhere');
  };

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (error && !data) return <QueryError error={error} />;
  const sessions = data?.mySessions ?? [];

  return (
    <>
      <p>{t('sessions.intro')}</p>
      <ul className="card-list session-list">
        {sessions.map((session) => (
          <li key={session.id} className="card">
            <h2 className="card-title">
              {deviceName(t, session)}
              {session.current && <span className="badge">{t('sessions.current')}</span>}
            </h2>
            <dl className="card-meta">
              {session.userAgent && (
                <div>
                  <dt>{t('sessions.userAgent')}</dt>
                  <dd className="user-agent">{session.userAgent}</dd>
                </div>
              )}
              <div>
                <dt>{t('sessions.createdAt')}</dt>
                <dd>{formatDateTime(session.createdAt, lng)}</dd>
              </div>
              <div>
                <dt>{t('sessions.lastSeenAt')}</dt>
                <dd>{formatDateTime(session.lastSeenAt, lng)}</dd>
              </div>
            </dl>
            {!session.current && (
              <button
                type="button"
                disabled={busyId === session.id}
                onClick={() => void handleRevoke(session)}
                aria-label={t('sessions.revokeLabel', { device: deviceName(t, session), date: formatDateTime(session.createdAt, lng) })}
              >
                {t('sessions.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <StatusMessage>{revoked && <p>{t('sessions.revoked', { device: revoked })}</p>}</StatusMessage>
      {failure.length > 0 && (
        <div role="alert" className="notice notice-error">
          {failure.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <h2>{t('sessions.everywhereHeading')}</h2>
      <p>{t('sessions.everywhereIntro')}</p>
      <button type="button" disabled={endingAll} onClick={() => void handleSignOutEverywhere()}>
        {t('sessions.everywhere')}
      </button>
    </>
  );
}

function deviceName(t: TFunction, session: Session): string {
  return describeUserAgent(session.userAgent) ?? t('sessions.unknownDevice');
}
