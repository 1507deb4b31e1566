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
