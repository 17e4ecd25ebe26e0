import type { competitionsZhCN } from './competitions.zh-CN';

/** English messages of the competitions feature; keys checked against the Chinese file. */
export const competitionsEn: typeof competitionsZhCN = {
  title: 'Competitions',
};
