// 待办提醒 queue: items in the user's words with their urgency, days and a link to the record; 暂缓 asks for a day
// and a reason — without a reason nothing is sent and the Chinese message says why; with both, the snooze is sent
// and the queue and the badge load again. The 已处理 view shows the decision with its reason.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { ReminderItem, ReminderPage } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import ReminderQueue from '@/views/dashboard/ReminderQueue.vue'
import {
  TODAY,
  appPlugins,
  buttonIn,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  isDialogOpen,
  memoryRouter,
  settle,
  signIn,
  textOf,
} from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

function reminder(overrides: Partial<ReminderItem> = {}): ReminderItem {
  return {
    key: 'agreement:12:2026-11-24',
    kind: 'agreement',
    severity: 'overdue',
    dueDate: '2026-11-24',
    daysLeft: -3,
    title: '入驻协议到期：烟台市福山区春风助老服务中心',
    params: { name: '烟台市福山区春风助老服务中心' },
    route: '/organizations/12',
    permission: 'organization.read',
    canHandle: true,
    handling: null,
    ...overrides,
  }
}

const OPEN = [
  reminder(),
  reminder({
    key: 'actionItem:7:2026-11-30',
    kind: 'actionItem',
    severity: 'due_soon',
    dueDate: '2026-11-30',
    daysLeft: 3,
    title: '待办事项：提交项目预算（烟台市福山区春风助老服务中心）',
    params: { name: '烟台市福山区春风助老服务中心', title: '提交项目预算' },
    route: '/mentoring/actionItems',
    permission: 'mentoring.read',
  }),
]
const HANDLED = [
  reminder({
    handling: {
      id: 5,
      action: 'snooze',
      snoozeUntil: '2026-12-05',
      reason: '已约续签面谈',
      createdBy: '前台小王',
      createdAt: '2026-11-27 10:00:00',
    },
  }),
]

function page(items: ReminderItem[]): ReminderPage {
  return {
    today: TODAY,
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    kinds: ['agreement', 'allocation', 'actionItem'],
    byKind: {
      agreement: 1,
      allocation: 0,
      inspection: 0,
      rating: 0,
      tax: 0,
      meeting: 0,
      development: 0,
      dues: 0,
      actionItem: 1,
      tranche: 0,
      term: 0,
    },
    bySeverity: { overdue: 1, due_today: 0, due_soon: 1 },
    openCount: 2,
    handledCount: 1,
  }
}

