import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AccountNav } from '../components/AccountNav';
import { DeleteAccountForm } from '../components/DeleteAccountForm';
import { RequireSignIn } from '../components/RequireSignIn';

/**
 * The data export is a plain GET the API serves as a file (cookie-authenticated), so a link
 * with `download` is all it takes.
 */
export const ACCOUNT_EXPORT_URL = '/api/account/export';

export default function MyDataPage() {
  const { t } = useTranslation();
  usePageTitle(t('myData.title'));
  return (
    <>
      <PageHeading>{t('myData.title')}</PageHeading>
      <RequireSignIn>
        {() => (
          <>
            <AccountNav />
            <section aria-labelledby="export-heading">
              <h2 id="export-heading">{t('myData.exportHeading')}</h2>
              <p>{t('myData.exportIntro')}</p>
              <p>
                <a href={ACCOUNT_EXPORT_URL} download className="button-like">
                  {t('myData.exportLink')}
                </a>
              </p>
            </section>
            <DeleteAccountForm />
          </>
        )}
      </RequireSignIn>
    </>
  );
}
