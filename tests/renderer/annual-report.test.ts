// 统计报表: the annual report asks for this year with the words of the user's language, shows 元 from 分, one-decimal
// percentages and a dash for "no figure"; 导出 Excel asks for the workbook; 打印 opens the print layout, which
// prints through the browser (window.print) or, in the desktop app, asks the host for the PDF.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { AnnualReport } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import AnnualReportPanel from '@/views/reports/AnnualReportPanel.vue'
import AnnualReportPrint from '@/views/reports/AnnualReportPrint.vue'
import { appPlugins, callsTo, fakeCore, memoryRouter, settle, signIn, systemStatus, textOf } from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

const REPORT = (year: number): AnnualReport => ({
  year,
  asOf: year === 2026 ? '2026-11-27' : `${year}-12-31`,
  inProgress: year === 2026,
  baseName: '福山区社会组织孵化基地',
  title: `福山区社会组织孵化基地 ${year} 年度工作报告`,
  issuedOn: '2026-11-27',
  areas: [
    {
      key: 'projects',
      title: '项目与资金',
      tables: [
        {
          key: 'projects.funds',
          title: '资金台账（按资金来源）',
          columns: [
            { title: '资金来源', kind: 'text' },
            { title: '收入（元）', kind: 'money' },
            { title: '笔数', kind: 'integer' },
          ],
          rows: [['社会捐赠', 120050, 3]],
          note: '与“资金统计”同一口径。',
          rowKinds: null,
        },
        {
          key: 'projects.months',
          title: '按月',
          columns: [
            { title: '月份', kind: 'text' },
            { title: '收缴率（%）', kind: 'percent' },
          ],
          rows: Array.from({ length: 12 }, (_, i) => [`${i + 1} 月`, i === 11 ? null : 90 + i / 10]),
          note: null,
          rowKinds: null,
        },
        {
          key: 'projects.venture',
          title: '公益创投',
          columns: [
            { title: '项目', kind: 'text' },
            { title: '数值', kind: 'integer' },
          ],
          rows: [
            ['本年创投轮次', 1],
            ['资助金额合计（元）', 34000000],
            ['收缴率（%）', 83.94],
            ['占用率（%）', null],
          ],
          note: null,
          rowKinds: ['integer', 'money', 'percent', 'percent'],
        },
      ],
    },
  ],
})

beforeEach(() => {
  callMock.mockReset()
  callMock.mockImplementation(
    fakeCore({
      'report.summary': ({ year }) => REPORT(year),
      'report.export': () => ({ fileName: '报告.xlsx', contentBase64: '', rows: 3 }),
    }) as typeof call,
  )
  URL.createObjectURL = vi.fn(() => 'blob:x')
  URL.revokeObjectURL = vi.fn()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  delete window.shuanghe
})

