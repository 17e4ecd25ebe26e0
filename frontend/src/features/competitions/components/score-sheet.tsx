import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Flex, InputNumber, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert, readableError } from '@/components/errors/api-error-alert';
import { useAuth } from '@/lib/auth/auth-context';

import { useJudges } from '../api/judges';
import { useParticipants } from '../api/participants';
import { useSaveScore, useScoreSheets } from '../api/scores';
import type { Competition, Participant, ScoreSheet } from '../types';
import { useCompetitionLabels } from '../utils/enums';

import { conflicts } from './judge-panel';

type CellState = { status: 'saving' | 'saved' | 'error'; message?: string };
const cellKey = (participantId: number, itemId: number) => `${participantId}:${itemId}`;
const cellId = (row: number, column: number) => `score-cell-${row}-${column}`;

/**
 * 评分表: one judge's sheet as a grid (contestants × scoring items). Tab and Enter move between
 * cells (Shift goes back); a mark is saved as the cell is left, and each cell and the sheet say
 * whether it is saving, saved, or refused by the API (with its reason).
 */
export function ScoreSheetGrid({ competition, manages }: { competition: Competition; manages: boolean }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { label, score } = useCompetitionLabels();
  const queryClient = useQueryClient();
  const judges = useJudges(competition.id!);
  const participants = useParticipants(competition.id!);
  const me = (judges.data ?? []).find((j) => j.username && j.username === user.username);
  const choosable = manages ? (judges.data ?? []) : me ? [me] : [];
  const [chosen, setChosen] = useState<number>();
  const judgeId = chosen ?? me?.id ?? choosable[0]?.id;
  const judge = choosable.find((j) => j.id === judgeId);
  const sheets = useScoreSheets(competition.id!, judgeId, { enabled: judgeId !== undefined });
  const save = useSaveScore(competition.id!);
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
  const [cells, setCells] = useState<Record<string, CellState>>({});
  const sent = useRef<Record<string, number>>({});
  // the version of each mark as the last answer gave it, and the save of each cell in flight: a cell's saves
  // go one after the other, each with the version the previous one left, so typing fast never conflicts with itself
  const versions = useRef<Record<string, number>>({});
  const inFlight = useRef<Record<string, Promise<unknown>>>({});
  const items = competition.items ?? [];
  const scoring = competition.stage === 'SCORING';
  const contestants = (participants.data ?? []).filter((p) => p.status === 'ACCEPTED');
  const sheetOf = new Map((sheets.data ?? []).map((s) => [s.participantId!, s]));

  if (judges.error) return <ApiErrorAlert error={judges.error} onRetry={() => void judges.refetch()} />;
  if (!judges.isPending && choosable.length === 0) return <Alert type="info" showIcon title={t('competitions.scores.notJudge')} data-testid="not-judge" />;

  const serverValue = (participantId: number, itemId: number) =>
    sheetOf.get(participantId)?.scores?.find((s) => s.itemId === itemId)?.value ?? null;
  const markVersion = (participantId: number, itemId: number) =>
    versions.current[cellKey(participantId, itemId)] ?? sheetOf.get(participantId)?.scores?.find((s) => s.itemId === itemId)?.version ?? 0;

  const commit = (p: Participant, itemId: number) => {
    const key = cellKey(p.id!, itemId);
    const value = drafts[key];
    if (judgeId === undefined || value === undefined || value === null) return;
    if (sent.current[key] === value || (sent.current[key] === undefined && serverValue(p.id!, itemId) === value)) return;
    sent.current[key] = value;
    setCells((old) => ({ ...old, [key]: { status: 'saving' } }));
    // mutateAsync, not mutate's callbacks: those fire only for the latest of overlapping calls, and
    // typing fast overlaps saves, which left earlier cells showing 保存中 for ever
    const previous = inFlight.current[key] ?? Promise.resolve();
    const saving = previous.then(() => save.mutateAsync({ judgeId, participantId: p.id!, itemId, value, version: markVersion(p.id!, itemId) })).then(
        (sheet: ScoreSheet) => {
          (sheet.scores ?? []).forEach((s) => {
            if (s.itemId !== undefined && s.version !== undefined) versions.current[cellKey(sheet.participantId!, s.itemId)] = s.version;
          });
          setCells((old) => ({ ...old, [key]: { status: 'saved' } }));
          queryClient.setQueryData<ScoreSheet[]>(['competitions', 'detail', competition.id!, 'scores', judgeId], (old) =>
            (old ?? []).some((s) => s.participantId === sheet.participantId)
              ? (old ?? []).map((s) => (s.participantId === sheet.participantId ? sheet : s))
              : [...(old ?? []), sheet],
          );
        },
        (error: unknown) => {
          delete sent.current[key];
          const readable = readableError(error, t);
          setCells((old) => ({ ...old, [key]: { status: 'error', message: readable.detail ?? readable.title } }));
        },
    );
    inFlight.current[key] = saving;
  };

  const move = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const order: [number, number][] = [];
    contestants.forEach((p, r) => {
      if (judge && conflicts(judge, p)) return;
      items.forEach((_, c) => order.push([r, c]));
    });
    const at = order.findIndex(([r, c]) => r === row && c === column);
    const next = order[at + (event.shiftKey ? -1 : 1)];
    if (next) document.getElementById(cellId(next[0], next[1]))?.focus();
    else (event.target as HTMLInputElement).blur();
  };

  const states = Object.values(cells);
  const indicator = states.some((s) => s.status === 'saving') ? (
    <Tag icon={<LoadingOutlined />} color="processing">{t('competitions.scores.saving')}</Tag>
  ) : states.some((s) => s.status === 'error') ? (
    <Tag icon={<CloseCircleOutlined />} color="error">{t('competitions.scores.saveFailed')}</Tag>
  ) : states.length > 0 ? (
    <Tag icon={<CheckCircleOutlined />} color="success">{t('competitions.scores.allSaved')}</Tag>
  ) : null;
  const scorable = contestants.filter((p) => !(judge && conflicts(judge, p)));
  const done = scorable.filter((p) => sheetOf.get(p.id!)?.complete).length;

  return (
    <Card
      size="small"
      data-testid="score-sheet"
      title={
        <Space wrap>
          {t('competitions.scores.title')}
          <Select<number>
            aria-label={t('competitions.scores.chooseJudge')}
            data-testid="score-judge"
            style={{ minWidth: 180 }}
            value={judgeId}
            onChange={(v) => {
              setChosen(v);
              setDrafts({});
              setCells({});
              sent.current = {};
              versions.current = {};
              inFlight.current = {};
            }}
            placeholder={t('competitions.scores.chooseJudge')}
            options={choosable.map((j) => ({ value: j.id!, label: `${t('competitions.scores.judge')} ${j.name}` }))}
          />
          {manages && judge && judge.id !== me?.id && <Typography.Text type="secondary">{t('competitions.scores.onBehalf')}</Typography.Text>}
        </Space>
      }
      extra={
        <Space>
          <Typography.Text type="secondary" data-testid="score-progress">
            {t('competitions.scores.progress', { done, total: scorable.length })}
          </Typography.Text>
          <span data-testid="save-indicator">{indicator}</span>
        </Space>
      }
    >
      {!scoring && (
        <Alert style={{ marginBottom: 12 }} type="info" showIcon title={t('competitions.scores.notScoring', { stage: label('stage', competition.stage) })} />
      )}
      {sheets.error && <ApiErrorAlert error={sheets.error} onRetry={() => void sheets.refetch()} />}
      <Typography.Paragraph type="secondary">{t('competitions.scores.keyboardHint')}</Typography.Paragraph>
      <Table<Participant>
        data-testid="score-grid"
        rowKey="id"
        size="small"
        pagination={false}
        loading={participants.isPending || sheets.isFetching}
        dataSource={contestants}
        locale={{ emptyText: t('competitions.scores.empty') }}
        columns={[
          {
            title: t('competitions.scores.contestant'),
            key: 'contestant',
            width: 200,
            render: (_, p) => (
              <Flex vertical>
                <span>{p.displayName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.enterprise?.name}
                </Typography.Text>
              </Flex>
            ),
          },
          ...items.map((item, column) => ({
            title: `${item.name}(${item.weight})`,
            key: `item-${item.id}`,
            width: 150,
            render: (_: unknown, p: Participant, row: number) => {
              if (judge && conflicts(judge, p)) {
                return (
                  <Tooltip title={t('competitions.scores.standAsideHint', { enterprise: p.enterprise?.name ?? '' })}>
                    <Tag color="volcano" data-testid={`stand-aside-${p.id}`}>
                      {t('competitions.scores.standAside')}
                    </Tag>
                  </Tooltip>
                );
              }
              const key = cellKey(p.id!, item.id!);
              const state = cells[key];
              const value = key in drafts ? drafts[key] : serverValue(p.id!, item.id!);
              return (
                <Space size={4}>
                  <InputNumber<number>
                    id={cellId(row, column)}
                    aria-label={`${p.displayName} ${item.name}`}
                    min={0}
                    max={100}
                    step={0.5}
                    precision={undefined}
                    disabled={!scoring}
                    status={state?.status === 'error' ? 'error' : undefined}
                    value={value}
                    style={{ width: 90 }}
                    onChange={(v) => setDrafts((old) => ({ ...old, [key]: v === null ? null : Math.round(v * 100) / 100 }))}
                    onBlur={() => commit(p, item.id!)}
                    onKeyDown={(e) => move(e, row, column)}
                  />
                  {state?.status === 'saving' && <LoadingOutlined aria-label={t('competitions.scores.saving')} />}
                  {state?.status === 'saved' && <CheckCircleOutlined style={{ color: '#52c41a' }} aria-label={t('competitions.scores.saved')} />}
                  {state?.status === 'error' && (
                    <Tooltip title={state.message}>
                      <CloseCircleOutlined style={{ color: '#ff4d4f' }} aria-label={t('competitions.scores.saveFailed')} data-testid="cell-error" />
                    </Tooltip>
                  )}
                </Space>
              );
            },
          })),
          {
            title: t('competitions.scores.total'),
            key: 'total',
            width: 140,
            render: (_, p) => {
              if (judge && conflicts(judge, p)) return '—';
              const sheet = sheetOf.get(p.id!);
              return (
                <Space size={4}>
                  <span data-testid={`sheet-total-${p.id}`}>{sheet?.complete ? score(sheet.total) : t('competitions.scores.incomplete')}</span>
                  {sheet?.flagged && (
                    <Tooltip title={sheet.flagReason}>
                      <Tag icon={<WarningOutlined />} color="warning">
                        {t('competitions.scores.flagged')}
                      </Tag>
                    </Tooltip>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {Object.entries(cells)
        .filter(([, s]) => s.status === 'error')
        .slice(0, 3)
        .map(([key, s]) => (
          <Alert key={key} style={{ marginTop: 8 }} type="error" showIcon title={s.message} data-testid="score-error" />
        ))}
    </Card>
  );
}
