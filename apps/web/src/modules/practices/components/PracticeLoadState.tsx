import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../ui/errors';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';

/** What the detail and print pages show instead of the practice: not found, an error, or loading. */
export function PracticeLoadState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error && hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <NotFoundPage
        title={t('practices.detail.notFoundTitle')}
        message={t('practices.detail.notFoundMessage')}
        backTo="/praxisbeispiele"
        backLabel={t('practices.detail.backToList')}
      />
    );
  }
  if (error) {
    return (
      <>
        <PageHeading>{t('practices.detail.title')}</PageHeading>
        <QueryError error={error} />
        <p>
          <Link to="/praxisbeispiele">{t('practices.detail.backToList')}</Link>
        </p>
      </>
    );
  }
  return (
    <p role="status" className="result-count">
      {t('common.loading')}
    </p>
  );
}
