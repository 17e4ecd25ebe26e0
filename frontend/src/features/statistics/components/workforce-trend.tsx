import { Card, Empty, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '@/components/charts/chart';

import { type SeriesDimension, seriesDimensions, useWorkforceSeries } from '../api/get-workforce-series';

/**
 * 趋势: the workforce per month end over the last twelve months, as a line per category of the
 * chosen breakdown (or the total). Hidden values (outside the lead unit) are gaps in the line, never
 * guessed; the note says so.
 */
export function WorkforceTrend() {
  const { t } = useTranslation();
  const [by, setBy] = useState<SeriesDimension>('total');
  const series = useWorkforceSeries({ by });
  const points = series.data?.points ?? [];
  const months = points.map((p) => p.month);
  const lines =
    by === 'total'
      ? [{ name: t('statistics.total'), type: 'line' as const, connectNulls: false, data: points.map((p) => p.total ?? null) }]
      : (points[0]?.values ?? []).map((v, i) => ({
          name: v.label,
          type: 'line' as const,
          connectNulls: false,
          data: points.map((p) => p.values?.[i]?.value ?? null),
        }));
  const anyHidden = points.some((p) => p.totalSuppressed || (p.values ?? []).some((v) => v.suppressed));
  return (
    <Card
      size="small"
      title={t('statistics.trend.title')}
      data-testid="chart-trend"
      extra={
        <Select
          data-testid="trend-by"
          aria-label={t('statistics.trend.by')}
          style={{ minWidth: 140 }}
          value={by}
          onChange={setBy}
          options={seriesDimensions.map((d) => ({ value: d, label: t(`statistics.trend.dimension.${d}`) }))}
        />
      }
    >
      {series.isPending ? (
        <Skeleton active />
      ) : points.length === 0 ? (
        <Empty description={t('statistics.trend.empty')} />
      ) : (
        <>
          <Chart
            title={t('statistics.trend.title')}
            height={320}
            notMerge
            option={{
              tooltip: { trigger: 'axis' },
              legend: { type: 'scroll', bottom: 0 },
              grid: { left: 56, right: 24, top: 16, bottom: 48 },
              xAxis: { type: 'category', data: months },
              yAxis: { type: 'value' },
              series: lines,
            }}
          />
          {anyHidden && (
            <Typography.Text type="secondary" data-testid="trend-hidden-note">
              {t('statistics.trend.hiddenNote')}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
