import { HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Progress, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '@/components/charts/chart';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useAuth } from '@/lib/auth/auth-context';
import { ROLES } from '@/lib/auth/roles';

import { useFunds, useProgrammes } from '../api/funds';
import type { Fund, Programme } from '../types';
import { formatYuan } from '../utils';

import { AdjustmentsDrawer, BudgetDialog } from './budget-adjustment';
import { FundForm } from './fund-form';
import { ProgrammeForm } from './programme-form';
import { YearSelect } from './year-select';

/** Who may create funds and programmes (the API: subsidy-approver of the department, admin). */
export const FUND_MANAGERS = [ROLES.subsidyApprover, ROLES.admin] as const;

function FundChart({ funds }: { funds: Fund[] }) {
  const { t } = useTranslation();
  const label = (f: Fund) => f.name ?? `${f.year} ${f.source ? t(`subsidies.sources.${f.source}`) : ''}`;
  return (
    <Card title={t('subsidies.funds.chartTitle')} size="small" data-testid="fund-chart">
      <Chart
        title={t('subsidies.funds.chartTitle')}
        height={320}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { bottom: 0 },
          grid: { left: 8, right: 16, top: 24, bottom: 32, containLabel: true },
          xAxis: { type: 'category', axisLabel: { interval: 0, overflow: 'break', width: 140 }, data: funds.map(label) },
          yAxis: { type: 'value' },
          series: [
            { name: t('subsidies.funds.budget'), type: 'bar', barMaxWidth: 32, data: funds.map((f) => f.budget ?? 0) },
            // committed and paid are small beside a budget of millions: a minimum height keeps a non-zero
            // amount visible (the tooltip and the table below give the figures)
            { name: t('subsidies.funds.committed'), type: 'bar', stack: 'used', barMaxWidth: 32, barMinHeight: 6, data: funds.map((f) => f.committed || null) },
            { name: t('subsidies.funds.disbursed'), type: 'bar', stack: 'used', barMaxWidth: 32, barMinHeight: 6, data: funds.map((f) => f.disbursed || null) },
          ],
        }}
      />
    </Card>
  );
}

function ProgrammesTable({ year }: { year?: number }) {
  const { t } = useTranslation();
  const programmes = useProgrammes({ year });
  if (programmes.isError) return <ApiErrorAlert error={programmes.error} onRetry={() => void programmes.refetch()} />;
  return (
    <Table<Programme>
      data-testid="programmes-table"
      rowKey={(p) => p.id ?? 0}
      size="small"
      loading={programmes.isPending}
      pagination={false}
      dataSource={programmes.data ?? []}
      locale={{ emptyText: t('subsidies.funds.programmesEmpty') }}
      columns={[
        { title: t('subsidies.funds.programmeName'), dataIndex: 'name' },
        { title: t('subsidies.funds.kind'), render: (_, p) => (p.kind ? t(`subsidies.kinds.${p.kind}`) : '') },
        { title: t('subsidies.funds.year'), dataIndex: 'year' },
        { title: t('subsidies.funds.fund'), render: (_, p) => p.fund?.name },
        { title: t('subsidies.funds.amountPerTrainee'), align: 'right', render: (_, p) => formatYuan(p.amountPerTrainee) },
        {
          title: t('subsidies.funds.migrantUplift'),
          align: 'right',
          render: (_, p) => (p.migrantUpliftPercent ? `+${p.migrantUpliftPercent}%` : '—'),
        },
      ]}
    />
  );
}

