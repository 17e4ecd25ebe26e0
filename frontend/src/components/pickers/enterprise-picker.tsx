import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebounced } from '@/hooks/use-debounced';
import { useEnterpriseSearch } from '@/lib/lookups';

export type EnterpriseOption = { id?: number; name?: string | null };

type Common = {
  /** Labels for values chosen before any search (the record being edited). */
  current?: EnterpriseOption[] | EnterpriseOption | null;
  id?: string;
  testId?: string;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
};
type Single = Common & { multiple?: false; value?: number | null; onChange?: (value: number | undefined, label?: string) => void };
type Multiple = Common & { multiple: true; value?: number[]; onChange?: (value: number[]) => void };

/**
 * Picks one registered enterprise (or several) by searching the API by name or credit code: the
 * list can hold thousands, so it is never loaded whole, and the API asks only once the list is
 * opened. The one enterprise picker of the app (registry, records, subsidies, competitions).
 */
export function EnterprisePicker(props: Single | Multiple) {
  const { t } = useTranslation();
  const { current, id, testId = 'enterprise-picker', placeholder, disabled, style } = props;
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [labels, setLabels] = useState<Record<number, string>>({});
  const q = useDebounced(search.trim());
  const found = useEnterpriseSearch(q, { enabled: opened });
  const options = (found.data?.items ?? []).map((e) => ({ value: e.id!, label: e.creditCode ? `${e.name} · ${e.creditCode}` : (e.name ?? String(e.id)) }));
  const known = [...(Array.isArray(current) ? current : current ? [current] : [])];
  const chosen = props.multiple ? (props.value ?? []) : props.value == null ? [] : [props.value];
  for (const v of chosen) {
    if (!options.some((o) => o.value === v)) options.push({ value: v, label: labels[v] ?? known.find((k) => k.id === v)?.name ?? String(v) });
  }
  const remember = (option: unknown) => {
    const list = (Array.isArray(option) ? option : option ? [option] : []) as { value: number; label: string }[];
    setLabels((old) => ({ ...old, ...Object.fromEntries(list.map((o) => [o.value, o.label])) }));
    return list;
  };
  return (
    <Select<number | number[]>
      id={id}
      data-testid={testId}
      aria-label={props['aria-label']}
      mode={props.multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      disabled={disabled}
      style={style}
      onOpenChange={(open) => open && setOpened(true)}
      value={props.multiple ? (props.value ?? []) : (props.value ?? undefined)}
      onChange={(v, option) => {
        const list = remember(option);
        if (props.multiple) props.onChange?.((v as number[] | undefined) ?? []);
        else props.onChange?.((v as number | undefined) ?? undefined, list[0]?.label);
      }}
      placeholder={placeholder ?? t('registry.enterprisePicker.placeholder')}
      notFoundContent={found.isFetching ? t('common.loading') : t('registry.enterprisePicker.none')}
      loading={found.isFetching}
      options={options}
    />
  );
}
