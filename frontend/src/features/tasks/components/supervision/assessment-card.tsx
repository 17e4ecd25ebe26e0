import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '@/components/charts/chart';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { QueryState } from '@/components/query/query-state';
import { noWrap } from '@/components/table-layout';
import { useDictionaries } from '@/lib/dictionaries';
import { useNumberFormat } from '@/lib/format/numbers';

import { downloadAssessment, useTaskAssessment } from '../../api/supervision';
import { ESCALATION_LEVELS, type TaskAssessmentRow } from '../../types';
import { useDepartmentName } from '../../utils/use-task-helpers';

const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`);

/**
 * 年度考核: per department on-time rate, completion rate, escalations by level, extensions and the
 * score that ranks them (the formula as the API states it); a bar chart of the scores and a CSV export.
 * A department's staff get their own row with its rank.
 */
export function AssessmentCard() {
  const { t } = useTranslation();
  const { label } = useDictionaries();
  const { count } = useNumberFormat();
  const departmentName = useDepartmentName();
  const [year, setYear] = useState<number>(dayjs().year());
  const assessment = useTaskAssessment(year);
  const [exportError, setExportError] = useState<unknown>(null);
  const rows = assessment.data?.departments ?? [];
  const scored = rows.filter((row) => row.score !== null && row.score !== undefined);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', data: scored.map((row) => departmentName(row.department)), inverse: true, axisLabel: { overflow: 'break', width: 140 } },
    series: [
      {
        name: t('tasks.assessment.score'),
        type: 'bar',
        data: scored.map((row) => row.score),
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'right' },
      },
    ],
  };
  const extra = (
    <Flex gap={8} align="center" wrap>
      <DatePicker
        aria-label={t('tasks.assessment.year')}
        picker="year"
        allowClear={false}
        data-testid="assessment-year"
        value={dayjs(`${year}-01-01`)}
        onChange={(value) => value && setYear(value.year())}
      />
      <Button
        icon={<DownloadOutlined />}
        data-testid="assessment-export"
        onClick={() => {
          setExportError(null);
          downloadAssessment(year).catch(setExportError);
        }}
      >
        {t('tasks.assessment.export')}
      </Button>
    </Flex>
  );
  return (
    <Card title={t('tasks.assessment.title')} extra={extra} data-testid="assessment">
      {exportError ? <ApiErrorAlert error={exportError} /> : null}
      <QueryState
        query={assessment}
        isEmpty={() => rows.length === 0}
        empty={<Empty description={t('tasks.assessment.empty')} />}
      >
        {(data) => (
          <Flex vertical gap={16}>
            {scored.length > 1 && <Chart title={t('tasks.assessment.chart', { year })} option={option} height={Math.max(160, scored.length * 40)} notMerge />}
            <Table<TaskAssessmentRow>
              data-testid="assessment-ranking"
              size="small"
              pagination={false}
              scroll={{ x: true }}
              rowKey={(row) => row.department?.code ?? ''}
              dataSource={rows}
              columns={[
                { title: t('tasks.board.rank'), key: 'rank', width: 70, render: (_, row) => <span data-testid={`assessment-rank-${row.department?.code}`}>{row.rank ?? '—'}</span> },
                { title: t('tasks.board.department'), key: 'department', ...noWrap, render: (_, row) => departmentName(row.department) },
                { title: t('tasks.assessment.score'), key: 'score', render: (_, row) => (row.score == null ? '—' : row.score.toFixed(1)) },
                { title: t('tasks.assessment.tasks'), key: 'tasks', render: (_, row) => count(row.tasks) },
                { title: t('tasks.assessment.completionRate'), key: 'completionRate', render: (_, row) => percent(row.completionRate) },
                { title: t('tasks.assessment.onTimeRate'), key: 'onTimeRate', render: (_, row) => percent(row.onTimeRate) },
                ...ESCALATION_LEVELS.map((level) => ({
                  title: label('escalation_level', level),
                  key: level,
                  render: (_: unknown, row: TaskAssessmentRow) => count(row.escalations?.[level] ?? 0),
                })),
                {
                  title: t('tasks.assessment.extensions'),
                  key: 'extensions',
                  render: (_, row) => t('tasks.assessment.extensionsOf', { approved: row.extensionsApproved ?? 0, requested: row.extensionsRequested ?? 0 }),
                },
              ]}
            />
            {data.formula && (
              <Typography.Text type="secondary" data-testid="assessment-formula">
                {t('tasks.assessment.formula')}
              </Typography.Text>
            )}
          </Flex>
        )}
      </QueryState>
    </Card>
  );
}
