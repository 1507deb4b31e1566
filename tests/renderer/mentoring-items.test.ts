// 待办事项: the overdue items come first with how many days they are late, grouped by mentor and by
// organisation (a click on a group filters by it); 已完成 shows when and by whom an item was closed; 关闭 sends
// the outcome and the note and lists again. 指导记录详情: past its day, someone else's record is read-only
// (the edit rule says so), while closing an item and recording feedback stay open to every mentor.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { ActionItem, CoachingSession, MentorOption } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import ActionItemList from '@/views/mentoring/ActionItemList.vue'
import SessionDetailDialog from '@/views/mentoring/SessionDetailDialog.vue'
import {
  appPlugins,
  buttonIn,
  buttonLabels,
  callsTo,
  dialogByTestId,
  fakeCore,
  isDialogOpen,
  listItem,
  settle,
  signIn,
  systemStatus,
  textOf,
  type Handlers,
} from './support'
import { MENTOR, MENTORS, ORG, OTHER_ORG, actionItem, coachingSession, itemPage } from './mentoring-fixtures'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

/** 基地管理员: writes 陪伴指导 records but is no mentor. */
const MANAGER = ['session', 'organization.read', 'mentoring.read', 'mentoring.write', 'mentoring.manage']
const READER = ['session', 'organization.read', 'mentoring.read']
/** The mentors when the signed-in account is none of them. */
const OTHER_MENTORS: MentorOption[] = MENTORS.map((m) => ({ ...m, accountId: null }))

const OVERDUE: ActionItem[] = [
  actionItem({ id: 21, overdueDays: 7 }),
  actionItem({
    id: 23,
    title: '补交季度活动台账',
    organizationId: OTHER_ORG.id,
    organizationName: OTHER_ORG.name,
    dueDate: '2026-11-24',
    overdueDays: 3,
  }),
  actionItem({
    id: 22,
    sessionId: 52,
    sessionDate: '2026-11-18',
    title: '联系区民政局确认申报时间',
    organizationId: OTHER_ORG.id,
    organizationName: OTHER_ORG.name,
    mentorId: 4,
    mentorName: '张慧敏',
    owner: 'mentor',
    dueDate: '2026-11-26',
    overdueDays: 1,
  }),
]
const DONE = actionItem({
  id: 24,
  mentorId: 4,
  mentorName: '张慧敏',
  title: '提交修订后的项目书',
  dueDate: '2026-11-25',
  status: 'done',
  overdueDays: 0,
  closedAt: '2026-11-25T15:20:31+08:00',
  closedBy: '基地管理员',
  closeNote: '已提交修订稿',
})

/** The core's 待办事项 list: filtered by status and mentor as asked; the groups count the overdue items. */
function listItems(q: { status?: string; mentorId?: number; organizationId?: number }) {
  const all = q.status === 'done' ? [DONE] : OVERDUE
  const items = all.filter(
    (i) =>
      (!q.mentorId || i.mentorId === q.mentorId) &&
      (!q.organizationId || i.organizationId === q.organizationId),
  )
  return itemPage(items, {
    byMentor:
      q.status === 'overdue'
        ? [
            { id: 3, name: '李建华', count: 2 },
            { id: 4, name: '张慧敏', count: 1 },
          ]
        : [],
    byOrganization:
      q.status === 'overdue'
        ? [
            { id: OTHER_ORG.id, name: OTHER_ORG.name, count: 2 },
            { id: ORG.id, name: ORG.name, count: 1 },
          ]
        : [],
  })
}

function answer(extra: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({
      'mentor.options': () => OTHER_MENTORS,
      'organization.list': () => ({
        items: [
          listItem({ id: ORG.id, name: ORG.name }),
          listItem({ id: OTHER_ORG.id, name: OTHER_ORG.name }),
        ],
        total: 2,
        page: 1,
        pageSize: 20,
      }),
      'actionItem.list': listItems,
      ...extra,
    }) as typeof call,
  )
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

