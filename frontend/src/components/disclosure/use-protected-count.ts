import { useTranslation } from 'react-i18next';

/** A count as shown under the policy: the number, or "已隐藏" (never "<5": a complementary suppression may be large). */
export function useProtectedCount() {
  const { t, i18n } = useTranslation();
  return (value: number | null | undefined) =>
    value === null || value === undefined ? t('common.disclosure.hidden') : value.toLocaleString(i18n.language === 'en' ? 'en-US' : 'zh-CN');
}
