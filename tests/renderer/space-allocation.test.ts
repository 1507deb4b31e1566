// 分配: dates left empty go to the core as null (it takes the 入驻协议); an overlap comes back naming the holder
// and dates and is shown as sent; 撤销 needs a reason; allocations ending soon are listed; 出壳 offers to end
// the organisation's allocations on the change date.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import AllocationDialog from '@/views/space/AllocationDialog.vue'
import AllocationList from '@/views/space/AllocationList.vue'
import ExpiringAllocations from '@/views/space/ExpiringAllocations.vue'
import StageChangeDialog from '@/views/organizations/StageChangeDialog.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  isDialogOpen,
  listItem,
  memoryRouter,
  messageBox,
  notice,
  organizationDetail,
  settle,
  signIn,
  systemStatus,
  textOf,
  type Handlers,
} from './support'
import { SPACE_READER, SPACE_WRITER, allocation, spaceUnit } from './space-fixtures'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

const OFFICE = spaceUnit({ id: 2, code: 'O-102' })
const ORG = { id: 7, name: '福山区星火青少年服务中心' }

function answer(extra: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({
      'space.units': (q) => {
        const items = q.unitType === 'office' ? [OFFICE] : []
        return { items, total: items.length, page: 1, pageSize: 100 }
      },
      'organization.list': () => ({
        items: [listItem({ id: 7, name: ORG.name })],
        total: 1,
        page: 1,
        pageSize: 20,
      }),
      ...extra,
    }) as typeof call,
  )
}

