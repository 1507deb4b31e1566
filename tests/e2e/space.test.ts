// 空间管理 end to end: a unit drawn on the plan, allocated, an overlapping allocation refused, a room booked and
// a clash refused, the plan's states on chosen dates, and a weekly series previewed and booked. One host with a
// fixed date, one browser, one tab; the tests build on each other's state. The administrator created at first
// start draws and allocates (space.write); a 前台 the administrator creates books rooms (booking.write, which
// the administrator does not have).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import type {
  Allocation,
  Booking,
  Floor,
  FloorPlan,
  OccupancySummary,
  OrganizationListItem,
  Page as ListPage,
  PlanUnit,
} from '../../src-main/shared/entities'
import type { PlanState } from '../../src-main/shared/enums'
import { addDays, daysBetween } from '../../src-main/core/lib/dates'
import {
  changeInitialPassword,
  choose,
  dataFromPage,
  fieldError,
  firstStart,
  formItem,
  launchBrowser,
  newPage,
  openSettings,
  screenshot,
  setDate,
  signIn,
  signOut,
  startWebHost,
  submitLogin,
  toast,
  type WebHost,
} from './support'

const TODAY = '2026-11-27'
const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin2026' }
const FRONT_DESK = {
  username: 'qiantai',
  displayName: '前台小刘',
  initial: 'Qiantai0001',
  password: 'Qiantai2026',
}

// (a) The new office, drawn on 一层 in the free band between the rooms (rows 1–8) and the offices (from row 13).
const NEW_UNIT = { code: 'O-199', area: 30, seats: 4 }
const DRAWN = { x: 1, y: 8, w: 6, h: 4 }
// (b, c) Two residents of the demo with a 入驻协议.
const FIRST_HOLDER = '烟台市芝罘区幸福来敲门邻里服务中心'
const SECOND_ORG = '烟台市莱山区同心社会工作服务中心'
// (d, e) A Wednesday after today: booking.create refuses a time already past today, and the host's time of day
// is real. M-103 has no demo booking around noon (the demo's slots are 9–11, 14–16, 16:30–17:30, 19–20:30).
const BOOKING_DAY = '2026-12-02'
const ROOM = { code: 'M-103', option: 'M-103 第一会议室（20 座）' }
const BOOKING = { title: '理事会季度会议', booker: '张敏', attendees: '12' }
// (g) Weekly on Wednesdays in 路演厅 at 14:00, through a demo booking and a closed date set for the test.
const SERIES_ROOM = { code: 'R-101', option: 'R-101 路演厅（120 座）' }
const SERIES = { title: '公益创投路演', booker: '基地办公室', until: '2026-12-30' }
const CLOSED_DATE = '2026-12-16'

const PLAN_LEGEND = ['空闲', '已分配', '30 天内到期', '维修或停用', '可预约']

