// 新增会议记录: the expected list comes from the core for the kinds and date; 应到 · 实到 · 缺席 count as the user
// marks attendance; each resolution shows passed or not as the votes are typed, by the rule the core applies
// (预备党员 do not vote; exactly half of the expected voting members fails); what is sent is what was entered, and
// a refusal lands under the resolution it names.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { ExpectedList, Meeting } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import MeetingFormDialog from '@/views/branch/MeetingFormDialog.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  callsTo,
  dialogByTestId,
  fakeCore,
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

/** Four 正式党员 and one 预备党员: 5 expected, 4 with a vote. */
const EXPECTED: ExpectedList = {
  date: '2026-11-20',
  members: [
    { memberId: 1, name: '王强', category: 'full', groupName: '第一党小组' },
    { memberId: 2, name: '李娜', category: 'full', groupName: '第一党小组' },
    { memberId: 3, name: '赵敏', category: 'full', groupName: '第二党小组' },
    { memberId: 4, name: '孙丽', category: 'full', groupName: '第二党小组' },
    { memberId: 5, name: '郑洁', category: 'probationary', groupName: '第二党小组' },
  ],
  votingExpected: 4,
  body: 'assembly',
  fromSnapshot: false,
}

function answer(): void {
  callMock.mockImplementation(
    fakeCore({
      'meeting.options': () => ({ branchName: '测试兜底党支部', groups: [] }),
      'space.units': () => ({ items: [], total: 0, page: 1, pageSize: 100 }),
      'meeting.expected': () => EXPECTED,
      'meeting.create': () => {
        throw apiError({
          code: 'VALIDATION',
          key: 'common.invalidFields',
          params: { count: 1 },
          fields: { 'resolutions.0.yes': notice('meeting.votesExceedPresent', { votes: 5, present: 3 }) },
        })
      },
    }) as typeof call,
  )
}

