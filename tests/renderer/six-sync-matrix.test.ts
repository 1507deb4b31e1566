// 两关六同步 matrix: a click on a cell opens the item with the automatic value and where it came from; marking it
// 不适用 with a reason sends the entry and the cell shows it with the hand mark; the core's field message shows
// under the date; 恢复自动 asks first and brings the prefill back; a reader cannot open the dialog at all.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { ChannelInput } from '@shared/contract'
import type { SixSyncCell, SixSyncChecklist, SixSyncItemView, SixSyncMatrix } from '@shared/entities'
import type { SixSyncStatus } from '@shared/enums'
import { SIX_SYNC_ITEMS, type SixSyncItem } from '@shared/sixSync'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import SixSyncMatrixView from '@/views/partyCoverage/SixSyncMatrix.vue'
import SixSyncChecklistCard from '@/views/partyCoverage/SixSyncChecklist.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  isDialogOpen,
  memoryRouter,
  messageBox,
  notice,
  settle,
  signIn,
  systemStatus,
  textOf,
} from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  callMock.mockReset()
  document.body.innerHTML = ''
})

const ORG = { id: 7, name: '烟台市福山区春风助老服务中心' }

/** The app's records say: item 2 已同步 from a 年检, item 3 不适用, the rest 未开始. */
function prefillOf(item: SixSyncItem): SixSyncItemView['prefill'] {
  if (item === 2)
    return {
      status: 'synced',
      date: '2026-04-10',
      explanation: notice('sixSync.prefillInspectionChecked', { date: '2026-04-10' }),
    }
  if (item === 3)
    return { status: 'not_applicable', date: null, explanation: notice('sixSync.prefillRatingNone') }
  return { status: 'not_started', date: null, explanation: notice('sixSync.prefillLeadershipManual') }
}

