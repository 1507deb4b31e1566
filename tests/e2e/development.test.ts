// 发展党员 in the browser, on the demo base with its branch and the demo people at every stage: the 支部书记 sees
// the pipeline (people per stage, the one with a violated check) and the steps due within 30 days, opens the
// person whose interview is overdue and sees that check violated with its due date, then takes an applicant who
// was interviewed on to 入党积极分子 — refused first for a date before the interview, then done — and sees the
// pipeline move. Screenshots of the pipeline and the detail when SHUANGHE_SCREENSHOTS names a folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type {
  DevelopmentListItem,
  DevelopmentOverview,
  DevelopmentRecord,
  Page as ListPage,
} from '../../src-main/shared/entities'
import { addDays, addMonths } from '../../src-main/core/lib/dates'
import {
  dataFromPage,
  fieldError,
  formItem,
  screenshot,
  toast,
  openAsSecretary,
  type BranchSession,
} from './support'

const TODAY = '2026-11-27'

/** The count shown in the pipeline for a stage. */
const stageCount = (page: Page, stage: string) =>
  page.getByTestId('development-pipeline').locator(`[data-stage=${stage}] .count`).innerText()

/** The cells of one check's row in the detail: check, status, due date, explanation. */
async function checkRow(detail: Locator, label: string): Promise<string[]> {
  const row = detail
    .getByTestId('development-checks')
    .locator('.el-table__body tr')
    .filter({ has: detail.page().locator('td:first-child', { hasText: new RegExp(`^${label}$`) }) })
  return (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())
}

