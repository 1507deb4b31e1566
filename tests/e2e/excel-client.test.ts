// A real client opens the exported .xlsx: LibreOffice Calc (soffice, headless) converts each file to CSV and the
// CSV must give what the user expects. The CSV quotes text cells only, so a date or an amount written unquoted is a
// real date or number cell in Calc, not text that looks like one; amounts are written unformatted (exact 元).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportFile } from '../../src-main/shared/entities'
import { freshBase, type Caller, type TestBase } from '../core/helpers'

const TODAY = '2026-11-27'

/** The soffice binary, or null where LibreOffice is not installed (CI installs it: see .ci/run). */
function findSoffice(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' })
  const path = found.stdout.trim().split('\n')[0]
  return found.status === 0 && path ? path : null
}
const soffice = findSoffice()
if (!soffice)
  console.warn('跳过 LibreOffice 客户端测试：本机没有 soffice（Debian: apt-get install libreoffice-calc）。')

/**
 * CSV export options of Calc: `,` separated, `"` quoted, UTF-8 (76), from line 1, language default, quote every
 * text cell (so a number or date cell stands out unquoted), detect special numbers, cell contents not as shown
 * (amounts with every digit and no thousands separator).
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false'

interface Field {
  text: string
  /** Quoted: a text cell in Calc. Unquoted: a number, date or empty cell. */
  quoted: boolean
}

/** A CSV as Calc writes it: fields quoted with `"` when text, `""` inside. */
function parseCsv(csv: string): Field[][] {
  const rows: Field[][] = []
  let row: Field[] = []
  let i = 0
  const text = csv.replace(/^\uFEFF/, '')
  while (i < text.length) {
    let field = ''
    let quoted = false
    if (text[i] === '"') {
      quoted = true
      i++
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"'
          i += 2
        } else if (text[i] === '"') {
          i++
          break
        } else field += text[i++]
      }
    }
    while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++]
    row.push({ text: field, quoted })
    if (text[i] === ',') i++
    else {
      if (text[i] === '\r') i++
      if (text[i] === '\n') i++
      rows.push(row)
      row = []
    }
  }
  if (row.length) rows.push(row)
  return rows
}

/** An unquoted amount in 元 as exact 分 (from its digits, never through a float). */
function fenOf(field: Field | undefined): bigint {
  expect(field?.quoted, `amount ${field?.text} is a number cell`).toBe(false)
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(field?.text ?? '')
  if (!m) throw new Error(`not an amount: ${field?.text}`)
  const fen = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '0').padEnd(2, '0'))
  return m[1] ? -fen : fen
}

const isDateCell = (f: Field | undefined) =>
  f !== undefined && !f.quoted && /^\d{4}-\d{2}-\d{2}$/.test(f.text)

