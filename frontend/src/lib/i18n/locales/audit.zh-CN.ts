/** 审计日志 (Chinese). */
export const auditZhCN = {
  title: '审计日志',
  hint: '敏感信息查看、越权访问尝试与数据导出均在此留痕',
  occurredAt: '时间',
  actor: '操作人',
  department: '部门',
  client: '客户端',
  action: '事件',
  record: '对象',
  outcome: '结果',
  detail: '详情',
  search: '查询',
  reset: '重置',
  total: '共 {{count}} 条',
  actions: {
    PII_READ: '查看敏感信息',
    SCOPE_DENIED: '越权访问被拒',
    EXPORT: '导出数据',
    LOOKUP: '查询工人',
  },
};
