import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { LoadMore } from '../../../ui/LoadMore';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { formatDateTime } from '../../../ui/format';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import { canWritePractices } from '../access';
import { WhoCanWrite } from '../components/WhoCanWrite';
import { MANAGED_PRACTICES_QUERY } from '../graphql/managed.graphql';
import { PRACTICE_STATES, stateLabel } from '../labels';
import { appendPage } from '../paging';
import '../practice-editor.css';

/** `/praxisbeispiele/meine`: the practices of the municipalities I coordinate, in every state. */
export default function MyPracticesPage() {
  const { t } = useTranslation();
  usePageTitle(t('practiceEditor.mine.title'));
  return (
    <>
      <PageHeading>{t('practiceEditor.mine.title')}</PageHeading>
      <RequireSignIn>{(me) => (canWritePractices(me) ? <ManagedPractices /> : <WhoCanWrite />)}</RequireSignIn>
    </>
  );
}

function ManagedPractices() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const id = useId();
  const [params, setParams] = useSearchParams();
  const state = PRACTICE_STATES.find((s) => s === params.get('status'));
  const { data, previousData, loading, error, fetchMore } = useQuery(MANAGED_PRACTICES_QUERY, {
    variables: { state: state ?? null, first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.managedPractices;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  let status = '';
  if (loading && !data) status = t('common.loading');
  else if (data) status = t('practiceEditor.mine.count', { count: data.managedPractices.totalCount });

  return (
    <>
      <p>
        <Link to="/praxisbeispiele/neu" className="button-like">
          {t('practiceEditor.create.title')}
        </Link>
      </p>
      <div className="field">
        <label htmlFor={`${id}-state`}>{t('practiceEditor.mine.stateFilter')}</label>
        <select
          id={`${id}-state`}
          value={state ?? ''}
          onChange={(e) => {
            const next = PRACTICE_STATES.find((s) => s === e.target.value);
            setParams(next ? { status: next } : {}, { replace: true });
          }}
        >
          <option value="">{t('practiceEditor.mine.allStates')}</option>
          {PRACTICE_STATES.map((s) => (
            <option key={s} value={s}>
              {stateLabel(t, s)}
            </option>
          ))}
        </select>
      </div>
      {/* Always rendered, so a changed count is announced after filtering. */}
      <p role="status" className="result-count">
        {status}
      </p>
      {error && !data && <QueryError error={error} />}
      {data && rows.length === 0 && <p>{state ? t('practiceEditor.mine.emptyFiltered') : t('practiceEditor.mine.empty')}</p>}
      {rows.length > 0 && (
        <table className="data-table managed-practices">
          <caption>{state ? t('practiceEditor.mine.captionState', { state: stateLabel(t, state) }) : t('practiceEditor.mine.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('practiceEditor.mine.columns.title')}</th>
              <th scope="col">{t('practiceEditor.mine.columns.municipality')}</th>
              <th scope="col">{t('practiceEditor.mine.columns.state')}</th>
              <th scope="col">{t('practiceEditor.mine.columns.updatedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {/* Drafts are worked on in the editor; everything else is read on its page. */}
                  <Link to={`/praxisbeispiele/${encodeURIComponent(p.slug)}${p.state === 'DRAFT' ? '/bearbeiten' : ''}`}>{p.title}</Link>
                </th>
                <td>{p.municipality.name}</td>
                <td>{stateLabel(t, p.state)}</td>
                <td>{formatDateTime(p.updatedAt, lng)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMore
        pageInfo={connection?.pageInfo}
        onLoadMore={(after) =>
          fetchMore({ variables: { after }, updateQuery: (previous, { fetchMoreResult }) => ({ managedPractices: appendPage(previous.managedPractices, fetchMoreResult.managedPractices) }) })
        }
      />
    </>
  );
}
