import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Space, Tag, message } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDepartments } from '@/lib/lookups';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';

import { useIndicators, useSaveTask } from '../api/tasks';
import { POLICY_AREAS, TASK_PRIORITIES, type PolicyArea, type Task, type TaskPriority, type TaskRequest } from '../types';
import { useDepartmentName, useIndicatorLabel } from '../utils/use-task-helpers';

type FormValues = {
  title: string;
  description?: string;
  area: PolicyArea;
  leadDepartment: string;
  cooperatingDepartments?: string[];
  targetValue?: number | null;
  targetUnit?: string;
  indicatorCode?: string;
  startDate: Dayjs;
  deadline: Dayjs;
  priority: TaskPriority;
  year: number;
  milestones?: MilestoneValues[];
};

/** A milestone row: an existing one keeps its id (and the API its done date); done and doneOn are shown only. */
type MilestoneValues = { id?: number; title?: string; dueDate?: Dayjs | null; done?: boolean; doneOn?: string };

const MAX_MILESTONES = 50;

const FIELDS = [
  'title',
  'description',
  'area',
  'leadDepartment',
  'cooperatingDepartments',
  'targetValue',
  'targetUnit',
  'indicatorCode',
  'startDate',
  'deadline',
  'priority',
  'year',
  'milestones',
] as const;

const toValues = (task?: Task): Partial<FormValues> =>
  task
    ? {
        title: task.title,
        description: task.description ?? undefined,
        area: task.area,
        leadDepartment: task.leadDepartment?.code,
        cooperatingDepartments: task.cooperatingDepartments?.map((d) => d.code ?? ''),
        targetValue: task.targetValue ?? undefined,
        targetUnit: task.targetUnit ?? undefined,
        indicatorCode: task.indicatorCode ?? undefined,
        milestones: task.milestones?.map((m) => ({
          id: m.id,
          title: m.title,
          dueDate: m.dueDate ? dayjs(m.dueDate) : undefined,
          done: m.done,
          doneOn: m.doneOn ?? undefined,
        })),
        startDate: task.startDate ? dayjs(task.startDate) : undefined,
        deadline: task.deadline ? dayjs(task.deadline) : undefined,
        priority: task.priority,
        year: task.year,
      }
    : { priority: 'MEDIUM', year: dayjs().year(), startDate: dayjs(), milestones: [] };

/**
 * The lead unit's task form: create (no task) or edit (the task read, whose version goes with the
 * change; a 409 says someone saved in between and offers to reload).
 */
