import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { textList } from '../../../ui/textList';
import { usePageTitle } from '../../../ui/usePageTitle';
import { OperatorDetails } from '../components/OperatorDetails';
import { SiteInfoGate } from '../components/SiteInfoGate';

export default function PrivacyPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.title'));
  const notConfigured = <span className="not-configured">{t('legal.notConfigured')}</span>;
  return (
    <>
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p className="lead">{t('privacy.intro')}</p>
      <SiteInfoGate>
        {(siteInfo) => (
          <>
            <h2>{t('privacy.controllerHeading')}</h2>
            <OperatorDetails operator={siteInfo.operator} />
            <h2>{t('privacy.dpoHeading')}</h2>
            <p>
              {siteInfo.dataProtectionOfficerEmail ? (
                <a href={`mailto:${siteInfo.dataProtectionOfficerEmail}`}>{siteInfo.dataProtectionOfficerEmail}</a>
              ) : (
                notConfigured
              )}
            </p>

            <h2>{t('privacy.processingHeading')}</h2>
            <h3>{t('privacy.logsHeading')}</h3>
            {textList(t, 'privacy.logs').map((p) => (
              <p key={p}>{p}</p>
            ))}
            <h3>{t('privacy.feedbackHeading')}</h3>
            {textList(t, 'privacy.feedback').map((p) => (
              <p key={p}>{p}</p>
            ))}
            <h3>{t('privacy.accountHeading')}</h3>
            {textList(t, 'privacy.account').map((p) => (
              <p key={p}>{p}</p>
            ))}
            <h3>{t('privacy.storageHeading')}</h3>
            {textList(t, 'privacy.storage').map((p) => (
              <p key={p}>{p}</p>
            ))}
            <h3>{t('privacy.noTrackingHeading')}</h3>
            <ul>
              {textList(t, 'privacy.noTracking').map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>

            <h2>{t('privacy.recipientsHeading')}</h2>
            <p>{t('privacy.recipients')}</p>

            <h2>{t('privacy.rightsHeading')}</h2>
            <p>{t('privacy.rightsIntro')}</p>
            <ul>
              {textList(t, 'privacy.rights').map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>

            <h2>{t('privacy.complaintHeading')}</h2>
            <p>{t('privacy.complaint')}</p>
            <p>{siteInfo.supervisoryAuthority || notConfigured}</p>
          </>
        )}
      </SiteInfoGate>
    </>
  );
}
