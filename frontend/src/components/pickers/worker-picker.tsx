import { Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebounced } from '@/hooks/use-debounced';
import { canLookUp, useWorkerLookup, useWorkerSearch } from '@/lib/lookups';
import type { Worker, WorkerLookupItem } from '@/types/api';

/** What a picker knows of a worker: what the lookup returns (the registry's search returns more). */
export type WorkerHit = WorkerLookupItem | Worker;
export type PickedWorker = { id: number; label: string };

type Common = {
  /**
   * `lookup` (default): the minimal lookup every department may use — a name of two characters
   * or more among one enterprise's workers, masked, logged by the API (minimum necessity).
   * `registry`: the registry's own search by name or ID number, for those who keep the registry.
   */
  source?: 'lookup' | 'registry';
  /** The enterprise to search in (required by `lookup`; narrows `registry`). */
  enterpriseId?: number;
  /** Workers not to offer (already chosen elsewhere). */
  exclude?: number[];
  /** Labels for values chosen before any search. */
  current?: PickedWorker[];
  /** How a hit reads in the list (default: name · masked ID number · enterprise). */
  renderHit?: (hit: WorkerHit) => ReactNode;
  id?: string;
  testId?: string;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
};
type Single = Common & { multiple?: false; value?: number | null; onChange?: (value: number | undefined, hit?: WorkerHit) => void };
type Multiple = Common & { multiple: true; value?: number[]; onChange?: (value: number[], picked: PickedWorker[]) => void };

export const workerLabel = (w: WorkerHit) => [w.name, w.idNumber, w.enterprise?.name].filter(Boolean).join(' · ');

/** The one worker picker of the app: honours, records, subsidy trainees, competition entrants. */
export function WorkerPicker(props: Single | Multiple) {
  const { t } = useTranslation();
  const { source = 'lookup', enterpriseId, exclude = [], current = [], renderHit, id, testId = 'worker-picker', disabled, style } = props;
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [labels, setLabels] = useState<Record<number, string>>({});
  const q = useDebounced(search.trim());
  const lookup = useWorkerLookup({ name: q, enterpriseId }, { enabled: opened && source === 'lookup' });
  const registry = useWorkerSearch({ q, enterpriseId }, { enabled: opened && source === 'registry' });
  const found = source === 'lookup' ? lookup : registry;
  const hits: WorkerHit[] = (found.data?.items ?? []).filter((w) => w.id !== undefined && !exclude.includes(w.id));
  const options = hits.map((w) => ({ value: w.id!, title: workerLabel(w), label: renderHit ? renderHit(w) : workerLabel(w) }));
  const chosen = props.multiple ? (props.value ?? []) : props.value == null ? [] : [props.value];
  const labelOf = (v: number) => labels[v] ?? current.find((c) => c.id === v)?.label ?? String(v);
  for (const v of chosen) if (!options.some((o) => o.value === v)) options.push({ value: v, title: labelOf(v), label: labelOf(v) });
  const lookupBlocked = source === 'lookup' && enterpriseId === undefined;
  const hint = lookupBlocked
    ? t('pickers.worker.chooseEnterpriseFirst')
    : source === 'lookup' && !canLookUp({ name: q, enterpriseId })
      ? t('pickers.worker.typeTwoCharacters')
      : t('registry.workerPicker.none');
  return (
    <Select<number | number[]>
      id={id}
      data-testid={testId}
      aria-label={props['aria-label']}
      mode={props.multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      disabled={disabled || lookupBlocked}
      style={style}
      optionLabelProp="title"
      onOpenChange={(open) => open && setOpened(true)}
      value={props.multiple ? (props.value ?? []) : (props.value ?? undefined)}
      onChange={(v) => {
        const ids = (Array.isArray(v) ? v : v === undefined ? [] : [v]) as number[];
        const picked = ids.map((i) => ({ id: i, label: hits.find((h) => h.id === i) ? workerLabel(hits.find((h) => h.id === i)!) : labelOf(i) }));
        setLabels((old) => ({ ...old, ...Object.fromEntries(picked.map((p) => [p.id, p.label])) }));
        if (props.multiple) props.onChange?.(ids, picked);
        else props.onChange?.(ids[0], hits.find((h) => h.id === ids[0]));
        setSearch('');
      }}
      placeholder={props.placeholder ?? (lookupBlocked ? t('pickers.worker.chooseEnterpriseFirst') : t('pickers.worker.placeholder'))}
      notFoundContent={found.isFetching ? t('common.loading') : hint}
      loading={found.isFetching}
      options={options}
    />
  );
}
