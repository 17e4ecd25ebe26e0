import { Tag } from 'antd';

import { useDictionaries } from '@/lib/dictionaries';

import { STATUS_COLORS, type TaskStatus } from '../types';

export function TaskStatusTag({ status }: { status?: TaskStatus }) {
  const { label } = useDictionaries();
  if (!status) return null;
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="task-status">
      {label('task_status', status)}
    </Tag>
  );
}
