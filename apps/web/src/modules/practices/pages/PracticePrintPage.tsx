import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { usePageTitle } from '../../../ui/usePageTitle';
import { PracticeContent } from '../components/PracticeContent';
import { PracticeHeader } from '../components/PracticeHeader';
import { PracticeLoadState } from '../components/PracticeLoadState';
import { usePracticeQuery } from '../hooks/usePracticeQuery';

/**
 * The whole practice for paper or PDF. It renders inside the normal layout; the print styles
 * (styles.css, "Practices: print") hide the site's header, navigation, footer and all buttons.
 */
export default function PracticePrintPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { practice, loading, error } = usePracticeQuery(slug);
  usePageTitle(practice ? `${practice.title} – ${t('practices.print.title')}` : t('practices.print.title'));

  if (error || loading || !practice) return <PracticeLoadState error={error} />;

  const path = `/praxisbeispiele/${encodeURIComponent(practice.slug)}`;
  return (
    <article className="print-view">
      <div className="no-print print-toolbar">
        <p className="breadcrumb">
          <Link to={path}>{t('practices.print.backToPractice')}</Link>
        </p>
        <p>
          <button type="button" onClick={() => window.print()}>
            {t('practices.print.button')}
          </button>
        </p>
        <p className="hint">{t('practices.print.hint')}</p>
      </div>
      <PracticeHeader practice={practice} />
      {/* On paper the address is the way back to the current version. */}
      <p className="print-source">
        {t('practices.print.source', { url: `${window.location.origin}${path}` })} · {t('practices.detail.updatedAt')}{' '}
        {formatDate(practice.updatedAt, i18n.resolvedLanguage)}
      </p>
      <PracticeContent practice={practice} />
    </article>
  );
}
