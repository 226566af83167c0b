import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EmailFrequency, MyFollowsQuery, WatchLevel } from '../../../graphql/generated';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { errorMessages } from '../../../ui/problems';
import { QueryError } from '../../../ui/QueryError';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AccountNav } from '../../account/components/AccountNav';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import {
  FOLLOW_LEVEL_MUTATION,
  MY_FOLLOWS_QUERY,
  NOTIFICATION_PREFERENCES_QUERY,
  UNFOLLOW_SUBJECT_MUTATION,
  UPDATE_NOTIFICATION_PREFERENCES_MUTATION,
} from '../graphql/notifications.graphql';

export const EMAIL_FREQUENCY_VALUES: readonly EmailFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER'];
const LEVELS: readonly WatchLevel[] = ['WATCHING', 'NORMAL', 'MUTED'];
type FollowItem = MyFollowsQuery['myFollows']['edges'][number]['node'];
const FOLLOWS_PAGE = 50;

/** `/konto/benachrichtigungen`: e-mail frequency and everything the person follows. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settings.title'));
  return (
    <>
      <PageHeading>{t('notifications.settings.title')}</PageHeading>
      <RequireSignIn>
        {() => (
          <>
            <AccountNav />
            <PreferencesForm />
            <Follows />
          </>
        )}
      </RequireSignIn>
    </>
  );
}

export function PreferencesForm() {
  const { t } = useTranslation();
  const id = useId();
  const { data, error } = useQuery(NOTIFICATION_PREFERENCES_QUERY);
  const [frequency, setFrequency] = useState<EmailFrequency | null>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_NOTIFICATION_PREFERENCES_MUTATION);
  const current = frequency ?? data?.notificationPreferences.emailFrequency ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    setFailure(null);
    try {
      await update({ variables: { input: { emailFrequency: current } } });
      setSaved(true);
    } catch (e) {
      setFailure(errorMessages(t, e).join(' '));
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('notifications.settings.emailHeading')}</h2>
      {error && !data && <QueryError error={error} />}
      <form onSubmit={(e) => void submit(e)}>
        <fieldset className="field radio-group">
          <legend>{t('notifications.settings.frequency')}</legend>
          {EMAIL_FREQUENCY_VALUES.map((value) => (
            <div className="checkbox-row" key={value}>
              <input
                type="radio"
                id={`${id}-${value}`}
                name={`${id}-frequency`}
                checked={current === value}
                onChange={() => {
                  setFrequency(value);
                  setSaved(false);
                }}
                aria-describedby={`${id}-${value}-hint`}
              />
              <label htmlFor={`${id}-${value}`}>{t(`notifications.frequency.${value}`)}</label>
              <p id={`${id}-${value}-hint`} className="hint">
                {t(`notifications.frequencyHint.${value}`)}
              </p>
            </div>
          ))}
        </fieldset>
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <button type="submit" disabled={loading || !current} aria-busy={loading}>
          {loading ? t('common.saving') : t('notifications.settings.save')}
        </button>
        <StatusMessage>{saved && <p>{t('notifications.settings.saved')}</p>}</StatusMessage>
      </form>
    </section>
  );
}

function Follows() {
  const { t } = useTranslation();
  const id = useId();
  const { data, error, loading, fetchMore } = useQuery(MY_FOLLOWS_QUERY, { variables: { first: FOLLOWS_PAGE }, fetchPolicy: 'cache-and-network' });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const connection = data?.myFollows;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('notifications.follows.heading')}</h2>
      <p>{t('notifications.follows.intro')}</p>
      {error && !data && <QueryError error={error} />}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      <ActionOutcome outcome={outcome} />
      {connection && connection.edges.length === 0 && <p>{t('notifications.follows.empty')}</p>}
      {connection && connection.edges.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('notifications.follows.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notifications.follows.subject')}</th>
                <th scope="col">{t('notifications.follows.kind')}</th>
                <th scope="col">{t('notifications.follows.level')}</th>
                <th scope="col">{t('notifications.follows.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <FollowRow key={`${node.subjectType}:${node.subjectId}`} follow={node} onOutcome={setOutcome} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore pageInfo={connection?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </section>
  );
}

function FollowRow({ follow, onOutcome }: { follow: FollowItem; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [setLevel, setting] = useMutation(FOLLOW_LEVEL_MUTATION);
  const [unfollow, removing] = useMutation(UNFOLLOW_SUBJECT_MUTATION);
  const variables = { subjectType: follow.subjectType, subjectId: follow.subjectId };

  const change = async (level: WatchLevel) => {
    try {
      await setLevel({ variables: { ...variables, level } });
      onOutcome({ ok: true, text: t('notifications.follows.changed', { title: follow.title }) });
    } catch (e) {
      onOutcome({ ok: false, text: errorMessages(t, e).join(' ') });
    }
  };

  const remove = async () => {
    try {
      await unfollow({
        variables,
        // The row leaves the list (all loaded pages live under the first page's entry).
        update: (cache) =>
          cache.updateQuery({ query: MY_FOLLOWS_QUERY, variables: { first: FOLLOWS_PAGE } }, (data) => {
            if (!data) return undefined;
            const edges = data.myFollows.edges.filter((e) => !(e.node.subjectType === follow.subjectType && e.node.subjectId === follow.subjectId));
            return { myFollows: { ...data.myFollows, edges, totalCount: data.myFollows.totalCount - (data.myFollows.edges.length - edges.length) } };
          }),
      });
      onOutcome({ ok: true, text: t('notifications.follows.removed', { title: follow.title }) });
    } catch (e) {
      onOutcome({ ok: false, text: errorMessages(t, e).join(' ') });
    }
  };

  return (
    <tr>
      <th scope="row">
        <Link to={follow.path}>{follow.title}</Link>
      </th>
      <td>{t(`notifications.subject.${follow.subjectType}`)}</td>
      <td>
        <label htmlFor={selectId} className="visually-hidden">
          {t('notifications.follows.levelFor', { title: follow.title })}
        </label>
        <select id={selectId} value={follow.level} disabled={setting.loading} onChange={(e) => void change(e.target.value as WatchLevel)}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`notifications.level.${l}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="button-secondary"
          disabled={removing.loading}
          aria-label={t('notifications.follows.unfollowLabel', { title: follow.title })}
          onClick={() => void remove()}
        >
          {t('notifications.follows.unfollow')}
        </button>
      </td>
    </tr>
  );
}
