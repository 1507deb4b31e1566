// 资金台账 arithmetic (shared/funds.ts): sums stay exact integers of 分 or refuse loudly, and the totals table groups
// tally rows per year and source (newest year first, sources in their listed order), with the months of one year.
import { describe, expect, it } from 'vitest'
import { addFen, sumFen, totalsTable, type FundTallyRow } from '../../src-main/shared/funds'

describe('sums in 分', () => {
  it('adds exactly, and refuses what would leave the exact integers instead of rounding', () => {
    expect(sumFen([1, 2, 999_999_999_97])).toBe(1_000_000_000_00)
    // 0.1 + 0.2 in 元 would be 0.30000000000000004; in 分 it is 30.
    expect(sumFen([10, 20])).toBe(30)
    expect(() => addFen(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError)
    expect(() => addFen(0.5, 1)).toThrow(RangeError)
  })
})

describe('totalsTable', () => {
  const row = (r: Partial<FundTallyRow>): FundTallyRow => ({
    year: 2025,
    month: 1,
    sourceKind: 'donation',
    direction: 'in',
    amountFen: 100,
    entries: 1,
    ...r,
  })

  it('groups per year and source, in/out/net, newest year first, and the months of the asked year', () => {
    const table = totalsTable(
      [
        row({ year: 2025, month: 3, sourceKind: 'donation', amountFen: 1_000 }),
        row({ year: 2025, month: 3, sourceKind: 'fiscal_special', amountFen: 50_000 }),
        row({
          year: 2025,
          month: 4,
          sourceKind: 'fiscal_special',
          direction: 'out',
          amountFen: 20_001,
          entries: 2,
        }),
        row({ year: 2026, month: 1, sourceKind: 'donation', amountFen: 7 }),
        // Every entry of the cell archived: counts for nothing.
        row({ year: 2024, month: 1, sourceKind: 'other', amountFen: 0, entries: 0 }),
      ],
      2025,
    )
    expect(table.years.map((y) => y.year)).toEqual([2026, 2025])
    const y2025 = table.years[1]
    expect(y2025?.bySource.map((c) => c.sourceKind)).toEqual(['fiscal_special', 'donation'])
    expect(y2025?.bySource[0]).toMatchObject({ inFen: 50_000, outFen: 20_001, netFen: 29_999, entries: 3 })
    expect([y2025?.inFen, y2025?.outFen, y2025?.netFen]).toEqual([51_000, 20_001, 30_999])
    expect([table.inFen, table.outFen, table.netFen, table.entries]).toEqual([51_007, 20_001, 31_006, 5])
    expect(table.sources.map((s) => [s.sourceKind, s.inFen])).toEqual([
      ['fiscal_special', 50_000],
      ['donation', 1_007],
    ])
    expect(table.months).toHaveLength(12)
    expect(table.months[2]).toMatchObject({ month: 3, inFen: 51_000, outFen: 0 })
    expect(table.months[3]).toMatchObject({ month: 4, inFen: 0, outFen: 20_001, netFen: -20_001 })
    expect(table.months[0]).toMatchObject({ inFen: 0, entries: 0 })
  })
})
