// End-to-end support: the real web transport on a temporary database, Chromium driven by Playwright, and
// the UI steps the suites share (first start, signing in and out, Element Plus forms, channel calls).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { createApp } from '../../src-main/core/app'
import { SYSTEM_ACTOR } from '../../src-main/core/context'
import { openDatabase } from '../../src-main/core/db/open'
import { createClock } from '../../src-main/core/lib/clock'

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

// ---- UI helpers shared by the suites ----

const SCREENSHOTS = process.env.SHUANGHE_SCREENSHOTS

/**
 * A picture for the docs, only when SHUANGHE_SCREENSHOTS names a folder. The messages of earlier steps are
 * let fade first (with the pointer off them: hovering keeps a message open), and animations are finished.
 */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  if (!SCREENSHOTS) return
  mkdirSync(SCREENSHOTS, { recursive: true })
  const page = 'mouse' in target ? target : target.page()
  await page.mouse.move(2, (page.viewportSize()?.height ?? 900) - 2)
  // `first()` matches while any message is left. (waitForFunction with a string is refused by the app's CSP.)
  await page.locator('.el-message').first().waitFor({ state: 'detached' })
  await target.screenshot({ path: join(SCREENSHOTS, name), animations: 'disabled' })
}

/** The core's answer as the transport sends it. */
export interface ChannelResult<T = unknown> {
  ok: boolean
  data?: T
  error?: { code: string; key: string; message: string }
}

/**
 * Calls a channel from inside the page with the tab's web token and session, exactly as the app's api/
 * does. A string, as the tests' tsconfig has no DOM types.
 */
export function callFromPage<T = unknown>(
  page: Page,
  channel: string,
  input: object = {},
): Promise<ChannelResult<T>> {
  return page.evaluate<ChannelResult<T>>(`(async () => {
    const r = await fetch(${JSON.stringify(`/api/${channel}`)}, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'x-shuanghe-token': sessionStorage.getItem('shuanghe.token') ?? '',
        'x-shuanghe-session': sessionStorage.getItem('shuanghe.session') ?? '',
      },
      body: ${JSON.stringify(JSON.stringify(input))},
    })
    return r.json()
  })()`)
}

/** The data of a channel called as the signed-in user of the page; throws when the core refuses. */
export async function dataFromPage<T>(page: Page, channel: string, input: object = {}): Promise<T> {
  const result = await callFromPage<T>(page, channel, input)
  if (!result.ok || result.data === undefined) {
    throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  }
  return result.data
}

/** The form item whose label is exactly `label`. */
export function formItem(scope: Locator, label: string): Locator {
  return scope
    .locator('.el-form-item')
    .filter({ has: scope.page().locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) })
}

/** Waits until the item shows an error containing `text`; returns the whole message. */
export async function fieldError(item: Locator, text: string): Promise<string> {
  const error = item.locator('.el-form-item__error', { hasText: text })
  await error.waitFor()
  return error.innerText()
}

/** Waits until the item shows no error any more (the message fades out). */
export async function noFieldError(item: Locator): Promise<void> {
  await item.locator('.el-form-item__error').waitFor({ state: 'hidden' })
}

/** Picks the visible option `text` of an Element Plus select and waits until the select shows it. */
export async function choose(page: Page, select: Locator, text: string): Promise<void> {
  await select.click()
  await page
    .locator('.el-select-dropdown__item')
    .filter({ hasText: new RegExp(`^\\s*${text}\\s*$`), visible: true })
    .click()
  await select.locator('.el-select__selected-item', { hasText: text }).waitFor()
}

/**
 * Types a date into a date picker's input and confirms with Enter; then moves the focus away (a picker
 * that did not take the text would put its old value back) and checks the date stayed.
 */
export async function setDate(input: Locator, date: string, elsewhere: Locator): Promise<void> {
  await input.click()
  await input.fill(date)
  await input.press('Enter')
  await elsewhere.click()
  await input.page().locator('.el-picker__popper').filter({ visible: true }).waitFor({ state: 'hidden' })
  if ((await input.inputValue()) !== date) throw new Error(`the date picker did not keep ${date}`)
}

/** Waits for a success message containing `text`. */
export async function toast(page: Page, text: string): Promise<void> {
  await page.locator('.el-message--success', { hasText: text }).first().waitFor()
}

/** Waits for an error message containing `text`; returns its whole text. */
export async function errorToast(page: Page, text: string): Promise<string> {
  const message = page.locator('.el-message--error', { hasText: text }).first()
  await message.waitFor()
  return message.innerText()
}

export interface FirstStartOptions {
  baseName: string
  totalAreaM2: string
  adminDisplayName: string
  adminPassword: string
  /** Loads the 36 demo organisations; otherwise starts empty. */
  demo: boolean
}

/** 首次启动 with valid answers: base, administrator (username `admin`), demo or not; ends signed in. */
export async function firstStart(page: Page, url: string, options: FirstStartOptions): Promise<void> {
  await page.goto(url)
  await page.getByText('欢迎使用双核').waitFor()
  await page.locator('input[name=baseName]').fill(options.baseName)
  await page.locator('input[name=totalAreaM2]').fill(options.totalAreaM2)
  await page.locator('input[name=adminDisplayName]').fill(options.adminDisplayName)
  await page.locator('input[name=adminPassword]').fill(options.adminPassword)
  await page.locator('input[name=adminPasswordConfirm]').fill(options.adminPassword)
  await page.getByRole('button', { name: '下一步' }).click()
  if (options.demo) {
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await toast(page, '已载入 36 个示例组织')
  } else {
    await page.getByRole('button', { name: '从空白开始' }).click()
  }
  await page.getByRole('button', { name: '开始使用' }).click()
  await page.getByTestId('sidebar').waitFor()
}

