import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebounced } from '@/hooks/use-debounced';

import { useWorkers } from '../api/get-workers';

type Props<M extends boolean> = {
  multiple?: M;
  value?: M extends true ? number[] : number;
  onChange?: (value: M extends true ? number[] : number | undefined) => void;
  /** Narrows the search to one enterprise's workers (members of a collective honour). */
  enterpriseId?: number;
  id?: string;
  testId?: string;
};

/** Picks one worker, or several, by searching the API by name or ID number. */
export function WorkerPicker<M extends boolean = false>({ multiple, value, onChange, enterpriseId, id, testId = 'worker-picker' }: Props<M>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // asks the API only once the list is opened, not for every form that merely holds a picker
  const [opened, setOpened] = useState(false);
  const [labels, setLabels] = useState<Record<number, string>>({});
  const q = useDebounced(search.trim());
  const found = useWorkers({ q: q || undefined, enterpriseId, page: 0, size: 20 }, { enabled: opened });
  const options = (found.data?.items ?? []).map((w) => ({
    value: w.id!,
    label: `${w.name} · ${w.idNumber}${w.enterprise ? ` · ${w.enterprise.name}` : ''}`,
  }));
  // keeps the label of a chosen worker once the search moves on
  const selected = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as number[];
  for (const v of selected) {
    if (!options.some((o) => o.value === v)) options.push({ value: v, label: labels[v] ?? String(v) });
  }
  return (
    <Select<number | number[]>
      id={id}
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      onOpenChange={(open) => open && setOpened(true)}
      value={value}
      onChange={(v, option) => {
        const chosen = (Array.isArray(option) ? option : option ? [option] : []) as { value: number; label: string }[];
        setLabels((old) => ({ ...old, ...Object.fromEntries(chosen.map((o) => [o.value, o.label])) }));
        onChange?.((v ?? undefined) as never);
      }}
      placeholder={t('registry.workerPicker.placeholder')}
      notFoundContent={found.isFetching ? t('common.loading') : t('registry.workerPicker.none')}
      loading={found.isFetching}
      options={options}
    />
  );
}