async function mountWith(component: typeof AnnualReportPanel, path: string) {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', 'project.read', 'fund.read'])
  useSystemStore().status = systemStatus()
  const router = memoryRouter()
  await router.push(path)
  wrapper = mount(component, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await settle()
  return { router }
}

const rowsOf = (testId: string) =>
  [...document.body.querySelectorAll(`[data-testid="${testId}"] tbody tr`)].map((r) =>
    [...r.querySelectorAll('td')].map((td) => textOf(td)),
  )

describe('年度工作报告 on screen', () => {
  it('asks for this year with the words of the report in the user language', async () => {
    await mountWith(AnnualReportPanel, '/reports/annual')
    const [input] = callsTo(callMock, 'report.summary')
    expect(input?.year).toBe(2026)
    expect(input?.labels?.['w.inResidence']).toBe('在驻组织数')
    // Placeholders stay for the core to fill.
    expect(input?.labels?.['w.reportTitle']).toBe('{base} {year} 年度工作报告')
    expect(input?.labels?.['stage.graduated']).toBe('出壳')
    expect(input?.labels?.['meetingKind.party_lecture']).toBe('党课')
    expect(textOf(document.querySelector('[data-testid="report-as-of"]'))).toBe(
      '2026 年尚未结束，数字截至今天（2026-11-27）。',
    )
  })

  it('shows 元 from 分, percentages with one decimal and a dash where there is no figure', async () => {
    await mountWith(AnnualReportPanel, '/reports/annual')
    expect(rowsOf('report-table-projects.funds')).toEqual([['社会捐赠', '1,200.50', '3']])
    // On screen the months stay one a row.
    expect(rowsOf('report-table-projects.months').map((r) => r[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `${i + 1} 月`),
    )
    expect(rowsOf('report-table-projects.venture')).toEqual([
      ['本年创投轮次', '1'],
      ['资助金额合计（元）', '340,000.00'],
      ['收缴率（%）', '83.9'],
      ['占用率（%）', '—'],
    ])
  })

  it('导出 Excel asks for the workbook of the chosen year; 打印 opens the print layout to print', async () => {
    const { router } = await mountWith(AnnualReportPanel, '/reports/annual')
    await wrapper?.find('[data-testid="report-export"]').trigger('click')
    await settle()
    expect(callsTo(callMock, 'report.export').map((i) => i.year)).toEqual([2026])
    await wrapper?.find('[data-testid="report-print"]').trigger('click')
    await settle()
    expect(router.currentRoute.value.fullPath).toBe('/reports/print?year=2026&auto=1')
  })
})

describe('the print layout', () => {
  it('prints through the browser once drawn, and drops the request from the address', async () => {
    const print = vi.fn()
    // happy-dom has no print dialog: the browser's print is stood in for.
    window.print = print
    const { router } = await mountWith(AnnualReportPrint, '/reports/print?year=2025&auto=1')
    expect(callsTo(callMock, 'report.summary').map((i) => i.year)).toEqual([2025])
    expect(textOf(document.querySelector('[data-testid="report-print-title"]'))).toBe(
      '福山区社会组织孵化基地 2025 年度工作报告',
    )
    expect(print).toHaveBeenCalledTimes(1)
    expect(router.currentRoute.value.fullPath).toBe('/reports/print?year=2025')
  })

  it('in the desktop app asks the host for the PDF under the report title, and never opens the print dialog', async () => {
    const print = vi.fn()
    window.print = print
    const invoke = vi.fn(() => Promise.resolve({ ok: true, data: '/home/user/报告.pdf' }))
    window.shuanghe = { invoke }
    await mountWith(AnnualReportPrint, '/reports/print?year=2025')
    expect(invoke).not.toHaveBeenCalled()
    await wrapper?.find('[data-testid="report-print-now"]').trigger('click')
    await settle()
    expect(invoke).toHaveBeenCalledWith(
      'host.printToPdf',
      { fileName: '福山区社会组织孵化基地 2025 年度工作报告' },
      null,
    )
    expect(print).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('已保存：/home/user/报告.pdf')
  })

  it('turns the month-by-month tables on their side, and leaves the others as on screen', async () => {
    await mountWith(AnnualReportPrint, '/reports/print?year=2025')
    const months = document.querySelector('[data-testid="report-table-projects.months"]')
    const head = [...(months?.querySelectorAll('thead th') ?? [])].map((th) => textOf(th))
    expect(head).toEqual(['月份', ...Array.from({ length: 12 }, (_, i) => `${i + 1} 月`)])
    expect(rowsOf('report-table-projects.months')).toEqual([
      ['收缴率（%）', ...Array.from({ length: 11 }, (_, i) => (90 + i / 10).toFixed(1)), '—'],
    ])
    expect(rowsOf('report-table-projects.funds')).toEqual([['社会捐赠', '1,200.50', '3']])
  })

  it('a year still to come in the address falls back to this year', async () => {
    await mountWith(AnnualReportPrint, '/reports/print?year=2031')
    expect(callsTo(callMock, 'report.summary').map((i) => i.year)).toEqual([2026])
  })
})
