import { Col, Divider, Form, InputNumber, Row, Select } from 'antd';

import { SKILL_LEVELS, useCompetitionLabels } from '../../utils/enums';

import { useFormTexts } from './use-form-texts';
import type { FormValues } from './values';

/** Who may enter a skill contest: skill levels and ages, each maximum not below its minimum. A labour competition has none. */
export function EligibilitySection() {
  const { t, f } = useFormTexts();
  const { options } = useCompetitionLabels();
  const form = Form.useFormInstance<FormValues>();
  const kind = Form.useWatch('kind', form);
  if (kind === 'LABOUR_COMPETITION') return null;
  const skillOptions = options('skillLevel', SKILL_LEVELS);
  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('competitions.form.eligibility')}
      </Divider>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="minSkillLevel" label={f('minSkillLevel')}>
            <Select allowClear options={skillOptions} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="maxSkillLevel"
            label={f('maxSkillLevel')}
            dependencies={['minSkillLevel']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: string) => {
                  const min = getFieldValue('minSkillLevel') as string | undefined;
                  const rank = (s: string) => (SKILL_LEVELS as readonly string[]).indexOf(s);
                  return !value || !min || rank(value) >= rank(min)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('competitions.form.maxBelowMin', { field: f('maxSkillLevel') })));
                },
              }),
            ]}
          >
            <Select allowClear options={skillOptions} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="minAge" label={f('minAge')}>
            <InputNumber min={14} max={80} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="maxAge"
            label={f('maxAge')}
            dependencies={['minAge']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: number | null) => {
                  const min = getFieldValue('minAge') as number | undefined | null;
                  return value == null || min == null || value >= min
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('competitions.form.maxBelowMin', { field: f('maxAge') })));
                },
              }),
            ]}
          >
            <InputNumber min={14} max={80} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
