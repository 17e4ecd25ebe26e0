import { App, Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { readableError } from '@/components/errors/api-error-alert';

import { useCreateFund } from '../api/funds';
import { FUND_SOURCES, type FundRequest } from '../types';
import { applyServerFieldErrors } from '../utils';

const FIELDS = ['year', 'source', 'name', 'budget'] as const;

/** 新建补贴资金: year, source, name, budget (the owning department is the caller's). */
export function FundForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FundRequest>();
  const create = useCreateFund();
  const [failure, setFailure] = useState<string>();
  const required = (field: string) => ({ required: true, message: t('subsidies.funds.required', { field }) });

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setFailure(undefined);
    try {
      await create.mutateAsync(values);
      message.success(t('subsidies.funds.created'));
      onClose();
    } catch (error) {
      const { unmatched } = applyServerFieldErrors(form, error, FIELDS);
      const readable = readableError(error, t);
      if (unmatched.length > 0 || readable.fieldErrors.length === 0) setFailure([readable.title, readable.detail].filter(Boolean).join(': '));
    }
  };

  return (
    <Modal open title={t('subsidies.funds.createTitle')} okText={t('subsidies.funds.save')} cancelText={t('subsidies.funds.cancel')}
      onOk={() => void save()} onCancel={onClose} confirmLoading={create.isPending} okButtonProps={{ 'data-testid': 'fund-save' }} destroyOnHidden>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="fund-form-error" />}
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() }}>
        <Form.Item name="year" label={t('subsidies.funds.year')} rules={[required(t('subsidies.funds.year')), { type: 'number', min: 2000, max: 2100, message: t('subsidies.funds.yearRange') }]}>
          <InputNumber style={{ width: '100%' }} precision={0} />
        </Form.Item>
        <Form.Item name="source" label={t('subsidies.funds.source')} rules={[required(t('subsidies.funds.source'))]}>
          <Select options={FUND_SOURCES.map((s) => ({ value: s, label: t(`subsidies.sources.${s}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('subsidies.funds.name')} rules={[required(t('subsidies.funds.name')), { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="budget" label={t('subsidies.funds.budget')} rules={[required(t('subsidies.funds.budget')), { type: 'number', min: 0.01, message: t('subsidies.funds.budgetPositive') }]}>
          <InputNumber style={{ width: '100%' }} precision={2} min={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
