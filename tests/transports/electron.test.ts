// The Electron glue, with `electron` mocked: the binary cannot be downloaded here, and tests never load it.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { IPC_INVOKE } from '../../src-main/shared/channels'
import { isTrustedSender, registerIpc } from '../../src-main/electron/ipc'
import { hardenWebContents, isAppUrl, mainWindowOptions } from '../../src-main/electron/window'
import { appUrlFor, startElectronApp } from '../../src-main/electron/lifecycle'
import { menuTemplate } from '../../src-main/electron/menu'
import { tempDir } from '../core/helpers'

const exposed: Record<string, unknown> = {}
const ipcInvoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, data: 'from-main' }))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke: (...args: unknown[]) => ipcInvoke(...args) },
}))

const APP_URL = 'file:///opt/shuanghe/resources/app.asar/out/renderer/index.html'

type Listener = (...args: unknown[]) => void
function fakeEmitter() {
  const listeners = new Map<string, Listener[]>()
  return {
    on: vi.fn((event: string, fn: Listener) => listeners.set(event, [...(listeners.get(event) ?? []), fn])),
    once: vi.fn((event: string, fn: Listener) => listeners.set(event, [...(listeners.get(event) ?? []), fn])),
    emit(event: string, ...args: unknown[]) {
      for (const fn of listeners.get(event) ?? []) fn(...args)
    },
  }
}

function fakeWebContents() {
  const emitter = fakeEmitter()
  let openHandler: (() => { action: string }) | undefined
  return {
    ...emitter,
    setWindowOpenHandler: vi.fn((fn: () => { action: string }) => (openHandler = fn)),
    openWindow: () => openHandler?.(),
  }
}

describe('the window', () => {
  it('is sandboxed and context-isolated, without Node, webviews or insecure content', () => {
    const options = mainWindowOptions('/app/out/preload/index.js')
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    })
  })

  it('blocks navigation away from the app, new windows and webviews', () => {
    const contents = fakeWebContents()
    hardenWebContents(contents as never, APP_URL)
    const away = { preventDefault: vi.fn() }
    contents.emit('will-navigate', away, 'https://example.com/')
    expect(away.preventDefault).toHaveBeenCalled()
    const otherFile = { preventDefault: vi.fn() }
    contents.emit('will-navigate', otherFile, 'file:///etc/passwd')
    expect(otherFile.preventDefault).toHaveBeenCalled()
    const inside = { preventDefault: vi.fn() }
    contents.emit('will-navigate', inside, `${APP_URL}#/organizations/3`)
    expect(inside.preventDefault).not.toHaveBeenCalled()
    const redirect = { preventDefault: vi.fn() }
    contents.emit('will-redirect', redirect, 'http://evil.example/')
    expect(redirect.preventDefault).toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
    expect(contents.openWindow()).toEqual({ action: 'deny' })
  })

  it('knows its own pages: the built file, or the dev server origin', () => {
    expect(isAppUrl(`${APP_URL}?x=1#/a`, APP_URL)).toBe(true)
    expect(isAppUrl('file:///tmp/index.html', APP_URL)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('not a url', APP_URL)).toBe(false)
  })
})

describe('the menu', () => {
  it('follows the system language and offers developer tools only in development', () => {
    const labels = (locale: string) => menuTemplate(false, locale).map((m) => m.label)
    const opened: string[] = []
    const file = menuTemplate(false, 'zh-CN', (hash) => opened.push(hash))[0]
    const items = Array.isArray(file?.submenu) ? file.submenu : []
    expect(items.map((i) => i.label ?? i.role)).toEqual(['备份…', '从备份恢复…', undefined, 'quit'])
    for (const item of items.slice(0, 2)) (item.click as (() => void) | undefined)?.()
    expect(opened).toEqual(['#/settings/backup?action=backup', '#/settings/backup?action=restore'])
    expect(labels('zh-CN')).toEqual(['文件', '编辑', '视图'])
    expect(labels('zh-TW')).toEqual(['檔案', '編輯', '檢視'])
    expect(labels('en-US')).toEqual(['File', 'Edit', 'View'])
    const roles = (dev: boolean) =>
      menuTemplate(dev, 'zh-CN').flatMap((m) =>
        Array.isArray(m.submenu) ? m.submenu.map((i) => i.role) : [],
      )
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(false)).toEqual(expect.arrayContaining(['copy', 'paste', 'quit']))
  })
})

