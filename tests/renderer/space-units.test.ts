// 空间单元: the paged list with its filters; 编辑 keeps the unit's place on the plan; 归档 asks first; the form's
// own checks use the core's words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import UnitList from '@/views/space/UnitList.vue'
import UnitDetailDialog from '@/views/space/UnitDetailDialog.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  memoryRouter,
  messageBox,
  notice,
  settle,
  signIn,
  systemStatus,
  textOf,
  typeInto,
  type Handlers,
} from './support'
import { FLOOR, SPACE_READER, SPACE_WRITER, allocation, spaceUnit } from './space-fixtures'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

const UNITS = [
  spaceUnit(),
  spaceUnit({
    id: 6,
    code: 'W-01',
    unitType: 'workstation',
    areaM2: 6,
    seats: 1,
    amenities: [],
    x: null,
    y: null,
    w: null,
    h: null,
  }),
]

function answer(extra: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({
      'space.floors': () => [FLOOR],
      'space.units': (q) => ({
        items: UNITS,
        total: UNITS.length,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 20,
      }),
      'space.unitGet': ({ id }) => ({
        ...(UNITS.find((u) => u.id === id) ?? spaceUnit()),
        outages: [],
        allocations: [],
      }),
      ...extra,
    }) as typeof call,
  )
}

async function mountList(permissions = SPACE_WRITER) {
  const { plugins } = appPlugins('zh-CN')
  signIn(permissions)
  useSystemStore().status = systemStatus()
  wrapper = mount(UnitList, { global: { plugins }, attachTo: document.body })
  await settle()
  return wrapper
}

const rowOf = (code: string) =>
  [...document.body.querySelectorAll('[data-testid="unit-table"] .el-table__body tr.el-table__row')].find(
    (r) => textOf(r).includes(code),
  )!

beforeEach(() => {
  callMock.mockReset()
  answer()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('UnitList (空间单元)', () => {
  it('lists the units with type, area and whether they are on the plan', async () => {
    await mountList(SPACE_READER)
    expect(callsTo(callMock, 'space.units')[0]).toEqual({ page: 1, pageSize: 20, includeArchived: false })
    expect(textOf(rowOf('O-101'))).toContain('独立办公室')
    expect(textOf(rowOf('O-101'))).toContain('24 平方米')
    expect(textOf(rowOf('O-101'))).toContain('5 × 5 格')
    expect(textOf(rowOf('W-01'))).toContain('未绘制')
    expect(document.body.querySelector('[data-testid="unit-create"]')).toBeNull()
  })

  it('编辑 keeps the unit’s place on the plan', async () => {
    answer({ 'space.unitSave': (input) => spaceUnit({ ...input, id: 1, name: input.name ?? null }) })
    await mountList()
    await buttonIn(rowOf('O-101'), '编辑').trigger('click')
    await settle()
    const dialog = dialogByTestId('unit-dialog')!
    expect(dialog.querySelector<HTMLInputElement>('input[name="code"]')!.value).toBe('O-101')
    await typeInto(dialog, 'unitName', '东侧办公室')
    await buttonIn(dialog.querySelector('.el-dialog__footer'), '保存').trigger('click')
    await settle()
    expect(callsTo(callMock, 'space.unitSave')).toEqual([
      {
        id: 1,
        floorId: 1,
        code: 'O-101',
        name: '东侧办公室',
        unitType: 'office',
        areaM2: 24,
        seats: 4,
        amenities: ['网络'],
        x: 0,
        y: 0,
        w: 5,
        h: 5,
      },
    ])
  })

  it('新增 checks code and area first, then shows the core’s objection under the code', async () => {
    answer({
      'space.unitSave': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { code: notice('space.codeTaken', { code: 'O-101', floor: '一层' }) },
        })
      },
    })
    await mountList()
    await new DOMWrapper(document.body.querySelector('[data-testid="unit-create"]')).trigger('click')
    await settle()
    const dialog = dialogByTestId('unit-dialog')!
    const save = () => buttonIn(dialog.querySelector('.el-dialog__footer'), '保存').trigger('click')
    await save()
    await settle()
    expect(errorUnder(dialog, '编号')).toBe('此项为必填项。')
    expect(errorUnder(dialog, '面积（平方米）')).toBe('请填写大于 0 的数字。')
    expect(callsTo(callMock, 'space.unitSave')).toEqual([])

    await typeInto(dialog, 'code', 'O-101')
    await typeInto(dialog, 'areaM2', '20')
    await save()
    await settle()
    expect(callsTo(callMock, 'space.unitSave')[0]).toMatchObject({
      code: 'O-101',
      areaM2: 20,
      x: null,
      w: null,
    })
    expect(errorUnder(dialog, '编号')).toBe('编号“O-101”已被“一层”的单元使用，请换一个编号。')
  })

  it('归档 asks first and says what it means; the core’s refusal is shown', async () => {
    answer({
      'space.unitArchive': () => {
        throw apiError({
          code: 'CONFLICT',
          ...notice('space.unitInUse', {
            code: 'O-101',
            start: '2026-01-01',
            end: '2026-12-31',
            holder: '星火',
          }),
        })
      },
    })
    await mountList()
    await buttonIn(rowOf('O-101'), '归档').trigger('click')
    await settle()
    expect(textOf(messageBox())).toContain('不能再分配或预约')
    expect(callsTo(callMock, 'space.unitArchive')).toEqual([])
    await buttonIn(messageBox(), '归档').trigger('click')
    await settle()
    expect(callsTo(callMock, 'space.unitArchive')).toEqual([{ id: 1 }])
    expect(textOf(document.body.querySelector('.el-message--error'))).toContain('请先结束分配再停用归档')
  })
})