describe.skipIf(!soffice)('LibreOffice Calc opens the exports', () => {
  let base: TestBase
  let secretary: Caller
  let dir = ''
  const csv = new Map<string, Field[][]>()
  const files: Record<string, ExportFile> = {}

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shuanghe-excel-client-'))
    base = await freshBase({ today: TODAY })
    await base.ok('demo.load', {})
    secretary = await base.as(['branch_secretary'])
    files.ledger = await base.ok('fund.export', { table: 'ledger', year: 2026, labels: {} })
    files.totals = await base.ok('fund.export', { table: 'totals', labels: {} })
    files.roster = await secretary.ok('member.export', {
      scope: 'current',
      revealIdNumbers: false,
      labels: {
        title: '党员名册',
        'heading.name': '姓名',
        'heading.birthDate': '出生日期',
        'heading.idNumber': '公民身份号码',
      },
    })
    files.coverage = await secretary.ok('coverage.export', { date: TODAY, labels: {} })
    files.coverageList = await secretary.ok('coverage.organizationsExport', {
      bucket: 'total',
      date: TODAY,
      labels: {},
    })
    files.allocations = await base.ok('allocation.export', { includeCancelled: false, labels: {} })
    files.development = await secretary.ok('development.export', { labels: {} })
    files.reminders = await secretary.ok('reminder.export', { view: 'open', labels: {} })
    const paths = Object.entries(files).map(([name, file]) => {
      const path = join(dir, `${name}.xlsx`)
      writeFileSync(path, Buffer.from(file.contentBase64, 'base64'))
      return path
    })
    // One start of Calc for every file, with a profile of its own so that parallel runs do not clash.
    const run = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        join(dir, 'csv'),
        ...paths,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    )
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`)
    for (const name of Object.keys(files))
      csv.set(name, parseCsv(readFileSync(join(dir, 'csv', `${name}.csv`), 'utf8')))
  }, 180_000)

  afterAll(() => {
    base?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const sheet = (name: string): Field[][] => {
    const rows = csv.get(name)
    if (!rows) throw new Error(`no CSV for ${name}`)
    return rows
  }
  const column = (rows: Field[][], header: string): number => {
    const i = rows[0]!.findIndex((f) => f.text === header)
    if (i < 0) throw new Error(`no column ${header} in ${rows[0]!.map((f) => f.text).join(',')}`)
    return i
  }

  it('资金台账: Chinese headers, dates as dates, every amount and the sums exact to the 分', async () => {
    const rows = sheet('ledger')
    expect(rows[0]!.slice(0, 4).map((f) => f.text)).toEqual(['日期', '收支', '资金来源', '金额（元）'])
    const list = await base.ok('fund.list', { page: 1, pageSize: 100, year: 2026 })
    const body = rows.slice(1, -1)
    expect(body).toHaveLength(files.ledger!.rows)
    expect(body.length).toBeGreaterThan(20)
    const archived = column(rows, '冲销')
    let inFen = 0n
    let outFen = 0n
    for (const r of body) {
      expect(isDateCell(r[0]), r[0]?.text).toBe(true)
      expect(r[0]!.text.startsWith('2026-')).toBe(true)
      if (r[archived]?.text) continue
      if (r[1]!.text === '收入') inFen += fenOf(r[3])
      else outFen += fenOf(r[3])
    }
    expect(inFen).toBe(BigInt(list.inFen))
    expect(outFen).toBe(BigInt(list.outFen))
    const sums = rows.at(-1)!
    expect(sums[0]).toEqual({ text: '合计', quoted: true })
    expect(fenOf(sums[4])).toBe(BigInt(list.inFen))
    expect(fenOf(sums[5])).toBe(BigInt(list.outFen))
    expect(fenOf(sums[6])).toBe(BigInt(list.inFen) - BigInt(list.outFen))
    // The first entries, one by one, as in the list.
    for (const [i, e] of list.items.slice(0, 5).entries()) {
      expect(body[i]![0]!.text).toBe(e.date)
      expect(fenOf(body[i]![3])).toBe(BigInt(e.amountFen))
    }
  })

  it('资金合计: the grand total of the base, exact to the 分', async () => {
    const rows = sheet('totals')
    const totals = await base.ok('fund.totals', {})
    const grand = rows.at(-1)!
    expect(grand[0]!.text).toBe('合计')
    expect(fenOf(grand[2])).toBe(BigInt(totals.inFen))
    expect(fenOf(grand[3])).toBe(BigInt(totals.outFen))
    expect(grand[5]).toEqual({ text: String(totals.entries), quoted: false })
  })

  it('党员名册: the dates of birth as written, and every ID number still masked', async () => {
    const rows = sheet('roster')
    const ids = column(rows, '公民身份号码')
    const births = column(rows, '出生日期')
    const list = await secretary.ok('member.list', { page: 1, pageSize: 100, scope: 'current' })
    expect(rows.length - 1).toBe(list.total)
    for (const r of rows.slice(1)) {
      expect(r[ids]!.text).toMatch(/^\d{3}\*{11}[\dX]{4}$/)
      expect(r[births]!.text).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    const stored = base.db.prepare('SELECT id_number FROM party_member').pluck().all() as string[]
    const text = readFileSync(join(dir, 'csv', 'roster.csv'), 'utf8')
    for (const id of stored) expect(text).not.toContain(id)
  })

  it('党建覆盖率: counts as numbers, rates as percentages', async () => {
    const rows = sheet('coverage')
    const rates = await secretary.ok('coverage.rates', { date: TODAY })
    const organizational = rows.find((r) => r[0]?.text === '组织覆盖率')!
    expect(organizational[1]).toEqual({ text: String(rates.organizational), quoted: false })
    expect(organizational[2]).toEqual({ text: `${rates.rates.organizational}%`, quoted: false })
  })

  it('覆盖率名单 (click-through): every organisation, the date a date, the members a number', async () => {
    const rows = sheet('coverageList')
    expect(rows[0]!.map((f) => f.text).slice(0, 4)).toEqual([
      '组织名称',
      '法人类型',
      '所处阶段',
      '党组织状态',
    ])
    const list = await secretary.ok('coverage.organizations', {
      page: 1,
      pageSize: 100,
      bucket: 'total',
      date: TODAY,
    })
    expect(rows.slice(1).map((r) => r[0]!.text)).toEqual(list.items.map((o) => o.name))
    const since = column(rows, '状态起始日期')
    const members = column(rows, '正式党员数')
    for (const [i, o] of list.items.entries()) {
      const r = rows[i + 1]!
      if (o.statusSince) expect(r[since]).toEqual({ text: o.statusSince, quoted: false })
      expect(r[members]).toEqual({ text: String(o.fullMembers), quoted: false })
    }
  })

  it('空间分配 (a new export): unit codes stay text, start and end are dates', async () => {
    const rows = sheet('allocations')
    const list = await base.ok('allocation.list', { page: 1, pageSize: 100 })
    expect(rows.length - 1).toBe(list.total)
    for (const [i, a] of list.items.entries()) {
      const r = rows[i + 1]!
      expect(r[0]).toEqual({ text: a.unitCode, quoted: true })
      expect(r[5]).toEqual({ text: a.startDate, quoted: false })
      expect(r[6]).toEqual({ text: a.endDate, quoted: false })
    }
  })

  it('发展党员 (a new export): the ID numbers stay masked text', () => {
    const rows = sheet('development')
    const ids = column(rows, '身份证号')
    expect(rows.length).toBeGreaterThan(1)
    for (const r of rows.slice(1)) {
      expect(r[ids]!.quoted).toBe(true)
      expect(r[ids]!.text).toMatch(/^\d{3}\*{11}[\dX]{4}$/)
    }
  })

  it('待办提醒 (a new export): titles as text, due dates as dates, overdue days as numbers', async () => {
    const rows = sheet('reminders')
    const queue = await secretary.ok('reminder.list', { page: 1, pageSize: 100, view: 'open' })
    expect(rows.length - 1).toBe(queue.total)
    const [title, due, overdue] = [column(rows, '事项'), column(rows, '到期日'), column(rows, '逾期天数')]
    for (const [i, item] of queue.items.entries()) {
      const r = rows[i + 1]!
      expect(r[title]).toEqual({ text: item.title, quoted: true })
      expect(r[due]).toEqual({ text: item.dueDate, quoted: false })
      expect(r[overdue]).toEqual({ text: item.daysLeft < 0 ? String(-item.daysLeft) : '', quoted: false })
    }
  })
})
