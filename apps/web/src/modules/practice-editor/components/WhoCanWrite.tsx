import { useTranslation } from 'react-i18next';

/** For people who cannot write practices: who can, and how to get there. */
export function WhoCanWrite() {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning">
      <p>{t('practiceEditor.access.onlyCoordinators')}</p>
      <p>{t('practiceEditor.access.howToJoin')}</p>
    </div>
  );
}
