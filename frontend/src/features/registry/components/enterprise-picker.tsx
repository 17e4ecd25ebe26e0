import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebounced } from '@/hooks/use-debounced';
import type { EnterpriseRef } from '@/types/api';

import { useEnterprises } from '../api/get-enterprises';

/**
 * Picks a registered enterprise by searching the API by name or credit code (the list can hold
 * hundreds, so it is never loaded whole). `current` labels the value before any search.
 */
export function EnterprisePicker({
  value,
  onChange,
  current,
  id,
  testId = 'enterprise-picker',
}: {
  value?: number;
  onChange?: (value: number | undefined) => void;
  current?: EnterpriseRef;
  id?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // asks the API only once the list is opened, not for every form that merely holds a picker
  const [opened, setOpened] = useState(false);
  const q = useDebounced(search.trim());
  const found = useEnterprises({ q: q || undefined, page: 0, size: 20 }, { enabled: opened });
  const options = (found.data?.items ?? []).map((e) => ({ value: e.id!, label: `${e.name} · ${e.creditCode}` }));
  if (current?.id !== undefined && !options.some((o) => o.value === current.id)) {
    options.unshift({ value: current.id, label: current.name ?? String(current.id) });
  }
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      onOpenChange={(open) => open && setOpened(true)}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      placeholder={t('registry.enterprisePicker.placeholder')}
      notFoundContent={found.isFetching ? t('common.loading') : t('registry.enterprisePicker.none')}
      loading={found.isFetching}
      options={options}
    />
  );
}