describe('IPC', () => {
  it('trusts only the app’s own top-level frame', () => {
    expect(isTrustedSender({ url: APP_URL, parent: null }, APP_URL)).toBe(true)
    expect(isTrustedSender({ url: APP_URL, parent: {} }, APP_URL)).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP_URL)).toBe(false)
    expect(isTrustedSender(null, APP_URL)).toBe(false)
  })

  it('passes trusted calls, with their session token, to dispatch and refuses the rest without calling it', async () => {
    let handler:
      ((event: unknown, channel: unknown, input: unknown, session?: unknown) => unknown) | undefined
    const ipcMain = {
      handle: vi.fn((name: string, fn: typeof handler) => void (name === IPC_INVOKE && (handler = fn))),
    }
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, data: 1 }))
    const chooseDestination = vi.fn(() => Promise.resolve('/media/usb/shuanghe.db'))
    registerIpc(ipcMain as never, { dispatch }, APP_URL, {
      'host.chooseBackupDestination': chooseDestination,
      'host.chooseBackupSource': () => Promise.resolve(null),
      'host.printToPdf': () => Promise.resolve(null),
    })
    expect(ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE, expect.any(Function))
    const trustedFrame = { senderFrame: { url: APP_URL, parent: null } }

    const trusted = await handler?.(trustedFrame, 'organization.list', { page: 1 }, 'token-1')
    expect(trusted).toEqual({ ok: true, data: 1 })
    expect(dispatch).toHaveBeenCalledWith({ session: 'token-1' }, 'organization.list', { page: 1 })
    await handler?.(trustedFrame, 'organization.list', {}, { not: 'a token' })
    expect(dispatch).toHaveBeenLastCalledWith({ session: null }, 'organization.list', {})

    expect(await handler?.(trustedFrame, 'host.chooseBackupDestination', {}, 'token-1')).toEqual({
      ok: true,
      data: '/media/usb/shuanghe.db',
    })
    expect(chooseDestination).toHaveBeenCalledTimes(1)

    dispatch.mockClear()
    const foreign = await handler?.(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      'organization.list',
      {},
    )
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const dialogFromForeign = await handler?.(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      'host.chooseBackupDestination',
      {},
    )
    expect(dialogFromForeign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(dispatch).not.toHaveBeenCalled()
    expect(chooseDestination).toHaveBeenCalledTimes(1)
  })
})

describe('the preload', () => {
  it('exposes only invoke, and only for known channels', async () => {
    await import('../../src-main/preload/index')
    expect(Object.keys(exposed)).toEqual(['shuanghe'])
    const bridge = exposed.shuanghe as { invoke: (c: unknown, i: unknown, s?: unknown) => Promise<unknown> }
    expect(Object.keys(bridge)).toEqual(['invoke'])

    expect(await bridge.invoke('organization.list', { page: 2 }, 'token-1')).toEqual({
      ok: true,
      data: 'from-main',
    })
    expect(ipcInvoke).toHaveBeenCalledWith(IPC_INVOKE, 'organization.list', { page: 2 }, 'token-1')
    await bridge.invoke('host.chooseBackupSource', {})
    expect(ipcInvoke).toHaveBeenLastCalledWith(IPC_INVOKE, 'host.chooseBackupSource', {}, null)

    ipcInvoke.mockClear()
    expect(await bridge.invoke('shell.openExternal', 'https://evil.example')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    })
    expect(await bridge.invoke({ toString: () => 'organization.list' }, {})).toMatchObject({ ok: false })
    expect(ipcInvoke).not.toHaveBeenCalled()
  })
})

describe('the app URL', () => {
  it('is the dev server only in development; an installed app ignores ELECTRON_RENDERER_URL', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://evil.example/' }
    expect(appUrlFor('/app/out/main', env, false)).toBe('http://evil.example/')
    expect(appUrlFor('/app/out/main', env, true)).toBe('file:///app/out/renderer/index.html')
  })
})

