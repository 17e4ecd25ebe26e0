import { Card, Col, DatePicker, Empty, Flex, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '@/components/charts/chart';
import { DisclosureNote } from '@/components/disclosure/disclosure-note';
import { useProtectedCount } from '@/components/disclosure/use-protected-count';
import { QueryCard } from '@/components/query/query-state';
import { noWrap } from '@/components/table-layout';
import { useAuth } from '@/lib/auth/auth-context';
import { ROLES } from '@/lib/auth/roles';

import { useTaskBoard } from '../api/board';
import { STATUS_CHART_COLORS, TASK_STATUSES, type TaskBoardRow } from '../types';
import { useDepartmentName } from '../utils/use-task-helpers';

import { AssessmentCard } from './supervision/assessment-card';

const CHART_HEIGHT = 300;

/**
 * 任务看板: per department (tasks it leads) by status, completion rate, overdue and the ranking.
 * Analysts get it under the disclosure policy: hidden counts show as "已隐藏", such rows are unranked.
 */
export function DepartmentBoard() {
  const { hasRole } = useAuth();
  // the assessment is for the lead unit and the departments (analysts see the board only)
  const assesses = hasRole(ROLES.staff) || hasRole(ROLES.lead);
  return (
    <Flex vertical gap={16}>
      <BoardCard />
      {assesses && <AssessmentCard />}
    </Flex>
  );
}

function BoardCard() {
  const { t } = useTranslation();
  const protectedCount = useProtectedCount();
  // null is a count the disclosure policy hid; an absent status is none
  const formatCount = (value: number | null | undefined) => protectedCount(value === null ? null : (value ?? 0));
  const [year, setYear] = useState<number | undefined>(dayjs().year());
  const board = useTaskBoard(year);
  const departmentName = useDepartmentName();
  const rows = board.data?.departments ?? [];
  const names = rows.map((row) => departmentName(row.department));

  const yearPicker = (
    <Flex gap={8} align="center">
      <DatePicker
        aria-label={t('tasks.board.allYears')}
        picker="year"
        data-testid="board-year"
        allowClear
        placeholder={t('tasks.board.allYears')}
        value={year ? dayjs(`${year}-01-01`) : null}
        onChange={(value) => setYear(value ? value.year() : undefined)}
      />
      {board.data?.asOf && <Typography.Text type="secondary">{t('tasks.board.asOf', { date: board.data.asOf })}</Typography.Text>}
    </Flex>
  );

  const byStatus = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    // long (English) department names wrap under their bar instead of running into the next one
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, overflow: 'break', width: 96 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: TASK_STATUSES.map((status) => ({
      name: t(`tasks.status.${status}`),
      type: 'bar',
      stack: 'status',
      itemStyle: { color: STATUS_CHART_COLORS[status] },
      data: rows.map((row) => (row.byStatus?.[status] === null ? '-' : (row.byStatus?.[status] ?? 0))),
    })),
  };
  const single = (name: string, values: (number | '-')[], color: string, suffix = '') => ({
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}${suffix}` },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: suffix ? undefined : 1, max: suffix ? 100 : undefined },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { overflow: 'break', width: 140 } },
    series: [{ name, type: 'bar', data: values, itemStyle: { color }, label: { show: true, position: 'right', formatter: `{c}${suffix}` } }],
  });

  return (
    <QueryCard
      query={board}
      size="medium"
      title={t('tasks.board.title')}
      extra={yearPicker}
      data-testid="task-board"
      isEmpty={() => rows.every((row) => row.total === 0)}
      empty={<Empty description={t('tasks.board.empty')} />}
    >
      {(data) => (
          <Flex vertical gap={16}>
            {data.suppressionApplied && <DisclosureNote testId="board-suppressed" />}
            <Row gutter={[16, 16]}>
              <Col xs={24}>
                <Card size="small" title={t('tasks.board.byStatus')} data-testid="chart-by-status">
                  <Chart title={t('tasks.board.byStatus')} option={byStatus} height={CHART_HEIGHT} notMerge />
                </Card>
              </Col>
              <Col xs={24} md={12}>
                <Card size="small" title={t('tasks.board.completionRate')} data-testid="chart-completion">
                  <Chart
                    title={t('tasks.board.completionRate')}
                    option={single(t('tasks.board.completionRate'), rows.map((row) => row.completionRate ?? '-'), '#52c41a', '%')}
                    height={CHART_HEIGHT}
                    notMerge
                  />
                </Card>
              </Col>
              <Col xs={24} md={12}>
                <Card size="small" title={t('tasks.board.overdue')} data-testid="chart-overdue">
                  <Chart
                    title={t('tasks.board.overdue')}
                    option={single(t('tasks.board.overdue'), rows.map((row) => row.overdue ?? '-'), '#ff4d4f')}
                    height={CHART_HEIGHT}
                    notMerge
                  />
                </Card>
              </Col>
            </Row>
            <Card size="small" title={t('tasks.board.ranking')}>
              <Table<TaskBoardRow>
                data-testid="board-ranking"
                size="small"
                pagination={false}
                rowKey={(row) => row.department?.code ?? ''}
                dataSource={[...rows].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))}
                columns={[
                  { title: t('tasks.board.rank'), key: 'rank', width: 70, render: (_, row) => row.rank ?? '—' },
                  { title: t('tasks.board.department'), key: 'department', ...noWrap, render: (_, row) => departmentName(row.department) },
                  { title: t('tasks.board.total'), key: 'total', render: (_, row) => formatCount(row.total) },
                  ...TASK_STATUSES.map((status) => ({
                    title: t(`tasks.status.${status}`),
                    key: status,
                    render: (_: unknown, row: TaskBoardRow) => <span data-testid={`board-${row.department?.code}-${status}`}>{formatCount(row.byStatus?.[status])}</span>,
                  })),
                  {
                    title: t('tasks.board.completionRate'),
                    key: 'rate',
                    render: (_, row) => (row.completionRate === null || row.completionRate === undefined ? '—' : `${row.completionRate.toFixed(1)}%`),
                  },
                  { title: t('tasks.board.cooperating'), key: 'cooperating', render: (_, row) => formatCount(row.cooperating) },
                  {
                    title: t('tasks.board.openNotices'),
                    key: 'openNotices',
                    render: (_, row) => <span data-testid={`board-${row.department?.code}-notices`}>{formatCount(row.openNotices)}</span>,
                  },
                ]}
              />
            </Card>
          </Flex>
      )}
    </QueryCard>
  );
}
