/**
 * The app's number formats: counts with thousands separators, money in yuan always with two
 * decimals (`2,603.50`, never `2,603.5` beside `3,914`), scores with two decimals. The grouping
 * follows the language in use; `—` stands for a missing value.
 */
import { useTranslation } from 'react-i18next';

export type NumberLocale = 'zh-CN' | 'en-US';

export const numberLocale = (language: string | undefined): NumberLocale => (language?.startsWith('en') ? 'en-US' : 'zh-CN');

const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || Number.isNaN(value);

/** A count or whole number: `12,345`. */
export function formatCount(value: number | null | undefined, locale: NumberLocale = 'zh-CN'): string {
  return missing(value) ? '—' : value.toLocaleString(locale, { maximumFractionDigits: 0 });
}

/** An amount of yuan, two decimals: `2,603.50`; with `currency`, `¥2,603.50`. */
export function formatMoney(value: number | null | undefined, { locale = 'zh-CN', currency = false }: { locale?: NumberLocale; currency?: boolean } = {}): string {
  if (missing(value)) return '—';
  const text = value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency ? `¥${text}` : text;
}

/** A score or other measured value with two decimals: `87.50`. */
export function formatDecimal(value: number | null | undefined, locale: NumberLocale = 'zh-CN'): string {
  return missing(value) ? '—' : value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The formatters bound to the language in use. */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  return {
    count: (value: number | null | undefined) => formatCount(value, locale),
    money: (value: number | null | undefined, currency = false) => formatMoney(value, { locale, currency }),
    decimal: (value: number | null | undefined) => formatDecimal(value, locale),
  };
}
