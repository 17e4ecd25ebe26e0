import { App, Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { errorSentence } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';

import { useCreateFund } from '../api/funds';
import { FUND_SOURCES, type FundRequest } from '../types';

const FIELDS = ['year', 'source', 'name', 'budget'] as const;

/** 新建补贴资金: year, source, name, budget (the owning department is the caller's). */
export function FundForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FundRequest>();
  const create = useCreateFund();
  const { otherError, show: showError, clearOther } = useServerErrors(form, FIELDS);
  const required = (field: string) => ({ required: true, message: t('subsidies.funds.required', { field }) });

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    clearOther();
    try {
      await create.mutateAsync(values);
      message.success(t('subsidies.funds.created'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal open title={t('subsidies.funds.createTitle')} okText={t('subsidies.funds.save')} cancelText={t('subsidies.funds.cancel')}
      onOk={() => void save()} onCancel={onClose} confirmLoading={create.isPending} okButtonProps={{ 'data-testid': 'fund-save' }} destroyOnHidden>
      {otherError !== undefined && <Alert type="error" showIcon title={errorSentence(otherError, t)} style={{ marginBottom: 12 }} data-testid="fund-form-error" />}
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
