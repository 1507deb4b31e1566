// 工作台 and 全局搜索 end to end, on the demo base as the 支部书记 (today 2026-11-27): the 组织覆盖率 figure on the
// dashboard shows what the coverage page computes and clicking it opens exactly the organisations behind it; a
// residents-by-stage figure opens the organisation list filtered to that stage; Ctrl+K finds an organisation by the
// pinyin initials of its name, ↓/Enter open it. Screenshots of the dashboard and the search go to SHUANGHE_SCREENSHOTS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CoverageRates, DashboardSummary } from '../../src-main/shared/entities'
import { dataFromPage, openAsSecretary, screenshot, type BranchSession } from './support'

const TODAY = '2026-11-27'

describe('工作台 in the browser', () => {
  let session: BranchSession
  let page: Page
  let home = ''

  beforeAll(async () => {
    session = await openAsSecretary('dashboard', TODAY)
    page = session.page
    home = session.host.url.split('?')[0] ?? ''
  }, 120_000)
  afterAll(() => session?.close())

  it('the 组织覆盖率 card shows the coverage rate and opens the organisations behind it', async () => {
    await page.locator('[data-testid=sidebar] [data-nav=dashboard]').click()
    await page.waitForURL(/#\/dashboard/)
    const card = page.getByTestId('kpi-organizationalCoverage')
    await card.waitFor()
    const rates = await dataFromPage<CoverageRates>(page, 'coverage.rates', {})
    expect(rates.organizational).toBeGreaterThan(0)
    await expect.poll(() => card.textContent()).toContain(`${rates.rates.organizational?.toFixed(1)}%`)
    await expect.poll(() => card.textContent()).toContain(`${rates.organizational} / ${rates.total} 个组织`)
    await page.getByTestId('chart-stages').locator('svg').waitFor()
    await screenshot(page, 'dashboard.png')

    await card.click()
    await page.waitForURL(/#\/party-coverage\/rates\?list=organizational$/)
    const drawer = page.getByTestId('coverage-organizations')
    await drawer.getByText(`组织覆盖（${TODAY}）`).waitFor()
    await expect.poll(() => drawer.textContent()).toContain(`${rates.organizational} 个组织`)
    const rows = drawer.getByTestId('coverage-organizations-table').locator('.el-table__row')
    await expect.poll(() => rows.count()).toBe(Math.min(rates.organizational, 20))
  })

  it('a stage figure opens the organisation list of that stage only', async () => {
    await page.goto(`${home}#/dashboard`)
    const summary = await dataFromPage<DashboardSummary>(page, 'dashboard.summary', {})
    const incubating = summary.residents?.find((r) => r.stage === 'incubating')?.count ?? 0
    expect(incubating).toBeGreaterThan(0)
    await page.getByTestId('dashboard-stages').locator('[data-stage=incubating]').click()
    await page.waitForURL(/#\/organizations\?stages=incubating$/)
    await expect.poll(() => page.getByTestId('org-total').textContent()).toContain(`共 ${incubating} 个组织`)
    const stages = await page.locator('[data-testid=org-table] .el-table__row').allTextContents()
    expect(stages.length).toBe(Math.min(incubating, 20))
    for (const row of stages) expect(row).toContain('孵化培育')
  })

  it('Ctrl+K finds an organisation by pinyin initials and Enter opens it', async () => {
    await page.goto(`${home}#/dashboard`)
    await page.getByTestId('dashboard-overview').waitFor()
    await page.keyboard.press('Control+K')
    const search = page.getByTestId('global-search')
    const input = page.getByTestId('search-input')
    await input.waitFor()
    // …童心港湾自闭症儿童康复中心 of the demo base, by the initials of 童心港湾.
    await input.fill('txgw')
    const group = search.locator('[data-kind=organization]')
    await group.getByText('童心港湾', { exact: false }).first().waitFor()
    const first = (await group.getByTestId('search-hit').first().locator('.hit-title').textContent())!.trim()
    expect(first).toContain('童心港湾')
    await screenshot(page, 'global-search.png')
    await input.press('Enter')
    await page.waitForURL(/#\/organizations\/\d+$/)
    await page.getByText(first).first().waitFor()
    await search.waitFor({ state: 'hidden' })

    // ↓ moves to the next hit of the next group; a query without hits says so.
    await page.keyboard.press('Control+K')
    await input.fill('没有这个名称的组织')
    await search.getByText('没有找到与“没有这个名称的组织”相符的记录').waitFor()
    await page.keyboard.press('Escape')
  })
})