describe('ActionItemList (待办事项)', () => {
  async function mountList(permissions = MANAGER, displayName = '基地管理员') {
    const { plugins } = appPlugins('zh-CN')
    signIn(permissions, displayName)
    useSystemStore().status = systemStatus()
    wrapper = mount(ActionItemList, { global: { plugins }, attachTo: document.body })
    await settle()
    return wrapper
  }

  const list = () => document.body.querySelector('[data-testid="action-item-list"]')!
  const rows = () => [
    ...list().querySelectorAll('[data-testid="item-table"] .el-table__body tr.el-table__row'),
  ]
  const rowOf = (title: string) => {
    const row = rows().find((r) => textOf(r).includes(title))
    if (!row) throw new Error(`no row for ${title}`)
    return row
  }
  /** The tags of the group line headed `label`, as shown. */
  const groupTags = (label: string) => {
    const line = [...list().querySelectorAll('[data-testid="item-groups"] .group')].find(
      (g) => textOf(g.querySelector('.muted')) === label,
    )
    return [...(line?.querySelectorAll('.el-check-tag') ?? [])].map((tag) => textOf(tag))
  }
  const lastQuery = () => callsTo(callMock, 'actionItem.list').at(-1)

  async function chooseStatus(label: string): Promise<void> {
    const radio = [...list().querySelectorAll('[data-testid="item-status"] label')].find(
      (l) => textOf(l) === label,
    )
    await new DOMWrapper(radio!.querySelector('input')).setValue(true)
    await settle()
  }

  it('lists the overdue items with how late they are, grouped by mentor and by organisation', async () => {
    await mountList()

    expect(callsTo(callMock, 'actionItem.list')).toEqual([{ page: 1, pageSize: 20, status: 'overdue' }])
    expect(rows()).toHaveLength(3)
    expect(textOf(rowOf('修订年度项目计划书'))).toContain('逾期 7 天')
    expect(textOf(rowOf('修订年度项目计划书'))).toContain(ORG.name)
    expect(textOf(rowOf('修订年度项目计划书'))).toContain('李建华')
    expect(textOf(rowOf('补交季度活动台账'))).toContain('逾期 3 天')
    expect(textOf(rowOf('联系区民政局确认申报时间'))).toContain('逾期 1 天')
    expect(textOf(rowOf('联系区民政局确认申报时间'))).toContain('导师')
    expect(textOf(rowOf('联系区民政局确认申报时间'))).toContain('2026-11-18')
    expect(textOf(rowOf('修订年度项目计划书').querySelector('.el-tag--danger'))).toBe('逾期 7 天')
    expect(groupTags('按导师')).toEqual(['李建华 2', '张慧敏 1'])
    expect(groupTags('按组织')).toEqual([`${OTHER_ORG.name} 2`, `${ORG.name} 1`])
    expect(textOf(list().querySelector('.total'))).toBe('共 3 项')
  })

  it('a click on a mentor group lists that mentor’s items; 已完成 shows when and by whom each was closed', async () => {
    await mountList()
    const tag = list().querySelector('[data-testid="item-group-mentor-4"]')!
    await new DOMWrapper(tag).trigger('click')
    await settle()

    expect(lastQuery()).toEqual({ page: 1, pageSize: 20, status: 'overdue', mentorId: 4 })
    expect(tag.classList.contains('is-checked')).toBe(true)
    expect(rows().map((r) => textOf(r.querySelector('td')))).toEqual(['联系区民政局确认申报时间'])

    await chooseStatus('已完成')

    expect(lastQuery()).toEqual({ page: 1, pageSize: 20, status: 'done', mentorId: 4 })
    const done = textOf(rowOf('提交修订后的项目书'))
    expect(done).toContain('已完成')
    expect(done).toContain('2026-11-25 15:20 · 基地管理员 · 已提交修订稿')
    expect(done).not.toContain('逾期')
    expect(buttonLabels(rowOf('提交修订后的项目书'))).not.toContain('关闭')
  })

  it('a click on an organisation group lists that organisation’s items, a second click lists all again', async () => {
    await mountList()
    const orgTag = () =>
      [...list().querySelectorAll('[data-testid="item-groups"] .el-check-tag')].find((t) =>
        textOf(t).startsWith(OTHER_ORG.name),
      )!
    await new DOMWrapper(orgTag()).trigger('click')
    await settle()
    expect(lastQuery()).toEqual({ page: 1, pageSize: 20, status: 'overdue', organizationId: OTHER_ORG.id })
    expect(rows()).toHaveLength(2)

    await new DOMWrapper(orgTag()).trigger('click')
    await settle()
    expect(lastQuery()).toEqual({ page: 1, pageSize: 20, status: 'overdue' })
  })

  it('a mentor starts with their own items', async () => {
    answer({ 'mentor.options': () => MENTORS })
    await mountList(MENTOR, '李建华')
    expect(callsTo(callMock, 'actionItem.list')).toEqual([
      { page: 1, pageSize: 20, status: 'overdue', mentorId: 3 },
    ])
  })

  it('关闭 asks for the outcome and a note, sends them and lists again', async () => {
    answer({
      'actionItem.close': (input) =>
        actionItem({
          id: input.id,
          status: 'done',
          overdueDays: 0,
          closedAt: '2026-11-27T10:05:00+08:00',
          closedBy: '基地管理员',
          closeNote: input.note ?? null,
        }),
    })
    await mountList()
    const listed = callsTo(callMock, 'actionItem.list').length
    await buttonIn(rowOf('修订年度项目计划书'), '关闭').trigger('click')
    await settle()

    expect(isDialogOpen('item-close')).toBe(true)
    const box = dialogByTestId('item-close')!
    expect(textOf(box)).toContain(`修订年度项目计划书 · ${ORG.name} · 2026-11-20`)
    await new DOMWrapper(
      box.querySelector<HTMLInputElement>('input[data-testid="item-close-note"]'),
    ).setValue('已收到修订稿')
    await buttonIn(box, '确定').trigger('click')
    await settle()

    expect(callsTo(callMock, 'actionItem.close')).toEqual([{ id: 21, outcome: 'done', note: '已收到修订稿' }])
    expect(isDialogOpen('item-close')).toBe(false)
    expect(textOf(document.body.querySelector('.el-message--success'))).toContain('待办事项已关闭。')
    expect(callsTo(callMock, 'actionItem.list')).toHaveLength(listed + 1)
  })

  it('关闭 as no longer needed sends the outcome cancelled', async () => {
    answer({
      'actionItem.close': (input) => actionItem({ id: input.id, status: 'cancelled', overdueDays: 0 }),
    })
    await mountList()
    await buttonIn(rowOf('补交季度活动台账'), '关闭').trigger('click')
    await settle()
    const box = dialogByTestId('item-close')!
    const cancelled = [...box.querySelectorAll('label')].find((l) => textOf(l) === '取消（不再需要）')!
    await new DOMWrapper(cancelled.querySelector('input')).setValue(true)
    await buttonIn(box, '确定').trigger('click')
    await settle()
    expect(callsTo(callMock, 'actionItem.close')).toEqual([{ id: 23, outcome: 'cancelled', note: '' }])
  })

  it('a read-only account is offered no 关闭', async () => {
    await mountList(READER, '观察员')
    expect(rows()).toHaveLength(3)
    expect(buttonLabels(list().querySelector('[data-testid="item-table"]'))).not.toContain('关闭')
  })
})

