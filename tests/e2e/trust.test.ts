// Accounts, roles and the protection of personal data end to end: a 前台 without the roster, a 支部书记 whose
// reveal of a full ID number lands in 操作日志 (masked), the login lockout, the idle lock, and backup and
// restore from the UI. One host, one browser, one tab; the tests build on each other's state, starting from
// the accounts the administrator creates in the first test.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { idCheckChar, maskIdNumber } from '../../src-main/core/lib/idcard'
import { localTime } from '../../src-main/core/lib/clock'
import {
  callFromPage,
  changeInitialPassword,
  choose,
  dataFromPage,
  errorToast,
  fieldError,
  firstStart,
  forcedPasswordDialog,
  formItem,
  launchBrowser,
  listedNames,
  newPage,
  openList,
  openSettings,
  screenshot,
  searchList,
  setDate,
  signIn,
  signOut,
  startWebHost,
  submitLogin,
  toast,
  type WebHost,
} from './support'

const TODAY = '2026-11-27'
const BASE_NAME = '烟台市福山区社会组织孵化基地'
const DEMO_ORG = '烟台市芝罘区幸福来敲门邻里服务中心'

interface TestAccount {
  username: string
  displayName: string
  /** The role's checkbox in 账号管理. */
  role: string
  /** The initial password the administrator gives. */
  initial: string
  /** The password the user sets at the first login. */
  password: string
}

const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin2026' }
const FRONT_DESK: TestAccount = {
  username: 'qiantai',
  displayName: '前台小刘',
  role: '前台',
  initial: 'Qiantai0001',
  password: 'Qiantai2026',
}
const SECRETARY: TestAccount = {
  username: 'shuji',
  displayName: '李书记',
  role: '支部书记',
  initial: 'Shuji0001',
  password: 'Shuji2026',
}
const RESET_PASSWORD = 'Reset2026'
const BACKUP_PASSWORD = 'U盘备份2026'

// A valid 公民身份号码 (GB 11643 check character 9) of a man born on 1990-01-01.
const MEMBER_NAME = '张建国'
const ID_NUMBER = '370602199001011239'
const ID_MASKED = '370***********1239'
const BIRTH_DATE = '1990-01-01'

const LOCK_MESSAGE = /^该账号因连续输错密码已锁定，请于 (\d{2}:\d{2}) 后再试，或请管理员重置密码。$/
/** The core locks for 15 minutes and names the end in the base's time (Asia/Shanghai), rounded up. */
const LOCKOUT_MS = 15 * 60_000
function lockEndsBetween(fromMs: number, toMs: number): string[] {
  const ends: string[] = []
  for (
    let minute = Math.ceil((fromMs + LOCKOUT_MS) / 60_000);
    minute * 60_000 <= toMs + LOCKOUT_MS + 60_000;
    minute++
  ) {
    ends.push(localTime(minute * 60_000))
  }
  return ends
}

