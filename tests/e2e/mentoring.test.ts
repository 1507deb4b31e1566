// 陪伴指导 end to end: a session recorded with two action items for a demo organisation and one of its paired
// mentors; the host restarted on the same database some days later, where the items are overdue by the right
// number of days and one is closed; then a capability assessment on the organisation's page, refused while a
// dimension is unscored, and its radar and scores once saved. The tests share the database and build on each
// other's state; the browser signs in again as the administrator (mentoring.write) after the restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import type { ActionItemPage, CapabilityAssessment, Pairing } from '../../src-main/shared/entities'
import {
  choose,
  dataFromPage,
  fieldError,
  firstStart,
  formItem,
  launchBrowser,
  newPage,
  screenshot,
  setDate,
  signIn,
  startWebHost,
  toast,
  type WebHost,
} from './support'

const TODAY = '2026-11-27'
// The day of the restart: the first item (due 12-05) is 7 days overdue, the second (due 12-10) 2 days.
const LATER = '2026-12-12'
const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin2026' }
// A resident of the demo; any organisation in residence with an active pairing would do.
const PREFERRED_ORG = '烟台市芝罘区幸福来敲门邻里服务中心'
const SESSION = {
  topics: '年度项目申报书打磨',
  workDone: '逐段修改项目申报书，明确服务对象、产出指标和预算口径',
  dimensions: ['项目谋划', '效果评估'],
}
const ITEMS = [
  { title: '补齐申报书预算明细表', owner: '组织', due: '2026-12-05', overdue: '逾期 7 天' },
  { title: '提交修改后的申报书终稿', owner: '导师', due: '2026-12-10', overdue: '逾期 2 天' },
] as const
// The scores given in the assessment, in the fixed order of the dimensions.
const SCORES = [
  { dimension: 'capacity', label: '能力提升', score: 4 },
  { dimension: 'project_design', label: '项目谋划', score: 3 },
  { dimension: 'implementation', label: '组织实施', score: 5 },
  { dimension: 'evaluation', label: '效果评估', score: 2 },
  { dimension: 'party_building', label: '党建指导', score: 4 },
] as const

/** Ends a host's process but keeps its folder, so another host can open the same database file. */
async function stopKeepingData(host: WebHost): Promise<void> {
  if (host.process.exitCode !== null) return
  const exited = new Promise((r) => host.process.once('exit', r))
  host.process.kill('SIGTERM')
  await exited
}