describe('空间管理 in the browser', () => {
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

  // ---- the page's parts ----

  /** 空间管理 from the sidebar, then one of its tabs; waits for the tab's panel. */
  async function openSpaceTab(tab: string, panelTestId: string): Promise<Locator> {
    await page.locator('[data-testid=sidebar] [data-nav=space]').click()
    await page.getByTestId('space').waitFor()
    await page.getByRole('tab', { name: tab }).click()
    const panel = page.getByTestId(panelTestId)
    await panel.waitFor()
    return panel
  }

  const planUnit = (code: string): Locator => page.locator(`[data-testid=plan-unit][data-code="${code}"]`)

  /** The floor select lists “一层（13 个单元）”: picks by the name, whatever the count. */
  async function chooseFloor(name: string): Promise<void> {
    const select = page.getByTestId('floor-select')
    await select.click()
    await page
      .locator('.el-select-dropdown__item')
      .filter({ hasText: new RegExp(`^\\s*${name}（\\d+ 个单元）\\s*$`), visible: true })
      .click()
    await select.locator('.el-select__selected-item', { hasText: `${name}（` }).waitFor()
  }

  /** Types the plan's date and waits until the plan of that date has arrived. */
  async function setPlanDate(date: string): Promise<void> {
    await setDate(page.locator('input[name=planDate]'), date, page.locator('.page-title'))
    await page
      .getByTestId('floor-plan')
      .locator('.side-title', { hasText: `${date} 的使用情况` })
      .waitFor()
  }

  /** What the plan says about a unit: its state, the words written inside it, its name for screen readers. */
  async function unitShows(code: string) {
    const unit = planUnit(code)
    return {
      state: await unit.getAttribute('data-state'),
      label: (await unit.locator('text.state-label').textContent())?.trim(),
      ariaLabel: await unit.getAttribute('aria-label'),
      tooltip: (await unit.locator('title').textContent())?.trim() ?? '',
      fill: await unit.locator('rect').first().getAttribute('fill'),
      hatched: await unit.locator('rect[fill^="url(#hatch-"]').count(),
    }
  }

  /** The legend's entries in order, each with its count and the fill of its swatch. */
  async function legend() {
    const items = page.getByTestId('plan-legend').locator('.item')
    const out: { state: string | null; text: string; fill: string | null }[] = []
    for (const item of await items.all()) {
      out.push({
        state: await item.getAttribute('data-state'),
        text: (await item.innerText()).replace(/\s+/g, ' ').trim(),
        fill: await item.locator('rect').first().getAttribute('fill'),
      })
    }
    return out
  }

  /** A remote, filterable select of organisations: types part of the name and picks the whole name. */
  async function chooseOrganization(select: Locator, name: string): Promise<void> {
    await select.click()
    await select.locator('input').fill(name.slice(6, 11))
    await page
      .locator('.el-select-dropdown__item')
      .filter({ hasText: new RegExp(`^\\s*${name}\\s*$`), visible: true })
      .click()
    await select.locator('.el-select__selected-item', { hasText: name }).waitFor()
  }

  /** What an Element Plus select shows as chosen (its input holds only what is typed to filter). */
  const shows = async (select: Locator): Promise<string> =>
    (await select.locator('.el-select__placeholder:not(.is-transparent)').innerText()).trim()

  /** el-time-select is a select whose input carries the name. */
  const timeSelect = (scope: Locator, name: string): Locator =>
    scope.locator('.el-select').filter({ has: page.locator(`input[name=${name}]`) })

  /** Clicks a button and returns the core's answer to the channel it calls. */
  async function answerTo(channel: string, click: () => Promise<void>) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/${channel}`)),
      click(),
    ])
    return (await response.json()) as {
      ok: boolean
      error?: { message: string; fields?: Record<string, { message: string }> }
    }
  }

  /** 预约 → week view of a room, moved on to the week holding `date`; waits for its bookings. */
  async function openRoomWeek(option: string, date: string): Promise<Locator> {
    const calendar = await openSpaceTab('预约', 'booking-calendar')
    const roomSelect = page.getByTestId('booking-room-select')
    // The first room is chosen when the calendar opens; choosing another loads its week.
    await roomSelect.locator('.el-select__placeholder:not(.is-transparent)').waitFor()
    if ((await shows(roomSelect)) !== option) {
      await answerTo('booking.list', () => choose(page, roomSelect, option))
    }
    const monday = addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7))
    const heading = `${monday} 至 ${addDays(monday, 6)}`
    while (!(await calendar.locator('.heading').innerText()).includes(heading)) {
      await answerTo('booking.list', () => page.getByRole('button', { name: '下一段' }).click())
    }
    const week = page.getByTestId('booking-week')
    // `first()`: a mask fading out and the next one can be there at once; both leave the page when done.
    await week.locator('.el-loading-mask').first().waitFor({ state: 'detached' })
    return week
  }

  const dayColumn = (date: string): Locator =>
    page.locator(`[data-testid=booking-week] .col[data-date="${date}"]`)
  const slot = (date: string, time: string): Locator =>
    dayColumn(date).locator(`[data-testid=booking-slot][data-time="${time}"]`)

  async function unitId(code: string): Promise<number> {
    const units = await dataFromPage<ListPage<{ id: number; code: string }>>(page, 'space.units', {
      search: code,
      page: 1,
      pageSize: 20,
    })
    const unit = units.items.find((u) => u.code === code)
    if (!unit) throw new Error(`no unit ${code}`)
    return unit.id
  }

  async function organization(name: string): Promise<OrganizationListItem> {
    const list = await dataFromPage<ListPage<OrganizationListItem>>(page, 'organization.list', {
      search: name,
    })
    const org = list.items.find((o) => o.name === name)
    if (!org) throw new Error(`no organisation ${name}`)
    return org
  }

  it('setup: first start with the demo; the administrator creates a 前台 for the bookings', async () => {
    await firstStart(page, theHost().url, {
      baseName: '烟台市福山区社会组织孵化基地',
      totalAreaM2: '1400',
      adminDisplayName: ADMIN.displayName,
      adminPassword: ADMIN.password,
      demo: true,
    })
    await openSettings(page, '账号管理', 'settings-accounts')
    await page.getByTestId('account-create').click()
    const dialog = page.getByTestId('account-dialog')
    await dialog.locator('.el-dialog__title', { hasText: '新增账号' }).waitFor()
    await dialog.locator('input[name=username]').fill(FRONT_DESK.username)
    await dialog.locator('input[name=displayName]').fill(FRONT_DESK.displayName)
    await dialog.getByTestId('account-roles').getByText('前台', { exact: true }).click()
    await dialog.locator('input[name=password]').fill(FRONT_DESK.initial)
    await dialog.getByTestId('account-save').click()
    await toast(page, `已新增账号“${FRONT_DESK.displayName}”`)
    await dialog.waitFor({ state: 'hidden' })
  })

  it('a. a unit drawn on empty cells of 一层 is saved with its rectangle and shows as 空闲 after a reload', async () => {
    await openSpaceTab('平面图', 'floor-plan')
    await chooseFloor('一层')
    await planUnit('R-101').waitFor()
    const floor = (await dataFromPage<Floor[]>(page, 'space.floors')).find((f) => f.name === '一层')
    if (!floor) throw new Error('no floor 一层')
    // The cells to draw on are empty and inside the grid.
    const before = await dataFromPage<FloorPlan>(page, 'space.plan', { floorId: floor.id, date: TODAY })
    const clash = before.units.filter(
      (u) => u.x < DRAWN.x + DRAWN.w && DRAWN.x < u.x + u.w && u.y < DRAWN.y + DRAWN.h && DRAWN.y < u.y + u.h,
    )
    expect(clash.map((u) => u.code)).toEqual([])
    expect(DRAWN.x + DRAWN.w <= floor.gridWidth && DRAWN.y + DRAWN.h <= floor.gridHeight).toBe(true)

    await page.getByTestId('plan-edit').click()
    await page.getByTestId('plan-save-layout').waitFor()
    const svg = page.getByTestId('plan-svg')
    await svg.scrollIntoViewIfNeeded()
    const box = await svg.boundingBox()
    if (!box) throw new Error('the plan is not shown')
    // The middle of a cell, from the SVG's box on screen and the floor's grid.
    const cell = (x: number, y: number) => ({
      x: box.x + ((x + 0.5) * box.width) / floor.gridWidth,
      y: box.y + ((y + 0.5) * box.height) / floor.gridHeight,
    })
    const from = cell(DRAWN.x, DRAWN.y)
    const to = cell(DRAWN.x + DRAWN.w - 1, DRAWN.y + DRAWN.h - 1)
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(to.x, to.y, { steps: 6 })
    // While dragging, the rectangle to be drawn follows the pointer, cell by cell.
    const ghost = page.getByTestId('plan-ghost')
    await ghost.waitFor()
    expect(await ghost.getAttribute('class')).not.toContain('invalid')
    expect(
      Number(await ghost.getAttribute('width')) / Number(await ghost.getAttribute('height')),
    ).toBeCloseTo(DRAWN.w / DRAWN.h)
    await page.mouse.up()

    const dialog = page.getByTestId('unit-dialog')
    await dialog.locator('.el-dialog__title', { hasText: '新增空间单元' }).waitFor()
    expect(await dialog.getByTestId('unit-position').innerText()).toBe(
      `第 ${DRAWN.x + 1} 列、第 ${DRAWN.y + 1} 行起，${DRAWN.w} × ${DRAWN.h} 格`,
    )
    expect(await shows(dialog.getByTestId('unit-floor'))).toBe('一层')
    await dialog.locator('input[name=code]').fill(NEW_UNIT.code)
    await choose(page, dialog.getByTestId('unit-type'), '独立办公室')
    await dialog.locator('input[name=areaM2]').fill(String(NEW_UNIT.area))
    await dialog.locator('input[name=seats]').fill(String(NEW_UNIT.seats))
    await dialog.getByTestId('unit-save').click()
    await toast(page, `已新增空间单元“${NEW_UNIT.code}”`)
    await dialog.waitFor({ state: 'hidden' })

    // Still editing: the new unit is on the grid; selected, it shows its size and the resize handle.
    await planUnit(NEW_UNIT.code).waitFor()
    await planUnit(NEW_UNIT.code).click()
    const selected = page.getByTestId('plan-selected')
    await selected.waitFor()
    expect((await selected.innerText()).replace(/\s+/g, ' ')).toContain(
      `${NEW_UNIT.code} ${DRAWN.w} × ${DRAWN.h} 格`,
    )
    await planUnit(NEW_UNIT.code).getByTestId('plan-resize').waitFor()
    await screenshot(page, 'space-plan-editor.png')
    await page.getByTestId('plan-save-layout').click()
    await page.getByTestId('plan-edit').waitFor()

    // After a reload the unit is on the plan, free on today's date, its state written inside it.
    await page.reload()
    await page.getByTestId('floor-plan').waitFor()
    await planUnit('R-101').waitFor()
    await page.locator('[data-testid=plan-unit][data-code="O-199"][data-state="free"]').waitFor()
    const shown = await unitShows(NEW_UNIT.code)
    expect(shown.label).toBe('空闲')
    expect(shown.ariaLabel).toBe(`${NEW_UNIT.code} 空闲`)
    expect(shown.tooltip).toContain(
      `${NEW_UNIT.code} · 独立办公室 · ${NEW_UNIT.area} 平方米 · ${NEW_UNIT.seats} 座`,
    )
    const saved = await dataFromPage<FloorPlan>(page, 'space.plan', { floorId: floor.id, date: TODAY })
    const unit = saved.units.find((u) => u.code === NEW_UNIT.code)
    expect(unit && { x: unit.x, y: unit.y, w: unit.w, h: unit.h }).toEqual(DRAWN)
    expect(unit?.unitType).toBe('office')
    expect(unit?.areaM2).toBe(NEW_UNIT.area)
    expect(unit?.seats).toBe(NEW_UNIT.seats)
  })

  it('b. allocated with its dates left empty, O-199 takes the agreement’s term and shows 已分配 today', async () => {
    const holder = await organization(FIRST_HOLDER)
    expect(holder.agreementStart && holder.agreementStart <= TODAY).toBe(true)
    expect(holder.agreementEnd && holder.agreementEnd >= TODAY).toBe(true)
    const term = `${holder.agreementStart} 至 ${holder.agreementEnd}`

    const list = await openSpaceTab('分配', 'allocation-list')
    await list.locator('.el-loading-mask').first().waitFor({ state: 'detached' })
    await page.getByTestId('allocation-create').click()
    const dialog = page.getByTestId('allocation-dialog')
    await dialog.locator('.el-dialog__title', { hasText: '新增分配' }).waitFor()
    await choose(
      page,
      dialog.getByTestId('allocation-unit'),
      `${NEW_UNIT.code} · 一层 · 独立办公室 · 30 平方米`,
    )
    await chooseOrganization(dialog.getByTestId('allocation-organization'), FIRST_HOLDER)
    expect(await dialog.locator('input[name=startDate]').inputValue()).toBe('')
    expect(await dialog.locator('input[name=endDate]').inputValue()).toBe('')
    expect(await dialog.locator('input[name=startDate]').getAttribute('placeholder')).toBe('留空则按入驻协议')
    await dialog.getByTestId('allocation-save').click()
    await toast(page, `已将“${NEW_UNIT.code}”分配给“${FIRST_HOLDER}”（${term}）`)
    await dialog.waitFor({ state: 'hidden' })

    const row = page.getByTestId('allocation-table').locator('.el-table__row', { hasText: NEW_UNIT.code })
    await row.waitFor()
    const rowText = await row.innerText()
    expect(rowText).toContain(FIRST_HOLDER)
    expect(rowText).toContain(term)
    expect(rowText).toContain('使用中')

    await page.getByRole('tab', { name: '平面图' }).click()
    await page.locator('[data-testid=plan-unit][data-code="O-199"][data-state="allocated"]').waitFor()
    const shown = await unitShows(NEW_UNIT.code)
    expect(shown.label).toBe('已分配')
    expect(shown.ariaLabel).toBe(`${NEW_UNIT.code} 已分配`)
    expect(shown.tooltip).toContain(`${FIRST_HOLDER}：${term}`)
  })

  it('c. a second allocation of O-199 over the first holder’s term is refused in the dialog, naming holder and dates', async () => {
    const holder = await organization(FIRST_HOLDER)
    const expected = `该单元在 ${holder.agreementStart} 至 ${holder.agreementEnd} 已分配给“${FIRST_HOLDER}”，与所选日期重叠。`

    await openSpaceTab('分配', 'allocation-list')
    await page.getByTestId('allocation-create').click()
    const dialog = page.getByTestId('allocation-dialog')
    const title = dialog.locator('.el-dialog__title', { hasText: '新增分配' })
    await title.waitFor()
    await choose(
      page,
      dialog.getByTestId('allocation-unit'),
      `${NEW_UNIT.code} · 一层 · 独立办公室 · 30 平方米`,
    )
    await chooseOrganization(dialog.getByTestId('allocation-organization'), SECOND_ORG)
    const save = () => dialog.getByTestId('allocation-save').click()

    // The second organisation's own agreement overlaps the first holder's term.
    const refused = await answerTo('allocation.create', save)
    expect(refused.ok).toBe(false)
    expect(refused.error?.fields?.unitId?.message).toBe(expected)
    const unitItem = formItem(dialog, '空间单元')
    expect(await fieldError(unitItem, '与所选日期重叠')).toBe(expected)
    expect(await dialog.isVisible()).toBe(true)

    // Both ends count: starting on the holder's last day still overlaps …
    const startDate = dialog.locator('input[name=startDate]')
    await setDate(startDate, holder.agreementEnd ?? '', title)
    const lastDay = await answerTo('allocation.create', save)
    expect(lastDay.error?.fields?.unitId?.message).toBe(expected)
    expect(await fieldError(unitItem, '与所选日期重叠')).toBe(expected)
    await screenshot(dialog, 'space-allocation-overlap.png')
    expect(
      (await dataFromPage<ListPage<Allocation>>(page, 'allocation.list', { unitId: await unitId('O-199') }))
        .total,
    ).toBe(1)

    // … the day after does not.
    const dayAfter = addDays(holder.agreementEnd ?? '', 1)
    await setDate(startDate, dayAfter, title)
    const accepted = await answerTo('allocation.create', save)
    expect(accepted.ok).toBe(true)
    await dialog.waitFor({ state: 'hidden' })
    const rows = page.getByTestId('allocation-table').locator('.el-table__row', { hasText: NEW_UNIT.code })
    await expect.poll(() => rows.count()).toBe(2)
    expect(await rows.filter({ hasText: SECOND_ORG }).innerText()).toContain(`${dayAfter} 至`)
  })

  it('d. 前台 books 第一会议室 by clicking a free slot on a coming Wednesday; the block shows its title', async () => {
    await signOut(page)
    const login = await submitLogin(page, FRONT_DESK.username, FRONT_DESK.initial)
    expect(login.ok).toBe(true)
    await changeInitialPassword(page, FRONT_DESK.initial, FRONT_DESK.password)
    expect((await page.getByTestId('user-menu').innerText()).trim()).toBe(`${FRONT_DESK.displayName}（前台）`)

    await openRoomWeek(ROOM.option, BOOKING_DAY)
    expect(await dayColumn(BOOKING_DAY).getAttribute('class')).not.toContain('closed')
    await slot(BOOKING_DAY, '11:30').click()
    const dialog = page.getByTestId('booking-dialog')
    await dialog.locator('.el-dialog__title', { hasText: '新增预约' }).waitFor()
    // The click filled in the room, the day and an hour from the slot.
    expect(await shows(dialog.getByTestId('booking-room'))).toBe(ROOM.option)
    expect(await dialog.locator('input[name=date]').inputValue()).toBe(BOOKING_DAY)
    expect(await shows(timeSelect(dialog, 'startTime'))).toBe('11:30')
    expect(await shows(timeSelect(dialog, 'endTime'))).toBe('12:30')

    await chooseOrganization(dialog.getByTestId('booking-organization'), FIRST_HOLDER)
    // Choosing the organisation filled the booker with its name; the contact person replaces it.
    expect(await dialog.locator('input[name=bookerName]').inputValue()).toBe(FIRST_HOLDER)
    await dialog.locator('input[name=bookerName]').fill(BOOKING.booker)
    await dialog.locator('input[name=title]').fill(BOOKING.title)
    await dialog.locator('input[name=attendees]').fill(BOOKING.attendees)
    await dialog.locator('input[name=attendees]').press('Tab')
    await dialog.getByTestId('booking-save').click()
    await toast(page, `已预约 ${BOOKING_DAY} 11:30–12:30`)
    await dialog.waitFor({ state: 'hidden' })

    const block = dayColumn(BOOKING_DAY).locator(`[data-testid=booking-block][data-title="${BOOKING.title}"]`)
    await block.waitFor()
    const text = await block.innerText()
    expect(text).toContain('11:30–12:30')
    expect(text).toContain(BOOKING.title)
    expect(text).toContain(BOOKING.booker)
    expect(await block.getAttribute('class')).toContain('kind-organization')
    await screenshot(page.getByTestId('booking-calendar'), 'space-booking-week.png')
  })

  it('e. a booking overlapping it, or within the 15-minute buffer after it, is refused naming its title', async () => {
    const expected = `与已有预约冲突：${BOOKING_DAY} 11:30–12:30“${BOOKING.title}”（${BOOKING.booker}）。两次预约之间需间隔 15 分钟。`
    // Right after it ends: 12:30 is within the buffer.
    await slot(BOOKING_DAY, '12:30').click()
    const dialog = page.getByTestId('booking-dialog')
    await dialog.locator('.el-dialog__title', { hasText: '新增预约' }).waitFor()
    expect(await shows(timeSelect(dialog, 'startTime'))).toBe('12:30')
    await dialog.getByTestId('booking-booker-kind').getByText('基地', { exact: true }).click()
    await dialog.locator('input[name=bookerName]').fill('基地办公室')
    await dialog.locator('input[name=title]').fill('志愿者培训筹备会')
    const save = () => dialog.getByTestId('booking-save').click()
    const dateItem = formItem(dialog, '日期')

    const buffered = await answerTo('booking.create', save)
    expect(buffered.ok).toBe(false)
    expect(buffered.error?.fields?.date?.message).toBe(expected)
    expect(await fieldError(dateItem, '与已有预约冲突')).toBe(expected)

    // Overlapping it: from 12:00.
    await choose(page, timeSelect(dialog, 'startTime'), '12:00')
    expect(await shows(timeSelect(dialog, 'endTime'))).toBe('13:30')
    const overlapping = await answerTo('booking.create', save)
    expect(overlapping.error?.fields?.date?.message).toBe(expected)
    expect(await fieldError(dateItem, '与已有预约冲突')).toBe(expected)
    expect(await dialog.isVisible()).toBe(true)

    await dialog.getByRole('button', { name: '取消' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(
      await dayColumn(BOOKING_DAY)
        .getByTestId('booking-block')
        .filter({ hasText: '志愿者培训筹备会' })
        .count(),
    ).toBe(0)
    const day = await dataFromPage<Booking[]>(page, 'booking.list', {
      from: BOOKING_DAY,
      to: BOOKING_DAY,
      unitIds: [await unitId(ROOM.code)],
    })
    expect(day.map((b) => `${b.startTime}–${b.endTime} ${b.title}`)).toEqual([`11:30–12:30 ${BOOKING.title}`])
  })

  it('f. the plan on a date: each state in the legend and written in each unit, 维修 hatched, 30 天内到期 from 30 days before the end', async () => {
    const floors = await dataFromPage<Floor[]>(page, 'space.floors')
    const groundId = floors.find((f) => f.name === '一层')?.id ?? 0
    const planOn = (date: string) => dataFromPage<FloorPlan>(page, 'space.plan', { floorId: groundId, date })

    // The allocation ending within 30 days, as the core lists it.
    const ending = await dataFromPage<ListPage<Allocation>>(page, 'allocation.list', {
      endingWithinDays: 30,
      page: 1,
      pageSize: 20,
    })
    const leaving = ending.items.find((a) => a.floorName === '一层')
    if (!leaving) throw new Error('the demo has no allocation on 一层 ending within 30 days')

    await openSpaceTab('平面图', 'floor-plan')
    // The card above the tabs lists it with the days left.
    const card = page.getByTestId('expiring-table').locator('.el-table__row', { hasText: leaving.unitCode })
    await card.waitFor()
    expect(await card.innerText()).toContain(`还剩 ${daysBetween(TODAY, leaving.endDate)} 天`)

    await chooseFloor('一层')
    await setPlanDate(TODAY)
    await planUnit('R-101').waitFor()
    const today = await planOn(TODAY)
    const words: Record<PlanState, string> = {
      free: '空闲',
      allocated: '已分配',
      expiring: '即将到期',
      out_of_service: '维修',
      bookable: '可预约',
    }
    // The demo's ground floor shows every state today.
    expect([...new Set(today.units.map((u) => u.state))].sort()).toEqual(Object.keys(words).sort())
    const one = (state: PlanState): PlanUnit => {
      const unit = today.units.find((u) => u.state === state)
      if (!unit) throw new Error(`no unit ${state} on 一层`)
      return unit
    }

    // Every unit shows its state as data, as words inside it and in its accessible name — never by colour alone.
    for (const u of today.units) {
      const shown = await unitShows(u.code)
      expect(shown.state, u.code).toBe(u.state)
      expect(shown.label, u.code).toBe(words[u.state])
      expect(shown.ariaLabel, u.code).toBe(`${u.code} ${words[u.state]}`)
      expect(shown.hatched, u.code).toBe(u.state === 'out_of_service' ? 1 : 0)
    }
    const expiring = one('expiring')
    expect(expiring.code).toBe(leaving.unitCode)
    const expiringShown = await unitShows(expiring.code)
    expect(expiringShown.tooltip).toContain('30 天内到期')
    expect(expiringShown.tooltip).toContain(
      `${leaving.organizationName}：${leaving.startDate} 至 ${leaving.endDate}`,
    )
    expect(await planUnit(expiring.code).locator('rect').first().getAttribute('stroke-dasharray')).toBe('5 3')
    const repair = one('out_of_service')
    expect(repair.outage?.kind).toBe('maintenance')
    const repairShown = await unitShows(repair.code)
    expect(repairShown.tooltip).toContain('维修或停用')
    expect(repairShown.tooltip).toContain(`维修：${repair.outage?.startDate} 至 ${repair.outage?.endDate}`)
    const allocated = one('allocated')
    expect((await unitShows(allocated.code)).tooltip).toContain(
      `${allocated.holder?.organizationName}：${allocated.holder?.startDate} 至 ${allocated.holder?.endDate}`,
    )
    expect((await unitShows(one('free').code)).tooltip).toContain('空闲')
    expect((await unitShows(one('bookable').code)).tooltip).toContain('可预约')

    // The legend names every state, counts the floor's units by state, and draws them as the plan does.
    const count = (units: PlanUnit[], state: string | null) => units.filter((u) => u.state === state).length
    const entries = await legend()
    expect(entries.map((e) => e.text)).toEqual(
      PLAN_LEGEND.map((label, i) => `${label} ${count(today.units, entries[i]?.state ?? null)}`),
    )
    for (const state of Object.keys(words) as PlanState[]) {
      expect(entries.find((e) => e.state === state)?.fill, state).toBe(
        (await unitShows(one(state).code)).fill,
      )
    }
    expect(
      await page
        .getByTestId('plan-legend')
        .locator('[data-state=out_of_service] rect[fill^="url(#legend-hatch-"]')
        .count(),
    ).toBe(1)
    await screenshot(page.getByTestId('floor-plan'), 'space-plan-date.png')

    // Pointing at a unit describes it in words beside the plan.
    await planUnit(expiring.code).hover()
    const hover = page.getByTestId('plan-hover')
    await hover.waitFor()
    const hoverText = await hover.innerText()
    expect(hoverText).toContain('30 天内到期')
    expect(hoverText).toContain(`${leaving.organizationName}：${leaving.startDate} 至 ${leaving.endDate}`)

    // Another date: the office held today whose term ends first after those is 已分配 31 days before its end
    // and 30 天内到期 from 30 days before.
    const next = today.units
      .filter((u) => u.state === 'allocated' && u.holder)
      .sort((a, b) => (a.holder?.endDate ?? '').localeCompare(b.holder?.endDate ?? ''))[0]
    if (!next?.holder) throw new Error('no allocated unit on 一层')
    const from = addDays(next.holder.endDate, -30)
    await setPlanDate(addDays(from, -1))
    expect((await unitShows(next.code)).state).toBe('allocated')
    await setPlanDate(from)
    const later = await unitShows(next.code)
    expect(later.state).toBe('expiring')
    expect(later.label).toBe('即将到期')
    expect(later.ariaLabel).toBe(`${next.code} 即将到期`)
    const onThatDay = await planOn(from)
    expect((await legend()).find((e) => e.state === 'expiring')?.text).toBe(
      `30 天内到期 ${count(onThatDay.units, 'expiring')}`,
    )

    // 占用统计 for today, as the core computes it.
    const occupancy = await openSpaceTab('占用统计', 'occupancy')
    const overall = occupancy.getByTestId('occupancy-overall')
    await overall.waitFor()
    const summary = await dataFromPage<OccupancySummary>(page, 'occupancy.summary', { date: TODAY })
    const n = (v: number) => (Math.round(v * 10) / 10).toLocaleString('en-US')
    expect(await overall.innerText()).toContain(
      `已分配 ${n(summary.overall.allocatedM2)} 平方米 / 可分配 ${n(summary.overall.allocatableM2)} 平方米`,
    )
    await occupancy.getByTestId('occupancy-monthly').locator('.el-table__row').first().waitFor()
    await screenshot(page, 'space-occupancy.png')
  })
  it('g. a weekly series is previewed date by date and only the bookable dates are saved', async () => {
    // The administrator closes a Wednesday in 场地规则 (system.manage), then 前台 books.
    await signOut(page)
    await signIn(page, ADMIN.username, ADMIN.password)
    const rules = await openSettings(page, '场地规则', 'settings-space')
    await rules.getByTestId('closed-dates').getByText('2026-10-01').waitFor()
    await setDate(
      rules.locator('input[name=closedDate]'),
      CLOSED_DATE,
      rules.locator('.el-form-item__label').first(),
    )
    await rules.getByTestId('closed-date-add').click()
    await rules.getByTestId('closed-dates').getByText(CLOSED_DATE).waitFor()
    await rules.getByTestId('space-settings-save').click()
    await toast(page, '场地规则已保存')
    await signOut(page)
    await signIn(page, FRONT_DESK.username, FRONT_DESK.password)

    const roomId = await unitId(SERIES_ROOM.code)
    const dates = ['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30']
    // The demo booking of 路演厅 the series runs into (14:00–15:00 and the 15-minute buffer).
    const existing = (
      await dataFromPage<Booking[]>(page, 'booking.list', {
        from: dates[0],
        to: SERIES.until,
        unitIds: [roomId],
      })
    ).filter((b) => dates.includes(b.date) && b.startTime < '15:15' && b.endTime > '13:45')
    expect(
      existing.map((b) => b.date),
      'the demo books 路演厅 at 14:00 on 2026-12-09 only',
    ).toEqual(['2026-12-09'])
    const demo = existing[0]
    if (!demo) throw new Error('no demo booking')

    await openRoomWeek(SERIES_ROOM.option, dates[0] ?? '')
    await slot(dates[0] ?? '', '14:00').click()
    const dialog = page.getByTestId('booking-dialog')
    await dialog.locator('.el-dialog__title', { hasText: '新增预约' }).waitFor()
    await dialog.getByTestId('booking-booker-kind').getByText('基地', { exact: true }).click()
    await dialog.locator('input[name=bookerName]').fill(SERIES.booker)
    await dialog.locator('input[name=title]').fill(SERIES.title)
    const repeat = dialog.getByTestId('booking-repeat')
    expect(await repeat.innerText()).toBe('每周周三同一时段')
    await repeat.click()
    const until = dialog.locator('input[name=untilDate]')
    await until.waitFor()
    expect(await until.inputValue()).toBe(SERIES.until)
    await dialog.getByTestId('booking-preview-run').click()

    const preview = dialog.getByTestId('booking-preview')
    await preview.waitFor()
    await dialog.locator('.el-dialog__title', { hasText: '预览每周预约' }).waitFor()
    expect(await preview.locator('.summary').innerText()).toBe(
      '共 5 个日期，其中 3 个可预约。只保存可预约的日期，其余日期不预约。',
    )
    const rows = preview.getByTestId('booking-preview-table').locator('.el-table__row')
    const listed = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim())
    expect(listed).toEqual([
      `${dates[0]} 周三 可预约`,
      `${dates[1]} 周三 与已有预约冲突：${demo.date} ${demo.startTime}–${demo.endTime}“${demo.title}”（${demo.bookerName}）。两次预约之间需间隔 15 分钟。`,
      `${dates[2]} 周三 ${CLOSED_DATE} 是闭馆日，不能预约。`,
      `${dates[3]} 周三 可预约`,
      `${dates[4]} 周三 可预约`,
    ])
    const statuses: (string | null)[] = []
    for (const status of await rows.locator('[data-status]').all()) {
      statuses.push(await status.getAttribute('data-status'))
    }
    expect(statuses).toEqual(['free', 'conflict', 'closed', 'free', 'free'])
    const saveFree = dialog.getByTestId('booking-save')
    expect((await saveFree.innerText()).trim()).toBe('保存可预约的日期（3 个）')
    await saveFree.click()
    await toast(page, '已预约 3 个日期，跳过 2 个不可预约的日期')
    await dialog.waitFor({ state: 'hidden' })

    const booked = (
      await dataFromPage<Booking[]>(page, 'booking.list', {
        from: dates[0],
        to: SERIES.until,
        unitIds: [roomId],
      })
    ).filter((b) => b.title === SERIES.title)
    expect(booked.map((b) => `${b.date} ${b.startTime}–${b.endTime}`)).toEqual([
      `${dates[0]} 14:00–15:00`,
      `${dates[3]} 14:00–15:00`,
      `${dates[4]} 14:00–15:00`,
    ])
    expect(new Set(booked.map((b) => b.seriesId)).size).toBe(1)
    expect(booked[0]?.seriesId).not.toBeNull()

    // On the calendar: this week's block is marked 每周; the closed Wednesday is shaded and says so.
    const block = dayColumn(dates[0] ?? '').locator(
      `[data-testid=booking-block][data-title="${SERIES.title}"]`,
    )
    await block.waitFor()
    expect(await block.innerText()).toContain('每周')
    await openRoomWeek(SERIES_ROOM.option, CLOSED_DATE)
    expect(await dayColumn(CLOSED_DATE).getAttribute('class')).toContain('closed')
    expect(await dayColumn(CLOSED_DATE).locator('.closed-label').innerText()).toBe('闭馆日')
    expect(await dayColumn(CLOSED_DATE).getByTestId('booking-block').count()).toBe(0)
  })
})
