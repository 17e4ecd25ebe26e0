import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';

import { useAcknowledgeNotice, useIssueNotice } from '../api/notices';
import type { SupervisionNotice } from '../types';

/** 发出督办 (the lead unit): the notice's text and an optional answer-by date. */
export function IssueNoticeForm({ taskId, onClose }: { taskId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string; dueDate?: Dayjs }>();
  const issue = useIssueNotice(taskId);
  const { otherError, show: showError, clearOther } = useServerErrors(form, ['text', 'dueDate']);
  const submit = async (values: { text: string; dueDate?: Dayjs }) => {
    clearOther();
    try {
      await issue.mutateAsync({ text: values.text.trim(), dueDate: values.dueDate?.format('YYYY-MM-DD') });
      void message.success(t('tasks.notice.issued'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Modal
      open
      title={t('tasks.notice.title')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('tasks.notice.issue')}
      cancelText={t('tasks.cancel')}
      confirmLoading={issue.isPending}
      okButtonProps={{ 'data-testid': 'notice-submit' } as ButtonProps}
      onOk={() => form.submit()}
    >
      {otherError !== undefined ? <ApiErrorAlert error={otherError} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="notice-form">
        <Form.Item
          name="text"
          label={t('tasks.notice.text')}
          rules={[{ required: true, whitespace: true, message: t('tasks.form.required', { field: t('tasks.notice.text') }) }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('tasks.notice.dueDate')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 签收并回复 (an assigned department): the answer, sent once. */
export function AcknowledgeNoticeForm({ taskId, notice, onClose }: { taskId: number; notice: SupervisionNotice; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string }>();
  const acknowledge = useAcknowledgeNotice(taskId);
  const { otherError, show: showError, clearOther } = useServerErrors(form, ['answer']);
  const submit = async ({ answer }: { answer: string }) => {
    clearOther();
    try {
      await acknowledge.mutateAsync({ noticeId: notice.id ?? 0, answer: answer.trim(), version: notice.version ?? 0 });
      void message.success(t('tasks.notice.acknowledged'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Modal
      open
      title={t('tasks.notice.acknowledgeTitle')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('tasks.notice.acknowledge')}
      cancelText={t('tasks.cancel')}
      confirmLoading={acknowledge.isPending}
      okButtonProps={{ 'data-testid': 'acknowledge-submit' } as ButtonProps}
      onOk={() => form.submit()}
    >
      <blockquote style={{ margin: '0 0 16px', paddingLeft: 12, borderLeft: '3px solid #faad14' }}>{notice.text}</blockquote>
      {otherError !== undefined ? <ApiErrorAlert error={otherError} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="acknowledge-form">
        <Form.Item
          name="answer"
          label={t('tasks.notice.answer')}
          rules={[{ required: true, whitespace: true, message: t('tasks.form.required', { field: t('tasks.notice.answer') }) }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
