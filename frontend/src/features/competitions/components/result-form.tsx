import { Alert, App, AutoComplete, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';

import { useParticipants } from '../api/participants';
import { useReportResult } from '../api/results';
import type { Competition, CompetitionResult } from '../types';

type FormValues = { participantId?: number; measure?: string; value?: number | null; unit?: string; reportedOn?: Dayjs; note?: string };

const FORM_FIELDS = ['participantId', 'measure', 'value', 'unit', 'reportedOn', 'note'] as const;
/** The API's bounds (ResultRequest): value ±999 999 999 999 with two decimals, measure 100, unit 20, note 500 characters. */
const VALUE_LIMIT = 999_999_999_999;

/**
 * Mount it only while open (the panel does), so each opening starts empty.
 *
 * 填报成果: one enterprise's result in a labour competition — the enterprise (a participant whose
 * registration was not refused), the measure, its value and unit, the date and a note. The API's
 * checks run here first; the server's field errors land on the fields they name.
 */
export function ResultFormModal({
  competition,
  results,
  onClose,
  onReported,
}: {
  competition: Competition;
  results: CompetitionResult[];
  onClose: () => void;
  onReported: (result: CompetitionResult) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const participants = useParticipants(competition.id!);
  const report = useReportResult(competition.id!);
  const { otherError, show: showError, clearOther } = useServerErrors(form, FORM_FIELDS);
  const enterprises = (participants.data ?? []).filter((p) => p.status !== 'REFUSED');
  // the measures already reported, each with the unit it was reported in, to keep the names (and units) alike
  const units = new Map<string, string>();
  for (const r of results) if (r.measure && r.unit && !units.has(r.measure)) units.set(r.measure, r.unit);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('competitions.results.required', { field }) });
  const tooLong = (field: string, max: number) => ({ max, message: t('competitions.results.tooLong', { field, max }) });

  const submit = async (v: FormValues) => {
    clearOther();
    try {
      const saved = await report.mutateAsync({
        participantId: v.participantId!,
        measure: v.measure!.trim(),
        value: v.value!,
        unit: v.unit!.trim(),
        reportedOn: v.reportedOn!.format('YYYY-MM-DD'),
        note: v.note?.trim() || undefined,
      });
      void message.success(t('competitions.results.reported'));
      onReported(saved);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      open
      title={t('competitions.results.reportTitle')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('competitions.results.submit')}
      cancelText={t('competitions.results.cancel')}
      confirmLoading={report.isPending}
      okButtonProps={{ 'data-testid': 'result-submit' } as ButtonProps}
      onOk={() => form.submit()}
    >
      {otherError !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={otherError} />
        </div>
      )}
      {participants.isSuccess && enterprises.length === 0 && (
        <Alert style={{ marginBottom: 16 }} type="warning" showIcon title={t('competitions.results.noParticipants')} data-testid="result-no-participants" />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reportedOn: dayjs() }}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: FormValues) => {
          // a known measure brings its unit, unless one is typed already
          const unit = changed.measure !== undefined ? units.get(changed.measure.trim()) : undefined;
          if (unit && !form.getFieldValue('unit')) form.setFieldValue('unit', unit);
        }}
        data-testid="result-form"
      >
        <Form.Item name="participantId" label={t('competitions.results.enterprise')} rules={[{ required: true, message: t('competitions.results.pickEnterprise') }]}>
          <Select<number>
            data-testid="result-participant"
            showSearch={{ optionFilterProp: 'label' }}
            loading={participants.isPending}
            placeholder={t('competitions.results.participantPlaceholder')}
            options={enterprises.map((p) => ({ value: p.id!, label: p.enterprise?.name ?? p.displayName ?? String(p.id) }))}
          />
        </Form.Item>
        <Form.Item
          name="measure"
          label={t('competitions.results.measure')}
          rules={[required(t('competitions.results.measure')), tooLong(t('competitions.results.measure'), 100)]}
        >
          <AutoComplete
            data-testid="result-measure"
            placeholder={t('competitions.results.measurePlaceholder')}
            options={[...units.keys()].map((m) => ({ value: m }))}
            showSearch={{ filterOption: (input, option) => (option?.value ?? '').toString().includes(input.trim()) }}
          />
        </Form.Item>
        <Form.Item name="value" label={t('competitions.results.value')} rules={[{ required: true, message: t('competitions.results.required', { field: t('competitions.results.value') }) }]}>
          <InputNumber<number> data-testid="result-value" style={{ width: '100%' }} min={-VALUE_LIMIT} max={VALUE_LIMIT} precision={2} />
        </Form.Item>
        <Form.Item name="unit" label={t('competitions.results.unit')} rules={[required(t('competitions.results.unit')), tooLong(t('competitions.results.unit'), 20)]}>
          <Input data-testid="result-unit" maxLength={20} placeholder={t('competitions.results.unitPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="reportedOn"
          label={t('competitions.results.reportedOn')}
          rules={[{ required: true, message: t('competitions.results.required', { field: t('competitions.results.reportedOn') }) }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('competitions.results.note')} rules={[tooLong(t('competitions.results.note'), 500)]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
