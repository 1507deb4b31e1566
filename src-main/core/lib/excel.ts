// One sheet of a table as an .xlsx file, for every 导出 Excel. The caller names the columns in the user's language
// and says what each column holds, so a date is a date cell and an amount a number cell a spreadsheet can sum.
import ExcelJS from 'exceljs'

/**
 * What a column holds, and so how its cells are written:
 * - `text`: always text, even when it looks like a number (统一社会信用代码, 身份证号, 电话, 凭证号 keep their digits);
 * - `date`: a `YYYY-MM-DD` value becomes a date cell shown `yyyy-mm-dd` (anything else stays text, e.g. "—");
 * - `datetime`: a `YYYY-MM-DDTHH:mm[:ss]…` timestamp becomes a date-time cell at the base's wall-clock time;
 * - `integer`: a count, shown without decimals;
 * - `money`: integer 分 in, the 元 amount out as a number shown `#,##0.00`;
 * - `percent`: percentage points in (85.3), a fraction out (0.853) shown `0.0%`;
 * - `tenths`: an integer in tenths (a score × 10) shown with one decimal.
 * Without a kind a number is a plain number cell and a string a text cell.
 */
export type CellKind = 'text' | 'date' | 'datetime' | 'integer' | 'money' | 'percent' | 'tenths'

export interface SheetColumn<R> {
  header: string
  kind?: CellKind
  /** The least width in characters; the column grows with its header and content (CJK counts double). */
  width?: number
  value: (row: R) => string | number | null
}

/** A sheet of a workbook: its name (at most 31 characters are kept), columns and rows. */
export interface Sheet<R> {
  name: string
  columns: SheetColumn<R>[]
  rows: readonly R[]
}

const NUMBER_FORMAT: Record<CellKind, string | undefined> = {
  text: '@',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '0',
  money: '#,##0.00',
  percent: '0.0%',
  tenths: '0.0',
}

/** Columns never get narrower or wider than this (in characters), whatever their content. */
export const MIN_COLUMN_WIDTH = 6
export const MAX_COLUMN_WIDTH = 60
/** Room beside the widest content, so that a right-aligned number does not touch the next column's text. */
const COLUMN_MARGIN = 3

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/

/**
 * A date cell's value. Excel has no time zones: a cell holds a wall-clock date, and exceljs writes a Date by its UTC
 * fields, so the wall-clock fields go in as UTC.
 */
function wallClock(match: RegExpExecArray): Date | null {
  const [y, m, d, hh = 0, mm = 0, ss = 0] = match.slice(1).map((part) => Number(part ?? 0))
  if (y === undefined || m === undefined || d === undefined) return null
  const date = new Date(Date.UTC(y, m - 1, d, hh, mm, ss))
  // 2024-02-30 is no date: keep such a value as the text it is.
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null
}

/** The cell value of one column for one row. */
export function cellValue(kind: CellKind | undefined, value: string | number | null): ExcelJS.CellValue {
  if (value === null || value === '') return null
  switch (kind) {
    case 'text':
      return String(value)
    case 'date': {
      const m = typeof value === 'string' ? DATE.exec(value) : null
      return (m && wallClock(m)) ?? value
    }
    case 'datetime': {
      const m = typeof value === 'string' ? DATETIME.exec(value) : null
      return (m && wallClock(m)) ?? value
    }
    case 'money':
      // Integer 分 → 元: the division of an integer by 100 gives the nearest double, and that rounds back to the
      // same 分, so a sum over the cells (in 分) stays exact.
      return typeof value === 'number' ? value / 100 : value
    case 'percent':
      return typeof value === 'number' ? value / 100 : value
    case 'tenths':
      return typeof value === 'number' ? value / 10 : value
    default:
      return value
  }
}

/** Display width in characters: a CJK (full-width) character takes two. */
export function displayWidth(text: string): number {
  let n = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    n +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1
  }
  return n
}

/** How wide a cell shows, as the spreadsheet formats it (near enough for a column width). */
function shownWidth(kind: CellKind | undefined, value: string | number | null): number {
  if (value === null) return 0
  if (typeof value === 'number') {
    if (kind === 'money')
      return (value / 100).toFixed(2).length + Math.floor(String(Math.abs(value)).length / 3)
    if (kind === 'percent') return value.toFixed(1).length + 1
    if (kind === 'tenths') return (value / 10).toFixed(1).length
    return String(value).length
  }
  if (kind === 'date' && DATE.test(value)) return 10
  if (kind === 'datetime' && DATETIME.test(value)) return 16
  return displayWidth(value)
}

/** An .xlsx with one sheet: a bold header row, frozen, with an autofilter, then the rows. */
export function tableToXlsx<R>(
  sheetName: string,
  columns: SheetColumn<R>[],
  rows: readonly R[],
): Promise<Buffer> {
  return tablesToXlsx([{ name: sheetName, columns, rows }])
}

/** An .xlsx with several sheets, each a table as in `tableToXlsx`. */
export async function tablesToXlsx<T extends unknown[]>(sheets: {
  [K in keyof T]: Sheet<T[K]>
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '双核'
  for (const [i, s] of (sheets as Sheet<unknown>[]).entries()) {
    // Sheet names: at most 31 characters, none of []:*?/\
    const sheet = workbook.addWorksheet(s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || `Sheet${i + 1}`, {
      views: [{ state: 'frozen', ySplit: 1 }],
    })
    const widths = s.columns.map((c) => Math.max(c.width ?? 0, displayWidth(c.header) + COLUMN_MARGIN))
    const values = s.rows.map((row) =>
      s.columns.map((c, j) => {
        const value = c.value(row)
        widths[j] = Math.max(widths[j] ?? 0, shownWidth(c.kind, value) + COLUMN_MARGIN)
        return cellValue(c.kind, value)
      }),
    )
    sheet.columns = s.columns.map((c, j) => ({
      header: c.header,
      key: `c${j}`,
      width: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widths[j] ?? 0)),
    }))
    sheet.getRow(1).font = { bold: true }
    for (const row of values) {
      const added = sheet.addRow(row)
      // The number format goes on each filled cell (not the column): the header row stays plain text.
      s.columns.forEach((c, j) => {
        const format = c.kind && NUMBER_FORMAT[c.kind]
        const cell = added.getCell(j + 1)
        if (!format || row[j] === null) return
        if (typeof row[j] === 'string' && c.kind !== 'text') return
        cell.numFmt = format
      })
    }
    if (s.columns.length > 0)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
