/** The dictionaries of migration V15 as `GET /api/v1/dictionaries` answers them (generated from the SQL for the tests). */
import type { Dictionaries } from '@/types/api';

export const dictionaries: Dictionaries = {
 "kinds": [
  {
   "kind": "industry",
   "labelZh": "行业",
   "labelEn": "Industry",
   "open": true,
   "items": [
    {
     "id": 1,
     "kind": "industry",
     "code": "electromechanical",
     "labelZh": "机电制造",
     "labelEn": "Electromechanical manufacturing",
     "sortOrder": 10,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 2,
     "kind": "industry",
     "code": "forest-products",
     "labelZh": "森工",
     "labelEn": "Forest products",
     "sortOrder": 20,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 3,
     "kind": "industry",
     "code": "building-materials",
     "labelZh": "建材",
     "labelEn": "Building materials",
     "sortOrder": 30,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 4,
     "kind": "industry",
     "code": "mould-making",
     "labelZh": "模具制造",
     "labelEn": "Mould making",
     "sortOrder": 40,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 5,
     "kind": "industry",
     "code": "printing",
     "labelZh": "印刷",
     "labelEn": "Printing",
     "sortOrder": 50,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 6,
     "kind": "industry",
     "code": "biomedicine",
     "labelZh": "生物医药",
     "labelEn": "Biomedicine",
     "sortOrder": 60,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 7,
     "kind": "industry",
     "code": "electronics",
     "labelZh": "电子信息",
     "labelEn": "Electronics and information",
     "sortOrder": 70,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 8,
     "kind": "industry",
     "code": "textiles",
     "labelZh": "纺织",
     "labelEn": "Textiles",
     "sortOrder": 80,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 9,
     "kind": "industry",
     "code": "garments",
     "labelZh": "服装",
     "labelEn": "Garments",
     "sortOrder": 90,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 10,
     "kind": "industry",
     "code": "logistics",
     "labelZh": "物流",
     "labelEn": "Logistics",
     "sortOrder": 100,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 11,
     "kind": "industry",
     "code": "construction",
     "labelZh": "建筑",
     "labelEn": "Construction",
     "sortOrder": 110,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 12,
     "kind": "industry",
     "code": "non-coal-mining",
     "labelZh": "非煤矿山",
     "labelEn": "Non-coal mining",
     "sortOrder": 120,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 999,
     "kind": "industry",
     "code": "agriculture-forestry",
     "labelZh": "农林",
     "labelEn": "Agriculture and forestry",
     "sortOrder": 130,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 13,
     "kind": "industry",
     "code": "transport",
     "labelZh": "交通运输",
     "labelEn": "Transport",
     "sortOrder": 140,
     "active": true,
     "behavioural": false,
     "version": 0
    }
   ]
  },
  {
   "kind": "gender",
   "labelZh": "性别",
   "labelEn": "Gender",
   "open": false,
   "items": [
    {
     "id": 14,
     "kind": "gender",
     "code": "MALE",
     "labelZh": "男",
     "labelEn": "Male",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 15,
     "kind": "gender",
     "code": "FEMALE",
     "labelZh": "女",
     "labelEn": "Female",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "education",
   "labelZh": "文化程度",
   "labelEn": "Education",
   "open": false,
   "items": [
    {
     "id": 16,
     "kind": "education",
     "code": "BELOW_JUNIOR_HIGH",
     "labelZh": "初中以下",
     "labelEn": "Below junior high",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 17,
     "kind": "education",
     "code": "JUNIOR_HIGH",
     "labelZh": "初中",
     "labelEn": "Junior high",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 18,
     "kind": "education",
     "code": "SENIOR_HIGH",
     "labelZh": "高中及中专",
     "labelEn": "Senior high / technical secondary",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 19,
     "kind": "education",
     "code": "COLLEGE_OR_ABOVE",
     "labelZh": "大专以上",
     "labelEn": "College or above",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "skill_level",
   "labelZh": "技能等级",
   "labelEn": "Skill level",
   "open": false,
   "items": [
    {
     "id": 20,
     "kind": "skill_level",
     "code": "NONE",
     "labelZh": "普工",
     "labelEn": "General worker",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 21,
     "kind": "skill_level",
     "code": "JUNIOR",
     "labelZh": "初级工",
     "labelEn": "Junior",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 22,
     "kind": "skill_level",
     "code": "INTERMEDIATE",
     "labelZh": "中级工",
     "labelEn": "Intermediate",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 23,
     "kind": "skill_level",
     "code": "SENIOR",
     "labelZh": "高级工",
     "labelEn": "Senior",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 24,
     "kind": "skill_level",
     "code": "TECHNICIAN",
     "labelZh": "技师",
     "labelEn": "Technician",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 25,
     "kind": "skill_level",
     "code": "SENIOR_TECHNICIAN",
     "labelZh": "高级技师",
     "labelEn": "Senior technician",
     "sortOrder": 60,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "ownership",
   "labelZh": "所有制",
   "labelEn": "Ownership",
   "open": false,
   "items": [
    {
     "id": 26,
     "kind": "ownership",
     "code": "PUBLIC",
     "labelZh": "公有制",
     "labelEn": "Public",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 27,
     "kind": "ownership",
     "code": "NON_PUBLIC",
     "labelZh": "非公有制",
     "labelEn": "Non-public",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "enterprise_size",
   "labelZh": "企业规模",
   "labelEn": "Enterprise size",
   "open": false,
   "items": [
    {
     "id": 28,
     "kind": "enterprise_size",
     "code": "LARGE",
     "labelZh": "大型",
     "labelEn": "Large",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 29,
     "kind": "enterprise_size",
     "code": "MEDIUM",
     "labelZh": "中型",
     "labelEn": "Medium",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 30,
     "kind": "enterprise_size",
     "code": "SMALL",
     "labelZh": "小型",
     "labelEn": "Small",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 31,
     "kind": "enterprise_size",
     "code": "MICRO",
     "labelZh": "微型",
     "labelEn": "Micro",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "honour_kind",
   "labelZh": "荣誉类型",
   "labelEn": "Honour kind",
   "open": false,
   "items": [
    {
     "id": 32,
     "kind": "honour_kind",
     "code": "INDIVIDUAL",
     "labelZh": "个人",
     "labelEn": "Individual",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 33,
     "kind": "honour_kind",
     "code": "COLLECTIVE",
     "labelZh": "集体",
     "labelEn": "Collective",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "honour_category",
   "labelZh": "荣誉类别",
   "labelEn": "Honour category",
   "open": false,
   "items": [
    {
     "id": 34,
     "kind": "honour_category",
     "code": "MODEL_WORKER",
     "labelZh": "劳动模范",
     "labelEn": "Model worker",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 35,
     "kind": "honour_category",
     "code": "TECHNICAL_EXPERT",
     "labelZh": "技术能手",
     "labelEn": "Technical expert",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 36,
     "kind": "honour_category",
     "code": "CRAFTSMAN",
     "labelZh": "工匠",
     "labelEn": "Craftsman",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 37,
     "kind": "honour_category",
     "code": "WORKER_PIONEER",
     "labelZh": "工人先锋号",
     "labelEn": "Worker Pioneer",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 38,
     "kind": "honour_category",
     "code": "OTHER",
     "labelZh": "其他",
     "labelEn": "Other",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "award_level",
   "labelZh": "荣誉级别",
   "labelEn": "Award level",
   "open": false,
   "items": [
    {
     "id": 39,
     "kind": "award_level",
     "code": "NATIONAL",
     "labelZh": "全国",
     "labelEn": "National",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 40,
     "kind": "award_level",
     "code": "PROVINCIAL",
     "labelZh": "省级",
     "labelEn": "Provincial",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 41,
     "kind": "award_level",
     "code": "CITY",
     "labelZh": "市级",
     "labelEn": "City",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 42,
     "kind": "award_level",
     "code": "DISTRICT",
     "labelZh": "区级",
     "labelEn": "District",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "post_type",
   "labelZh": "政治职务",
   "labelEn": "Political post",
   "open": false,
   "items": [
    {
     "id": 43,
     "kind": "post_type",
     "code": "PARTY_CONGRESS_DELEGATE",
     "labelZh": "党代会代表",
     "labelEn": "Party congress delegate",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 44,
     "kind": "post_type",
     "code": "PEOPLES_CONGRESS_DEPUTY",
     "labelZh": "人大代表",
     "labelEn": "People's congress deputy",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 45,
     "kind": "post_type",
     "code": "CPPCC_MEMBER",
     "labelZh": "政协委员",
     "labelEn": "CPPCC member",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 46,
     "kind": "post_type",
     "code": "UNION_CONGRESS_DELEGATE",
     "labelZh": "工会代表大会代表",
     "labelEn": "Union congress delegate",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 47,
     "kind": "post_type",
     "code": "OTHER",
     "labelZh": "其他",
     "labelEn": "Other",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "programme_kind",
   "labelZh": "培训项目类型",
   "labelEn": "Programme kind",
   "open": false,
   "items": [
    {
     "id": 48,
     "kind": "programme_kind",
     "code": "WORK_FOR_TRAINING",
     "labelZh": "以工代训",
     "labelEn": "Work for training",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 49,
     "kind": "programme_kind",
     "code": "PRE_JOB_TRAINING",
     "labelZh": "岗前培训",
     "labelEn": "Pre-job training",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 50,
     "kind": "programme_kind",
     "code": "ON_JOB_UPGRADING",
     "labelZh": "在岗技能提升培训",
     "labelEn": "On-the-job upgrading",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 51,
     "kind": "programme_kind",
     "code": "JOB_TRANSFER_TRAINING",
     "labelZh": "转岗培训",
     "labelEn": "Job-transfer training",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 52,
     "kind": "programme_kind",
     "code": "SKILL_CERTIFICATION",
     "labelZh": "职业技能等级认定补贴",
     "labelEn": "Skill certification",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "fund_source",
   "labelZh": "资金来源",
   "labelEn": "Fund source",
   "open": false,
   "items": [
    {
     "id": 53,
     "kind": "fund_source",
     "code": "EMPLOYMENT_SUBSIDY",
     "labelZh": "就业补助资金",
     "labelEn": "Employment subsidy",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 54,
     "kind": "fund_source",
     "code": "WORK_FOR_TRAINING_ACCOUNT",
     "labelZh": "以工代训专账资金",
     "labelEn": "Work-for-training account",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 55,
     "kind": "fund_source",
     "code": "LOCAL_MATCHING",
     "labelZh": "地方配套资金",
     "labelEn": "Local matching",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "application_state",
   "labelZh": "申请状态",
   "labelEn": "Application state",
   "open": false,
   "items": [
    {
     "id": 56,
     "kind": "application_state",
     "code": "DRAFT",
     "labelZh": "草稿",
     "labelEn": "Draft",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 57,
     "kind": "application_state",
     "code": "SUBMITTED",
     "labelZh": "已提交",
     "labelEn": "Submitted",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 58,
     "kind": "application_state",
     "code": "REVIEWED",
     "labelZh": "已审核",
     "labelEn": "Reviewed",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 59,
     "kind": "application_state",
     "code": "APPROVED",
     "labelZh": "已审批",
     "labelEn": "Approved",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 60,
     "kind": "application_state",
     "code": "REJECTED",
     "labelZh": "已驳回",
     "labelEn": "Rejected",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 61,
     "kind": "application_state",
     "code": "DISBURSED",
     "labelZh": "已发放",
     "labelEn": "Disbursed",
     "sortOrder": 60,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "task_status",
   "labelZh": "任务状态",
   "labelEn": "Task status",
   "open": false,
   "items": [
    {
     "id": 62,
     "kind": "task_status",
     "code": "NOT_STARTED",
     "labelZh": "未开始",
     "labelEn": "Not started",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 63,
     "kind": "task_status",
     "code": "IN_PROGRESS",
     "labelZh": "进行中",
     "labelEn": "In progress",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 64,
     "kind": "task_status",
     "code": "COMPLETED",
     "labelZh": "已完成",
     "labelEn": "Completed",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 65,
     "kind": "task_status",
     "code": "OVERDUE",
     "labelZh": "已逾期",
     "labelEn": "Overdue",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 66,
     "kind": "task_status",
     "code": "SUSPENDED",
     "labelZh": "已暂停",
     "labelEn": "Suspended",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "task_priority",
   "labelZh": "任务优先级",
   "labelEn": "Task priority",
   "open": false,
   "items": [
    {
     "id": 67,
     "kind": "task_priority",
     "code": "HIGH",
     "labelZh": "高",
     "labelEn": "High",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 68,
     "kind": "task_priority",
     "code": "MEDIUM",
     "labelZh": "中",
     "labelEn": "Medium",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 69,
     "kind": "task_priority",
     "code": "LOW",
     "labelZh": "低",
     "labelEn": "Low",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "policy_area",
   "labelZh": "政策领域",
   "labelEn": "Policy area",
   "open": false,
   "items": [
    {
     "id": 70,
     "kind": "policy_area",
     "code": "IDEOLOGY",
     "labelZh": "思想引领",
     "labelEn": "Ideological guidance",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 71,
     "kind": "policy_area",
     "code": "SKILLS",
     "labelZh": "技能提升",
     "labelEn": "Skills",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 72,
     "kind": "policy_area",
     "code": "RIGHTS",
     "labelZh": "权益维护",
     "labelEn": "Rights protection",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 73,
     "kind": "policy_area",
     "code": "SAFETY",
     "labelZh": "安全生产",
     "labelEn": "Work safety",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 74,
     "kind": "policy_area",
     "code": "CHILD_EDUCATION",
     "labelZh": "子女教育",
     "labelEn": "Children's schooling",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 75,
     "kind": "policy_area",
     "code": "PLANNING",
     "labelZh": "规划保障",
     "labelEn": "Planning",
     "sortOrder": 60,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 76,
     "kind": "policy_area",
     "code": "ORGANISATION",
     "labelZh": "组织建设",
     "labelEn": "Organisation building",
     "sortOrder": 70,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 77,
     "kind": "policy_area",
     "code": "OTHER",
     "labelZh": "其他",
     "labelEn": "Other",
     "sortOrder": 80,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "task_event_kind",
   "labelZh": "任务动态类型",
   "labelEn": "Task event kind",
   "open": false,
   "items": [
    {
     "id": 78,
     "kind": "task_event_kind",
     "code": "CREATED",
     "labelZh": "创建任务",
     "labelEn": "Created",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 79,
     "kind": "task_event_kind",
     "code": "UPDATED",
     "labelZh": "修改任务",
     "labelEn": "Changed",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 80,
     "kind": "task_event_kind",
     "code": "REPORT_FILED",
     "labelZh": "报送进展",
     "labelEn": "Progress reported",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 81,
     "kind": "task_event_kind",
     "code": "ATTACHMENT_ADDED",
     "labelZh": "上传附件",
     "labelEn": "Attachment added",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 82,
     "kind": "task_event_kind",
     "code": "NOTICE_ISSUED",
     "labelZh": "下发督办",
     "labelEn": "Notice issued",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 83,
     "kind": "task_event_kind",
     "code": "NOTICE_ACKNOWLEDGED",
     "labelZh": "回复督办",
     "labelEn": "Notice answered",
     "sortOrder": 60,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 84,
     "kind": "task_event_kind",
     "code": "STATUS_CHANGED",
     "labelZh": "状态变更",
     "labelEn": "Status changed",
     "sortOrder": 70,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 85,
     "kind": "task_event_kind",
     "code": "SUSPENDED",
     "labelZh": "暂停任务",
     "labelEn": "Suspended",
     "sortOrder": 80,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 86,
     "kind": "task_event_kind",
     "code": "REOPENED",
     "labelZh": "重新开启",
     "labelEn": "Reopened",
     "sortOrder": 90,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 87,
     "kind": "task_event_kind",
     "code": "REMINDER_SENT",
     "labelZh": "到期提醒",
     "labelEn": "Deadline reminder",
     "sortOrder": 100,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "competition_kind",
   "labelZh": "竞赛类型",
   "labelEn": "Competition kind",
   "open": false,
   "items": [
    {
     "id": 88,
     "kind": "competition_kind",
     "code": "LABOUR_COMPETITION",
     "labelZh": "劳动竞赛",
     "labelEn": "Labour competition",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 89,
     "kind": "competition_kind",
     "code": "SKILL_CONTEST",
     "labelZh": "技能大赛",
     "labelEn": "Skill contest",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 90,
     "kind": "competition_kind",
     "code": "JOB_DRILL",
     "labelZh": "岗位练兵",
     "labelEn": "Job drill",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "competition_stage",
   "labelZh": "竞赛阶段",
   "labelEn": "Competition stage",
   "open": false,
   "items": [
    {
     "id": 91,
     "kind": "competition_stage",
     "code": "REGISTRATION",
     "labelZh": "报名",
     "labelEn": "Registration",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 92,
     "kind": "competition_stage",
     "code": "REVIEW",
     "labelZh": "资格审核",
     "labelEn": "Review",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 93,
     "kind": "competition_stage",
     "code": "SCORING",
     "labelZh": "评分",
     "labelEn": "Scoring",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 94,
     "kind": "competition_stage",
     "code": "PUBLICATION",
     "labelZh": "公示",
     "labelEn": "Publication",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 95,
     "kind": "competition_stage",
     "code": "CLOSED",
     "labelZh": "结束",
     "labelEn": "Closed",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "competition_field",
   "labelZh": "竞赛领域",
   "labelEn": "Competition field",
   "open": false,
   "items": [
    {
     "id": 96,
     "kind": "competition_field",
     "code": "KEY_PROJECTS",
     "labelZh": "重点项目",
     "labelEn": "Key projects",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 97,
     "kind": "competition_field",
     "code": "EMERGING_INDUSTRIES",
     "labelZh": "新兴产业",
     "labelEn": "Emerging industries",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 98,
     "kind": "competition_field",
     "code": "NON_PUBLIC",
     "labelZh": "非公企业",
     "labelEn": "Non-public enterprises",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 99,
     "kind": "competition_field",
     "code": "SMALL_MICRO",
     "labelZh": "小微企业",
     "labelEn": "Small and micro enterprises",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 100,
     "kind": "competition_field",
     "code": "ENERGY_SAVING",
     "labelZh": "节能减排",
     "labelEn": "Energy saving",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "award_grade",
   "labelZh": "奖项等级",
   "labelEn": "Award grade",
   "open": false,
   "items": [
    {
     "id": 101,
     "kind": "award_grade",
     "code": "FIRST",
     "labelZh": "一等奖",
     "labelEn": "First prize",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 102,
     "kind": "award_grade",
     "code": "SECOND",
     "labelZh": "二等奖",
     "labelEn": "Second prize",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 103,
     "kind": "award_grade",
     "code": "THIRD",
     "labelZh": "三等奖",
     "labelEn": "Third prize",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 104,
     "kind": "award_grade",
     "code": "EXCELLENCE",
     "labelZh": "优秀奖",
     "labelEn": "Excellence prize",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "participant_status",
   "labelZh": "报名状态",
   "labelEn": "Registration status",
   "open": false,
   "items": [
    {
     "id": 105,
     "kind": "participant_status",
     "code": "PENDING",
     "labelZh": "待审核",
     "labelEn": "Pending",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 106,
     "kind": "participant_status",
     "code": "ACCEPTED",
     "labelZh": "审核通过",
     "labelEn": "Accepted",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 107,
     "kind": "participant_status",
     "code": "REFUSED",
     "labelZh": "未通过",
     "labelEn": "Refused",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "objection_status",
   "labelZh": "异议状态",
   "labelEn": "Objection status",
   "open": false,
   "items": [
    {
     "id": 108,
     "kind": "objection_status",
     "code": "OPEN",
     "labelZh": "待处理",
     "labelEn": "Open",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 109,
     "kind": "objection_status",
     "code": "UPHELD",
     "labelZh": "成立",
     "labelEn": "Upheld",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 110,
     "kind": "objection_status",
     "code": "DISMISSED",
     "labelZh": "不成立",
     "labelEn": "Dismissed",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "audit_action",
   "labelZh": "审计事件",
   "labelEn": "Audit action",
   "open": false,
   "items": [
    {
     "id": 111,
     "kind": "audit_action",
     "code": "PII_READ",
     "labelZh": "查看了敏感信息",
     "labelEn": "viewed personal data of",
     "sortOrder": 10,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 112,
     "kind": "audit_action",
     "code": "SCOPE_DENIED",
     "labelZh": "越权访问被拒绝",
     "labelEn": "was refused access to",
     "sortOrder": 20,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 113,
     "kind": "audit_action",
     "code": "EXPORT_STARTED",
     "labelZh": "开始导出",
     "labelEn": "started an export of",
     "sortOrder": 30,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 114,
     "kind": "audit_action",
     "code": "EXPORT_FINISHED",
     "labelZh": "完成导出",
     "labelEn": "finished an export of",
     "sortOrder": 40,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 115,
     "kind": "audit_action",
     "code": "EXPORT_ABORTED",
     "labelZh": "导出中断",
     "labelEn": "aborted an export of",
     "sortOrder": 50,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 116,
     "kind": "audit_action",
     "code": "EXPORT",
     "labelZh": "导出了",
     "labelEn": "exported",
     "sortOrder": 60,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 117,
     "kind": "audit_action",
     "code": "LOOKUP",
     "labelZh": "查询了",
     "labelEn": "looked up",
     "sortOrder": 70,
     "active": true,
     "behavioural": true,
     "version": 0
    },
    {
     "id": 118,
     "kind": "audit_action",
     "code": "DUTY_DENIED",
     "labelZh": "因职责分离被拒绝操作",
     "labelEn": "was refused (separation of duties) on",
     "sortOrder": 80,
     "active": true,
     "behavioural": true,
     "version": 0
    }
   ]
  },
  {
   "kind": "audit_outcome",
   "labelZh": "审计结果",
   "labelEn": "Audit outcome",
   "open": true,
   "items": [
    {
     "id": 119,
     "kind": "audit_outcome",
     "code": "GRANTED",
     "labelZh": "已允许",
     "labelEn": "granted",
     "sortOrder": 10,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 120,
     "kind": "audit_outcome",
     "code": "DENIED",
     "labelZh": "已拒绝",
     "labelEn": "refused",
     "sortOrder": 20,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 121,
     "kind": "audit_outcome",
     "code": "MASKED",
     "labelZh": "脱敏",
     "labelEn": "masked",
     "sortOrder": 30,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 122,
     "kind": "audit_outcome",
     "code": "UNMASKED",
     "labelZh": "未脱敏",
     "labelEn": "unmasked",
     "sortOrder": 40,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 123,
     "kind": "audit_outcome",
     "code": "COMPLETED",
     "labelZh": "已完成",
     "labelEn": "completed",
     "sortOrder": 50,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 124,
     "kind": "audit_outcome",
     "code": "ABORTED",
     "labelZh": "已中断",
     "labelEn": "aborted",
     "sortOrder": 60,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 125,
     "kind": "audit_outcome",
     "code": "FOUND",
     "labelZh": "有匹配",
     "labelEn": "found",
     "sortOrder": 70,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 126,
     "kind": "audit_outcome",
     "code": "NOT_FOUND",
     "labelZh": "无匹配",
     "labelEn": "not found",
     "sortOrder": 80,
     "active": true,
     "behavioural": false,
     "version": 0
    }
   ]
  },
  {
   "kind": "record_kind",
   "labelZh": "记录类型",
   "labelEn": "Record kind",
   "open": true,
   "items": [
    {
     "id": 127,
     "kind": "record_kind",
     "code": "worker",
     "labelZh": "工人",
     "labelEn": "worker",
     "sortOrder": 10,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 128,
     "kind": "record_kind",
     "code": "enterprise",
     "labelZh": "企业",
     "labelEn": "enterprise",
     "sortOrder": 20,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 129,
     "kind": "record_kind",
     "code": "honour",
     "labelZh": "荣誉",
     "labelEn": "honour",
     "sortOrder": 30,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 130,
     "kind": "record_kind",
     "code": "competition",
     "labelZh": "竞赛",
     "labelEn": "competition",
     "sortOrder": 40,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 131,
     "kind": "record_kind",
     "code": "subsidy_application",
     "labelZh": "补贴申请",
     "labelEn": "subsidy application",
     "sortOrder": 50,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 132,
     "kind": "record_kind",
     "code": "subsidy_fund",
     "labelZh": "补贴资金",
     "labelEn": "subsidy fund",
     "sortOrder": 60,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 133,
     "kind": "record_kind",
     "code": "reform_task",
     "labelZh": "改革任务",
     "labelEn": "reform task",
     "sortOrder": 70,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 134,
     "kind": "record_kind",
     "code": "Statistics",
     "labelZh": "统计数据",
     "labelEn": "statistics",
     "sortOrder": 75,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 135,
     "kind": "record_kind",
     "code": "import_job",
     "labelZh": "导入批次",
     "labelEn": "import",
     "sortOrder": 80,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 136,
     "kind": "record_kind",
     "code": "audit_event",
     "labelZh": "审计日志",
     "labelEn": "audit log",
     "sortOrder": 90,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 137,
     "kind": "record_kind",
     "code": "dictionary_item",
     "labelZh": "字典项",
     "labelEn": "dictionary item",
     "sortOrder": 100,
     "active": true,
     "behavioural": false,
     "version": 0
    }
   ]
  },
  {
   "kind": "client",
   "labelZh": "接入系统",
   "labelEn": "Client system",
   "open": true,
   "items": [
    {
     "id": 138,
     "kind": "client",
     "code": "spa",
     "labelZh": "网页端",
     "labelEn": "web app",
     "sortOrder": 10,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 139,
     "kind": "client",
     "code": "hr-system",
     "labelZh": "区人社局人事系统",
     "labelEn": "HRSS bureau HR system",
     "sortOrder": 20,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 140,
     "kind": "client",
     "code": "data-platform",
     "labelZh": "区大数据平台",
     "labelEn": "District data platform",
     "sortOrder": 30,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 141,
     "kind": "client",
     "code": "api-tests",
     "labelZh": "自动化测试",
     "labelEn": "automated tests",
     "sortOrder": 90,
     "active": true,
     "behavioural": false,
     "version": 0
    }
   ]
  },
  {
   "kind": "system_actor",
   "labelZh": "系统操作人",
   "labelEn": "System actor",
   "open": true,
   "items": [
    {
     "id": 142,
     "kind": "system_actor",
     "code": "system",
     "labelZh": "系统",
     "labelEn": "System",
     "sortOrder": 10,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 143,
     "kind": "system_actor",
     "code": "system:migration",
     "labelZh": "系统（初始化）",
     "labelEn": "System (set-up)",
     "sortOrder": 20,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 144,
     "kind": "system_actor",
     "code": "system:demo-data",
     "labelZh": "系统（演示数据）",
     "labelEn": "System (demo data)",
     "sortOrder": 30,
     "active": true,
     "behavioural": false,
     "version": 0
    },
    {
     "id": 145,
     "kind": "system_actor",
     "code": "demo",
     "labelZh": "系统（演示数据）",
     "labelEn": "System (demo data)",
     "sortOrder": 40,
     "active": true,
     "behavioural": false,
     "version": 0
    }
   ]
  },
  {
   "kind": "data_tag",
   "labelZh": "数据标记",
   "labelEn": "Data tag",
   "open": true,
   "items": [
    {
     "id": 146,
     "kind": "data_tag",
     "code": "demo",
     "labelZh": "演示数据",
     "labelEn": "Demo data",
     "sortOrder": 10,
     "active": true,
     "behavioural": false,
     "version": 0
    }
   ]
  }
 ]
};

// V20 (supervision that escalates): the new task status and event kinds, escalation levels,
// extension request states, notification kinds, as the migration adds them
{
  const item = (id: number, kind: string, code: string, labelZh: string, labelEn: string, sortOrder: number) => ({
    id, kind, code, labelZh, labelEn, sortOrder, active: true, behavioural: true, version: 0,
  });
  const kindOf = (kind: string) => dictionaries.kinds?.find((k) => k.kind === kind);
  kindOf('task_status')?.items?.push(item(2001, 'task_status', 'PENDING_SIGN_OFF', '待验收', 'Awaiting sign-off', 25));
  kindOf('task_event_kind')?.items?.push(
    item(2002, 'task_event_kind', 'ESCALATED', '督办升级', 'Notice escalated', 110),
    item(2003, 'task_event_kind', 'EXTENSION_REQUESTED', '申请延期', 'Extension requested', 120),
    item(2004, 'task_event_kind', 'EXTENSION_APPROVED', '批准延期', 'Extension approved', 130),
    item(2005, 'task_event_kind', 'EXTENSION_REFUSED', '驳回延期', 'Extension refused', 140),
    item(2006, 'task_event_kind', 'SIGNED_OFF', '验收通过', 'Signed off', 150),
    item(2007, 'task_event_kind', 'SENT_BACK', '验收退回', 'Sent back', 160),
  );
  dictionaries.kinds?.push(
    {
      kind: 'escalation_level', labelZh: '督办升级级别', labelEn: 'Escalation level', open: false,
      items: [
        item(2011, 'escalation_level', 'REMINDER', '提醒', 'Reminder', 10),
        item(2012, 'escalation_level', 'URGE', '催办', 'Urged', 20),
        item(2013, 'escalation_level', 'NOTIFY_LEAD', '通报', 'Reported to the lead unit', 30),
      ],
    },
    {
      kind: 'extension_status', labelZh: '延期申请状态', labelEn: 'Extension request status', open: false,
      items: [
        item(2021, 'extension_status', 'PENDING', '待审批', 'Pending', 10),
        item(2022, 'extension_status', 'APPROVED', '已批准', 'Approved', 20),
        item(2023, 'extension_status', 'REFUSED', '已驳回', 'Refused', 30),
      ],
    },
  );
}