/** A tiny core: manual entries by item over the prefill. */
function fakeSixSync() {
  const manual = new Map<SixSyncItem, { status: SixSyncStatus; date: string | null; note: string | null }>()
  const view = (item: SixSyncItem): SixSyncItemView => {
    const prefill = prefillOf(item)
    const m = manual.get(item)
    return {
      item,
      status: m?.status ?? prefill.status,
      date: m ? m.date : prefill.date,
      note: m?.note ?? null,
      source: m ? 'manual' : 'prefill',
      prefill,
      manual: m
        ? { id: 1, ...m, recordedBy: '党务小李', recordedAt: '2026-11-27T10:00:00+08:00', supersededAt: null }
        : null,
      history: [],
    }
  }
  const checklist = (): SixSyncChecklist => {
    const items = SIX_SYNC_ITEMS.map(view)
    return {
      organizationId: ORG.id,
      organizationName: ORG.name,
      year: 2026,
      archived: false,
      editableYear: true,
      items,
      syncedCount: items.filter((i) => i.status === 'synced').length,
    }
  }
  const matrix = (): SixSyncMatrix => {
    const items = checklist().items
    const cells: SixSyncCell[] = items.map((i) => ({
      status: i.status,
      date: i.date,
      source: i.source,
      explanation: i.source === 'prefill' ? i.prefill.explanation : null,
      note: i.note,
    }))
    return {
      items: [
        {
          organizationId: ORG.id,
          name: ORG.name,
          archived: false,
          partyStatus: 'fallback',
          cells,
          syncedCount: cells.filter((c) => c.status === 'synced').length,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
      year: 2026,
      statusOn: '2026-11-27',
      totals: SIX_SYNC_ITEMS.map((item, i) => ({
        item,
        synced: cells[i]?.status === 'synced' ? 1 : 0,
        notApplicable: cells[i]?.status === 'not_applicable' ? 1 : 0,
        notStarted: cells[i]?.status === 'not_started' ? 1 : 0,
      })),
      completeRows: cells.every((c) => c.status !== 'not_started') ? 1 : 0,
    }
  }
  callMock.mockImplementation(
    fakeCore({
      'sixSync.matrix': matrix,
      'sixSync.get': checklist,
      'sixSync.set': (input: ChannelInput<'sixSync.set'>) => {
        if (input.status === 'synced' && !input.date)
          throw apiError({
            code: 'VALIDATION',
            key: 'common.invalidFields',
            params: { count: 1 },
            fields: { date: notice('sixSync.dateRequired') },
          })
        manual.set(input.item, {
          status: input.status,
          date: input.date ?? null,
          note: input.note ?? null,
        })
        return checklist()
      },
      'sixSync.reset': (input: ChannelInput<'sixSync.reset'>) => {
        manual.delete(input.item)
        return checklist()
      },
    }) as typeof call,
  )
}

async function mountMatrix(permissions: string[]): Promise<void> {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', ...permissions], '党务小李')
  useSystemStore().status = systemStatus()
  const router = memoryRouter()
  wrapper = mount(SixSyncMatrixView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await settle()
}

const cell = (item: number) =>
  document.body.querySelector<HTMLElement>(`[data-testid="six-sync-cell-${ORG.id}-${item}"]`)
const tagOf = (item: number) => cell(item)?.querySelector<HTMLElement>('[data-status]')
const dialog = () => dialogByTestId('six-sync-dialog')!

async function openCell(item: number): Promise<void> {
  await new DOMWrapper(cell(item)).trigger('click')
  await settle()
}

async function chooseStatus(label: string): Promise<void> {
  const option = [...dialog().querySelectorAll<HTMLElement>('[data-testid="six-sync-status"] label')].find(
    (l) => textOf(l) === label,
  )
  if (!option) throw new Error(`no status ${label}`)
  await new DOMWrapper(option.querySelector('input')).setValue(true)
  await settle()
}

async function save(): Promise<void> {
  await buttonIn(dialog().querySelector('.el-dialog__footer'), '保存').trigger('click')
  await settle()
}

describe('SixSyncMatrix: marking an item', () => {
  it('opens the item with its automatic value, sends 不适用 with the reason and shows the cell set by hand', async () => {
    fakeSixSync()
    await mountMatrix(['coverage.read', 'coverage.write'])
    expect(tagOf(6)?.dataset).toMatchObject({ status: 'not_started', manual: 'false' })
    expect(textOf(document.body.querySelector('[data-testid="six-sync-total-6"]'))).toContain('未开始 1')

    await openCell(6)
    expect(isDialogOpen('six-sync-dialog')).toBe(true)
    expect(textOf(dialog().querySelector('[data-testid="six-sync-dialog-prefill"]'))).toBe(
      '换届调整班子的情况请手动登记',
    )
    await chooseStatus('不适用')
    await new DOMWrapper(dialog().querySelector('textarea')).setValue('本年度未换届')
    await save()

    expect(callsTo(callMock, 'sixSync.set')).toEqual([
      {
        organizationId: ORG.id,
        year: 2026,
        item: 6,
        status: 'not_applicable',
        date: null,
        note: '本年度未换届',
      },
    ])
    expect(isDialogOpen('six-sync-dialog')).toBe(false)
    expect(tagOf(6)?.dataset).toMatchObject({ status: 'not_applicable', manual: 'true' })
    expect(textOf(tagOf(6))).toBe('不适用')
    expect(cell(6)?.title).toContain('手动登记：本年度未换届')
    expect(textOf(document.body.querySelector('[data-testid="six-sync-total-6"]'))).toContain('不适用 1')
  })

  it("shows the core's message under the date and keeps the dialog open", async () => {
    fakeSixSync()
    await mountMatrix(['coverage.read', 'coverage.write'])
    await openCell(4)
    await chooseStatus('已同步')
    await save()
    expect(errorUnder(dialog(), '日期')).toBe('标为“已同步”请填写同步的日期。')
    expect(isDialogOpen('six-sync-dialog')).toBe(true)
    expect(tagOf(4)?.dataset.status).toBe('not_started')
  })

  it('恢复自动 asks first and brings the automatic value back', async () => {
    fakeSixSync()
    await mountMatrix(['coverage.read', 'coverage.write'])
    await openCell(2)
    await chooseStatus('未开始')
    await save()
    expect(tagOf(2)?.dataset).toMatchObject({ status: 'not_started', manual: 'true' })

    await openCell(2)
    await buttonIn(dialog().querySelector('.el-dialog__footer'), '恢复自动').trigger('click')
    await settle()
    expect(textOf(messageBox())).toContain('改回按已有记录自动填写（已同步（2026-04-10））')
    await buttonIn(messageBox(), '恢复自动').trigger('click')
    await settle()
    expect(callsTo(callMock, 'sixSync.reset')).toEqual([{ organizationId: ORG.id, year: 2026, item: 2 }])
    expect(tagOf(2)?.dataset).toMatchObject({ status: 'synced', manual: 'false' })
    expect(textOf(cell(2))).toContain('2026-04-10')
  })

  it('lets a reader see the cells and what they come from, but not open them', async () => {
    fakeSixSync()
    await mountMatrix(['coverage.read'])
    expect(cell(2)?.title).toContain('自动填写：来自 2026-04-10 的年检记录（已同步检查党建工作）')
    await openCell(6)
    expect(isDialogOpen('six-sync-dialog')).toBe(false)
    expect(callsTo(callMock, 'sixSync.get')).toEqual([])
  })
})

describe("SixSyncChecklist: one organisation's year", () => {
  async function mountChecklist(permissions: string[], archived: boolean): Promise<void> {
    const { plugins } = appPlugins('zh-CN')
    signIn(['session', ...permissions], '党务小李')
    useSystemStore().status = systemStatus()
    wrapper = mount(SixSyncChecklistCard, {
      props: { organizationId: ORG.id, archived },
      global: { plugins },
      attachTo: document.body,
    })
    await settle()
  }
  const rowsText = () =>
    [...document.body.querySelectorAll('[data-testid="six-sync-checklist-table"] .el-table__body tr')].map(
      (tr) => [...tr.querySelectorAll('td')].map((td) => textOf(td)).join(' | '),
    )

  it('shows where each item comes from, and after an entry by hand the automatic value under it', async () => {
    fakeSixSync()
    await mountChecklist(['coverage.read', 'coverage.write'], false)
    expect(callsTo(callMock, 'sixSync.get')).toEqual([{ organizationId: ORG.id, year: 2026 }])
    expect(rowsText()[1]).toContain(
      '已同步2026-04-10 | 自动填写：来自 2026-04-10 的年检记录（已同步检查党建工作）',
    )
    await buttonIn(
      document.body.querySelector('[data-testid="six-sync-checklist-table"] .el-table__body tr:nth-child(2)'),
      '登记',
    ).trigger('click')
    await settle()
    await chooseStatus('未开始')
    await new DOMWrapper(dialog().querySelector('textarea')).setValue('年检未实际检查党建工作')
    await save()
    expect(rowsText()[1]).toContain('未开始')
    expect(rowsText()[1]).toContain('年检未实际检查党建工作')
    expect(rowsText()[1]).toContain('自动填写为：已同步（2026-04-10）')
    expect(textOf(document.body.querySelector('[data-testid="six-sync-checklist-summary"]'))).toBe(
      '2026 年已同步 0 项',
    )
  })

  it('offers no 登记 for an archived organisation', async () => {
    fakeSixSync()
    await mountChecklist(['coverage.read', 'coverage.write'], true)
    expect(rowsText()).toHaveLength(6)
    expect(document.body.querySelectorAll('[data-testid^="six-sync-edit-"]')).toHaveLength(0)
    expect(textOf(document.body.querySelector('[data-testid="six-sync-checklist"]'))).toContain(
      '该组织已归档，只能查看。',
    )
  })
})
