import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets document.title to "<Page> – Praxisforum" so each view is identifiable (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const site = t('site.name');
  useEffect(() => {
    document.title = title && title !== site ? `${title} – ${site}` : site;
  }, [title, site]);
}