/** 资金概况: budget, committed, disbursed and remaining per fund and year, as a chart and a table. */
export function FundOverview() {
  const { t } = useTranslation();
  const { canAccess, user } = useAuth();
  const [year, setYear] = useState<number | undefined>();
  const [creating, setCreating] = useState<'fund' | 'programme' | null>(null);
  const funds = useFunds(year);
  const all = useFunds();
  const years = [...new Set((all.data ?? []).map((f) => f.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
  const rows = [...(funds.data ?? [])].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.source ?? '').localeCompare(b.source ?? ''));
  const manager = canAccess(FUND_MANAGERS);
  // the API: an approver adjusts the funds of the own department
  const canAdjust = (f: Fund) => canAccess(ROLES.subsidyApprover) && (!f.departmentCode || f.departmentCode === user.department);
  const [adjusting, setAdjusting] = useState<number>();
  const [historyOf, setHistoryOf] = useState<number>();
  const byId = (id?: number) => (all.data ?? []).find((f) => f.id === id);

  return (
    <Flex vertical gap={16} data-testid="fund-overview">
      <Flex justify="space-between" wrap gap={8}>
        <YearSelect testId="fund-year" years={years} value={year} onChange={setYear} />
        {manager && (
          <Space>
            <Button icon={<PlusOutlined />} data-testid="fund-create" onClick={() => setCreating('fund')}>
              {t('subsidies.funds.create')}
            </Button>
            {/* a programme belongs to a fund: offered once there is one (not a greyed-out button) */}
            {(all.data ?? []).length > 0 && (
              <Button icon={<PlusOutlined />} data-testid="programme-create" onClick={() => setCreating('programme')}>
                {t('subsidies.funds.createProgramme')}
              </Button>
            )}
          </Space>
        )}
      </Flex>
      {funds.isError ? (
        <ApiErrorAlert error={funds.error} onRetry={() => void funds.refetch()} />
      ) : funds.isPending ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={t('subsidies.funds.empty')} data-testid="funds-empty" />
      ) : (
        <>
          <FundChart funds={rows} />
          <Table<Fund>
            data-testid="funds-table"
            rowKey={(f) => f.id ?? 0}
            size="small"
            pagination={false}
            dataSource={rows}
            onRow={(f) => ({ 'data-testid': `fund-row-${f.id}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('subsidies.funds.year'), dataIndex: 'year' },
              { title: t('subsidies.funds.source'), render: (_, f) => (f.source ? <Tag>{t(`subsidies.sources.${f.source}`)}</Tag> : null) },
              { title: t('subsidies.funds.name'), dataIndex: 'name' },
              { title: t('subsidies.funds.budget'), align: 'right', render: (_, f) => <span data-testid="fund-budget">{formatYuan(f.budget)}</span> },
              { title: t('subsidies.funds.committed'), align: 'right', render: (_, f) => <span data-testid="fund-committed">{formatYuan(f.committed)}</span> },
              { title: t('subsidies.funds.disbursed'), align: 'right', render: (_, f) => <span data-testid="fund-disbursed">{formatYuan(f.disbursed)}</span> },
              { title: t('subsidies.funds.remaining'), align: 'right', render: (_, f) => <span data-testid="fund-remaining">{formatYuan(f.remaining)}</span> },
              {
                title: t('subsidies.funds.usage'),
                width: 140,
                render: (_, f) => {
                  const budget = f.budget ?? 0;
                  const used = budget > 0 ? (((f.committed ?? 0) + (f.disbursed ?? 0)) * 100) / budget : 0;
                  return <Progress aria-label={t('subsidies.funds.usage')} size="small" percent={Math.round(used * 10) / 10} />;
                },
              },
              {
                title: t('subsidies.budget.actions'),
                width: 170,
                render: (_, f) => (
                  <Space size={0}>
                    {canAdjust(f) && (
                      <Button type="link" size="small" data-testid={`fund-adjust-${f.id}`} onClick={() => setAdjusting(f.id)}>
                        {t('subsidies.budget.adjust')}
                      </Button>
                    )}
                    <Button type="link" size="small" icon={<HistoryOutlined />} data-testid={`fund-history-${f.id}`} onClick={() => setHistoryOf(f.id)}>
                      {t('subsidies.budget.history')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      <Card size="small" title={t('subsidies.funds.programmes')}>
        <ProgrammesTable year={year} />
      </Card>
      {creating === 'fund' && <FundForm onClose={() => setCreating(null)} />}
      {byId(adjusting) && (
        <BudgetDialog key={byId(adjusting)!.version} fund={byId(adjusting)!} onClose={() => setAdjusting(undefined)}
          onReload={() => { void all.refetch(); void funds.refetch(); }} />
      )}
      {byId(historyOf) && <AdjustmentsDrawer fund={byId(historyOf)!} onClose={() => setHistoryOf(undefined)} />}
      {creating === 'programme' && <ProgrammeForm funds={all.data ?? []} onClose={() => setCreating(null)} />}
    </Flex>
  );
}
