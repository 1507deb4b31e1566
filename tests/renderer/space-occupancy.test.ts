// 占用统计 shows the core's rates as percentages with their areas, the months of a year, the hours of each room
// and the in-kind value in 元 (from 分, two decimals); 场地规则 edits the reference rent in 元 and sends 分.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { SpaceSettings } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import OccupancyPanel from '@/views/space/OccupancyPanel.vue'
import SpaceRulesPanel from '@/views/settings/SpaceRulesPanel.vue'
import {
  apiError,
  appPlugins,
  callsTo,
  notice,
  fakeCore,
  settle,
  signIn,
  systemStatus,
  textOf,
  type Handlers,
} from './support'
import { SETTINGS, SPACE_READER } from './space-fixtures'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

function answer(extra: Handlers = {}): void {
  callMock.mockImplementation(fakeCore(extra) as typeof call)
}

beforeEach(() => {
  callMock.mockReset()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('OccupancyPanel (占用统计)', () => {
  const CORE: Handlers = {
    'occupancy.summary': ({ date }) => ({
      date,
      overall: { key: 'overall', allocatableM2: 506, allocatedM2: 476, rate: 476 / 506 },
      byType: [
        { key: 'office', allocatableM2: 410, allocatedM2: 410, rate: 1 },
        { key: 'workstation', allocatableM2: 96, allocatedM2: 66, rate: 0.6875 },
      ],
      byFloor: [
        { key: '一层', allocatableM2: 240, allocatedM2: 240, rate: 1 },
        { key: '三层', allocatableM2: 0, allocatedM2: 0, rate: null },
      ],
    }),
    'occupancy.monthly': ({ year }) =>
      [1, 2].map((m) => ({
        month: `${year}-0${m}`,
        rate: m === 1 ? 0.632 : null,
        allocatedM2Days: m === 1 ? 10695 : 0,
        allocatableM2Days: m === 1 ? 16926 : 0,
      })),
    'occupancy.rooms': ({ year }) => [
      {
        unitId: 5,
        unitCode: 'M-105',
        unitName: '第一会议室',
        month: `${year}-01`,
        bookedHours: 24,
        openHours: 312,
        rate: 24 / 312,
      },
    ],
    'occupancy.inKind': ({ year }) => ({
      year,
      referenceRentFen: 150,
      rows: [
        { organizationId: 7, organizationName: '福山区星火青少年服务中心', m2Days: 8760, valueFen: 1314000 },
        { organizationId: 8, organizationName: '福山区夕阳红养老服务中心', m2Days: 61, valueFen: 9151 },
      ],
      totalFen: 1323151,
    }),
    'occupancy.inKindExport': ({ year }) => ({
      fileName: `${year} 年免费空间折算价值-2026-11-27.xlsx`,
      contentBase64: 'AA==',
      rows: 2,
    }),
  }

  async function mountPanel() {
    answer(CORE)
    const { plugins } = appPlugins('zh-CN')
    signIn(SPACE_READER)
    useSystemStore().status = systemStatus()
    wrapper = mount(OccupancyPanel, { global: { plugins }, attachTo: document.body })
    await settle()
    return wrapper
  }

  const rowsOf = (testId: string) =>
    [...document.body.querySelectorAll(`[data-testid="${testId}"] .el-table__body tr`)].map((r) =>
      [...r.querySelectorAll('td')].map((td) => textOf(td)),
    )

  it('asks for today and this year', async () => {
    await mountPanel()
    expect(callsTo(callMock, 'occupancy.summary')).toEqual([{ date: '2026-11-27' }])
    expect(callsTo(callMock, 'occupancy.monthly')).toEqual([{ year: 2026 }])
    expect(callsTo(callMock, 'occupancy.inKind')).toEqual([{ year: 2026 }])
  })

  it('shows the overall rate with its areas, and each type and floor with a bar and its percentage', async () => {
    await mountPanel()
    const overall = textOf(document.body.querySelector('[data-testid="occupancy-overall"]'))
    expect(overall).toContain('94.1%')
    expect(overall).toContain('已分配 476 平方米 / 可分配 506 平方米')
    expect(rowsOf('occupancy-by-type')).toEqual([
      ['独立办公室', '410 平方米 / 410 平方米', '100.0%'],
      ['工位', '66 平方米 / 96 平方米', '68.8%'],
    ])
    // Nothing allocatable: no made-up 0%.
    expect(rowsOf('occupancy-by-floor')[1]).toEqual(['三层', '0 平方米 / 0 平方米', '无可分配面积'])
    expect(document.body.querySelectorAll('[data-testid="occupancy-by-type"] .el-progress').length).toBe(2)
  })

  it('lists the months, the room hours and the in-kind value in 元 with a total and the reference rent', async () => {
    await mountPanel()
    expect(rowsOf('occupancy-monthly')).toEqual([
      ['1 月', '63.2%', '10,695', '16,926'],
      ['2 月', '无可分配面积', '0', '0'],
    ])
    const chart = textOf(document.body.querySelector('[data-testid="occupancy-chart"]'))
    expect(chart).toContain('63.2%')
    expect(rowsOf('occupancy-rooms')[0]).toEqual(['M-105第一会议室', '24 / 3127.7%', '24 / 3127.7%'])
    expect(rowsOf('occupancy-in-kind')).toEqual([
      ['福山区星火青少年服务中心', '8,760', '13,140.00'],
      ['福山区夕阳红养老服务中心', '61', '91.51'],
    ])
    const foot = textOf(document.body.querySelector('[data-testid="occupancy-in-kind"] .el-table__footer'))
    expect(foot).toContain('合计')
    expect(foot).toContain('13,231.51')
    expect(textOf(document.body.querySelector('[data-testid="occupancy-rent-note"]'))).toContain(
      '每平方米每天 1.50 元',
    )
  })

  it('导出 Excel of the in-kind value sends the year on screen and the words of the file', async () => {
    await mountPanel()
    URL.createObjectURL = vi.fn(() => 'blob:x')
    const button = document.body.querySelector<HTMLButtonElement>('[data-testid="in-kind-export"]')!
    expect(textOf(button)).toBe('导出 Excel')
    await new DOMWrapper(button).trigger('click')
    await settle()
    const sent = callsTo(callMock, 'occupancy.inKindExport')
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      year: 2026,
      labels: {
        title: '2026 年免费空间折算价值',
        'heading.organization': '入驻组织',
        'heading.m2Days': '平方米·天',
        'heading.value': '折算价值（元）',
      },
    })
    expect(document.body.textContent).toContain('已导出 2 条记录：2026 年免费空间折算价值-2026-11-27.xlsx')
  })
})

