import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18n, { type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './locales/en';
import { zhCN, type Messages } from './locales/zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** Languages of the UI; Chinese first: the users are district government staff. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** localStorage key that remembers the user's choice across visits. */
export const LANGUAGE_STORAGE_KEY = 'xianan.language';

const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled by browser policy; the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

/** The language in use, narrowed to one we ship. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers it for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still happens.
  }
  await i18n.changeLanguage(language);
}

function applyLanguageToDocument(language: string) {
  const lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  dayjs.locale(DAYJS_LOCALES[lang]);
  document.documentElement.lang = lang;
  document.title = i18n.t('app.fullName');
}

i18n.on('languageChanged', applyLanguageToDocument);

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    en: { translation: en },
  },
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});

export { i18n };

/** A key of the message files, checked at compile time. */
export type TranslationKey = ParseKeys<'translation'>;