describe('陪伴指导 in the browser', () => {
  let first: WebHost | undefined
  let second: WebHost | undefined
  let launched: { browser: Browser; close(): Promise<void> } | undefined
  let page: Page
  // Chosen from the demo's pairings in the first test.
  let pairing: Pairing
  let sessionId = 0

  beforeAll(async () => {
    first = await startWebHost({ today: TODAY })
    launched = await launchBrowser()
    page = await newPage(launched.browser)
    // Fail within the test's 60 s with a readable message instead of Playwright's 30 s per step.
    page.setDefaultTimeout(10_000)
  })

  afterAll(async () => {
    const results = await Promise.allSettled([launched?.close(), second?.stop()])
    // The first host's folder holds the database the second one used: removed (by its stop) only after that.
    results.push(...(await Promise.allSettled([first?.stop()])))
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  })

  // ---- the page's parts ----

  /** 陪伴指导 from the sidebar, then one of its tabs; waits for the tab's panel. */
  async function openMentoringTab(tab: string, panelTestId: string): Promise<Locator> {
    await page.locator('[data-testid=sidebar] [data-nav=mentoring]').click()
    await page.getByTestId('mentoring').waitFor()
    await page.getByRole('tab', { name: tab }).click()
    const panel = page.getByTestId(panelTestId)
    await panel.waitFor()
    return panel
  }

  /** A remote, filterable select of organisations: types the name and picks it. */
  async function chooseOrganization(select: Locator, name: string): Promise<void> {
    await select.click()
    await select.locator('input').fill(name)
    await page
      .locator('.el-select-dropdown__item')
      .filter({ hasText: new RegExp(`^\\s*${name}\\s*$`), visible: true })
      .click()
    await select.locator('.el-select__selected-item', { hasText: name }).waitFor()
  }

  /** `choose`, then waits until its dropdown has gone (the start and end times offer the same options). */
  async function chooseAndClose(select: Locator, text: string): Promise<void> {
    await choose(page, select, text)
    await page.locator('.el-select-dropdown').filter({ visible: true }).first().waitFor({ state: 'hidden' })
  }

  /** The rows of an Element Plus table as their cells' texts. */
  async function tableRows(table: Locator): Promise<string[][]> {
    const rows: string[][] = []
    for (const row of await table.locator('.el-table__body tr.el-table__row').all()) {
      rows.push((await row.locator('td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim()))
    }
    return rows
  }

  const itemRow = (title: string): Locator =>
    page.getByTestId('item-table').locator('.el-table__row', { hasText: title })

  /** Waits until the 待办事项 table has loaded. */
  async function itemsLoaded(): Promise<void> {
    await page.getByTestId('item-table').locator('.el-loading-mask').first().waitFor({ state: 'detached' })
  }

  it('setup: first start with the demo; a mentor paired with a resident is chosen', async () => {
    if (!first) throw new Error('web host not started')
    await firstStart(page, first.url, {
      baseName: '烟台市福山区社会组织孵化基地',
      totalAreaM2: '1400',
      adminDisplayName: ADMIN.displayName,
      adminPassword: ADMIN.password,
      demo: true,
    })
    const pairings = (await dataFromPage<Pairing[]>(page, 'pairing.list', { includeEnded: false })).filter(
      (p) => p.active && p.startDate <= TODAY && (p.endDate === null || p.endDate >= TODAY),
    )
    const chosen = pairings.find((p) => p.organizationName === PREFERRED_ORG) ?? pairings[0]
    if (!chosen) throw new Error('the demo has no active pairing')
    pairing = chosen
  })

  it('a. a session with two action items is recorded; the form shows the duration, also past midnight', async () => {
    await openMentoringTab('指导记录', 'session-list')
    await page.getByTestId('session-create').click()
    const dialog = page.getByTestId('session-form')
    const title = dialog.locator('.el-dialog__title', { hasText: '登记指导记录' })
    await title.waitFor()

    await chooseOrganization(dialog.getByTestId('session-form-organization'), pairing.organizationName)
    await chooseAndClose(dialog.getByTestId('session-form-mentor'), pairing.mentorName)
    const dateInput = formItem(dialog, '指导日期').locator('input')
    expect(await dateInput.inputValue()).toBe(TODAY)
    await setDate(dateInput, TODAY, title)

    // 09:00–10:30 is offered and counted as 1.5 hours.
    const start = dialog.getByTestId('session-form-start')
    const end = dialog.getByTestId('session-form-end')
    const duration = dialog.getByTestId('session-form-duration')
    await chooseAndClose(start, '09:00')
    await chooseAndClose(end, '10:30')
    expect((await duration.innerText()).trim()).toBe('1.5 小时')
    // An end before the start is the next day: 22:00–01:00 is 3 hours, and the form says so.
    await chooseAndClose(start, '22:00')
    await chooseAndClose(end, '01:00')
    expect((await duration.innerText()).trim()).toBe('3 小时（次日 01:00 结束）')
    expect(await formItem(dialog, '时长').innerText()).toContain('按次日结束计算')
    await chooseAndClose(start, '09:00')
    await chooseAndClose(end, '10:30')
    expect((await duration.innerText()).trim()).toBe('1.5 小时')

    const dimensions = dialog.getByTestId('session-form-dimensions')
    for (const d of SESSION.dimensions) await dimensions.getByText(d, { exact: true }).click()
    await formItem(dialog, '主题').locator('input').fill(SESSION.topics)
    await formItem(dialog, '指导内容').locator('textarea').fill(SESSION.workDone)

    for (const [i, item] of ITEMS.entries()) {
      await dialog.getByTestId('session-form-add-item').click()
      const row = dialog.getByTestId(`session-item-${i}`)
      await row.waitFor()
      await row.getByPlaceholder('事项').fill(item.title)
      if (item.owner !== '组织') await chooseAndClose(row.locator('.el-select'), item.owner)
      await setDate(row.getByPlaceholder('完成期限'), item.due, title)
    }
    await screenshot(dialog, 'mentoring-session-form.png')

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/coaching.sessionCreate')),
      dialog.getByTestId('session-form-save').click(),
    ])
    const answer = (await response.json()) as { ok: boolean; data?: { id: number } }
    // A paired mentor: saved at the first try, with no confirmation asked.
    expect(answer.ok).toBe(true)
    sessionId = answer.data?.id ?? 0
    await toast(page, '指导记录已保存。')
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.locator('.el-message-box').filter({ visible: true }).count()).toBe(0)

    // The new record opens in its detail dialog, with both items.
    const detail = page.getByTestId('session-detail')
    await detail.locator('.el-dialog__title', { hasText: '指导记录详情' }).waitFor()
    const head = (await detail.locator('.head').innerText()).replace(/\s+/g, ' ')
    expect(head).toContain(`${TODAY} 09:00–10:30 · 1.5 小时 · 现场`)
    expect(head).toContain(`${pairing.organizationName} · ${pairing.mentorName}`)
    const items = detail.getByTestId('session-items')
    await items.locator('.el-table__row').nth(1).waitFor()
    expect(await tableRows(items)).toEqual(
      ITEMS.map((item) => [item.title, item.owner, item.due, '未完成', '关闭']),
    )
    await detail.locator('.el-dialog__footer').getByRole('button', { name: '关闭' }).click()
    await detail.waitFor({ state: 'hidden' })

    const row = page.getByTestId('session-table').locator('.el-table__row', { hasText: SESSION.topics })
    await row.waitFor()
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain(pairing.mentorName)
  })

  it('b. restarted on the same database 15 days later, both items are overdue by the right days', async () => {
    if (!first || !launched) throw new Error('web host not started')
    await page.context().close()
    // The first host is stopped (its database closed, the WAL complete) but its folder stays.
    await stopKeepingData(first)
    second = await startWebHost({ today: LATER, dbFile: first.dbFile })
    page = await newPage(launched.browser)
    page.setDefaultTimeout(10_000)
    await page.goto(second.url)
    await page.getByTestId('login').waitFor()
    await signIn(page, ADMIN.username, ADMIN.password)

    await openMentoringTab('待办事项', 'action-item-list')
    await itemsLoaded()
    // 已逾期 is the list shown first.
    const status = page.getByTestId('item-status')
    expect(await status.locator('.el-radio-button.is-active').innerText()).toBe('已逾期')

    // 按导师 counts the mentor's overdue items, ours among them.
    const overdue = await dataFromPage<ActionItemPage>(page, 'actionItem.list', {
      status: 'overdue',
      pageSize: 100,
    })
    const group = overdue.byMentor.find((g) => g.id === pairing.mentorId)
    expect(group?.count).toBeGreaterThanOrEqual(2)
    const groups = page.getByTestId('item-groups')
    expect(await groups.innerText()).toContain('按导师')
    expect((await groups.getByTestId(`item-group-mentor-${pairing.mentorId}`).innerText()).trim()).toBe(
      `${pairing.mentorName} ${group?.count}`,
    )

    // The demo has other overdue items: the organisation's are picked out with the filter.
    await chooseOrganization(page.getByTestId('item-filter-organization'), pairing.organizationName)
    for (const item of ITEMS) {
      const row = itemRow(item.title)
      await row.waitFor()
      const text = (await row.innerText()).replace(/\s+/g, ' ')
      expect(text).toContain(`${pairing.organizationName} ${pairing.mentorName} ${item.owner} ${item.due}`)
      expect((await row.locator('.el-tag').innerText()).trim()).toBe(item.overdue)
      expect(text).toContain(TODAY)
    }
    await screenshot(page, 'mentoring-overdue.png')
  })

  it('c. an item closed as 已完成 leaves the overdue list and shows when and by whom it was closed', async () => {
    const [doneItem, openItem] = ITEMS
    const listed = await dataFromPage<ActionItemPage>(page, 'actionItem.list', {
      status: 'overdue',
      organizationId: pairing.organizationId,
      pageSize: 100,
    })
    const item = listed.items.find((i) => i.sessionId === sessionId && i.title === doneItem.title)
    if (!item) throw new Error('the item is not listed as overdue')
    expect(item.overdueDays).toBe(7)

    await itemRow(doneItem.title).getByTestId(`item-close-${item.id}`).click()
    const dialog = page.getByTestId('item-close')
    await dialog.locator('.el-dialog__title', { hasText: '关闭待办事项' }).waitFor()
    expect(await dialog.innerText()).toContain(doneItem.title)
    await dialog.getByText('已完成', { exact: true }).click()
    await dialog.getByTestId('item-close-save').click()
    await toast(page, '待办事项已关闭。')
    await dialog.waitFor({ state: 'hidden' })

    await itemRow(doneItem.title).waitFor({ state: 'detached' })
    expect((await itemRow(openItem.title).locator('.el-tag').innerText()).trim()).toBe(openItem.overdue)

    await page.getByTestId('item-status').getByText('已完成', { exact: true }).click()
    const closed = itemRow(doneItem.title)
    await closed.waitFor()
    const cells = (await closed.locator('td').allInnerTexts()).map((c) => c.trim())
    expect(cells[5]).toBe('已完成')
    expect(cells[7]).toMatch(new RegExp(`^${LATER} \\d{2}:\\d{2} · ${ADMIN.displayName}$`))
    const saved = await dataFromPage<ActionItemPage>(page, 'actionItem.list', {
      status: 'done',
      organizationId: pairing.organizationId,
    })
    const after = saved.items.find((i) => i.id === item.id)
    expect(after?.closedBy).toBe(ADMIN.displayName)
    expect(after?.closedAt?.startsWith(`${LATER}T`)).toBe(true)
  })

  it('d. a capability assessment is refused with a dimension unscored, then saved and drawn as a radar', async () => {
    const assessments = () =>
      dataFromPage<CapabilityAssessment[]>(page, 'assessment.list', {
        organizationId: pairing.organizationId,
      })
    const before = (await assessments()).length

    if (!second) throw new Error('web host not started')
    await page.goto(`${second.url}#/organizations/${pairing.organizationId}`)
    const card = page.getByTestId('org-coaching')
    await card.waitFor()
    await card.getByTestId('assessment-create').click()
    const dialog = page.getByTestId('assessment-form')
    const title = dialog.locator('.el-dialog__title', { hasText: '能力评估' })
    await title.waitFor()
    expect(await formItem(dialog, '评估日期').locator('input').inputValue()).toBe(LATER)

    const rate = async (dimension: string, score: number) => {
      const row = dialog.getByTestId(`assessment-score-${dimension}`)
      await row
        .locator('.el-rate__item')
        .nth(score - 1)
        .click()
      expect((await row.locator('.value').innerText()).trim()).toBe(String(score))
    }
    const [last, ...firstFour] = [...SCORES].reverse()
    for (const s of firstFour.reverse()) await rate(s.dimension, s.score)

    // The session just recorded is offered as evidence.
    const evidence = dialog.getByTestId('assessment-evidence')
    await evidence.click()
    await page
      .locator('.el-select-dropdown__item')
      .filter({ hasText: `${TODAY} ${pairing.mentorName} · ${SESSION.topics}`, visible: true })
      .click()
    await title.click()
    await evidence.locator('.el-select__selected-item', { hasText: SESSION.topics }).waitFor()

    // One dimension unscored: refused under 评分, nothing saved.
    const save = dialog.getByTestId('assessment-form-save')
    await save.click()
    expect(await fieldError(formItem(dialog, '评分'), '请为全部')).toBe(
      '请为全部 5 个维度评分（还缺 1 个）。',
    )
    expect(await dialog.isVisible()).toBe(true)
    expect((await assessments()).length).toBe(before)

    if (!last) throw new Error('no scores')
    await rate(last.dimension, last.score)
    await save.click()
    await toast(page, '能力评估已保存。')
    await dialog.waitFor({ state: 'hidden' })

    const saved = await assessments()
    expect(saved.length).toBe(before + 1)
    expect(saved[0]?.date).toBe(LATER)
    expect(saved[0]?.assessor).toBe(ADMIN.displayName)
    expect(saved[0]?.sessions.map((s) => s.id)).toEqual([sessionId])

    // The radar is an SVG chart; the table lists the scores in the column of the assessment's date.
    const radar = card.getByTestId('capability-radar')
    await radar.locator('svg').first().waitFor()
    const table = card.getByTestId('assessment-table')
    const headers = (await table.locator('.el-table__header th').allInnerTexts()).map((h) => h.trim())
    const column = headers.indexOf(LATER)
    expect(column).toBe(1)
    const rows = await tableRows(table)
    expect(rows.map((r) => [r[0], r[column]])).toEqual(SCORES.map((s) => [s.label, String(s.score)]))
    expect((await card.getByTestId('org-assessment').innerText()).replace(/\s+/g, ' ')).toContain(
      `${TODAY} ${SESSION.topics}`,
    )
    await screenshot(card.getByTestId('org-assessment'), 'mentoring-radar.png')
  })
})
