import { Tag } from 'antd';

import type { CompetitionStage } from '../types';
import { useCompetitionLabels } from '../utils/enums';

const COLORS: Record<CompetitionStage, string> = {
  REGISTRATION: 'blue',
  REVIEW: 'cyan',
  SCORING: 'orange',
  PUBLICATION: 'purple',
  CLOSED: 'default',
};

export function StageTag({ stage }: { stage: CompetitionStage | undefined }) {
  const { label } = useCompetitionLabels();
  return stage ? <Tag color={COLORS[stage]} data-testid="stage-tag">{label('stage', stage)}</Tag> : null;
}
