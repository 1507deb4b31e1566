// One sheet of a table as an .xlsx file, for every 导出 Excel. The caller names the columns in the user's language.
import ExcelJS from 'exceljs'

export interface SheetColumn<R> {
  header: string
  width: number
  value: (row: R) => string | number | null
}

/** A sheet of a workbook: its name (at most 31 characters are kept), columns and rows. */
export interface Sheet<R> {
  name: string
  columns: SheetColumn<R>[]
  rows: readonly R[]
}

/** An .xlsx with one sheet: a bold header row, frozen, then the rows. */
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
    sheet.columns = s.columns.map((c, j) => ({ header: c.header, key: `c${j}`, width: c.width }))
    sheet.getRow(1).font = { bold: true }
    for (const row of s.rows) sheet.addRow(s.columns.map((c) => c.value(row)))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
