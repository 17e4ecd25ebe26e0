import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { EnterprisePicker } from '@/components/pickers/enterprise-picker';
import type { RecordField, RecordType } from '@/types/api';

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
    default:
      return <Input id={rest.id} maxLength={field.max ?? undefined} disabled={disabled} value={value} onChange={onChange} />;
  }
}
