import { auditZhCN } from './audit.zh-CN';
import { competitionsZhCN } from './competitions.zh-CN';
import { dictionariesZhCN } from './dictionaries.zh-CN';
import { recordsZhCN } from './records.zh-CN';
import { registryZhCN } from './registry.zh-CN';
import { reportsZhCN } from './reports.zh-CN';
import { subsidiesZhCN } from './subsidies.zh-CN';
import { tasksZhCN } from './tasks.zh-CN';
import { webhooksZhCN } from './webhooks.zh-CN';

/**
 * Chinese (simplified) messages: the reference locale. `en.ts` must have exactly the same keys,
 * which the `Messages` type enforces at compile time.
 */

export const zhCN = {
  app: {
    shortName: '咸安区产改平台',
    fullName: '咸安区产业工人队伍建设改革平台',
  },
  menu: {
    dashboard: '工作台',
    registry: '工人名册',
    competitions: '竞赛',
    subsidies: '培训补贴',
    tasks: '改革任务',
    audit: '审计',
    dictionaries: '数据字典',
    webhooks: 'Webhook 订阅',
  },
  header: {
    noDepartment: '未分配部门',
    departmentUnavailable: '部门信息暂不可用',
    language: '界面语言',
    logout: '退出登录',
    logoutConfirmTitle: '退出登录',
    logoutConfirm: '确定要退出登录吗？',
    logoutOk: '退出',
    cancel: '取消',
  },
  language: {
    'zh-CN': '中文',
    en: 'English',
  },
  roles: {
    admin: '系统管理员',
    lead: '牵头单位领导',
    staff: '部门工作人员',
    'registry-editor': '名册维护',
    'pii-reader': '敏感信息查看',
    'subsidy-reviewer': '补贴审核',
    'subsidy-approver': '补贴审批',
    'competition-organizer': '竞赛组织',
    analyst: '数据分析',
  },
  dashboard: {
    welcome: '您好，{{name}}',
    welcomeSubtitle: '欢迎使用{{app}}',
    username: '登录账号',
    department: '所属部门',
    roles: '业务角色',
    noRoles: '暂无业务角色',
  },
  departments: {
    title: '成员单位',
    total: '共 {{count}} 个单位',
    name: '单位名称',
    kind: '类型',
    leadUnit: '牵头单位',
    memberUnit: '成员单位',
    empty: '暂无成员单位',
  },
  errors: {
    forbiddenTitle: '无权访问',
    forbiddenDescription: '您的账号没有访问此页面的权限。如需开通，请联系系统管理员。',
    notFoundTitle: '页面不存在',
    notFoundDescription: '您访问的页面不存在或已被移除。',
    backHome: '返回工作台',
    unexpectedTitle: '页面出错了',
    unexpectedDescription: '页面遇到意外错误，请刷新后重试。如问题持续，请联系系统管理员。',
    reload: '刷新页面',
    retry: '重试',
    requestFailed: '请求失败',
    network: '无法连接服务器，请检查网络后重试。',
    unauthorized: '登录已失效，正在跳转到登录页…',
    forbidden: '您没有执行此操作的权限。',
    notFound: '请求的数据不存在。',
    conflict: '数据已被他人修改，请刷新后重试。',
    server: '服务器暂时无法处理请求，请稍后重试。',
    status: '请求失败（状态码 {{status}}）',
    fieldErrors: '请检查以下内容：',
    tooMany: '操作过于频繁，请稍后再试。',
    requestId: '请求编号：{{id}}（联系管理员时请提供）',
  },
  auth: {
    signingIn: '正在登录…',
    failedTitle: '无法连接统一身份认证服务',
    failedDescription: '登录服务暂时不可用，请稍后重试。如问题持续，请联系系统管理员。',
    retry: '重试',
  },
  config: {
    title: '运行配置有误',
    description: '应用的运行配置（config.js）缺失或不完整，请联系系统管理员。',
    problems: '问题：',
  },
  common: {
    loading: '加载中…',
    reload: '重新加载',
    staleTitle: '数据已被他人修改',
    staleDescription: '您打开后，此记录已被他人保存。请重新加载最新数据后再修改（您填写的内容将被替换）。',
    disclosure: {
      hidden: '已隐藏',
      note: '为保护个人信息,小于 5 的数据以及可据以推算出它们的数据已隐藏。',
      asOf: '统计日期为所选日期之前最近的月末:{{date}}。',
      wholeHidden: '所选范围的人数少于 10 人,为保护个人信息,整体不予显示。',
    },
  },
  list: {
    search: '查询',
    reset: '重置',
    total: '共 {{formatted}} 条',
  },
  pickers: {
    worker: {
      placeholder: '输入至少2个字的姓名查找',
      chooseEnterpriseFirst: '请先选择所在企业,再按姓名查找工人',
      typeTwoCharacters: '请输入至少2个字的姓名',
    },
  },
  history: {
    empty: '暂无变更记录',
    type: { CREATED: '新建', UPDATED: '修改', DELETED: '删除' },
    client: '经由{{client}}',
    noFieldChanges: '(没有记录的字段变化)',
  },
  ...registryZhCN,
  statistics: {
    trend: {
      title: '趋势(近十二个月月末)',
      by: '趋势维度',
      empty: '暂无月度数据',
      hiddenNote: '部分月份的数据按统计披露控制规则已隐藏,折线在该处断开。',
      dimension: {
        total: '总人数',
        gender: '性别',
        education: '文化程度',
        skillTier: '技能等级',
        ageBand: '年龄',
        wageBand: '月工资',
        industry: '行业',
      },
    },
    title: '产业工人队伍概况',
    allIndustries: '全部行业',
    allZones: '开发区内外',
    inZone: '开发区内',
    outsideZone: '开发区外',
    empty: '当前条件下没有在册工人',
    total: '产业工人总数',
    migrant: '农民工占比',
    outsideOfMigrants: '外来农民工占农民工',
    unionCoverage: '企业工会覆盖率',
    unionCoverageHint: '有工会组织的企业占有在册工人企业的比例',
    unionMembership: '职工入会率',
    partyCoverage: '党组织覆盖率',
    partyMembers: '党员人数',
    gender: '性别结构',
    education: '文化程度',
    skillTier: '技能结构',
    wageBand: '月工资分布',
    ageBand: '年龄结构',
    industry: '行业分布(人)',
    asOf: '统计日期 {{date}}',
    hiddenShare: '已隐藏的类别合计',
    keys: {
      gender: { MALE: '男', FEMALE: '女' },
      education: { COLLEGE_OR_ABOVE: '大专以上', SENIOR_HIGH: '高中及中专', JUNIOR_HIGH: '初中', BELOW_JUNIOR_HIGH: '初中以下' },
      wageBand: { UNDER_2000: '2000元以下', FROM_2000_TO_3000: '2000—3000元', FROM_3000_TO_5000: '3000—5000元', OVER_5000: '5000元以上' },
      ageBand: { UNDER_30: '30岁以下', FROM_30_TO_40: '30—40岁', FROM_40_TO_50: '40—50岁', OVER_50: '50岁以上' },
      skillTier: { GENERAL: '普工', JUNIOR_INTERMEDIATE: '初中级技工', SENIOR_TECHNICIAN: '高级技工和技师' },
    },
  },
  audit: auditZhCN,
  dictionaries: dictionariesZhCN,
  records: recordsZhCN,
  reports: reportsZhCN,
  tasks: tasksZhCN,
  subsidies: subsidiesZhCN,
  competitions: competitionsZhCN,
  webhooks: webhooksZhCN,
};

/** The shape every locale must have. */
export type Messages = typeof zhCN;
