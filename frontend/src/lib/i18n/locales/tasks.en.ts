import type { tasksZhCN } from './tasks.zh-CN';

/** English messages of the tasks feature; keys checked against the Chinese file. */
export const tasksEn: typeof tasksZhCN = {
  title: 'Reform tasks',
};
