// 党费 rule (domain.md §4), the pure part shared by core and forms: brackets on the whole base at exactly 3000,
// 5000 and 10000 元 and one 分 either side, the retiree rule at 5000, the flat amounts from the settings,
// rounding half up or down, 元 typed in the UI turned into integer 分, and which months are owed.
import { describe, expect, it } from 'vitest'
import {
  applyPermille,
  baseInMonth,
  fenToYuan,
  lastDayOf,
  longestRun,
  monthRange,
  monthlyDuesFen,
  monthsApart,
  addMonthsTo,
  notOwedReason,
  onRosterInMonth,
  yuanToFen,
  type DuesRules,
} from '../../src-main/shared/dues'
import { DEFAULT_BRANCH_SETTINGS } from '../../src-main/core/system/settings'

const RULES: DuesRules = {
  flatDuesFen: DEFAULT_BRANCH_SETTINGS.flatDuesFen,
  farmerDuesFen: DEFAULT_BRANCH_SETTINGS.farmerDuesFen,
  duesRounding: DEFAULT_BRANCH_SETTINGS.duesRounding,
}
const DOWN: DuesRules = { ...RULES, duesRounding: 'down' }

/** Monthly dues of an employed member in 元 with two decimals, from a base in 元 (two decimals). */
const employed = (yuan: string, rules = RULES) => {
  const base = yuanToFen(yuan)
  if (!base.ok) throw new Error(`bad test base ${yuan}`)
  return fenToYuan(monthlyDuesFen('employed', base.fen, rules) ?? -1)
}
const retired = (yuan: string, rules = RULES) => {
  const base = yuanToFen(yuan)
  if (!base.ok) throw new Error(`bad test base ${yuan}`)
  return fenToYuan(monthlyDuesFen('retired', base.fen, rules) ?? -1)
}

describe('党费 of employed members: the bracket applies to the whole base', () => {
  it.each([
    ['3000', '15.00'],
    ['3200', '32.00'],
    ['5400', '81.00'],
    ['6500', '97.50'],
    ['10000', '150.00'],
    ['11500', '230.00'],
  ])('the domain test vector %s 元 → %s 元', (base, dues) => {
    expect(employed(base)).toBe(dues)
  })

  it('3000 元 is still 0.5 % (以下 includes the number); one 分 more is 1 % of the whole base', () => {
    expect(employed('2999.99')).toBe('15.00') // 14.99995 → half up
    expect(employed('3000')).toBe('15.00')
    expect(employed('3000.01')).toBe('30.00') // 30.0001, not 15 + 0.0001
  })

  it('5000 元 is still 1 %; one 分 more is 1.5 %', () => {
    expect(employed('4999.99')).toBe('50.00') // 49.9999
    expect(employed('5000')).toBe('50.00')
    expect(employed('5000.01')).toBe('75.00') // 75.00015
  })

  it('10000 元 is still 1.5 %; one 分 more is 2 %', () => {
    expect(employed('9999.99')).toBe('150.00') // 149.99985
    expect(employed('10000')).toBe('150.00')
    expect(employed('10000.01')).toBe('200.00') // 200.0002
  })

  it('a missing base gives no amount (the form then says the base is needed)', () => {
    expect(monthlyDuesFen('employed', null, RULES)).toBeNull()
    expect(monthlyDuesFen('retired', null, RULES)).toBeNull()
  })
})

describe('党费 of retired members: the pension, 0.5 % up to 5000 元 and 1 % above', () => {
  it('5000 元 is 0.5 %; one 分 more is 1 % of the whole pension', () => {
    expect(retired('4999.99')).toBe('25.00') // 24.99995
    expect(retired('5000')).toBe('25.00')
    expect(retired('5000.01')).toBe('50.00') // 50.0001
  })

  it('a pension of 10000 or more stays at 1 % (the employed brackets do not apply)', () => {
    expect(retired('10000')).toBe('100.00')
    expect(retired('12000')).toBe('120.00')
    expect(employed('12000')).toBe('240.00')
  })
})

