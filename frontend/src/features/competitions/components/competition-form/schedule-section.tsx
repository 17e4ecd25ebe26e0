import { Col, DatePicker, Form, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';

import { useFormTexts } from './use-form-texts';

/** When it runs (the start in the competition's year, the end not before the start) and how many places. */
export function ScheduleSection() {
  const { t, f, choose } = useFormTexts();
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item
          name="startDate"
          label={f('startDate')}
          dependencies={['year']}
          rules={[
            choose(f('startDate')),
            ({ getFieldValue }) => ({
              validator: (_, value?: Dayjs) => {
                const year = getFieldValue('year') as number | undefined;
                return !value || !year || value.year() === year ? Promise.resolve() : Promise.reject(new Error(t('competitions.form.startInYear', { year })));
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item
          name="endDate"
          label={f('endDate')}
          dependencies={['startDate']}
          rules={[
            choose(f('endDate')),
            ({ getFieldValue }) => ({
              validator: (_, value?: Dayjs) => {
                const start = getFieldValue('startDate') as Dayjs | undefined;
                return !value || !start || !value.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('competitions.form.endBeforeStart')));
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="places" label={f('places')} rules={[choose(f('places'))]}>
          <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
