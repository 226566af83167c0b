import { useTranslation } from 'react-i18next';
import { useSiteInfo } from '../hooks/useSiteInfo';

/** Discreet site-wide hint that the content is example data. */
export function DemoNotice() {
  const { t } = useTranslation();
  const { siteInfo } = useSiteInfo();
  if (!siteInfo?.isDemo) return null;
  return (
    <p className="demo-notice">
      <strong>{t('demo.label')}</strong> {t('demo.text')}
    </p>
  );
}
