// 登记 / 编辑指导记录: the duration is shown as the core will count it (an end before the start is the next
// day); the record and its 待办事项 go to the core as entered; refusals land under the field they name, down to
// one 待办事项's 完成期限; a 未结对 warning is confirmed before the same record is sent again; editing fills the
// form, leaves the 待办事项 out and updates the record by its id.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { CoachingSession } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import SessionFormDialog from '@/views/mentoring/SessionFormDialog.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  buttonLabels,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  formItem,
  isDialogOpen,
  listItem,
  messageBox,
  notice,
  settle,
  signIn,
  systemStatus,
  textOf,
  type Handlers,
} from './support'
import { MENTOR, MENTORS, ORG, OTHER_ORG, coachingSession } from './mentoring-fixtures'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

function answer(extra: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({
      'mentor.options': () => MENTORS,
      'organization.list': () => ({
        items: [
          listItem({ id: ORG.id, name: ORG.name }),
          listItem({ id: OTHER_ORG.id, name: OTHER_ORG.name }),
        ],
        total: 2,
        page: 1,
        pageSize: 20,
      }),
      ...extra,
    }) as typeof call,
  )
}

/** The form as 李建华 (a mentor whose account is the signed-in one) opens it. */
async function mountForm(props: { session?: CoachingSession; organization?: typeof ORG } = {}) {
  const { plugins } = appPlugins('zh-CN')
  signIn(MENTOR, '李建华')
  useSystemStore().status = systemStatus()
  wrapper = mount(SessionFormDialog, {
    props: {
      modelValue: false,
      ...props,
      'onUpdate:modelValue': (open: boolean) => void wrapper?.setProps({ modelValue: open }),
    },
    global: { plugins },
    attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await settle()
  return wrapper
}

const dialog = () => dialogByTestId('session-form')!
const part = (testId: string) => {
  const found = dialog().querySelector(`[data-testid="${testId}"]`)
  if (!found) throw new Error(`no ${testId} in the form`)
  return found
}
const duration = () => textOf(part('session-form-duration'))

/** Let Vue and Element Plus catch up with a click (no core answer or field message awaited). */
async function tick(): Promise<void> {
  await flushPromises()
  await nextTick()
}

/** Open an Element Plus select and click the option reading `option`. */
async function choose(select: Element, option: string): Promise<void> {
  await new DOMWrapper(select.querySelector('.el-select__wrapper')).trigger('click')
  await tick()
  const list = document.getElementById(select.querySelector('input')!.getAttribute('aria-controls')!)!
  const options = [...list.querySelectorAll('.el-select-dropdown__item')]
  const found = options.find((o) => textOf(o) === option)
  if (!found) throw new Error(`no option ${option}; there are: ${options.map((o) => textOf(o)).join(', ')}`)
  await new DOMWrapper(found).trigger('click')
  await tick()
}

/** The value an Element Plus select shows. */
const shown = (select: Element) =>
  textOf(select.querySelector('.el-select__selected-item:not(.el-select__input-wrapper)'))

async function check(groupTestId: string, label: string): Promise<void> {
  const found = [...part(groupTestId).querySelectorAll('label')].find((l) => textOf(l) === label)
  if (!found) throw new Error(`no choice ${label}`)
  await new DOMWrapper(found.querySelector('input')).setValue(true)
}

/** Type into a text box: `target` is the box itself (an el-input hands its data-testid to it) or holds one. */
async function type(target: Element, value: string): Promise<void> {
  const box = target.matches('input, textarea') ? target : target.querySelector('input, textarea')
  if (!box) throw new Error('no text box there')
  await new DOMWrapper(box).setValue(value)
}

/** Add a 待办事项 with “添加待办事项” and fill it in as the user would. */
async function addItem(title: string, owner: '组织' | '导师', due: string): Promise<void> {
  await buttonIn(part('session-form-items'), '添加待办事项').trigger('click')
  await tick()
  const rows = dialog().querySelectorAll('[data-testid^="session-item-"]')
  const row = rows[rows.length - 1]!
  await new DOMWrapper(row.querySelector<HTMLInputElement>('input[placeholder="事项"]')).setValue(title)
  await choose(row.querySelector('.owner')!, owner)
  await new DOMWrapper(row.querySelector<HTMLInputElement>('input[placeholder="完成期限"]')).setValue(due)
  await tick()
}

async function save(): Promise<void> {
  await new DOMWrapper(part('session-form-save')).trigger('click')
  await settle()
}

/** The minimum the form needs before it asks the core: a dimension, a topic and what was done. */
async function fillRequired(): Promise<void> {
  await check('session-form-dimensions', '项目谋划')
  await type(part('session-form-topics'), '年度项目设计')
  await type(part('session-form-work'), '梳理了 2027 年青少年服务项目的目标和预算。')
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

describe('SessionFormDialog: the duration', () => {
  it('reads the hours as counted, says when the end is the next day, and refuses a zero length', async () => {
    await mountForm({ organization: ORG })
    expect(duration()).toBe('1.5 小时')
    expect(textOf(formItem(dialog(), '时长'))).not.toContain('按次日结束计算')

    await choose(part('session-form-start'), '22:00')
    await choose(part('session-form-end'), '01:00')
    expect(duration()).toBe('3 小时（次日 01:00 结束）')
    expect(textOf(formItem(dialog(), '时长'))).toContain(
      '结束时间早于开始时间时，按次日结束计算，全部时长计入指导日期当天。',
    )

    await choose(part('session-form-end'), '22:00')
    expect(duration()).toBe('请填写有效的开始和结束时间')
    expect(textOf(formItem(dialog(), '时长'))).not.toContain('按次日结束计算')
  })
})

// Filling the whole form through Element Plus takes a few seconds in happy-dom.
describe('SessionFormDialog: 登记指导记录', { timeout: 15_000 }, () => {
  it('a mentor finds their own name chosen, even when the mentor list had not been loaded yet', async () => {
    await mountForm({ organization: ORG })
    expect(shown(part('session-form-mentor'))).toBe('李建华')
    expect(shown(part('session-form-organization'))).toBe(ORG.name)
    // 赵老师 is 已停用 and is not offered for a new record.
    await new DOMWrapper(part('session-form-mentor').querySelector('.el-select__wrapper')).trigger('click')
    await settle()
    const list = document.getElementById(
      part('session-form-mentor').querySelector('input')!.getAttribute('aria-controls')!,
    )!
    expect([...list.querySelectorAll('.el-select-dropdown__item')].map((o) => textOf(o))).toEqual([
      '李建华',
      '张慧敏',
    ])
  })

  it('sends the record with its dimensions and the 待办事项 added, not yet accepting warnings', async () => {
    answer({ 'coaching.sessionCreate': () => coachingSession({ id: 60 }) })
    await mountForm()
    await choose(part('session-form-organization'), OTHER_ORG.name)
    await choose(part('session-form-mentor'), '张慧敏')
    await choose(part('session-form-start'), '14:00')
    await choose(part('session-form-end'), '16:30')
    const online = [...part('session-form-mode').querySelectorAll('label')].find((l) => textOf(l) === '线上')!
    await new DOMWrapper(online.querySelector('input')).setValue(true)
    await check('session-form-dimensions', '项目谋划')
    await check('session-form-dimensions', '能力提升')
    await type(part('session-form-topics'), '年度项目设计')
    await type(part('session-form-work'), '梳理了 2027 年青少年服务项目的目标和预算。')
    await type(formItem(dialog(), '发现的问题'), '项目目标不够具体')
    await type(formItem(dialog(), '指导建议'), '按 SMART 原则改写目标')
    await new DOMWrapper(part('session-form-score').querySelectorAll('.el-rate__item')[3]).trigger('click')
    await type(formItem(dialog(), '组织反馈意见'), '很有帮助')
    await addItem('提交修订后的项目书', '组织', '2026-12-15')
    await addItem('联系区民政局确认申报时间', '导师', '2026-12-05')
    expect(duration()).toBe('2.5 小时')

    await save()

    expect(callsTo(callMock, 'coaching.sessionCreate')).toEqual([
      {
        organizationId: OTHER_ORG.id,
        mentorId: 4,
        date: '2026-11-27',
        startTime: '14:00',
        endTime: '16:30',
        mode: 'online',
        dimensions: ['project_design', 'capacity'],
        topics: '年度项目设计',
        workDone: '梳理了 2027 年青少年服务项目的目标和预算。',
        problems: '项目目标不够具体',
        advice: '按 SMART 原则改写目标',
        feedbackScore: 4,
        feedbackComment: '很有帮助',
        actionItems: [
          { title: '提交修订后的项目书', owner: 'organization', dueDate: '2026-12-15' },
          { title: '联系区民政局确认申报时间', owner: 'mentor', dueDate: '2026-12-05' },
        ],
        acceptWarnings: false,
      },
    ])
    expect(isDialogOpen('session-form')).toBe(false)
    expect(wrapper!.emitted('saved')).toEqual([[60]])
    expect(textOf(document.body.querySelector('.el-message--success'))).toContain('指导记录已保存。')
  })

  it('a 移除 item is not sent', async () => {
    answer({ 'coaching.sessionCreate': () => coachingSession({ id: 60 }) })
    await mountForm({ organization: ORG })
    await fillRequired()
    await addItem('提交修订后的项目书', '组织', '2026-12-15')
    await addItem('联系区民政局确认申报时间', '导师', '2026-12-05')
    await buttonIn(part('session-item-0'), '移除').trigger('click')
    await settle()
    await save()
    expect(callsTo(callMock, 'coaching.sessionCreate')[0]!.actionItems).toEqual([
      { title: '联系区民政局确认申报时间', owner: 'mentor', dueDate: '2026-12-05' },
    ])
  })

  it('shows the core’s refusals under the second item’s 完成期限 and under the time row, and stays open', async () => {
    answer({
      'coaching.sessionCreate': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 2 }),
          fields: {
            'actionItems.1.dueDate': notice('coaching.dueBeforeSession', { date: '2026-11-27' }),
            endTime: notice('coaching.sessionTooLong', { hours: 16, max: 12 }),
          },
        })
      },
    })
    await mountForm({ organization: ORG })
    await fillRequired()
    await addItem('提交修订后的项目书', '组织', '2026-12-15')
    await addItem('联系区民政局确认申报时间', '导师', '2026-11-20')
    await save()

    const dueError = (i: number) =>
      textOf(part(`session-item-${i}`).querySelector('.due .el-form-item__error'))
    expect(dueError(1)).toBe('完成期限不能早于指导日期（2026-11-27）。')
    expect(dueError(0)).toBe('')
    expect(textOf(part('session-item-1').querySelector('.item-title .el-form-item__error'))).toBe('')
    expect(errorUnder(dialog(), '起止时间')).toBe(
      '按所填时间，这次指导长 16 小时，超过了一次最多 12 小时。结束时间早于开始时间时按次日结束计算，请核对时间。',
    )
    expect(errorUnder(dialog(), '指导日期')).toBe('')
    expect(isDialogOpen('session-form')).toBe(true)
    expect(wrapper!.emitted('saved')).toBeUndefined()
  })

  it('asks before saving a 未结对 record; 仍然保存 sends it again accepting the warning', async () => {
    answer({
      'coaching.sessionCreate': (input) => {
        if (!input.acceptWarnings) {
          throw apiError({
            code: 'NEEDS_CONFIRMATION',
            ...notice('common.needsConfirmation', { count: 1 }),
            warnings: {
              mentorId: notice('coaching.notPaired', {
                mentor: '李建华',
                date: '2026-11-27',
                organization: ORG.name,
              }),
            },
          })
        }
        return coachingSession({ id: 61 })
      },
    })
    await mountForm({ organization: ORG })
    await fillRequired()
    await save()

    const box = messageBox()!
    expect(textOf(box)).toContain('以下信息请核对')
    expect(textOf(box)).toContain('保存前请确认：')
    expect(textOf(box)).toContain(
      '导师“李建华”在 2026-11-27 未与“福山区星火青少年服务中心”结对。确认无误可继续保存。',
    )
    expect(buttonLabels(box)).toEqual(expect.arrayContaining(['仍然保存', '返回修改']))
    expect(callsTo(callMock, 'coaching.sessionCreate').map((i) => i.acceptWarnings)).toEqual([false])

    await buttonIn(box, '仍然保存').trigger('click')
    await settle()

    const sent = callsTo(callMock, 'coaching.sessionCreate')
    expect(sent.map((i) => i.acceptWarnings)).toEqual([false, true])
    expect({ ...sent[1], acceptWarnings: false }).toEqual(sent[0])
    expect(isDialogOpen('session-form')).toBe(false)
    expect(wrapper!.emitted('saved')).toEqual([[61]])
  })

  it('返回修改 sends nothing more, keeps the form and leaves the warning under 导师', async () => {
    answer({
      'coaching.sessionCreate': () => {
        throw apiError({
          code: 'NEEDS_CONFIRMATION',
          ...notice('common.needsConfirmation', { count: 1 }),
          warnings: {
            mentorId: notice('coaching.notPaired', {
              mentor: '李建华',
              date: '2026-11-27',
              organization: ORG.name,
            }),
          },
        })
      },
    })
    await mountForm({ organization: ORG })
    await fillRequired()
    await save()
    await buttonIn(messageBox(), '返回修改').trigger('click')
    await settle()

    expect(callsTo(callMock, 'coaching.sessionCreate')).toHaveLength(1)
    expect(isDialogOpen('session-form')).toBe(true)
    expect(errorUnder(dialog(), '导师')).toBe(
      '导师“李建华”在 2026-11-27 未与“福山区星火青少年服务中心”结对。确认无误可继续保存。',
    )
    expect(wrapper!.emitted('saved')).toBeUndefined()
  })
})

