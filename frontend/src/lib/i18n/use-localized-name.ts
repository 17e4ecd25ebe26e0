import { useTranslation } from 'react-i18next';

/** Anything the API names in both languages (departments today; industries and honours later). */
export type BilingualName = { name?: string | null; nameEn?: string | null };

export function localizedName(named: BilingualName, language: string): string {
  if (language === 'en' && named.nameEn) {
    return named.nameEn;
  }
  return named.name ?? named.nameEn ?? '';
}

/** Returns a function picking `name` in Chinese and `nameEn` in English. */
export function useLocalizedName(): (named: BilingualName) => string {
  const { i18n } = useTranslation();
  return (named) => localizedName(named, i18n.language);
}
