/** Chinese messages of the competitions feature. */
export const competitionsZhCN = {
  title: '竞赛',
};
