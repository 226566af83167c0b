import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FilterSearch } from '../../../ui/FilterControls';
import { formatDateTime } from '../../../ui/format';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { AdminPage } from '../../admin/components/AdminPage';
import { AUDIT_LOG_QUERY } from '../graphql/moderation.graphql';

const PAGE_SIZE = 50;

/** `/verwaltung/protokoll`: who did what, when and why (admins). */
export default function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('moderation.audit.title')} allowed={(a) => a.administerUsers}>
      {() => <AuditLog />}
    </AdminPage>
  );
}

function AuditLog() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const { data, loading, error, fetchMore } = useQuery(AUDIT_LOG_QUERY, {
    variables: { first: PAGE_SIZE, action: action || null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.auditLog;
  return (
    <>
      <p className="lead">{t('moderation.audit.intro')}</p>
      <FilterSearch
        initial={action}
        label={t('moderation.audit.action')}
        formLabel={t('moderation.audit.filter')}
        buttonLabel={t('moderation.audit.apply')}
        onSearch={(value) => setAction(value.trim())}
      />
      <p role="status" className="result-count">
        {loading && !data ? t('common.loading') : connection ? t('moderation.audit.count', { count: connection.totalCount }) : ''}
      </p>
      {error && !data && <QueryError error={error} />}
      {connection && connection.edges.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('moderation.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moderation.audit.when')}</th>
                <th scope="col">{t('moderation.audit.who')}</th>
                <th scope="col">{t('moderation.audit.action')}</th>
                <th scope="col">{t('moderation.audit.subject')}</th>
                <th scope="col">{t('moderation.audit.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <time dateTime={node.createdAt}>{formatDateTime(node.createdAt, i18n.resolvedLanguage)}</time>
                  </th>
                  <td>{node.actor?.displayName ?? t('moderation.audit.system')}</td>
                  <td>{t(`moderation.auditAction.${node.action}`, { defaultValue: node.action })}</td>
                  <td className="break-anywhere">
                    {t(`moderation.subjectType.${node.subjectType}`, { defaultValue: node.subjectType })}
                    {node.subjectId && <span className="hint"> {node.subjectId}</span>}
                  </td>
                  <td>{node.reason ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection && connection.edges.length === 0 && <p>{t('moderation.audit.empty')}</p>}
      <LoadMore pageInfo={connection?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
