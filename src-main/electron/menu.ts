import type { MenuItemConstructorOptions } from 'electron'

/** The menu's own words; the items themselves use Electron's roles, which Electron translates. */
const LABELS = {
  'zh-CN': { file: '文件', edit: '编辑', view: '视图' },
  'zh-TW': { file: '檔案', edit: '編輯', view: '檢視' },
  en: { file: 'File', edit: 'Edit', view: 'View' },
} as const

export function menuLocale(systemLocale: string): keyof typeof LABELS {
  if (/^zh-(TW|HK|MO|Hant)/i.test(systemLocale)) return 'zh-TW'
  if (/^zh/i.test(systemLocale)) return 'zh-CN'
  return /^en/i.test(systemLocale) ? 'en' : 'zh-CN'
}

/** The application menu. Editing roles keep copy and paste working in inputs; developer tools only in dev. */
export function menuTemplate(isDev: boolean, systemLocale: string): MenuItemConstructorOptions[] {
  const label = LABELS[menuLocale(systemLocale)]
  return [
    { label: label.file, submenu: [{ role: 'quit' }] },
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
