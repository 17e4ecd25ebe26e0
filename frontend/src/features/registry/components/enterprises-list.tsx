import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { FilteredList, useListState } from '@/components/list/filtered-list';
import { useRegistryAccess } from '@/lib/auth/registry-access';
import type { Enterprise } from '@/types/api';

import { useEnterprises, type EnterpriseFilter } from '../api/get-enterprises';
import { toEnterprise } from '../paths';
import { useEnumLabels, useFormatters } from '../utils/enums';

import { EnterpriseFormModal } from './enterprise-form';

type FormValues = { q?: string; industry?: string; inDevZone?: string; hasUnion?: string; hasPartyOrg?: string };

/** Union and party organisation of an enterprise, as two tags. */
export function OrganisationTags({ enterprise }: { enterprise: Pick<Enterprise, 'hasUnion' | 'hasPartyOrg'> }) {
  const { t } = useTranslation();
  return (
    <Space size={2} wrap>
      <Tag color={enterprise.hasUnion ? 'blue' : 'default'}>{enterprise.hasUnion ? t('registry.enterprises.unionYes') : t('registry.enterprises.unionNo')}</Tag>
      <Tag color={enterprise.hasPartyOrg ? 'red' : 'default'}>{enterprise.hasPartyOrg ? t('registry.enterprises.partyYes') : t('registry.enterprises.partyNo')}</Tag>
    </Space>
  );
}

/** 企业列表: search by name or credit code, filter by industry, zone, union and party organisation. */
export function EnterprisesList({ industries }: { industries: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { edits } = useRegistryAccess();
  const navigate = useNavigate();
  const { label } = useEnumLabels();
  const { number } = useFormatters();
  const [form] = Form.useForm<FormValues>();
  const { setFilter, paging, setPaging, query } = useListState<EnterpriseFilter>({});
  const [creating, setCreating] = useState(false);
  const enterprises = useEnterprises(query);

  const search = (values: FormValues) => {
    const bool = (v?: string) => (v === undefined ? undefined : v === 'true');
    setFilter({
      q: values.q?.trim() || undefined,
      industry: values.industry,
      inDevZone: bool(values.inDevZone),
      hasUnion: bool(values.hasUnion),
      hasPartyOrg: bool(values.hasPartyOrg),
    });
  };

  const yesNo = [
    { value: 'true', label: t('registry.yes') },
    { value: 'false', label: t('registry.no') },
  ];
  const zones = [
    { value: 'true', label: t('statistics.inZone') },
    { value: 'false', label: t('statistics.outsideZone') },
  ];

  const columns: ColumnsType<Enterprise> = [
    {
      title: t('registry.enterprises.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, e) => (e.id !== undefined ? <Link to={toEnterprise(e.id)}>{name}</Link> : name),
    },
    {
      title: t('registry.enterprises.creditCode'),
      dataIndex: 'creditCode',
      key: 'creditCode',
      width: 200,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('registry.industry'),
      key: 'industry',
      width: 120,
      // the industry's name in the language in use (the reference list), not the API's Chinese name
      render: (_, e) => industries.find((i) => i.value === e.industryCode)?.label ?? e.industryName ?? '—',
    },
    { title: t('registry.enterprises.ownership'), key: 'ownership', width: 100, render: (_, e) => label('ownership', e.ownership) },
    { title: t('registry.enterprises.size'), key: 'size', width: 80, render: (_, e) => label('size', e.size) },
    {
      title: t('registry.enterprises.zone'),
      key: 'zone',
      width: 100,
      render: (_, e) => (e.inDevZone ? t('statistics.inZone') : t('statistics.outsideZone')),
    },
    { title: t('registry.enterprises.organisations'), key: 'orgs', width: 200, render: (_, e) => <OrganisationTags enterprise={e} /> },
    { title: t('registry.enterprises.workerCount'), dataIndex: 'workerCount', key: 'workerCount', width: 100, align: 'right', render: (n: number) => number(n) },
  ];

  const total = enterprises.data?.total ?? 0;

  return (
    <>
      <FilteredList<FormValues, Enterprise>
        form={form}
        name="enterprise-search"
        onSearch={search}
        filters={
          <>
            <Form.Item name="q">
              <Input allowClear placeholder={t('registry.enterprises.searchPlaceholder')} prefix={<SearchOutlined />} style={{ width: 240 }} maxLength={50} />
            </Form.Item>
            <Form.Item name="industry">
              <Select aria-label={t('registry.industry')} allowClear placeholder={t('registry.industry')} options={industries} style={{ width: 140 }} data-testid="enterprise-filter-industry" />
            </Form.Item>
            <Form.Item name="inDevZone">
              <Select aria-label={t('registry.enterprises.zone')} allowClear placeholder={t('registry.enterprises.zone')} options={zones} style={{ width: 120 }} data-testid="enterprise-filter-zone" />
            </Form.Item>
            <Form.Item name="hasUnion">
              <Select aria-label={t('registry.enterprises.hasUnion')} allowClear placeholder={t('registry.enterprises.hasUnion')} options={yesNo} style={{ width: 110 }} />
            </Form.Item>
            <Form.Item name="hasPartyOrg">
              <Select aria-label={t('registry.enterprises.hasPartyOrg')} allowClear placeholder={t('registry.enterprises.hasPartyOrg')} options={yesNo} style={{ width: 130 }} />
            </Form.Item>
          </>
        }
        title={t('registry.enterprises.title')}
        extra={
          <Space>
            <Typography.Text type="secondary" data-testid="enterprise-total">
              {t('registry.enterprises.total', { count: total })}
            </Typography.Text>
            {edits && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="enterprise-create">
                {t('registry.enterprises.add')}
              </Button>
            )}
          </Space>
        }
        query={enterprises}
        columns={columns}
        rowKey="id"
        paging={paging}
        onPaging={setPaging}
        scrollX={1100}
        tableTestId="enterprises-table"
      />
      {edits && (
        <EnterpriseFormModal
          open={creating}
          industries={industries}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            if (saved.id !== undefined) void navigate(toEnterprise(saved.id));
          }}
        />
      )}
    </>
  );
}
