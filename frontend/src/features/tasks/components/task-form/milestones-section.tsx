import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Divider, Form, Input, Popconfirm, Space, Tag } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { MAX_MILESTONES, type FormValues, type MilestoneValues } from './values';

/** The milestones: add, edit, remove (a done one after a confirmation). */
export function MilestonesSection() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  return (
    <>
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
    </>
  );
}
