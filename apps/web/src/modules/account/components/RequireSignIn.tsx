import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import type { Me } from '../graphql/types';
import { useMe } from '../hooks/useMe';
import { signInPath } from '../nextPath';

/** Asks guests to sign in (and come back here); renders its content for signed-in people. */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const { me, loading, error } = useMe();
  const location = useLocation();
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (error) return <QueryError error={error} />;
  if (!me) {
    return (
      <div className="notice notice-warning">
        <p>{t('auth.signInRequired')}</p>
        <p>
          <Link to={signInPath(location.pathname + location.search)}>{t('auth.signInLink')}</Link>
        </p>
      </div>
    );
  }
  return children(me);
}
