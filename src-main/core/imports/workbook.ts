// Reading an import file: the first sheet, its header row and the data rows, cells as plain values.
import ExcelJS from 'exceljs'
import { IMPORT_MAX_ROWS } from '../../shared/schemas'
import { fail } from '../errors'
import { headerKey, type ImportColumn } from './columns'

/** A cell as the importer sees it: text trimmed (empty → null), numbers, booleans, dates (Excel's wall clock). */
export type Cell = string | number | boolean | Date | null

export interface FileRow {
  /** The row number Excel shows. */
  row: number
  /** The cells by column key. */
  cells: Record<string, Cell>
}

export interface ParsedFile {
  /** The header each column key was found under, as written in the file. */
  headers: Record<string, string>
  rows: FileRow[]
}

function plain(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') {
    const text = value.trim()
    return text === '' ? null : text
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value
  if ('richText' in value) return plain(value.richText.map((r) => r.text).join(''))
  if ('formula' in value || 'sharedFormula' in value) {
    return plain((value as ExcelJS.CellFormulaValue).result)
  }
  if ('hyperlink' in value) return plain(value.text)
  if ('error' in value) return String(value.error)
  return null
}

/**
 * The first sheet of the file: row 1 holds the headers, matched to `columns` (the template's headers or their
 * aliases; other columns are ignored). Refuses a file that is not an .xlsx, lacks a required column, has no
 * data rows or too many.
 */
export async function readImportFile(
  contentBase64: string,
  columns: readonly ImportColumn[],
): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer)
  } catch {
    fail('CONFLICT', 'imports.fileUnreadable')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) fail('CONFLICT', 'imports.noRows')

  const byHeader = new Map<string, ImportColumn>()
  for (const c of columns) {
    byHeader.set(headerKey(c.header), c)
    for (const alias of c.aliases ?? []) byHeader.set(headerKey(alias), c)
  }
  const positions: { index: number; key: string }[] = []
  const headers: Record<string, string> = {}
  sheet.getRow(1).eachCell((cell, index) => {
    const text = plain(cell.value)
    if (typeof text !== 'string') return
    const column = byHeader.get(headerKey(text))
    if (!column || headers[column.key] !== undefined) return
    headers[column.key] = text
    positions.push({ index, key: column.key })
  })
  const missing = columns.filter((c) => c.required && headers[c.key] === undefined)
  if (missing.length > 0) {
    fail('CONFLICT', 'imports.missingColumns', { columns: missing.map((c) => c.header).join('、') })
  }
  if (sheet.actualRowCount - 1 > IMPORT_MAX_ROWS) {
    fail('CONFLICT', 'imports.tooManyRows', { rows: sheet.actualRowCount - 1, max: IMPORT_MAX_ROWS })
  }

  const rows: FileRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return
    const cells: Record<string, Cell> = {}
    let filled = false
    for (const { index, key } of positions) {
      const value = plain(row.getCell(index).value)
      cells[key] = value
      if (value !== null) filled = true
    }
    // A row with only formatting (or only ignored columns) is no record.
    if (filled) rows.push({ row: rowNumber, cells })
  })
  if (rows.length === 0) fail('CONFLICT', 'imports.noRows')
  if (rows.length > IMPORT_MAX_ROWS) {
    fail('CONFLICT', 'imports.tooManyRows', { rows: rows.length, max: IMPORT_MAX_ROWS })
  }
  return { headers, rows }
}
