import { Card, Col, Empty, Flex, Row, Skeleton, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '@/components/charts/chart';
import { DisclosureNote } from '@/components/disclosure/disclosure-note';
import { useProtectedCount } from '@/components/disclosure/use-protected-count';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useSubsidyStatistics } from '../api/funds';
import type { StatisticsCell } from '../types';
import { formatYuan } from '../utils';

import { YearSelect } from './year-select';

/**
 * A group's figures as shown: the number, or "已隐藏" where the disclosure policy hid the group
 * (its counts and its money; a hidden group may be large, hidden to protect a small one).
 */
function useCellFormat() {
  const { t } = useTranslation();
  const formatCount = useProtectedCount();
  const hidden = (cell: StatisticsCell | undefined, field: 'applications' | 'trainees' | 'committed' | 'disbursed') =>
    !!cell?.suppressed && (cell[field] === undefined || cell[field] === null);
  return {
    count: (cell: StatisticsCell | undefined, field: 'applications' | 'trainees') => (hidden(cell, field) ? formatCount(null) : formatCount(cell?.[field] ?? 0)),
    money: (cell: StatisticsCell | undefined, field: 'committed' | 'disbursed') =>
      hidden(cell, field) ? t('common.disclosure.hidden') : formatYuan(cell?.[field]),
  };
}

function MoneyChart({ title, cells, testId, withBudget }: { title: string; cells: StatisticsCell[]; testId: string; withBudget: boolean }) {
  const { t } = useTranslation();
  const series = [
    ...(withBudget ? [{ name: t('subsidies.funds.budget'), type: 'bar', barMaxWidth: 28, data: cells.map((c) => c.budget ?? 0) }] : []),
    { name: t('subsidies.funds.committed'), type: 'bar', stack: 'used', barMaxWidth: 28, data: cells.map((c) => c.committed ?? '-') },
    { name: t('subsidies.funds.disbursed'), type: 'bar', stack: 'used', barMaxWidth: 28, data: cells.map((c) => c.disbursed ?? '-') },
  ];
  return (
    <Card size="small" title={title} data-testid={testId}>
      {cells.length === 0 ? (
        <Empty description={t('subsidies.stats.empty')} />
      ) : (
        <Chart
          title={title}
          height={300}
          option={{
            tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatYuan(v) },
            legend: { bottom: 0 },
            grid: { left: 8, right: 16, top: 24, bottom: 32, containLabel: true },
            xAxis: { type: 'category', axisLabel: { interval: 0, overflow: 'break', width: 120 }, data: cells.map((c) => c.label ?? c.key) },
            yAxis: { type: 'value' },
            series,
          }}
        />
      )}
    </Card>
  );
}

function GroupTable({ cells, testId, groupTitle }: { cells: StatisticsCell[]; testId: string; groupTitle: string }) {
  const { t } = useTranslation();
  const { count, money } = useCellFormat();
  return (
    <Table<StatisticsCell>
      data-testid={testId}
      rowKey={(c) => c.key ?? ''}
      size="small"
      pagination={false}
      dataSource={cells}
      locale={{ emptyText: t('subsidies.stats.empty') }}
      columns={[
        { title: groupTitle, render: (_, c) => c.label ?? c.key },
        { title: t('subsidies.stats.applications'), align: 'right', render: (_, c) => <span data-testid="cell-applications">{count(c, 'applications')}</span> },
        { title: t('subsidies.stats.trainees'), align: 'right', render: (_, c) => <span data-testid="cell-trainees">{count(c, 'trainees')}</span> },
        { title: t('subsidies.funds.committed'), align: 'right', render: (_, c) => money(c, 'committed') },
        { title: t('subsidies.funds.disbursed'), align: 'right', render: (_, c) => money(c, 'disbursed') },
      ]}
    />
  );
}

/**
 * 补贴统计: money and trainees per year, source, programme kind and industry, for every reader of
 * the funds; outside the lead unit the API answers under the disclosure policy and hidden groups
 * show as "已隐藏" (fund budgets stay: they are public).
 */
export function SubsidyStatistics() {
  const { t } = useTranslation();
  const { count, money } = useCellFormat();
  const [year, setYear] = useState<number>();
  const stats = useSubsidyStatistics(year);
  const everyYear = useSubsidyStatistics();
  const years = (everyYear.data?.byYear ?? []).map((c) => Number(c.key)).filter((y) => Number.isFinite(y)).sort((a, b) => b - a);
  if (stats.isError) return <ApiErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />;
  const s = stats.data;
  return (
    <Flex vertical gap={16} data-testid="subsidy-statistics">
      <Flex justify="space-between" wrap gap={8}>
        <YearSelect testId="stats-year" years={years} value={year} onChange={setYear} />
      </Flex>
      {s?.suppressionApplied && <DisclosureNote testId="stats-suppressed" />}
      {stats.isPending || !s ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {[
              { key: 'budget', title: t('subsidies.funds.budget'), value: formatYuan(s.total?.budget) },
              { key: 'committed', title: t('subsidies.funds.committed'), value: money(s.total, 'committed') },
              { key: 'disbursed', title: t('subsidies.funds.disbursed'), value: money(s.total, 'disbursed') },
              { key: 'applications', title: t('subsidies.stats.applications'), value: count(s.total, 'applications') },
              { key: 'trainees', title: t('subsidies.stats.trainees'), value: count(s.total, 'trainees') },
            ].map((card) => (
              <Col key={card.key} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic title={card.title} value={card.value} data-testid={`stats-total-${card.key}`} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <MoneyChart title={t('subsidies.stats.byYear')} cells={s.byYear ?? []} testId="stats-by-year" withBudget />
            </Col>
            <Col xs={24} xl={12}>
              <MoneyChart title={t('subsidies.stats.bySource')} cells={s.bySource ?? []} testId="stats-by-source" withBudget />
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('subsidies.stats.byProgramme')}>
                <GroupTable cells={s.byProgramme ?? []} testId="stats-by-programme" groupTitle={t('subsidies.funds.kind')} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('subsidies.stats.byIndustry')}>
                <GroupTable cells={s.byIndustry ?? []} testId="stats-by-industry" groupTitle={t('subsidies.stats.industry')} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
