import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, LANGUAGES } from '../i18n';

/** Toggle buttons (aria-pressed); each name is marked up in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.resolvedLanguage);
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={active === lng}
          onClick={() => void chooseLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
