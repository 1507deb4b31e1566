// 导出 Excel for the 陪伴指导 tables: the core builds the file from the labels in the user's language; the
// browser (or Electron's download prompt) saves it.
import { useI18n } from 'vue-i18n'
import type { ChannelInput } from '@shared/contract'
import {
  COACHING_DIMENSIONS,
  MENTOR_KINDS,
  COACHING_MODES,
  ACTION_OWNERS,
  ACTION_STATUSES,
  STAGES,
} from '@shared/enums'
import { call } from '@/api'
import { useExcelExport } from '@/composables/useExcelExport'

type ExportRequest = Omit<ChannelInput<'mentoring.export'>, 'labels'>

export function useMentoringExport() {
  const { t } = useI18n()
  const { exporting, exportFile, labelsUnder } = useExcelExport()

  function labels(): Record<string, string> {
    const out: Record<string, string> = {
      ...labelsUnder('title', 'mentoring.exportLabels.title'),
      ...labelsUnder('heading', 'mentoring.exportLabels.heading'),
      ...labelsUnder('word', 'mentoring.exportLabels.word'),
    }
    for (const d of COACHING_DIMENSIONS) out[`dimension.${d}`] = t(`mentoring.enums.dimension.${d}`)
    for (const k of MENTOR_KINDS) out[`kind.${k}`] = t(`mentoring.enums.mentorKind.${k}`)
    for (const m of COACHING_MODES) out[`mode.${m}`] = t(`mentoring.enums.mode.${m}`)
    for (const o of ACTION_OWNERS) out[`owner.${o}`] = t(`mentoring.enums.owner.${o}`)
    for (const s of ACTION_STATUSES) out[`actionStatus.${s}`] = t(`mentoring.enums.actionStatus.${s}`)
    for (const s of STAGES) out[`stage.${s}`] = t(`enums.stage.${s}`)
    return out
  }

  async function exportTable(request: ExportRequest): Promise<void> {
    await exportFile(
      () => call('mentoring.export', { ...request, labels: labels() }),
      'mentoring.common.exported',
    )
  }

  return { exportTable, exporting }
}
