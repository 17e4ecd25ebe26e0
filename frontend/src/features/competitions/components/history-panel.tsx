import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { HistoryTimeline } from '@/components/history/history-timeline';

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
 * revisions from the API), in the timeline every feature's history uses.
 */
export function HistoryPanel({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { label } = useCompetitionLabels();
  const history = useCompetitionHistory(competition.id!);

  if (history.error) return <ApiErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (!history.data) return <Skeleton active />;

  const fieldLabel = (field: string) =>
    t(`competitions.history.fields.${field}` as never, { defaultValue: t(`competitions.form.${field}` as never, { defaultValue: field }) });
  const formatValue = (field: string, value: unknown) => {
    const group = ENUM_FIELDS[field];
    return group && typeof value === 'string' ? label(group, value) : undefined;
  };

  return (
    <Card size="small" title={t('competitions.history.title')} data-testid="history-panel">
      <HistoryTimeline entries={history.data} fieldLabel={fieldLabel} formatValue={formatValue} emptyText={t('competitions.history.empty')} />
    </Card>
  );
}
