/** Chinese messages of the tasks feature. */
export const tasksZhCN = {
  title: '改革任务',
};
