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
