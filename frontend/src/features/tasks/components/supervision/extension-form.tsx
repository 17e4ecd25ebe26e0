import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';

import { useRequestExtension } from '../../api/supervision';
import type { Task } from '../../types';

type Values = { reason: string; requestedDeadline?: Dayjs };

/** 申请延期 (an assigned department): a reason and a deadline after the current one. */
export function ExtensionForm({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const request = useRequestExtension(task.id ?? 0);
  const { otherError, show: showError, clearOther } = useServerErrors(form, ['reason', 'requestedDeadline']);
  const submit = async (values: Values) => {
    clearOther();
    try {
      await request.mutateAsync({ reason: values.reason.trim(), requestedDeadline: values.requestedDeadline?.format('YYYY-MM-DD') ?? '' });
      void message.success(t('tasks.extension.requested'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };
  const current = task.deadline ? dayjs(task.deadline) : dayjs();
  return (
    <Modal
      open
      title={t('tasks.extension.title')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('tasks.extension.submit')}
      cancelText={t('tasks.cancel')}
      confirmLoading={request.isPending}
      okButtonProps={{ 'data-testid': 'extension-submit' } as ButtonProps}
      onOk={() => form.submit()}
    >
      {otherError !== undefined ? <ApiErrorAlert error={otherError} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="extension-form">
        <Form.Item label={t('tasks.extension.currentDeadline')}>{task.deadline}</Form.Item>
        <Form.Item
          name="requestedDeadline"
          label={t('tasks.extension.requestedDeadline')}
          rules={[{ required: true, message: t('tasks.form.required', { field: t('tasks.extension.requestedDeadline') }) }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(current, 'day')} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('tasks.extension.reason')}
          rules={[{ required: true, whitespace: true, message: t('tasks.form.required', { field: t('tasks.extension.reason') }) }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
