// 导出 Excel as a user gets it: real date, number and money cells, Chinese headers, a frozen bold header row with
// an autofilter, widths that follow the content; and the list exports that take the very filters of their list,
// refuse whom the list refuses, mask ID numbers unless asked (and allowed), and are recorded in 操作日志.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel } from '../../src-main/shared/channels'
import type { ExportFile } from '../../src-main/shared/entities'
import { MAX_COLUMN_WIDTH, displayWidth, tableToXlsx } from '../../src-main/core/lib/excel'
import { freshBase, type Caller, type TestBase } from './helpers'

const TODAY = '2026-11-27'

async function bookOf(content: Buffer | string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  const bytes = typeof content === 'string' ? Buffer.from(content, 'base64') : content
  await book.xlsx.load(new Uint8Array(bytes).buffer)
  return book
}

async function sheetOf(content: Buffer | string): Promise<ExcelJS.Worksheet> {
  const sheet = (await bookOf(content)).worksheets[0]
  if (!sheet) throw new Error('no sheet')
  return sheet
}

/** The rows under the header, as values (a row of cells, from column 1). */
function bodyOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = []
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1))
  })
  return rows
}

const headerOf = (sheet: ExcelJS.Worksheet): unknown[] => (sheet.getRow(1).values as unknown[]).slice(1)

/** A `YYYY-MM-DD` date cell read back (exceljs reads the wall-clock day as UTC midnight). */
const day = (date: string) => new Date(`${date}T00:00:00Z`)

describe('cells', () => {
  interface Row {
    name: string
    date: string | null
    at: string
    fen: number
    rate: number | null
    count: number
    uscc: string
    score: number
  }
  const rows: Row[] = [
    {
      name: '烟台市福山区春风助老服务中心',
      date: '2024-02-29',
      at: '2026-11-27T09:05:30+08:00',
      fen: 123_456_789,
      rate: 55.6,
      count: 12,
      uscc: '52370611MJE123456X',
      score: 875,
    },
    {
      name: 'A',
      date: '2024-02-30',
      at: '不详',
      fen: 1,
      rate: null,
      count: 0,
      uscc: '000123',
      score: 10,
    },
  ]
  const write = () =>
    tableToXlsx<Row>(
      '单元格',
      [
        { header: '组织名称', value: (r) => r.name },
        { header: '日期', kind: 'date', value: (r) => r.date },
        { header: '时间', kind: 'datetime', value: (r) => r.at },
        { header: '金额（元）', kind: 'money', value: (r) => r.fen },
        { header: '比率', kind: 'percent', value: (r) => r.rate },
        { header: '人数', kind: 'integer', value: (r) => r.count },
        { header: '统一社会信用代码', kind: 'text', value: (r) => r.uscc },
        { header: '评分', kind: 'tenths', value: (r) => r.score },
        { header: '说明', value: () => '很长的说明'.repeat(30) },
      ],
      rows,
    )

  it('writes dates, times, money, percentages and counts as typed cells with their formats', async () => {
    const sheet = await sheetOf(await write())
    const first = sheet.getRow(2)
    expect(first.getCell(2).value).toEqual(day('2024-02-29'))
    expect(first.getCell(2).numFmt).toBe('yyyy-mm-dd')
    // The base's wall-clock time, whatever the zone of the machine that reads the file.
    expect(first.getCell(3).value).toEqual(new Date('2026-11-27T09:05:30Z'))
    expect(first.getCell(3).numFmt).toBe('yyyy-mm-dd hh:mm')
    expect(first.getCell(4).value).toBe(1_234_567.89)
    expect(first.getCell(4).numFmt).toBe('#,##0.00')
    expect(first.getCell(5).value).toBe(0.556)
    expect(first.getCell(5).numFmt).toBe('0.0%')
    expect(first.getCell(6).value).toBe(12)
    expect(first.getCell(6).type).toBe(ExcelJS.ValueType.Number)
    expect(first.getCell(8).value).toBe(87.5)
    expect(first.getCell(8).numFmt).toBe('0.0')
  })

  it('keeps text that only looks like a number as text, and a date that is no date as it was written', async () => {
    const sheet = await sheetOf(await write())
    const second = sheet.getRow(3)
    expect(second.getCell(7).value).toBe('000123')
    expect(second.getCell(7).type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getRow(2).getCell(7).value).toBe('52370611MJE123456X')
    expect(second.getCell(2).value).toBe('2024-02-30')
    expect(second.getCell(3).value).toBe('不详')
    expect(second.getCell(5).value).toBeNull()
    expect(second.getCell(6).value).toBe(0)
  })

  it('has a bold, frozen Chinese header with an autofilter, and widths from header and content (CJK double, capped)', async () => {
    const sheet = await sheetOf(await write())
    expect(headerOf(sheet)).toEqual([
      '组织名称',
      '日期',
      '时间',
      '金额（元）',
      '比率',
      '人数',
      '统一社会信用代码',
      '评分',
      '说明',
    ])
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBe('A1:I1')
    // 14 CJK characters count 28, plus a margin of 3.
    expect(displayWidth('烟台市福山区春风助老服务中心')).toBe(28)
    expect(sheet.getColumn(1).width).toBe(31)
    // 统一社会信用代码: the header counts 16, the code (18 half-width characters) 18: 21.
    expect(sheet.getColumn(7).width).toBe(21)
    // A date shows 10 characters; 评分: its header (4) and 87.5 (4) give 7.
    expect(sheet.getColumn(2).width).toBe(13)
    expect(sheet.getColumn(8).width).toBe(7)
    expect(sheet.getColumn(9).width).toBe(MAX_COLUMN_WIDTH)
  })
})