describe('UnitDetailDialog (详情): 维修与停用', () => {
  const DETAIL = { ...spaceUnit(), outages: [], allocations: [allocation({ unitId: 1, unitCode: 'O-101' })] }

  async function mountDetail(extra: Handlers) {
    answer({ 'space.unitGet': () => DETAIL, ...extra })
    const { plugins } = appPlugins('zh-CN')
    signIn(SPACE_WRITER)
    useSystemStore().status = systemStatus()
    wrapper = mount(UnitDetailDialog, {
      props: { modelValue: false, unitId: 1 },
      global: { plugins: [...plugins, memoryRouter()] },
      attachTo: document.body,
    })
    await wrapper.setProps({ modelValue: true })
    await settle()
  }

  const detail = () => document.body.querySelector('[data-testid="unit-detail"]')!

  it('shows the unit, its allocations with history, and adds an open-ended 维修 after confirming the warning', async () => {
    await mountDetail({
      'space.outageAdd': (input) => {
        if (!input.acceptWarnings) {
          throw apiError({
            code: 'NEEDS_CONFIRMATION',
            ...notice('common.needsConfirmation', { count: 1 }),
            warnings: {
              unitId: notice('space.outageOverAllocation', {
                holder: '福山区星火青少年服务中心',
                start: '2026-01-01',
                end: '2026-12-31',
              }),
            },
          })
        }
        return {
          ...DETAIL,
          outages: [{ id: 4, kind: input.kind, startDate: input.startDate, endDate: null, note: null }],
        }
      },
    })
    expect(textOf(detail())).toContain('O-101')
    expect(textOf(detail())).toContain('福山区星火青少年服务中心')
    expect(textOf(detail())).toContain('2026-01-01 至 2026-12-31')

    await new DOMWrapper(detail().querySelector('[data-testid="outage-add"]')).trigger('click')
    await settle()
    expect(textOf(messageBox())).toContain(
      '这段时间该单元分配给了“福山区星火青少年服务中心”（2026-01-01 至 2026-12-31）',
    )
    await buttonIn(messageBox(), '仍然保存').trigger('click')
    await settle()

    expect(callsTo(callMock, 'space.outageAdd')).toEqual([
      {
        unitId: 1,
        kind: 'maintenance',
        startDate: '2026-11-27',
        endDate: null,
        note: null,
        acceptWarnings: false,
      },
      {
        unitId: 1,
        kind: 'maintenance',
        startDate: '2026-11-27',
        endDate: null,
        note: null,
        acceptWarnings: true,
      },
    ])
    expect(textOf(detail().querySelector('[data-testid="outage-table"]'))).toContain(
      '自 2026-11-27 起，结束日期未定',
    )
  })
})
