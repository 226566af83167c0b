import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import discussionsDe from '../modules/discussions/i18n/de.json';
import discussionsEn from '../modules/discussions/i18n/en.json';
import messagesDe from '../modules/messages/i18n/de.json';
import messagesEn from '../modules/messages/i18n/en.json';
import moderationDe from '../modules/moderation/i18n/de.json';
import moderationEn from '../modules/moderation/i18n/en.json';
import notificationsDe from '../modules/notifications/i18n/de.json';
import notificationsEn from '../modules/notifications/i18n/en.json';
import editorDe from '../modules/practice-editor/i18n/de.json';
import editorEn from '../modules/practice-editor/i18n/en.json';
import practicesDe from '../modules/practices/i18n/de.json';
import practicesEn from '../modules/practices/i18n/en.json';
import searchDe from '../modules/search/i18n/de.json';
import searchEn from '../modules/search/i18n/en.json';
import de from './de.json';
import en from './en.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'praxisforum.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'de';
  } catch {
    // Storage can be disabled (privacy settings); German is the default anyway.
    return 'de';
  }
}

// Keeps <html lang> in step with the UI language so assistive technology pronounces it right.
i18n.on('languageChanged', (lng: string) => {
  document.documentElement.lang = isLanguage(lng) ? lng : 'de';
});

// Resources are bundled, so initialisation is synchronous (initAsync: false): no flash of keys.
void i18n.use(initReactI18next).init({
  // Big features keep their texts beside their code, under their own key (practices.*, practiceEditor.*).
  resources: {
    de: {
      translation: {
        ...de,
        practices: practicesDe,
        practiceEditor: editorDe,
        discussions: discussionsDe,
        notifications: notificationsDe,
        messages: messagesDe,
        moderation: moderationDe,
        search: searchDe,
      },
    },
    en: {
      translation: {
        ...en,
        practices: practicesEn,
        practiceEditor: editorEn,
        discussions: discussionsEn,
        notifications: notificationsEn,
        messages: messagesEn,
        moderation: moderationEn,
        search: searchEn,
      },
    },
  },
  lng: storedLanguage(),
  fallbackLng: 'de',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Switches the UI language and remembers the user's explicit choice (and only that). */
export async function chooseLanguage(lng: Language): Promise<void> {
  await i18n.changeLanguage(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not persisting the choice is acceptable.
  }
}

/** Current UI language, narrowed to the supported ones. */
export function currentLanguage(lng: string | undefined = i18n.resolvedLanguage): Language {
  return isLanguage(lng) ? lng : 'de';
}

/** BCP 47 locale for Intl formatting of the given UI language. */
export function localeFor(lng: string | undefined): string {
  return currentLanguage(lng) === 'en' ? 'en-GB' : 'de-DE';
}

export { i18n };