describe('SessionFormDialog: 编辑指导记录', () => {
  it('fills the form from the record, hides the 待办事项 and updates the record by its id', async () => {
    const session = coachingSession()
    answer({ 'coaching.sessionUpdate': (input) => ({ ...session, topics: input.topics }) })
    await mountForm({ session })

    expect(textOf(dialog().querySelector('.el-dialog__title'))).toBe('编辑指导记录')
    expect(shown(part('session-form-organization'))).toBe(ORG.name)
    expect(shown(part('session-form-mentor'))).toBe('张慧敏')
    expect(formItem(dialog(), '指导日期').querySelector('input')!.value).toBe('2026-11-10')
    expect(shown(part('session-form-start'))).toBe('14:00')
    expect(shown(part('session-form-end'))).toBe('16:30')
    expect(duration()).toBe('2.5 小时')
    const checked = [...part('session-form-dimensions').querySelectorAll('label.is-checked')].map((l) =>
      textOf(l),
    )
    expect(checked).toEqual(['能力提升', '项目谋划'])
    expect((part('session-form-topics') as HTMLInputElement).value).toBe('年度项目设计')
    expect(dialog().querySelector('[data-testid="session-form-items"]')).toBeNull()
    expect(buttonLabels(dialog())).not.toContain('添加待办事项')
    expect(textOf(dialog())).not.toContain('待办事项')

    await type(part('session-form-topics'), '年度项目设计（修订）')
    await save()

    expect(callsTo(callMock, 'coaching.sessionCreate')).toEqual([])
    expect(callsTo(callMock, 'coaching.sessionUpdate')).toEqual([
      {
        id: 51,
        organizationId: ORG.id,
        mentorId: 4,
        date: '2026-11-10',
        startTime: '14:00',
        endTime: '16:30',
        mode: 'onsite',
        dimensions: ['project_design', 'capacity'],
        topics: '年度项目设计（修订）',
        workDone: '梳理了 2027 年青少年服务项目的目标和预算。',
        problems: '项目目标不够具体',
        advice: '按 SMART 原则改写目标',
        feedbackScore: null,
        feedbackComment: '',
        acceptWarnings: false,
      },
    ])
    expect(wrapper!.emitted('saved')).toEqual([[51]])
  })
})