describe('the lifecycle', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  function fakeElectron(options: { lock: boolean; dataDir: string }) {
    const app = {
      ...fakeEmitter(),
      setPath: vi.fn(),
      getPath: vi.fn((name: string) => join(options.dataDir, name)),
      getLocale: vi.fn(() => 'zh-CN'),
      isPackaged: true,
      requestSingleInstanceLock: vi.fn(() => options.lock),
      quit: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
    }
    const windows: {
      options: unknown
      webContents: ReturnType<typeof fakeWebContents>
      win: Record<string, unknown>
    }[] = []
    class BrowserWindow {
      webContents = fakeWebContents()
      private events = fakeEmitter()
      once = this.events.once
      on = this.events.on
      loadURL = vi.fn(() => Promise.resolve())
      isMinimized = vi.fn(() => true)
      restore = vi.fn()
      show = vi.fn()
      focus = vi.fn()
      constructor(opts: unknown) {
        windows.push({
          options: opts,
          webContents: this.webContents,
          win: this as unknown as Record<string, unknown>,
        })
      }
    }
    const ipcMain = { handle: vi.fn() }
    const permissionHandlers: ((c: unknown, p: string, cb: (ok: boolean) => void) => void)[] = []
    const session = {
      defaultSession: {
        setPermissionRequestHandler: vi.fn((fn: (c: unknown, p: string, cb: (ok: boolean) => void) => void) =>
          permissionHandlers.push(fn),
        ),
        setPermissionCheckHandler: vi.fn(),
      },
    }
    const dialog = { showErrorBox: vi.fn() }
    const Menu = { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) }
    return { electron: { app, BrowserWindow, ipcMain, session, dialog, Menu }, windows, permissionHandlers }
  }

  it('a second launch quits at once when another instance holds the lock', () => {
    const dir = tempDir()
    dirs.push(dir)
    const { electron, windows } = fakeElectron({ lock: false, dataDir: dir })
    expect(startElectronApp(electron as never, { mainDir: '/app/out/main', argv: [], env: {} })).toBe(false)
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(windows).toHaveLength(0)
  })

  it('opens the database, registers IPC, opens one locked-down window, and focuses it on a second launch', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const dbFile = join(dir, 'nested', 'shuanghe.db')
    const { electron, windows, permissionHandlers } = fakeElectron({ lock: true, dataDir: dir })
    expect(
      startElectronApp(electron as never, {
        mainDir: '/app/out/main',
        argv: ['electron', '.', '--db', dbFile],
        env: {},
      }),
    ).toBe(true)
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', join(dir, 'appData', 'shuanghe'))
    await vi.waitFor(() =>
      expect(electron.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE, expect.any(Function)),
    )
    expect(existsSync(join(dir, 'nested', 'backups'))).toBe(true)
    expect(windows).toHaveLength(1)
    const window = windows[0]!
    expect(window.options).toMatchObject({
      webPreferences: { preload: '/app/out/preload/index.js', sandbox: true },
    })
    expect(window.win.loadURL).toHaveBeenCalledWith('file:///app/out/renderer/index.html')
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled()
    const answer = vi.fn()
    permissionHandlers[0]?.(null, 'media', answer)
    expect(answer).toHaveBeenCalledWith(false)

    electron.app.emit('second-instance')
    expect(window.win.restore).toHaveBeenCalled()
    expect(window.win.focus).toHaveBeenCalled()
    electron.app.emit('will-quit')
  })

  it('a database it cannot open is explained in a dialog, and the app quits', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const { electron, windows } = fakeElectron({ lock: true, dataDir: dir })
    startElectronApp(electron as never, { mainDir: '/app/out/main', argv: [], env: { SHUANGHE_DB: dir } })
    await vi.waitFor(() =>
      expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('双核无法启动', expect.stringContaining(dir)),
    )
    expect(electron.app.quit).toHaveBeenCalled()
    expect(windows).toHaveLength(0)
  })
})
