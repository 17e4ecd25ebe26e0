import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EnterprisePicker } from '@/components/pickers/enterprise-picker';
import { WorkerPicker } from '@/components/pickers/worker-picker';
import { api } from '@/lib/api-client';
import type { HonourPage, RecordField, RecordType } from '@/types/api';

import { recordKeys } from '../api/keys';

/** A field's label in the UI's language (the definition carries both). */
export const useFieldLabel = () => {
  const { i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (f: { label?: string; labelEn?: string }) => (english ? f.labelEn : f.label) ?? f.label ?? '';
};

/** The items of a KIND field's dictionary, labelled in the UI's language. */
export const useKindOptions = () => {
  const { i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (type: RecordType, field: RecordField) =>
    (type.kinds?.[field.dictionary ?? ''] ?? []).map((k) => ({ value: k.code!, label: (english ? k.labelEn : k.label) ?? k.code }));
};

/**
 * Picks one or several registry workers through the registry's minimal lookup (a name of two
 * characters or more within an enterprise; ID numbers masked): the enterprise is the record's own
 * enterprise field when it has one, else chosen here.
 */
function RecordWorkerPicker({
  type,
  value,
  onChange,
  multiple,
  known,
  id,
}: {
  type: RecordType;
  value?: number | number[];
  onChange?: (value: number | number[] | undefined) => void;
  multiple: boolean;
  known: Record<number, string>;
  id?: string;
}) {
  const enterpriseField = type.fields.find((f) => f.type === 'ENTERPRISE')?.key;
  const formEnterprise = Form.useWatch(enterpriseField ?? '__none__') as number | undefined;
  const [ownEnterprise, setOwnEnterprise] = useState<number | undefined>();
  const enterpriseId = enterpriseField ? formEnterprise : ownEnterprise;
  const current = Object.entries(known).map(([k, label]) => ({ id: Number(k), label }));
  const picker = multiple ? (
    <WorkerPicker id={id} testId={`record-worker-${id ?? ''}`} multiple enterpriseId={enterpriseId} current={current}
      value={(value as number[] | undefined) ?? []} onChange={(ids) => onChange?.(ids)} style={{ minWidth: 260, flex: 1 }} />
  ) : (
    <WorkerPicker id={id} testId={`record-worker-${id ?? ''}`} enterpriseId={enterpriseId} current={current}
      value={(value as number | undefined) ?? null} onChange={(v) => onChange?.(v)} style={{ minWidth: 260, flex: 1 }} />
  );
  if (enterpriseField) return picker;
  return (
    <Space.Compact style={{ width: '100%' }}>
      <EnterprisePicker value={ownEnterprise ?? null} onChange={(v) => setOwnEnterprise(v)} style={{ minWidth: 220 }} />
      {picker}
    </Space.Compact>
  );
}

/** Picks an honour: the chosen worker's honours (the record's WORKER field), else the honours of the record's year. */
function HonourSelect({
  type,
  value,
  onChange,
  known,
  id,
}: {
  type: RecordType;
  value?: number;
  onChange?: (value: number | undefined) => void;
  known: Record<number, string>;
  id?: string;
}) {
  const { t } = useTranslation();
  const workerField = type.fields.find((f) => f.type === 'WORKER')?.key;
  const dateField = type.fields.find((f) => f.type === 'DATE')?.key;
  const workerId = Form.useWatch(workerField ?? '__none__') as number | undefined;
  const date = Form.useWatch(dateField ?? '__none__') as Dayjs | undefined;
  const year = date && dayjs.isDayjs(date) ? date.year() : undefined;
  const params = workerId !== undefined ? { workerId, size: 100 } : year !== undefined ? { year, size: 100 } : undefined;
  const found = useQuery({
    queryKey: recordKeys.honourPicker(params),
    queryFn: ({ signal }) => api.get<HonourPage>('/api/v1/honours', { params, signal }),
    enabled: params !== undefined,
  });
  const options = (found.data?.items ?? []).map((h) => ({
    value: h.id!,
    label: `${h.year}年 ${h.title} · ${h.worker?.name ?? h.teamName ?? ''}`,
  }));
  if (value !== undefined && !options.some((o) => o.value === value)) options.unshift({ value, label: known[value] ?? String(value) });
  return (
    <Select<number>
      id={id}
      allowClear
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      placeholder={t('records.honourPlaceholder')}
      notFoundContent={params === undefined ? t('records.honourHint') : t('records.none')}
      loading={found.isFetching}
      options={options}
    />
  );
}

/** A DATE field: the form holds dayjs, the API yyyy-MM-dd. */
export const toFormValue = (field: RecordField, value: unknown): unknown =>
  field.type === 'DATE' && typeof value === 'string' ? dayjs(value) : value;

export const toApiValue = (field: RecordField, value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return undefined;
  if (field.type === 'DATE') return (value as Dayjs).format('YYYY-MM-DD');
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
};

/** The input of one field, chosen by its type. */
export function FieldInput({
  type,
  field,
  known,
  disabled,
  ...rest
}: {
  type: RecordType;
  field: RecordField;
  known: Record<number, string>;
  disabled?: boolean;
  value?: unknown;
  onChange?: (value: unknown) => void;
  id?: string;
}) {
  const kindOptions = useKindOptions();
  const value = rest.value as never;
  const onChange = rest.onChange as never;
  switch (field.type) {
    case 'LONG_TEXT':
      return <Input.TextArea id={rest.id} rows={3} maxLength={field.max ?? undefined} showCount disabled={disabled} value={value} onChange={onChange} />;
    case 'DATE':
      return <DatePicker id={rest.id} style={{ width: '100%' }} disabled={disabled} value={value} onChange={onChange} />;
    case 'INTEGER':
      return <InputNumber id={rest.id} style={{ width: '100%' }} min={field.min ?? undefined} max={field.max ?? undefined} precision={0} disabled={disabled} value={value} onChange={onChange} />;
    case 'KIND':
      return <Select id={rest.id} options={kindOptions(type, field)} disabled={disabled} value={value} onChange={onChange} />;
    case 'ENTERPRISE':
    case 'ENTERPRISES':
      return disabled ? (
        <Input disabled value={(Array.isArray(value) ? (value as number[]) : value ? [value as number] : []).map((v) => known[v] ?? v).join('、')} />
      ) : (
        <EnterprisePicker
          id={rest.id}
          {...(field.type === 'ENTERPRISES' ? { multiple: true as const } : {})}
          current={Object.entries(known).map(([id, name]) => ({ id: Number(id), name }))}
          value={value}
          onChange={onChange}
        />
      );
    case 'WORKER':
    case 'WORKERS':
      return disabled ? (
        <Input disabled value={(Array.isArray(value) ? (value as number[]) : value ? [value as number] : []).map((v) => known[v] ?? v).join('、')} />
      ) : (
        <RecordWorkerPicker id={rest.id} type={type} multiple={field.type === 'WORKERS'} known={known} value={value} onChange={onChange} />
      );
    case 'HONOUR':
      return disabled ? (
        <Input disabled value={value ? (known[value as number] ?? String(value)) : ''} />
      ) : (
        <HonourSelect id={rest.id} type={type} known={known} value={value} onChange={onChange} />
      );
    default:
      return <Input id={rest.id} maxLength={field.max ?? undefined} disabled={disabled} value={value} onChange={onChange} />;
  }
}