async function mountDialog() {
  const { plugins } = appPlugins('zh-CN')
  signIn(SPACE_WRITER)
  useSystemStore().status = systemStatus()
  wrapper = mount(AllocationDialog, {
    props: {
      modelValue: false,
      unitId: OFFICE.id,
      organization: ORG,
      'onUpdate:modelValue': (open: boolean) => void wrapper?.setProps({ modelValue: open }),
    },
    global: { plugins },
    attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await settle()
  return wrapper
}

const dialog = () => dialogByTestId('allocation-dialog')!

async function save(): Promise<void> {
  await new DOMWrapper(dialog().querySelector('[data-testid="allocation-save"]')).trigger('click')
  await settle()
}

beforeEach(() => {
  callMock.mockReset()
  answer()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('AllocationDialog (新增分配)', () => {
  it('says empty dates follow the 入驻协议, and sends them as null', async () => {
    answer({ 'allocation.create': () => allocation() })
    await mountDialog()

    expect(textOf(dialog().querySelector('[data-testid="allocation-dates-hint"]'))).toContain(
      '留空则按该组织入驻协议的起止日期',
    )
    expect(dialog().querySelector<HTMLInputElement>('input[name="startDate"]')!.placeholder).toBe(
      '留空则按入驻协议',
    )
    await save()

    expect(callsTo(callMock, 'allocation.create')).toEqual([
      { unitId: 2, organizationId: 7, startDate: null, endDate: null, note: null },
    ])
    expect(isDialogOpen('allocation-dialog')).toBe(false)
    expect(textOf(document.body.querySelector('.el-message--success'))).toContain(
      '已将“O-102”分配给“福山区星火青少年服务中心”（2026-01-01 至 2026-12-31）',
    )
  })

  it('offers only offices and workstations', async () => {
    await mountDialog()
    const asked = callsTo(callMock, 'space.units').map((q) => q.unitType)
    expect(asked.sort()).toEqual(['office', 'workstation'])
  })

  it('shows the core’s overlap refusal, naming the holder and dates, under the unit, and stays open', async () => {
    answer({
      'allocation.create': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: {
            unitId: notice('space.allocationOverlap', {
              start: '2026-01-01',
              end: '2026-12-31',
              holder: '福山区夕阳红养老服务中心',
            }),
          },
        })
      },
    })
    await mountDialog()
    await save()

    expect(errorUnder(dialog(), '空间单元')).toBe(
      '该单元在 2026-01-01 至 2026-12-31 已分配给“福山区夕阳红养老服务中心”，与所选日期重叠。',
    )
    expect(isDialogOpen('allocation-dialog')).toBe(true)
  })

  it('a refusal without a field is shown whole inside the dialog', async () => {
    answer({
      'allocation.create': () => {
        throw apiError({ code: 'CONFLICT', ...notice('space.unitArchived') })
      },
    })
    await mountDialog()
    await save()
    expect(textOf(dialog().querySelector('[data-testid="allocation-error"]'))).toBe(
      '该空间单元已停用归档，恢复后才能使用。',
    )
  })
})

describe('AllocationList (分配)', () => {
  async function mountList(permissions = SPACE_WRITER) {
    const { plugins } = appPlugins('zh-CN')
    signIn(permissions)
    useSystemStore().status = systemStatus()
    wrapper = mount(AllocationList, {
      global: { plugins: [...plugins, memoryRouter()] },
      attachTo: document.body,
    })
    await settle()
    return wrapper
  }

  const row = () =>
    document.body.querySelector('[data-testid="allocation-table"] .el-table__body tr.el-table__row')

  it('lists allocations with their inclusive period and status; 撤销 needs a reason', async () => {
    answer({
      'allocation.list': () => ({ items: [allocation()], total: 1, page: 1, pageSize: 20 }),
      'allocation.cancel': () => allocation({ cancelledAt: '2026-11-27 10:00:00' }),
    })
    await mountList()

    expect(callsTo(callMock, 'allocation.list')[0]).toMatchObject({ includeCancelled: false })
    expect(textOf(row())).toContain('2026-01-01 至 2026-12-31')
    expect(textOf(row())).toContain('共 365 天')
    expect(textOf(row())).toContain('使用中')

    await buttonIn(row(), '撤销').trigger('click')
    await settle()
    const box = messageBox()!
    expect(textOf(box)).toContain('撤销“O-102”给“福山区星火青少年服务中心”的分配？')
    await buttonIn(box, '撤销').trigger('click')
    await settle()
    expect(callsTo(callMock, 'allocation.cancel')).toEqual([])
    expect(textOf(messageBox())).toContain('此项为必填项。')

    const input = messageBox()!.querySelector<HTMLInputElement>('input')!
    await new DOMWrapper(input).setValue('登记错了单元')
    await buttonIn(messageBox(), '撤销').trigger('click')
    await settle()
    expect(callsTo(callMock, 'allocation.cancel')).toEqual([{ id: 11, reason: '登记错了单元' }])
  })

  it('续期 sends the new end date', async () => {
    answer({
      'allocation.list': () => ({ items: [allocation()], total: 1, page: 1, pageSize: 20 }),
      'allocation.extend': (input) => allocation({ endDate: input.endDate }),
    })
    await mountList()
    await buttonIn(row(), '续期').trigger('click')
    await settle()
    const change = dialogByTestId('allocation-change-dialog')!
    expect(change.querySelector<HTMLInputElement>('input[name="endDate"]')!.value).toBe('2027-12-31')
    await buttonIn(change.querySelector('.el-dialog__footer'), '保存').trigger('click')
    await settle()
    expect(callsTo(callMock, 'allocation.extend')).toEqual([{ id: 11, endDate: '2027-12-31', note: null }])
  })

  it('a read-only account sees no 新增分配 and no row actions', async () => {
    answer({ 'allocation.list': () => ({ items: [allocation()], total: 1, page: 1, pageSize: 20 }) })
    await mountList(SPACE_READER)
    expect(document.body.querySelector('[data-testid="allocation-create"]')).toBeNull()
    expect(textOf(row())).not.toContain('续期')
  })
})

describe('ExpiringAllocations (30 天内到期的分配)', () => {
  it('asks for allocations ending within 30 days and says how many days are left', async () => {
    answer({
      'allocation.list': () => ({
        items: [
          allocation({ endDate: '2026-12-10' }),
          allocation({ id: 12, unitCode: 'O-103', endDate: '2026-11-27' }),
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      }),
    })
    const { plugins } = appPlugins('zh-CN')
    signIn(SPACE_READER)
    useSystemStore().status = systemStatus()
    wrapper = mount(ExpiringAllocations, {
      global: { plugins: [...plugins, memoryRouter()] },
      attachTo: document.body,
    })
    await settle()

    expect(callsTo(callMock, 'allocation.list')).toEqual([{ endingWithinDays: 30, pageSize: 100 }])
    const rows = [...document.body.querySelectorAll('[data-testid="expiring-table"] .el-table__body tr')].map(
      (r) => textOf(r),
    )
    expect(rows[0]).toContain('O-103')
    expect(rows[0]).toContain('今天到期')
    expect(rows[1]).toContain('还剩 13 天')
  })
})

describe('StageChangeDialog: 出壳 with allocations', () => {
  it('asks whether to end the allocations on the change date, and ends them on yes', async () => {
    const org = organizationDetail({ id: 7, name: ORG.name, stage: 'capacity_building' })
    answer({
      'organization.changeStage': (input) => ({ ...org, stage: input.stage, stageDate: input.date }),
      'allocation.list': () => ({
        items: [allocation(), allocation({ id: 12, unitCode: 'W-01', endDate: '2026-06-30' })],
        total: 2,
        page: 1,
        pageSize: 100,
      }),
      'allocation.endAllFor': () => ({ ended: 1 }),
    })
    const { plugins } = appPlugins('zh-CN')
    signIn([...SPACE_WRITER, 'organization.write'])
    useSystemStore().status = systemStatus()
    wrapper = mount(StageChangeDialog, {
      props: { modelValue: false, organization: org },
      global: { plugins },
      attachTo: document.body,
    })
    await wrapper.setProps({ modelValue: true })
    await settle()
    const stage = dialogByTestId('stage-dialog')!
    await new DOMWrapper(stage.querySelector('textarea')).setValue('完成孵化，出壳')
    await buttonIn(stage.querySelector('.el-dialog__footer'), '确定').trigger('click')
    await settle()

    expect(callsTo(callMock, 'organization.changeStage')[0]).toMatchObject({
      stage: 'graduated',
      date: '2026-11-27',
    })
    const box = messageBox()!
    // Only the allocation running past the date counts.
    expect(textOf(box)).toContain('是否在 2026-11-27 结束其 1 项空间分配？')
    expect(textOf(box)).toContain('O-102（原定至 2026-12-31）')
    expect(textOf(box)).not.toContain('W-01')
    await buttonIn(box, '结束分配').trigger('click')
    await settle()
    expect(callsTo(callMock, 'allocation.endAllFor')).toEqual([
      { organizationId: 7, endDate: '2026-11-27', note: '随孵化阶段变更为“出壳”结束' },
    ])
  })

  it('asks nothing when the organisation holds no space after the date', async () => {
    const org = organizationDetail({ id: 7, stage: 'capacity_building' })
    answer({
      'organization.changeStage': (input) => ({ ...org, stage: input.stage, stageDate: input.date }),
      'allocation.list': () => ({ items: [], total: 0, page: 1, pageSize: 100 }),
    })
    const { plugins } = appPlugins('zh-CN')
    signIn([...SPACE_WRITER, 'organization.write'])
    useSystemStore().status = systemStatus()
    wrapper = mount(StageChangeDialog, {
      props: { modelValue: false, organization: org },
      global: { plugins },
      attachTo: document.body,
    })
    await wrapper.setProps({ modelValue: true })
    await settle()
    const stage = dialogByTestId('stage-dialog')!
    await new DOMWrapper(stage.querySelector('textarea')).setValue('完成孵化，出壳')
    await buttonIn(stage.querySelector('.el-dialog__footer'), '确定').trigger('click')
    await settle()
    expect(messageBox()).toBeNull()
    expect(callsTo(callMock, 'allocation.endAllFor')).toEqual([])
  })
})
