// 年度工作报告: crafted residents and ledger entries give the figures set up; the demo base's report agrees with each
// module's own screen; areas follow the roles; the workbook says exactly what the summary says; no ID number or
// phone ever reaches it.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnualReport, ReportTable } from '../../src-main/shared/entities'
import { completeUscc, orgCodeCheckChar } from '../../src-main/core/lib/uscc'
import { freshBase, orgDraft, type Caller, type TestBase } from './helpers'

const table = (report: AnnualReport, key: string): ReportTable => {
  for (const area of report.areas) for (const t of area.tables) if (t.key === key) return t
  throw new Error(`no table ${key} in ${report.areas.map((a) => a.key).join(',')}`)
}
/** The value of an item row (`[item, value]`) of a key-figures table. */
const figure = (t: ReportTable, item: string): unknown => {
  const row = t.rows.find((r) => r[0] === item || (typeof r[0] === 'string' && r[0].startsWith(item)))
  if (!row) throw new Error(`no row ${item} in ${t.key}: ${JSON.stringify(t.rows)}`)
  return row[1]
}
/** A row without its trailing empty cells (the sheet does not keep them). */
const trimmed = (row: readonly unknown[]): unknown[] => {
  const out = [...row]
  while (out.length > 0 && out.at(-1) === null) out.pop()
  return out
}
const counts = (t: ReportTable): Record<string, unknown> =>
  Object.fromEntries(t.rows.map((r): [string, unknown] => [String(r[0]), r[1]]))

async function workbookOf(contentBase64: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer)
  return book
}
const sheetRows = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1)
    rows[n - 1] = values.map((v) => (v === undefined ? null : v))
  })
  return Array.from(rows, (r) => r ?? [])
}

