// Rules of an organisation's 年检, 等级评估, 公益性捐赠税前扣除资格 and 荣誉 (domain §0, §1): what the core applies
// and the forms show before saving, in one place. Dates are `YYYY-MM-DD`; a `validUntil` is the last valid day.
import { addMonths, addYears } from './dates'
import type { InspectionGrade } from './enums'

/** 等级评估 is valid 5 years from the rating date. */
export const RATING_VALID_YEARS = 5
/** 公益性捐赠税前扣除资格 is valid 3 years from the day it was granted. */
export const TAX_VALID_YEARS = 3
/** An organisation may apply for a rating after 2 full years registered. */
export const RATING_ELIGIBLE_YEARS = 2
/** A validity ending within 6 months (ends on or before today + 6 months) is flagged. */
export const EXPIRY_WARNING_MONTHS = 6
/** Grades 1A–5A are stored as 1–5. */
export const RATING_GRADES = [5, 4, 3, 2, 1] as const
/** 3A and above: 政府购买服务优先, 政府职能转移, 评优表彰, and the right to apply for 税前扣除资格. */
export const PRIORITY_GRADE = 3
/** 4A and above: 年检简化. */
export const SIMPLIFIED_INSPECTION_GRADE = 4

/** 荣誉 titles offered while typing (free text otherwise). */
export const HONOUR_TITLE_SUGGESTIONS = [
  '齐鲁和谐使者',
  '烟台和谐使者',
  '先进社会组织',
  '先进基层党组织',
  '优秀共产党员',
  '优秀党务工作者',
] as const

/** Titles of 创先争优 (两关六同步 item 5): the form ticks 创先争优 for them by default. */
export const PARTY_HONOUR_TITLES: readonly string[] = ['先进基层党组织', '优秀共产党员', '优秀党务工作者']

export const isPartyHonourTitle = (title: string): boolean =>
  PARTY_HONOUR_TITLES.some((t) => title.includes(t))

/** `4` → `4A`. */
export const gradeLabel = (grade: number): string => `${grade}A`

/** The last day a rating of `ratedOn` is valid: 2024-02-29 → 2029-02-28. */
export const ratingValidUntil = (ratedOn: string): string => addYears(ratedOn, RATING_VALID_YEARS)

/** The last day a 税前扣除资格 granted on `grantedOn` is valid. */
export const taxValidUntil = (grantedOn: string): string => addYears(grantedOn, TAX_VALID_YEARS)

/** The first day an organisation registered on `registeredOn` may apply for a rating: 2 full years on. */
export const ratingEligibleFrom = (registeredOn: string): string =>
  addYears(registeredOn, RATING_ELIGIBLE_YEARS)

/**
 * A dated validity seen on `date`: 有效 (valid), 即将到期 (ends within 6 months, on or before date + 6 months,
 * still valid today), 已过期 (lapsed: the last valid day has passed). Valid on its last day, lapsed the day after.
 */
export type Validity = 'valid' | 'expiring' | 'lapsed'

export function validityOn(validUntil: string, date: string): Validity {
  if (validUntil < date) return 'lapsed'
  return validUntil <= addMonths(date, EXPIRY_WARNING_MONTHS) ? 'expiring' : 'valid'
}

/** What a grade unlocks (domain §1). */
export const RATING_QUALIFICATIONS = [
  'government_purchase',
  'function_transfer',
  'awards',
  'tax_deduction',
  'simplified_inspection',
] as const
export type RatingQualification = (typeof RATING_QUALIFICATIONS)[number]

/** The qualifications of a grade in force (none without one). */
export function qualificationsOf(grade: number | null): RatingQualification[] {
  if (grade === null || grade < PRIORITY_GRADE) return []
  const list: RatingQualification[] = ['government_purchase', 'function_transfer', 'awards', 'tax_deduction']
  if (grade >= SIMPLIFIED_INSPECTION_GRADE) list.push('simplified_inspection')
  return list
}

/** Why an organisation may not be rated (不可参评), each with the 年度 it is about. */
export type NotRateableReason =
  | { code: 'inspectionMissing'; year: number }
  | { code: 'inspectionFailed'; year: number }
  | { code: 'basicTwice'; years: [number, number] }

/**
 * Whether a 年检 of `year` is expected: the organisation was registered by the end of that 年度. An unregistered
 * team (筹备中, 备案) has no 年检, nor has an organisation for a year before it existed.
 */