describe('SpaceRulesPanel (系统设置 → 场地规则)', () => {
  async function mountRules(saved: (input: SpaceSettings) => SpaceSettings = (input) => input) {
    answer({ 'space.settings': () => SETTINGS, 'space.updateSettings': saved })
    const { plugins } = appPlugins('zh-CN')
    signIn(['session', 'system.manage', 'space.read'])
    wrapper = mount(SpaceRulesPanel, { global: { plugins }, attachTo: document.body })
    await settle()
    return wrapper
  }

  const panel = () => document.body.querySelector('[data-testid="settings-space"]')!
  const rent = () => panel().querySelector<HTMLInputElement>('input[name="referenceRent"]')!

  async function save(): Promise<void> {
    await new DOMWrapper(panel().querySelector('[data-testid="space-settings-save"]')).trigger('click')
    await settle()
  }

  it('shows the rent in 元 per m² per day: 150 分 is 1.50', async () => {
    await mountRules()
    expect(rent().value).toBe('1.50')
    expect(textOf(panel())).toContain('元/平方米/天')
    const ticked = [...panel().querySelectorAll('[data-testid="closed-weekdays"] .el-checkbox.is-checked')]
    expect(ticked.map((c) => textOf(c))).toEqual(['周日'])
    expect(textOf(panel().querySelector('[data-testid="closed-dates"]'))).toContain('2027-01-01')
  })

  it('sends the rent typed in 元 as whole 分, and the rest as shown', async () => {
    await mountRules()
    const input = new DOMWrapper(rent())
    await input.setValue('2.35')
    await input.trigger('change')
    await settle()
    await save()
    expect(callsTo(callMock, 'space.updateSettings')).toEqual([
      {
        bufferMinutes: 15,
        openFrom: '08:30',
        openUntil: '21:00',
        closedWeekdays: [0],
        closedDates: ['2027-01-01'],
        referenceRentFen: 235,
      },
    ])
  })

  it('never sends a fraction of a 分 (0.1 + 0.2 元 is 30 分)', async () => {
    await mountRules()
    const input = new DOMWrapper(rent())
    await input.setValue(String(0.1 + 0.2))
    await input.trigger('change')
    await settle()
    await save()
    expect(callsTo(callMock, 'space.updateSettings')[0]?.referenceRentFen).toBe(30)
  })

  it('a closed date can be removed and a weekday ticked', async () => {
    await mountRules()
    const saturday = [...panel().querySelectorAll('[data-testid="closed-weekdays"] label')].find(
      (l) => textOf(l) === '周六',
    )!
    await new DOMWrapper(saturday.querySelector('input')).setValue(true)
    await new DOMWrapper(panel().querySelector('[data-testid="closed-dates"] .el-tag__close')).trigger(
      'click',
    )
    await settle()
    await save()
    expect(callsTo(callMock, 'space.updateSettings')[0]).toMatchObject({
      closedWeekdays: [0, 6],
      closedDates: [],
    })
  })

  it('shows the core’s field message under the opening hours', async () => {
    await mountRules(() => {
      throw apiError({
        code: 'VALIDATION',
        ...notice('common.invalidFields', { count: 1 }),
        fields: { openUntil: notice('space.openRange') },
      })
    })
    await save()
    expect(textOf(panel())).toContain('开放结束时间应晚于开始时间。')
  })
})
