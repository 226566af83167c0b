import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { isOperatorIncomplete, OperatorDetails } from '../components/OperatorDetails';
import { SiteInfoGate } from '../components/SiteInfoGate';

export default function ImprintPage() {
  const { t } = useTranslation();
  usePageTitle(t('imprint.title'));
  return (
    <>
      <PageHeading>{t('imprint.title')}</PageHeading>
      <SiteInfoGate>
        {(siteInfo) => (
          <>
            {isOperatorIncomplete(siteInfo.operator) && (
              <p className="notice notice-warning">{t('legal.operatorIncomplete')}</p>
            )}
            <h2>{t('imprint.provider')}</h2>
            <OperatorDetails operator={siteInfo.operator} />
            <h2>{t('imprint.responsible')}</h2>
            <p>{siteInfo.operator.representedBy || <span className="not-configured">{t('legal.notConfigured')}</span>}</p>
            <h2>{t('imprint.programmeHeading')}</h2>
            <p>{t('imprint.programmeText')}</p>
            <h2>{t('imprint.liabilityHeading')}</h2>
            <p>{t('imprint.liabilityText')}</p>
          </>
        )}
      </SiteInfoGate>
    </>
  );
}
