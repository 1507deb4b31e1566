// 资金台账 through dispatch on a real database, today 2026-11-27: 100,000 random amounts summed exactly in the
// totals and in the Excel read back; yearly totals of a worked example by hand (an archived entry no longer counts);
// refusals that change nothing; list filters and their sums; edits only of descriptive fields; a tranche payment's
// entry archived only from its venture project; who may read and write; the audit; the tally equal to a fresh
// GROUP BY after random inserts and archives.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { FundTotals } from '../../src-main/shared/entities'
import type { FundSourceKind } from '../../src-main/shared/enums'
import { FUND_SOURCE_KINDS } from '../../src-main/shared/enums'
import { fenToYuan as yuan } from '../../src-main/shared/money'
import { freshBase, orgDraft, snapshotCounts, type Caller, type TestBase } from './helpers'

const TODAY = '2026-11-27'
let base: TestBase
let frontDesk: Caller
let seq = 0

beforeEach(async () => {
  base = await freshBase({ today: TODAY })
  frontDesk = await base.as(['front_desk'])
  seq = 0
}, 20_000)
afterEach(() => base.close())

async function organization(name: string): Promise<number> {
  seq += 1
  const org = await frontDesk.ok(
    'organization.create',
    orgDraft({
      name: `${name}${seq}`,
      shortName: null,
      uscc: null,
      legalType: 'filed',
      acceptWarnings: true,
    }),
  )
  return org.id
}

type SaveInput = ChannelInput<'fund.save'>
const draft = (overrides: Partial<SaveInput> = {}): SaveInput => ({
  date: '2026-03-01',
  direction: 'in',
  amountYuan: '1000',
  sourceKind: 'fiscal_special',
  organizationId: null,
  summary: '区民政局拨付孵化运营经费',
  ...overrides,
})
const record = (overrides: Partial<SaveInput> = {}) => frontDesk.ok('fund.save', draft(overrides))

/** A small deterministic generator (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type CellValue = string | number | Date | null

async function readSheet(contentBase64: string): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  const rows: CellValue[][] = []
  sheet.eachRow((row) => {
    const values = row.values as (CellValue | undefined)[]
    rows.push(values.slice(1).map((v) => v ?? null))
  })
  return rows
}

/**
 * A money cell as 分: it must be a number cell (元, so a spreadsheet can sum it), and 元 × 100 rounds back to
 * exactly the 分 it was made from.
 */
function fenOf(cell: CellValue | undefined): number {
  if (typeof cell !== 'number') throw new Error(`not a money cell: ${String(cell)}`)
  return Math.round(cell * 100)
}

