// 导出 Excel: the core builds the file from labels in the user's language; the browser (or Electron's download
// prompt) saves it. One flow for every export: busy flag, save, a toast with the rows, or the core's refusal.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { ExportFile } from '@shared/entities'
import { useNotice } from './useNotice'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

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

export function useExcelExport() {
  const i18n = useI18n()
  const { errorText } = useNotice()
  const exporting = ref(false)

  /** Every string under a locale key, as `<prefix>.<key>` labels (headings, titles, words). */
  function labelsUnder(prefix: string, localeKey: string): Record<string, string> {
    const tree: unknown = i18n.tm(localeKey)
    const out: Record<string, string> = {}
    for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
      out[`${prefix}.${key}`] =
        typeof value === 'string' ? value : i18n.rt(value as Parameters<typeof i18n.rt>[0])
    }
    return out
  }

  /** Asks the core for the file, saves it and says so with `doneKey` ({rows}, {file}). */
  async function exportFile(send: () => Promise<ExportFile>, doneKey: string): Promise<void> {
    exporting.value = true
    try {
      const file = await send()
      saveBytes(file.fileName, file.contentBase64, XLSX)
      ElMessage.success(i18n.t(doneKey, { rows: file.rows, file: file.fileName }))
    } catch (err) {
      ElMessage.error(errorText(err))
    } finally {
      exporting.value = false
    }
  }

  return { exporting, exportFile, labelsUnder }
}
