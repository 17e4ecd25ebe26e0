import { App, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';
import type { Enterprise, EnterpriseRequest } from '@/types/api';

import { useSaveEnterprise } from '../api/save-enterprise';
import { creditCodeProblem } from '../utils/checksums';
import { ENTERPRISE_SIZES, OWNERSHIPS, useEnumLabels } from '../utils/enums';


type FormValues = Omit<EnterpriseRequest, 'version'>;

const FIELDS = [
  'creditCode',
  'name',
  'industryCode',
  'ownership',
  'size',
  'inDevZone',
  'hasUnion',
  'hasPartyOrg',
  'address',
  'contactPerson',
  'contactPhone',
] as const;

/** A phone, or the number as read, masked for callers without pii-reader: sent back unchanged, the server keeps the stored one. */
const PHONE_OR_MASKED = /^(1\d{10}|0\d{2,3}-?\d{7,8}|[\d-]{3}\*{1,13}\d{4})$/;

function valuesOf(enterprise?: Enterprise): Partial<FormValues> {
  if (!enterprise) return { inDevZone: false, hasUnion: false, hasPartyOrg: false };
  return {
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    industryCode: enterprise.industryCode,
    ownership: enterprise.ownership,
    size: enterprise.size,
    inDevZone: enterprise.inDevZone,
    hasUnion: enterprise.hasUnion,
    hasPartyOrg: enterprise.hasPartyOrg,
    address: enterprise.address,
    contactPerson: enterprise.contactPerson,
    contactPhone: enterprise.contactPhone,
  };
}

/**
 * 登记 / 修改企业: the enterprise form in a modal. The unified social credit code is checked in the
 * browser (GB 32100 check character); the server's field errors land on the same fields.
 */
export function EnterpriseFormModal({
  open,
  enterprise,
  industries,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  enterprise?: Enterprise;
  industries: { value: string; label: string }[];
  onClose: () => void;
  onSaved: (enterprise: Enterprise) => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { options } = useEnumLabels();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveEnterprise();
  const { stale, otherError, show: showError, clearOther, clearAll } = useServerErrors(form, FIELDS, enterprise?.version);
  const editing = enterprise?.id !== undefined;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(valuesOf(enterprise));
    }
  }, [open, enterprise, form]);

  const submit = async (values: FormValues) => {
    clearOther();
    const trim = (v?: string | null) => v?.trim() || undefined;
    const request: EnterpriseRequest = {
      ...values,
      creditCode: values.creditCode.trim().toUpperCase(),
      name: values.name.trim(),
      address: trim(values.address),
      contactPerson: trim(values.contactPerson),
      contactPhone: trim(values.contactPhone),
      version: enterprise?.version,
    };
    try {
      const saved = await save.mutateAsync({ id: enterprise?.id, request });
      void message.success(editing ? t('registry.enterprises.updated') : t('registry.enterprises.created'));
      onSaved(saved);
    } catch (error) {
      showError(error);
    }
  };

  const required = (field: string) => ({ required: true, message: t('registry.validation.choose', { field }) });

  return (
    <Modal
      open={open}
      title={editing ? t('registry.enterprises.editTitle', { name: enterprise?.name }) : t('registry.enterprises.createTitle')}
      width={760}
      onCancel={() => {
        clearAll();
        onClose();
      }}
      okText={t('registry.save')}
      cancelText={t('registry.cancel')}
      okButtonProps={{ 'data-testid': 'enterprise-save' } as never}
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
      <Form<FormValues> form={form} name="enterprise" layout="vertical" onFinish={(v) => void submit(v)} data-testid="enterprise-form" scrollToFirstError>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="creditCode"
              label={t('registry.enterprises.creditCode')}
              rules={[
                {
                  validator: (_, value: string | undefined) => {
                    const problem = creditCodeProblem(value);
                    return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
                  },
                },
              ]}
            >
              <Input maxLength={18} placeholder={t('registry.enterprises.creditCodePlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="name"
              label={t('registry.enterprises.name')}
              rules={[
                { required: true, whitespace: true, message: t('registry.validation.required', { field: t('registry.enterprises.name') }) },
                { max: 200, message: t('registry.validation.max', { max: 200 }) },
              ]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="industryCode" label={t('registry.industry')} rules={[required(t('registry.industry'))]}>
              <Select options={industries} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ownership" label={t('registry.enterprises.ownership')} rules={[required(t('registry.enterprises.ownership'))]}>
              <Select options={options('ownership', OWNERSHIPS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="size" label={t('registry.enterprises.size')} rules={[required(t('registry.enterprises.size'))]}>
              <Select options={options('size', ENTERPRISE_SIZES)} />
            </Form.Item>
          </Col>
          {(['inDevZone', 'hasUnion', 'hasPartyOrg'] as const).map((flag) => (
            <Col span={8} key={flag}>
              <Form.Item name={flag} label={t(`registry.fields.${flag}` as const)} valuePropName="checked">
                <Switch checkedChildren={t('registry.yes')} unCheckedChildren={t('registry.no')} />
              </Form.Item>
            </Col>
          ))}
          <Col span={24}>
            <Form.Item name="address" label={t('registry.enterprises.address')} rules={[{ max: 300, message: t('registry.validation.max', { max: 300 }) }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPerson" label={t('registry.enterprises.contactPerson')} rules={[{ max: 50, message: t('registry.validation.max', { max: 50 }) }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPhone" label={t('registry.enterprises.contactPhone')} rules={[{ pattern: PHONE_OR_MASKED, message: t('registry.validation.phone') }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
