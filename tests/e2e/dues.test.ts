// 党费 in the browser, on the demo base with its branch members and two years of dues: the 支部书记 opens the
// ledger of the year, sees the member flagged for 6 months unpaid, records what that member owes through
// 登记缴纳 (each month's computed amount shown, confirmed because it reaches back more than 6 months), and sees
// the flag go. Screenshots of the ledger and the dialogs when SHUANGHE_SCREENSHOTS names a folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { DuesArrears } from '../../src-main/shared/entities'
import { choose, dataFromPage, screenshot, toast, openAsSecretary, type BranchSession } from './support'

const TODAY = '2026-11-27'

describe('党费 in the browser', () => {
  let session: BranchSession | undefined
  let page: Page

  beforeAll(async () => {
    session = await openAsSecretary('dues', TODAY)
    page = session.page
  })

  afterAll(async () => {
    await session?.close()
  })

  it('shows the ledger of the year with the member flagged for 6 months unpaid', async () => {
    await page.locator('[data-testid=sidebar] [data-nav=branch]').click()
    await page.getByRole('tab', { name: '党费' }).click()
    await page.getByTestId('dues-panel').waitFor()
    await page.getByTestId('dues-ledger').locator('.el-loading-mask').waitFor({ state: 'hidden' })
    await expect.poll(() => page.getByTestId('dues-summary').innerText()).toMatch(/^2026 年：应缴 [\d,.]+ 元/)
    const flag = page.getByTestId('dues-arrears').getByTestId('dues-flag')
    await flag.first().waitFor()
    expect(await flag.count()).toBe(1)
    await screenshot(page, 'dues-ledger.png')
  })

  it('records the flagged member’s arrears in one payment, confirmed, and the flag goes', async () => {
    const arrears = await dataFromPage<DuesArrears>(page, 'dues.arrears', {})
    const flagged = arrears.rows.find((r) => r.flagged)!
    const row = page.getByTestId('dues-arrears-table').locator('tr', { hasText: flagged.name })
    await row.getByRole('button', { name: '登记缴纳' }).click()
    const dialog = page.getByTestId('dues-payment')
    await dialog.getByTestId('dues-payment-rows').waitFor()
    await expect
      .poll(() => dialog.getByTestId('dues-payment-total').innerText())
      .toContain(`（${flagged.months.length} 个月）`)
    const statuses = await dialog.getByTestId('dues-payment-status').allInnerTexts()
    expect(statuses[0]).toMatch(/^补缴 \d+ 个月前的党费，需经支部同意$/)
    await screenshot(page, 'dues-payment-dialog.png')
    await dialog.getByTestId('dues-payment-save').click()
    const box = page.locator('.el-message-box')
    await box.getByText('需经支部同意').first().waitFor()
    await screenshot(page, 'dues-payment-confirm.png')
    await box.getByRole('button', { name: '仍然保存' }).click()
    await toast(page, `已登记“${flagged.name}”${flagged.months.length} 个月的党费`)
    await expect.poll(() => page.getByTestId('dues-arrears').getByTestId('dues-flag').count()).toBe(0)
    const after = await dataFromPage<DuesArrears>(page, 'dues.arrears', {})
    expect(after.rows.find((r) => r.memberId === flagged.memberId)).toBeUndefined()
  })

  it("shows a member's bases and payments, and the base form computes the dues as typed", async () => {
    const ledger = page.getByTestId('dues-ledger')
    await ledger.locator('.el-table__body-wrapper .el-button').first().click()
    const member = page.getByTestId('dues-member')
    await member.getByTestId('dues-member-bases').waitFor()
    await screenshot(page, 'dues-member.png')
    await member.getByTestId('dues-member-add-base').click()
    const form = page.getByTestId('dues-base')
    await form.getByText('在职', { exact: true }).click()
    await form.getByTestId('dues-base-amount').fill('6500')
    await expect.poll(() => form.getByTestId('dues-base-monthly').innerText()).toContain('97.50 元')
    await screenshot(page, 'dues-base-dialog.png')
    await form.getByRole('button', { name: '取消' }).click()
    await form.waitFor({ state: 'hidden' })
    await page.keyboard.press('Escape')
    await member.waitFor({ state: 'hidden' })
    await choose(page, page.getByTestId('dues-year'), '2025 年')
    await expect.poll(() => page.getByTestId('dues-summary').innerText()).toMatch(/^2025 年/)
  })

  it('reads in English too', async () => {
    await page.evaluate("localStorage.setItem('shuanghe.locale', 'en')")
    await page.reload()
    await page.getByTestId('dues-panel').waitFor()
    await expect.poll(() => page.getByTestId('dues-summary').innerText()).toMatch(/^2026: due [\d,.]+ yuan/)
    await screenshot(page, 'dues-ledger-en.png')
    await page.evaluate("localStorage.setItem('shuanghe.locale', 'zh-CN')")
  })
})
