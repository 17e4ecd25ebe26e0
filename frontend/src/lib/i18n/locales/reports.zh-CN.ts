/** 报告 (Chinese): the annual review (工作巡礼). */
export const reportsZhCN = {
  review: {
    title: '工作巡礼',
    year: '年度',
    preview: '预览',
    download: '下载 Word 文档',
    downloaded: '已开始下载',
    hint: '根据工人名册（截至年底）、部门工作记录、任务、资金、竞赛和荣誉自动生成；把鼠标移到句子上或点击句子，可查看该句的数据来源。下载 Word 文档后可继续修改。牵头单位看到全文；其他成员单位看到统计部分和本单位部分。',
    asOf: '数据截至 {{date}}',
    sources: '数据来源',
    sourceKind: '来源',
    recordType: '记录类型',
    rows: '条数',
    ids: '记录编号',
    query: '查询说明',
    kind: {
      record: '部门工作记录',
      registry: '工人名册统计',
      fund: '补贴资金',
      competition: '竞赛',
      honour: '荣誉',
      'political-post': '政治安排',
      task: '改革任务',
      template: '固定表述',
    },
  },
};