beforeEach(() => {
  callMock.mockReset()
  callMock.mockImplementation(
    fakeCore({
      'reminder.list': (q) => page(q.view === 'handled' ? HANDLED : OPEN),
      'reminder.count': () => ({ open: 1, overdue: 0 }),
      'reminder.export': () => ({ fileName: '待办提醒-2026-11-27.xlsx', contentBase64: 'AA==', rows: 1 }),
      'reminder.snooze': (input) => ({
        ...OPEN[0]!,
        handling: { ...HANDLED[0]!.handling!, reason: input.reason },
      }),
    }) as typeof call,
  )
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

async function mountQueue() {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', 'organization.read', 'organization.write', 'mentoring.read'])
  const router = memoryRouter()
  await router.push('/dashboard/reminders')
  wrapper = mount(ReminderQueue, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await settle()
  return wrapper
}

const rows = () => [
  ...document.body.querySelectorAll('[data-testid="reminder-table"] .el-table__body tr.el-table__row'),
]

describe('ReminderQueue (待办提醒)', () => {
  it('shows each item with its urgency, days and a link to its record', async () => {
    await mountQueue()
    expect(rows()).toHaveLength(2)
    const first = rows()[0]!
    expect(textOf(first)).toContain('已逾期')
    expect(textOf(first)).toContain('逾期 3 天')
    expect(textOf(first)).toContain('入驻协议到期：烟台市福山区春风助老服务中心')
    expect(first.querySelector('a[data-testid="reminder-link"]')?.getAttribute('href')).toBe(
      '/organizations/12',
    )
    expect(textOf(rows()[1])).toContain('还有 3 天')
  })

  it('will not snooze without a reason: the Chinese message under 原因, and nothing is sent', async () => {
    await mountQueue()
    await new DOMWrapper(
      rows()[0]!.querySelector<HTMLButtonElement>('[data-testid="reminder-snooze"]'),
    ).trigger('click')
    await settle()
    expect(isDialogOpen('reminder-dialog')).toBe(true)
    const dialog = dialogByTestId('reminder-dialog')!
    await buttonIn(dialog, '确定').trigger('click')
    await settle()
    expect(errorUnder(dialog, '原因')).toBe('请填写原因：暂缓、忽略或撤销都要写明为什么，原因会保留备查。')
    expect(errorUnder(dialog, '暂缓至')).toBe('请选择暂缓到哪一天。')
    expect(callsTo(callMock, 'reminder.snooze')).toEqual([])

    // Spaces are no reason either.
    await new DOMWrapper(dialog.querySelector('textarea')).setValue('   ')
    await buttonIn(dialog, '确定').trigger('click')
    await settle()
    expect(errorUnder(dialog, '原因')).toContain('请填写原因')
    expect(callsTo(callMock, 'reminder.snooze')).toEqual([])

    await new DOMWrapper(dialog.querySelector('textarea')).setValue('已约续签面谈')
    const dateInput = new DOMWrapper(dialog.querySelector<HTMLInputElement>('input[name="until"]'))
    await dateInput.setValue('2026-12-05')
    await dateInput.trigger('change')
    await dateInput.trigger('blur')
    await settle()
    await buttonIn(dialog, '确定').trigger('click')
    await settle()
    expect(callsTo(callMock, 'reminder.snooze')).toEqual([
      { key: 'agreement:12:2026-11-24', until: '2026-12-05', reason: '已约续签面谈' },
    ])
    expect(isDialogOpen('reminder-dialog')).toBe(false)
    // The queue and the badge load again.
    expect(callsTo(callMock, 'reminder.list').length).toBeGreaterThan(1)
    expect(callsTo(callMock, 'reminder.count').length).toBeGreaterThan(0)
  })

  it('shows a handled item’s decision with its reason, and offers 撤销', async () => {
    await mountQueue()
    const handledTab = [...document.body.querySelectorAll('[data-testid="reminder-view"] label')].find((l) =>
      textOf(l).startsWith('已处理'),
    )!
    await new DOMWrapper(handledTab.querySelector('input')).setValue(true)
    await settle()
    expect(callsTo(callMock, 'reminder.list').at(-1)).toMatchObject({ view: 'handled' })
    expect(textOf(rows()[0])).toContain('已暂缓至 2026-12-05，原因：已约续签面谈（前台小王）')
    expect(rows()[0]!.querySelector('[data-testid="reminder-undo"]')).not.toBeNull()
  })

  it('导出 Excel sends the filters on screen (not the page) and the words of the titles', async () => {
    await mountQueue()
    const handledTab = [...document.body.querySelectorAll('[data-testid="reminder-view"] label')].find((l) =>
      textOf(l).startsWith('已处理'),
    )!
    await new DOMWrapper(handledTab.querySelector('input')).setValue(true)
    await settle()
    URL.createObjectURL = vi.fn(() => 'blob:x')
    const button = document.body.querySelector<HTMLButtonElement>('[data-testid="reminder-export"]')!
    expect(textOf(button)).toBe('导出 Excel')
    await new DOMWrapper(button).trigger('click')
    await settle()
    const [sent] = callsTo(callMock, 'reminder.export')
    expect(sent).toBeDefined()
    const { labels, ...filters } = sent!
    expect(filters).toEqual({ view: 'handled' })
    expect(labels).toMatchObject({
      title: '待办提醒',
      'heading.overdueDays': '逾期天数',
      'severity.overdue': '已逾期',
      'kind.agreement': '入驻协议到期',
      'action.snooze': '暂缓',
      'titles.actionItem': '待办事项：{title}（{name}）',
      'meetingKind.party_lecture': '党课',
      'hold.evaluationFailed_mid': '中期评估未通过',
    })
    expect(document.body.textContent).toContain('已导出 1 条记录：待办提醒-2026-11-27.xlsx')
  })
})
