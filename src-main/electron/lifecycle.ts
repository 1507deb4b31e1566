// Electron lifecycle: single instance, open the database through the host, IPC, one locked-down window.
// Everything Electron-specific is passed in, so tests run it with a mocked `electron`.
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as Electron from 'electron'
import { DatabaseOpenError } from '../core/db/open'
import { Host } from '../core/host'
import { parseFlags } from '../core/lib/args'
import { createClock } from '../core/lib/clock'
import { chooseBackupDestination, chooseBackupSource } from './dialogs'
import { registerIpc } from './ipc'
import { printToPdf } from './print'
import { menuTemplate } from './menu'
import { denyAllPermissions, focusWindow, hardenWebContents, mainWindowOptions } from './window'

type ElectronModule = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'ipcMain' | 'dialog' | 'Menu' | 'session'
>

export interface LifecycleOptions {
  /** out/main, where index.js lives; the preload and renderer sit beside it. */
  mainDir: string
  argv: readonly string[]
  env: NodeJS.ProcessEnv
}

/** The dev server's URL only in development: an installed app never loads (or trusts) another address. */
export function appUrlFor(mainDir: string, env: NodeJS.ProcessEnv, isPackaged: boolean): string {
  const devUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL
  return devUrl ?? pathToFileURL(join(mainDir, '../renderer/index.html')).href
}

/** Returns false when another instance holds the lock (this one then quits). */
export function startElectronApp(electron: ElectronModule, options: LifecycleOptions): boolean {
  const { app, BrowserWindow, ipcMain, dialog, Menu, session } = electron
  app.setPath('userData', join(app.getPath('appData'), 'shuanghe'))
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  let window: Electron.BrowserWindow | null = null
  let host: Host | null = null
  app.on('second-instance', () => focusWindow(window))
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => host?.close())

  const appUrl = appUrlFor(options.mainDir, options.env, app.isPackaged)
  const isDev = !app.isPackaged && !!options.env.ELECTRON_RENDERER_URL
  const flags = parseFlags(options.argv)
  const file = flags.get('db') ?? options.env.SHUANGHE_DB ?? join(app.getPath('userData'), 'shuanghe.db')
  const clock = createClock()

  const openWindow = (): void => {
    window = new BrowserWindow(
      mainWindowOptions(
        join(options.mainDir, '../preload/index.js'),
        join(options.mainDir, '../../resources/icon.png'),
      ),
    )
    hardenWebContents(window.webContents, appUrl)
    window.once('ready-to-show', () => window?.show())
    window.on('closed', () => (window = null))
    void window.loadURL(appUrl)
  }

  /** The menu's backup and restore open the app's own page for them (the same as in a browser). */
  const openRoute = (hash: string): void => {
    if (!window) return
    focusWindow(window)
    void window.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`)
  }

  void app.whenReady().then(async () => {
    try {
      mkdirSync(dirname(file), { recursive: true })
      host = await Host.open({ file, clock, resourcesDir: join(options.mainDir, '../../resources') })
    } catch (err) {
      const message =
        err instanceof DatabaseOpenError ? err.message : `无法打开数据文件 ${file}：${String(err)}`
      dialog.showErrorBox('双核无法启动', message)
      app.quit()
      return
    }
    denyAllPermissions(session.defaultSession)
    const locale = app.getLocale()
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(isDev, locale, openRoute)))
    registerIpc(ipcMain, host, appUrl, {
      'host.chooseBackupDestination': () => chooseBackupDestination(dialog, window, locale, clock.today()),
      'host.chooseBackupSource': () => chooseBackupSource(dialog, window, locale),
      'host.printToPdf': (event, input) => printToPdf(dialog, window, event.sender, locale, input),
    })
    openWindow()
  })
  return true
}
