// 党建覆盖 end to end, on the demo base as the 支部书记: the coverage rates on today; an organisation that is not
// covered is found through the 未覆盖 figure, set to 兜底 by the base's own branch on its 党建 card, and 组织覆盖率
// goes up by exactly that one organisation; clicking 组织覆盖 lists it; then a 两关六同步 item of that organisation
// is marked 已同步 in the year matrix. Screenshots of the coverage page and the matrix go to SHUANGHE_SCREENSHOTS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CoverageRates } from '../../src-main/shared/entities'
import {
  choose,
  dataFromPage,
  openAsSecretary,
  screenshot,
  setDate,
  toast,
  type BranchSession,
} from './support'

const TODAY = '2026-11-27'

/** The text a rate card shows: 66.7% for 2 of 3. */
const percent = (n: number, d: number) => `${(Math.round((n * 1000) / d) / 10).toFixed(1)}%`

describe('党建覆盖 in the browser', () => {
  let session: BranchSession
  let page: Page
  let before: CoverageRates
  let organization = { id: 0, name: '' }

  beforeAll(async () => {
    session = await openAsSecretary('coverage', TODAY)
    page = session.page
  }, 120_000)
  afterAll(() => session?.close())

  it('shows the three rates on today with their definitions, and the organisations behind a figure', async () => {
    await page.goto(`${session.host.url.split('?')[0]}#/party-coverage/rates`)
    await page.getByTestId('coverage-rates').waitFor()
    before = await dataFromPage<CoverageRates>(page, 'coverage.rates', {})
    expect(before.total).toBeGreaterThan(5)
    expect(before.uncovered).toBeGreaterThan(0)
    await expect
      .poll(() => page.getByTestId('rate-organizational-value').textContent())
      .toBe(percent(before.organizational, before.total))
    await expect
      .poll(() => page.getByTestId('rate-work').textContent())
      .toContain('（组织覆盖 + 仅有党建指导员/联络员）÷ 统计总数')
    await expect
      .poll(() => page.getByTestId('coverage-denominator').textContent())
      .toContain('统计总数口径：报告日在驻的全部组织')
    await page.getByTestId('coverage-series').locator('.el-table__row').last().waitFor()
    await screenshot(page, 'coverage-rates.png')

    // 未覆盖: the organisations neither covered nor served by an instructor; take the first one.
    await page.getByText(`${before.uncovered} 个组织`, { exact: true }).first().click()
    const drawer = page.getByTestId('coverage-organizations')
    await drawer.getByText(`未覆盖（${TODAY}）`).waitFor()
    const first = drawer.getByTestId('coverage-organizations-table').locator('.el-table__row').first()
    await first.waitFor()
    const rows = await drawer.getByTestId('coverage-organizations-table').locator('.el-table__row').count()
    expect(rows).toBe(Math.min(before.uncovered, 20))
    const link = first.locator('a').first()
    organization.name = (await link.textContent())!.trim()
    await link.click()
    await page.waitForURL(/#\/organizations\/\d+$/)
    organization = { ...organization, id: Number(/organizations\/(\d+)/.exec(page.url())![1]) }
  })

  it('sets the organisation to 兜底 by the base branch on its 党建 card, and 组织覆盖率 goes up by one', async () => {
    const card = page.getByTestId('org-party')
    await card.waitFor()
    await card.getByTestId('party-status-new').click()
    const dialog = page.getByTestId('party-status-form')
    await dialog.waitFor()
    await choose(page, dialog.getByTestId('party-status-select'), '兜底')
    // 兜底 by the base's own branch is offered ticked once the branch is saved (the demo's is).
    const byBase = dialog.getByTestId('party-status-by-base')
    await expect.poll(() => byBase.locator('input').isChecked()).toBe(true)
    await dialog.getByTestId('party-status-save').click()
    await toast(page, '')
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => card.getByTestId('party-status-tag').textContent()).toContain('兜底')

    await page.goto(`${session.host.url.split('?')[0]}#/party-coverage/rates`)
    const after = await dataFromPage<CoverageRates>(page, 'coverage.rates', {})
    expect(after.total).toBe(before.total)
    expect(after.organizational).toBe(before.organizational + 1)
    expect(after.uncovered).toBe(before.uncovered - 1)
    await expect
      .poll(() => page.getByTestId('rate-organizational-value').textContent())
      .toBe(percent(after.organizational, after.total))
    expect(percent(after.organizational, after.total)).not.toBe(percent(before.organizational, before.total))

    // Click the count under 组织覆盖率: the organisation is among them.
    await page.getByTestId('open-organizational').click()
    const drawer = page.getByTestId('coverage-organizations')
    await drawer.getByText(`组织覆盖（${TODAY}）`).waitFor()
    await drawer.getByTestId('coverage-organizations-search').fill(organization.name)
    await drawer.getByTestId('coverage-organizations-search').press('Enter')
    const row = drawer.getByTestId('coverage-organizations-table').locator('.el-table__row')
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.first().textContent()).toContain('兜底')
    await screenshot(page, 'coverage-rates-list.png')
    await page.keyboard.press('Escape')
  })

  it('marks a 两关六同步 item of that organisation in the year matrix', async () => {
    await page.goto(`${session.host.url.split('?')[0]}#/party-coverage/sixSync`)
    const matrix = page.getByTestId('six-sync-matrix')
    await matrix.waitFor()
    await screenshot(page, 'six-sync-matrix.png')
    const search = matrix.getByTestId('six-sync-search')
    await search.fill(organization.name)
    await search.press('Enter')
    // An item this organisation has not started (neither set by hand nor prefilled from a record).
    type Checklist = { items: { item: number; status: string; source: string }[] }
    const open = await dataFromPage<Checklist>(page, 'sixSync.get', {
      organizationId: organization.id,
      year: 2026,
    })
    const item = open.items.find((i) => i.status === 'not_started')!.item
    const cell = matrix.getByTestId(`six-sync-cell-${organization.id}-${item}`)
    await cell.waitFor()
    expect(await cell.textContent()).toContain('未开始')
    await cell.click()
    const dialog = page.getByTestId('six-sync-dialog')
    await dialog.waitFor()
    await dialog.getByTestId('six-sync-status').getByText('已同步').click()
    const date = dialog.locator('.el-date-editor input')
    await setDate(date, '2026-11-20', dialog.locator('.el-dialog__title'))
    await dialog.getByTestId('six-sync-note').fill('与党组织同步落实')
    await dialog.getByTestId('six-sync-save').click()
    await expect.poll(() => cell.textContent()).toContain('已同步')
    expect(await cell.textContent()).toContain('2026-11-20')
    const checklist = await dataFromPage<Checklist>(page, 'sixSync.get', {
      organizationId: organization.id,
      year: 2026,
    })
    expect(checklist.items.find((i) => i.item === item)).toMatchObject({ status: 'synced', source: 'manual' })
  })
})
