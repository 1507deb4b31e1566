// Enumerations stored as stable English codes; the UI translates them (i18n `enums.*`).

/** 组织类型 */
export const LEGAL_TYPES = [
  'social_group',
  'private_non_enterprise',
  'foundation',
  'preparing',
  'filed',
] as const
export type LegalType = (typeof LEGAL_TYPES)[number]

/** Registered types must carry a 统一社会信用代码; 筹备中 and 备案 may not have one yet. */
export const LEGAL_TYPES_REQUIRING_USCC: readonly LegalType[] = [
  'social_group',
  'private_non_enterprise',
  'foundation',
]

/** GB 32100 position 2 for social organisations registered by 民政 (position 1 = 5). */
export const USCC_TYPE_DIGIT: Partial<Record<LegalType, string>> = {
  social_group: '1',
  private_non_enterprise: '2',
  foundation: '3',
}

/** 孵化阶段, in lifecycle order. 出壳 and 退出 are the two ends. */
export const STAGES = [
  'applied',
  'review',
  'resident',
  'incubating',
  'venture_guidance',
  'capacity_building',
  'graduated',
  'exited',
] as const
export type Stage = (typeof STAGES)[number]

/** 服务领域: 慈善法 第三条 categories plus the locally common ones (domain.md §6). */
export const SERVICE_AREAS = [
  'poverty_relief',
  'elderly_orphan_sick_disabled',
  'emergency_relief',
  'education_science_culture_health_sports',
  'environment',
  'youth',
  'community_governance',
  'mental_health',
  'other',
] as const
export type ServiceArea = (typeof SERVICE_AREAS)[number]

export const PAGE_SIZES = [20, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]

/** 角色: 管理员, 前台, 导师, 支部书记, 党务, 只读. A user may hold several. */
export const ROLES = [
  'admin',
  'front_desk',
  'mentor',
  'branch_secretary',
  'party_affairs',
  'read_only',
] as const
export type Role = (typeof ROLES)[number]

/** 党员类别 */
export const MEMBER_CATEGORIES = ['full', 'probationary'] as const
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number]

/** 组织关系: 正式组织关系 / 兼合式 / 流动党员 */
export const MEMBER_RELATIONS = ['formal', 'concurrent', 'mobile'] as const
export type MemberRelation = (typeof MEMBER_RELATIONS)[number]

export const GENDERS = ['male', 'female'] as const
export type Gender = (typeof GENDERS)[number]

/** 空间单元 types (glossary). Offices and workstations are allocated; the rooms are booked by the hour. */
export const UNIT_TYPES = [
  'office',
  'workstation',
  'meeting_room',
  'training_room',
  'activity_room',
  'party_room',
  'roadshow_hall',
] as const
export type UnitType = (typeof UNIT_TYPES)[number]
export const ALLOCATABLE_UNIT_TYPES: readonly UnitType[] = ['office', 'workstation']
export const BOOKABLE_UNIT_TYPES: readonly UnitType[] = [
  'meeting_room',
  'training_room',
  'activity_room',
  'party_room',
  'roadshow_hall',
]

/** A unit is 可用 unless a dated period says 维修 or 停用. */
export const UNIT_OUTAGE_KINDS = ['maintenance', 'disabled'] as const
export type UnitOutageKind = (typeof UNIT_OUTAGE_KINDS)[number]

/** Who books a room: a resident organisation, a mentor, the Party branch, or the base itself. */
export const BOOKER_KINDS = ['organization', 'mentor', 'branch', 'base'] as const
export type BookerKind = (typeof BOOKER_KINDS)[number]

/** How a unit shows on the floor plan for a date. */
export const PLAN_STATES = ['free', 'allocated', 'expiring', 'out_of_service', 'bookable'] as const
export type PlanState = (typeof PLAN_STATES)[number]

/**
 * 陪伴式指导 dimensions (domain.md §2): 能力提升, 项目谋划, 组织实施, 效果评估, 党建指导. Stored as a bit mask in
 * this order (1, 2, 4, 8, 16).
 */
export const COACHING_DIMENSIONS = [
  'capacity',
  'project_design',
  'implementation',
  'evaluation',
  'party_building',
] as const
export type CoachingDimension = (typeof COACHING_DIMENSIONS)[number]

/** 导师: 内部工作人员, 外聘专家, 党建指导员. */
export const MENTOR_KINDS = ['staff', 'expert', 'party_instructor'] as const
export type MentorKind = (typeof MENTOR_KINDS)[number]

