/** Chinese messages of the subsidies feature. */
export const subsidiesZhCN = {
  title: '培训补贴',
};
