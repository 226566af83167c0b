import { useTranslation } from 'react-i18next';

/**
 * Marks demo content. The word is visible; the explanation is spoken with it (visually hidden
 * text) and shown on hover (title), so the badge never relies on its colour.
 */
export function ExampleBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-example" title={t('practices.exampleNote')}>
      {t('practices.exampleBadge')}
      {/* Compact where the page states the explanation once (e.g. above the comparison table). */}
      {!compact && <span className="visually-hidden">: {t('practices.exampleNote')}</span>}
    </span>
  );
}