/** Types a username and password on the login page and submits; returns the core's answer. */
export async function submitLogin(page: Page, username: string, password: string): Promise<ChannelResult> {
  await page.locator('input[name=username]').fill(username)
  await page.locator('input[name=password]').fill(password)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth.login')),
    page.getByTestId('login-submit').click(),
  ])
  return (await response.json()) as ChannelResult
}

/** Signs in an account that needs no password change and waits for the sidebar. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await submitLogin(page, username, password)
  await page.getByTestId('sidebar').waitFor()
}

/** 退出登录 from the user menu; waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await page.getByRole('menuitem', { name: '退出登录' }).click()
  await page.getByTestId('login').waitFor()
}

/** The forced 请先修改初始密码 dialog (shown at the first login of an account an administrator made). */
export function forcedPasswordDialog(page: Page): Locator {
  return page.getByTestId('change-password').filter({ hasText: '请先修改初始密码' })
}

/** Fills the forced dialog and saves; waits until it has closed and the pages show. */
export async function changeInitialPassword(page: Page, current: string, next: string): Promise<void> {
  const dialog = forcedPasswordDialog(page)
  await dialog.waitFor()
  await dialog.locator('input[name=currentPassword]').fill(current)
  await dialog.locator('input[name=newPassword]').fill(next)
  await dialog.locator('input[name=confirmPassword]').fill(next)
  await dialog.getByRole('button', { name: '保存' }).click()
  await toast(page, '密码已修改。')
  await dialog.waitFor({ state: 'hidden' })
}

/** Opens 入驻组织 from the sidebar and waits until the table has loaded. */
export async function openList(page: Page): Promise<void> {
  await page.locator('[data-testid=sidebar] [data-nav=organizations]').click()
  await page.getByTestId('organization-list').waitFor()
  await page.getByTestId('org-table').locator('.el-loading-mask').waitFor({ state: 'hidden' })
}

/** Types into the list's search box and waits for the total it should give. */
export async function searchList(page: Page, text: string, expectedTotal: number): Promise<void> {
  await page.getByTestId('org-search').fill(text)
  await page.getByTestId('org-total').getByText(`共 ${expectedTotal} 个组织`).waitFor()
}

export function listedNames(page: Page): Promise<string[]> {
  return page.getByTestId('org-table').locator('.name-link').allInnerTexts()
}

/** Opens a tab of 系统设置 from the sidebar. */
export async function openSettings(page: Page, tab: string, panelTestId: string): Promise<Locator> {
  await page.locator('[data-testid=sidebar] [data-nav=settings]').click()
  await page.getByTestId('settings').waitFor()
  await page.getByRole('tab', { name: tab }).click()
  const panel = page.getByTestId(panelTestId)
  await panel.waitFor()
  return panel
}

/** The 支部书记 of the branch tests: signs in without a password change. */
export const SECRETARY = { username: 'shuji', displayName: '刘书记', password: 'Shuji2026x' }

/**
 * Writes a demo base (residents, space, coaching and the Party branch with its meetings, member development and
 * dues) into `file`, with today fixed, and a 支部书记 account whose initial password is already changed.
 */
export async function prepareBranchDatabase(file: string, today: string): Promise<void> {
  const db = openDatabase(file)
  try {
    const clock = createClock(
      () => today,
      () => Date.parse(`${today}T09:00:00+08:00`),
    )
    const app = createApp({ db, clock })
    const system = { actor: SYSTEM_ACTOR }
    const must = async (channel: string, input: unknown) => {
      const result = await app.dispatch(system, channel, input)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.data
    }
    await must('system.setup', {
      baseName: '福山区社会组织孵化基地',
      totalAreaM2: 1400,
      adminUsername: 'admin',
      adminDisplayName: '王管理',
      adminPassword: 'Admin2026',
    })
    await must('demo.load', {})
    const initial = `${SECRETARY.password}0`
    await must('account.create', {
      username: SECRETARY.username,
      displayName: SECRETARY.displayName,
      roles: ['branch_secretary'],
      password: initial,
    })
    const login = (await must('auth.login', { username: SECRETARY.username, password: initial })) as {
      token: string
    }
    const changed = await app.dispatch({ session: login.token }, 'account.changePassword', {
      currentPassword: initial,
      newPassword: SECRETARY.password,
    })
    if (!changed.ok) throw new Error(changed.error.message)
  } finally {
    db.close()
  }
}

/** The branch suites' page: a prepared database, its web host and a browser signed in as the 支部书记. */
export interface BranchSession {
  page: Page
  host: WebHost
  close(): Promise<void>
}

/** Starts the web host on a fresh `prepareBranchDatabase` and signs the 支部书记 in; `close` removes it all. */
export async function openAsSecretary(name: string, today: string): Promise<BranchSession> {
  const dir = mkdtempSync(join(tmpdir(), `shuanghe-${name}-`))
  const dbFile = join(dir, `${name}.db`)
  await prepareBranchDatabase(dbFile, today)
  const host = await startWebHost({ today, dbFile })
  const launched = await launchBrowser()
  const page = await newPage(launched.browser)
  page.setDefaultTimeout(10_000)
  await page.goto(host.url)
  await submitLogin(page, SECRETARY.username, SECRETARY.password)
  await page.getByTestId('sidebar').waitFor()
  return {
    page,
    host,
    close: async () => {
      await launched.close()
      await host.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
