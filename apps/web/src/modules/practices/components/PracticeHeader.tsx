import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import type { PracticeDetail } from '../graphql/types';
import { stateLabel } from '../labels';

/** The h1 with the notices that must be read before the content: demo content, not published. */
export function PracticeHeader({ practice }: { practice: Pick<PracticeDetail, 'title' | 'isExample' | 'state'> }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{practice.title}</PageHeading>
      {practice.isExample && (
        <p className="notice notice-warning">
          <span className="badge badge-example">{t('practices.exampleBadge')}</span> {t('practices.exampleNote')}
        </p>
      )}
      {practice.state !== 'PUBLISHED' && (
        <p className="notice notice-warning">
          <span className="badge">{t('practices.detail.stateBadge', { state: stateLabel(t, practice.state) })}</span>{' '}
          {practice.state === 'ARCHIVED' ? t('practices.detail.archivedNotice') : t('practices.detail.stateNotice')}
        </p>
      )}
    </>
  );
}
