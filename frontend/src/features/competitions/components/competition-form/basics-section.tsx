import { Col, Form, Input, InputNumber, Row, Select } from 'antd';

import { FIELDS, KINDS, LEVELS, useCompetitionLabels } from '../../utils/enums';

import { useFormTexts } from './use-form-texts';
import type { FormValues } from './values';

/** What the competition is: kind (fixed once created), name, year, its field or occupation, and level. */
export function BasicsSection({ editing }: { editing: boolean }) {
  const { t, f, fill, choose } = useFormTexts();
  const { options } = useCompetitionLabels();
  const form = Form.useFormInstance<FormValues>();
  const kind = Form.useWatch('kind', form);
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item name="kind" label={f('kind')} rules={[choose(f('kind'))]}>
          <Select options={options('kind', KINDS)} disabled={editing} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="name" label={f('name')} rules={[fill(f('name')), { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="year" label={f('year')} rules={[choose(f('year'))]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      {kind === 'LABOUR_COMPETITION' ? (
        <Col span={9}>
          <Form.Item name="field" label={f('field')} rules={[{ required: true, message: t('competitions.form.fieldForLabour') }]}>
            <Select options={options('field', FIELDS)} />
          </Form.Item>
        </Col>
      ) : (
        <Col span={9}>
          <Form.Item name="occupation" label={f('occupation')} rules={[{ required: true, whitespace: true, message: t('competitions.form.occupationForContest') }, { max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      )}
      <Col span={9}>
        <Form.Item name="level" label={f('level')} rules={[choose(f('level'))]}>
          <Select options={options('level', LEVELS)} />
        </Form.Item>
      </Col>
    </Row>
  );
}
