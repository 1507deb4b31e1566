// The import templates shipped in resources/templates/: built from the importer's own columns by
// scripts/import-templates.ts, and compared with them by the tests.
import ExcelJS from 'exceljs'
import type { ImportKind } from '../../shared/entities'
import { IMPORT_COLUMNS, TEMPLATE_TITLES } from './columns'

/** Columns Excel must keep as text (long digit strings lose their last digits as numbers). */
const TEXT_COLUMNS = new Set(['uscc', 'contactPhone', 'idNumber', 'phone', 'code', 'agreementNo'])
const DATE_COLUMNS = new Set([
  'stageDate',
  'registeredOn',
  'agreementStart',
  'agreementEnd',
  'birthDate',
  'joinedOn',
  'fullOn',
  'entryDate',
])

/** The data sheet's name: what the template is for. */
export const DATA_SHEET: Record<ImportKind, string> = {
  organization: '入驻组织',
  unit: '空间单元',
  member: '党员名册',
}
export const HELP_SHEET = '填写说明'

/** Rows formatted as text or date below the header, so what is typed keeps its form. */
const FORMATTED_ROWS = 2000

export async function buildTemplate(kind: ImportKind): Promise<Buffer> {
  const columns = IMPORT_COLUMNS[kind]
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '双核'
  // A fixed date keeps the file identical from one run of the script to the next.
  workbook.created = new Date(Date.UTC(2026, 0, 1))
  workbook.modified = workbook.created
  const sheet = workbook.addWorksheet(DATA_SHEET[kind], { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.height = 20
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    // Required columns in red, as 填写说明 says.
    cell.font = { bold: true, color: { argb: c.required ? 'FFC00000' : 'FF000000' } }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
    cell.note = c.help
  })
  const example = sheet.addRow(
    columns.map((c) => {
      if (DATE_COLUMNS.has(c.key) && typeof c.example === 'string' && c.example) {
        return new Date(`${c.example}T00:00:00Z`)
      }
      return c.example === '' ? null : c.example
    }),
  )
  example.font = { color: { argb: 'FF7F7F7F' } }
  columns.forEach((c, i) => {
    const format = TEXT_COLUMNS.has(c.key) ? '@' : DATE_COLUMNS.has(c.key) ? 'yyyy-mm-dd' : undefined
    if (!format) return
    for (let r = 2; r <= FORMATTED_ROWS; r++) sheet.getCell(r, i + 1).numFmt = format
  })

  const help = workbook.addWorksheet(HELP_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  help.columns = [
    { header: '列名', key: 'header', width: 18 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'help', width: 90 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of columns) {
    help.addRow({ header: c.header, required: c.required ? '必填' : '选填', help: c.help })
  }
  help.addRow({})
  for (const line of [
    `第 1 行是表头，请勿修改；从第 2 行起每行填写一条记录（第 2 行是示例，导入前请删除或改写）。`,
    `导入时先预览：每一行的错误会列出行号、列名和原因；确认后才会写入。`,
    `一次最多导入 20000 行，文件不超过 10 MB。`,
  ]) {
    help.addRow({ header: '说明', help: line })
  }
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' }
  workbook.title = TEMPLATE_TITLES[kind]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
