import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AccountNav } from '../components/AccountNav';
import { ChangeEmailForm } from '../components/ChangeEmailForm';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ProfileForm } from '../components/ProfileForm';
import { RequireSignIn } from '../components/RequireSignIn';
import { membershipRoleLabel, userRoleLabel } from '../labels';
import { canWritePractices } from '../../practice-editor/access';

export default function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      <RequireSignIn>
        {(me) => (
          <>
            <AccountNav />
            <dl className="facts">
              <div>
                <dt>{t('fields.email')}</dt>
                <dd>
                  {me.email} {!me.emailVerified && <span className="badge">{t('account.notVerified')}</span>}
                </dd>
              </div>
              <div>
                <dt>{t('account.role')}</dt>
                <dd>{userRoleLabel(t, me.role)}</dd>
              </div>
              {me.memberships.length > 0 && (
                <div>
                  <dt>{t('account.memberships')}</dt>
                  <dd>
                    <ul>
                      {me.memberships.map((m) => (
                        <li key={m.municipality.slug}>
                          {m.municipality.name} ({membershipRoleLabel(t, m.role)})
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
            {canWritePractices(me) && (
              <p>
                <Link to="/praxisbeispiele/meine">{t('practiceEditor.mine.title')}</Link>
              </p>
            )}
            {/* Keyed by the person: another account's values must not linger in the form. */}
            <ProfileForm key={me.id} me={me} />
            <ChangeEmailForm currentEmail={me.email} />
            <ChangePasswordForm />
          </>
        )}
      </RequireSignIn>
    </>
  );
}