describe('annual report on crafted records', () => {
  let base: TestBase
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    base = await freshBase({ today: '2026-11-27' })
    let n = 0
    const prefix: Record<string, string> = {
      social_group: '51',
      private_non_enterprise: '52',
      foundation: '53',
    }
    const create = async (key: string, overrides: Parameters<typeof orgDraft>[0]) => {
      n++
      const org = await base.ok(
        'organization.create',
        orgDraft({
          name: `烟台市报告测试组织${'甲乙丙丁戊'[n - 1]}`,
          shortName: null,
          uscc: completeUscc(
            `${prefix[overrides?.legalType ?? 'social_group']}370600MJD0000${n}${orgCodeCheckChar(`MJD0000${n}`)}`,
          ),
          ...overrides,
        }),
      )
      ids[key] = org.id
    }
    const stage = (key: string, s: 'graduated' | 'exited' | 'resident', date: string) =>
      base.ok('organization.changeStage', { id: ids[key] ?? 0, stage: s, date, note: '测试' })
    // A: in residence since 2025; B: entered in 2026; C: resident 2024, 出壳 2026; D: resident 2025, 退出 2026;
    // E: only applied. Legal types and service areas set so the breakdowns have known counts.
    await create('A', { stage: 'resident', stageDate: '2025-03-01', serviceAreas: ['youth', 'environment'] })
    await create('B', {
      stage: 'resident',
      stageDate: '2026-02-01',
      legalType: 'private_non_enterprise',
      serviceAreas: ['youth'],
    })
    await create('C', { stage: 'resident', stageDate: '2024-01-10', serviceAreas: ['mental_health'] })
    await stage('C', 'graduated', '2026-06-30')
    await create('D', { stage: 'resident', stageDate: '2025-01-05', legalType: 'foundation' })
    await stage('D', 'exited', '2026-03-01')
    await create('E', { stage: 'applied', stageDate: '2026-05-01' })
    // Ledger: two inflows and one outflow in 2026, one inflow in 2025 (not in the 2026 report).
    const entry = (
      date: string,
      direction: 'in' | 'out',
      amountYuan: string,
      sourceKind: 'donation' | 'reward',
    ) =>
      base.ok('fund.save', {
        date,
        direction,
        amountYuan,
        sourceKind,
        organizationId: null,
        serviceProjectId: null,
        ventureProjectId: null,
        counterparty: null,
        summary: '测试',
        documentNo: null,
      })
    await entry('2026-03-02', 'in', '1,000.50', 'donation')
    await entry('2026-04-02', 'in', '200', 'donation')
    await entry('2026-05-02', 'out', '300.25', 'donation')
    await entry('2026-06-02', 'in', '5000', 'reward')
    await entry('2025-06-02', 'in', '999', 'reward')
  })
  afterAll(() => base.close())

  it('counts the residents of the year: in residence on the date, entered, graduated, exited', async () => {
    const report = await base.ok('report.summary', { year: 2026, labels: {} })
    expect(report.title).toBe('测试孵化基地 2026 年度工作报告')
    expect(report.asOf).toBe('2026-11-27')
    expect(report.inProgress).toBe(true)
    const key = counts(table(report, 'residents.key'))
    expect(key).toEqual({
      在驻组织数: 2,
      本年度在驻过的组织数: 4,
      本年新入驻: 1,
      本年出壳: 1,
      本年退出: 1,
    })
    expect(counts(table(report, 'residents.stage'))).toMatchObject({
      入驻: 2,
      出壳: 1,
      退出: 1,
      申请: 1,
      评审: 0,
    })
    expect(counts(table(report, 'residents.legalType'))).toMatchObject({
      社会团体: 1,
      民办非企业单位: 1,
      基金会: 0,
    })
    expect(counts(table(report, 'residents.serviceArea'))).toMatchObject({
      青少年: 2,
      环境保护: 1,
      心理健康: 0,
    })

    // 2025, a closed year: read on 12-31 (A, C and D in residence; A and D entered in 2025).
    const last = await base.ok('report.summary', { year: 2025, labels: {} })
    expect(last.asOf).toBe('2025-12-31')
    expect(last.inProgress).toBe(false)
    expect(counts(table(last, 'residents.key'))).toEqual({
      在驻组织数: 3,
      本年度在驻过的组织数: 3,
      本年新入驻: 2,
      本年出壳: 0,
      本年退出: 0,
    })
  })

  it('totals the ledger by source and direction, in 分, for the year only', async () => {
    const report = await base.ok('report.summary', { year: 2026, labels: {} })
    const funds = table(report, 'projects.funds')
    expect(funds.rows).toEqual([
      ['奖励拨款', 500000, 0, 500000, 1],
      ['社会捐赠', 120050, 30025, 90025, 3],
      ['合计', 620050, 30025, 590025, 4],
    ])
    // The same as the ledger's own statistics screen.
    const totals = await base.ok('fund.totals', { year: 2026 })
    const year = totals.years.find((y) => y.year === 2026)
    expect(funds.rows.at(-1)?.slice(1)).toEqual([year?.inFen, year?.outFen, year?.netFen, year?.entries])
  })

  it('writes the workbook with a sheet per area and the figures of the summary (money in 元)', async () => {
    const report = await base.ok('report.summary', { year: 2026, labels: {} })
    const file = await base.ok('report.export', { year: 2026, labels: {} })
    expect(file.fileName).toBe('测试孵化基地 2026 年度工作报告-2026-11-27.xlsx')
    const book = await workbookOf(file.contentBase64)
    expect(book.worksheets.map((s) => s.name)).toEqual(report.areas.map((a) => a.title))
    const projects = sheetRows(book.getWorksheet('项目与资金') as ExcelJS.Worksheet)
    const at = projects.findIndex((r) => r[0] === '资金台账（按资金来源）')
    expect(projects[at + 1]).toEqual(['资金来源', '收入（元）', '支出（元）', '结余（元）', '笔数'])
    expect(projects[at + 3]).toEqual(['社会捐赠', 1200.5, 300.25, 900.25, 3])
    expect(projects[at + 4]).toEqual(['合计', 6200.5, 300.25, 5900.25, 4])
    // The residents' sheet ends with the list of the year's residents (names, no phones).
    const residents = sheetRows(book.getWorksheet('入驻组织') as ExcelJS.Worksheet)
    const list = residents.findIndex((r) => r[0] === '本年度在驻组织名单')
    const names = residents
      .slice(list + 2)
      .map((r) => r[0])
      .filter(Boolean)
    expect(names.sort()).toEqual(
      ['烟台市报告测试组织甲', '烟台市报告测试组织乙', '烟台市报告测试组织丙', '烟台市报告测试组织丁'].sort(),
    )
    expect(JSON.stringify(residents)).not.toContain('13512345678')
  })

  it('refuses a year still to come, in Chinese, and audits each export', async () => {
    const error = await base.err('report.summary', { year: 2027, labels: {} })
    expect(error.fields?.year?.message).toBe('2027 年还没有开始，年度报告只能选今年（2026 年）或以前的年份。')
    const before = base.db
      .prepare("SELECT count(*) FROM audit_log WHERE entity = 'export'")
      .pluck()
      .get() as number
    await base.ok('report.export', { year: 2026, labels: {} })
    const audit = base.db
      .prepare("SELECT count(*) AS n, max(after_json) AS after FROM audit_log WHERE entity = 'export'")
      .get() as { n: number; after: string }
    expect(audit.n).toBe(before + 1)
    expect(audit.after).toContain('annualReport')
  })

  it('uses the words the renderer sends', async () => {
    const report = await base.ok('report.summary', {
      year: 2026,
      labels: {
        'w.areaResidents': 'Organizations',
        'w.inResidence': 'In residence',
        'stage.resident': 'Resident',
      },
    })
    expect(report.areas[0]?.title).toBe('Organizations')
    expect(counts(table(report, 'residents.key'))['In residence']).toBe(2)
    expect(counts(table(report, 'residents.stage')).Resident).toBe(2)
  })
})

