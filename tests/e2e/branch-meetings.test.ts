// 会议记录 end to end: the administrator sets up a 党员活动室 and a 支部书记 account; the secretary registers five
// members (one 预备党员), then records a 支部党员大会 through the form: the room booked, one member absent with a
// reason, one 观察员 who is not a Party member, two resolutions of which one fails at exactly half of the expected
// voting members; the minutes print as the paper form; 三会一课合规 marks the quarter as met. Screenshots of the
// form, the minutes print view and the compliance view go to SHUANGHE_SCREENSHOTS when set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import type { Booking, ComplianceSummary, Floor, Meeting, SpaceUnit } from '../../src-main/shared/entities'
import { idCheckChar } from '../../src-main/core/lib/idcard'
import {
  callFromPage,
  changeInitialPassword,
  choose,
  dataFromPage,
  firstStart,
  launchBrowser,
  newPage,
  screenshot,
  signOut,
  submitLogin,
  toast,
  startWebHost,
  type WebHost,
} from './support'

const TODAY = '2026-11-27'
const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin2026' }
const SECRETARY = { username: 'shuji', displayName: '刘书记', initial: 'Chushi2026', password: 'Shuji2026x' }
const ROOM = { code: 'P-101', name: '党员活动室' }
const MEMBERS = [
  { name: '王建国', birthDate: '1968-04-12', category: 'full' },
  { name: '李秀英', birthDate: '1975-12-31', category: 'full' },
  { name: '张志强', birthDate: '1979-09-03', category: 'full' },
  { name: '刘红梅', birthDate: '1985-02-14', category: 'full' },
  { name: '杨雪', birthDate: '1998-07-22', category: 'probationary' },
] as const
const ABSENT = { name: '张志强', reason: '外出参加区里培训' }
const OBSERVER = { name: '陈海燕', organization: '福山区春风助老服务中心' }
const TITLE = '第四季度支部党员大会'

