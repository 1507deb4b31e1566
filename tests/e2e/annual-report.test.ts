// 年度工作报告 end to end, on the demo base as the 支部书记 (today 2026-11-27): the page shows every area's figures,
// 打印 opens the print layout and calls the browser's print dialog, and the print layout printed to an A4 PDF in
// Chromium has the expected pages, the report's figures and an embedded Chinese font, with no table cut across a
// page. The pages are rendered to PNG (pdftoppm) under SHUANGHE_REPORT_SHOTS (default /tmp/shots/reports) to look at.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { AnnualReport } from '../../src-main/shared/entities'
import { dataFromPage, openAsSecretary, screenshot, type BranchSession } from './support'

const TODAY = '2026-11-27'
const OUT = process.env.SHUANGHE_REPORT_SHOTS ?? '/tmp/shots/reports'
const hasPoppler = ['/usr/bin/pdftoppm', '/usr/bin/pdftotext', '/usr/bin/pdfinfo'].every((p) => existsSync(p))

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8' })

describe('年度工作报告 in the browser', () => {
  let session: BranchSession
  let page: Page
  let home = ''

  beforeAll(async () => {
    session = await openAsSecretary('annual-report', TODAY)
    page = session.page
    home = session.host.url.split('?')[0] ?? ''
    mkdirSync(OUT, { recursive: true })
  }, 120_000)
  afterAll(() => session?.close())

  it('shows the year as of today with every area, and 打印 opens the print layout and prints', async () => {
    await page.locator('[data-testid=sidebar] [data-nav=reports]').click()
    await page.waitForURL(/#\/reports/)
    await page.getByTestId('report-area-branch').waitFor()
    await expect
      .poll(() => page.getByTestId('report-as-of').textContent())
      .toContain('2026 年尚未结束，数字截至今天（2026-11-27）')
    const report = await dataFromPage<AnnualReport>(page, 'report.summary', { year: 2026 })
    const inResidence = report.areas[0]?.tables[0]?.rows[0]?.[1]
    expect(inResidence).toBeGreaterThan(0)
    await expect
      .poll(async () =>
        (await page.getByTestId('report-table-residents.key').textContent())?.replace(/\s+/g, ''),
      )
      .toContain(`在驻组织数${String(inResidence)}`)
    await page.screenshot({ path: join(OUT, 'screen-2026.png'), fullPage: false })
    await screenshot(page, 'annual-report.png')

    // The browser's print dialog is replaced by a marker: headless Chromium would not show it.
    await page.evaluate('window.print = () => { window.__printed = (window.__printed ?? 0) + 1 }')
    await page.getByTestId('report-print').click()
    await page.getByTestId('report-print-title').waitFor()
    await expect.poll(() => page.evaluate('window.__printed ?? 0')).toBe(1)
    // The address no longer asks to print: going back to it does not print again.
    await page.waitForURL(/#\/reports\/print\?year=2026$/)
  })

  it('prints to A4 pages in Chinese, every table whole on one page', async () => {
    await page.goto(`${home}#/reports/print?year=2026`)
    const title = page.getByTestId('report-print-title')
    await title.waitFor()
    expect(await title.textContent()).toBe('福山区社会组织孵化基地 2026 年度工作报告')
    await page.getByTestId('report-area-branch').waitFor()
    const pdf = join(OUT, 'annual-report-2026.pdf')
    await page.pdf({ path: pdf, format: 'A4', printBackground: true })
    if (!hasPoppler)
      throw new Error('缺少 poppler-utils（pdftoppm、pdftotext、pdfinfo）：apt-get install -y poppler-utils')

    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1])
    // Six areas of small tables: more than one page, never a page per table.
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(5)
    // A Chinese font is embedded (no boxes), and the sidebar is not printed.
    expect(run('pdffonts', [pdf])).toMatch(/WenQuanYi|Zen ?Hei|Noto ?Sans ?CJK|Droid ?Sans ?Fallback/i)
    const text = run('pdftotext', ['-layout', pdf, '-'])
    expect(text).not.toContain('工作台')
    expect(text).toContain('福山区社会组织孵化基地 2026 年度工作报告')
    expect(text).toContain(`印发日期：${TODAY}`)

    const report = await dataFromPage<AnnualReport>(page, 'report.summary', { year: 2026 })
    const pageTexts = Array.from({ length: pages }, (_, i) =>
      run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']).replace(/\s+/g, ''),
    )
    const titles = report.areas.flatMap((a) => a.tables.map((t) => t.title))
    for (const area of report.areas) {
      expect(text).toContain(area.title)
      for (const table of area.tables) {
        if (titles.filter((t) => t === table.title).length > 1) continue
        // The page with the table's title also has its last row: the table is not cut.
        const at = pageTexts.findIndex((p) => p.includes(table.title.replace(/\s+/g, '')))
        expect(at, `${table.title} is printed`).toBeGreaterThanOrEqual(0)
        const last = table.rows.at(-1)?.[0]
        if (typeof last === 'string')
          expect(pageTexts[at], `${table.title} is whole`).toContain(last.replace(/\s+/g, ''))
      }
    }

    // The pages as pictures, to look at.
    for (const f of readdirSync(OUT)) if (/^printed-\d+\.png$/.test(f)) rmSync(join(OUT, f))
    run('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, 'printed')])
    expect(readdirSync(OUT).filter((f) => /^printed-\d+\.png$/.test(f))).toHaveLength(pages)
  })
})
