import { describe, expect, it } from 'vitest'
import { addDays, addMonths, addYears, daysBetween } from '../../src-main/core/lib/dates'
import { isRealDate } from '../../src-main/shared/schemas'
import { createClock } from '../../src-main/core/lib/clock'

describe('calendar rules (domain.md §0)', () => {
  it('a period ends on the matching day, or the month’s last day', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15')
    expect(addYears('2026-08-11', 2)).toBe('2028-08-11')
  })

  it('adds days across months and years, and counts them back', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-11-27', '2028-08-11')).toBe(623)
    expect(daysBetween('2026-11-27', '2026-11-20')).toBe(-7)
  })

  it('accepts only real calendar dates', () => {
    expect(isRealDate('2026-02-28')).toBe(true)
    expect(isRealDate('2028-02-29')).toBe(true)
    expect(isRealDate('2026-02-29')).toBe(false)
    expect(isRealDate('2026-13-01')).toBe(false)
    expect(isRealDate('2026-1-01')).toBe(false)
    expect(isRealDate('20261101')).toBe(false)
  })

  it('a fixed clock keeps its date and stamps times in the base’s zone', () => {
    const clock = createClock('2026-11-27')
    expect(clock.today()).toBe('2026-11-27')
    expect(clock.timestamp()).toMatch(/^2026-11-27T\d{2}:\d{2}:\d{2}\+08:00$/)
    expect(createClock().today()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
