import { DownloadOutlined, LockOutlined, PlusOutlined, SearchOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Popover, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { FilteredList, useListState } from '@/components/list/filtered-list';
import { noWrap } from '@/components/table-layout';
import { useAuth } from '@/lib/auth/auth-context';
import { useRegistryAccess } from '@/lib/auth/registry-access';
import { ROLES } from '@/lib/auth/roles';
import { useDictionaries } from '@/lib/dictionaries';
import { useNumberFormat } from '@/lib/format/numbers';
import type { Worker } from '@/types/api';

import { exportWorkers, useWorkers, type WorkerFilter } from '../api/get-workers';
import { useColumnSettings } from '../hooks/use-column-settings';
import { toWorker } from '../paths';
import { AGE_BANDS, EDUCATIONS, GENDERS, SKILL_LEVELS, useEnumLabels, WAGE_BANDS } from '../utils/enums';

import { WorkerFormModal } from './worker-form';

/** localStorage key of the columns a user has hidden in the worker list. */
export const WORKER_COLUMNS_STORAGE_KEY = 'xianan.registry.workerColumns';

type FormValues = Omit<WorkerFilter, 'migrant' | 'partyMember'> & { migrant?: string; partyMember?: string };

/** 工人名册: search the registry, page through it on the server, export what was found. */
export function WorkersList({ industries }: { industries: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const dictionary = useDictionaries();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const { filter, setFilter, paging, setPaging, query } = useListState<WorkerFilter>({});
  const [exporting, setExporting] = useState<string>();
  const [creating, setCreating] = useState(false);
  const { hasRole } = useAuth();
  const { edits } = useRegistryAccess();
  // searching by ID number is for pii-reader only (the API refuses digits to everyone else)
  const searchesIds = hasRole(ROLES.piiReader);
  const navigate = useNavigate();
  const columnSettings = useColumnSettings(WORKER_COLUMNS_STORAGE_KEY);
  const workers = useWorkers(query);
  const { count: number, money } = useNumberFormat();

  const search = (values: FormValues) => {
    const bool = (v?: string) => (v === undefined ? undefined : v === 'true');
    setFilter({ ...values, q: values.q?.trim() || undefined, migrant: bool(values.migrant), partyMember: bool(values.partyMember) });
  };

  const download = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      await exportWorkers(filter, format);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(undefined);
    }
  };

  // skill level, education and gender by their dictionary labels; the bands in the SPA's own words
  const { options } = useEnumLabels();
  const yesNo = [
    { value: 'true', label: t('registry.yes') },
    { value: 'false', label: t('registry.no') },
  ];

  const columns: ColumnsType<Worker> = [
    {
      title: t('registry.name'),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
      width: 110,
      ...noWrap,
      render: (name: string, w) => (w.id !== undefined ? <Link to={toWorker(w.id)}>{name}</Link> : name),
    },
    {
      title: t('registry.idNumber'),
      dataIndex: 'idNumber',
      key: 'idNumber',
      width: 200,
      render: (id: string, w) => (
        <Space size={4}>
          <Typography.Text code data-testid="worker-id">{id}</Typography.Text>
          {w.masked && (
            <Tooltip title={t('registry.maskedHint')}>
              <LockOutlined data-testid="masked-icon" />
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('registry.gender'), dataIndex: 'gender', key: 'gender', width: 70, render: (g: string) => dictionary.label('gender', g) },
    // the exact age only for pii-reader; everyone else sees the band
    { title: t('registry.age'), key: 'age', width: 90, render: (_, w) => w.age ?? (w.ageBand?.key ? t(`registry.enums.ageBand.${w.ageBand.key}` as never, { defaultValue: w.ageBand.key }) : '—') },
    // one line each (in English "Senior high / technical secondary" wrapped a row to three lines): the table scrolls instead
    { title: t('registry.education'), dataIndex: 'education', key: 'education', width: 120, ...noWrap, render: (e: string) => dictionary.label('education', e) },
    { title: t('registry.skillLevel'), dataIndex: 'skillLevel', key: 'skillLevel', width: 100, ...noWrap, render: (s: string) => dictionary.label('skill_level', s) },
    { title: t('registry.monthlyWage'), dataIndex: 'monthlyWage', key: 'monthlyWage', width: 110, align: 'right', render: (v: number) => money(v) },
    { title: t('registry.enterprise'), key: 'enterprise', ...noWrap, render: (_, w) => w.enterprise?.name ?? '—' },
    {
      title: t('registry.industry'),
      key: 'industry',
      width: 110,
      ...noWrap,
      // the industry's name in the language in use (the reference list), not the API's Chinese name
      render: (_, w) => industries.find((i) => i.value === w.enterprise?.industryCode)?.label ?? w.enterprise?.industryName ?? '—',
    },
    {
      title: t('registry.tags'),
      key: 'tags',
      // kept in view at the right edge at 1440 px, its tags on one line
      width: 200,
      fixed: 'right',
      render: (_, w) => (
        <Space size={2} wrap={false}>
          {w.migrant && <Tag color="orange">{t('registry.migrant')}</Tag>}
          {w.unionMember && <Tag color="blue">{t('registry.unionMember')}</Tag>}
          {w.partyMember && <Tag color="red">{t('registry.partyMember')}</Tag>}
        </Space>
      ),
    },
  ];

  // the name identifies the row and links to the detail: it cannot be hidden
  const hideable = columns.filter((c) => c.key !== 'name');
  const hideableKeys = hideable.map((c) => String(c.key));
  const visibleColumns = columns.filter((c) => columnSettings.isVisible(String(c.key)));
  const columnPicker = (
    <Flex vertical gap={8} data-testid="column-settings-panel">
      <Checkbox.Group
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        value={hideableKeys.filter((k) => columnSettings.isVisible(k))}
        onChange={(keys) => columnSettings.setVisible(keys as string[], hideableKeys)}
        options={hideable.map((c) => ({ value: String(c.key), label: c.title as string }))}
      />
      <Button size="small" onClick={columnSettings.reset}>
        {t('registry.columnReset')}
      </Button>
    </Flex>
  );

  const total = workers.data?.total ?? 0;
  const totalText = workers.data?.totalExact === false ? t('registry.totalAtLeast', { count: number(total) }) : t('registry.total', { count: number(total) });

  return (
    <>
      <FilteredList<FormValues, Worker>
        form={form}
        name="worker-search"
        onSearch={search}
        filters={
          <>
            <Form.Item name="q">
              <Input allowClear placeholder={searchesIds ? t('registry.searchPlaceholder') : t('registry.searchByNamePlaceholder')} prefix={<SearchOutlined />} style={{ width: 220 }} maxLength={50} />
            </Form.Item>
            <Form.Item name="industry">
              <Select aria-label={t('registry.industry')} allowClear placeholder={t('registry.industry')} options={industries} style={{ width: 140 }} data-testid="filter-industry" />
            </Form.Item>
            <Form.Item name="skillLevel">
              <Select aria-label={t('registry.skillLevel')} allowClear placeholder={t('registry.skillLevel')} options={options('skillLevel', SKILL_LEVELS)} style={{ width: 120 }} data-testid="filter-skill" />
            </Form.Item>
            <Form.Item name="education">
              <Select aria-label={t('registry.education')} allowClear placeholder={t('registry.education')} options={options('education', EDUCATIONS)} style={{ width: 130 }} />
            </Form.Item>
            <Form.Item name="gender">
              <Select aria-label={t('registry.gender')} allowClear placeholder={t('registry.gender')} options={options('gender', GENDERS)} style={{ width: 90 }} />
            </Form.Item>
            <Form.Item name="ageBand">
              <Select aria-label={t('registry.ageBand')} allowClear placeholder={t('registry.ageBand')} options={options('ageBand', AGE_BANDS)} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="wageBand">
              <Select aria-label={t('registry.wageBand')} allowClear placeholder={t('registry.wageBand')} options={options('wageBand', WAGE_BANDS)} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="migrant">
              <Select aria-label={t('registry.migrant')} allowClear placeholder={t('registry.migrant')} options={yesNo} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="partyMember">
              <Select aria-label={t('registry.partyMember')} allowClear placeholder={t('registry.partyMember')} options={yesNo} style={{ width: 130 }} />
            </Form.Item>
          </>
        }
        title={t('registry.workersTitle')}
        extra={
          <Space>
            <Typography.Text type="secondary" data-testid="worker-total">
              {totalText}
            </Typography.Text>
            {edits && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="worker-create">
                {t('registry.addWorker')}
              </Button>
            )}
            <Popover trigger="click" placement="bottomRight" title={t('registry.columnSettings')} content={columnPicker}>
              <Button icon={<SettingOutlined />} data-testid="column-settings">
                {t('registry.columnSettings')}
              </Button>
            </Popover>
            <Button icon={<DownloadOutlined />} loading={exporting === 'xlsx'} onClick={() => void download('xlsx')}>
              {t('registry.exportXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting === 'csv'} onClick={() => void download('csv')}>
              {t('registry.exportCsv')}
            </Button>
          </Space>
        }
        query={workers}
        columns={visibleColumns}
        rowKey="id"
        paging={paging}
        onPaging={setPaging}
        scrollX={1300}
        pagination={{ pageSizeOptions: [20, 50, 100, 200], showTotal: undefined }}
        tableTestId="workers-table"
      />
      {edits && (
        <WorkerFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            if (saved.id !== undefined) void navigate(toWorker(saved.id));
          }}
        />
      )}
    </>
  );
}
