import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { STATUS_COLORS, type TaskStatus } from '../types';

export function TaskStatusTag({ status }: { status?: TaskStatus }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="task-status">
      {t(`tasks.status.${status}`)}
    </Tag>
  );
}
