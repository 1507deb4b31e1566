// 平面图: every unit drawn with its state in words (not colour alone), a legend, a tooltip naming the holder;
// 编辑平面图 draws new units, moves them (never onto another) and 保存布局 sends the new positions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { FloorPlan } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import FloorPlanPanel from '@/views/space/FloorPlanPanel.vue'
import { PLAN_CELL } from '@/views/space/plan'
import {
  appPlugins,
  buttonIn,
  callsTo,
  dialogByTestId,
  fakeCore,
  isDialogOpen,
  settle,
  signIn,
  systemStatus,
  textOf,
  typeInto,
  type Handlers,
} from './support'
import { FLOOR, SPACE_READER, SPACE_WRITER, floorPlan, spaceUnit } from './space-fixtures'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined
let plan: FloorPlan

function answer(extra: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({
      'space.floors': () => [FLOOR],
      'space.plan': () => plan,
      ...extra,
    }) as typeof call,
  )
}

async function mountPlan(permissions = SPACE_WRITER) {
  const { plugins } = appPlugins('zh-CN')
  signIn(permissions)
  useSystemStore().status = systemStatus()
  wrapper = mount(FloorPlanPanel, { global: { plugins }, attachTo: document.body })
  await settle()
  return wrapper
}

const unitEl = (code: string) => {
  const el = document.body.querySelector<SVGGElement>(`[data-testid="plan-unit"][data-code="${code}"]`)
  if (!el) throw new Error(`no unit ${code} on the plan`)
  return el
}
const svg = () => document.body.querySelector<SVGSVGElement>('[data-testid="plan-svg"]')!

/** The pointer over the middle of cell (x, y): the SVG sits at the page's origin in happy-dom. */
const at = (x: number, y: number) => ({ clientX: x * PLAN_CELL + 5, clientY: y * PLAN_CELL + 5, button: 0 })

async function drag(target: Element, from: [number, number], to: [number, number]): Promise<void> {
  await new DOMWrapper(target).trigger('mousedown', at(...from))
  window.dispatchEvent(new MouseEvent('mousemove', at((from[0] + to[0]) / 2, (from[1] + to[1]) / 2)))
  window.dispatchEvent(new MouseEvent('mousemove', at(...to)))
  window.dispatchEvent(new MouseEvent('mouseup', at(...to)))
  await settle()
}

async function clickTestId(testId: string): Promise<void> {
  await new DOMWrapper(document.body.querySelector(`[data-testid="${testId}"]`)).trigger('click')
  await settle()
}

