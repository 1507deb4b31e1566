// End-to-end support: the real web transport on a temporary database, and Chromium driven by Playwright.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

const ROOT = resolve(import.meta.dirname, '../..')
const WEB_ENTRY = join(ROOT, 'out/main/web.js')

export interface WebHost {
  url: string
  dbFile: string
  dir: string
  process: ChildProcess
  stop(): Promise<void>
}

/** Starts `out/main/web.js` (built by `npm test` first) on a fresh database in a temp folder. */
export async function startWebHost(options: { today?: string; dbFile?: string } = {}): Promise<WebHost> {
  if (!existsSync(WEB_ENTRY))
    throw new Error('out/main/web.js 不存在：请先运行 npm run build（npm test 会自动构建）。')
  const dir = mkdtempSync(join(tmpdir(), 'shuanghe-e2e-'))
  const dbFile = options.dbFile ?? join(dir, 'e2e.db')
  const args = [
    WEB_ENTRY,
    '--db',
    dbFile,
    '--port',
    '0',
    ...(options.today ? ['--today', options.today] : []),
  ]
  // process.execPath is the Node 22 that runs the tests, never the system Node.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const m = /Web host: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (m?.[1]) {
        clearTimeout(timer)
        resolveUrl(m[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`web host exited with ${String(code)}:\n${output}`))
    })
  })
  return {
    url,
    dbFile,
    dir,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's /usr/bin/chromium when present, else Playwright's own browser; a clear sentence when neither. */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
  // Playwright gives every launch a fresh, temporary profile (the --user-data-dir of a manual run).
  let browser: Browser
  try {
    browser = await chromium.launch({
      ...(system ? { executablePath: system } : {}),
      args: CHROMIUM_FLAGS,
    })
  } catch (err) {
    throw new Error(
      '找不到可用的 Chromium：请安装 Debian 的 chromium 和 fonts-wqy-zenhei（apt-get install -y chromium fonts-wqy-zenhei），' +
        `或运行 npx playwright install chromium。原始错误：${String(err)}`,
      { cause: err },
    )
  }
  return {
    browser,
    close: () => browser.close(),
  }
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  return context.newPage()
}
