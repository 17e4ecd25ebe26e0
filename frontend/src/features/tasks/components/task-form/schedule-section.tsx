import { Col, DatePicker, Form, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Start and deadline (not before the start). */
export function ScheduleSection() {
  const { t } = useTranslation();
  const required = (field: string) => [{ required: true, message: t('tasks.form.required', { field }) }];
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="startDate" label={t('tasks.form.startDate')} rules={required(t('tasks.form.startDate'))}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="deadline"
          label={t('tasks.form.deadline')}
          dependencies={['startDate']}
          rules={[
            ...required(t('tasks.form.deadline')),
            ({ getFieldValue }) => ({
              validator: (_, value?: Dayjs) => {
                const start = getFieldValue('startDate') as Dayjs | undefined;
                return value && start && value.isBefore(start, 'day')
                  ? Promise.reject(new Error(t('tasks.form.deadlineBeforeStart')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
