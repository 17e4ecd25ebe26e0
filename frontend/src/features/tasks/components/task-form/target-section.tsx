import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { useIndicators } from '../../api/tasks';
import { useIndicatorLabel } from '../../utils/use-task-helpers';

import type { FormValues } from './values';

/** The target (value and unit) and the live indicator that may measure it. */
export function TargetSection() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const year = Form.useWatch('year', form);
  const indicators = useIndicators(typeof year === 'number' && year >= 2000 && year <= 2100 ? year : undefined);
  const indicatorLabel = useIndicatorLabel();
  const indicatorOptions = [
    { value: '', label: t('tasks.form.indicatorNone') },
    ...(indicators.data ?? []).map((i) => ({
      value: i.code ?? '',
      label: t('tasks.form.indicatorOption', { label: indicatorLabel(i), value: i.value ?? 0, unit: i.unit ?? '' }).trim(),
    })),
  ];
  // a tracked indicator counts in its own unit: propose it when no unit is typed yet
  const chooseIndicator = (code?: string) => {
    const unit = indicators.data?.find((i) => i.code === code)?.unit;
    if (unit && !(form.getFieldValue('targetUnit') as string | undefined)?.trim()) form.setFieldValue('targetUnit', unit);
  };
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="targetValue" label={t('tasks.form.targetValue')}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="targetUnit"
            label={t('tasks.form.targetUnit')}
            dependencies={['targetValue']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  getFieldValue('targetValue') != null && !value?.trim()
                    ? Promise.reject(new Error(t('tasks.form.unitWithoutValue')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="indicatorCode"
        label={t('tasks.form.indicator')}
        extra={t('tasks.form.indicatorHelp')}
        getValueProps={(value: unknown) => ({ value: value ?? '' })}
        normalize={(value: string) => value || undefined}
      >
        <Select
          data-testid="task-indicator"
          options={indicatorOptions}
          loading={indicators.isPending}
          onChange={(code: string) => chooseIndicator(code)}
        />
      </Form.Item>
    </>
  );
}
