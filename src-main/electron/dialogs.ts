// Native file dialogs for backup and restore; the renderer gets back a path (or null when cancelled).
import type { BrowserWindow, Dialog } from 'electron'
import { menuLocale } from './menu'

const TEXT = {
  'zh-CN': { backupTitle: '备份到', restoreTitle: '选择要恢复的备份', filter: '双核备份', name: '双核备份' },
  'zh-TW': { backupTitle: '備份到', restoreTitle: '選擇要恢復的備份', filter: '雙核備份', name: '雙核備份' },
  en: {
    backupTitle: 'Back up to',
    restoreTitle: 'Choose a backup to restore',
    filter: 'Shuanghe backups',
    name: 'shuanghe-backup',
  },
} as const

export async function chooseBackupDestination(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: BrowserWindow | null,
  locale: string,
  today: string,
): Promise<string | null> {
  const text = TEXT[menuLocale(locale)]
  const options = {
    title: text.backupTitle,
    defaultPath: `${text.name}-${today}.db`,
    filters: [{ name: text.filter, extensions: ['db', 'shbak'] }],
  }
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

export async function chooseBackupSource(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BrowserWindow | null,
  locale: string,
): Promise<string | null> {
  const text = TEXT[menuLocale(locale)]
  const options = {
    title: text.restoreTitle,
    properties: ['openFile' as const],
    filters: [{ name: text.filter, extensions: ['db', 'shbak'] }],
  }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
