// 打印 in the desktop app: the page on screen (the report's print layout) as an A4 PDF, saved where the user
// chooses. The renderer names the file; nothing else crosses from it.
import { writeFile } from 'node:fs/promises'
import type { BrowserWindow, Dialog, WebContents } from 'electron'
import { menuLocale } from './menu'

const TEXT = {
  'zh-CN': { title: '保存为 PDF', filter: 'PDF 文件', name: '年度工作报告' },
  'zh-TW': { title: '儲存為 PDF', filter: 'PDF 檔案', name: '年度工作報告' },
  en: { title: 'Save as PDF', filter: 'PDF files', name: 'annual-report' },
} as const

/** The file name the renderer asked for, if it is a plain name (no folders, no control characters). */
function requestedName(input: unknown): string | null {
  const name = (input as { fileName?: unknown } | null)?.fileName
  if (typeof name !== 'string') return null
  const plain = name.replace(/[\\/:*?"<>|]/g, ' ').trim()
  // eslint-disable-next-line no-control-regex
  if (!plain || /[\u0000-\u001f]/.test(plain) || plain.length > 120) return null
  return plain.toLowerCase().endsWith('.pdf') ? plain : `${plain}.pdf`
}

/** Asks where to save, prints the sender's page to A4 (backgrounds kept), writes it; the path, or null if cancelled. */
export async function printToPdf(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: BrowserWindow | null,
  contents: Pick<WebContents, 'printToPDF'>,
  locale: string,
  input: unknown,
): Promise<string | null> {
  const text = TEXT[menuLocale(locale)]
  const options = {
    title: text.title,
    defaultPath: requestedName(input) ?? `${text.name}.pdf`,
    filters: [{ name: text.filter, extensions: ['pdf'] }],
  }
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return null
  const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: true })
  await writeFile(result.filePath, pdf)
  return result.filePath
}