describe('money in 分, summed exactly', () => {
  it('sums 100,000 random amounts exactly in the totals, the list and the Excel read back', async () => {
    const next = random(20261127)
    const insert = base.db.prepare(
      `INSERT INTO fund_entry (date, direction, amount_fen, source_kind, summary, created_by, created_at)
       VALUES (?, ?, ?, ?, '随机金额', 'test', '2026-11-27T09:00:00')`,
    )
    // The expected sums in BigInt: no float and no JavaScript number on the way.
    let expectedIn = 0n
    let expectedOut = 0n
    let expectedDonation2025 = 0n
    base.db.transaction(() => {
      for (let i = 0; i < 100_000; i++) {
        // Up to 10,000,000.00 元 with random 分, so that any float rounding would show in the last digit.
        const fen = 1 + Math.floor(next() * 1_000_000_000)
        const year = 2024 + Math.floor(next() * 3)
        const month = String(1 + Math.floor(next() * 12)).padStart(2, '0')
        const direction = next() < 0.7 ? 'in' : 'out'
        const source = FUND_SOURCE_KINDS[Math.floor(next() * FUND_SOURCE_KINDS.length)] as FundSourceKind
        insert.run(`${year}-${month}-15`, direction, fen, source)
        if (direction === 'in') expectedIn += BigInt(fen)
        else expectedOut += BigInt(fen)
        if (direction === 'in' && year === 2025 && source === 'donation') expectedDonation2025 += BigInt(fen)
      }
    })()
    const totals = await frontDesk.ok('fund.totals', {})
    expect(BigInt(totals.inFen)).toBe(expectedIn)
    expect(BigInt(totals.outFen)).toBe(expectedOut)
    expect(BigInt(totals.netFen)).toBe(expectedIn - expectedOut)
    expect(totals.entries).toBe(100_000)
    const donation2025 = totals.years
      .find((y) => y.year === 2025)
      ?.bySource.find((c) => c.sourceKind === 'donation')
    expect(BigInt(donation2025?.inFen ?? -1)).toBe(expectedDonation2025)
    // The yearly rows add up to the grand total.
    expect(totals.years.reduce((a, y) => a + BigInt(y.inFen), 0n)).toBe(expectedIn)

    const list = await frontDesk.ok('fund.list', { page: 1, pageSize: 20 })
    expect(list.total).toBe(100_000)
    expect(BigInt(list.inFen)).toBe(expectedIn)
    expect(BigInt(list.outFen)).toBe(expectedOut)

    // The totals sheet: its last row is the grand total, a money cell exact to the 分.
    const totalsFile = await frontDesk.ok('fund.export', { table: 'totals', labels: {} })
    const totalsRows = await readSheet(totalsFile.contentBase64)
    expect(totalsRows[0]?.slice(0, 5)).toEqual(['年度', '资金来源', '收入（元）', '支出（元）', '结余（元）'])
    const grand = totalsRows.at(-1) ?? []
    expect(grand[0]).toBe('合计')
    expect(BigInt(fenOf(grand[2]))).toBe(expectedIn)
    expect(BigInt(fenOf(grand[3]))).toBe(expectedOut)
    expect(BigInt(fenOf(grand[4]))).toBe(expectedIn - expectedOut)

    // The ledger sheet: each of the 100,000 amounts read back, summed again, equals the sum; and the sum row too.
    const ledgerFile = await frontDesk.ok('fund.export', { table: 'ledger', labels: {} })
    expect(ledgerFile.rows).toBe(100_000)
    const ledgerRows = await readSheet(ledgerFile.contentBase64)
    let readIn = 0n
    let readOut = 0n
    for (const row of ledgerRows.slice(1, -1)) {
      if (row[1] === '收入') readIn += BigInt(fenOf(row[3]))
      else readOut += BigInt(fenOf(row[3]))
    }
    expect(readIn).toBe(expectedIn)
    expect(readOut).toBe(expectedOut)
    const sumRow = ledgerRows.at(-1) ?? []
    expect(sumRow[0]).toBe('合计')
    expect(BigInt(fenOf(sumRow[4]))).toBe(expectedIn)
    expect(BigInt(fenOf(sumRow[5]))).toBe(expectedOut)
    // Dates are date cells (the wall-clock day, as exceljs reads it back in UTC).
    expect(ledgerRows[1]?.[0]).toBeInstanceOf(Date)
  }, 120_000)

  it('keeps the 分 of an amount typed in 元', async () => {
    const e = await record({ amountYuan: '￥3,200.07' })
    expect(e.amountFen).toBe(320_007)
    const f = await record({ amountYuan: '0.1' })
    expect(f.amountFen).toBe(10)
  })
})