beforeEach(() => {
  callMock.mockReset()
  plan = floorPlan()
  answer()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('FloorPlanPanel: the plan', () => {
  it('asks for the first floor on today’s date and draws every unit with its state written inside', async () => {
    await mountPlan(SPACE_READER)

    expect(callsTo(callMock, 'space.plan')).toEqual([{ floorId: 1, date: '2026-11-27' }])
    const units = [...document.body.querySelectorAll('[data-testid="plan-unit"]')]
    expect(units.map((u) => [u.getAttribute('data-code'), u.getAttribute('data-state')])).toEqual([
      ['O-101', 'free'],
      ['O-102', 'allocated'],
      ['O-103', 'expiring'],
      ['O-104', 'out_of_service'],
      ['M-105', 'bookable'],
    ])
    const label = (code: string) => textOf(unitEl(code).querySelector('.state-label'))
    expect(label('O-101')).toBe('空闲')
    expect(label('O-102')).toBe('已分配')
    expect(label('O-103')).toBe('即将到期')
    // An outage says which kind it is.
    expect(label('O-104')).toBe('维修')
    expect(label('M-105')).toBe('可预约')
    expect(textOf(unitEl('O-102').querySelector('.code'))).toBe('O-102')
  })

  it('places each unit on its cells', async () => {
    await mountPlan()
    expect(unitEl('O-103').getAttribute('transform')).toBe(`translate(${12 * PLAN_CELL}, 0)`)
    const rect = unitEl('M-105').querySelector('rect')!
    expect(Number(rect.getAttribute('width'))).toBe(8 * PLAN_CELL - 2)
    expect(svg().getAttribute('width')).toBe(String(40 * PLAN_CELL))
  })

  it('marks an outage with hatching and a unit ending within 30 days with a dashed border, not colour alone', async () => {
    await mountPlan()
    const hatched = [...unitEl('O-104').querySelectorAll('rect')].some((r) =>
      /^url\(#hatch-/.test(r.getAttribute('fill') ?? ''),
    )
    expect(hatched).toBe(true)
    expect(unitEl('O-103').querySelector('rect')?.getAttribute('stroke-dasharray')).toBeTruthy()
    expect(unitEl('O-102').querySelector('rect')?.getAttribute('stroke-dasharray')).toBeNull()
  })

  it('has a legend naming every state', async () => {
    await mountPlan()
    const legend = textOf(document.body.querySelector('[data-testid="plan-legend"]'))
    for (const words of ['空闲', '已分配', '30 天内到期', '维修或停用', '可预约'])
      expect(legend).toContain(words)
  })

  it('the tooltip names the holder and the dates, or the outage and its dates', async () => {
    await mountPlan()
    const tip = (code: string) => unitEl(code).querySelector('title')?.textContent ?? ''
    expect(tip('O-102')).toContain('福山区星火青少年服务中心：2026-01-01 至 2026-12-31')
    expect(tip('O-102')).toContain('独立办公室')
    expect(tip('O-103')).toContain('30 天内到期')
    expect(tip('O-103')).toContain('2025-12-01 至 2026-12-10')
    expect(tip('O-104')).toContain('维修：2026-11-20 至 2026-12-05')
    expect(tip('M-105')).toContain('第一会议室')
  })

  it('clicking a unit opens its details', async () => {
    answer({
      'space.unitGet': () => ({ ...spaceUnit({ id: 2, code: 'O-102' }), outages: [], allocations: [] }),
    })
    await mountPlan(SPACE_READER)
    await new DOMWrapper(unitEl('O-102')).trigger('click')
    await settle()
    expect(callsTo(callMock, 'space.unitGet')).toEqual([{ id: 2 }])
    expect(textOf(document.body.querySelector('[data-testid="unit-detail"]'))).toContain('O-102')
  })

  it('offers 编辑平面图 only to an account with space.write', async () => {
    await mountPlan(SPACE_READER)
    expect(document.body.querySelector('[data-testid="plan-edit"]')).toBeNull()
  })
})

describe('FloorPlanPanel: 编辑平面图', () => {
  it('drawing a rectangle on empty cells opens 新增空间单元 with its place, and saves it there', async () => {
    answer({ 'space.unitSave': (input) => spaceUnit({ id: 9, code: input.code }) })
    await mountPlan()
    await clickTestId('plan-edit')

    await drag(svg(), [30, 10], [33, 12])

    expect(isDialogOpen('unit-dialog')).toBe(true)
    const dialog = dialogByTestId('unit-dialog')!
    expect(textOf(dialog.querySelector('[data-testid="unit-position"]'))).toBe(
      '第 31 列、第 11 行起，4 × 3 格',
    )
    await typeInto(dialog, 'code', 'O-120')
    await typeInto(dialog, 'unitName', '新办公室')
    await typeInto(dialog, 'areaM2', '18.5')
    await typeInto(dialog, 'seats', '3')
    await buttonIn(dialog.querySelector('.el-dialog__footer'), '保存').trigger('click')
    await settle()

    expect(callsTo(callMock, 'space.unitSave')).toEqual([
      {
        floorId: 1,
        code: 'O-120',
        name: '新办公室',
        unitType: 'office',
        areaM2: 18.5,
        seats: 3,
        amenities: [],
        x: 30,
        y: 10,
        w: 4,
        h: 3,
      },
    ])
  })

  it('a rectangle drawn over another unit opens nothing', async () => {
    await mountPlan()
    await clickTestId('plan-edit')
    await drag(svg(), [3, 8], [8, 3])
    expect(isDialogOpen('unit-dialog')).toBe(false)
    expect(textOf(document.body.querySelector('.el-message--warning'))).toContain('不能与其他单元重叠')
  })

  it('moving a unit, then 保存布局, sends its new position', async () => {
    answer({ 'space.saveLayout': () => plan })
    await mountPlan()
    await clickTestId('plan-edit')

    // O-101 (0,0 5×5) grabbed at its cell (1,1) and dropped at (4,11): it now starts at (3,10).
    await drag(unitEl('O-101'), [1, 1], [4, 11])
    expect(unitEl('O-101').getAttribute('transform')).toBe(`translate(${3 * PLAN_CELL}, ${10 * PLAN_CELL})`)
    expect(textOf(document.body.querySelector('[data-testid="plan-changed"]'))).toBe(
      '已调整 1 个单元，尚未保存',
    )
    expect(callsTo(callMock, 'space.saveLayout')).toEqual([])

    await clickTestId('plan-save-layout')

    expect(callsTo(callMock, 'space.saveLayout')).toEqual([
      { floorId: 1, units: [{ id: 1, x: 3, y: 10, w: 5, h: 5 }] },
    ])
  })

  it('a unit dragged onto another stays where it may be; the corner handle resizes it', async () => {
    answer({ 'space.saveLayout': () => plan })
    await mountPlan()
    await clickTestId('plan-edit')

    // Onto O-102 (6..10): refused, O-101 keeps its place.
    await drag(unitEl('O-101'), [1, 1], [7, 1])
    expect(unitEl('O-101').getAttribute('transform')).toBe('translate(0, 0)')

    await drag(unitEl('O-101').querySelector('[data-testid="plan-resize"]')!, [4, 4], [4, 9])
    await clickTestId('plan-save-layout')
    expect(callsTo(callMock, 'space.saveLayout')).toEqual([
      { floorId: 1, units: [{ id: 1, x: 0, y: 0, w: 5, h: 10 }] },
    ])
  })

  it('places a unit from the side list onto the grid', async () => {
    plan = floorPlan({
      unplaced: [
        spaceUnit({
          id: 6,
          code: 'W-01',
          unitType: 'workstation',
          areaM2: 6,
          x: null,
          y: null,
          w: null,
          h: null,
        }),
      ],
    })
    answer({ 'space.saveLayout': () => plan })
    await mountPlan()
    await clickTestId('plan-edit')

    const item = document.body.querySelector('[data-testid="plan-unplaced"][data-code="W-01"]')!
    await new DOMWrapper(item).trigger('mousedown', { button: 0 })
    await new DOMWrapper(svg()).trigger('mousemove', at(20, 15))
    await new DOMWrapper(svg()).trigger('mouseup', at(20, 15))
    await settle()

    expect(unitEl('W-01').getAttribute('transform')).toBe(`translate(${20 * PLAN_CELL}, ${15 * PLAN_CELL})`)
    await clickTestId('plan-save-layout')
    expect(callsTo(callMock, 'space.saveLayout')).toEqual([
      { floorId: 1, units: [{ id: 6, x: 20, y: 15, w: 2, h: 2 }] },
    ])
  })

  it('取消 with unsaved changes asks first, and discarding sends nothing', async () => {
    await mountPlan()
    await clickTestId('plan-edit')
    await drag(unitEl('O-101'), [1, 1], [4, 11])
    await clickTestId('plan-cancel')
    const box = document.body.querySelector('.el-message-box')
    expect(textOf(box)).toContain('放弃尚未保存的布局调整吗？')
    await buttonIn(box, '放弃调整').trigger('click')
    await settle()
    expect(unitEl('O-101').getAttribute('transform')).toBe('translate(0, 0)')
    expect(document.body.querySelector('[data-testid="plan-save-layout"]')).toBeNull()
    expect(callsTo(callMock, 'space.saveLayout')).toEqual([])
  })
})
