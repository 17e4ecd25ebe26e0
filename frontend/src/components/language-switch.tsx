import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '@/lib/i18n/i18n';

/** Header control switching the UI between Chinese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation(); // re-renders on language change
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('header.language')}
      size="small"
      value={currentLanguage()}
      // Each language is named in itself, so a reader of either can find their own.
      options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(language) => void changeLanguage(language)}
    />
  );
}