/** A valid 公民身份号码 for a birth date (area 370611, a running sequence, male). */
function idNumber(birthDate: string, n: number): string {
  const first17 = `370611${birthDate.replaceAll('-', '')}${String(n * 2 + 1).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

describe('会议记录 and 三会一课合规 in the browser', () => {
  let host: WebHost | undefined
  let launched: { browser: Browser; close(): Promise<void> } | undefined
  let page: Page
  let meetingId = 0

  beforeAll(async () => {
    host = await startWebHost({ today: TODAY })
    launched = await launchBrowser()
    page = await newPage(launched.browser)
    page.setDefaultTimeout(10_000)
  })

  afterAll(async () => {
    const results = await Promise.allSettled([launched?.close(), host?.stop()])
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  })

  async function openBranchTab(tab: string, panelTestId: string): Promise<Locator> {
    await page.locator('[data-testid=sidebar] [data-nav=branch]').click()
    await page.getByTestId('branch').waitFor()
    await page.getByRole('tab', { name: tab }).click()
    const panel = page.getByTestId(panelTestId)
    await panel.waitFor()
    return panel
  }

  /** `choose`, then waits until its dropdown has gone (chair and recorder offer the same names). */
  async function chooseAndClose(select: Locator, text: string): Promise<void> {
    await choose(page, select, text)
    await page.locator('.el-select-dropdown').filter({ visible: true }).first().waitFor({ state: 'hidden' })
  }

  it('setup: a 党员活动室 and a 支部书记 account; the secretary registers five members', async () => {
    if (!host) throw new Error('web host not started')
    await firstStart(page, host.url, {
      baseName: '烟台市福山区社会组织孵化基地',
      totalAreaM2: '1400',
      adminDisplayName: ADMIN.displayName,
      adminPassword: ADMIN.password,
      demo: false,
    })
    const floor = await dataFromPage<Floor>(page, 'space.floorSave', { name: '一层', sortOrder: 1 })
    await dataFromPage<SpaceUnit>(page, 'space.unitSave', {
      floorId: floor.id,
      code: ROOM.code,
      name: ROOM.name,
      unitType: 'party_room',
      areaM2: 80,
      seats: 30,
    })
    await dataFromPage(page, 'account.create', {
      username: SECRETARY.username,
      displayName: SECRETARY.displayName,
      roles: ['branch_secretary'],
      password: SECRETARY.initial,
    })
    await signOut(page)
    expect((await submitLogin(page, SECRETARY.username, SECRETARY.initial)).ok).toBe(true)
    await changeInitialPassword(page, SECRETARY.initial, SECRETARY.password)
    for (const [i, m] of MEMBERS.entries()) {
      const result = await callFromPage(page, 'member.create', {
        name: m.name,
        gender: 'male',
        birthDate: m.birthDate,
        idNumber: idNumber(m.birthDate, i + 1),
        category: m.category,
        relation: 'formal',
        entryDate: '2026-01-05',
      })
      expect(result.ok, JSON.stringify(result.error)).toBe(true)
    }
  })

  it('records a 支部党员大会 with one absent member and one 观察员; the form judges each resolution live', async () => {
    const list = await openBranchTab('会议记录', 'meeting-list')
    await list.getByTestId('meeting-create').click()
    const form = page.getByTestId('meeting-form')
    await form.locator('.el-dialog__title', { hasText: '新增会议记录' }).waitFor()
    await form.getByTestId('meeting-form-kinds').getByText('支部党员大会', { exact: true }).click()
    // The expected list comes from the roster on the date (today): five members, four with a vote.
    const tally = form.getByTestId('meeting-form-tally')
    await tally
      .getByText('应到 5 人，实到 5 人，缺席 0 人；有表决权（正式党员）应到 4 人，实到 4 人')
      .waitFor()
    await chooseAndClose(form.getByTestId('meeting-form-room'), `${ROOM.code} ${ROOM.name}`)
    await form.getByTestId('meeting-form-title').fill(TITLE)
    await chooseAndClose(form.getByTestId('meeting-form-chair'), '王建国')
    await chooseAndClose(form.getByTestId('meeting-form-recorder'), '刘红梅')

    await form.getByTestId(`attendance-${ABSENT.name}`).getByText('缺席').click()
    await form.getByTestId(`absence-reason-${ABSENT.name}`).fill(ABSENT.reason)
    await tally
      .getByText('应到 5 人，实到 4 人，缺席 1 人；有表决权（正式党员）应到 4 人，实到 3 人')
      .waitFor()

    await form.getByTestId('meeting-form-add-attendee').click()
    const observer = form.getByTestId('attendee-0')
    expect(
      await observer.locator('.el-select__selected-item:not(.el-select__input-wrapper)').innerText(),
    ).toBe('观察员')
    await observer.getByPlaceholder('姓名').fill(OBSERVER.name)
    await observer.getByPlaceholder('单位').fill(OBSERVER.organization)
    await observer.getByPlaceholder('备注').fill('入驻组织负责人（非党员）')

    await form.getByTestId('meeting-form-agenda').fill('一、书记报告第四季度工作\n二、表决')
    await form
      .getByTestId('meeting-form-speeches')
      .fill('王建国报告支部工作；李秀英、刘红梅就服务入驻组织发言。')

    const vote = async (i: number, yes: number, no: number) => {
      await form.getByTestId(`resolution-${i}-yes`).locator('input').fill(String(yes))
      await form.getByTestId(`resolution-${i}-no`).locator('input').fill(String(no))
      await form.getByTestId(`resolution-${i}-no`).locator('input').blur()
    }
    await form.getByTestId('meeting-form-add-resolution').click()
    await form.getByTestId('resolution-0').getByPlaceholder('决议事项').fill('审议通过第四季度支部工作总结')
    await vote(0, 3, 0)
    await form.getByTestId('meeting-form-add-resolution').click()
    await form.getByTestId('resolution-1').getByPlaceholder('决议事项').fill('增补宣传委员人选')
    await vote(1, 2, 1)
    const first = form.getByTestId('resolution-0-result')
    const second = form.getByTestId('resolution-1-result')
    await first.getByText('通过：赞成 3 票，超过应到有表决权党员 4 人的半数（至少 3 票）。').waitFor()
    // Two of four expected voting members is exactly half: not passed.
    await second
      .getByText('未通过：赞成 2 票，未超过应到有表决权党员 4 人的半数（至少 3 票；恰好半数不通过）。')
      .waitFor()
    expect(await second.getAttribute('data-outcome')).toBe('failed')
    // The whole form in one picture: a page tall enough for the dialog.
    await page.setViewportSize({ width: 1440, height: 2000 })
    await screenshot(form, 'meeting-form.png')
    await page.setViewportSize({ width: 1440, height: 900 })

    await form.getByTestId('meeting-form-save').click()
    await toast(page, '会议记录已保存')
    await form.waitFor({ state: 'hidden' })
    const detail = page.getByTestId('meeting-detail')
    await detail.getByTestId('minutes-topic').getByText(TITLE).waitFor()

    const saved = (await dataFromPage<{ items: { id: number }[] }>(page, 'meeting.list', { year: 2026 }))
      .items
    expect(saved).toHaveLength(1)
    meetingId = saved[0]!.id
    const meeting = await dataFromPage<Meeting>(page, 'meeting.get', { id: meetingId })
    expect(meeting.tally).toMatchObject({
      expected: 5,
      present: 4,
      absent: 1,
      votingExpected: 4,
      votingPresent: 3,
    })
    expect(meeting.resolutions.map((r) => r.outcome)).toEqual(['passed', 'failed'])
    expect(meeting.attendees).toEqual([
      {
        kind: 'observer',
        name: OBSERVER.name,
        organization: OBSERVER.organization,
        note: '入驻组织负责人（非党员）',
      },
    ])
    // The room is booked for the branch at the meeting's time.
    const bookings = await dataFromPage<Booking[]>(page, 'booking.list', { from: TODAY, to: TODAY })
    expect(bookings.map((b) => [b.unitCode, b.bookerKind, b.startTime, b.endTime, b.title])).toEqual([
      [ROOM.code, 'branch', '14:00', '16:00', TITLE],
    ])
  })

  it('shows the minutes as the paper form, and prints only the form', async () => {
    const detail = page.getByTestId('meeting-detail')
    const sheet = detail.getByTestId('minutes-sheet')
    expect(await sheet.locator('.sheet-heading').innerText()).toBe('基地党支部会议记录')
    expect(await sheet.getByTestId('minutes-expected').innerText()).toBe('5 人')
    expect(await sheet.getByTestId('minutes-present').innerText()).toBe('4 人')
    expect(await sheet.getByTestId('minutes-absent').innerText()).toBe(`${ABSENT.name}（${ABSENT.reason}）`)
    expect(await sheet.getByTestId('minutes-attendees').innerText()).toBe(
      `${OBSERVER.name}（观察员，${OBSERVER.organization}，入驻组织负责人（非党员））`,
    )
    const resolutions = await sheet.getByTestId('minutes-resolutions').locator('li').allInnerTexts()
    expect(resolutions.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      '审议通过第四季度支部工作总结：赞成 3 票，反对 0 票，弃权 0 票。 通过',
      '增补宣传委员人选：赞成 2 票，反对 1 票，弃权 0 票。 未通过',
    ])
    await screenshot(detail, 'meeting-minutes.png')
    // Printing: the app and the dialog are hidden, the form alone is shown.
    await page.emulateMedia({ media: 'print' })
    const printed = page.getByTestId('minutes-print')
    await printed.waitFor({ state: 'visible' })
    expect(await page.getByTestId('sidebar').isVisible()).toBe(false)
    expect(await detail.isVisible()).toBe(false)
    expect(await printed.locator('.sheet-heading').innerText()).toBe('基地党支部会议记录')
    await screenshot(page, 'meeting-minutes-print.png')
    await page.emulateMedia({ media: 'screen' })
    expect(await printed.isVisible()).toBe(false)
    await detail.locator('.el-dialog__headerbtn').click()
    await detail.waitFor({ state: 'hidden' })
  })

  it('marks the quarter as met in 三会一课合规', async () => {
    const panel = await openBranchTab('三会一课合规', 'compliance-panel')
    const assembly = panel.locator('tr[data-kind="general_assembly"]')
    const q4 = assembly.locator('td[data-period="q4"]')
    await q4.waitFor()
    expect(await q4.getAttribute('data-status')).toBe('met')
    expect((await q4.innerText()).replace(/\s+/g, ' ').trim()).toBe('1/1 已完成')
    // The earlier quarters had no 党员大会: short, in red.
    expect(await assembly.locator('td[data-period="q3"]').getAttribute('data-status')).toBe('shortfall')
    // A string: the tests' tsconfig has no DOM types.
    const color = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('tr[data-kind="general_assembly"] td[data-period="q3"]')).color`,
    )
    expect(color).toBe('rgb(198, 40, 40)')
    // The 党课 of this quarter is still to come; the core agrees with the screen.
    const summary = await dataFromPage<ComplianceSummary>(page, 'compliance.summary', { year: 2026 })
    expect(summary.rows.find((r) => r.kind === 'general_assembly')?.quarters[3]?.status).toBe('met')
    await panel.getByTestId('compliance-due').getByText('党课：2026-12-31 前还需 1 次').waitFor()
    const rates = await panel
      .getByTestId('compliance-attendance')
      .locator('.el-table__row')
      .first()
      .innerText()
    expect(rates).toContain(ABSENT.name)
    await screenshot(page, 'compliance.png')
  })
})
