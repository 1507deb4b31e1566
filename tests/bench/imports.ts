// 导入 Excel (issue 9): a 10,000-row organisation file with 1,000 bad rows, previewed (target < 5 s) and then
// imported (valid rows only). The file is built here; times are printed, never asserted.
import ExcelJS from 'exceljs'
import type { Database } from '../../src-main/core/db/open'
import { completeUscc, orgCodeCheckChar } from '../../src-main/core/lib/uscc'
import { IMPORT_COLUMNS } from '../../src-main/core/imports/columns'
import type { ImportPreview, ImportResult } from '../../src-main/shared/entities'
import type { Result } from '../../src-main/shared/errors'

export const IMPORT_ROWS = 10_000
export const IMPORT_BAD_ROWS = 1_000

/** A 社会团体 code in a division the bench base does not use (650102), numbered n. */
function code(n: number): string {
  const body = `MJX${String(n).padStart(5, '0')}`
  return completeUscc(`51650102${body}${orgCodeCheckChar(body)}`)
}

/** The file: every tenth row bad, in turn a bad code, an unknown type, a bad date, a twin in the file, a name taken. */
export async function buildImportFile(db: Database): Promise<string> {
  const taken = db.prepare('SELECT name FROM organization ORDER BY id LIMIT 1').pluck().get() as string
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('入驻组织')
  const columns = IMPORT_COLUMNS.organization
  sheet.addRow(columns.map((c) => c.header))
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const values: Record<string, string | Date | null> = {
      name: `导入基准组织第${i + 1}号服务中心`,
      uscc: code(i + 1),
      legalType: '社会团体',
      serviceAreas: '社区治理；青少年',
      stage: '入驻',
      stageDate: new Date(Date.UTC(2026, 2, 1)),
      contactPerson: '李强',
      contactPhone: '13512345678',
      email: 'bench@example.com',
      address: '芝罘区只楚路 1 号',
      agreementStart: '2026-03-01',
      agreementEnd: '2027-02-28',
    }
    if (i % 10 === 9) {
      const kind = Math.floor(i / 10) % 5
      if (kind === 0) values.uscc = `${code(i + 1).slice(0, 17)}${code(i + 1).endsWith('1') ? '2' : '1'}`
      else if (kind === 1) values.legalType = '社会组织'
      else if (kind === 2) values.stageDate = '2026-02-30'
      else if (kind === 3) values.name = `导入基准组织第${i}号服务中心`
      else values.name = taken
    }
    sheet.addRow(columns.map((c) => values[c.key] ?? null))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

type Call = (channel: 'organization.importPreview' | 'organization.import', input: unknown) => unknown

/** Prints the preview's and the import's times; throws if the counts are not the file's. */
export async function benchImport(db: Database, call: Call): Promise<void> {
  const t0 = performance.now()
  const contentBase64 = await buildImportFile(db)
  console.log(
    `导入 Excel: built a ${IMPORT_ROWS}-row file (${IMPORT_BAD_ROWS} bad rows, ${(contentBase64.length / 1.37 / 2 ** 20).toFixed(1)} MiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  )
  const t1 = performance.now()
  const preview = (await call('organization.importPreview', {
    fileName: 'bench.xlsx',
    contentBase64,
  })) as Result<ImportPreview>
  const previewMs = performance.now() - t1
  if (!preview.ok) throw new Error(`organization.importPreview: ${preview.error.message}`)
  if (preview.data.total !== IMPORT_ROWS || preview.data.invalid !== IMPORT_BAD_ROWS) {
    throw new Error(`preview counted ${preview.data.total} rows, ${preview.data.invalid} bad`)
  }
  console.log(
    `导入 Excel preview, ${IMPORT_ROWS} rows with ${IMPORT_BAD_ROWS} bad (target < 5 s): ${(previewMs / 1000).toFixed(2)} s`,
  )
  const t2 = performance.now()
  const done = (await call('organization.import', {
    token: preview.data.token,
    mode: 'validOnly',
  })) as Result<ImportResult>
  if (!done.ok) throw new Error(`organization.import: ${done.error.message}`)
  console.log(
    `导入 Excel import of the ${done.data.created} valid rows (checked again, one transaction): ${((performance.now() - t2) / 1000).toFixed(2)} s`,
  )
}
