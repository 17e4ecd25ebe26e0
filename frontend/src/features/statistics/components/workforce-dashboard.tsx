import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Select, Statistic, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '@/components/charts/chart';
import { DisclosureNote } from '@/components/disclosure/disclosure-note';
import { useProtectedCount } from '@/components/disclosure/use-protected-count';
import { QueryCard } from '@/components/query/query-state';
import { useLocalizedName } from '@/lib/i18n/use-localized-name';
import { useIndustries } from '@/lib/lookups';
import type { StatisticsShare, WorkforceStatistics } from '@/types/api';

import { type WorkforceFilter, useWorkforceStatistics } from '../api/get-workforce-statistics';

import { WorkforceTrend } from './workforce-trend';

type ListKey = 'gender' | 'education' | 'wageBand' | 'ageBand' | 'skillTier';

/** Width of one category's label on a bar chart a third or a half of the page wide: the slot, less a gap. */
/** A category label's width in a bar chart about {@code chartWidth} px wide (a third or a half of the row at 1440 px). */
const categoryWidth = (count = 1, chartWidth = 360) => Math.max(48, Math.floor(chartWidth / Math.max(count, 1)) - 8);

const formatPercent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`);

/**
 * 工作台的队伍概况: the review's workforce profile as cards and charts, filterable by industry and
 * zone. Outside the lead unit the API answers under the disclosure policy: hidden cells, a month-end
 * date, and no enterprise filter (none is offered here).
 */
export function WorkforceDashboard() {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const [filter, setFilter] = useState<WorkforceFilter>({});
  const statistics = useWorkforceStatistics({ filter });
  const industries = useIndustries();
  const formatCount = useProtectedCount();

  const label = (list: ListKey, share: StatisticsShare) =>
    t(`statistics.keys.${list}.${share.key}` as const, { defaultValue: share.label ?? share.key ?? '' });

  const industryName = (code?: string, fallback?: string) => {
    const industry = industries.data?.find((i) => i.code === code);
    return industry ? localizedName(industry) : (fallback ?? code ?? '');
  };

  const filters = (
    <Flex gap={8} wrap>
      <Select
        aria-label={t('statistics.allIndustries')}
        allowClear
        data-testid="statistics-industry"
        placeholder={t('statistics.allIndustries')}
        style={{ minWidth: 160 }}
        value={filter.industry}
        onChange={(industry?: string) => setFilter((f) => ({ ...f, industry }))}
        options={(industries.data ?? []).map((i) => ({ value: i.code, label: localizedName(i) }))}
      />
      <Select
        aria-label={t('statistics.allZones')}
        allowClear
        data-testid="statistics-zone"
        placeholder={t('statistics.allZones')}
        style={{ minWidth: 140 }}
        value={filter.inDevZone === undefined ? undefined : String(filter.inDevZone)}
        onChange={(zone?: string) => setFilter((f) => ({ ...f, inDevZone: zone === undefined ? undefined : zone === 'true' }))}
        options={[
          { value: 'true', label: t('statistics.inZone') },
          { value: 'false', label: t('statistics.outsideZone') },
        ]}
      />
      {statistics.data?.asOf && (
        <Typography.Text type="secondary" data-testid="statistics-as-of">
          {t('statistics.asOf', { date: statistics.data.asOf })}
        </Typography.Text>
      )}
    </Flex>
  );

  return (
    <QueryCard
      query={statistics}
      size="medium"
      title={t('statistics.title')}
      extra={filters}
      data-testid="workforce-dashboard"
      isEmpty={(data) => data.total === 0}
      empty={<Empty description={t('statistics.empty')} />}
    >
      {(data) =>
        data.total === null || data.total === undefined ? (
          <Flex vertical gap={16}>
            <DisclosureNote asOf={data.asOf} />
            <Empty data-testid="statistics-whole-hidden" description={t('common.disclosure.wholeHidden')} />
          </Flex>
        ) : (
          <Profile data={data} label={label} industryName={industryName} formatCount={formatCount} />
        )
      }
    </QueryCard>
  );
}

function Profile({
  data,
  label,
  industryName,
  formatCount,
}: {
  data: WorkforceStatistics;
  label: (list: ListKey, share: StatisticsShare) => string;
  industryName: (code?: string, fallback?: string) => string;
  formatCount: (value: number | null | undefined) => string;
}) {
  const { t } = useTranslation();
  // hidden categories are one slice together: total minus the shown ones, which the answer gives anyway
  const withHidden = (list: ListKey) => {
    const shares = data[list] ?? [];
    const shown = shares.map((s) => ({ name: label(list, s), value: s.count }));
    const hidden = (data.total ?? 0) - shares.reduce((sum, s) => sum + (s.count ?? 0), 0);
    const visible = shown.filter((s): s is { name: string; value: number } => s.value !== null && s.value !== undefined);
    return shares.some((s) => s.count === null || s.count === undefined) && hidden > 0
      ? [...visible, { name: t('statistics.hiddenShare'), value: hidden, itemStyle: { color: '#d9d9d9' } }]
      : visible;
  };
  const card = (id: string, title: string, value: string, hint?: string) => (
    <Col xs={12} md={8} xl={6} xxl={3} key={id}>
      <Statistic
        data-testid={`stat-${id}`}
        title={
          hint ? (
            <span>
              {title}{' '}
              <Tooltip title={hint}>
                <InfoCircleOutlined />
              </Tooltip>
            </span>
          ) : (
            title
          )
        }
        value={value}
      />
    </Col>
  );
  const pie = (list: ListKey, title: string) => (
    <ChartCard title={title} testId={`chart-${list}`}>
      <Chart
        title={title}
        height={260}
        option={{
          tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
          // a plain legend wraps onto a second line rather than paging long English names
          legend: { bottom: 0, type: 'plain' },
          series: [
            {
              type: 'pie',
              // room beside the ring for labels in either language: long English names break onto a
              // second line instead of being cut to "Fe…"
              radius: ['32%', '54%'],
              center: ['50%', '44%'],
              // labels sit at the card's edges, so a long name on the left breaks instead of running out of the card
              label: { formatter: '{b}\n{d}%', alignTo: 'edge', edgeDistance: 4, overflow: 'break', width: 88 },
              labelLayout: { hideOverlap: true },
              data: withHidden(list),
            },
          ],
        }}
      />
    </ChartCard>
  );
  const bars = (list: ListKey, title: string, chartWidth?: number) => (
    <ChartCard title={title} testId={`chart-${list}`}>
      <Chart
        title={title}
        height={260}
        option={{
          tooltip: { trigger: 'axis' },
          // category names wrap within their slot (English ones are long) and the grid makes room for them
          grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
          xAxis: {
            type: 'category',
            axisLabel: { interval: 0, overflow: 'break', width: categoryWidth(data[list]?.length, chartWidth) },
            data: (data[list] ?? []).map((s) => label(list, s)),
          },
          yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
          series: [{ type: 'bar', barMaxWidth: 48, label: { show: true, position: 'top', formatter: '{c}%' }, data: (data[list] ?? []).map((s) => s.percent ?? '-') }],
        }}
      />
    </ChartCard>
  );
  const industries = [...(data.industry ?? [])].sort((a, b) => (a.count ?? 0) - (b.count ?? 0));
  return (
    <Flex vertical gap={16}>
      {data.suppressionApplied && <DisclosureNote asOf={data.asOf} />}
      <Row gutter={[16, 16]}>
        {card('total', t('statistics.total'), formatCount(data.total))}
        {card('migrant', t('statistics.migrant'), formatPercent(data.migrant?.percent))}
        {card('outside', t('statistics.outsideOfMigrants'), formatPercent(data.migrant?.outsidePercentOfMigrants))}
        {card('union-coverage', t('statistics.unionCoverage'), formatPercent(data.union?.enterpriseCoveragePercent), t('statistics.unionCoverageHint'))}
        {card('union-membership', t('statistics.unionMembership'), formatPercent(data.union?.membershipPercent))}
        {card('party-coverage', t('statistics.partyCoverage'), formatPercent(data.party?.orgCoveragePercent))}
        {card('party-members', t('statistics.partyMembers'), formatCount(data.party?.members))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>{pie('gender', t('statistics.gender'))}</Col>
        <Col xs={24} lg={8}>{bars('education', t('statistics.education'))}</Col>
        <Col xs={24} lg={8}>{pie('skillTier', t('statistics.skillTier'))}</Col>
        <Col xs={24} lg={12}>{bars('wageBand', t('statistics.wageBand'), 540)}</Col>
        <Col xs={24} lg={12}>{bars('ageBand', t('statistics.ageBand'), 540)}</Col>
        <Col xs={24}>
          <ChartCard title={t('statistics.industry')} testId="chart-industry">
            <Chart
              title={t('statistics.industry')}
              height={420}
              option={{
                tooltip: { trigger: 'axis' },
                grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
                xAxis: { type: 'value' },
                yAxis: { type: 'category', axisLabel: { width: 200, overflow: 'truncate' }, data: industries.map((s) => industryName(s.key, s.label)) },
                series: [{ type: 'bar', label: { show: true, position: 'right' }, data: industries.map((s) => s.count ?? '-') }],
              }}
            />
          </ChartCard>
        </Col>
        <Col xs={24}>
          <WorkforceTrend />
        </Col>
      </Row>
    </Flex>
  );
}

function ChartCard({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}
