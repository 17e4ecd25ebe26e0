import { Col, Divider, Form, InputNumber, Row, Select } from 'antd';

import type { AwardGrade } from '../../types';
import { GRADES, useCompetitionLabels } from '../../utils/enums';

import { useFormTexts } from './use-form-texts';

const PRIZES = ['firstPrizes', 'secondPrizes', 'thirdPrizes', 'excellencePrizes'] as const;

/** The awards: how many of each prize, the days of publication, and up to which grade a winner earns a title or a skill raise. */
export function AwardsSection() {
  const { t, f, choose } = useFormTexts();
  const { label } = useCompetitionLabels();
  const gradeOptions = [
    { value: '', label: t('competitions.form.none') },
    ...GRADES.map((g: AwardGrade) => ({ value: g, label: t('competitions.form.gradeOrBetter', { grade: label('grade', g) }) })),
  ];
  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('competitions.form.awards')}
      </Divider>
      <Row gutter={16}>
        {PRIZES.map((name) => (
          <Col span={6} key={name}>
            <Form.Item name={name} label={f(name)}>
              <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
        <Col span={6}>
          <Form.Item name="publicationDays" label={f('publicationDays')} rules={[choose(f('publicationDays'))]}>
            <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="technicalExpertUpTo" label={f('technicalExpertUpTo')} getValueProps={(v: unknown) => ({ value: v ?? '' })} normalize={(v: string) => v || undefined}>
            <Select options={gradeOptions} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="skillRaiseUpTo" label={f('skillRaiseUpTo')} getValueProps={(v: unknown) => ({ value: v ?? '' })} normalize={(v: string) => v || undefined}>
            <Select options={gradeOptions} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
