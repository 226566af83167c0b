import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

const LINKS = [
  { to: '/konto', key: 'account.nav.profile' },
  { to: '/konto/sitzungen', key: 'account.nav.sessions' },
  { to: '/konto/daten', key: 'account.nav.data' },
  { to: '/konto/benachrichtigungen', key: 'account.nav.notifications' },
] as const;

/** Sub-navigation of the account pages. */
export function AccountNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('account.nav.label')} className="sub-nav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end>
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
