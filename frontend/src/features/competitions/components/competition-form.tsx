import { App, Form, Input, Modal } from 'antd';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';

import { useSaveCompetition } from '../api/save-competition';
import type { Competition } from '../types';

import { AwardsSection } from './competition-form/awards-section';
import { BasicsSection } from './competition-form/basics-section';
import { EligibilitySection } from './competition-form/eligibility-section';
import { ItemsSection } from './competition-form/items-section';
import { ScheduleSection } from './competition-form/schedule-section';
import { useFormTexts } from './competition-form/use-form-texts';
import { FORM_FIELDS, toRequest, toValues, type FormValues } from './competition-form/values';

/**
 * Mount it only while open (the parents do), so each opening starts from the competition read.
 *
 * 新建/修改竞赛 for organisers: rules, eligibility, awards and the weighted scoring items. The checks
 * the API makes run here first; the server's field errors land on the fields they name.
 */
export function CompetitionFormModal({
  open,
  competition,
  onClose,
  onSaved,
}: {
  open: boolean;
  competition?: Competition;
  onClose: () => void;
  onSaved: (saved: Competition) => void;
}) {
  const { t, f } = useFormTexts();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveCompetition();
  const { stale, otherError, show: showError, clearOther } = useServerErrors(form, FORM_FIELDS, competition?.version, { nested: true });
  const editing = competition !== undefined;

  const submit = async (v: FormValues) => {
    clearOther();
    const request = toRequest(v, competition?.version);
    try {
      const saved = await save.mutateAsync({ id: competition?.id, request });
      void message.success(editing ? t('competitions.form.saved') : t('competitions.form.created'));
      onSaved(saved);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('competitions.form.editTitle') : t('competitions.form.createTitle')}
      width={860}
      onCancel={onClose}
      okText={t('competitions.form.save')}
      cancelText={t('competitions.form.cancel')}
      okButtonProps={{ 'data-testid': 'competition-save' } as never}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      forceRender
    >
      {stale && <StaleVersionAlert title={t('competitions.form.staleTitle')} description={t('competitions.form.staleDescription')} />}
      {otherError !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={otherError} />
        </div>
      )}
      <Form<FormValues> form={form} layout="vertical" initialValues={toValues(competition)} onFinish={(v) => void submit(v)} data-testid="competition-form" scrollToFirstError>
        <BasicsSection editing={editing} />
        <ScheduleSection />
        <EligibilitySection />
        <AwardsSection />
        <ItemsSection />
        <Form.Item name="description" label={f('description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
