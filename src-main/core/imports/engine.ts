// 导入 Excel: every row of a file checked by the very handler the form saves through (its schema, its rules),
// inside a transaction. A preview rolls everything back; an import keeps the good rows (or, all-or-nothing, only
// a file without errors).
import type { z } from 'zod'
import type { ImportIssue, ImportKind, ImportMode, ImportRow } from '../../shared/entities'
import type { Notice } from '../../shared/errors'
import { isRealDate } from '../../shared/schemas'
import { inputError } from '../app'
import type { AuditEntry, HandlerEnv } from '../context'
import { DomainError, notice } from '../errors'
import { LIST_SPLIT, type ImportColumn } from './columns'
import type { Cell, FileRow, ParsedFile } from './workbook'

/** One row read from its cells: the form's input, the record's name for the table, the values that must be unique. */
export interface RowDraft {
  input: Record<string, unknown>
  label: string
  /** Column key → a normalised value no other row of the file may repeat (null: nothing to compare). */
  unique: Record<string, string | null>
}

/** What one kind of import knows: its columns, how a row becomes the form's input, and the save it goes through. */
export interface ImportSpec<C> {
  kind: ImportKind
  columns: readonly ImportColumn[]
  /** The input field a rule names → the column it came from (when the names differ). */
  fieldColumns: Record<string, string>
  /** Look-ups loaded once per file (floors, 党小组 by name). */
  context: (env: HandlerEnv) => C
  read: (cells: CellReader, context: C, env: HandlerEnv) => RowDraft
  /** How a repeated value is named in the message (an ID number masked, as the roster shows it). */
  shown?: (key: string, value: string) => string
  /** The form's input schema. */
  schema: z.ZodType
  /** Saves one checked input through the form's own handler (which checks it again and audits it). */
  create: (env: HandlerEnv, input: unknown) => void
}

/** Thrown to roll a savepoint (or the preview's transaction) back; never leaves this module. */
class Rollback extends Error {}
const ROLLBACK = new Rollback('rollback')

/** Excel's day 0 (1899-12-30) in epoch days: serial 45658 is 2025-01-01. */
const EXCEL_EPOCH_DAYS = 25569

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10)
}

/** Cells of one row, read as the form's values; a cell that cannot be read is an error of its column. */
export class CellReader {
  readonly errors: ImportIssue[] = []
  readonly warnings: ImportIssue[] = []
  /** Columns with an error of their own: a rule's later complaint about the same column is left out. */
  readonly flagged = new Set<string>()

  constructor(
    private readonly file: ParsedFile,
    private readonly columns: ReadonlyMap<string, ImportColumn>,
    readonly fileRow: FileRow,
  ) {}

  header(key: string): string {
    return this.file.headers[key] ?? this.columns.get(key)?.header ?? ''
  }

  error(key: string, n: Notice): void {
    if (this.flagged.has(key)) return
    this.flagged.add(key)
    this.errors.push({ column: this.header(key), notice: n })
  }

  warn(key: string, n: Notice): void {
    this.warnings.push({ column: this.header(key), notice: n })
  }

  raw(key: string): Cell {
    return this.fileRow.cells[key] ?? null
  }

