import type { reportsZhCN } from './reports.zh-CN';

/** Reports (English): the annual review (工作巡礼). */
export const reportsEn: typeof reportsZhCN = {
  review: {
    title: 'Annual review',
    year: 'Year',
    preview: 'Preview',
    download: 'Download Word document',
    downloaded: 'Download started',
    hint: 'Generated from the registry (as of the year end), the departments’ records, tasks, funds, competitions and honours; hover over or click a sentence to see its sources. Download the Word document to edit it further. The lead unit sees the whole review; other member departments see the statistics and their own section.',
    asOf: 'Figures as of {{date}}',
    sources: 'Sources',
    sourceKind: 'Source',
    recordType: 'Record type',
    rows: 'Rows',
    ids: 'Record ids',
    query: 'Query',
    kind: {
      record: 'Department records',
      registry: 'Registry statistics',
      fund: 'Subsidy funds',
      competition: 'Competitions',
      honour: 'Honours',
      'political-post': 'Political posts',
      task: 'Reform tasks',
      template: 'Fixed wording',
    },
  },
};
