import { Button, DatePicker, Form, Input, Modal, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useAcknowledgeNotice, useIssueNotice } from '../api/notices';
import type { SupervisionNotice } from '../types';
import { applyServerFieldErrors } from '../utils/form-errors';

/** 发出督办 (the lead unit): the notice's text and an optional answer-by date. */
export function IssueNoticeForm({ taskId, onClose }: { taskId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string; dueDate?: Dayjs }>();
  const issue = useIssueNotice(taskId);
  const submit = async (values: { text: string; dueDate?: Dayjs }) => {
    try {
      await issue.mutateAsync({ text: values.text.trim(), dueDate: values.dueDate?.format('YYYY-MM-DD') });
      void message.success(t('tasks.notice.issued'));
      onClose();
    } catch (error) {
      applyServerFieldErrors(form, error, ['text', 'dueDate']);
    }
  };
  return (
    <Modal
      open
      title={t('tasks.notice.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('tasks.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={issue.isPending} data-testid="notice-submit" onClick={() => form.submit()}>
          {t('tasks.notice.issue')}
        </Button>,
      ]}
    >
      {issue.error ? <ApiErrorAlert error={issue.error} /> : null}
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
  const [form] = Form.useForm<{ answer: string }>();
  const acknowledge = useAcknowledgeNotice(taskId);
  const submit = async ({ answer }: { answer: string }) => {
    try {
      await acknowledge.mutateAsync({ noticeId: notice.id ?? 0, answer: answer.trim() });
      void message.success(t('tasks.notice.acknowledged'));
      onClose();
    } catch (error) {
      applyServerFieldErrors(form, error, ['answer']);
    }
  };
  return (
    <Modal
      open
      title={t('tasks.notice.acknowledgeTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('tasks.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={acknowledge.isPending} data-testid="acknowledge-submit" onClick={() => form.submit()}>
          {t('tasks.notice.acknowledge')}
        </Button>,
      ]}
    >
      <blockquote style={{ margin: '0 0 16px', paddingLeft: 12, borderLeft: '3px solid #faad14' }}>{notice.text}</blockquote>
      {acknowledge.error ? <ApiErrorAlert error={acknowledge.error} /> : null}
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