describe('flat amounts from the settings', () => {
  it('students, the unemployed and relief recipients pay flatDuesFen (0.20 元 by default) whatever base is given', () => {
    for (const kind of ['student', 'unemployed', 'relief'] as const) {
      expect(monthlyDuesFen(kind, null, RULES)).toBe(20)
      expect(monthlyDuesFen(kind, 800_000, RULES)).toBe(20)
      expect(monthlyDuesFen(kind, null, { ...RULES, flatDuesFen: 50 })).toBe(50)
    }
  })

  it('farmers pay farmerDuesFen (0.20 元 by default, 0.20–1.00 元 as set)', () => {
    expect(monthlyDuesFen('farmer', null, RULES)).toBe(20)
    expect(monthlyDuesFen('farmer', null, { ...RULES, farmerDuesFen: 100 })).toBe(100)
    // The farmers' setting does not move the others' flat amount, nor the other way round.
    expect(monthlyDuesFen('student', null, { ...RULES, farmerDuesFen: 100 })).toBe(20)
    expect(monthlyDuesFen('farmer', null, { ...RULES, flatDuesFen: 50 })).toBe(20)
  })
})

describe('rounding to the 分', () => {
  it('an exact half 分 goes up with half_up and is dropped with down', () => {
    // 0.5 % of 1001.00 元 = 5.005 元 = 500.5 分
    expect(applyPermille(100_100, 5, 'half_up')).toBe(501)
    expect(applyPermille(100_100, 5, 'down')).toBe(500)
    expect(employed('1001')).toBe('5.01')
    expect(employed('1001', DOWN)).toBe('5.00')
  })

  it('just under a half 分 goes down either way; just over goes up only with half_up', () => {
    expect(applyPermille(100_099, 5, 'half_up')).toBe(500) // 500.495
    expect(applyPermille(100_101, 5, 'half_up')).toBe(501) // 500.505
    expect(applyPermille(100_101, 5, 'down')).toBe(500)
    expect(employed('2999.99', DOWN)).toBe('14.99') // 14.99995
    expect(employed('9999.99', DOWN)).toBe('149.99') // 149.99985
    expect(retired('4999.99', DOWN)).toBe('24.99')
  })

  it('whole amounts are exact in both modes, also for the largest base accepted', () => {
    expect(employed('6500', DOWN)).toBe('97.50')
    expect(applyPermille(100_000_000, 20, 'half_up')).toBe(2_000_000) // 1,000,000 元 → 20,000 元
  })
})

describe('元 typed in the UI → integer 分 (the one conversion)', () => {
  it.each([
    ['3200', 320_000],
    ['3200.5', 320_050],
    ['3200.50', 320_050],
    ['97.05', 9_705],
    ['0.01', 1],
    ['0', 0],
    ['3,200.00', 320_000],
    ['3，200', 320_000],
    [' 6500 ', 650_000],
    ['¥6500', 650_000],
    ['￥ 6500.10', 650_010],
    ['12.', 1_200],
    ['007.5', 750],
  ])('%j → %i 分', (text, fen) => {
    expect(yuanToFen(text)).toEqual({ ok: true, fen })
  })

  it('0.1 + 0.2 style amounts stay exact: every 分 from 0.00 to 10.00 round-trips', () => {
    for (let fen = 0; fen <= 1000; fen++) expect(yuanToFen(fenToYuan(fen))).toEqual({ ok: true, fen })
  })

  it('refuses more than two decimals, saying so', () => {
    expect(yuanToFen('97.505')).toEqual({ ok: false, reason: 'decimals' })
    expect(yuanToFen('0.001')).toEqual({ ok: false, reason: 'decimals' })
  })

  it('refuses signs, exponents, words and empty input', () => {
    for (const text of ['-5', '+5', '1e3', 'abc', '5元', '.5', '1.2.3', 'NaN', 'Infinity', '0x10'])
      expect(yuanToFen(text), text).toEqual({ ok: false, reason: 'format' })
    expect(yuanToFen('   ')).toEqual({ ok: false, reason: 'empty' })
  })

  it('refuses more than 1,000,000.00 元, also with very many digits', () => {
    expect(yuanToFen('1000000')).toEqual({ ok: true, fen: 100_000_000 })
    expect(yuanToFen('1000000.01')).toEqual({ ok: false, reason: 'tooLarge' })
    expect(yuanToFen('9'.repeat(400))).toEqual({ ok: false, reason: 'tooLarge' })
  })

  it('分 are shown as 元 with two decimals, grouped on request', () => {
    expect(fenToYuan(9_750)).toBe('97.50')
    expect(fenToYuan(5)).toBe('0.05')
    expect(fenToYuan(0)).toBe('0.00')
    expect(fenToYuan(123_456_789, true)).toBe('1,234,567.89')
  })
})