describe('发展党员 in the browser', () => {
  let session: BranchSession | undefined
  let page: Page

  beforeAll(async () => {
    session = await openAsSecretary('development', TODAY)
    page = session.page
  })

  afterAll(async () => {
    await session?.close()
  })

  it('shows the pipeline, the person with a violated check and the steps due within 30 days', async () => {
    await page.locator('[data-testid=sidebar] [data-nav=branch]').click()
    await page.getByRole('tab', { name: '发展党员' }).click()
    await page.getByTestId('development-panel').waitFor()
    await page.getByTestId('development-table').locator('.el-loading-mask').waitFor({ state: 'hidden' })
    const overview = await dataFromPage<DevelopmentOverview>(page, 'development.upcoming', {})
    for (const stage of [
      'applicant',
      'activist',
      'candidate',
      'probationary',
      'full',
      'disqualified',
    ] as const) {
      await expect.poll(() => stageCount(page, stage)).toBe(String(overview.counts[stage]))
    }
    expect(overview.counts.applicant).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('development-violated').innerText()).toBe('1 人有违规事项')
    const row = page.getByTestId('development-table').locator('.el-table__row', { hasText: '赵子涵' })
    expect(await row.locator('.el-tag').innerText()).toBe('违规')
    expect(await row.innerText()).toContain('违规：一个月内谈话')
    const upcoming = page.getByTestId('development-upcoming').locator('li')
    expect(await upcoming.count()).toBe(overview.items.length)
    expect(overview.items.every((i) => i.dueDate <= addDays(TODAY, 30))).toBe(true)
    await screenshot(page, 'development-pipeline.png')
  })

  it('opens the person whose interview is overdue: violated, with the day it was due', async () => {
    await page.getByTestId('development-table').locator('.el-table__row', { hasText: '赵子涵' }).click()
    const detail = page.getByTestId('development-detail')
    await detail.getByTestId('development-checks').waitFor()
    const list = await dataFromPage<ListPage<DevelopmentListItem>>(page, 'development.list', {
      search: '赵子涵',
    })
    const due = addMonths(list.items[0]!.appliedOn, 1)
    expect(await checkRow(detail, '一个月内谈话')).toEqual([
      '一个月内谈话',
      '违规',
      due,
      `递交申请后一个月内（${due} 前）没有谈话。`,
    ])
    expect((await checkRow(detail, '年满 18 周岁'))[1]).toBe('已通过')
    expect((await checkRow(detail, '上级党委审批'))[1]).toBe('不适用')
    await screenshot(page, 'development-detail-violated.png')
    await detail.getByRole('button', { name: '关闭' }).last().click()
    await detail.waitFor({ state: 'hidden' })
  })

  it('takes an interviewed applicant on to 入党积极分子; a date before the interview is refused first', async () => {
    const before = Number(await stageCount(page, 'activist'))
    await page.getByTestId('development-table').locator('.el-table__row', { hasText: '李雨桐' }).click()
    const detail = page.getByTestId('development-detail')
    await detail.getByTestId('development-checks').waitFor()
    await screenshot(page, 'development-detail.png')
    await detail.getByTestId('development-advance').click()
    const action = page.getByTestId('development-action')
    await action.getByText('须已谈话，且递交申请时已满 18 周岁。').waitFor()
    const date = action.locator('input[name=actionDate]')
    const interviewed = addDays(TODAY, -30)
    await date.fill(addDays(interviewed, -1))
    await date.press('Enter')
    await action.getByTestId('development-action-confirm').click()
    expect(await fieldError(formItem(action, '确定日期'), '日期不能早于上一步的日期')).toBe(
      `日期不能早于上一步的日期（${interviewed}）。`,
    )
    await date.fill(TODAY)
    await date.press('Enter')
    await action.getByTestId('development-action-confirm').click()
    await toast(page, '已保存')
    await expect.poll(() => detail.getByTestId('development-stage').innerText()).toBe('入党积极分子')
    expect((await checkRow(detail, '培养考察满一年')).slice(1, 3)).toEqual(['待办', '2027-11-27'])
    await screenshot(page, 'development-detail-activist.png')
    await detail.getByRole('button', { name: '关闭' }).last().click()
    await expect.poll(() => stageCount(page, 'activist')).toBe(String(before + 1))
  })

  it('shows a 预备党员 with an extended probation: the extension passed, 转正 due at the extended end', async () => {
    await page.getByTestId('development-pipeline').locator('[data-stage=probationary]').click()
    const row = page.getByTestId('development-table').locator('.el-table__row', { hasText: '黄婷' })
    await row.click()
    const detail = page.getByTestId('development-detail')
    await detail.getByTestId('development-checks').waitFor()
    const listed = await dataFromPage<ListPage<DevelopmentListItem>>(page, 'development.list', {
      search: '黄婷',
    })
    const record = await dataFromPage<DevelopmentRecord>(page, 'development.get', { id: listed.items[0]!.id })
    const extension = await checkRow(detail, '延长预备期')
    expect(extension[1]).toBe('已通过')
    expect(extension[3]).toMatch(/^\d{4}-\d{2}-\d{2} 决定延长 6 个月，至 \d{4}-\d{2}-\d{2} 届满。$/)
    const probation = await checkRow(detail, '预备期')
    expect(probation[1]).toBe('待办')
    expect(extension[3]).toContain(`至 ${probation[2]} 届满`)
    expect(probation[2]).toBe(record.probationEnd)
    expect(record.probationEnd).toBe(addMonths(addMonths(record.admittedOn ?? '', 12), 6))
    expect(await detail.getByTestId('development-sponsors').locator('li').count()).toBe(2)
    await screenshot(page, 'development-detail-extended.png')
    await detail.getByRole('button', { name: '关闭' }).last().click()
    await detail.waitFor({ state: 'hidden' })
  })

  it('opens the form for a new applicant', async () => {
    await page.getByTestId('development-create').click()
    const form = page.getByTestId('development-form')
    await form.getByText('登记入党申请人').first().waitFor()
    await screenshot(page, 'development-form.png')
    await form.getByRole('button', { name: '取消' }).click()
    await form.waitFor({ state: 'hidden' })
  })
})