describe('annual report on the demo base', () => {
  let base: TestBase
  let secretary: Caller
  beforeAll(async () => {
    base = await freshBase({ today: '2026-11-27' })
    await base.ok('demo.load', {})
    secretary = await base.as(['branch_secretary'])
  }, 120_000)
  afterAll(() => base.close())

  it('shows only the areas a role may read', async () => {
    const areas = async (caller: Caller) =>
      (await caller.ok('report.summary', { year: 2026, labels: {} })).areas.map((a) => a.key)
    expect(await areas(secretary)).toEqual([
      'residents',
      'space',
      'coaching',
      'projects',
      'coverage',
      'branch',
    ])
    // 管理员 has no branch.read / dues.read: no branch sheet.
    expect(await areas(base)).toEqual(['residents', 'space', 'coaching', 'projects', 'coverage'])
    // 导师: projects without the ledger (no fund.read), no branch.
    const mentor = await base.as(['mentor'])
    const report = await mentor.ok('report.summary', { year: 2026, labels: {} })
    expect(report.areas.map((a) => a.key)).toEqual(['residents', 'space', 'coaching', 'projects', 'coverage'])
    expect(report.areas.find((a) => a.key === 'projects')?.tables.map((t) => t.key)).not.toContain(
      'projects.funds',
    )
    const book = await workbookOf(
      (await mentor.ok('report.export', { year: 2026, labels: {} })).contentBase64,
    )
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '入驻组织',
      '空间管理',
      '陪伴指导',
      '项目与资金',
      '党建覆盖与两关六同步',
    ])
  })

  it("agrees with each module's own screen", async () => {
    const report = await secretary.ok('report.summary', { year: 2026, labels: {} })
    const today = '2026-11-27'
    // 空间: the monthly occupancy of the space statistics, as percentages, up to this month (December has none yet).
    const monthly = await secretary.ok('occupancy.monthly', { year: 2026 })
    expect(monthly[11]?.rate).not.toBeNull()
    expect(table(report, 'space.occupancy').rows.map((r) => r[1])).toEqual(
      monthly.map((m) => (m.month > '2026-11' || m.rate === null ? null : Math.round(m.rate * 1000) / 10)),
    )
    // 陪伴指导: sessions and hours of the coaching statistics.
    const stats = await secretary.ok('coaching.stats', { year: 2026 })
    const coaching = table(report, 'coaching.key')
    expect(figure(coaching, '指导次数')).toBe(stats.sessions)
    expect(stats.sessions).toBeGreaterThan(0)
    expect(table(report, 'coaching.month').rows.map((r) => r[1])).toEqual(
      stats.byMonth.map((m) => m.sessions),
    )
    // 覆盖率 on today, as the coverage page.
    const rates = await secretary.ok('coverage.rates', { date: today })
    const coverage = table(report, 'coverage.rates')
    expect(figure(coverage, '统计总数')).toBe(rates.total)
    expect(figure(coverage, '组织覆盖率（%）')).toBe(rates.rates.organizational)
    expect(figure(coverage, '工作覆盖率（%）')).toBe(rates.rates.work)
    // 两关六同步: the matrix's per-item totals.
    const matrix = await secretary.ok('sixSync.matrix', { year: 2026, page: 1, pageSize: 20 })
    expect(table(report, 'coverage.sixSync').rows.map((r) => r.slice(1))).toEqual(
      matrix.totals.map((t) => [t.synced, t.notApplicable, t.notStarted]),
    )
    // 三会一课: held per kind in the year, as the compliance table.
    const compliance = await secretary.ok('compliance.summary', { year: 2026 })
    expect(table(report, 'branch.meetings').rows.map((r) => r[6])).toEqual(
      compliance.rows.map((r) => r.year.held),
    )
    // 党费: month totals of the dues ledger, in 分.
    const ledger = await secretary.ok('dues.ledger', { year: 2026 })
    const dues = table(report, 'branch.dues')
    expect(dues.rows.slice(0, 12).map((r) => [r[1], r[2]])).toEqual(
      ledger.monthTotals.map((m) => [m.dueFen, m.paidFen]),
    )
    expect(dues.rows[12]?.slice(1, 3)).toEqual([ledger.totals.dueFen, ledger.totals.paidFen])
  })

  it('the workbook holds every figure of the summary, and no ID number or phone', async () => {
    const report = await secretary.ok('report.summary', { year: 2026, labels: {} })
    const file = await secretary.ok('report.export', { year: 2026, labels: {} })
    const book = await workbookOf(file.contentBase64)
    for (const area of report.areas) {
      const rows = sheetRows(book.getWorksheet(area.title) as ExcelJS.Worksheet)
      for (const t of area.tables) {
        const at = rows.findIndex((r) => r[0] === t.title)
        expect(at, `${area.key}/${t.key}`).toBeGreaterThan(0)
        t.rows.forEach((row, i) => {
          const expected = row.map((cell, j) => {
            const kind = j === row.length - 1 && t.rowKinds ? t.rowKinds[i] : t.columns[j]?.kind
            return kind === 'money' && typeof cell === 'number' ? cell / 100 : cell
          })
          expect(trimmed(rows[at + 2 + i] ?? []), `${t.key} row ${i}`).toEqual(trimmed(expected))
        })
      }
    }
    const text = JSON.stringify(book.worksheets.map(sheetRows)) + JSON.stringify(report)
    const idNumbers = base.db.prepare('SELECT id_number FROM party_member').pluck().all() as string[]
    expect(idNumbers.length).toBeGreaterThan(0)
    for (const id of idNumbers) expect(text).not.toContain(id)
    const phones = base.db.prepare('SELECT contact_phone FROM organization').pluck().all() as string[]
    for (const phone of phones) expect(text).not.toContain(phone)
    expect(text).not.toMatch(/\d{17}[\dX]/)
  })
})
