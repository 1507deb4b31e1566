// The interval rules of 空间管理 (src-main/core/space/intervals.ts), as pure functions.
// Dates are calendar days with both ends included; booking slots are minutes, [start, end).
import { describe, expect, it } from 'vitest'
import {
  OPEN_END,
  centi,
  daysOverlap,
  m2,
  monthsOf,
  overlapDays,
  slotsClash,
  toClock,
  toMinutes,
  weekday,
  weeklyDates,
} from '../../src-main/core/space/intervals'

describe('daysOverlap (both ends included)', () => {
  it('touching ranges are not overlaps', () => {
    expect(daysOverlap('2026-01-01', '2026-06-30', '2026-07-01', '2026-12-31')).toBe(false)
    expect(daysOverlap('2026-07-01', '2026-12-31', '2026-01-01', '2026-06-30')).toBe(false)
    // Across a year end and across a month end of a leap year.
    expect(daysOverlap('2026-01-01', '2026-12-31', '2027-01-01', '2027-12-31')).toBe(false)
    expect(daysOverlap('2028-01-01', '2028-02-29', '2028-03-01', '2028-03-31')).toBe(false)
  })

  it('one ending on a day and another starting that same day do overlap', () => {
    expect(daysOverlap('2026-01-01', '2026-11-27', '2026-11-27', '2027-11-26')).toBe(true)
    expect(daysOverlap('2026-11-27', '2027-11-26', '2026-01-01', '2026-11-27')).toBe(true)
  })

  it('containment, identical ranges and single days overlap', () => {
    expect(daysOverlap('2026-01-01', '2026-12-31', '2026-03-01', '2026-03-31')).toBe(true)
    expect(daysOverlap('2026-03-01', '2026-03-31', '2026-01-01', '2026-12-31')).toBe(true)
    expect(daysOverlap('2026-01-01', '2026-12-31', '2026-01-01', '2026-12-31')).toBe(true)
    expect(daysOverlap('2026-05-05', '2026-05-05', '2026-05-05', '2026-05-05')).toBe(true)
    expect(daysOverlap('2026-05-05', '2026-05-05', '2026-05-06', '2026-05-06')).toBe(false)
  })

  it('a range without end lasts until further notice', () => {
    expect(daysOverlap('2026-03-01', null, '2099-01-01', '2099-01-31')).toBe(true)
    expect(daysOverlap('2026-03-01', null, '2026-01-01', '2026-02-28')).toBe(false)
    expect(daysOverlap('2026-01-01', '2026-03-01', '2026-03-01', null)).toBe(true)
    expect(daysOverlap('2026-01-01', null, '2027-01-01', null)).toBe(true)
    expect(OPEN_END).toBe('9999-12-31')
  })
})

describe('overlapDays', () => {
  it('counts the days of a range within a window, both ends included', () => {
    expect(overlapDays('2026-03-16', '2026-09-30', '2026-03-01', '2026-03-31')).toBe(16)
    expect(overlapDays('2026-03-16', '2026-09-30', '2026-04-01', '2026-04-30')).toBe(30)
    expect(overlapDays('2026-03-16', '2026-09-30', '2026-01-01', '2026-12-31')).toBe(199)
    expect(overlapDays('2026-04-11', '2026-04-20', '2026-04-01', '2026-04-30')).toBe(10)
    expect(overlapDays('2026-05-05', '2026-05-05', '2026-05-05', '2026-05-05')).toBe(1)
  })

  it('gives 0 for disjoint and touching ranges', () => {
    expect(overlapDays('2026-01-01', '2026-06-30', '2026-07-01', '2026-07-31')).toBe(0)
    expect(overlapDays('2026-08-01', '2026-08-31', '2026-07-01', '2026-07-31')).toBe(0)
  })

  it('an open end runs to the end of the window; leap years count 366 days', () => {
    expect(overlapDays('2026-12-15', null, '2026-12-01', '2026-12-31')).toBe(17)
    expect(overlapDays('2025-07-01', null, '2028-01-01', '2028-12-31')).toBe(366)
    expect(overlapDays('2027-12-31', '2028-03-01', '2028-02-01', '2028-02-29')).toBe(29)
    expect(overlapDays('2025-12-31', '2026-01-01', '2026-01-01', '2026-12-31')).toBe(1)
  })
})

