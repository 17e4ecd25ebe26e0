import { App, Col, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';
import { EnterprisePicker } from '@/components/pickers/enterprise-picker';
import type { Worker, WorkerRequest } from '@/types/api';

import { useSaveWorker } from '../api/save-worker';
import { birthDateOf, genderOf, idNumberProblem } from '../utils/checksums';
import { EDUCATIONS, SKILL_LEVELS, useEnumLabels } from '../utils/enums';


type FormValues = Omit<WorkerRequest, 'gender' | 'birthDate' | 'employedSince' | 'version'> & { employedSince?: Dayjs };

const FIELDS = [
  'idNumber',
  'name',
  'gender',
  'birthDate',
  'education',
  'monthlyWage',
  'skillLevel',
  'occupation',
  'agriculturalHukou',
  'fromOutside',
  'unionMember',
  'partyMember',
  'phone',
  'enterpriseId',
  'employedSince',
] as const;

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

function valuesOf(worker?: Worker): Partial<FormValues> {
  if (!worker) {
    return { agriculturalHukou: false, fromOutside: false, unionMember: false, partyMember: false };
  }
  return {
    idNumber: worker.idNumber,
    name: worker.name,
    education: worker.education,
    monthlyWage: worker.monthlyWage,
    skillLevel: worker.skillLevel,
    occupation: worker.occupation,
    agriculturalHukou: worker.agriculturalHukou,
    fromOutside: worker.fromOutside,
    unionMember: worker.unionMember,
    partyMember: worker.partyMember,
    phone: worker.phone,
    enterpriseId: worker.enterprise?.id,
  };
}

/**
 * 登记 / 修改工人: the worker form in a modal. The ID number is checked in the browser (GB 11643
 * check character) and gender and birth date are shown as derived from it; what the server still
 * refuses comes back as field errors on the same fields. A change of enterprise is a transfer and
 * is confirmed first; a stale version (someone saved in between) offers to reload.
 */
export function WorkerFormModal({
  open,
  worker,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  /** The worker to change; none registers a new one. */
  worker?: Worker;
  onClose: () => void;
  onSaved: (worker: Worker) => void;
  /** Reads the worker again (after a stale-version conflict). */
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { label, options } = useEnumLabels();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveWorker();
  const { stale, otherError, show: showError, clearOther, clearAll } = useServerErrors(form, FIELDS, worker?.version);
  const editing = worker?.id !== undefined;

  // a fresh read (after reload) replaces what the form shows
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(valuesOf(worker));
    }
  }, [open, worker, form]);

  const idNumber = (Form.useWatch('idNumber', form) ?? '').trim().toUpperCase();
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const validId = idNumberProblem(idNumber) === undefined;
  const transfer = editing && enterpriseId !== worker?.enterprise?.id;

  const send = async (values: FormValues) => {
    clearOther();
    const request: WorkerRequest = {
      ...values,
      idNumber: values.idNumber.trim().toUpperCase(),
      name: values.name.trim(),
      occupation: values.occupation?.trim() || undefined,
      phone: values.phone?.trim() || undefined,
      enterpriseId: values.enterpriseId ?? undefined,
      employedSince: values.employedSince?.format('YYYY-MM-DD'),
      version: worker?.version,
    };
    try {
      const saved = await save.mutateAsync({ id: worker?.id, request });
      void message.success(editing ? t('registry.workerForm.updated') : t('registry.workerForm.created'));
      onSaved(saved);
    } catch (error) {
      showError(error);
    }
  };

  const submit = (values: FormValues) => {
    if (!transfer) {
      void send(values);
      return;
    }
    // a transfer closes the current employment: confirm it, and say so more strongly when leaving without a new employer
    modal.confirm({
      title: values.enterpriseId ? t('registry.workerForm.transferTitle') : t('registry.workerForm.leaveTitle'),
      content: values.enterpriseId ? t('registry.workerForm.transferConfirm') : t('registry.workerForm.leaveConfirm'),
      okText: t('registry.confirm'),
      cancelText: t('registry.cancel'),
      okButtonProps: { danger: !values.enterpriseId, 'data-testid': 'confirm-transfer' } as never,
      onOk: () => send(values),
    });
  };

  return (
    <Modal
      open={open}
      title={editing ? t('registry.workerForm.editTitle', { name: worker?.name }) : t('registry.workerForm.createTitle')}
      width={820}
      onCancel={() => {
        clearAll();
        onClose();
      }}
      okText={t('registry.save')}
      cancelText={t('registry.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
      forceRender
    >
      {stale && (
        <StaleVersionAlert
          onReload={() => {
            clearOther();
            onReload?.();
          }}
        />
      )}
      {otherError !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={otherError} />
        </div>
      )}
      <Form<FormValues> form={form} name="worker" layout="vertical" onFinish={submit} data-testid="worker-form" scrollToFirstError>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="idNumber"
              label={t('registry.idNumber')}
              // the validator requires it: the red mark says so before the clerk tries
              required
              validateFirst
              rules={[
                {
                  validator: (_, value: string | undefined) => {
                    const problem = idNumberProblem(value);
                    return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
                  },
                },
              ]}
            >
              <Input maxLength={18} placeholder={t('registry.workerForm.idNumberPlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label={t('registry.name')} rules={[{ required: true, whitespace: true, message: t('registry.validation.nameRequired') }, { max: 50, message: t('registry.validation.max', { max: 50 }) }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="gender" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="birthDate" hidden>
          <Input />
        </Form.Item>
        <Descriptions size="small" column={2} style={{ marginBottom: 16 }} data-testid="derived-from-id">
          <Descriptions.Item label={t('registry.workerForm.derivedGender')}>{validId ? label('gender', genderOf(idNumber)) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registry.workerForm.derivedBirthDate')}>{validId ? birthDateOf(idNumber) : '—'}</Descriptions.Item>
        </Descriptions>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="education" label={t('registry.education')} rules={[{ required: true, message: t('registry.validation.choose', { field: t('registry.education') }) }]}>
              <Select options={options('education', EDUCATIONS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="skillLevel" label={t('registry.skillLevel')} rules={[{ required: true, message: t('registry.validation.choose', { field: t('registry.skillLevel') }) }]}>
              <Select options={options('skillLevel', SKILL_LEVELS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="occupation" label={t('registry.occupation')} rules={[{ max: 100, message: t('registry.validation.max', { max: 100 }) }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="monthlyWage" label={t('registry.monthlyWage')} rules={[{ required: true, message: t('registry.validation.wageRequired') }]}>
              <InputNumber<number> min={0} max={9999999.99} precision={2} step={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label={t('registry.phone')} rules={[{ pattern: PHONE, message: t('registry.validation.phone') }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="enterpriseId" label={t('registry.enterprise')}>
              <EnterprisePicker current={worker?.enterprise ?? undefined} />
            </Form.Item>
          </Col>
        </Row>
        {(!editing || transfer) && enterpriseId !== undefined && (
          <Form.Item
            name="employedSince"
            label={editing ? t('registry.workerForm.transferDate') : t('registry.workerForm.employedSince')}
            extra={t('registry.workerForm.employedSinceHint')}
          >
            <DatePicker disabledDate={(d) => d.isAfter(dayjs().add(1, 'year'))} />
          </Form.Item>
        )}
        <Row gutter={16}>
          {(['agriculturalHukou', 'fromOutside', 'unionMember', 'partyMember'] as const).map((flag) => (
            <Col span={6} key={flag}>
              <Form.Item name={flag} label={t(`registry.flags.${flag}` as const)} valuePropName="checked">
                <Switch checkedChildren={t('registry.yes')} unCheckedChildren={t('registry.no')} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
