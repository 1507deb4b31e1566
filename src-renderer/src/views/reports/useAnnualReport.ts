// 年度工作报告 in the renderer: the words the core builds the tables with (the user's language), loading the report,
// the workbook, and printing (Electron: an A4 PDF saved where the user chooses; a browser: the print dialog).
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { AnnualReport, ReportCell, ReportTable, ReportValueKind } from '@shared/entities'
import type { Result } from '@shared/errors'
import {
  BRAND_STAGES,
  COACHING_DIMENSIONS,
  FUND_SOURCE_KINDS,
  LEGAL_TYPES,
  MEETING_KINDS,
  PARTY_ORG_STATUSES,
  SERVICE_AREAS,
  STAGES,
  UNIT_TYPES,
} from '@shared/enums'
import { SIX_SYNC_ITEMS } from '@shared/sixSync'
import { fenToYuan } from '@shared/money'
import { ApiError, call } from '@/api'
import { useNotice } from '@/composables/useNotice'
import { useExcelExport } from '@/composables/useExcelExport'

/** Placeholders the core fills: kept as `{name}` when the words are sent. */
const PLACEHOLDERS = Object.fromEntries(
  [
    'base',
    'year',
    'date',
    'month',
    'period',
    'count',
    'held',
    'required',
    'rows',
    'complete',
    'kind',
    'group',
  ].map((p) => [p, `{${p}}`]),
)

/** One cell as shown: 分 as 元 with separators, percentages and hours with one decimal, nothing as a dash. */
export function cellText(cell: ReportCell, kind: ReportValueKind | undefined): string {
  if (cell === null) return '—'
  if (typeof cell === 'string') return cell
  if (kind === 'money') return fenToYuan(cell, true)
  if (kind === 'percent' || kind === 'decimal') return cell.toFixed(1)
  return String(cell)
}

/** The kind of a cell: the row's own for a key-figures table's value, else its column's. */
export const kindOf = (t: ReportTable, row: number, column: number): ReportValueKind | undefined =>
  t.rowKinds && column === t.columns.length - 1 ? t.rowKinds[row] : t.columns[column]?.kind

export function useAnnualReport() {
  const i18n = useI18n()
  const { t } = i18n
  const { errorText } = useNotice()
  const { exporting, exportFile } = useExcelExport()
  const report = ref<AnnualReport | null>(null)
  const loading = ref(false)

  function labels(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const key of Object.keys(i18n.tm('reports.words')))
      out[`w.${key}`] = t(`reports.words.${key}`, PLACEHOLDERS)
    // The names of the enumerations the tables list (each key written out, so the i18n check can see it).
    for (const v of STAGES) out[`stage.${v}`] = t(`enums.stage.${v}`)
    for (const v of LEGAL_TYPES) out[`legalType.${v}`] = t(`enums.legalType.${v}`)
    for (const v of SERVICE_AREAS) out[`serviceArea.${v}`] = t(`enums.serviceArea.${v}`)
    for (const v of UNIT_TYPES) out[`unitType.${v}`] = t(`enums.unitType.${v}`)
    for (const v of BRAND_STAGES) out[`brandStage.${v}`] = t(`enums.brandStage.${v}`)
    for (const v of FUND_SOURCE_KINDS) out[`fundSourceKind.${v}`] = t(`enums.fundSourceKind.${v}`)
    for (const v of PARTY_ORG_STATUSES) out[`partyOrgStatus.${v}`] = t(`enums.partyOrgStatus.${v}`)
    for (const v of SIX_SYNC_ITEMS) out[`sixSyncItem.${v}`] = t(`enums.sixSyncItem.${v}`)
    for (const v of COACHING_DIMENSIONS) out[`dimension.${v}`] = t(`mentoring.enums.dimension.${v}`)
    for (const v of MEETING_KINDS) out[`meetingKind.${v}`] = t(`meetings.kind.${v}`)
    return out
  }

  async function load(year: number): Promise<void> {
    loading.value = true
    try {
      report.value = await call('report.summary', { year, labels: labels() })
    } catch (err) {
      report.value = null
      ElMessage.error(errorText(err))
    } finally {
      loading.value = false
    }
  }

  const exportWorkbook = (year: number): Promise<void> =>
    exportFile(() => call('report.export', { year, labels: labels() }), 'reports.ui.exported')

  /** The page on screen to paper or PDF: Electron saves an A4 PDF where the user chooses; a browser prints. */
  async function printPage(fileName: string): Promise<void> {
    if (!window.shuanghe) {
      window.print()
      return
    }
    const answer = (await window.shuanghe.invoke('host.printToPdf', { fileName }, null)) as Result<
      string | null
    >
    if (!answer.ok) ElMessage.error(errorText(new ApiError(answer.error)))
    else if (answer.data) ElMessage.success(t('reports.ui.savedPdf', { file: answer.data }))
  }

  return { report, loading, exporting, load, exportWorkbook, printPage }
}
