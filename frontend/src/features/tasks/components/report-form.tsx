import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Progress, Typography, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { MAX_UPLOAD_BYTES } from '@/lib/files';

import { AttachmentUploadError, useFileProgressReport } from '../api/reports';
import type { Task } from '../types';

const ACCEPT = '.png,.jpg,.jpeg,.pdf,.doc,.docx';
const ACCEPTED_NAME = /\.(png|jpe?g|pdf|docx?)$/i;

type FormValues = { reportDate: Dayjs; narrative: string; quantity?: number | null };

/** 报送进展: date, narrative, quantity, evidence files (uploaded after the report, with a progress bar). */
export function ReportForm({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const { otherError: failure, show: showError, clearOther } = useServerErrors(form, ['reportDate', 'narrative', 'quantity']);
  const file = useFileProgressReport(task.id ?? 0);

  const submit = async (values: FormValues) => {
    clearOther();
    setPercent(files.length > 0 ? 0 : null);
    try {
      await file.mutateAsync({
        request: {
          reportDate: values.reportDate.format('YYYY-MM-DD'),
          narrative: values.narrative.trim(),
          quantity: values.quantity ?? undefined,
        },
        files: files.map((f) => f.originFileObj as File),
        onProgress: setPercent,
      });
      void message.success(t('tasks.report.filed'));
      onClose();
    } catch (error) {
      setPercent(null);
      if (error instanceof AttachmentUploadError) {
        showError(error.error);
        setFileError(t('tasks.report.uploadFailed', { name: error.fileName }));
        return;
      }
      showError(error);
    }
  };

  return (
    <Modal
      open
      title={t('tasks.report.title')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('tasks.report.submit')}
      cancelText={t('tasks.cancel')}
      confirmLoading={file.isPending}
      okButtonProps={{ 'data-testid': 'report-submit' } as ButtonProps}
      onOk={() => form.submit()}
    >
      {failure !== undefined ? (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={failure} />
        </div>
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ reportDate: dayjs() }} onFinish={(v) => void submit(v)} data-testid="report-form">
        <Form.Item
          name="reportDate"
          label={t('tasks.report.reportDate')}
          rules={[
            { required: true, message: t('tasks.form.required', { field: t('tasks.report.reportDate') }) },
            {
              validator: (_, value?: Dayjs) =>
                value && value.isAfter(dayjs(), 'day') ? Promise.reject(new Error(t('tasks.report.futureDate'))) : Promise.resolve(),
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="narrative"
          label={t('tasks.report.narrative')}
          rules={[{ required: true, whitespace: true, message: t('tasks.form.required', { field: t('tasks.report.narrative') }) }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        {task.targetValue != null && (
          <Form.Item name="quantity" label={`${t('tasks.report.quantity')}${task.targetUnit ? ` (${task.targetUnit})` : ''}`}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item label={t('tasks.report.attachments')} extra={t('tasks.report.hint')}>
          <Upload
            multiple
            accept={ACCEPT}
            fileList={files}
            data-testid="report-upload"
            beforeUpload={(picked) => {
              if (picked.size > MAX_UPLOAD_BYTES) {
                setFileError(t('tasks.report.tooLarge', { name: picked.name }));
              } else if (!ACCEPTED_NAME.test(picked.name)) {
                setFileError(t('tasks.report.badType', { name: picked.name }));
              } else {
                setFileError(null);
                setFiles((current) => [...current, { uid: picked.uid, name: picked.name, size: picked.size, originFileObj: picked }]);
              }
              return Upload.LIST_IGNORE;
            }}
            onRemove={(removed) => setFiles((current) => current.filter((f) => f.uid !== removed.uid))}
          >
            <Button icon={<UploadOutlined />}>{t('tasks.report.pick')}</Button>
          </Upload>
        </Form.Item>
        {fileError && <Alert type="error" showIcon title={fileError} data-testid="file-error" style={{ marginBottom: 12 }} />}
        {percent !== null && (
          <div data-testid="upload-progress">
            <Typography.Text type="secondary">{t('tasks.report.uploading')}</Typography.Text>
            <Progress aria-label={t('tasks.report.uploading')} percent={percent} />
          </div>
        )}
      </Form>
    </Modal>
  );
}
