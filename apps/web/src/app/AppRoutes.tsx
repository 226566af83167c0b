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

// Practices (Praxisbeispiele): lazy, so the initial bundle stays small.
const PracticeListPage = lazy(() => import('../modules/practices/pages/PracticeListPage'));
const PracticeComparePage = lazy(() => import('../modules/practices/pages/PracticeComparePage'));
const PracticeDetailPage = lazy(() => import('../modules/practices/pages/PracticeDetailPage'));
const PracticePrintPage = lazy(() => import('../modules/practices/pages/PracticePrintPage'));

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

// Writing and reviewing practices: coordinators and moderators only.
const NewPracticePage = lazy(() => import('../modules/practice-editor/pages/NewPracticePage'));
const PracticeEditorPage = lazy(() => import('../modules/practice-editor/pages/PracticeEditorPage'));
const MyPracticesPage = lazy(() => import('../modules/practice-editor/pages/MyPracticesPage'));
const ReviewQueuePage = lazy(() => import('../modules/practice-editor/pages/ReviewQueuePage'));
const RevisionHistoryPage = lazy(() => import('../modules/practice-editor/pages/RevisionHistoryPage'));

// Discussions, notifications, messages and moderation (issue #5): lazy per page as well.
const ThreadListPage = lazy(() => import('../modules/discussions/pages/ThreadListPage'));
const NewThreadPage = lazy(() => import('../modules/discussions/pages/NewThreadPage'));
const ThreadPage = lazy(() => import('../modules/discussions/pages/ThreadPage'));
const TopicSpacePage = lazy(() => import('../modules/discussions/pages/TopicSpacePage'));
const NotificationsPage = lazy(() => import('../modules/notifications/pages/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('../modules/notifications/pages/NotificationSettingsPage'));
const UnsubscribePage = lazy(() => import('../modules/notifications/pages/UnsubscribePage'));
const ConversationsPage = lazy(() => import('../modules/messages/pages/ConversationsPage'));
const NewConversationPage = lazy(() => import('../modules/messages/pages/NewConversationPage'));
const ConversationPage = lazy(() => import('../modules/messages/pages/ConversationPage'));
const ModerationQueuePage = lazy(() => import('../modules/moderation/pages/ModerationQueuePage'));
const AuditLogPage = lazy(() => import('../modules/moderation/pages/AuditLogPage'));

// Search (issue #6): the header box is in the shell; the results page loads when opened.
const SearchPage = lazy(() => import('../modules/search/pages/SearchPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="kommunen" element={<MunicipalityListPage />} />
        <Route path="kommunen/:slug" element={<MunicipalityDetailPage />} />
        <Route path="praxisbeispiele" element={<PracticeListPage />} />
        <Route path="praxisbeispiele/vergleich" element={<PracticeComparePage />} />
        <Route path="praxisbeispiele/:slug" element={<PracticeDetailPage />} />
        <Route path="praxisbeispiele/:slug/drucken" element={<PracticePrintPage />} />
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
        <Route path="praxisbeispiele/neu" element={<NewPracticePage />} />
        <Route path="praxisbeispiele/meine" element={<MyPracticesPage />} />
        <Route path="praxisbeispiele/:slug/bearbeiten" element={<PracticeEditorPage />} />
        <Route path="praxisbeispiele/:slug/versionen" element={<RevisionHistoryPage />} />
        <Route path="verwaltung/pruefung" element={<ReviewQueuePage />} />
        <Route path="diskussionen" element={<ThreadListPage />} />
        <Route path="diskussionen/neu" element={<NewThreadPage />} />
        <Route path="diskussionen/:id" element={<ThreadPage />} />
        <Route path="themen/:slug" element={<TopicSpacePage />} />
        <Route path="benachrichtigungen" element={<NotificationsPage />} />
        <Route path="konto/benachrichtigungen" element={<NotificationSettingsPage />} />
        <Route path="abmelden" element={<UnsubscribePage />} />
        <Route path="nachrichten" element={<ConversationsPage />} />
        <Route path="nachrichten/neu" element={<NewConversationPage />} />
        <Route path="nachrichten/:id" element={<ConversationPage />} />
        <Route path="verwaltung/moderation" element={<ModerationQueuePage />} />
        <Route path="verwaltung/protokoll" element={<AuditLogPage />} />
        <Route path="suche" element={<SearchPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
