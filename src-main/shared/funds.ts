// 资金台账 arithmetic, shared by the core and the screens: every amount is integer 分, every sum is checked to stay a
// safe integer (far beyond any base's money: 2^53 分 is some 90 trillion 元), so no total is ever a float.
import type { FundDirection, FundSourceKind } from './enums'
import { FUND_SOURCE_KINDS } from './enums'

/** The largest single entry: 100,000,000 元 (a 财政专项 of a district is far below it). */
export const MAX_ENTRY_FEN = 10_000_000_000

/** a + b in 分; throws if the sum would leave the exact integers (it never does for real ledgers). */
export function addFen(a: number, b: number): number {
  const sum = a + b
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(sum))
    throw new RangeError(`Amount out of the exact range: ${a} + ${b}`)
  return sum
}

/** The sum of amounts in 分, exact. */
export function sumFen(amounts: Iterable<number>): number {
  let total = 0
  for (const a of amounts) total = addFen(total, a)
  return total
}

/** One cell of the totals: money in, out, and the number of entries, in 分. */
export interface FundAmounts {
  inFen: number
  outFen: number
  /** 结余: in − out. */
  netFen: number
  entries: number
}

export const emptyAmounts = (): FundAmounts => ({ inFen: 0, outFen: 0, netFen: 0, entries: 0 })

/** Adds one tally row (an amount of a direction) to the cell. */
export function addToAmounts(
  cell: FundAmounts,
  direction: FundDirection,
  fen: number,
  entries: number,
): void {
  if (direction === 'in') {
    cell.inFen = addFen(cell.inFen, fen)
    cell.netFen = addFen(cell.netFen, fen)
  } else {
    cell.outFen = addFen(cell.outFen, fen)
    cell.netFen = addFen(cell.netFen, -fen)
  }
  cell.entries += entries
}

/** A row of the tally (or of a GROUP BY) as the totals read it. */
export interface FundTallyRow {
  year: number
  month: number
  sourceKind: FundSourceKind
  direction: FundDirection
  amountFen: number
  entries: number
}

export interface FundYearTotals extends FundAmounts {
  year: number
  /** Per source kind, in the order of FUND_SOURCE_KINDS; kinds without money that year are left out. */
  bySource: (FundAmounts & { sourceKind: FundSourceKind })[]
}

export interface FundMonthTotals extends FundAmounts {
  month: number
}

export interface FundTotalsTable extends FundAmounts {
  /** Newest year first. */
  years: FundYearTotals[]
  /** Every year together, per source kind (kinds that never had money are left out). */
  sources: (FundAmounts & { sourceKind: FundSourceKind })[]
  /** The 12 months of `monthsYear`, January first. */
  monthsYear: number
  months: FundMonthTotals[]
}

const sourceOrder = (k: FundSourceKind): number => FUND_SOURCE_KINDS.indexOf(k)

/**
 * The years × sources table, the grand totals and the months of one year, from tally rows (one per year, month,
 * source and direction). Rows with no entries left (all archived) count for nothing.
 */
export function totalsTable(rows: readonly FundTallyRow[], monthsYear: number): FundTotalsTable {
  const grand = emptyAmounts()
  const years = new Map<number, { total: FundAmounts; sources: Map<FundSourceKind, FundAmounts> }>()
  const sources = new Map<FundSourceKind, FundAmounts>()
  const months = Array.from({ length: 12 }, (_, i): FundMonthTotals => ({ month: i + 1, ...emptyAmounts() }))
  for (const r of rows) {
    if (r.entries === 0) continue
    let y = years.get(r.year)
    if (!y) years.set(r.year, (y = { total: emptyAmounts(), sources: new Map() }))
    let ys = y.sources.get(r.sourceKind)
    if (!ys) y.sources.set(r.sourceKind, (ys = emptyAmounts()))
    let s = sources.get(r.sourceKind)
    if (!s) sources.set(r.sourceKind, (s = emptyAmounts()))
    for (const cell of [grand, y.total, ys, s]) addToAmounts(cell, r.direction, r.amountFen, r.entries)
    const m = months[r.month - 1]
    if (r.year === monthsYear && m) addToAmounts(m, r.direction, r.amountFen, r.entries)
  }
  const bySource = (m: Map<FundSourceKind, FundAmounts>) =>
    [...m.entries()]
      .sort(([a], [b]) => sourceOrder(a) - sourceOrder(b))
      .map(([sourceKind, a]) => ({ sourceKind, ...a }))
  return {
    ...grand,
    years: [...years.entries()]
      .sort(([a], [b]) => b - a)
      .map(([year, y]) => ({ year, ...y.total, bySource: bySource(y.sources) })),
    sources: bySource(sources),
    monthsYear,
    months,
  }
}
