import { App, Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { errorSentence } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { useDictionaries } from '@/lib/dictionaries';

import { useCreateProgramme } from '../api/funds';
import { PROGRAMME_KINDS, SKILL_LEVELS, type Fund, type ProgrammeRequest, type SkillLevel } from '../types';
import { withYear } from '../utils';

const FIELDS = ['kind', 'name', 'fundId', 'year', 'amountPerTrainee', 'migrantUpliftPercent', 'description'] as const;
type Values = Omit<ProgrammeRequest, 'levelAmounts'> & { levels?: Partial<Record<SkillLevel, number | null>> };

/** 新建补贴项目: kind, fund, amount rule (per trainee, per skill level, migrant uplift). */
export function ProgrammeForm({ funds, onClose }: { funds: Fund[]; onClose: () => void }) {
  const { t } = useTranslation();
  const dictionary = useDictionaries();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateProgramme();
  const { otherError, show: showError, clearOther } = useServerErrors(form, FIELDS);
  const required = (field: string) => ({ required: true, message: t('subsidies.funds.required', { field }) });

  const save = async () => {
    const validated = await form.validateFields().catch(() => undefined);
    if (!validated) return;
    const { levels, ...values } = validated;
    const levelAmounts = Object.fromEntries(Object.entries(levels ?? {}).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
    clearOther();
    try {
      await create.mutateAsync({ ...values, levelAmounts: Object.keys(levelAmounts).length > 0 ? levelAmounts : undefined });
      message.success(t('subsidies.funds.programmeCreated'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal open title={t('subsidies.funds.programmeTitle')} okText={t('subsidies.funds.save')} cancelText={t('subsidies.funds.cancel')}
      onOk={() => void save()} onCancel={onClose} confirmLoading={create.isPending} okButtonProps={{ 'data-testid': 'programme-save' }} destroyOnHidden>
      {otherError !== undefined && <Alert type="error" showIcon title={errorSentence(otherError, t)} style={{ marginBottom: 12 }} data-testid="programme-form-error" />}
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label={t('subsidies.funds.kind')} rules={[required(t('subsidies.funds.kind'))]}>
          <Select options={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`subsidies.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('subsidies.funds.programmeName')} rules={[required(t('subsidies.funds.programmeName')), { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="fundId" label={t('subsidies.funds.fund')} rules={[required(t('subsidies.funds.fund'))]}>
          <Select options={funds.map((f) => ({ value: f.id, label: withYear(f) }))} />
        </Form.Item>
        <Form.Item name="amountPerTrainee" label={t('subsidies.funds.amountPerTrainee')} rules={[required(t('subsidies.funds.amountPerTrainee')), { type: 'number', min: 0.01, message: t('subsidies.funds.budgetPositive') }]}>
          <InputNumber style={{ width: '100%' }} precision={2} min={0} />
        </Form.Item>
        <Form.Item name="migrantUpliftPercent" label={t('subsidies.funds.migrantUplift')}>
          <InputNumber style={{ width: '100%' }} min={0} max={100} />
        </Form.Item>
        <Form.Item label={t('subsidies.funds.levelAmountsHint')}>
          {SKILL_LEVELS.filter((l) => l !== 'NONE').map((level) => (
            <Form.Item key={level} name={['levels', level]} label={t('subsidies.funds.levelAmount', { level: dictionary.label('skill_level', level) })} style={{ marginBottom: 8 }}>
              <InputNumber style={{ width: '100%' }} precision={2} min={0} />
            </Form.Item>
          ))}
        </Form.Item>
        <Form.Item name="description" label={t('subsidies.funds.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
