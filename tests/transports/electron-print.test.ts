// 打印 in the desktop app, with `electron` mocked: the renderer's 'host.printToPdf' goes through the app's IPC to a
// save dialog, then the asking page's printToPDF (A4, backgrounds) is written to the chosen file.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { IPC_INVOKE } from '../../src-main/shared/channels'
import { startElectronApp } from '../../src-main/electron/lifecycle'
import { tempDir } from '../core/helpers'

vi.mock('electron', () => ({}))

const APP_URL = 'file:///app/out/renderer/index.html'
type Handler = (event: unknown, channel: unknown, input: unknown, session?: unknown) => Promise<unknown>

function fakeElectron(dataDir: string, saveAs: string | null) {
  const on = vi.fn()
  const app = {
    on,
    setPath: vi.fn(),
    getPath: vi.fn((name: string) => join(dataDir, name)),
    getLocale: vi.fn(() => 'zh-CN'),
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
  }
  class BrowserWindow {
    webContents = { on: vi.fn(), once: vi.fn(), setWindowOpenHandler: vi.fn() }
    once = vi.fn()
    on = vi.fn()
    loadURL = vi.fn(() => Promise.resolve())
  }
  let handler: Handler | undefined
  const ipcMain = {
    handle: vi.fn((name: string, fn: Handler) => void (name === IPC_INVOKE && (handler = fn))),
  }
  const session = {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
  }
  const dialog = {
    showErrorBox: vi.fn(),
    showSaveDialog: vi.fn((..._args: unknown[]) =>
      Promise.resolve(saveAs ? { canceled: false, filePath: saveAs } : { canceled: true, filePath: '' }),
    ),
  }
  const Menu = { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) }
  return {
    electron: { app, BrowserWindow, ipcMain, session, dialog, Menu },
    handler: () => handler,
  }
}

/** The page that asks: a trusted top frame whose contents print to a small fake PDF. */
function askingPage() {
  const printToPDF = vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-1.7 fake')))
  return { event: { senderFrame: { url: APP_URL, parent: null }, sender: { printToPDF } }, printToPDF }
}

describe('host.printToPdf', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  async function started(saveAs: (dir: string) => string | null) {
    const dir = tempDir()
    dirs.push(dir)
    const fake = fakeElectron(dir, saveAs(dir))
    startElectronApp(fake.electron as never, {
      mainDir: '/app/out/main',
      argv: ['electron', '.', '--db', join(dir, 'shuanghe.db')],
      env: {},
    })
    await vi.waitFor(() => expect(fake.handler()).toBeDefined())
    return { dir, fake, handler: fake.handler() as Handler }
  }

  it('asks where to save, under the name the page gave, and writes the A4 PDF of the asking page there', async () => {
    const { dir, fake, handler } = await started((d) => join(d, '报告.pdf'))
    const page = askingPage()
    const answer = await handler(page.event, 'host.printToPdf', { fileName: '测试基地 2026 年度工作报告' })
    expect(answer).toEqual({ ok: true, data: join(dir, '报告.pdf') })
    expect(fake.electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    const options = fake.electron.dialog.showSaveDialog.mock.calls[0]?.at(-1) as {
      title: string
      defaultPath: string
      filters: { extensions: string[] }[]
    }
    expect(options).toMatchObject({
      title: '保存为 PDF',
      defaultPath: '测试基地 2026 年度工作报告.pdf',
      filters: [{ extensions: ['pdf'] }],
    })
    expect(page.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true })
    expect(readFileSync(join(dir, '报告.pdf'), 'utf8')).toBe('%PDF-1.7 fake')
  })

  it('prints nothing when the dialog is cancelled, and never takes a folder from the page', async () => {
    const { dir, fake, handler } = await started(() => null)
    const page = askingPage()
    const answer = await handler(page.event, 'host.printToPdf', { fileName: '../../etc/passwd' })
    expect(answer).toEqual({ ok: true, data: null })
    const options = fake.electron.dialog.showSaveDialog.mock.calls[0]?.at(-1) as { defaultPath: string }
    expect(options.defaultPath).not.toContain('/')
    expect(page.printToPDF).not.toHaveBeenCalled()
    expect(existsSync(join(dir, 'passwd.pdf'))).toBe(false)
  })

  it('refuses a page from elsewhere without opening a dialog', async () => {
    const { fake, handler } = await started((d) => join(d, 'x.pdf'))
    const page = askingPage()
    const answer = await handler(
      { ...page.event, senderFrame: { url: 'https://evil.example/', parent: null } },
      'host.printToPdf',
      {},
    )
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(fake.electron.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(page.printToPDF).not.toHaveBeenCalled()
  })
})
