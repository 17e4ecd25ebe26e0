import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** The year filter of the subsidy pages: the years given, newest first, or 全部年度. */
export function YearSelect({ years, value, onChange, testId }: { years: number[]; value?: number; onChange: (year?: number) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Select<number>
      aria-label={t('subsidies.funds.allYears')}
      data-testid={testId}
      style={{ width: 160 }}
      allowClear
      placeholder={t('subsidies.funds.allYears')}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      options={[...years].sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }))}
    />
  );
}
