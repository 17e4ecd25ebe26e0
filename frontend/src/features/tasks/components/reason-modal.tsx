import { Button, Form, Input, Modal, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

/** Asks for the reason of a suspension or a reopening, and confirms once more before sending it. */
export function ReasonModal({
  title,
  confirm,
  okText,
  loading,
  error,
  onSubmit,
  onClose,
}: {
  title: string;
  confirm: string;
  okText: string;
  loading: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const send = async () => {
    const { reason } = await form.validateFields();
    onSubmit(reason.trim());
  };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('tasks.cancel')}
        </Button>,
        <Popconfirm key="ok" title={confirm} onConfirm={() => void send().catch(() => undefined)} okButtonProps={{ 'data-testid': 'reason-confirm' }}>
          <Button type="primary" danger loading={loading} data-testid="reason-submit">
            {okText}
          </Button>
        </Popconfirm>,
      ]}
    >
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={error} />
        </div>
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('tasks.detail.reason')} rules={[{ required: true, whitespace: true, message: t('tasks.detail.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
