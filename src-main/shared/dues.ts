// 党费 rules that the core applies and the forms show live: one definition for both (domain.md §4).
// Money is integer 分 throughout; no float ever enters an amount. Months are `YYYY-MM`.
import { firstDayOf, lastDayOf } from './dates'
import type { DuesKind } from './enums'

/** The settings the amount depends on (系统设置 → 基地党支部). */
export interface DuesRules {
  /** Flat monthly dues of students, the unemployed and relief recipients, in 分 (default 20 = 0.20 元). */
  flatDuesFen: number
  /** Flat monthly dues of farmers, in 分 (20–100). */
  farmerDuesFen: number
  /** How a bracket's dues are rounded to the 分. */
  duesRounding: 'half_up' | 'down'
}

/** The categories that pay a percentage of a monthly base: 在职 (after-tax regular pay) and 离退休 (pension). */
export const BASED_DUES_KINDS: readonly DuesKind[] = ['employed', 'retired']

export const hasBase = (kind: DuesKind): boolean => BASED_DUES_KINDS.includes(kind)

/** Paying for a month more than this many months ahead of, or behind, the month paid in needs the branch's consent. */
export const CONSENT_MONTHS = 6
/** This many consecutive unpaid months are reported to the secretary (连续 6 个月未缴). */
export const FLAG_MONTHS = 6
/** The most months one payment may cover. */
export const MAX_PAYMENT_MONTHS = 36
/** The largest monthly base accepted: 1,000,000.00 元. */
export const MAX_BASE_FEN = 100_000_000

/**
 * The rate in ‰ for a base, applied to the WHOLE base (not progressive). Employed: `<= 3000` 5‰,
 * `3000 < x <= 5000` 10‰, `5000 < x <= 10000` 15‰, `> 10000` 20‰. Retired: `<= 5000` 5‰, `> 5000` 10‰.
 */
export function duesPermille(kind: 'employed' | 'retired', baseFen: number): number {
  if (kind === 'retired') return baseFen <= 500_000 ? 5 : 10
  if (baseFen <= 300_000) return 5
  if (baseFen <= 500_000) return 10
  if (baseFen <= 1_000_000) return 15
  return 20
}

/** `fen · permille / 1000` in integers, rounded half up or down to the 分. */
export function applyPermille(
  baseFen: number,
  permille: number,
  rounding: DuesRules['duesRounding'],
): number {
  const product = baseFen * permille
  const remainder = product % 1000
  const whole = (product - remainder) / 1000
  return rounding === 'half_up' && remainder >= 500 ? whole + 1 : whole
}

/**
 * Monthly dues in 分. Employed and retired need their base (null when it is missing); the other categories pay
 * the flat amounts of the settings whatever base is given.
 */
export function monthlyDuesFen(kind: DuesKind, baseFen: number | null, rules: DuesRules): number | null {
  switch (kind) {
    case 'employed':
    case 'retired':
      return baseFen === null ? null : applyPermille(baseFen, duesPermille(kind, baseFen), rules.duesRounding)
    case 'farmer':
      return rules.farmerDuesFen
    default:
      return rules.flatDuesFen
  }
}

export { fenToYuan, yuanToFen, type YuanParse } from './money'

// ---- months ----

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

export const isMonth = (value: string): boolean => MONTH_PATTERN.test(value)

/** The month of a date: `2026-11-27` → `2026-11`. */
export const monthOf = (date: string): string => date.slice(0, 7)

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1

const fromIndex = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`

export const addMonthsTo = (month: string, months: number): string => fromIndex(monthIndex(month) + months)

/** Months from `from` to `to` (negative when `to` is earlier): `2026-11` → `2027-02` is 3. */
export const monthsApart = (from: string, to: string): number => monthIndex(to) - monthIndex(from)

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = []
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(fromIndex(i))
  return out
}

export { firstDayOf, lastDayOf }

/** The twelve months of a year. */
export const monthsOfYear = (year: number): string[] => monthRange(`${year}-01`, `${year}-12`)

// ---- which months are owed ----

/** A period on the roster: `endDate` is the first day off it (转出/出党/去世), null while it lasts. */
export interface RosterPeriod {
  startDate: string
  endDate: string | null
}

/**
 * A month is owed for when the member is on the roster on at least one of its days: on its first day, or having
 * joined (建档/转入/接收) during it. A member who leaves during a month owes that month; one whose exit date
 * (the first day off the roster) is the 1st owes nothing for it.
 */
export function onRosterInMonth(periods: readonly RosterPeriod[], month: string): boolean {
  // Compared as text: any date of the month is <= `YYYY-MM-31`, so a start up to then is in or before it; an
  // end after `YYYY-MM-01` leaves at least the 1st on the roster.
  const first = firstDayOf(month)
  const last = `${month}-31`
  for (const p of periods) if (p.startDate <= last && (p.endDate === null || p.endDate > first)) return true
  return false
}

/** A dues base as the rule reads it. */
export interface BaseLike {
  fromMonth: string
  kind: DuesKind
  baseFen: number | null
}

/** The base in force in a month: the latest (live) one from that month or before; null before the first. */
export function baseInMonth<B extends BaseLike>(bases: readonly B[], month: string): B | null {
  let found: B | null = null
  for (const b of bases) if (b.fromMonth <= month && (!found || b.fromMonth > found.fromMonth)) found = b
  return found
}

/** Why a month is not owed, or null when it is. */
export type NotOwedReason = 'off_roster' | 'no_base'

export function notOwedReason(
  periods: readonly RosterPeriod[],
  bases: readonly BaseLike[],
  month: string,
): NotOwedReason | null {
  if (!onRosterInMonth(periods, month)) return 'off_roster'
  if (!baseInMonth(bases, month)) return 'no_base'
  return null
}

/** The computed dues of a month in 分, or null when the month is not owed. */
export function duesOfMonth(
  periods: readonly RosterPeriod[],
  bases: readonly BaseLike[],
  month: string,
  rules: DuesRules,
): number | null {
  if (!onRosterInMonth(periods, month)) return null
  const base = baseInMonth(bases, month)
  return base ? monthlyDuesFen(base.kind, base.baseFen, rules) : null
}

/** The longest run of consecutive months in a sorted list: `{ length, from, to }`. */
export function longestRun(months: readonly string[]): {
  length: number
  from: string | null
  to: string | null
} {
  let best = { length: 0, from: null as string | null, to: null as string | null }
  let start = 0
  for (let i = 0; i < months.length; i++) {
    if (i > 0 && monthsApart(months[i - 1] ?? '', months[i] ?? '') !== 1) start = i
    const length = i - start + 1
    if (length > best.length) best = { length, from: months[start] ?? null, to: months[i] ?? null }
  }
  return best
}
