import type { subsidiesZhCN } from './subsidies.zh-CN';

/** English messages of the subsidies feature; keys checked against the Chinese file. */
export const subsidiesEn: typeof subsidiesZhCN = {
  title: 'Training subsidies',
};