describe('months', () => {
  it('counts and lists months across the year end', () => {
    expect(monthsApart('2026-11', '2027-05')).toBe(6)
    expect(monthsApart('2027-05', '2026-11')).toBe(-6)
    expect(addMonthsTo('2026-11', 2)).toBe('2027-01')
    expect(addMonthsTo('2026-01', -1)).toBe('2025-12')
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthRange('2026-03', '2026-02')).toEqual([])
  })

  it('knows the last day of every month, leap years included', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29')
    expect(lastDayOf('2026-02')).toBe('2026-02-28')
    expect(lastDayOf('2000-02')).toBe('2000-02-29')
    expect(lastDayOf('2100-02')).toBe('2100-02-28')
    expect(lastDayOf('2026-04')).toBe('2026-04-30')
    expect(lastDayOf('2026-12')).toBe('2026-12-31')
  })

  it('a month is owed when on the roster on at least one of its days; the exit date is the first day off', () => {
    const periods = [
      { startDate: '2026-03-15', endDate: '2026-06-01' },
      { startDate: '2026-08-31', endDate: null },
    ]
    expect(onRosterInMonth(periods, '2026-02')).toBe(false)
    expect(onRosterInMonth(periods, '2026-03')).toBe(true) // joined during March
    expect(onRosterInMonth(periods, '2026-05')).toBe(true)
    expect(onRosterInMonth(periods, '2026-06')).toBe(false) // off the roster from 1 June
    expect(onRosterInMonth(periods, '2026-07')).toBe(false)
    expect(onRosterInMonth(periods, '2026-08')).toBe(true) // back on the last day of August
    expect(onRosterInMonth([{ startDate: '2026-01-01', endDate: '2026-06-02' }], '2026-06')).toBe(true)
    // Joining on the last day of a short month, leaving on the first of the next.
    expect(onRosterInMonth([{ startDate: '2026-02-28', endDate: '2026-03-01' }], '2026-02')).toBe(true)
    expect(onRosterInMonth([{ startDate: '2026-02-28', endDate: '2026-03-01' }], '2026-03')).toBe(false)
    expect(onRosterInMonth([{ startDate: '2026-03-01', endDate: null }], '2026-02')).toBe(false)
  })

  it('the base in force is the latest from that month or before; before the first base nothing is owed', () => {
    const bases = [
      { fromMonth: '2026-01', kind: 'employed' as const, baseFen: 300_000 },
      { fromMonth: '2026-07', kind: 'employed' as const, baseFen: 650_000 },
    ]
    expect(baseInMonth(bases, '2025-12')).toBeNull()
    expect(baseInMonth(bases, '2026-06')?.baseFen).toBe(300_000)
    expect(baseInMonth(bases, '2026-07')?.baseFen).toBe(650_000)
    const periods = [{ startDate: '2020-01-01', endDate: null }]
    expect(notOwedReason(periods, bases, '2025-12')).toBe('no_base')
    expect(notOwedReason(periods, bases, '2026-01')).toBeNull()
    expect(notOwedReason([], bases, '2026-01')).toBe('off_roster')
  })

  it('finds the longest run of consecutive months, across a year end', () => {
    expect(longestRun([])).toEqual({ length: 0, from: null, to: null })
    expect(longestRun(['2026-01', '2026-03', '2026-04', '2026-05'])).toEqual({
      length: 3,
      from: '2026-03',
      to: '2026-05',
    })
    expect(longestRun(['2025-11', '2025-12', '2026-01', '2026-03'])).toEqual({
      length: 3,
      from: '2025-11',
      to: '2026-01',
    })
  })
})
