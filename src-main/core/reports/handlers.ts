// 统计报表 channels: the annual report on screen (and in print) and as a workbook, both from `annualReport`.
import type {
  AnnualReport,
  ExportFile,
  ReportCell,
  ReportTable,
  ReportValueKind,
} from '../../shared/entities'
import { invalidField } from '../errors'
import { tablesToXlsx, type Sheet } from '../lib/excel'
import type { Labels } from '../lib/labels'
import { defineHandlers } from '../registry'
import { annualReport, reportContext, residentList, type ReportRequest } from './annual'

type Row = readonly ReportCell[]

/** A cell as the spreadsheet holds it: 分 as 元 (exact: an integer over 100), everything else as it is. */
const sheetValue = (cell: ReportCell, kind: ReportValueKind | undefined): ReportCell =>
  kind === 'money' && typeof cell === 'number' ? cell / 100 : cell

/** One table as rows of a sheet: its title, its column titles, its rows, its note, then a blank row. */
function tableRows(t: ReportTable): Row[] {
  const rows: Row[] = [[t.title], t.columns.map((c) => c.title)]
  t.rows.forEach((row, i) => {
    rows.push(
      row.map((cell, j) => {
        const last = j === row.length - 1
        return sheetValue(cell, last && t.rowKinds ? t.rowKinds[i] : t.columns[j]?.kind)
      }),
    )
  })
  if (t.note) rows.push([t.note])
  rows.push([])
  return rows
}

/** The workbook: a sheet per area, its small tables one under the other (the residents' list last). */
export function annualWorkbook(report: AnnualReport, extra: Map<string, ReportTable[]>): Promise<Buffer> {
  const sheets: Sheet<Row>[] = report.areas.map((area) => {
    const tables = [...area.tables, ...(extra.get(area.key) ?? [])]
    const width = Math.max(2, ...tables.map((t) => t.columns.length))
    return {
      name: area.title,
      columns: Array.from({ length: width }, (_, j) => ({
        header: j === 0 ? `${report.title} · ${area.title}` : '',
        width: j === 0 ? 36 : 16,
        value: (row: Row) => row[j] ?? null,
      })),
      rows: tables.flatMap(tableRows),
    }
  })
  return tablesToXlsx(sheets)
}

/** A year still to come has no report; this year's is as of today. */
function checkYear(year: number, today: string): void {
  const thisYear = Number(today.slice(0, 4))
  if (year > thisYear) invalidField('year', 'reports.futureYear', { year, thisYear })
}

export async function annualExport(req: ReportRequest): Promise<{ report: AnnualReport; file: ExportFile }> {
  const report = annualReport(req)
  const extra = new Map<string, ReportTable[]>()
  if (report.areas.some((a) => a.key === 'residents'))
    extra.set('residents', [residentList(reportContext(req))])
  const content = await annualWorkbook(report, extra)
  const rows = report.areas.reduce((n, a) => n + a.tables.reduce((m, t) => m + t.rows.length, 0), 0)
  return {
    report,
    file: {
      fileName: `${report.title}-${req.today}.xlsx`,
      contentBase64: content.toString('base64'),
      rows,
    },
  }
}

const requestOf = (
  env: { db: ReportRequest['db']; actor: ReportRequest['actor']; clock: { today(): string } },
  input: { year: number; labels: Labels },
): ReportRequest => {
  const today = env.clock.today()
  checkYear(input.year, today)
  return { db: env.db, actor: env.actor, year: input.year, today, labels: input.labels }
}

export const reportHandlers = defineHandlers({
  /** Every signed-in account: the report holds only the areas its roles may read. */
  'report.summary': {
    permission: 'session',
    write: false,
    run: (env, input) => annualReport(requestOf(env, input)),
  },
  /** 导出 Excel of the annual report (aggregates and organisation names only); each export is audited. */
  'report.export': {
    permission: 'session',
    write: false,
    run: async (env, input): Promise<ExportFile> => {
      const { report, file } = await annualExport(requestOf(env, input))
      env.audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'annualReport', year: input.year, areas: report.areas.map((a) => a.key) },
      })
      return file
    },
  },
})
