import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <Tag color={COLORS[state]} data-testid="application-state">
      {t(`subsidies.states.${state}`)}
    </Tag>
  );
}
