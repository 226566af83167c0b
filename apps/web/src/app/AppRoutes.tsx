import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../modules/errors/pages/NotFoundPage';
import { HomePage } from '../modules/home/pages/HomePage';
import { MunicipalityDetailPage } from '../modules/municipalities/pages/MunicipalityDetailPage';
import { MunicipalityListPage } from '../modules/municipalities/pages/MunicipalityListPage';
import { Layout } from './Layout';

// Legal pages are rarely visited: keep them out of the initial bundle.
const ImprintPage = lazy(() => import('../modules/legal/pages/ImprintPage'));
const PrivacyPage = lazy(() => import('../modules/legal/pages/PrivacyPage'));
const AccessibilityPage = lazy(() => import('../modules/legal/pages/AccessibilityPage'));
const EasyReadPage = lazy(() => import('../modules/legal/pages/EasyReadPage'));

// Account and administration pages: only people who sign in need them.
const RegisterPage = lazy(() => import('../modules/account/pages/RegisterPage'));
const SignInPage = lazy(() => import('../modules/account/pages/SignInPage'));
const ForgotPasswordPage = lazy(() => import('../modules/account/pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../modules/account/pages/ResetPasswordPage'));
const ConfirmEmailPage = lazy(() => import('../modules/account/pages/ConfirmEmailPage'));
const InvitationPage = lazy(() => import('../modules/account/pages/InvitationPage'));
const AccountPage = lazy(() => import('../modules/account/pages/AccountPage'));
const SessionsPage = lazy(() => import('../modules/account/pages/SessionsPage'));
const MyDataPage = lazy(() => import('../modules/account/pages/MyDataPage'));
const AdminHomePage = lazy(() => import('../modules/admin/pages/AdminHomePage'));
const InvitationsPage = lazy(() => import('../modules/admin/pages/InvitationsPage'));
const UsersPage = lazy(() => import('../modules/admin/pages/UsersPage'));
const MailboxPage = lazy(() => import('../modules/admin/pages/MailboxPage'));
const FeedbackPage = lazy(() => import('../modules/admin/pages/FeedbackPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="kommunen" element={<MunicipalityListPage />} />
        <Route path="kommunen/:slug" element={<MunicipalityDetailPage />} />
        <Route path="impressum" element={<ImprintPage />} />
        <Route path="datenschutz" element={<PrivacyPage />} />
        <Route path="barrierefreiheit" element={<AccessibilityPage />} />
        <Route path="leichte-sprache" element={<EasyReadPage />} />
        <Route path="registrieren" element={<RegisterPage />} />
        <Route path="anmelden" element={<SignInPage />} />
        <Route path="passwort-vergessen" element={<ForgotPasswordPage />} />
        <Route path="passwort-neu" element={<ResetPasswordPage />} />
        <Route path="bestaetigen" element={<ConfirmEmailPage />} />
        <Route path="einladung" element={<InvitationPage />} />
        <Route path="konto" element={<AccountPage />} />
        <Route path="konto/sitzungen" element={<SessionsPage />} />
        <Route path="konto/daten" element={<MyDataPage />} />
        <Route path="verwaltung" element={<AdminHomePage />} />
        <Route path="verwaltung/einladungen" element={<InvitationsPage />} />
        <Route path="verwaltung/benutzer" element={<UsersPage />} />
        <Route path="verwaltung/postfach" element={<MailboxPage />} />
        <Route path="verwaltung/rueckmeldungen" element={<FeedbackPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