export const inspectionExpected = (registeredOn: string | null, year: number): boolean =>
  registeredOn !== null && registeredOn <= `${year}-12-31`

/**
 * 不可参评 on a date of year Y: last year's 年检 (年度 Y − 1) missing or 不合格, or 基本合格 two years running
 * (年度 Y − 2 and Y − 1). `gradeOf(year)` is the grade of that year's live 年检, or null when there is none. A 年检
 * that was not expected (not registered by the end of that 年度) is not missing: such an organisation cannot
 * apply anyway (see registrationProblem), and listing it as 年检缺失 would send the front desk after nothing.
 */
export function notRateableReasons(
  date: string,
  registeredOn: string | null,
  gradeOf: (year: number) => InspectionGrade | null,
): NotRateableReason[] {
  const last = Number(date.slice(0, 4)) - 1
  const lastGrade = gradeOf(last)
  if (lastGrade === null)
    return inspectionExpected(registeredOn, last) ? [{ code: 'inspectionMissing', year: last }] : []
  if (lastGrade === 'fail') return [{ code: 'inspectionFailed', year: last }]
  if (lastGrade === 'basic' && gradeOf(last - 1) === 'basic')
    return [{ code: 'basicTwice', years: [last - 1, last] }]
  return []
}

/** The registration side of 可申请评估: registered, and for 2 full years on `date`. */
export type RegistrationProblem =
  { code: 'notRegistered' } | { code: 'tooRecent'; registeredOn: string; eligibleFrom: string }

export function registrationProblem(registeredOn: string | null, date: string): RegistrationProblem | null {
  if (!registeredOn) return { code: 'notRegistered' }
  const eligibleFrom = ratingEligibleFrom(registeredOn)
  return date < eligibleFrom ? { code: 'tooRecent', registeredOn, eligibleFrom } : null
}

/** A rating as the standing reads it. */
export interface RatingLike {
  grade: number
  ratedOn: string
  validUntil: string
}

/**
 * The rating that applies on `date`: the latest one rated on or before it. A later rating always ends later
 * (5 years each), so when any rating is in force the latest one is; when the latest has lapsed, none is.
 */
export function ratingOn<R extends RatingLike>(ratings: readonly R[], date: string): R | null {
  let best: R | null = null
  for (const r of ratings) if (r.ratedOn <= date && (!best || r.ratedOn > best.ratedOn)) best = r
  return best
}

/** The grade in force on `date` (null when no rating is in force then). */
export function gradeInForce(ratings: readonly RatingLike[], date: string): number | null {
  const r = ratingOn(ratings, date)
  return r && r.validUntil >= date ? r.grade : null
}

/**
 * Why a 税前扣除资格 cannot be granted on `date`: it needs a valid rating of 3A or above then. Null when it can.
 */
export type TaxRatingProblem =
  | { code: 'noRating' }
  | { code: 'ratingLapsed'; grade: number; validUntil: string }
  | { code: 'gradeTooLow'; grade: number }

export function taxRatingProblem(ratings: readonly RatingLike[], date: string): TaxRatingProblem | null {
  const r = ratingOn(ratings, date)
  if (!r) return { code: 'noRating' }
  if (r.validUntil < date) return { code: 'ratingLapsed', grade: r.grade, validUntil: r.validUntil }
  if (r.grade < PRIORITY_GRADE) return { code: 'gradeTooLow', grade: r.grade }
  return null
}

/** 评估得分 in tenths (86.5 → 865); null for an empty or malformed text, or beyond 0–1000. */
export function scoreToTenths(text: string): number | null {
  const t = text.trim()
  if (!/^\d{1,4}(\.\d)?$/.test(t)) return null
  const tenths = Math.round(Number(t) * 10)
  return tenths <= 10_000 ? tenths : null
}

/** 865 → `86.5`; 900 → `90.0`. */
export const tenthsToScore = (tenths: number): string => `${Math.floor(tenths / 10)}.${tenths % 10}`

/** The overview's filters: 评估即将到期, 已过期, 不可参评, 缺少上一年度年检, 3A 及以上 (in force). */
export const RATINGS_OVERVIEW_FLAGS = [
  'expiring',
  'lapsed',
  'notRateable',
  'missingLastYear',
  'priority',
] as const
export type RatingsOverviewFlag = (typeof RATINGS_OVERVIEW_FLAGS)[number]