describe('accounts, roster and backups in the browser', () => {
  let host: WebHost | undefined
  let launched: { browser: Browser; close(): Promise<void> } | undefined
  let page: Page

  beforeAll(async () => {
    host = await startWebHost({ today: TODAY })
    launched = await launchBrowser()
    page = await newPage(launched.browser)
    // Fail within the test's 60 s with a readable message instead of Playwright's 30 s per step.
    page.setDefaultTimeout(10_000)
  })

  afterAll(async () => {
    const results = await Promise.allSettled([launched?.close(), host?.stop()])
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  })

  function theHost(): WebHost {
    if (!host) throw new Error('web host not started')
    return host
  }

  const sidebarEntries = async () =>
    (await page.locator('[data-testid=sidebar] [data-nav]').allInnerTexts()).map((e) => e.trim())

  function accountRow(username: string): Locator {
    return page
      .getByTestId('account-table')
      .locator('.el-table__row')
      .filter({ has: page.locator('td').first().getByText(username, { exact: true }) })
  }

  async function createAccount(account: TestAccount): Promise<void> {
    await page.getByTestId('account-create').click()
    const dialog = page.getByTestId('account-dialog')
    await dialog.locator('.el-dialog__title', { hasText: '新增账号' }).waitFor()
    await dialog.locator('input[name=username]').fill(account.username)
    await dialog.locator('input[name=displayName]').fill(account.displayName)
    await dialog.getByTestId('account-roles').getByText(account.role, { exact: true }).click()
    await dialog.locator('input[name=password]').fill(account.initial)
    await dialog.getByTestId('account-save').click()
    await toast(page, `已新增账号“${account.displayName}”`)
    await dialog.waitFor({ state: 'hidden' })
    const row = accountRow(account.username)
    await row.waitFor()
    expect(await row.innerText()).toContain(account.displayName)
    expect(await row.locator('.el-tag').allInnerTexts()).toEqual([account.role, '启用', '待改初始密码'])
  }

  /** Signs in with the initial password, meets the forced dialog first, and sets the user's own. */
  async function firstLogin(account: TestAccount): Promise<void> {
    const login = await submitLogin(page, account.username, account.initial)
    expect(login.ok).toBe(true)
    await forcedPasswordDialog(page).waitFor()
    // Nothing but the password change is open until it is done.
    const blocked = await callFromPage(page, 'organization.list')
    expect(blocked.error?.code).toBe('FORBIDDEN')
    expect(blocked.error?.message).toBe('请先修改初始密码。')
    expect(await page.locator('.el-main').innerText()).toBe('')
    await changeInitialPassword(page, account.initial, account.password)
    expect((await page.getByTestId('user-menu').innerText()).trim()).toBe(
      `${account.displayName}（${account.role}）`,
    )
  }

  const activeOrganizations = async () =>
    (await dataFromPage<{ total: number }>(page, 'organization.list', {})).total

  it('setup: the administrator sets up the base with demo data and creates a 前台 and a 支部书记', async () => {
    await firstStart(page, theHost().url, {
      baseName: BASE_NAME,
      totalAreaM2: '1400',
      adminDisplayName: ADMIN.displayName,
      adminPassword: ADMIN.password,
      demo: true,
    })
    await page.getByTestId('org-total').getByText('共 35 个组织').waitFor()
    expect((await page.getByTestId('user-menu').innerText()).trim()).toBe(`${ADMIN.displayName}（管理员）`)

    await openSettings(page, '账号管理', 'settings-accounts')
    await accountRow(ADMIN.username).waitFor()
    await createAccount(FRONT_DESK)
    await createAccount(SECRETARY)
    expect(await page.getByTestId('account-table').locator('.el-table__row').count()).toBe(3)
  })

  it('a. 前台: the initial password is changed first; no roster in the sidebar, the core or the address bar', async () => {
    await signOut(page)
    await firstLogin(FRONT_DESK)

    const entries = await sidebarEntries()
    expect(entries).toContain('入驻组织')
    expect(entries).not.toContain('基地党支部')

    // The roster channel itself refuses this session, called exactly as the page calls it.
    const refused = await callFromPage(page, 'member.list', {})
    expect(refused.ok).toBe(false)
    expect(refused.error?.code).toBe('FORBIDDEN')
    expect((await callFromPage(page, 'organization.list', {})).ok).toBe(true)

    // Typing the roster's address sends the 前台 to 入驻组织.
    await page.goto(`${new URL(theHost().url).origin}/#/branch`)
    await page.getByTestId('organization-list').waitFor()
    expect(page.url()).toMatch(/#\/organizations$/)
    expect(await page.getByTestId('branch').count()).toBe(0)
    expect(await page.getByTestId('member-table').count()).toBe(0)
  })

  it('b. 支部书记 registers a member, sees the number masked, reveals it; 操作日志 records the reveal masked', async () => {
    expect(idCheckChar(ID_NUMBER.slice(0, 17))).toBe(ID_NUMBER.charAt(17))
    expect(maskIdNumber(ID_NUMBER)).toBe(ID_MASKED)

    await signOut(page)
    await firstLogin(SECRETARY)
    expect(await sidebarEntries()).toContain('基地党支部')
    await page.locator('[data-testid=sidebar] [data-nav=branch]').click()
    const list = page.getByTestId('member-list')
    // The demo branch's members are on the roster already.
    const before = (await dataFromPage<{ total: number }>(page, 'member.list', {})).total
    expect(before).toBeGreaterThan(20)
    await list.getByText(`共 ${before} 名党员`).waitFor()

    await page.getByTestId('member-create').click()
    const form = page.getByTestId('member-form')
    const title = form.locator('.el-dialog__title', { hasText: '登记党员' })
    await title.waitFor()
    await form.locator('input[name=name]').fill(MEMBER_NAME)
    await form.locator('.el-radio', { hasText: '男' }).click()
    await form.locator('input[name=idNumber]').fill(ID_NUMBER)
    await setDate(form.locator('input[name=birthDate]'), BIRTH_DATE, title)
    await form.locator('input[name=phone]').fill('13512342210')
    const gender = form.locator('.el-form-item', { hasText: '性别' })
    expect(await gender.locator('.el-radio.is-checked').innerText()).toBe('男')
    await form.getByTestId('member-save').click()
    await toast(page, `已登记党员“${MEMBER_NAME}”`)
    await form.waitFor({ state: 'hidden' })

    await list.getByText(`共 ${before + 1} 名党员`).waitFor()
    const row = page.getByTestId('member-table').locator('.el-table__row', { hasText: MEMBER_NAME })
    await row.getByText(ID_MASKED).waitFor()
    const rowText = await row.innerText()
    expect(rowText).toContain('男')
    expect(rowText).toContain('135****2210')
    expect(rowText).not.toContain(ID_NUMBER)
    await screenshot(page, 'roster-masked.png')

    await row.getByTestId('member-reveal').click()
    const box = page.locator('.el-message-box.reveal-box')
    await box.getByText('完整公民身份号码').waitFor()
    expect(await box.innerText()).toContain(`${MEMBER_NAME}：${ID_NUMBER}`)
    expect(await box.innerText()).toContain('本次查看已记入操作日志。')
    await box.getByRole('button', { name: '确定' }).click()
    await box.waitFor({ state: 'hidden' })

    const audit = await openSettings(page, '操作日志', 'settings-audit')
    await choose(page, page.getByTestId('audit-channel'), '查看完整公民身份号码')
    // The filter has answered when the pager counts the one reveal.
    await audit.locator('.el-pagination__total', { hasText: /^共 1 条$/ }).waitFor()
    const table = page.getByTestId('audit-table')
    const reveal = table.locator('.el-table__row')
    expect(await reveal.count()).toBe(1)
    const revealText = await reveal.innerText()
    expect(revealText).toContain(SECRETARY.displayName)
    expect(revealText).toContain('查看完整公民身份号码')
    expect(revealText).toContain('党员')

    await reveal.locator('.el-table__expand-icon').click()
    const diff = table.getByTestId('audit-diff')
    await diff.waitFor()
    const diffText = await diff.innerText()
    expect(diffText).toMatch(/event\s+revealIdNumber/)
    expect(diffText).toMatch(new RegExp(`idNumberMasked\\s+${ID_MASKED.replace(/\*/g, '\\*')}`))
    expect(diffText).toContain(MEMBER_NAME)
    // Never the full number, neither shown nor hidden anywhere in the page.
    expect(await page.locator('body').innerText()).not.toContain(ID_NUMBER)
    expect(await page.evaluate<string>('document.documentElement.outerHTML')).not.toContain(ID_NUMBER)
    await screenshot(page, 'audit-reveal-expanded.png')
  })

  it('c. five wrong passwords lock 前台 out, even with the right one next; the administrator sees and lifts the lock', async () => {
    await signOut(page)
    await screenshot(page, 'login.png')
    const loginPage = page.getByTestId('login')
    const passwordItem = formItem(loginPage, '密码')
    for (let attempt = 1; attempt <= 4; attempt++) {
      const remaining = 5 - attempt
      await submitLogin(page, FRONT_DESK.username, `Wrong${attempt}pass`)
      expect(await fieldError(passwordItem, `再输错 ${remaining} 次`)).toBe(
        `用户名或密码不正确。再输错 ${remaining} 次，账号将锁定 15 分钟。`,
      )
    }

    const alerts = loginPage.locator('.el-alert')
    const before = Date.now()
    const fifth = await submitLogin(page, FRONT_DESK.username, 'Wrong5pass')
    const after = Date.now()
    expect(fifth.error?.code).toBe('FORBIDDEN')
    const lockText = fifth.error?.message ?? ''
    const until = LOCK_MESSAGE.exec(lockText)?.[1]
    expect(until).toBeDefined()
    expect(lockEndsBetween(before, after)).toContain(until)
    await expect.poll(() => alerts.allInnerTexts()).toEqual([lockText])

    // The right password is refused too while the lock lasts.
    const sixth = await submitLogin(page, FRONT_DESK.username, FRONT_DESK.password)
    expect(sixth.ok).toBe(false)
    expect(sixth.error?.message).toBe(lockText)
    await expect.poll(() => alerts.allInnerTexts()).toEqual([lockText])
    expect(await page.getByTestId('sidebar').count()).toBe(0)

    await signIn(page, ADMIN.username, ADMIN.password)
    await openSettings(page, '账号管理', 'settings-accounts')
    const row = accountRow(FRONT_DESK.username)
    const lockTag = row.locator('.el-tag', { hasText: '锁定至' })
    await lockTag.waitFor()
    // Only the shape: the panel shows the browser's time zone, truncated (see the report's bug list).
    expect(await lockTag.innerText()).toMatch(/^锁定至 \d{2}:\d{2}$/)
    await screenshot(page, 'settings-accounts.png')

    await row.getByRole('button', { name: '重置密码' }).click()
    const dialog = page.getByTestId('account-dialog')
    await dialog.locator('.el-dialog__title', { hasText: `重置“${FRONT_DESK.displayName}”的密码` }).waitFor()
    await dialog.locator('input[name=password]').fill(RESET_PASSWORD)
    await dialog.getByTestId('account-save').click()
    await toast(page, `已重置“${FRONT_DESK.displayName}”的密码并解除锁定`)
    await dialog.waitFor({ state: 'hidden' })
    await lockTag.waitFor({ state: 'hidden' })
    await row.locator('.el-tag', { hasText: '待改初始密码' }).waitFor()
  })

  it('d. after the idle time the app locks itself; a wrong password keeps it locked, the right one unlocks', async () => {
    // Playwright's clock, then a reload so that the app's timers run on it (the session lives in
    // sessionStorage and survives the reload).
    await page.clock.install()
    await page.reload()
    await page.getByTestId('sidebar').waitFor()

    const panel = await openSettings(page, '安全与自动备份', 'settings-security')
    const idle = panel.locator('input[name=idleLockMinutes]')
    await expect.poll(() => idle.inputValue()).toBe('10')
    await idle.fill('1')
    await panel.getByRole('button', { name: '保存' }).click()
    await toast(page, '设置已保存')
    expect(await idle.inputValue()).toBe('1')
    const lock = page.getByTestId('lock-screen')
    expect(await lock.count()).toBe(0)

    // 65 s without any input.
    await page.clock.fastForward('01:05')
    await lock.waitFor()
    const lockText = await lock.innerText()
    expect(lockText).toContain('双核已锁定')
    expect(lockText).toContain(`请输入“${ADMIN.displayName}”的密码解锁`)
    await screenshot(page, 'lock-screen.png')
    // The core's session is locked as well: data calls are refused until the password is given.
    expect((await callFromPage(page, 'organization.list', {})).error?.code).toBe('LOCKED')

    const input = lock.locator('input[name=unlockPassword]')
    await input.fill('Wrong2026')
    await lock.getByRole('button', { name: '解锁' }).click()
    expect(await fieldError(lock.locator('.el-form-item'), '未能解锁')).toBe('密码不正确，未能解锁。')
    expect(await lock.isVisible()).toBe(true)

    await input.fill(ADMIN.password)
    await lock.getByRole('button', { name: '解锁' }).click()
    await lock.waitFor({ state: 'hidden' })
    expect((await callFromPage(page, 'organization.list', {})).ok).toBe(true)

    // Back to 10 minutes, so that the backup taken next does not carry the short idle time.
    await idle.fill('10')
    await panel.getByRole('button', { name: '保存' }).click()
    await expect
      .poll(
        async () =>
          (await dataFromPage<{ idleLockMinutes: number }>(page, 'system.settings')).idleLockMinutes,
      )
      .toBe(10)
  })

  it('e. backups from the UI; a restore with a wrong password changes nothing, the right one brings the data back', async () => {
    const panel = await openSettings(page, '备份与恢复', 'settings-backup')
    const backupDialog = page.getByTestId('backup-dialog')
    const destination = backupDialog.locator('input[name=destination]')

    // Into the backup folder: no destination given.
    await page.getByTestId('backup-open').click()
    await destination.waitFor()
    expect(await destination.inputValue()).toBe('')
    await backupDialog.getByTestId('backup-run').click()
    await toast(page, '备份完成：')
    await backupDialog.waitFor({ state: 'hidden' })
    const manual = panel.locator('.el-table__row', { hasText: /manual-\d{8}-\d{6}(-\d+)?\.db/ })
    await manual.waitFor()
    expect(await manual.innerText()).toContain('手动')

    // Encrypted, to a file of our own (as for a USB stick).
    const encrypted = join(theHost().dir, 'before-archive.shbak')
    await page.getByTestId('backup-open').click()
    await destination.fill(encrypted)
    await backupDialog.getByTestId('backup-encrypt').click()
    await backupDialog.locator('input[name=backupPassword]').fill(BACKUP_PASSWORD)
    await backupDialog.locator('input[name=backupPasswordConfirm]').fill(BACKUP_PASSWORD)
    await backupDialog.getByTestId('backup-run').click()
    await toast(page, `备份完成：${encrypted}`)
    await backupDialog.waitFor({ state: 'hidden' })
    expect(existsSync(encrypted)).toBe(true)
    const head = readFileSync(encrypted).subarray(0, 16)
    expect(head.subarray(0, 5).toString('latin1')).toBe('SHBAK')
    expect(head.toString('latin1')).not.toContain('SQLite format')
    await screenshot(page, 'settings-backup.png')

    // The change the restore is to undo: an organisation archived through the UI.
    await openList(page)
    await searchList(page, 'xfll', 1)
    await page.getByTestId('org-table').locator('.name-link', { hasText: DEMO_ORG }).click()
    await page.getByTestId('detail-archive').click()
    await page.locator('.el-message-box').getByRole('button', { name: '归档' }).click()
    await toast(page, `已归档“${DEMO_ORG}”`)
    await page.getByTestId('archived-banner').waitFor()
    expect(await activeOrganizations()).toBe(34)

    await openSettings(page, '备份与恢复', 'settings-backup')
    const restoreDialog = page.getByTestId('restore-dialog')
    const confirmBox = page.locator('.el-message-box', { hasText: `确定从“${encrypted}”恢复吗？` })
    const restoreWith = async (password: string) => {
      await restoreDialog.locator('input[name=restorePassword]').fill(password)
      await restoreDialog.getByTestId('restore-run').click()
      await confirmBox.getByRole('button', { name: '恢复' }).click()
      await confirmBox.waitFor({ state: 'hidden' })
    }

    await page.getByTestId('restore-open').click()
    await restoreDialog.locator('input[name=source]').fill(encrypted)
    await restoreWith('WrongBackup1')
    expect(await errorToast(page, '备份密码不正确')).toBe(
      '备份密码不正确，或文件已损坏，当前数据未做任何改动。',
    )
    expect(await restoreDialog.isVisible()).toBe(true)
    expect(await activeOrganizations()).toBe(34)
    const files = await dataFromPage<{ files: { name: string }[] }>(page, 'backup.list')
    expect(files.files.filter((f) => f.name.startsWith('pre-restore-'))).toEqual([])
    expect(await page.getByTestId('sidebar').isVisible()).toBe(true)

    await restoreWith(BACKUP_PASSWORD)
    const restored = page.locator('.el-message-box', { hasText: '已从备份恢复' })
    await restored.waitFor()
    expect(await restored.innerText()).toMatch(
      /已从备份恢复，当前数据已另存为 \S+pre-restore-\d{8}-\d{6}(-\d+)?\.db。请重新登录。/,
    )
    await restored.getByRole('button', { name: '确定' }).click()
    // Everyone signs in again after a restore.
    await page.getByTestId('login').waitFor()
    expect(await page.getByTestId('sidebar').count()).toBe(0)

    await signIn(page, ADMIN.username, ADMIN.password)
    await openList(page)
    // The list kept its search (xfll) over the sign-out; cleared, it counts afresh.
    await searchList(page, '', 35)
    await searchList(page, 'xfll', 1)
    expect(await listedNames(page)).toEqual([DEMO_ORG])
    expect(await activeOrganizations()).toBe(35)

    const safety = (await openSettings(page, '备份与恢复', 'settings-backup')).locator('.el-table__row', {
      hasText: /pre-restore-\d{8}-\d{6}(-\d+)?\.db/,
    })
    await safety.waitFor()
    expect(await safety.innerText()).toContain('恢复前')
  })
})