export function TaskForm({
  open,
  task,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  task?: Task;
  onClose: () => void;
  onSaved?: (task: Task) => void;
  /** Reads the task again (after a 409); resolves with the fresh task. */
  onReload?: () => Promise<Task | undefined>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const departments = useDepartments();
  const departmentName = useDepartmentName();
  const save = useSaveTask();
  const [version, setVersion] = useState(task?.version);
  // nested: an error on `milestones[1].title` goes to that row's title
  const { stale, otherError, show: showError, clearOther, clearAll } = useServerErrors(form, FIELDS, version, { nested: true });
  const lead = Form.useWatch('leadDepartment', form);
  const year = Form.useWatch('year', form);
  const indicators = useIndicators(typeof year === 'number' && year >= 2000 && year <= 2100 ? year : undefined);
  const indicatorLabel = useIndicatorLabel();

  const departmentOptions = (departments.data?.items ?? []).map((d) => ({ value: d.code ?? '', label: departmentName(d.code) }));
  const required = (field: string) => [{ required: true, message: t('tasks.form.required', { field }) }];

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

  const submit = async (values: FormValues) => {
    const request: TaskRequest = {
      title: values.title.trim(),
      description: values.description?.trim() || undefined,
      area: values.area,
      leadDepartment: values.leadDepartment,
      cooperatingDepartments: (values.cooperatingDepartments ?? []).filter((code) => code !== values.leadDepartment),
      targetValue: values.targetValue ?? undefined,
      targetUnit: values.targetUnit?.trim() || undefined,
      indicatorCode: values.indicatorCode || undefined,
      milestones: (values.milestones ?? []).map((m) => ({
        ...(m.id !== undefined ? { id: m.id } : {}),
        title: (m.title ?? '').trim(),
        dueDate: m.dueDate ? m.dueDate.format('YYYY-MM-DD') : undefined,
      })),
      startDate: values.startDate.format('YYYY-MM-DD'),
      deadline: values.deadline.format('YYYY-MM-DD'),
      priority: values.priority,
      year: values.year,
      ...(task ? { version } : {}),
    };
    clearOther();
    try {
      const saved = await save.mutateAsync({ id: task?.id, request });
      void message.success(t('tasks.form.saved'));
      onSaved?.(saved);
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      form.setFieldsValue(toValues(fresh));
      setVersion(fresh.version);
    }
    clearAll();
  };

  return (
    <Modal
      open={open}
      title={task ? t('tasks.form.editTitle') : t('tasks.form.createTitle')}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      okText={t('tasks.form.save')}
      cancelText={t('tasks.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'task-save' } as ButtonProps}
      onOk={() => form.submit()}
    >
      {stale && (
        <StaleVersionAlert title={t('tasks.form.staleTitle')} description={t('tasks.form.staleDescription')} onReload={() => void reload()} />
      )}
      {otherError !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={otherError} />
        </div>
      )}
      <Form form={form} layout="vertical" initialValues={toValues(task)} onFinish={(v) => void submit(v)} data-testid="task-form">
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
        <Divider titlePlacement="start" plain>
          {t('tasks.form.milestones')}
        </Divider>
        <Form.List
          name="milestones"
          rules={[
            {
              validator: async (_, rows?: MilestoneValues[]) => {
                if ((rows?.length ?? 0) > MAX_MILESTONES) throw new Error(t('tasks.form.milestonesMax', { max: MAX_MILESTONES }));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => {
                const row = (form.getFieldValue(['milestones', field.name]) as MilestoneValues | undefined) ?? {};
                const removeLabel = t('tasks.form.milestoneRemove', { index: index + 1 });
                return (
                  <Space key={field.key} align="baseline" wrap data-testid={`milestone-row-${index}`}>
                    {/* registered, so the id of a kept milestone goes with the values */}
                    <Form.Item name={[field.name, 'id']} hidden noStyle>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'title']}
                      label={index === 0 ? t('tasks.form.milestoneTitle') : undefined}
                      rules={[
                        { required: true, whitespace: true, message: t('tasks.form.required', { field: t('tasks.form.milestoneTitle') }) },
                        { max: 200 },
                      ]}
                    >
                      <Input aria-label={`${t('tasks.form.milestoneTitle')} ${index + 1}`} maxLength={200} style={{ width: 340 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'dueDate']} label={index === 0 ? t('tasks.form.milestoneDue') : undefined}>
                      <DatePicker aria-label={`${t('tasks.form.milestoneDue')} ${index + 1}`} />
                    </Form.Item>
                    {row.done && <Tag color="success">{t('tasks.form.milestoneDone', { date: row.doneOn ?? '' })}</Tag>}
                    {row.id !== undefined && row.done ? (
                      <Popconfirm
                        title={t('tasks.form.milestoneRemoveDone')}
                        onConfirm={() => remove(field.name)}
                        okText={t('tasks.form.milestoneRemoveOk')}
                        cancelText={t('tasks.cancel')}
                        okButtonProps={{ 'data-testid': 'milestone-remove-confirm' } as ButtonProps}
                      >
                        <Button icon={<DeleteOutlined />} aria-label={removeLabel} />
                      </Popconfirm>
                    ) : (
                      <Button icon={<DeleteOutlined />} aria-label={removeLabel} onClick={() => remove(field.name)} />
                    )}
                  </Space>
                );
              })}
              <Form.Item>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  data-testid="milestone-add"
                  disabled={fields.length >= MAX_MILESTONES}
                  onClick={() => add({ title: '' })}
                >
                  {t('tasks.form.milestoneAdd')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
