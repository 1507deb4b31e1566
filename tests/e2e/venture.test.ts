// 公益创投 end to end, on the demo base as the administrator: a project is created at 立项签约 with tranches 60/40
// through the form, its first tranche is paid (and appears in the 资金台账), a failed 中期评估 is recorded, and the
// second tranche shows 受阻 with its message; the core refuses to pay it for the same reason. Screenshots of the
// project page go to SHUANGHE_SCREENSHOTS.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Page as ListPage, VentureProjectDetail } from '../../src-main/shared/entities'
import {
  callFromPage,
  dataFromPage,
  launchBrowser,
  newPage,
  prepareBranchDatabase,
  screenshot,
  setDate,
  startWebHost,
  submitLogin,
  type WebHost,
} from './support'

const TODAY = '2026-11-27'
const TITLE = '社区老人心理慰藉计划'

describe('公益创投 in the browser', () => {
  let dir = ''
  let host: WebHost | undefined
  let launched: { browser: Browser; close(): Promise<void> } | undefined
  let page: Page
  let projectId = 0

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shuanghe-venture-'))
    const dbFile = join(dir, 'venture.db')
    await prepareBranchDatabase(dbFile, TODAY)
    host = await startWebHost({ today: TODAY, dbFile })
    launched = await launchBrowser()
    page = await newPage(launched.browser)
    page.setDefaultTimeout(10_000)
    await page.goto(host.url)
    await submitLogin(page, 'admin', 'Admin2026')
    await page.getByTestId('sidebar').waitFor()
  }, 120_000)

  afterAll(async () => {
    await launched?.close()
    await host?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('creates a project at 立项签约 with tranches 60/40, the amounts splitting the grant exactly', async () => {
    const orgs = await dataFromPage<ListPage<{ name: string }>>(page, 'organization.list', {
      page: 1,
      pageSize: 20,
    })
    const orgName = orgs.items[0]!.name
    await page.goto(`${host!.url.split('?')[0]}#/projects/venture`)
    await page.getByTestId('venture-panel').waitFor()
    await page.getByTestId('venture-project-create').click()
    const dialog = page.getByTestId('venture-project-dialog')
    await dialog.waitFor()
    const organization = page.getByTestId('venture-form-organization')
    await organization.click()
    await organization.locator('input').fill(orgName.slice(0, 6))
    await page
      .locator('.el-select-dropdown__item')
      .filter({ hasText: orgName, visible: true })
      .first()
      .click()
    await page.getByTestId('venture-form-title').fill(TITLE)
    await page.getByTestId('venture-form-grant').fill('80000')
    await page.getByTestId('venture-form-stage').click()
    await page.locator('.el-select-dropdown__item').filter({ hasText: '立项签约', visible: true }).click()
    await setDate(
      page.getByTestId('venture-form-stage-date').locator('input'),
      '2026-03-01',
      dialog.locator('.el-dialog__title'),
    )
    // The round's plan is 50/30/20: make it two tranches of 60 and 40.
    while ((await page.getByTestId('tranche-remove-2').count()) > 0)
      await page.getByTestId('tranche-remove-2').click()
    await page.getByTestId('tranche-percent-0').fill('60')
    await page.getByTestId('tranche-percent-1').fill('50')
    await expect.poll(() => page.getByTestId('tranche-sum').textContent()).toContain('110%')
    await page.getByTestId('tranche-percent-1').fill('40')
    await expect.poll(() => page.getByTestId('tranche-sum').textContent()).toContain('100%')
    await page.getByTestId('venture-project-save').click()
    await page.getByTestId('venture-project-detail').waitFor()

    const projects = await dataFromPage<ListPage<{ id: number; title: string }>>(page, 'venture.projects', {
      search: TITLE,
    })
    projectId = projects.items.find((p) => p.title === TITLE)!.id
    const detail = await dataFromPage<VentureProjectDetail>(page, 'venture.project', { id: projectId })
    expect(detail.tranches.map((t) => [t.seq, t.percentBp, t.amountFen, t.trigger])).toEqual([
      [1, 6000, 4_800_000, 'signing'],
      [2, 4000, 3_200_000, 'mid_evaluation'],
    ])
  })

  it('pays the first tranche on signing; a failed 中期评估 blocks the second, with its message', async () => {
    await page.getByTestId('pay-tranche-1').click()
    await page.getByTestId('venture-pay-confirm').click()
    await page.getByTestId('tranche-state-1').filter({ hasText: '已拨付' }).waitFor()

    await page.getByTestId('venture-add-evaluation').click()
    const form = page.getByTestId('evaluation-form')
    await form.waitFor()
    await setDate(
      page.getByTestId('evaluation-date').locator('input'),
      '2026-09-30',
      page.getByTestId('evaluation-score'),
    )
    await page.getByTestId('evaluation-score').fill('58.5')
    await form.getByText('未通过').click()
    await page.getByTestId('evaluation-reviewer').fill('李明')
    await page.getByTestId('evaluation-save').click()

    const hold = page.getByTestId('tranche-hold-2')
    await hold.filter({ hasText: '中期评估未通过' }).waitFor()
    expect(await hold.textContent()).toContain('中期评估未通过（2026-09-30，评审：李明），第 2 期不能拨付。')
    expect(await page.getByTestId('pay-tranche-2').isDisabled()).toBe(true)
    await screenshot(page, 'venture-blocked.png')

    // The core refuses the payment for the same reason, and nothing is written.
    const refused = await callFromPage(page, 'venture.payTranche', { projectId, seq: 2, paidOn: TODAY })
    expect(refused.ok).toBe(false)
    expect(JSON.stringify(refused.error)).toContain('中期评估未通过')
    const detail = await dataFromPage<VentureProjectDetail>(page, 'venture.project', { id: projectId })
    expect(detail.tranches.map((t) => t.state)).toEqual(['paid', 'blocked'])

    // The first tranche's payment is in the ledger, as an outflow of 48,000.00 元 for this project.
    const ledger = await dataFromPage<
      ListPage<{ amountFen: number; direction: string; ventureProjectId: number | null }>
    >(page, 'fund.list', { ventureProjectId: projectId })
    expect(ledger.items.map((r) => [r.direction, r.amountFen, r.ventureProjectId])).toEqual([
      ['out', 4_800_000, projectId],
    ])
  })
})
