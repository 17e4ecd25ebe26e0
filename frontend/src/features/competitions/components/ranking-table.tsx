import { WarningOutlined } from '@ant-design/icons';
import { Alert, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { noWrap, scrollWhenRows } from '@/components/table-layout';

import { useRanking } from '../api/ranking';
import type { AwardGrade, Competition, JudgeTotal, RankingEntry } from '../types';
import { useCompetitionLabels } from '../utils/enums';

export const GRADE_COLORS: Record<AwardGrade, string> = { FIRST: 'gold', SECOND: 'geekblue', THIRD: 'green', EXCELLENCE: 'default' };

/** With ≥ 5 judges the API drops the single highest and lowest total: which ones those are, for striking through. */
export function droppedJudges(entry: RankingEntry): Set<number> {
  const totals = (entry.judgeTotals ?? []).filter((j) => j.total != null);
  if (!entry.dropped || totals.length < 3) return new Set();
  const sorted = [...totals].sort((a, b) => a.total! - b.total! || a.judgeId! - b.judgeId!);
  return new Set([sorted[0]!.judgeId!, sorted.at(-1)!.judgeId!]);
}

/** 排名: live from the sheets, with the stated rule, ties marked, the dropped high/low struck through. */
export function RankingTable({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { label, score, dateTime } = useCompetitionLabels();
  const ranking = useRanking(competition.id!);
  if (ranking.error) return <ApiErrorAlert error={ranking.error} onRetry={() => void ranking.refetch()} />;
  const r = ranking.data;
  return (
    <Card size="small" data-testid="ranking">
      {r?.rule && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('competitions.ranking.rule')}
          description={
            <>
              <div data-testid="ranking-rule">{r.rule}</div>
              {r.keyItem && <div>{t('competitions.ranking.keyItem', { item: r.keyItem })}</div>}
            </>
          }
        />
      )}
      <Table<RankingEntry>
        data-testid="ranking-table"
        rowKey="participantId"
        size="small"
        pagination={false}
        loading={ranking.isPending}
        dataSource={r?.entries ?? []}
        // names never squeezed to a character per line: the table scrolls instead
        scroll={scrollWhenRows(r?.entries)}
        locale={{ emptyText: t('competitions.ranking.empty') }}
        columns={[
          {
            title: t('competitions.ranking.rank'),
            key: 'rank',
            width: 90,
            render: (_, e) =>
              e.rank == null ? (
                <Typography.Text type="secondary">{t('competitions.ranking.unscored')}</Typography.Text>
              ) : (
                <Space size={4}>
                  <strong>{e.rank}</strong>
                  {e.tied && <Tag color="orange">{t('competitions.ranking.tied')}</Tag>}
                </Space>
              ),
          },
          { title: t('competitions.ranking.contestant'), dataIndex: 'displayName', key: 'name', ...noWrap },
          { title: t('competitions.ranking.enterprise'), key: 'enterprise', ...noWrap, render: (_, e) => e.enterprise?.name ?? '—' },
          { title: t('competitions.ranking.finalScore'), key: 'final', width: 100, render: (_, e) => <strong>{score(e.finalScore)}</strong> },
          { title: t('competitions.ranking.keyItemScore'), key: 'key', width: 110, render: (_, e) => score(e.keyItemScore) },
          {
            title: t('competitions.ranking.judgesCounted'),
            key: 'counted',
            width: 140,
            render: (_, e) => (
              <Space size={4}>
                {e.judgesCounted}
                {e.dropped ? <Tag color="purple">{t('competitions.ranking.dropped')}</Tag> : <Tag>{t('competitions.ranking.notDropped')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('competitions.ranking.judgeTotals'),
            key: 'totals',
            render: (_, e) => {
              const dropped = droppedJudges(e);
              return (
                <Space wrap size={4}>
                  {(e.judgeTotals ?? []).map((j: JudgeTotal) => (
                    <Tooltip key={j.judgeId} title={j.flagged ? j.flagReason : dropped.has(j.judgeId!) ? t('competitions.ranking.droppedMark') : undefined}>
                      <Tag
                        color={j.flagged ? 'warning' : undefined}
                        icon={j.flagged ? <WarningOutlined /> : undefined}
                        data-testid={dropped.has(j.judgeId!) ? 'judge-total-dropped' : 'judge-total'}
                        style={dropped.has(j.judgeId!) ? { textDecoration: 'line-through', opacity: 0.6 } : undefined}
                      >
                        {j.judgeName} {score(j.total)}
                      </Tag>
                    </Tooltip>
                  ))}
                </Space>
              );
            },
          },
          { title: t('competitions.ranking.registeredAt'), key: 'at', width: 160, render: (_, e) => dateTime(e.registeredAt) },
          {
            title: t('competitions.ranking.award'),
            key: 'award',
            width: 90,
            render: (_, e) => (e.award ? <Tag color={GRADE_COLORS[e.award]}>{label('grade', e.award)}</Tag> : '—'),
          },
        ]}
      />
    </Card>
  );
}
