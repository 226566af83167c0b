import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { FormField, TextField } from '../../../ui/FormField';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import type { UserRole, UsersQueryVariables } from '../../../graphql/generated';
import { USER_ROLES, userRoleLabel } from '../../account/labels';
import { useMunicipalityOptions } from '../../municipalities/hooks/useMunicipalityOptions';
import { AdminPage } from '../components/AdminPage';
import { UserCard } from '../components/UserCard';
import { USERS_QUERY } from '../graphql/users.graphql';

export default function UsersPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.users.title')} allowed={(a) => a.administerUsers}>
      {(me) => <UserAdministration viewerId={me.id} />}
    </AdminPage>
  );
}

interface Filter {
  search: string;
  role: UserRole | '';
}

function toVars(filter: Filter): UsersQueryVariables {
  const vars: UsersQueryVariables = { first: LIMITS.pageSizeDefault };
  if (filter.search.trim()) vars.search = filter.search.trim();
  if (filter.role) vars.role = filter.role;
  return vars;
}

function UserAdministration({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Filter>({ search: '', role: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const { data, previousData, loading, error, fetchMore } = useQuery(USERS_QUERY, { variables: toVars(filter) });
  const municipalities = useMunicipalityOptions();

  const connection = (data ?? previousData)?.users;
  const users = connection?.edges.map((e) => e.node) ?? [];

  const handleSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };

  let status = '';
  if (loading && !data) status = t('common.loading');
  else if (data) status = t('admin.users.count', { count: data.users.totalCount });

  return (
    <>
      <form role="search" aria-label={t('admin.users.searchLabel')} onSubmit={handleSearch} className="filters">
        <div className="filters-row">
          <TextField
            id={`${id}-search`}
            label={t('admin.users.search')}
            hint={t('admin.users.searchHint')}
            type="search"
            maxLength={LIMITS.searchTextMax}
            value={draft.search}
            onChange={(e) => setDraft((d) => ({ ...d, search: e.target.value }))}
          />
          <FormField id={`${id}-role`} label={t('admin.users.roleFilter')}>
            {(control) => (
              <select
                {...control}
                value={draft.role}
                onChange={(e) => setDraft((d) => ({ ...d, role: USER_ROLES.find((r) => r === e.target.value) ?? '' }))}
              >
                <option value="">{t('admin.users.allRoles')}</option>
                {USER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {userRoleLabel(t, r)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <button type="submit">{t('admin.users.searchButton')}</button>
      </form>
      <p role="status" className="result-count">
        {status}
      </p>
      {error && <QueryError error={error} />}
      {municipalities.error && <QueryError error={municipalities.error} />}
      {users.length > 0 && (
        <ul className="card-list user-list">
          {users.map((user) => (
            <UserCard key={user.id} user={user} municipalities={municipalities.options} isSelf={user.id === viewerId} />
          ))}
        </ul>
      )}
      {data && users.length === 0 && <p>{t('admin.users.empty')}</p>}
      <LoadMore pageInfo={connection?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
