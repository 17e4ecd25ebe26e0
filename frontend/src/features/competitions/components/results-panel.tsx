import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '@/components/charts/chart';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useResults } from '../api/results';
import type { Competition, CompetitionResult } from '../types';
import { useCompetitionLabels, isPublished } from '../utils/enums';

import { ResultFormModal } from './result-form';

const ALL = '*';

/** A measure as reported: the same name in another unit is another measure (吨 and 千克 do not add up). */
const measureKey = (r: CompetitionResult) => `${r.measure ?? ''}\u0000${r.unit ?? ''}`;

/** Each enterprise's total of one measure (an enterprise may report it for several periods), largest first. */
export function totalsByEnterprise(results: CompetitionResult[]) {
  const totals = new Map<number, { name: string; value: number }>();
  for (const r of results) {
    const id = r.participantId ?? 0;
    const entry = totals.get(id) ?? { name: r.participantName ?? String(id), value: 0 };
    entry.value = Math.round((entry.value + (r.value ?? 0)) * 100) / 100;
    totals.set(id, entry);
  }
  return [...totals.values()].sort((a, b) => b.value - a.value);
}

function ResultsChart({ results, measure, unit }: { results: CompetitionResult[]; measure: string; unit: string }) {
  const { t } = useTranslation();
  const totals = totalsByEnterprise(results);
  return (
    <Card size="small" title={t('competitions.results.chartTitle', { measure, unit })} data-testid="results-chart">
      <Chart
        title={t('competitions.results.chartTitle', { measure, unit })}
        height={Math.max(240, 48 + totals.length * 36)}
        option={{
          tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${String(v)} ${unit}` },
          grid: { left: 16, right: 48, top: 16, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
          // enterprises down the side: their names are long
          yAxis: { type: 'category', inverse: true, data: totals.map((e) => e.name) },
          xAxis: { type: 'value', name: unit },
          series: [{ name: measure, type: 'bar', barMaxWidth: 28, label: { show: true, position: 'right' }, data: totals.map((e) => e.value) }],
        }}
      />
    </Card>
  );
}

/**
 * 企业成果 (labour competitions): the results each enterprise reported, one measure at a time, as a
 * table and a bar chart by enterprise. The organiser of the competition's department records them
 * until publication; everyone else who reads the competition reads them.
 */
export function ResultsPanel({ competition: c, manages }: { competition: Competition; manages: boolean }) {
  const { t, i18n } = useTranslation();
  const { label } = useCompetitionLabels();
  const results = useResults(c.id!);
  const [chosen, setChosen] = useState<string>();
  const [reporting, setReporting] = useState(false);
  const closed = isPublished(c.stage);
  const canReport = manages && !closed;

  if (results.error) return <ApiErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  const rows = results.data ?? [];
  const measures = new Map<string, { measure: string; unit: string }>();
  for (const r of rows) if (!measures.has(measureKey(r))) measures.set(measureKey(r), { measure: r.measure ?? '', unit: r.unit ?? '' });
  // the first measure until the user chooses (a choice that no longer exists falls back to it too)
  const selected = chosen === ALL || (chosen !== undefined && measures.has(chosen)) ? chosen : measures.keys().next().value;
  const shown = selected === undefined || selected === ALL ? rows : rows.filter((r) => measureKey(r) === selected);
  const current = selected && selected !== ALL ? measures.get(selected) : undefined;
  const locale = i18n.language === 'en' ? 'en-US' : 'zh-CN';
  const number = (v: number | undefined) => (v == null ? '—' : v.toLocaleString(locale, { maximumFractionDigits: 2 }));

  return (
    <Flex vertical gap={16} data-testid="results-panel">
      {manages && closed && <Alert type="info" showIcon title={t('competitions.results.closed', { stage: label('stage', c.stage) })} data-testid="results-closed" />}
      <Flex justify="space-between" wrap gap={8}>
        <Space>
          <Typography.Text>{t('competitions.results.measureFilter')}</Typography.Text>
          <Select<string>
            data-testid="results-measure"
            style={{ minWidth: 220 }}
            value={selected}
            disabled={rows.length === 0}
            onChange={setChosen}
            options={[
              { value: ALL, label: t('competitions.results.allMeasures') },
              ...[...measures.entries()].map(([key, m]) => ({ value: key, label: `${m.measure}(${m.unit})` })),
            ]}
          />
        </Space>
        {canReport && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setReporting(true)} data-testid="result-report">
            {t('competitions.results.report')}
          </Button>
        )}
      </Flex>
      {current ? (
        <ResultsChart results={shown} measure={current.measure} unit={current.unit} />
      ) : (
        rows.length > 0 && <Typography.Text type="secondary">{t('competitions.results.chartHint')}</Typography.Text>
      )}
      <Card size="small" title={t('competitions.results.title')} extra={t('competitions.results.count', { count: shown.length })}>
        <Table<CompetitionResult>
          data-testid="results-table"
          rowKey={(r) => r.id ?? 0}
          size="small"
          loading={results.isPending}
          pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          dataSource={shown}
          locale={{ emptyText: <Empty description={t('competitions.results.empty')} /> }}
          columns={[
            { title: t('competitions.results.enterprise'), dataIndex: 'participantName', key: 'enterprise' },
            { title: t('competitions.results.measure'), dataIndex: 'measure', key: 'measure' },
            {
              title: t('competitions.results.value'),
              key: 'value',
              align: 'right',
              sorter: (a, b) => (a.value ?? 0) - (b.value ?? 0),
              render: (_, r) => `${number(r.value)} ${r.unit ?? ''}`,
            },
            { title: t('competitions.results.reportedOn'), dataIndex: 'reportedOn', key: 'reportedOn', width: 120 },
            { title: t('competitions.results.note'), dataIndex: 'note', key: 'note', render: (note?: string) => note || '—' },
          ]}
        />
      </Card>
      {reporting && (
        <ResultFormModal
          competition={c}
          results={rows}
          onClose={() => setReporting(false)}
          onReported={(saved) => {
            // the table and chart turn to the measure just reported, where the new row is
            setChosen(measureKey(saved));
            setReporting(false);
          }}
        />
      )}
    </Flex>
  );
}
