import { Tag } from 'antd';

import { useDictionaries } from '@/lib/dictionaries';

import type { ApplicationState } from '../types';

const COLORS: Record<ApplicationState, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  REVIEWED: 'cyan',
  APPROVED: 'gold',
  DISBURSED: 'success',
  REJECTED: 'error',
};

export function StateTag({ state }: { state?: ApplicationState }) {
  const { label } = useDictionaries();
  if (!state) return null;
  return (
    <Tag color={COLORS[state]} data-testid="application-state">
      {label('application_state', state)}
    </Tag>
  );
}
