import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { EnterprisePicker } from '@/components/pickers/enterprise-picker';
import { WorkerPicker } from '@/components/pickers/worker-picker';
import type { HonourRequest } from '@/types/api';

import { useCreateHonour } from '../api/create-honour';
import { AWARD_LEVELS, HONOUR_CATEGORIES, HONOUR_KINDS, useEnumLabels } from '../utils/enums';


type FormValues = Omit<HonourRequest, 'awardedOn' | 'version'> & { awardedOn?: Dayjs };

const FIELDS = ['kind', 'category', 'title', 'level', 'year', 'awardedOn', 'issuer', 'workerId', 'enterpriseId', 'teamName', 'memberIds'] as const;

/**
 * 记录荣誉: an individual honour (a worker) or a collective one (an enterprise's named team and
 * its members, e.g. 工人先锋号).
 */
export function HonourFormModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { options } = useEnumLabels();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateHonour();
  const { otherError, show: showError, clearOther } = useServerErrors(form, FIELDS);
  const kind = Form.useWatch('kind', form);
  const enterpriseId = Form.useWatch('enterpriseId', form);

  const submit = async (values: FormValues) => {
    clearOther();
    const collective = values.kind === 'COLLECTIVE';
    const request: HonourRequest = {
      kind: values.kind,
      category: values.category,
      title: values.title.trim(),
      level: values.level,
      year: values.year,
      issuer: values.issuer.trim(),
      awardedOn: values.awardedOn?.format('YYYY-MM-DD'),
      workerId: collective ? undefined : values.workerId,
      enterpriseId: collective ? values.enterpriseId : undefined,
      teamName: collective ? values.teamName?.trim() : undefined,
      memberIds: collective ? (values.memberIds ?? []) : undefined,
    };
    try {
      await create.mutateAsync(request);
      void message.success(t('registry.honours.created'));
      form.resetFields();
      onSaved();
    } catch (error) {
      showError(error);
    }
  };

  const choose = (field: string) => ({ required: true, message: t('registry.validation.choose', { field }) });
  const fill = (field: string) => ({ required: true, whitespace: true, message: t('registry.validation.required', { field }) });

  return (
    <Modal
      open={open}
      title={t('registry.honours.addTitle')}
      width={720}
      onCancel={() => {
        clearOther();
        onClose();
      }}
      okText={t('registry.save')}
      cancelText={t('registry.cancel')}
      okButtonProps={{ 'data-testid': 'honour-save' } as never}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      forceRender
    >
      {otherError !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={otherError} />
        </div>
      )}
      <Form<FormValues>
        form={form}
        name="honour"
        layout="vertical"
        initialValues={{ kind: 'INDIVIDUAL', year: new Date().getFullYear() }}
        onFinish={(v) => void submit(v)}
        data-testid="honour-form"
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="kind" label={t('registry.honours.kind')} rules={[choose(t('registry.honours.kind'))]}>
              <Radio.Group optionType="button" options={options('honourKind', HONOUR_KINDS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={t('registry.honours.category')} rules={[choose(t('registry.honours.category'))]}>
              <Select options={options('honourCategory', HONOUR_CATEGORIES)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label={t('registry.honours.honourTitle')} rules={[fill(t('registry.honours.honourTitle')), { max: 200, message: t('registry.validation.max', { max: 200 }) }]}>
              <Input maxLength={200} placeholder="全国劳动模范" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="level" label={t('registry.honours.level')} rules={[choose(t('registry.honours.level'))]}>
              <Select options={options('awardLevel', AWARD_LEVELS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={t('registry.honours.year')} rules={[{ required: true, message: t('registry.validation.required', { field: t('registry.honours.year') }) }]}>
              <InputNumber<number> min={1950} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="awardedOn" label={t('registry.honours.awardedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="issuer" label={t('registry.honours.issuer')} rules={[fill(t('registry.honours.issuer')), { max: 200, message: t('registry.validation.max', { max: 200 }) }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'COLLECTIVE' ? (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="enterpriseId" label={t('registry.honours.enterprise')} rules={[{ required: true, message: t('registry.honours.enterpriseRequired') }]}>
                <EnterprisePicker testId="honour-enterprise" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="teamName" label={t('registry.honours.teamName')} rules={[{ required: true, whitespace: true, message: t('registry.honours.teamRequired') }]}>
                <Input maxLength={100} placeholder="技术胶甲班" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="memberIds" label={t('registry.honours.members')} extra={t('registry.honours.membersHint')}>
                <WorkerPicker source="registry" multiple enterpriseId={enterpriseId ?? undefined} testId="honour-members" />
              </Form.Item>
            </Col>
          </Row>
        ) : (
          <Form.Item name="workerId" label={t('registry.honours.worker')} rules={[{ required: true, message: t('registry.honours.workerRequired') }]}>
            <WorkerPicker source="registry" testId="honour-worker" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
