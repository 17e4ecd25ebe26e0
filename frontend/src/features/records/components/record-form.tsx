import { Alert, App, Form, InputNumber, Modal, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';
import type { DepartmentRecord, RecordType } from '@/types/api';

import { useSaveRecord } from '../api/records';

import { FieldInput, toApiValue, toFormValue, useFieldLabel } from './record-fields';

type Values = Record<string, unknown> & { taskId?: number };

/**
 * 新增/修改/查看 a record: one form for every record type, its fields generated from the type's
 * definition (label, input by type, required, limits); the server's field errors land on the
 * fields they name, a stale version shows the reload warning, and closing with unsaved changes asks first.
 */
export function RecordFormModal({
  type,
  record,
  readOnly,
  open,
  onClose,
  onReload,
}: {
  type: RecordType;
  record?: DepartmentRecord;
  readOnly?: boolean;
  open: boolean;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const label = useFieldLabel();
  const save = useSaveRecord(type.code!);
  const fields = type.fields;
  const names = useMemo(() => [...fields.map((f) => f.key!), 'taskId'], [fields]);
  const errors = useServerErrors(form, names, record?.version);
  const typeLabel = label(type);

  // enterprise names for the pickers, from the record as the API showed it
  const known = useMemo(() => {
    const out: Record<number, string> = {};
    for (const f of fields) {
      const v = record?.fields?.[f.key!];
      const names = (record?.display?.[f.key!] ?? '').split('、');
      if (typeof v === 'number') out[v] = names[0] ?? String(v);
      if (Array.isArray(v)) (v as number[]).forEach((id, i) => (out[id] = names[i] ?? String(id)));
    }
    return out;
  }, [fields, record]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (record) {
      const values: Values = { taskId: record.taskId ?? undefined };
      for (const f of fields) values[f.key!] = toFormValue(f, record.fields?.[f.key!]);
      form.setFieldsValue(values);
    }
  }, [open, record, fields, form]);

  const close = () => {
    errors.clearAll();
    onClose();
  };

  const cancel = () => {
    if (readOnly || !form.isFieldsTouched()) {
      close();
      return;
    }
    modal.confirm({
      title: t('records.discardTitle'),
      content: t('records.discardContent'),
      okText: t('records.discardOk'),
      cancelText: t('records.keepEditing'),
      okButtonProps: { danger: true },
      onOk: close,
    });
  };

  const submit = async (values: Values) => {
    errors.clearOther();
    const body: Record<string, unknown> = {};
    for (const f of fields) {
      const v = toApiValue(f, values[f.key!]);
      if (v !== undefined) body[f.key!] = v;
    }
    try {
      await save.mutateAsync({ id: record?.id, body: { fields: body, taskId: values.taskId ?? undefined, version: record?.version } });
      void message.success(t('records.saved'));
      close();
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t(readOnly ? 'records.viewTitle' : record ? 'records.editTitle' : 'records.createTitle', { type: typeLabel })}
      onCancel={cancel}
      onOk={() => (readOnly ? close() : form.submit())}
      okText={readOnly ? t('records.cancel') : t('records.save')}
      cancelButtonProps={readOnly ? { style: { display: 'none' } } : undefined}
      cancelText={t('records.cancel')}
      confirmLoading={save.isPending}
      width={640}
      destroyOnHidden
      data-testid="record-form"
    >
      {errors.stale && <StaleVersionAlert onReload={onReload} />}
      {errors.otherError !== undefined && <ApiErrorAlert error={errors.otherError} />}
      {readOnly && record && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('records.readOnlyHint')} />
      )}
      <Form form={form} layout="vertical" name={`record-${type.code}`} onFinish={(v) => void submit(v)} disabled={readOnly}>
        {fields.map((f) => (
          <Form.Item
            key={f.key}
            name={f.key}
            label={label(f)}
            extra={readOnly ? undefined : f.help}
            rules={f.required ? [{ required: true, message: `${label(f)}` }] : []}
          >
            <FieldInput type={type} field={f} known={known} disabled={readOnly} />
          </Form.Item>
        ))}
        <Form.Item name="taskId" label={t('records.taskId')} extra={readOnly ? record?.taskTitle : t('records.taskIdHint')}>
          <InputNumber style={{ width: '100%' }} min={1} precision={0} />
        </Form.Item>
        {record && (
          <Typography.Text type="secondary">
            {t('records.createdBy')}: {record.createdByName} · {t('records.updatedBy')}: {record.updatedByName}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
