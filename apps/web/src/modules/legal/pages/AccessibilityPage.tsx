import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { PageHeading } from '../../../ui/PageHeading';
import { textList } from '../../../ui/textList';
import { usePageTitle } from '../../../ui/usePageTitle';
import { FeedbackForm } from '../components/FeedbackForm';
import { SiteInfoGate } from '../components/SiteInfoGate';

/** Date the statement was written; update it with every review of the statement. */
const STATEMENT_CREATED_ON = '2026-11-25';

function fromPathOf(state: unknown): string | undefined {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') return state.from;
  return undefined;
}

export default function AccessibilityPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  usePageTitle(t('accessibility.title'));
  return (
    <>
      <PageHeading>{t('accessibility.title')}</PageHeading>
      <p className="lead">{t('accessibility.intro')}</p>

      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.status')}</p>

      <h2>{t('accessibility.limitationsHeading')}</h2>
      <ul>
        {textList(t, 'accessibility.limitations').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t('accessibility.creationHeading')}</h2>
      <p>{t('accessibility.creation', { date: formatDate(STATEMENT_CREATED_ON, i18n.resolvedLanguage) })}</p>

      <h2>{t('accessibility.feedbackHeading')}</h2>
      <p>{t('accessibility.feedbackIntro')}</p>
      <SiteInfoGate>
        {(siteInfo) => (
          <p>
            {t('accessibility.contact')}{' '}
            {siteInfo.accessibilityContactEmail ? (
              <a href={`mailto:${siteInfo.accessibilityContactEmail}`}>{siteInfo.accessibilityContactEmail}</a>
            ) : (
              <span className="not-configured">{t('legal.notConfigured')}</span>
            )}
          </p>
        )}
      </SiteInfoGate>
      <FeedbackForm fromPath={fromPathOf(location.state)} />

      <h2>{t('accessibility.enforcementHeading')}</h2>
      {textList(t, 'accessibility.enforcement').map((p) => (
        <p key={p}>{p}</p>
      ))}
    </>
  );
}
