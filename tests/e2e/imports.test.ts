// 导入 Excel end to end, as the administrator on the demo base (today 2026-11-27): a file with a good row, a bad
// 统一社会信用代码, an unknown 组织类型 and a name already in the base is previewed with each error by row, column and
// reason, and nothing is written; 全部无误才导入 is refused and still writes nothing; 只导入无误的行 then writes exactly
// the good row. Screenshots of the preview go to SHUANGHE_SCREENSHOTS.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { OrganizationListItem, Page as ListPage } from '../../src-main/shared/entities'
import {
  dataFromPage,
  launchBrowser,
  newPage,
  prepareBranchDatabase,
  screenshot,
  startWebHost,
  submitLogin,
  type WebHost,
} from './support'

const TODAY = '2026-11-27'
const GOOD = '烟台市芝罘区晨曦青年志愿服务队'

describe('导入 Excel in the browser', () => {
  let dir = ''
  let host: WebHost
  let browser: { close(): Promise<void> } | null = null
  let page: Page
  let file = ''
  let existing = ''

  const total = async () =>
    (await dataFromPage<ListPage<OrganizationListItem>>(page, 'organization.list', { archived: 'all' })).total

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shuanghe-imports-'))
    const dbFile = join(dir, 'imports.db')
    await prepareBranchDatabase(dbFile, TODAY)
    host = await startWebHost({ today: TODAY, dbFile })
    const launched = await launchBrowser()
    browser = launched
    page = await newPage(launched.browser)
    page.setDefaultTimeout(10_000)
    await page.goto(host.url)
    await submitLogin(page, 'admin', 'Admin2026')
    await page.getByTestId('sidebar').waitFor()
    const list = await dataFromPage<ListPage<OrganizationListItem>>(page, 'organization.list', {})
    existing = list.items[0]!.name

    // The file a user fills from the template: the template's own header row, four rows below it.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(process.cwd(), 'resources/templates/import-organizations.xlsx'))
    const sheet = workbook.worksheets[0]!
    const headers = (sheet.getRow(1).values as unknown[])
      .slice(1)
      .map((v) => (typeof v === 'string' ? v : ''))
    const row = (values: Record<string, string>) => headers.map((h) => values[h] ?? null)
    const common = {
      组织类型: '筹备中',
      孵化阶段: '申请',
      阶段日期: '2026-11-02',
      联系人: '李强',
      联系电话: '13512345678',
    }
    // Row 2 held the template's example: the user types over it and below it.
    const rows = [
      { ...common, 组织名称: GOOD },
      {
        ...common,
        组织名称: '芝罘区晨光青少年服务中心',
        组织类型: '社会团体',
        统一社会信用代码: '51370600MJD0000111',
      },
      { ...common, 组织名称: '芝罘区绿叶环保协会', 组织类型: '社会组织' },
      { ...common, 组织名称: existing },
    ]
    rows.forEach((values, i) => {
      const cells = row(values)
      cells.forEach((value, c) => (sheet.getRow(2 + i).getCell(c + 1).value = value))
    })
    file = join(dir, '入驻组织导入.xlsx')
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()))
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('shows every error by row, column and reason, and writes nothing until confirmed', async () => {
    const before = await total()
    await page.locator('[data-testid=sidebar] [data-nav=organizations]').click()
    await page.getByTestId('import-open').click()
    const dialog = page.getByTestId('import-dialog')
    await dialog.waitFor()
    await dialog.getByTestId('import-file').setInputFiles(file)
    await dialog.getByTestId('import-summary').getByText('共 4 行：1 行可以导入，3 行有错误').waitFor()
    const errors = await dialog.getByTestId('import-error').allTextContents()
    expect(errors.map((e) => e.trim())).toEqual([
      expect.stringMatching(/^统一社会信用代码：/),
      expect.stringMatching(/^组织类型：“社会组织”不是可选的值/),
      expect.stringMatching(/^组织名称：已有同名组织/),
    ])
    const rows = await dialog.getByTestId('import-preview-table').locator('.el-table__row').allTextContents()
    expect(rows.map((r) => r.trim().slice(0, 1))).toEqual(['2', '3', '4', '5'])
    await screenshot(page, 'import-preview.png')
    expect(await total()).toBe(before)

    // 全部无误才导入: refused because three rows are wrong; still nothing written.
    await dialog.getByTestId('import-mode-all-or-nothing').click()
    await dialog.getByTestId('import-confirm').click()
    await dialog.getByTestId('import-result').getByText('没有写入任何数据', { exact: false }).waitFor()
    expect(await total()).toBe(before)

    // 只导入无误的行: exactly the good row.
    await dialog.getByTestId('import-mode-valid-only').click()
    await dialog.getByTestId('import-confirm').click()
    await dialog.getByTestId('import-result').getByText('导入完成：新增 1 条记录，跳过 3 行。').waitFor()
    expect(await total()).toBe(before + 1)
    const found = await dataFromPage<ListPage<OrganizationListItem>>(page, 'organization.list', {
      search: GOOD,
    })
    expect(found.items.map((o) => [o.name, o.legalType, o.stage])).toEqual([[GOOD, 'preparing', 'applied']])
  })
})