describe('yearly totals, a worked example', () => {
  it('adds per year and source, in, out and net, for the base and one organisation; an archived entry leaves', async () => {
    const a = await organization('春风助老')
    const b = await organization('阳光助学')
    // 2025: base 财政专项 in 50,000.00; a 福彩 in 20,000.00; a out 福彩 8,000.50; b 捐赠 in 3,000.25
    await record({ date: '2025-02-10', amountYuan: '50000', sourceKind: 'fiscal_special' })
    await record({
      date: '2025-04-01',
      amountYuan: '20000',
      sourceKind: 'welfare_lottery',
      organizationId: a,
    })
    await record({
      date: '2025-09-30',
      direction: 'out',
      amountYuan: '8000.50',
      sourceKind: 'welfare_lottery',
      organizationId: a,
    })
    await record({ date: '2025-12-31', amountYuan: '3000.25', sourceKind: 'donation', organizationId: b })
    // 2026: a 捐赠 in 1,000.00 and 500.00 (March); a 捐赠 in 999.99 archived (never counts)
    await record({ date: '2026-03-02', amountYuan: '1000', sourceKind: 'donation', organizationId: a })
    await record({ date: '2026-03-20', amountYuan: '500', sourceKind: 'donation', organizationId: a })
    const wrong = await record({
      date: '2026-05-01',
      amountYuan: '999.99',
      sourceKind: 'donation',
      organizationId: a,
    })
    await frontDesk.ok('fund.archive', { id: wrong.id, reason: '重复登记' })

    const all = await frontDesk.ok('fund.totals', { year: 2026 })
    const cell = (t: FundTotals, year: number, source: FundSourceKind) =>
      t.years.find((y) => y.year === year)?.bySource.find((c) => c.sourceKind === source)
    expect(all.years.map((y) => y.year)).toEqual([2026, 2025])
    const y2025 = all.years[1]
    expect([y2025?.inFen, y2025?.outFen, y2025?.netFen, y2025?.entries]).toEqual([
      7_300_025, 800_050, 6_499_975, 4,
    ])
    expect(cell(all, 2025, 'welfare_lottery')).toMatchObject({
      inFen: 2_000_000,
      outFen: 800_050,
      netFen: 1_199_950,
    })
    expect(cell(all, 2025, 'fiscal_special')).toMatchObject({ inFen: 5_000_000, outFen: 0, entries: 1 })
    expect(cell(all, 2026, 'donation')).toMatchObject({ inFen: 150_000, outFen: 0, entries: 2 })
    expect([all.inFen, all.outFen, all.netFen, all.entries]).toEqual([7_450_025, 800_050, 6_649_975, 6])
    expect(all.sources.find((c) => c.sourceKind === 'donation')).toMatchObject({ inFen: 450_025, entries: 3 })
    // The months of 2026: March only (the archived May entry is gone).
    expect(all.months[2]).toMatchObject({ month: 3, inFen: 150_000, entries: 2 })
    expect(all.months[4]).toMatchObject({ month: 5, inFen: 0, entries: 0 })

    const ofA = await frontDesk.ok('fund.totals', { organizationId: a })
    expect(ofA.organizationName).toMatch(/^春风助老/)
    expect([ofA.inFen, ofA.outFen, ofA.netFen]).toEqual([2_150_000, 800_050, 1_349_950])
    expect(cell(ofA, 2025, 'fiscal_special')).toBeUndefined()
    const ofB = await frontDesk.ok('fund.totals', { organizationId: b })
    expect(ofB.years.map((y) => [y.year, y.inFen])).toEqual([[2025, 300_025]])
  })
})

