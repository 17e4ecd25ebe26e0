/** Where the competitions' pages live: route patterns for the route table, link builders for links. */
export const competitionsPaths = {
  list: '/competitions',
  detail: '/competitions/:id',
  certificates: '/competitions/:id/certificates',
} as const;

/** The tabs of the detail page, reachable by `?tab=`. */
export const DETAIL_TABS = ['overview', 'registration', 'judges', 'scores', 'ranking', 'results', 'publication', 'history'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

export const toCompetitions = () => competitionsPaths.list;
export const toCompetition = (id: number | string, tab?: DetailTab) => `/competitions/${id}${tab ? `?tab=${tab}` : ''}`;
export const toCertificates = (id: number | string) => `/competitions/${id}/certificates`;
