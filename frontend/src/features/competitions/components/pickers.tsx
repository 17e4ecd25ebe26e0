import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebounced } from '@/hooks/use-debounced';

import { useEnterpriseSearch, useWorkerSearch } from '../api/search-registry';

export type PickedWorker = { id: number; label: string };

/**
 * Finds workers through the registry's minimal lookup, by name (two characters or more) among the
 * chosen enterprise's workers, and keeps the chosen workers with their labels.
 */
export function WorkerSearchSelect({
  value,
  onChange,
  enterpriseId,
  id,
}: {
  value: PickedWorker[];
  onChange: (value: PickedWorker[]) => void;
  enterpriseId?: number;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const q = useDebounced(search.trim());
  const found = useWorkerSearch({ name: q, enterpriseId }, { enabled: opened });
  const options = (found.data?.items ?? []).map((w) => ({
    value: w.id!,
    label: `${w.name} · ${w.idNumber ?? ''}${w.enterprise ? ` · ${w.enterprise.name}` : ''}`,
  }));
  for (const v of value) if (!options.some((o) => o.value === v.id)) options.push({ value: v.id, label: v.label });
  return (
    <Select<number[]>
      id={id}
      data-testid="registration-worker-search"
      mode="multiple"
      style={{ minWidth: 420, flex: 1 }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(open) => open && setOpened(true)}
      disabled={enterpriseId === undefined}
      placeholder={enterpriseId === undefined ? t('competitions.registration.chooseEnterpriseFirst') : t('competitions.registration.searchWorkers')}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? t('common.loading') : [...q].length < 2 ? t('competitions.registration.typeTwoCharacters') : undefined}
      value={value.map((v) => v.id)}
      options={options}
      onChange={(ids, chosen) => {
        const labels = new Map((Array.isArray(chosen) ? chosen : []).map((o) => [o.value as number, String(o.label)]));
        onChange(ids.map((i) => ({ id: i, label: labels.get(i) ?? value.find((v) => v.id === i)?.label ?? String(i) })));
      }}
    />
  );
}

/** Searches the registry's enterprises by name or credit code. */
export function EnterpriseSearchSelect({
  value,
  onChange,
  id,
  testId = 'enterprise-search',
  placeholder,
}: {
  value?: number;
  onChange?: (value: number | undefined, label?: string) => void;
  id?: string;
  testId?: string;
  placeholder?: string;
}) {
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [chosenLabel, setChosenLabel] = useState<string>();
  const q = useDebounced(search.trim());
  const found = useEnterpriseSearch(q || undefined, { enabled: opened });
  const options = (found.data?.items ?? []).map((e) => ({ value: e.id!, label: e.name ?? String(e.id) }));
  if (value !== undefined && !options.some((o) => o.value === value)) options.push({ value, label: chosenLabel ?? String(value) });
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      allowClear
      style={{ minWidth: 260 }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(open) => open && setOpened(true)}
      placeholder={placeholder}
      loading={found.isFetching}
      value={value}
      options={options}
      onChange={(v, option) => {
        const label = option && !Array.isArray(option) ? String(option.label) : undefined;
        setChosenLabel(label);
        onChange?.(v ?? undefined, label);
      }}
    />
  );
}