async function mountForm() {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', 'branch.read', 'branch.write', 'space.read'], '支部书记老王')
  useSystemStore().status = systemStatus({ today: '2026-11-27' })
  wrapper = mount(MeetingFormDialog, {
    props: {
      modelValue: false,
      meeting: null as Meeting | null,
      'onUpdate:modelValue': (open: boolean) => void wrapper?.setProps({ modelValue: open }),
    },
    global: { plugins },
    attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await settle()
}

const dialog = () => dialogByTestId('meeting-form')!
const byTestId = (id: string) => dialog().querySelector<HTMLElement>(`[data-testid="${id}"]`)

async function tickKind(label: string): Promise<void> {
  const box = [...dialog().querySelectorAll('[data-testid="meeting-form-kinds"] label.el-checkbox')].find(
    (l) => textOf(l) === label,
  )
  if (!box) throw new Error(`no kind ${label}`)
  box.querySelector('input')!.click()
  await settle()
}

async function markAbsent(name: string): Promise<void> {
  const radio = [...(byTestId(`attendance-${name}`)?.querySelectorAll('label') ?? [])].find(
    (l) => textOf(l) === '缺席',
  )
  if (!radio) throw new Error(`no attendance for ${name}`)
  await new DOMWrapper(radio.querySelector('input')).setValue(true)
  await settle()
}

async function typeVotes(index: number, which: 'yes' | 'no' | 'abstain', votes: number): Promise<void> {
  const input = new DOMWrapper(byTestId(`resolution-${index}-${which}`)!.querySelector('input'))
  await input.setValue(String(votes))
  await input.trigger('change')
  await settle()
}

/** Open an Element Plus select and click the option reading `option`. */
async function choose(select: Element, option: string): Promise<void> {
  await new DOMWrapper(select.querySelector('.el-select__wrapper')).trigger('click')
  await settle()
  const list = document.getElementById(select.querySelector('input')!.getAttribute('aria-controls')!)!
  const found = [...list.querySelectorAll('.el-select-dropdown__item')].find((o) => textOf(o) === option)
  if (!found) throw new Error(`no option ${option}`)
  await new DOMWrapper(found).trigger('click')
  await settle()
}

const result = (index: number) => byTestId(`resolution-${index}-result`)

/** The text box of an `el-input` marked with a test id (the id may sit on the box itself or around it). */
function inputOf(testId: string): DOMWrapper<HTMLInputElement> {
  const el = byTestId(testId)
  const input = el?.matches('input') ? el : el?.querySelector('input')
  if (!input) throw new Error(`no input ${testId}`)
  return new DOMWrapper(input)
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

describe('the meeting form', () => {
  it('loads 应到 for the kinds and date, and counts 实到 and 缺席 as attendance is marked', async () => {
    await mountForm()
    expect(textOf(byTestId('meeting-form-attendance'))).toContain('先选择会议类型和日期')
    await tickKind('支部党员大会')
    expect(callsTo(callMock, 'meeting.expected')).toEqual([
      { date: '2026-11-27', kinds: ['general_assembly'], groupId: null },
    ])
    expect(textOf(byTestId('meeting-form-tally'))).toBe(
      '应到 5 人，实到 5 人，缺席 0 人；有表决权（正式党员）应到 4 人，实到 4 人',
    )
    await markAbsent('赵敏')
    expect(textOf(byTestId('meeting-form-tally'))).toBe(
      '应到 5 人，实到 4 人，缺席 1 人；有表决权（正式党员）应到 4 人，实到 3 人',
    )
    // The absent member gets a reason box.
    expect(byTestId('absence-reason-赵敏')).not.toBeNull()
    expect(byTestId('absence-reason-王强')).toBeNull()
  })

  it('shows each resolution passed or not as the votes are typed: exactly half of the voting members fails', async () => {
    await mountForm()
    await tickKind('支部党员大会')
    await markAbsent('赵敏')
    await buttonIn(dialog(), '添加决议').trigger('click')
    await settle()
    // 4 voting members expected (郑洁 is 预备 and does not count): 2 yes is exactly half.
    await typeVotes(0, 'yes', 2)
    expect(result(0)?.dataset.outcome).toBe('failed')
    expect(textOf(result(0))).toBe(
      '未通过：赞成 2 票，未超过应到有表决权党员 4 人的半数（至少 3 票；恰好半数不通过）。',
    )
    await typeVotes(0, 'yes', 3)
    expect(result(0)?.dataset.outcome).toBe('passed')
    expect(textOf(result(0))).toBe('通过：赞成 3 票，超过应到有表决权党员 4 人的半数（至少 3 票）。')
    // More votes than the 3 voting members present cannot be right.
    await typeVotes(0, 'no', 1)
    expect(result(0)?.dataset.outcome).toBe('invalid')
    expect(textOf(result(0))).toContain('票数合计 4 票，超过实到有表决权党员 3 人')
    // Marking one more voting member absent takes the meeting below its quorum (2 of 4 is not more than half).
    await typeVotes(0, 'no', 0)
    await typeVotes(0, 'yes', 2)
    await markAbsent('孙丽')
    expect(result(0)?.dataset.outcome).toBe('no_quorum')
    expect(textOf(byTestId('meeting-form-quorum'))).toContain('不能表决')
  })

  it('sends what was entered and shows the core’s refusal under the resolution', async () => {
    await mountForm()
    await tickKind('支部党员大会')
    await tickKind('党课')
    await markAbsent('赵敏')
    await inputOf('absence-reason-赵敏').setValue('出差')
    const placeMode = [...byTestId('meeting-form-place-mode')!.querySelectorAll('label')].find(
      (l) => textOf(l) === '其他地点',
    )!
    await new DOMWrapper(placeMode.querySelector('input')).setValue(true)
    await settle()
    await inputOf('meeting-form-place').setValue('社区党群服务中心')
    await inputOf('meeting-form-title').setValue('第四季度党员大会')
    // Chair and recorder from the expected members.
    await choose(byTestId('meeting-form-chair')!, '王强')
    await choose(byTestId('meeting-form-recorder')!, '李娜')
    await buttonIn(dialog(), '添加列席人员').trigger('click')
    await settle()
    await new DOMWrapper(byTestId('attendee-0')!.querySelectorAll('input')[1]).setValue('陈海燕')
    await buttonIn(dialog(), '添加决议').trigger('click')
    await settle()
    await new DOMWrapper(byTestId('resolution-0')!.querySelector('input')).setValue('年度工作计划')
    await typeVotes(0, 'yes', 3)
    await buttonIn(dialog().querySelector('.el-dialog__footer'), '保存').trigger('click')
    await settle()
    const [sent] = callsTo(callMock, 'meeting.create')
    expect(sent).toMatchObject({
      kinds: ['general_assembly', 'party_lecture'],
      date: '2026-11-27',
      unitId: null,
      place: '社区党群服务中心',
      groupId: null,
      chairId: 1,
      recorderId: 2,
      title: '第四季度党员大会',
      attendees: [{ kind: 'observer', name: '陈海燕', organization: null, note: null }],
      resolutions: [{ title: '年度工作计划', yes: 3, no: 0, abstain: 0 }],
      reviews: [],
    })
    expect(sent?.attendance).toEqual([
      { memberId: 1, present: true, absenceReason: null },
      { memberId: 2, present: true, absenceReason: null },
      { memberId: 3, present: false, absenceReason: '出差' },
      { memberId: 4, present: true, absenceReason: null },
      { memberId: 5, present: true, absenceReason: null },
    ])
    expect(textOf(byTestId('resolution-0'))).toContain(
      '表决票数合计 5 票，超过了实到的有表决权党员 3 人（预备党员没有表决权），请核对票数。',
    )
  })
})
