import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Flex, Select, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { errorSentence } from '@/components/errors/api-error-alert';
import { FilteredList, useListState } from '@/components/list/filtered-list';
import { useSubsidyAccess } from '@/lib/auth/subsidy-access';

import { getAllApplications, useApplications, useStateCounts, type ApplicationFilter } from '../api/applications';
import { useProgrammes } from '../api/funds';
import { subsidiesPaths, toApplication } from '../paths';
import { APPLICATION_STATES, type Application, type ApplicationState } from '../types';
import { applicationsCsv, formatYuan, saveText, withYear } from '../utils';

import { StateTag } from './state-tag';

/** Which list: all applications with state tabs, or one of the two work queues. */
export type ApplicationListMode = 'all' | 'review' | 'approval';

const QUEUE_STATES: Record<Exclude<ApplicationListMode, 'all'>, ApplicationState[]> = {
  review: ['SUBMITTED'],
  approval: ['REVIEWED', 'APPROVED'],
};

/** 补贴申请 / 待审核 / 待审批: a server-filtered, paged list with state tabs, counts and a CSV export. */
export function ApplicationsList({ mode = 'all' }: { mode?: ApplicationListMode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { enters } = useSubsidyAccess();
  const tabs: (ApplicationState | 'ALL')[] = mode === 'all' ? ['ALL', ...APPLICATION_STATES] : QUEUE_STATES[mode];
  // the filters (programme, year, the tab's state) act at once, without a search button; each change goes back to the first page
  const first = tabs[0]!;
  const { filter, setFilter, paging, setPaging, query } = useListState<ApplicationFilter>({ programmeId: undefined, year: undefined, state: first === 'ALL' ? undefined : first });
  const { programmeId, year } = filter;
  const tab = filter.state ?? 'ALL';
  const refilter = (change: ApplicationFilter) => setFilter({ ...filter, ...change });
  const [exporting, setExporting] = useState(false);
  const list = useApplications({ ...query, sort: '-updatedAt' });
  const counts = useStateCounts({ programmeId, year });
  const programmes = useProgrammes();
  const years = [...new Set((programmes.data ?? []).map((p) => p.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
  const allCount = APPLICATION_STATES.every((s) => counts[s] !== undefined)
    ? APPLICATION_STATES.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
    : undefined;

  const doExport = async () => {
    setExporting(true);
    try {
      const rows = await getAllApplications(filter);
      const headers = ['id', 'enterprise', 'programme', 'year', 'period', 'period', 'trainees', 'amount', 'state', 'createdBy', 'reviewedBy', 'voucherNo', 'disbursedAmount'].map(
        (k, i) => (k === 'period' ? `${t('subsidies.list.period')}${i === 4 ? '(起)' : '(止)'}` : t(`subsidies.list.${k as 'id'}`)),
      );
      saveText(
        `${t('subsidies.list.exportFile')}-${new Date().toISOString().slice(0, 10)}.csv`,
        applicationsCsv(rows, headers, (a) => (a.state ? t(`subsidies.states.${a.state}`) : '')),
      );
      message.success(t('subsidies.list.exported', { count: rows.length }));
    } catch (error) {
      message.error(errorSentence(error, t));
    } finally {
      setExporting(false);
    }
  };

  const tabLabel = (key: ApplicationState | 'ALL') => {
    const count = key === 'ALL' ? allCount : counts[key];
    const text = key === 'ALL' ? t('subsidies.list.all') : mode === 'approval' && key === 'APPROVED' ? t('subsidies.list.awaitingDisbursement') : t(`subsidies.states.${key}`);
    return (
      <span data-testid={`tab-${key}`}>
        {text} <Badge count={count ?? 0} showZero color={count ? '#1677ff' : '#bfbfbf'} overflowCount={9999} data-testid={`count-${key}`} />
      </span>
    );
  };

  const columns: ColumnsType<Application> = [
    { title: t('subsidies.list.id'), dataIndex: 'id', width: 72, render: (id: number) => <Link to={toApplication(id)}>#{id}</Link> },
    { title: t('subsidies.list.enterprise'), render: (_, a) => <Link to={toApplication(a.id!)}>{a.enterprise?.name}</Link> },
    { title: t('subsidies.list.programme'), render: (_, a) => a.programme?.name },
    { title: t('subsidies.list.year'), render: (_, a) => a.programme?.year },
    { title: t('subsidies.list.period'), render: (_, a) => `${a.trainingStart ?? ''} — ${a.trainingEnd ?? ''}` },
    { title: t('subsidies.list.trainees'), align: 'right', render: (_, a) => a.trainees?.length ?? 0 },
    { title: t('subsidies.list.amount'), align: 'right', render: (_, a) => formatYuan(a.amount) },
    { title: t('subsidies.list.state'), render: (_, a) => <StateTag state={a.state} /> },
    { title: t('subsidies.list.createdBy'), dataIndex: 'createdBy', render: (_: unknown, a) => a.createdByName ?? a.createdBy },
    { title: t('subsidies.list.reviewedBy'), dataIndex: 'reviewedBy', render: (_: unknown, a) => a.reviewedByName ?? a.reviewedBy ?? '' },
  ];

  return (
    <FilteredList<ApplicationFilter, Application>
      testId={`applications-${mode}`}
      between={
        <>
          {mode !== 'all' && <Alert type="info" showIcon title={t(mode === 'review' ? 'subsidies.list.reviewHint' : 'subsidies.list.approvalHint')} />}
          <Flex justify="space-between" wrap gap={8}>
            <Flex gap={8} wrap>
              <Select<number>
                aria-label={t('subsidies.list.programme')}
                data-testid="filter-programme"
                allowClear
                style={{ width: 240 }}
                placeholder={t('subsidies.list.programme')}
                value={programmeId}
                onChange={(v) => refilter({ programmeId: v ?? undefined })}
                options={(programmes.data ?? []).map((p) => ({ value: p.id!, label: withYear(p) }))}
              />
              <Select<number>
                aria-label={t('subsidies.list.year')}
                data-testid="filter-year"
                allowClear
                style={{ width: 120 }}
                placeholder={t('subsidies.list.year')}
                value={year}
                onChange={(v) => refilter({ year: v ?? undefined })}
                options={years.map((y) => ({ value: y, label: String(y) }))}
              />
            </Flex>
            <Flex gap={8}>
              <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void doExport()} data-testid="applications-export">
                {t('subsidies.list.export')}
              </Button>
              {mode === 'all' && enters && (
                <Link to={subsidiesPaths.newApplication}>
                  <Button type="primary" icon={<PlusOutlined />} data-testid="application-create">
                    {t('subsidies.menu.newApplication')}
                  </Button>
                </Link>
              )}
            </Flex>
          </Flex>
          {tabs.length > 1 ? (
            <Tabs
              activeKey={tab}
              onChange={(key) => refilter({ state: key === 'ALL' ? undefined : (key as ApplicationState) })}
              items={tabs.map((key) => ({ key, label: tabLabel(key) }))}
            />
          ) : (
            <div>{tabLabel(tabs[0]!)}</div>
          )}
        </>
      }
      bare
      query={list}
      columns={columns}
      rowKey={(a) => a.id ?? 0}
      paging={paging}
      // a new page size starts again at the first page
      onPaging={(next) => setPaging({ page: next.size !== paging.size ? 0 : next.page, size: next.size })}
      scrollX={false}
      pagination={{ pageSizeOptions: undefined, showTotal: (total) => t('subsidies.list.total', { total }) }}
      tableTestId="applications-table"
      tableProps={{ size: 'small', locale: { emptyText: t('subsidies.list.empty') } }}
    />
  );
}