describe('SessionDetailDialog (指导记录详情)', () => {
  const OPEN_ITEM = actionItem({ id: 25, title: '整理志愿者名册', dueDate: '2026-11-30', overdueDays: 0 })
  const CLOSED_ITEM = actionItem({
    id: 26,
    title: '确定项目预算',
    status: 'done',
    overdueDays: 0,
    closedAt: '2026-11-12T09:00:00+08:00',
    closedBy: '张慧敏',
  })
  const ATTACHMENT = {
    id: 81,
    sessionId: 51,
    fileName: '项目计划书.docx',
    sizeBytes: 245_760,
    sha256: '3f9a1c2b7d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8',
    createdAt: '2026-11-10T17:00:00+08:00',
  }

  async function mountDetail(session: CoachingSession, permissions = MENTOR) {
    answer({ 'coaching.sessionGet': () => session, 'mentor.options': () => MENTORS })
    const { plugins } = appPlugins('zh-CN')
    signIn(permissions, '李建华')
    useSystemStore().status = systemStatus()
    wrapper = mount(SessionDetailDialog, {
      props: { sessionId: session.id },
      global: { plugins },
      attachTo: document.body,
    })
    await settle()
    return wrapper
  }

  const detail = () => dialogByTestId('session-detail')!
  const footer = () => detail().querySelector(':scope > .el-dialog__footer')
  const body = () => detail().querySelector(':scope > .el-dialog__body')!
  const itemRow = (title: string) =>
    [...detail().querySelectorAll('[data-testid="session-items"] .el-table__body tr.el-table__row')].find(
      (r) => textOf(r).includes(title),
    )!
  /** Someone else's record (张慧敏's), past its day: the core says it is not editable by 李建华. */
  const pastRecord = () =>
    coachingSession({ editable: false, actionItems: [OPEN_ITEM, CLOSED_ITEM], attachments: [ATTACHMENT] })

  it('past its day, another mentor’s record says so and offers no 编辑 / 归档 / 上传附件', async () => {
    await mountDetail(pastRecord())

    expect(callsTo(callMock, 'coaching.sessionGet')).toEqual([{ id: 51 }])
    expect(textOf(body())).toContain(`${ORG.name} · 张慧敏`)
    expect(textOf(detail().querySelector('[data-testid="session-edit-rule"]'))).toBe(
      '该记录已过指导当日，只能由导师本人或管理员修改。',
    )
    expect(buttonLabels(footer())).toEqual(['关闭'])
    expect(detail().querySelector('[data-testid="session-upload-input"]')).toBeNull()
    const shown = buttonLabels(body())
    expect(shown).not.toContain('上传附件')
    expect(shown).not.toContain('添加待办事项')
    expect(shown).not.toContain('移除')
    expect(shown).not.toContain('编辑')
    expect(shown).not.toContain('归档')
    // Still open to every mentor: reading the attachment, closing an open item, recording feedback.
    expect(textOf(detail().querySelector('[data-testid="session-attachments"]'))).toContain('项目计划书.docx')
    expect(shown).toContain('下载')
    expect(buttonLabels(itemRow('整理志愿者名册'))).toEqual(['关闭'])
    expect(buttonLabels(itemRow('确定项目预算'))).toEqual([])
    expect(textOf(itemRow('确定项目预算'))).toContain('2026-11-12 09:00 · 张慧敏')
    expect(shown).toContain('登记反馈')
  })

  it('there, 关闭 on an open item opens the close dialog and 登记反馈 sends the feedback', async () => {
    const record = pastRecord()
    const handlers: Handlers = {
      'coaching.sessionGet': () => record,
      'mentor.options': () => MENTORS,
      'coaching.sessionFeedback': (input) => ({
        ...record,
        feedbackScore: input.feedbackScore,
        feedbackComment: input.feedbackComment ?? null,
      }),
    }
    await mountDetail(record)
    answer(handlers)

    await buttonIn(itemRow('整理志愿者名册'), '关闭').trigger('click')
    await settle()
    expect(isDialogOpen('item-close')).toBe(true)
    expect(textOf(dialogByTestId('item-close'))).toContain('整理志愿者名册')
    await buttonIn(dialogByTestId('item-close'), '取消').trigger('click')
    await settle()
    expect(isDialogOpen('item-close')).toBe(false)

    await buttonIn(body(), '登记反馈').trigger('click')
    await settle()
    const form = detail().querySelector('.feedback-form')!
    await new DOMWrapper(form.querySelectorAll('.el-rate__item')[4]).trigger('click')
    await new DOMWrapper(form.querySelector('input:not([type="radio"])')).setValue('很有帮助')
    await buttonIn(form, '保存').trigger('click')
    await settle()
    expect(callsTo(callMock, 'coaching.sessionFeedback')).toEqual([
      { id: 51, feedbackScore: 5, feedbackComment: '很有帮助' },
    ])
    expect(textOf(document.body.querySelector('.el-message--success'))).toContain('反馈已保存。')
  })

  it('on an editable record there is no notice and 编辑, 归档 and 上传附件 are offered', async () => {
    await mountDetail(
      coachingSession({ editable: true, actionItems: [OPEN_ITEM], attachments: [ATTACHMENT] }),
    )
    expect(detail().querySelector('[data-testid="session-edit-rule"]')).toBeNull()
    expect(buttonLabels(footer())).toEqual(['归档', '编辑', '关闭'])
    const shown = buttonLabels(body())
    expect(shown).toEqual(expect.arrayContaining(['上传附件', '添加待办事项', '移除', '登记反馈']))
  })

  it('a read-only account sees the record without the notice and without 关闭 or 登记反馈', async () => {
    await mountDetail(pastRecord(), READER)
    expect(detail().querySelector('[data-testid="session-edit-rule"]')).toBeNull()
    expect(buttonLabels(footer())).toEqual(['关闭'])
    expect(buttonLabels(itemRow('整理志愿者名册'))).toEqual([])
    expect(buttonLabels(body())).not.toContain('登记反馈')
  })
})