describe('slotsClash (minutes, [start, end), widened by the buffer)', () => {
  const h = (clock: string) => toMinutes(clock)

  it('touching slots are fine without a buffer; any shared minute clashes', () => {
    expect(slotsClash(h('09:00'), h('10:00'), h('10:00'), h('11:00'), 0)).toBe(false)
    expect(slotsClash(h('10:00'), h('11:00'), h('09:00'), h('10:00'), 0)).toBe(false)
    expect(slotsClash(h('09:00'), h('10:00'), h('09:59'), h('11:00'), 0)).toBe(true)
    expect(slotsClash(h('09:01'), h('11:00'), h('09:00'), h('10:00'), 0)).toBe(true)
  })

  it('containment and identical slots clash', () => {
    expect(slotsClash(h('09:00'), h('12:00'), h('10:00'), h('11:00'), 0)).toBe(true)
    expect(slotsClash(h('10:00'), h('11:00'), h('09:00'), h('12:00'), 0)).toBe(true)
    expect(slotsClash(h('09:00'), h('10:00'), h('09:00'), h('10:00'), 0)).toBe(true)
  })

  it('with a buffer of B minutes, exactly B apart is fine and B − 1 clashes, in either order', () => {
    // The new slot after the existing one.
    expect(slotsClash(h('10:15'), h('11:00'), h('09:00'), h('10:00'), 15)).toBe(false)
    expect(slotsClash(h('10:14'), h('11:00'), h('09:00'), h('10:00'), 15)).toBe(true)
    // The new slot before the existing one.
    expect(slotsClash(h('08:00'), h('08:45'), h('09:00'), h('10:00'), 15)).toBe(false)
    expect(slotsClash(h('08:00'), h('08:46'), h('09:00'), h('10:00'), 15)).toBe(true)
    // Symmetric in its two slots.
    expect(slotsClash(h('09:00'), h('10:00'), h('10:14'), h('11:00'), 15)).toBe(true)
    expect(slotsClash(h('09:00'), h('10:00'), h('10:15'), h('11:00'), 15)).toBe(false)
  })

  it('a buffer of 1 minute separates touching slots; the largest buffer, 240, too', () => {
    expect(slotsClash(h('09:00'), h('10:00'), h('10:00'), h('11:00'), 1)).toBe(true)
    expect(slotsClash(h('09:00'), h('10:00'), h('10:01'), h('11:00'), 1)).toBe(false)
    expect(slotsClash(h('09:00'), h('10:00'), h('14:00'), h('15:00'), 240)).toBe(false)
    expect(slotsClash(h('09:00'), h('10:00'), h('13:59'), h('15:00'), 240)).toBe(true)
  })
})

describe('weeklyDates', () => {
  it('steps a week at a time across a year end, the last date included', () => {
    expect(weeklyDates('2026-12-18', '2027-01-15')).toEqual([
      '2026-12-18',
      '2026-12-25',
      '2027-01-01',
      '2027-01-08',
      '2027-01-15',
    ])
    expect(weeklyDates('2026-12-18', '2027-01-14')).toHaveLength(4)
  })

  it('steps across 29 February 2028 on the same weekday', () => {
    const dates = weeklyDates('2028-02-15', '2028-03-14')
    expect(dates).toEqual(['2028-02-15', '2028-02-22', '2028-02-29', '2028-03-07', '2028-03-14'])
    expect(new Set(dates.map(weekday))).toEqual(new Set([weekday('2028-02-15')]))
    expect(weekday('2028-02-29')).toBe(2) // a Tuesday
  })

  it('a one-day range gives that day; an inverted range gives nothing', () => {
    expect(weeklyDates('2026-12-01', '2026-12-01')).toEqual(['2026-12-01'])
    expect(weeklyDates('2026-12-01', '2026-11-30')).toEqual([])
  })

  it('a year of weeks gives 53 dates', () => {
    const dates = weeklyDates('2026-12-01', '2027-11-30')
    expect(dates).toHaveLength(53)
    expect(dates.at(-1)).toBe('2027-11-30')
  })
})

describe('weekday', () => {
  it('0 = Sunday … 6 = Saturday', () => {
    expect(weekday('2026-11-27')).toBe(5) // the tests' today, a Friday
    expect(weekday('2026-11-29')).toBe(0)
    expect(weekday('2026-11-28')).toBe(6)
    expect(weekday('2027-01-01')).toBe(5)
  })
})

describe('monthsOf', () => {
  it('gives the twelve months of a year with their first and last days', () => {
    const months = monthsOf(2026)
    expect(months).toHaveLength(12)
    expect(months[0]).toEqual({ month: '2026-01', from: '2026-01-01', to: '2026-01-31' })
    expect(months[1]).toEqual({ month: '2026-02', from: '2026-02-01', to: '2026-02-28' })
    expect(months[3]).toEqual({ month: '2026-04', from: '2026-04-01', to: '2026-04-30' })
    expect(months[11]).toEqual({ month: '2026-12', from: '2026-12-01', to: '2026-12-31' })
    // Contiguous: each month starts the day after the previous one ends; 365 days in all.
    const total = months.reduce((sum, m) => sum + overlapDays(m.from, m.to, m.from, m.to), 0)
    expect(total).toBe(365)
  })

  it('February of a leap year has 29 days', () => {
    expect(monthsOf(2028)[1]).toEqual({ month: '2028-02', from: '2028-02-01', to: '2028-02-29' })
    expect(monthsOf(2028).reduce((sum, m) => sum + overlapDays(m.from, m.to, m.from, m.to), 0)).toBe(366)
  })
})

describe('toMinutes / toClock', () => {
  it('converts clock times to minutes after midnight and back', () => {
    expect(toMinutes('00:00')).toBe(0)
    expect(toMinutes('08:30')).toBe(510)
    expect(toMinutes('09:05')).toBe(545)
    expect(toMinutes('21:00')).toBe(1260)
    expect(toMinutes('24:00')).toBe(1440)
    expect(toClock(0)).toBe('00:00')
    expect(toClock(545)).toBe('09:05')
    expect(toClock(1259)).toBe('20:59')
    expect(toClock(1440)).toBe('24:00')
  })

  it('round-trips every minute of the day', () => {
    for (let m = 0; m <= 1440; m++) expect(toMinutes(toClock(m))).toBe(m)
  })
})

describe('m2 / centi', () => {
  it('stores areas in hundredths of a m², without floating-point drift', () => {
    expect(centi(25.55)).toBe(2555)
    expect(centi(0.29)).toBe(29)
    expect(centi(6)).toBe(600)
    expect(m2(2555)).toBe(25.55)
    expect(m2(centi(1234.56))).toBe(1234.56)
  })
})
