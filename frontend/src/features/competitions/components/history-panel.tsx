import { Card, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useCompetitionHistory } from '../api/history';
import type { Competition } from '../types';
import { useCompetitionLabels, type CompetitionEnum } from '../utils/enums';

/** The snapshot's fields whose values are the competitions' enums, shown by name. */
const ENUM_FIELDS: Record<string, CompetitionEnum> = {
  kind: 'kind',
  field: 'field',
  level: 'level',
  stage: 'stage',
  minSkillLevel: 'skillLevel',
  maxSkillLevel: 'skillLevel',
  technicalExpertUpTo: 'grade',
  skillRaiseUpTo: 'grade',
};

/**
 * 变更记录: who changed the competition's rules or moved its stage, when, newest first (Envers
 * revisions from the API). The registry has its own timeline; features do not share components.
 */
export function HistoryPanel({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { label, dateTime } = useCompetitionLabels();
  const history = useCompetitionHistory(competition.id!);

  if (history.error) return <ApiErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (!history.data) return <Skeleton active />;

  const fieldLabel = (field: string) =>
    t(`competitions.history.fields.${field}` as never, { defaultValue: t(`competitions.form.${field}` as never, { defaultValue: field }) });
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return '∅';
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    const group = ENUM_FIELDS[field];
    if (group && typeof value === 'string') return label(group, value);
    return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number);
  };
  const entries = [...history.data].sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));

  return (
    <Card size="small" title={t('competitions.history.title')} data-testid="history-panel">
      {entries.length === 0 ? (
        <Empty description={t('competitions.history.empty')} />
      ) : (
        <Timeline
          data-testid="history-timeline"
          items={entries.map((entry) => ({
            key: entry.revision,
            color: entry.type === 'CREATED' ? 'green' : entry.type === 'DELETED' ? 'red' : 'blue',
            content: (
              <div data-testid="history-entry">
                <Space size={8} wrap>
                  <Typography.Text strong>{dateTime(entry.changedAt)}</Typography.Text>
                  <Typography.Text>{entry.actor ?? '—'}</Typography.Text>
                  {entry.department && <Typography.Text type="secondary">{entry.department}</Typography.Text>}
                  {entry.clientId && <Typography.Text type="secondary">{t('competitions.history.client', { client: entry.clientId })}</Typography.Text>}
                  <Tag>{t(`competitions.history.type.${entry.type ?? 'UPDATED'}` as const)}</Tag>
                </Space>
                {(entry.changes ?? []).length === 0 ? (
                  <div>
                    <Typography.Text type="secondary">{t('competitions.history.noFieldChanges')}</Typography.Text>
                  </div>
                ) : (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                    {(entry.changes ?? []).map((change) => {
                      const field = change.field ?? '';
                      return (
                        <li key={field}>
                          <Typography.Text type="secondary">{fieldLabel(field)}</Typography.Text>{' '}
                          {entry.type === 'CREATED' ? (
                            show(field, change.after)
                          ) : (
                            <>
                              <Typography.Text delete>{show(field, change.before)}</Typography.Text> → {show(field, change.after)}
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