/** 指导方式: 现场 / 电话 / 线上. */
export const COACHING_MODES = ['onsite', 'phone', 'online'] as const
export type CoachingMode = (typeof COACHING_MODES)[number]

/** A goal of the 指导计划: 未开始, 进行中, 已达成, 已放弃 (a goal is dropped, never deleted). */
export const GOAL_STATUSES = ['not_started', 'in_progress', 'achieved', 'dropped'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]

/** Who must act on a 待办事项. */
export const ACTION_OWNERS = ['organization', 'mentor'] as const
export type ActionOwner = (typeof ACTION_OWNERS)[number]

/** 未完成 / 已完成 / 已取消. */
export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** Why a 能力评估 was made: at a stage change, or any other time. */
export const ASSESSMENT_OCCASIONS = ['stage_change', 'periodic'] as const
export type AssessmentOccasion = (typeof ASSESSMENT_OCCASIONS)[number]

/** The tables of 陪伴指导 that export to Excel. */
export const MENTORING_EXPORTS = [
  'hoursByMentor',
  'hoursByOrganization',
  'hoursByDimension',
  'hoursByMonth',
  'inactive',
  'actionItems',
  'sessions',
  'mentors',
] as const
export type MentoringExport = (typeof MENTORING_EXPORTS)[number]

// ---- 基地党支部 (issue 6) ----

/** 支部类型: 兜底党支部 / 联合党支部 / 单独组建党支部. */
export const BRANCH_KINDS = ['fallback', 'joint', 'standalone'] as const
export type BranchKind = (typeof BRANCH_KINDS)[number]

/** 支部委员会 posts: 书记, 副书记, 组织委员, 宣传委员, 纪检委员, 委员. Below 7 正式党员 only 书记 and 副书记. */
export const COMMITTEE_ROLES = [
  'secretary',
  'deputy_secretary',
  'organization',
  'propaganda',
  'discipline',
  'member',
] as const
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number]

/** How a member came onto the roster: 建档登记 / 转入 / 接收为预备党员 (发展党员). */
export const MEMBER_ENTRY_KINDS = ['registered', 'transfer_in', 'admitted'] as const
export type MemberEntryKind = (typeof MEMBER_ENTRY_KINDS)[number]

/** How a member left the roster, each dated: 转出 / 出党 / 去世. Members are never deleted. */
export const MEMBER_EXIT_KINDS = ['transfer_out', 'expelled', 'deceased'] as const
export type MemberExitKind = (typeof MEMBER_EXIT_KINDS)[number]

/** Roster scope: on the roster (today or on a date), left, or everyone ever registered. */
export const ROSTER_SCOPES = ['current', 'left', 'all'] as const
export type RosterScope = (typeof ROSTER_SCOPES)[number]

/**
 * 会议类型 (三会一课 and the others): 支部党员大会, 支部委员会会议, 党小组会, 党课, 主题党日, 组织生活会, 民主评议党员.
 * One meeting may count as several.
 */
export const MEETING_KINDS = [
  'general_assembly',
  'committee',
  'group',
  'party_lecture',
  'theme_day',
  'life_meeting',
  'democratic_review',
] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]

/** The period a minimum number of meetings is required in. */
export const COMPLIANCE_PERIODS = ['month', 'quarter', 'year'] as const
export type CompliancePeriod = (typeof COMPLIANCE_PERIODS)[number]

/** 列席 who are not on the roster: 入党积极分子/发展对象, 观察员 (non-member heads of resident organisations), 其他列席人员. */
export const ATTENDEE_KINDS = ['activist', 'observer', 'guest'] as const
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number]

/** 民主评议党员 grades: 优秀 / 合格 / 基本合格 / 不合格. */
export const REVIEW_GRADES = ['excellent', 'qualified', 'basically_qualified', 'unqualified'] as const
export type ReviewGrade = (typeof REVIEW_GRADES)[number]

/** 发展党员 stages: 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员, or 取消资格. */
export const DEVELOPMENT_STAGES = [
  'applicant',
  'activist',
  'candidate',
  'probationary',
  'full',
  'disqualified',
] as const
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number]

/** A statutory check of member development: 已通过 / 待办 / 违规 (or 不适用 before its stage). */
export const CHECK_STATUSES = ['passed', 'due', 'violated', 'not_applicable'] as const
export type CheckStatus = (typeof CHECK_STATUSES)[number]

/** 党费 categories: 在职 / 离退休 / 学生 / 失业 / 低保 / 农民. The last four pay a flat amount. */
export const DUES_KINDS = ['employed', 'retired', 'student', 'unemployed', 'relief', 'farmer'] as const
export type DuesKind = (typeof DUES_KINDS)[number]

