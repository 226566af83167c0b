import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UserMenu } from '../modules/account/components/UserMenu';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { HeaderSearch } from '../modules/search/components/HeaderSearch';
import { DemoNotice } from '../modules/site/components/DemoNotice';
import { LanguageSwitch } from './LanguageSwitch';

const FOOTER_LINKS = [
  { to: '/impressum', key: 'nav.imprint' },
  { to: '/datenschutz', key: 'nav.privacy' },
  { to: '/barrierefreiheit', key: 'nav.accessibility' },
  { to: '/leichte-sprache', key: 'nav.easyRead' },
] as const;

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const focusedPath = useRef(location.pathname);

  // After client-side navigation, move focus to the new page's h1 (or <main>) so screen reader
  // users hear where they are; the initial load keeps the browser's default focus. Comparing
  // paths (not a first-render flag) also stays quiet under StrictMode's double effects.
  useEffect(() => {
    if (focusedPath.current === location.pathname) return;
    focusedPath.current = location.pathname;
    const main = mainRef.current;
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    target?.focus();
  }, [location.pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  // The feedback form pre-fills the page the user came from.
  const from = location.pathname + location.search;
  // A confirmation handed over by the previous page (e.g. "signed out"), as an i18n key.
  const flash: unknown = (location.state as { flash?: unknown } | null)?.flash;

  return (
    <>
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t('shell.skipLink')}
      </a>
      <header className="site-header">
        <DemoNotice />
        <div className="container header-inner">
          <Link to="/" className="site-name">
            {t('site.name')}
            <span className="site-tagline">{t('site.tagline')}</span>
          </Link>
          <nav aria-label={t('nav.primary')} className="primary-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/praxisbeispiele">{t('practices.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/kommunen">{t('nav.municipalities')}</NavLink>
              </li>
              <li>
                <NavLink to="/diskussionen">{t('nav.discussions')}</NavLink>
              </li>
            </ul>
          </nav>
          <HeaderSearch />
          <NotificationBell />
          <UserMenu />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className="container">
        {typeof flash === 'string' && (
          <p role="status" className="notice notice-success">
            {t(flash)}
          </p>
        )}
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <nav aria-label={t('nav.footer')}>
            <ul>
              {FOOTER_LINKS.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} state={link.to === '/barrierefreiheit' ? { from } : undefined}>
                    {t(link.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <p>{t('footer.programme')}</p>
        </div>
      </footer>
    </>
  );
}