describe('refusals change nothing', () => {
  it('refuses a future date, a zero, negative, malformed or 3-decimal amount, with the field named', async () => {
    const before = snapshotCounts(base.db)
    const future = await frontDesk.err('fund.save', draft({ date: '2026-11-28' }))
    expect(future.fields?.date?.message).toBe('日期不能晚于今天（2026-11-27）：台账只登记已经发生的收支。')
    for (const [amountYuan, text] of [
      ['0', '金额须大于 0 元'],
      ['-5', '金额只能填写数字'],
      ['12.345', '最多精确到分'],
      ['一千', '金额只能填写数字'],
      ['', '请填写金额'],
      ['100000001', '单笔金额不能超过 100,000,000.00 元'],
    ] as const) {
      const e = await frontDesk.err('fund.save', draft({ amountYuan }))
      expect(e.code).toBe('VALIDATION')
      expect(e.fields?.amountYuan?.message).toContain(text)
    }
    const noSummary = await frontDesk.err('fund.save', draft({ summary: '  ' }))
    expect(noSummary.fields?.summary).toBeDefined()
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('refuses a project of another organisation, and an archived organisation', async () => {
    const a = await organization('春风助老')
    const b = await organization('阳光助学')
    const project = Number(
      base.db
        .prepare(
          `INSERT INTO service_project (organization_id, name, category, start_date, created_by, created_at, updated_at)
           VALUES (?, '幸福来敲门', 'elderly_orphan_sick_disabled', '2025-01-01', 't', 't', 't')`,
        )
        .run(a).lastInsertRowid,
    )
    const before = snapshotCounts(base.db)
    const wrong = await frontDesk.err('fund.save', draft({ organizationId: b, serviceProjectId: project }))
    expect(wrong.fields?.serviceProjectId?.message).toMatch(
      /服务项目“幸福来敲门”属于“春风助老\d+”，不是所选组织的项目/,
    )
    expect(snapshotCounts(base.db)).toEqual(before)
    // A project alone: the entry belongs to the project's organisation.
    const own = await record({ serviceProjectId: project })
    expect([own.organizationId, own.serviceProjectName]).toEqual([a, '幸福来敲门'])
    await frontDesk.ok('organization.archive', { id: b, reason: '注销' })
    const archived = await frontDesk.err('fund.save', draft({ organizationId: b }))
    expect(archived.fields?.organizationId?.message).toContain('已归档，不能再登记它的收支')
  })

  it('changes only descriptive fields; amount, date, direction, source go by 冲销 and a new entry', async () => {
    const e = await record({ amountYuan: '1000', documentNo: '记-01' })
    const before = snapshotCounts(base.db)
    const changed = await frontDesk.err('fund.save', { ...draft({ amountYuan: '1001' }), id: e.id })
    expect(changed.fields?.amountYuan?.message).toContain('请先冲销这笔收支')
    const moved = await frontDesk.err('fund.save', {
      ...draft({ date: '2026-03-02', sourceKind: 'donation' }),
      id: e.id,
    })
    expect(Object.keys(moved.fields ?? {}).sort()).toEqual(['date', 'sourceKind'])
    expect(snapshotCounts(base.db)).toEqual(before)
    const edited = await frontDesk.ok('fund.save', {
      ...draft({ amountYuan: '1,000.00', summary: '区民政局拨付 2026 年孵化运营经费', documentNo: '记-02' }),
      id: e.id,
    })
    expect([edited.summary, edited.documentNo, edited.amountFen]).toEqual([
      '区民政局拨付 2026 年孵化运营经费',
      '记-02',
      100_000,
    ])
    await frontDesk.ok('fund.archive', { id: e.id, reason: '金额录错' })
    const again = await frontDesk.err('fund.archive', { id: e.id, reason: '再冲销' })
    expect(again.message).toContain('已于 2026-11-27 冲销')
    const edit = await frontDesk.err('fund.save', { ...draft(), id: e.id })
    expect(edit.code).toBe('CONFLICT')
  })

  it('leaves a 公益创投 tranche payment to its project: shown, never archived here', async () => {
    const org = await organization('春风助老')
    const db = base.db
    const round = db
      .prepare(
        `INSERT INTO venture_round (name, year, source_kind, tranche_plan, created_by, created_at, updated_at)
         VALUES ('第三届公益创投', 2026, 'welfare_lottery', '60/40', 't', 't', 't')`,
      )
      .run().lastInsertRowid
    const project = db
      .prepare(
        `INSERT INTO venture_project (round_id, organization_id, title, category, grant_fen, stage, stage_date,
           created_by, created_at, updated_at)
         VALUES (?, ?, '四点半课堂', 'education', 5000000, 'first_paid', '2026-05-01', 't', 't', 't')`,
      )
      .run(round, org).lastInsertRowid
    const entry = db
      .prepare(
        `INSERT INTO fund_entry (date, direction, amount_fen, source_kind, organization_id, venture_project_id,
           summary, created_by, created_at)
         VALUES ('2026-05-01', 'out', 3000000, 'welfare_lottery', ?, ?, '首期拨付', 't', 't')`,
      )
      .run(org, project).lastInsertRowid
    db.prepare(
      `INSERT INTO venture_tranche (project_id, seq, percent_bp, amount_fen, trigger, paid_on, fund_entry_id, paid_by)
       VALUES (?, 1, 6000, 3000000, 'signing', '2026-05-01', ?, 't')`,
    ).run(project, entry)
    const list = await frontDesk.ok('fund.list', { organizationId: org })
    expect(list.items[0]).toMatchObject({
      fromTranche: true,
      ventureProjectTitle: '四点半课堂',
      amountFen: 3_000_000,
    })
    expect(list.outFen).toBe(3_000_000)
    const totals = await frontDesk.ok('fund.totals', { organizationId: org })
    expect(totals.outFen).toBe(3_000_000)
    const refused = await frontDesk.err('fund.archive', { id: Number(entry), reason: '录错' })
    expect(refused.message).toBe(
      '这笔支出是公益创投项目“四点半课堂”第 1 笔拨付的记录，只能在该项目的拨付中处理，不能在资金台账里修改或冲销。',
    )
  })
})

describe('the list', () => {
  it('filters by year, range, direction, source, organisation and text, with the sums of all matching rows', async () => {
    const a = await organization('春风助老')
    await record({
      date: '2024-06-01',
      amountYuan: '100',
      sourceKind: 'donation',
      counterparty: '烟台爱心企业',
    })
    await record({ date: '2025-06-01', amountYuan: '200.50', sourceKind: 'donation', organizationId: a })
    await record({
      date: '2025-07-01',
      direction: 'out',
      amountYuan: '50.25',
      sourceKind: 'donation',
      organizationId: a,
    })
    await record({
      date: '2025-08-01',
      amountYuan: '300',
      sourceKind: 'fiscal_special',
      documentNo: 'FS-2025-08',
    })
    const gone = await record({ date: '2025-09-01', amountYuan: '999' })
    await frontDesk.ok('fund.archive', { id: gone.id, reason: '录错' })

    const y2025 = await frontDesk.ok('fund.list', { year: 2025, pageSize: 20 })
    expect(y2025.items.map((e) => e.date)).toEqual(['2025-08-01', '2025-07-01', '2025-06-01'])
    expect([y2025.total, y2025.inFen, y2025.outFen, y2025.netFen]).toEqual([3, 50_050, 5_025, 45_025])
    const withArchived = await frontDesk.ok('fund.list', { year: 2025, includeArchived: true })
    expect(withArchived.total).toBe(4)
    expect(withArchived.items[0]?.archiveReason).toBe('录错')
    expect(withArchived.inFen).toBe(50_050) // the archived entry is listed, never summed
    const range = await frontDesk.ok('fund.list', { from: '2024-01-01', to: '2025-06-30' })
    expect([range.total, range.inFen]).toEqual([2, 30_050])
    const out = await frontDesk.ok('fund.list', { direction: 'out' })
    expect([out.total, out.outFen, out.netFen]).toEqual([1, 5_025, -5_025])
    const ofA = await frontDesk.ok('fund.list', { organizationId: a, sourceKind: 'donation' })
    expect([ofA.total, ofA.netFen]).toEqual([2, 15_025])
    const text = await frontDesk.ok('fund.list', { search: '爱心' })
    expect(text.items.map((e) => e.counterparty)).toEqual(['烟台爱心企业'])
    const doc = await frontDesk.ok('fund.list', { search: 'fs-2025' })
    expect(doc.items.map((e) => e.documentNo)).toEqual(['FS-2025-08'])
    const page2 = await frontDesk.ok('fund.list', { page: 2, pageSize: 20 })
    expect([page2.items.length, page2.total, page2.inFen]).toEqual([0, 4, 60_050])
  })
})

describe('who may', () => {
  it('lets the 支部书记 read but not write, and keeps the mentor out', async () => {
    const e = await record()
    const secretary = await base.as(['branch_secretary'])
    expect((await secretary.ok('fund.list', {})).total).toBe(1)
    expect((await secretary.ok('fund.totals', {})).inFen).toBe(100_000)
    expect((await secretary.err('fund.save', draft())).code).toBe('FORBIDDEN')
    expect((await secretary.err('fund.archive', { id: e.id, reason: 'x' })).code).toBe('FORBIDDEN')
    const mentor = await base.as(['mentor'])
    expect((await mentor.err('fund.list', {})).code).toBe('FORBIDDEN')
    expect((await mentor.err('fund.totals', {})).code).toBe('FORBIDDEN')
  })

  it('audits every write with the amount, and the reason of a 冲销', async () => {
    const e = await record({ amountYuan: '12.34' })
    await frontDesk.ok('fund.save', { ...draft({ amountYuan: '12.34', summary: '改摘要' }), id: e.id })
    await frontDesk.ok('fund.archive', { id: e.id, reason: '重复登记' })
    const rows = base.db
      .prepare("SELECT actor, before_json, after_json FROM audit_log WHERE entity = 'fund_entry' ORDER BY id")
      .all() as { actor: string; before_json: string | null; after_json: string }[]
    expect(rows).toHaveLength(3)
    expect(JSON.parse(rows[0]?.after_json ?? '{}')).toMatchObject({ amountFen: 1234, amountYuan: '12.34' })
    expect(JSON.parse(rows[1]?.after_json ?? '{}')).toMatchObject({ summary: '改摘要' })
    expect(JSON.parse(rows[2]?.after_json ?? '{}')).toEqual({ archived: true, reason: '重复登记' })
  })

  it('stores one attachment per entry and gives it back', async () => {
    const e = await record()
    const saved = await frontDesk.ok('fund.attachmentAdd', {
      entryId: e.id,
      fileName: '拨款凭证.pdf',
      contentBase64: Buffer.from('凭证').toString('base64'),
    })
    expect([saved.attachmentName, saved.attachmentSize]).toEqual(['拨款凭证.pdf', 6])
    const back = await frontDesk.ok('fund.attachmentGet', { id: e.id })
    expect(Buffer.from(back.contentBase64, 'base64').toString()).toBe('凭证')
  })
})

describe('the tally', () => {
  it('equals a fresh GROUP BY of the live entries after random inserts and archives', async () => {
    const orgs = [await organization('甲'), await organization('乙'), await organization('丙')]
    const next = random(7)
    const ids: number[] = []
    for (let i = 0; i < 150; i++) {
      const pick = Math.floor(next() * 4)
      const e = await record({
        date: `202${4 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 10)}`,
        direction: next() < 0.6 ? 'in' : 'out',
        amountYuan:
          `${Math.floor(next() * 100000)}.${String(Math.floor(next() * 100)).padStart(2, '0')}`.replace(
            /^0\.00$/,
            '0.01',
          ),
        sourceKind: FUND_SOURCE_KINDS[Math.floor(next() * FUND_SOURCE_KINDS.length)] as FundSourceKind,
        organizationId: pick === 3 ? null : (orgs[pick] ?? null),
      })
      ids.push(e.id)
      // Now and then an entry's organisation is corrected in place: its money moves between the organisations.
      if (next() < 0.2) {
        const moved = ids[Math.floor(next() * ids.length)]
        const target = Math.floor(next() * 4)
        const row = base.db
          .prepare('SELECT date, direction, amount_fen, source_kind, summary FROM fund_entry WHERE id = ?')
          .get(moved) as {
          date: string
          direction: 'in' | 'out'
          amount_fen: number
          source_kind: FundSourceKind
          summary: string
        }
        await frontDesk.ok('fund.save', {
          id: moved,
          date: row.date,
          direction: row.direction,
          amountYuan: yuan(row.amount_fen),
          sourceKind: row.source_kind,
          organizationId: target === 3 ? null : (orgs[target] ?? null),
          summary: row.summary,
        })
      }
      if (next() < 0.3) {
        const victim = ids.splice(Math.floor(next() * ids.length), 1)[0]
        if (victim !== undefined) await frontDesk.ok('fund.archive', { id: victim, reason: '随机冲销' })
      }
    }
    const fresh = base.db
      .prepare(
        `SELECT scope_id, year, CAST(substr(date, 6, 2) AS INTEGER) AS month, source_kind, direction,
           sum(amount_fen) AS amount_fen, count(*) AS entries
         FROM (SELECT 0 AS scope_id, * FROM fund_entry UNION ALL
               SELECT organization_id AS scope_id, * FROM fund_entry WHERE organization_id IS NOT NULL)
         WHERE archived_at IS NULL
         GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
      )
      .all()
    const tally = base.db
      .prepare(
        `SELECT scope_id, year, month, source_kind, direction, amount_fen, entries FROM fund_tally
         WHERE entries > 0 ORDER BY 1, 2, 3, 4, 5`,
      )
      .all()
    expect(fresh.length).toBeGreaterThan(50)
    expect(tally).toEqual(fresh)
  }, 60_000)
})
