import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { useDepartments } from '@/lib/lookups';

import { POLICY_AREAS, TASK_PRIORITIES } from '../../types';
import { useDepartmentName } from '../../utils/use-task-helpers';

import type { FormValues } from './values';

/** What the task is, its area, priority and year, and who leads and co-operates. */
export function BasicsSection() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const departments = useDepartments();
  const departmentName = useDepartmentName();
  const lead = Form.useWatch('leadDepartment', form);
  const departmentOptions = (departments.data?.items ?? []).map((d) => ({ value: d.code ?? '', label: departmentName(d.code) }));
  const required = (field: string) => [{ required: true, message: t('tasks.form.required', { field }) }];
  return (
    <>
      <Form.Item name="title" label={t('tasks.form.title')} rules={[...required(t('tasks.form.title')), { max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('tasks.form.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="area" label={t('tasks.form.area')} rules={required(t('tasks.form.area'))}>
            <Select options={POLICY_AREAS.map((a) => ({ value: a, label: t(`tasks.area.${a}`) }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="priority" label={t('tasks.form.priority')} rules={required(t('tasks.form.priority'))}>
            <Select options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`tasks.priority.${p}`) }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="year" label={t('tasks.form.year')} rules={required(t('tasks.form.year'))}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="leadDepartment" label={t('tasks.form.leadDepartment')} rules={required(t('tasks.form.leadDepartment'))}>
            <Select options={departmentOptions} loading={departments.isPending} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="cooperatingDepartments" label={t('tasks.form.cooperatingDepartments')}>
            <Select mode="multiple" options={departmentOptions.filter((o) => o.value !== lead)} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
