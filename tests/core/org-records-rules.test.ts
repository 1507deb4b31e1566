// The rules of shared/orgRecords.ts that the core applies and the forms show: validity and the 6-month warning,
// 不可参评, 2 full years registered, the rating that applies on a day, 税前扣除资格's prerequisite, scores in tenths.
import { describe, expect, it } from 'vitest'
import type { InspectionGrade } from '../../src-main/shared/enums'
import {
  gradeInForce,
  isPartyHonourTitle,
  notRateableReasons,
  qualificationsOf,
  ratingOn,
  ratingValidUntil,
  registrationProblem,
  scoreToTenths,
  taxRatingProblem,
  taxValidUntil,
  tenthsToScore,
  validityOn,
} from '../../src-main/shared/orgRecords'

const grades =
  (byYear: Record<number, InspectionGrade>) =>
  (year: number): InspectionGrade | null =>
    byYear[year] ?? null

describe('validity', () => {
  it('of a rating is 5 years and of a tax qualification 3, ending on the matching day (02-29 → 02-28)', () => {
    expect(ratingValidUntil('2021-11-27')).toBe('2026-11-27')
    expect(ratingValidUntil('2024-02-29')).toBe('2029-02-28')
    expect(taxValidUntil('2024-02-29')).toBe('2027-02-28')
  })

  it('holds on the last day and lapses the day after; expiring means ending on or before today + 6 months', () => {
    expect(validityOn('2026-11-27', '2026-11-27')).toBe('expiring')
    expect(validityOn('2026-11-27', '2026-11-28')).toBe('lapsed')
    expect(validityOn('2027-05-27', '2026-11-27')).toBe('expiring')
    expect(validityOn('2027-05-28', '2026-11-27')).toBe('valid')
    // 08-31 + 6 months is 02-28: a validity ending on 02-28 warns, on 03-01 not yet.
    expect(validityOn('2027-02-28', '2026-08-31')).toBe('expiring')
    expect(validityOn('2027-03-01', '2026-08-31')).toBe('valid')
  })
})

describe('不可参评', () => {
  const REGISTERED = '2020-05-01'

  it('names the 年度 of a missing or failed 年检, and the two 年度 of 基本合格 running', () => {
    expect(notRateableReasons('2026-03-01', REGISTERED, grades({ 2024: 'pass' }))).toEqual([
      { code: 'inspectionMissing', year: 2025 },
    ])
    expect(notRateableReasons('2026-03-01', REGISTERED, grades({ 2024: 'pass', 2025: 'fail' }))).toEqual([
      { code: 'inspectionFailed', year: 2025 },
    ])
    expect(notRateableReasons('2026-03-01', REGISTERED, grades({ 2024: 'basic', 2025: 'basic' }))).toEqual([
      { code: 'basicTwice', years: [2024, 2025] },
    ])
  })

  it('is not a single 基本合格, 合格 after 基本合格, or 不合格 two years back', () => {
    expect(notRateableReasons('2026-03-01', REGISTERED, grades({ 2024: 'pass', 2025: 'basic' }))).toEqual([])
    expect(notRateableReasons('2026-03-01', REGISTERED, grades({ 2024: 'basic', 2025: 'pass' }))).toEqual([])
    expect(notRateableReasons('2026-03-01', REGISTERED, grades({ 2024: 'fail', 2025: 'pass' }))).toEqual([])
  })

  it('does not count a 年检 that was not due: unregistered, or registered after that 年度', () => {
    expect(notRateableReasons('2026-03-01', null, grades({}))).toEqual([])
    expect(notRateableReasons('2026-03-01', '2026-01-01', grades({}))).toEqual([])
    expect(notRateableReasons('2026-03-01', '2025-12-31', grades({}))).toEqual([
      { code: 'inspectionMissing', year: 2025 },
    ])
  })
})

describe('可申请评估 after 2 full years registered', () => {
  it('from the day 2 years end, never without a registration date', () => {
    expect(registrationProblem('2024-11-27', '2026-11-26')).toEqual({
      code: 'tooRecent',
      registeredOn: '2024-11-27',
      eligibleFrom: '2026-11-27',
    })
    expect(registrationProblem('2024-11-27', '2026-11-27')).toBeNull()
    expect(registrationProblem('2024-02-29', '2026-02-28')).toBeNull()
    expect(registrationProblem(null, '2026-11-27')).toEqual({ code: 'notRegistered' })
  })
})

describe('grades', () => {
  const ratings = [
    { grade: 4, ratedOn: '2020-06-01', validUntil: '2025-06-01' },
    { grade: 2, ratedOn: '2023-05-01', validUntil: '2028-05-01' },
  ]

  it('the latest rating applies from its day, lapsed or not', () => {
    expect(ratingOn(ratings, '2023-04-30')?.grade).toBe(4)
    expect(ratingOn(ratings, '2023-05-01')?.grade).toBe(2)
    expect(ratingOn(ratings, '2019-01-01')).toBeNull()
    expect(gradeInForce([ratings[0]!], '2025-06-02')).toBeNull()
  })

  it('unlock nothing below 3A, four things at 3A and a simplified 年检 from 4A', () => {
    expect(qualificationsOf(null)).toEqual([])
    expect(qualificationsOf(2)).toEqual([])
    expect(qualificationsOf(3)).toHaveLength(4)
    expect(qualificationsOf(3)).not.toContain('simplified_inspection')
    expect(qualificationsOf(5)).toContain('simplified_inspection')
  })

  it('税前扣除资格 needs a valid 3A+ on its day', () => {
    expect(taxRatingProblem([], '2024-01-01')).toEqual({ code: 'noRating' })
    expect(taxRatingProblem(ratings, '2022-01-01')).toBeNull()
    expect(taxRatingProblem(ratings, '2024-01-01')).toEqual({ code: 'gradeTooLow', grade: 2 })
    expect(taxRatingProblem([ratings[0]!], '2025-06-02')).toEqual({
      code: 'ratingLapsed',
      grade: 4,
      validUntil: '2025-06-01',
    })
  })
})

describe('small helpers', () => {
  it('scores in tenths, one decimal at most, 0–1000', () => {
    expect(scoreToTenths('86.5')).toBe(865)
    expect(scoreToTenths(' 90 ')).toBe(900)
    expect(scoreToTenths('1000')).toBe(10_000)
    expect(scoreToTenths('1000.1')).toBeNull()
    expect(scoreToTenths('86.55')).toBeNull()
    expect(scoreToTenths('-1')).toBeNull()
    expect(scoreToTenths('')).toBeNull()
    expect(tenthsToScore(865)).toBe('86.5')
    expect(tenthsToScore(900)).toBe('90.0')
  })

  it('the Party titles are 创先争优 by default', () => {
    expect(isPartyHonourTitle('优秀共产党员')).toBe(true)
    expect(isPartyHonourTitle('烟台市先进基层党组织')).toBe(true)
    expect(isPartyHonourTitle('齐鲁和谐使者')).toBe(false)
  })
})
