import { useTranslation } from 'react-i18next';

import { formatCount, numberLocale } from '@/lib/format/numbers';

/** A count as shown under the policy: the number, or "已隐藏" (never "<5": a complementary suppression may be large). */
export function useProtectedCount() {
  const { t, i18n } = useTranslation();
  return (value: number | null | undefined) =>
    value === null || value === undefined ? t('common.disclosure.hidden') : formatCount(value, numberLocale(i18n.language));
}
