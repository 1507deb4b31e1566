// 导出 Excel for the 陪伴指导 tables: the core builds the file from the labels in the user's language; the
// browser (or Electron's download prompt) saves it.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
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
import { useNotice } from '@/composables/useNotice'

type ExportRequest = Omit<ChannelInput<'mentoring.export'>, 'labels'>

/** Saves bytes under a file name, through an anchor with the download attribute. */
export function saveBytes(fileName: string, contentBase64: string, mime: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function useMentoringExport() {
  const i18n = useI18n()
  const { t } = i18n
  const { errorText } = useNotice()
  const exporting = ref(false)

  function labels(): Record<string, string> {
    const out: Record<string, string> = {}
    const group = (prefix: string, tree: unknown) => {
      for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
        out[`${prefix}.${key}`] =
          typeof value === 'string' ? value : i18n.rt(value as Parameters<typeof i18n.rt>[0])
      }
    }
    group('title', i18n.tm('mentoring.exportLabels.title'))
    group('heading', i18n.tm('mentoring.exportLabels.heading'))
    group('word', i18n.tm('mentoring.exportLabels.word'))
    for (const d of COACHING_DIMENSIONS) out[`dimension.${d}`] = t(`mentoring.enums.dimension.${d}`)
    for (const k of MENTOR_KINDS) out[`kind.${k}`] = t(`mentoring.enums.mentorKind.${k}`)
    for (const m of COACHING_MODES) out[`mode.${m}`] = t(`mentoring.enums.mode.${m}`)
    for (const o of ACTION_OWNERS) out[`owner.${o}`] = t(`mentoring.enums.owner.${o}`)
    for (const s of ACTION_STATUSES) out[`actionStatus.${s}`] = t(`mentoring.enums.actionStatus.${s}`)
    for (const s of STAGES) out[`stage.${s}`] = t(`enums.stage.${s}`)
    return out
  }

  async function exportTable(request: ExportRequest): Promise<void> {
    exporting.value = true
    try {
      const file = await call('mentoring.export', { ...request, labels: labels() })
      saveBytes(
        file.fileName,
        file.contentBase64,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      ElMessage.success(t('mentoring.common.exported', { rows: file.rows, file: file.fileName }))
    } catch (err) {
      ElMessage.error(errorText(err))
    } finally {
      exporting.value = false
    }
  }

  return { exportTable, exporting }
}