  /** Text as typed; a number as its digits, a date as YYYY-MM-DD. */
  text(key: string): string | null {
    const v = this.raw(key)
    if (v === null) return null
    if (typeof v === 'string') return v
    if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v)
    if (typeof v === 'boolean') return v ? '是' : '否'
    return isoDate(v)
  }

  /** A date: a date cell, `2026-03-01`, `2026/3/1`, `2026.3.1`, `2026年3月1日`, or Excel's day number. */
  date(key: string): string | null {
    const v = this.raw(key)
    if (v === null) return null
    let value: string | null = null
    if (v instanceof Date) value = isoDate(v)
    else if (typeof v === 'number') {
      if (Number.isInteger(v) && v > 0 && v < 110_000) {
        value = isoDate(new Date((v - EXCEL_EPOCH_DAYS) * 86_400_000))
      }
    } else if (typeof v === 'string') {
      const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(v)
      if (m) value = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`
    }
    if (value === null || !isRealDate(value)) {
      this.error(key, notice('imports.badDate', { value: this.text(key) ?? '' }))
      return null
    }
    return value
  }

  /** A number; text that is not one is an error. */
  number(key: string): number | null {
    const v = this.raw(key)
    if (v === null) return null
    if (typeof v === 'number') return v
    const n = typeof v === 'string' ? Number(v.replace(/[,，\s]/g, '')) : NaN
    if (!Number.isFinite(n)) {
      this.error(key, notice('imports.notNumber', { value: this.text(key) ?? '' }))
      return null
    }
    return n
  }

  /** One of the labels the form shows (or its code). */
  choice<K extends string>(key: string, labels: Record<K, string>): K | null | undefined {
    const text = this.text(key)
    if (text === null) return undefined
    const found = lookUp(labels, text)
    if (found === null) this.unknown(key, text, labels)
    return found
  }

  /** Several labels separated by `；` (or by `split`). */
  choices<K extends string>(key: string, labels: Record<K, string>, split: RegExp = LIST_SPLIT): K[] {
    const out: K[] = []
    for (const part of this.list(key, split)) {
      const found = lookUp(labels, part)
      if (found === null) this.unknown(key, part, labels)
      else out.push(found)
    }
    return out
  }

  /** Free-text items separated by `；`. */
  list(key: string, split: RegExp = LIST_SPLIT): string[] {
    const text = this.text(key)
    if (text === null) return []
    return text
      .split(split)
      .map((p) => p.trim())
      .filter(Boolean)
  }

  /** 是 / 否 (or empty: no). */
  yesNo(key: string): boolean {
    const v = this.raw(key)
    if (v === null) return false
    if (typeof v === 'boolean') return v
    const text = this.text(key) ?? ''
    if (['是', 'Y', 'y', 'yes', 'Yes', '1', '√'].includes(text)) return true
    if (['否', 'N', 'n', 'no', 'No', '0', '×'].includes(text)) return false
    this.error(key, notice('imports.yesNo', { value: text }))
    return false
  }

  private unknown(key: string, value: string, labels: Record<string, string>): void {
    this.error(key, notice('imports.unknownValue', { value, allowed: Object.values(labels).join(' / ') }))
  }
}

function lookUp<K extends string>(labels: Record<K, string>, text: string): K | null {
  const wanted = text.replace(/\s+/g, '')
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    if (label.replace(/\s+/g, '') === wanted || code === wanted) return code
  }
  return null
}

export interface CheckedRows {
  rows: ImportRow[]
  total: number
  valid: number
  invalid: number
  withWarnings: number
  created: number
  /** The audit entries of the records created (those the handlers wrote). */
  audits: AuditEntry[]
}

/**
 * Checks (and, unless `mode` is preview, writes) every row. Each row goes through the form's schema and its save
 * handler inside a savepoint: a row with an error leaves nothing behind. Duplicates within the file are the later
 * row's error and never reach the handler.
 */
export function checkRows<C>(
  env: HandlerEnv,
  spec: ImportSpec<C>,
  file: ParsedFile,
  mode: 'preview' | ImportMode,
): CheckedRows {
  const { db } = env
  const columns = new Map(spec.columns.map((c) => [c.key, c]))
  const context = spec.context(env)
  const firstSeen = new Map<string, { row: number; value: string }>()
  const result: CheckedRows = {
    rows: [],
    total: file.rows.length,
    valid: 0,
    invalid: 0,
    withWarnings: 0,
    created: 0,
    audits: [],
  }

  const work = () => {
    for (const fileRow of file.rows) {
      const cells = new CellReader(file, columns, fileRow)
      for (const c of spec.columns) {
        if (c.required && cells.raw(c.key) === null) cells.error(c.key, notice('field.required'))
      }
      const draft = spec.read(cells, context, env)
      for (const [key, value] of Object.entries(draft.unique)) {
        if (value === null) continue
        const seen = firstSeen.get(`${key}\u0000${value}`)
        if (seen) cells.error(key, notice('imports.duplicateInFile', { row: seen.row, value: seen.value }))
        else {
          const typed = cells.text(key) ?? value
          firstSeen.set(`${key}\u0000${value}`, {
            row: fileRow.row,
            value: spec.shown ? spec.shown(key, typed) : typed,
          })
        }
      }
      const columnOf = (field: string) => spec.fieldColumns[field] ?? field
      const addNotices = (found: Record<string, Notice> | undefined, warning: boolean) => {
        for (const [field, n] of Object.entries(found ?? {})) {
          const key = columnOf(field)
          if (warning) cells.warn(key, n)
          else cells.error(key, n)
        }
      }
      const parsed = spec.schema.safeParse(draft.input)
      if (!parsed.success) {
        const error = inputError(parsed.error)
        if (error.fields) addNotices(error.fields, false)
        else cells.errors.push({ column: '', notice: error })
      } else {
        const rowAudits: AuditEntry[] = []
        const rowEnv: HandlerEnv = { ...env, audit: (e) => rowAudits.push(e) }
        const input = parsed.data as Record<string, unknown>
        try {
          db.transaction(() => {
            // A duplicate within the file is already an error: the handler would only name the first row's record.
            if (cells.errors.some((e) => e.notice.key === 'imports.duplicateInFile')) throw ROLLBACK
            try {
              spec.create(rowEnv, input)
            } catch (err) {
              // Warnings (the organisation code's check digit…) are shown, never block: save as the user would.
              if (!(err instanceof DomainError) || err.appError.code !== 'NEEDS_CONFIRMATION') throw err
              if (!('acceptWarnings' in input)) throw err
              addNotices(err.appError.warnings, true)
              spec.create(rowEnv, { ...input, acceptWarnings: true })
            }
            if (cells.errors.length > 0) throw ROLLBACK
          })()
          result.created += 1
          result.audits.push(...rowAudits)
        } catch (err) {
          if (err !== ROLLBACK) {
            if (!(err instanceof DomainError)) throw err
            const { fields, warnings } = err.appError
            if (fields) addNotices(fields, false)
            else cells.errors.push({ column: '', notice: err.appError })
            addNotices(warnings, true)
          }
        }
      }
      const ok = cells.errors.length === 0
      if (ok) result.valid += 1
      else result.invalid += 1
      if (cells.warnings.length > 0) result.withWarnings += 1
      result.rows.push({
        row: fileRow.row,
        label: draft.label,
        errors: cells.errors,
        warnings: cells.warnings,
      })
    }
  }

  if (mode === 'validOnly') {
    work()
    return result
  }
  // A preview is rolled back whole; all-or-nothing too, when any row has an error.
  try {
    db.transaction(() => {
      work()
      if (mode === 'preview' || result.invalid > 0) throw ROLLBACK
    })()
  } catch (err) {
    if (err !== ROLLBACK) throw err
    result.created = 0
    result.audits = []
  }
  return result
}
