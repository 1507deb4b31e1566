import type { MenuItemConstructorOptions } from 'electron'

/** The menu's own words; the standard items use Electron's roles, which Electron translates. */
const LABELS = {
  'zh-CN': { file: '文件', edit: '编辑', view: '视图', backup: '备份…', restore: '从备份恢复…' },
  'zh-TW': { file: '檔案', edit: '編輯', view: '檢視', backup: '備份…', restore: '從備份恢復…' },
  en: { file: 'File', edit: 'Edit', view: 'View', backup: 'Back up…', restore: 'Restore from backup…' },
} as const

export function menuLocale(systemLocale: string): keyof typeof LABELS {
  if (/^zh-(TW|HK|MO|Hant)/i.test(systemLocale)) return 'zh-TW'
  if (/^zh/i.test(systemLocale)) return 'zh-CN'
  return /^en/i.test(systemLocale) ? 'en' : 'zh-CN'
}

/** Where the menu's backup items take the renderer: the same page the web version uses. */
export const BACKUP_ROUTE = '#/settings/backup?action=backup'
export const RESTORE_ROUTE = '#/settings/backup?action=restore'

/**
 * The application menu. Editing roles keep copy and paste working in inputs; developer tools only in
 * development. `openRoute` shows a page of the app (the backup and restore dialogs).
 */
export function menuTemplate(
  isDev: boolean,
  systemLocale: string,
  openRoute: (hash: string) => void = () => undefined,
): MenuItemConstructorOptions[] {
  const label = LABELS[menuLocale(systemLocale)]
  return [
    {
      label: label.file,
      submenu: [
        { label: label.backup, click: () => openRoute(BACKUP_ROUTE) },
        { label: label.restore, click: () => openRoute(RESTORE_ROUTE) },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: label.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: label.view,
      submenu: [
        { role: 'reload' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
  ]
}