describe('list exports on the demo base', () => {
  let base: TestBase
  let secretary: Caller
  let frontDesk: Caller
  let readOnly: Caller

  beforeAll(async () => {
    base = await freshBase({ today: TODAY })
    await base.ok('demo.load', {})
    secretary = await base.as(['branch_secretary'])
    frontDesk = await base.as(['front_desk'])
    readOnly = await base.as(['read_only'])
  }, 60_000)
  afterAll(() => base.close())

  const exportsOf = (channel: Channel) =>
    (
      base.db
        .prepare(
          "SELECT actor, after_json FROM audit_log WHERE channel = ? AND entity = 'export' ORDER BY id",
        )
        .all(channel) as { actor: string; after_json: string }[]
    ).map((r): Record<string, unknown> => ({ actor: r.actor, ...(JSON.parse(r.after_json) as object) }))

  async function rowsOf(file: ExportFile): Promise<unknown[][]> {
    const rows = bodyOf(await sheetOf(file.contentBase64))
    expect(rows).toHaveLength(file.rows)
    return rows
  }

  it('空间分配: exactly the rows of the filtered list, dates as dates, the unit code as text; recorded', async () => {
    const all = await frontDesk.ok('allocation.list', { page: 1, pageSize: 100, includeCancelled: true })
    const someone = all.items[0]!
    const filtered = await frontDesk.ok('allocation.list', {
      page: 1,
      pageSize: 100,
      organizationId: someone.organizationId,
    })
    expect(filtered.total).toBeLessThan(all.total)
    const file = await frontDesk.ok('allocation.export', { organizationId: someone.organizationId })
    expect(file.fileName).toBe(`空间分配-${TODAY}.xlsx`)
    const sheet = await sheetOf(file.contentBase64)
    expect(headerOf(sheet).slice(0, 3)).toEqual(['单元编号', '单元类型', '楼层'])
    const rows = await rowsOf(file)
    expect(rows.map((r) => [r[0], r[4], r[5], r[6]])).toEqual(
      filtered.items.map((a) => [a.unitCode, a.organizationName, day(a.startDate), day(a.endDate)]),
    )
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String)
    expect((await frontDesk.ok('allocation.export', { includeCancelled: true })).rows).toBe(all.total)
    expect(exportsOf('allocation.export').at(-2)).toMatchObject({
      table: 'allocations',
      rows: filtered.total,
      filters: { organizationId: someone.organizationId },
    })
  })

  it('场地预约: the range and rooms of the calendar, times as text and attendees as numbers', async () => {
    const from = '2026-11-23'
    const to = '2026-11-29'
    const week = await readOnly.ok('booking.list', { from, to })
    const unitId = week[0]!.unitId
    const oneRoom = await readOnly.ok('booking.list', { from, to, unitIds: [unitId] })
    expect(oneRoom.length).toBeGreaterThan(0)
    expect(oneRoom.length).toBeLessThan(week.length)
    const file = await readOnly.ok('booking.export', { from, to, unitIds: [unitId], labels: {} })
    const rows = await rowsOf(file)
    expect(rows.map((r) => [r[0], r[1], r[6], r[7]])).toEqual(
      oneRoom.map((b) => [day(b.date), b.startTime, b.title, b.attendees]),
    )
    // A range the calendar refuses is refused here too.
    const tooLong = await readOnly.err('booking.export', { from: '2026-01-01', to: '2026-12-31', labels: {} })
    expect(tooLong.code).toBe('VALIDATION')
  })

  it('导师结对 and 导师: the pairings of one mentor, and the mentors as filtered on the list', async () => {
    const pairings = await readOnly.ok('pairing.list', { mentorId: 1 })
    const file = await readOnly.ok('pairing.export', { mentorId: 1, labels: {} })
    const rows = await rowsOf(file)
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(
      pairings.map((p) => [p.mentorName, p.organizationName, day(p.startDate)]),
    )
    const experts = await readOnly.ok('mentor.list', { page: 1, pageSize: 100, kind: 'expert' })
    expect(experts.total).toBe(2)
    const mentors = await readOnly.ok('mentoring.export', { table: 'mentors', kind: 'expert' })
    expect((await rowsOf(mentors)).map((r) => r[0])).toEqual(experts.items.map((m) => m.name))
  })

  it('发展党员: the stage filter, ID numbers masked, full ones only for who may and asks; both recorded', async () => {
    const list = await secretary.ok('development.list', { page: 1, pageSize: 100, stage: 'applicant' })
    expect(list.total).toBe(3)
    const masked = await secretary.ok('development.export', { stage: 'applicant' })
    const sheet = await sheetOf(masked.contentBase64)
    const rows = await rowsOf(masked)
    expect(rows.map((r) => r[0])).toEqual(list.items.map((d) => d.name))
    const ids = rows.map((r) => r[3])
    expect(ids).toEqual(list.items.map((d) => d.idNumberMasked))
    for (const id of ids) expect(id).toMatch(/^\d{3}\*{11}[\dX]{4}$/)
    expect(sheet.getRow(2).getCell(3).value).toBeInstanceOf(Date)

    const full = await secretary.ok('development.export', { stage: 'applicant', revealIdNumbers: true })
    const fullIds = (await rowsOf(full)).map((r) => r[3])
    const stored = base.db
      .prepare("SELECT name, id_number FROM development_record WHERE stage = 'applicant'")
      .all() as { name: string; id_number: string }[]
    expect(new Set(fullIds)).toEqual(new Set(stored.map((s) => s.id_number)))
    expect(exportsOf('development.export').map((e) => e.idNumbers)).toEqual(['masked', 'full'])

    // The list's permission: 党务专干 may export, 前台 and 只读 may not (masked or not).
    const partyAffairs = await base.as(['party_affairs'])
    expect((await partyAffairs.ok('development.export', {})).rows).toBe(
      (await partyAffairs.ok('development.list', { page: 1, pageSize: 100 })).total,
    )
    expect((await readOnly.err('development.export', {})).code).toBe('FORBIDDEN')
    expect((await frontDesk.err('development.export', { revealIdNumbers: true })).code).toBe('FORBIDDEN')
  })

  it('账号: only for 管理员, with roles in words and no password in the file', async () => {
    const file = await base.ok('account.export', { labels: {} })
    const sheet = await sheetOf(file.contentBase64)
    expect(headerOf(sheet)).toContain('角色')
    const text = JSON.stringify(bodyOf(sheet))
    expect(text).toContain('管理员')
    expect(text).not.toMatch(/scrypt|\$2[aby]\$|hash/i)
    expect((await secretary.err('account.export', { labels: {} })).code).toBe('FORBIDDEN')
  })

  it('操作日志: the filtered entries, the operation in words, ID numbers in an entry masked', async () => {
    await secretary.ok('member.export', { scope: 'current', revealIdNumbers: false, labels: {} })
    const list = await secretary.ok('audit.list', { page: 1, pageSize: 100, entity: 'export' })
    expect(list.total).toBeGreaterThan(0)
    const file = await secretary.ok('audit.export', {
      entity: 'export',
      labels: { 'channel.member_export': '导出党员名册' },
    })
    const rows = await rowsOf(file)
    expect(rows.map((r) => r[1])).toEqual(list.items.map((e) => e.actor))
    expect(rows.map((r) => r[2])).toContain('导出党员名册')
    expect(rows[0]?.[0]).toBeInstanceOf(Date)

    // A full ID number written into an entry (an older entry, or a free text) is masked in the export.
    const idNumber = '370602198505200013'
    base.db
      .prepare(
        `INSERT INTO audit_log (at, actor, channel, entity, entity_id, before_json, after_json)
         VALUES ('2026-11-27T10:00:00+08:00', '测试', 'member.update', 'party_member', 1, NULL, ?)`,
      )
      .run(JSON.stringify({ idNumber, note: `身份证 ${idNumber}` }))
    const everything = await secretary.ok('audit.export', { channel: 'member.update', labels: {} })
    const text = JSON.stringify(await rowsOf(everything))
    expect(text).toContain('370***********0013')
    expect(text).not.toContain(idNumber)
    // Roster entries stay with the branch, as in the list: 管理员 (who may not read the roster) exports none.
    expect((await secretary.ok('audit.export', { entity: 'party_member', labels: {} })).rows).toBeGreaterThan(
      0,
    )
    expect((await base.ok('audit.export', { entity: 'party_member', labels: {} })).rows).toBe(0)
    expect((await frontDesk.err('audit.export', { labels: {} })).code).toBe('FORBIDDEN')
  })

  it('覆盖率 click-through: the organisations of one figure, as searched', async () => {
    const list = await readOnly.ok('coverage.organizations', {
      page: 1,
      pageSize: 100,
      bucket: 'organizational',
      date: TODAY,
    })
    const all = await readOnly.ok('coverage.organizations', {
      page: 1,
      pageSize: 100,
      bucket: 'total',
      date: TODAY,
    })
    expect(list.total).toBeGreaterThan(0)
    expect(list.total).toBeLessThan(all.total)
    const file = await readOnly.ok('coverage.organizationsExport', {
      bucket: 'organizational',
      date: TODAY,
      labels: {},
    })
    const rows = await rowsOf(file)
    expect(rows.map((r) => r[0])).toEqual(list.items.map((o) => o.name))
    expect(rows.map((r) => r[6])).toEqual(list.items.map((o) => o.fullMembers))
    expect(exportsOf('coverage.organizationsExport').at(-1)).toMatchObject({
      table: 'coverageOrganizations',
      rows: list.total,
      bucket: 'organizational',
    })
  })

  it('党员出席率 of a year and 党建指导员 on a date: the rows on screen, rates as percentages', async () => {
    const report = await secretary.ok('compliance.attendance', { year: 2026 })
    expect(report.rows.length).toBeGreaterThan(0)
    const file = await secretary.ok('compliance.attendanceExport', { year: 2026, labels: {} })
    expect(file.fileName).toBe(`2026 年党员出席率-${TODAY}.xlsx`)
    const sheet = await sheetOf(file.contentBase64)
    const rows = await rowsOf(file)
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual(
      report.rows.map((m) => [m.name, m.expected, m.present]),
    )
    const withRate = report.rows.findIndex((m) => m.expected > 0)
    expect(rows[withRate]?.[4]).toBeCloseTo(report.rows[withRate]!.rate, 3)
    expect(sheet.getRow(withRate + 2).getCell(5).numFmt).toBe('0.0%')
    expect((await frontDesk.err('compliance.attendanceExport', { year: 2026, labels: {} })).code).toBe(
      'FORBIDDEN',
    )

    const view = await readOnly.ok('partyOrg.instructors', { date: '2026-06-30' })
    const instructors = await readOnly.ok('partyOrg.instructorsExport', { date: '2026-06-30', labels: {} })
    const listed = await rowsOf(instructors)
    expect(listed.map((r) => [r[0], r[4]])).toEqual(view.rows.map((r) => [r.name, r.organizations.length]))
    expect(exportsOf('partyOrg.instructorsExport').at(-1)).toMatchObject({ date: '2026-06-30' })
  })

  it('待办提醒: the queue as filtered, most urgent first, days as numbers; a handled item with its reason', async () => {
    const queue = await secretary.ok('reminder.list', { page: 1, pageSize: 100, view: 'open' })
    expect(queue.total).toBeGreaterThan(1)
    const file = await secretary.ok('reminder.export', { view: 'open' })
    expect(file.fileName).toBe(`待办提醒-${TODAY}.xlsx`)
    const sheet = await sheetOf(file.contentBase64)
    expect(headerOf(sheet)).toEqual([
      '紧急程度',
      '类型',
      '事项',
      '到期日',
      '逾期天数',
      '剩余天数',
      '处理',
      '暂缓至',
      '原因',
      '处理人',
      '处理时间',
    ])
    const rows = await rowsOf(file)
    expect(rows.map((r) => [r[2], r[3]])).toEqual(queue.items.map((i) => [i.title, day(i.dueDate)]))
    const overdue = queue.items.findIndex((i) => i.daysLeft < 0)
    expect(overdue).toBeGreaterThanOrEqual(0)
    expect(rows[overdue]?.slice(0, 1)).toEqual(['已逾期'])
    expect(rows[overdue]?.[4]).toBe(-queue.items[overdue]!.daysLeft)
    expect(sheet.getRow(overdue + 2).getCell(5).type).toBe(ExcelJS.ValueType.Number)

    // One kind only, as the kind filter shows it; dismissed, it moves to the handled export with its reason.
    const dues = await secretary.ok('reminder.list', { page: 1, pageSize: 100, view: 'open', kind: 'dues' })
    expect(dues.total).toBeGreaterThan(0)
    expect((await secretary.ok('reminder.export', { view: 'open', kind: 'dues' })).rows).toBe(dues.total)
    const item = dues.items[0]!
    await secretary.ok('reminder.dismiss', { key: item.key, reason: '已口头催缴，月底统一补交' })
    const handled = await rowsOf(await secretary.ok('reminder.export', { view: 'handled', kind: 'dues' }))
    expect(handled).toHaveLength(1)
    expect(handled[0]?.slice(1, 3)).toEqual(['党费欠缴', item.title])
    expect(handled[0]?.[6]).toBe('忽略')
    expect(handled[0]?.[8]).toBe('已口头催缴，月底统一补交')
    expect((await secretary.ok('reminder.export', { view: 'open', kind: 'dues' })).rows).toBe(dues.total - 1)

    // In another language: the titles are worded from the texts sent, as on screen.
    const english = await secretary.ok('reminder.export', {
      view: 'handled',
      kind: 'dues',
      labels: {
        title: 'Reminders',
        'heading.title': 'Item',
        'kind.dues': 'Dues arrears',
        'titles.dues': 'Dues in arrears: {name}, {months} months{flag}',
        'titles.duesFlag': ' (6+ months)',
        'action.dismiss': 'Dismissed',
      },
    })
    const [row] = bodyOf(await sheetOf(english.contentBase64))
    expect(row?.[1]).toBe('Dues arrears')
    expect(row?.[2]).toBe(
      `Dues in arrears: ${String(item.params.name)}, ${String(item.params.months)} months${item.params.flagged ? ' (6+ months)' : ''}`,
    )
    expect(row?.[6]).toBe('Dismissed')
    expect(exportsOf('reminder.export').at(-1)).toMatchObject({
      table: 'reminders',
      rows: 1,
      filters: { view: 'handled', kind: 'dues' },
    })
  })

  it('待办提醒: each account exports only the kinds it may read', async () => {
    const desk = await rowsOf(await frontDesk.ok('reminder.export', { view: 'open' }))
    const deskKinds = new Set(desk.map((r) => r[1]))
    expect(deskKinds.size).toBeGreaterThan(0)
    for (const kind of ['党费欠缴', '三会一课', '发展党员', '支部换届']) expect(deskKinds).not.toContain(kind)
  })

  it('免费空间折算价值: the organisations of the year as on 占用统计, value as money; the sum is the page’s total', async () => {
    const report = await readOnly.ok('occupancy.inKind', { year: 2026 })
    expect(report.rows.length).toBeGreaterThan(1)
    const file = await readOnly.ok('occupancy.inKindExport', { year: 2026 })
    expect(file.fileName).toBe(`2026 年免费空间折算价值-${TODAY}.xlsx`)
    const sheet = await sheetOf(file.contentBase64)
    expect(headerOf(sheet)).toEqual(['入驻组织', '平方米·天', '折算价值（元）'])
    const rows = await rowsOf(file)
    expect(rows).toEqual(report.rows.map((r) => [r.organizationName, r.m2Days, r.valueFen / 100]))
    const fen = rows.reduce((sum, r) => sum + Math.round((r[2] as number) * 100), 0)
    expect(fen).toBe(report.totalFen)
    expect(sheet.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Number)
    expect(exportsOf('occupancy.inKindExport').at(-1)).toMatchObject({
      table: 'inKind',
      rows: report.rows.length,
      filters: { year: 2026 },
      referenceRentFen: report.referenceRentFen,
    })
  })

  it('uses the words the renderer sends (another language)', async () => {
    const file = await frontDesk.ok('allocation.export', {
      labels: { title: 'Allocations', 'heading.unitCode': 'Unit', 'unitType.office': 'Office' },
    })
    expect(file.fileName).toBe(`Allocations-${TODAY}.xlsx`)
    const sheet = await sheetOf(file.contentBase64)
    expect(sheet.name).toBe('Allocations')
    expect(headerOf(sheet)[0]).toBe('Unit')
    expect(bodyOf(sheet).map((r) => r[1])).toContain('Office')
  })

  it('records every export in 操作日志, by whom, with its filters and rows (never the words sent)', () => {
    const channels: Channel[] = [
      'allocation.export',
      'booking.export',
      'pairing.export',
      'development.export',
      'account.export',
      'audit.export',
      'coverage.organizationsExport',
      'compliance.attendanceExport',
      'partyOrg.instructorsExport',
      'reminder.export',
      'occupancy.inKindExport',
    ]
    for (const channel of channels) {
      const entries = exportsOf(channel)
      expect(entries.length, channel).toBeGreaterThan(0)
      for (const e of entries) {
        expect(typeof e.rows, channel).toBe('number')
        expect(e.filters, channel).not.toHaveProperty('labels')
      }
    }
    expect(String(exportsOf('booking.export')[0]?.actor)).toContain('readonly')
  })
})
