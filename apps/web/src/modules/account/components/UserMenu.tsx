import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../hooks/useEndSession';
import { hasAdminAccess, useMe } from '../hooks/useMe';
import { signInPath } from '../nextPath';

/** The header's account links: sign in / sign up for guests; profile, administration and sign-out otherwise. */
export function UserMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const { me, loading } = useMe();
  const { signOut, loading: signingOut, failure } = useSignOut();

  // Nothing while the first answer is pending: guest links that turn into a name would jump.
  if (loading) return null;

  return (
    <nav aria-label={t('nav.account')} className="user-menu">
      <ul>
        {me ? (
          <>
            <li>
              <Link to="/konto">{me.displayName}</Link>
            </li>
            {hasAdminAccess(me.abilities) && (
              <li>
                <Link to="/verwaltung">{t('nav.admin')}</Link>
              </li>
            )}
            <li>
              <button type="button" onClick={() => void signOut()} disabled={signingOut}>
                {t('nav.signOut')}
              </button>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link to={signInPath(location.pathname + location.search)}>{t('nav.signIn')}</Link>
            </li>
            <li>
              <Link to="/registrieren">{t('nav.register')}</Link>
            </li>
          </>
        )}
      </ul>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </nav>
  );
}
