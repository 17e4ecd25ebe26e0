import { Tag } from 'antd';

import { useDictionaries } from '@/lib/dictionaries';

import { ESCALATION_COLORS, type EscalationLevel } from '../../types';

/** The escalation an unanswered notice reached (提醒, 催办, 通报), by its label. */
export function EscalationTag({ level }: { level?: EscalationLevel | null }) {
  const { label } = useDictionaries();
  if (!level) return null;
  return (
    <Tag color={ESCALATION_COLORS[level]} data-testid="notice-escalation">
      {label('escalation_level', level)}
    </Tag>
  );
}
