// 覆盖率 (domain §3): which figures there are, which organisations each one counts, and how a rate is shown. One
// definition for the core (counts, lists, Excel) and the page (cards, click-through).
import { PARTY_ORG_STATUSES, type PartyOrgStatus } from './enums'

/**
 * The groups of organisations a figure of the coverage page counts, each one clickable to its list:
 * `total` 统计总数 (the denominator), `organizational` 组织覆盖, `work` 工作覆盖, `uncovered` neither, `shouldForm`
 * 应建未建, `ableToForm` 正式党员3人以上, `inResidence` every organisation in residence, and one per status.
 */
export const COVERAGE_BUCKETS = [
  'total',
  'organizational',
  'work',
  'uncovered',
  'shouldForm',
  'ableToForm',
  'inResidence',
  ...PARTY_ORG_STATUSES,
] as const
export type CoverageBucket = (typeof COVERAGE_BUCKETS)[number]

/** 组织覆盖: 单独组建, 联合组建, 兜底, 兼合式. */
export const ORGANISATIONAL_COVERAGE: readonly PartyOrgStatus[] = [
  'standalone',
  'joint',
  'fallback',
  'combined',
]

/** A rate as a percentage with one decimal (2 of 3 → 66.7); null when there is nothing to divide by. */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null
  return Math.round((numerator * 1000) / denominator) / 10
}

/** The reporting date of a year in the series: 12-31, or today for the current year. */
export function seriesDate(year: number, today: string): string {
  const end = `${year}-12-31`
  return end < today ? end : today
}
