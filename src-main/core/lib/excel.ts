// One sheet of a table as an .xlsx file, for every 导出 Excel. The caller names the columns in the user's language.
import ExcelJS from 'exceljs'

export interface SheetColumn<R> {
  header: string
  width: number
  value: (row: R) => string | number | null
}

/** An .xlsx with one sheet: a bold header row, frozen, then the rows. */
export async function tableToXlsx<R>(
  sheetName: string,
  columns: SheetColumn<R>[],
  rows: readonly R[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '双核'
  // Sheet names: at most 31 characters, none of []:*?/\
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