// ---- 党建覆盖 (issue 7) ----

/**
 * 党组织状态 of a resident organisation (domain §3): 单独组建, 联合组建, 兜底, 兼合式, 仅有党建指导员/联络员, 无.
 * The first four are 组织覆盖; with work_only they are 工作覆盖.
 */
export const PARTY_ORG_STATUSES = [
  'standalone',
  'joint',
  'fallback',
  'combined',
  'work_only',
  'none',
] as const
export type PartyOrgStatus = (typeof PARTY_ORG_STATUSES)[number]

/** 党建指导员 / 联络员. */
export const PARTY_CONTACT_ROLES = ['instructor', 'liaison'] as const
export type PartyContactRole = (typeof PARTY_CONTACT_ROLES)[number]

/** What a 年检 result means for the rules: 合格 / 基本合格 / 不合格 (the labels are a setting). */
export const INSPECTION_GRADES = ['pass', 'basic', 'fail'] as const
export type InspectionGrade = (typeof INSPECTION_GRADES)[number]

/** 荣誉 levels: 国家级 / 省级 / 市级 / 区县级 / 其他. */
export const HONOUR_LEVELS = ['national', 'provincial', 'municipal', 'district', 'other'] as const
export type HonourLevel = (typeof HONOUR_LEVELS)[number]

/** Who received an honour: an organisation or a person. */
export const HONOUR_RECIPIENTS = ['organization', 'person'] as const
export type HonourRecipient = (typeof HONOUR_RECIPIENTS)[number]

/** A 两关六同步 item's status: 未开始 / 已同步 / 不适用. */
export const SIX_SYNC_STATUSES = ['not_started', 'synced', 'not_applicable'] as const
export type SixSyncStatus = (typeof SIX_SYNC_STATUSES)[number]

/** The denominator of the coverage rates (setting): organisations in residence, or only those able to form a branch. */
export const COVERAGE_DENOMINATORS = ['in_residence', 'able_to_form'] as const
export type CoverageDenominator = (typeof COVERAGE_DENOMINATORS)[number]

// ---- 项目与资金 (issue 8) ----

/** A service project's brand stage: 培育 / 成型 / 品牌. */
export const BRAND_STAGES = ['nurturing', 'formed', 'brand'] as const
export type BrandStage = (typeof BRAND_STAGES)[number]

/** What a project's service count counts: 场次 (sessions) or 人次 (visits). */
export const SERVICE_UNITS = ['session', 'visit'] as const
export type ServiceUnit = (typeof SERVICE_UNITS)[number]

/**
 * 公益创投 lifecycle (domain §6): 申报 → 资格审查 → 评审 → 公示 → 立项签约 → 首期拨付 → 实施 → 中期评估 → 后续拨付 →
 * 结项评估 → 尾款 → 公开; or 未通过 / 终止.
 */
export const VENTURE_STAGES = [
  'applied',
  'qualification',
  'review',
  'publicity',
  'signed',
  'first_paid',
  'implementing',
  'mid_evaluation',
  'followup_paid',
  'final_evaluation',
  'final_paid',
  'disclosed',
  'rejected',
  'terminated',
] as const
export type VentureStage = (typeof VENTURE_STAGES)[number]

/** 中期评估 / 结项评估, and their result 通过 / 未通过. */
export const EVALUATION_KINDS = ['mid', 'final'] as const
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]
export const EVALUATION_RESULTS = ['pass', 'fail'] as const
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number]

/** What releases a tranche: 签约, 中期评估通过, 结项评估通过. */
export const TRANCHE_TRIGGERS = ['signing', 'mid_evaluation', 'final_evaluation'] as const
export type TrancheTrigger = (typeof TRANCHE_TRIGGERS)[number]

/** 收入 / 支出. */
export const FUND_DIRECTIONS = ['in', 'out'] as const
export type FundDirection = (typeof FUND_DIRECTIONS)[number]

/**
 * 资金来源 (domain §6): 财政专项资金, 福利彩票公益金, 政府购买服务, 党建工作经费（财政专拨）, 党费下拨, 党费全额返拨, 奖励拨款,
 * 专项补助, 社会捐赠, 基金会资助, 其他.
 */
export const FUND_SOURCE_KINDS = [
  'fiscal_special',
  'welfare_lottery',
  'government_purchase',
  'party_work_fund',
  'party_dues_allocation',
  'party_dues_refund',
  'reward',
  'special_subsidy',
  'donation',
  'foundation_grant',
  'other',
] as const
export type FundSourceKind = (typeof FUND_SOURCE_KINDS)[number]
