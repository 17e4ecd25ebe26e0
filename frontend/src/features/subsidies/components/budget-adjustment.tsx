import { Alert, App, Descriptions, Drawer, Form, Input, InputNumber, Modal, Table } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert, readableError } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';
import { PersonName } from '@/lib/dictionaries';
import { formatDateTime } from '@/lib/format/dates';

import { useAdjustBudget, useBudgetAdjustments } from '../api/funds';
import type { BudgetAdjustment, Fund } from '../types';
import { formatYuan } from '../utils';

const FIELDS = ['budget', 'reason'] as const;
type Values = { budget: number; reason: string };

/**
 * 调整预算 (subsidy-approver): the new budget and why. Never below what is committed and paid (the
 * form says so first, the API refuses it with 409); a stale fund asks for a reload.
 */
export function BudgetDialog({ fund, onClose, onReload }: { fund: Fund; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const adjust = useAdjustBudget(fund.id!);
  const errors = useServerErrors(form, FIELDS, fund.version);
  const used = (fund.committed ?? 0) + (fund.disbursed ?? 0);
  const failure = errors.otherError ? readableError(errors.otherError, t) : undefined;

  const send = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const change = values.budget - (fund.budget ?? 0);
    modal.confirm({
      title: t('subsidies.budget.confirmTitle'),
      content: t('subsidies.budget.confirmText', {
        name: fund.name ?? '',
        from: formatYuan(fund.budget),
        to: formatYuan(values.budget),
        change: `${change >= 0 ? '+' : '−'}${formatYuan(Math.abs(change))}`,
      }),
      okText: t('subsidies.detail.ok'),
      cancelText: t('subsidies.detail.cancel'),
      okButtonProps: { 'data-testid': 'budget-confirm' } as ButtonProps,
      onOk: async () => {
        errors.clearOther();
        try {
          await adjust.mutateAsync({ budget: values.budget, reason: values.reason.trim(), version: fund.version ?? 0 });
          message.success(t('subsidies.budget.saved'));
          onClose();
        } catch (error) {
          errors.show(error);
        }
      },
    });
  };

  return (
    <Modal open title={t('subsidies.budget.title')} onCancel={onClose} onOk={() => void send()} okText={t('subsidies.budget.save')}
      cancelText={t('subsidies.detail.cancel')} confirmLoading={adjust.isPending} okButtonProps={{ 'data-testid': 'budget-save' }} destroyOnHidden>
      {errors.stale && <StaleVersionAlert onReload={() => { errors.clearAll(); onReload(); }} />}
      {failure && <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="budget-error" title={failure.title} description={failure.detail} />}
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }} items={[
        { key: 'fund', label: t('subsidies.funds.name'), children: fund.name },
        { key: 'budget', label: t('subsidies.budget.current'), children: formatYuan(fund.budget) },
        { key: 'used', label: t('subsidies.budget.used'), children: formatYuan(used) },
      ]} />
      <Form form={form} layout="vertical" initialValues={{ budget: fund.budget }}>
        <Form.Item name="budget" label={t('subsidies.budget.newBudget')} extra={t('subsidies.budget.minHint', { amount: formatYuan(used) })}
          rules={[
            { required: true, message: t('subsidies.form.required', { field: t('subsidies.budget.newBudget') }) },
            { type: 'number', min: used, message: t('subsidies.budget.belowUsed', { amount: formatYuan(used) }) },
            { type: 'number', max: 999_999_999_999.99, message: t('subsidies.budget.tooLarge') },
          ]}>
          <InputNumber style={{ width: '100%' }} precision={2} min={0} data-testid="budget-input" />
        </Form.Item>
        <Form.Item name="reason" label={t('subsidies.budget.reason')}
          rules={[{ required: true, whitespace: true, message: t('subsidies.budget.reasonRequired') }, { max: 1000 }]}>
          <Input.TextArea rows={3} data-testid="budget-reason" placeholder={t('subsidies.budget.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 预算调整记录: who changed the fund's budget, when, from what to what, and why (newest first). */
export function AdjustmentsDrawer({ fund, onClose }: { fund: Fund; onClose: () => void }) {
  const { t } = useTranslation();
  const adjustments = useBudgetAdjustments(fund.id!);
  return (
    <Drawer open size="large" title={t('subsidies.budget.historyTitle', { name: fund.name ?? '' })} onClose={onClose}>
      {adjustments.isError ? (
        <ApiErrorAlert error={adjustments.error} onRetry={() => void adjustments.refetch()} />
      ) : (
        <Table<BudgetAdjustment>
          data-testid="budget-history"
          rowKey={(r) => r.id ?? 0}
          size="small"
          loading={adjustments.isPending}
          pagination={false}
          dataSource={adjustments.data ?? []}
          locale={{ emptyText: t('subsidies.budget.historyEmpty') }}
          columns={[
            { title: t('subsidies.budget.when'), render: (_, r) => (r.adjustedAt ? formatDateTime(r.adjustedAt) : '') },
            {
              title: t('subsidies.budget.who'),
              // the name and department at the time of the change (the login only in the tooltip)
              render: (_, r) => <PersonName name={r.actorName} login={r.actor} department={r.departmentName ?? r.department} />,
            },
            { title: t('subsidies.budget.from'), align: 'right', render: (_, r) => formatYuan(r.oldBudget) },
            { title: t('subsidies.budget.to'), align: 'right', render: (_, r) => formatYuan(r.newBudget) },
            { title: t('subsidies.budget.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Drawer>
  );
}
