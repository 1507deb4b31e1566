// 发展记录 detail: every statutory check shown as passed / due / violated with its due date and what it means,
// as the shared rules judge the record; the next step offered to those who may write, its refusal shown under
// the field, and nothing offered to those who may only read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { DevelopmentRecord } from '@shared/entities'
import { developmentChecks, nextDue, worstStatus } from '@shared/development'
import type * as Api from '@/api'
import { call } from '@/api'
import DevelopmentDetailDialog from '@/views/branch/DevelopmentDetailDialog.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  buttonLabels,
  callsTo,
  dialogByTestId,
  fakeCore,
  notice,
  settle,
  signIn,
  textOf,
  type Handlers,
} from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
const READ = ['session', 'branch.read']
const WRITE = [...READ, 'branch.write']
const TODAY = '2026-11-27'

/**
 * A 预备党员 admitted on 2026-07-20: interviewed late (violated), approval past 3 months without a decision
 * (due, with the warning), probation running to 2027-07-20. The checks come from the shared rules, as the core's.
 */
function record(overrides: Partial<DevelopmentRecord> = {}, today = TODAY): DevelopmentRecord {
  const base: DevelopmentRecord = {
    id: 7,
    name: '吴佳琪',
    gender: 'female',
    birthDate: '1994-08-27',
    idNumberMasked: '370***********0226',
    organizationId: null,
    organizationName: '福山区星火青少年服务中心',
    post: '活动策划',
    stage: 'probationary',
    stageDate: '2026-07-20',
    appliedOn: '2024-01-31',
    memberId: 31,
    worst: 'due',
    violations: [],
    nextDue: null,
    phone: '13805351108',
    phoneMasked: '138****1108',
    interviewedOn: '2024-03-01',
    activistOn: '2024-04-01',
    candidateOn: '2025-04-01',
    trainingDays: 3,
    trainingHours: 24,
    trainedOn: '2026-06-30',
    admittedOn: '2026-07-20',
    approvedOn: null,
    extensionMonths: null,
    extensionDecidedOn: null,
    extensionReason: null,
    fullDecidedOn: null,
    fullOn: null,
    disqualifiedOn: null,
    disqualifyReason: null,
    probationEnd: '2027-07-20',
    note: null,
    archivedAt: null,
    archiveReason: null,
    createdAt: '2024-01-31T09:00:00+08:00',
    updatedAt: '2026-07-20T09:00:00+08:00',
    reviews: [
      { id: 1, reviewedOn: '2024-09-20', note: '表现良好', createdAt: '2024-09-20T09:00:00+08:00' },
      { id: 2, reviewedOn: '2025-03-20', note: '进步明显', createdAt: '2025-03-20T09:00:00+08:00' },
      { id: 3, reviewedOn: '2025-09-20', note: '积极参加志愿服务', createdAt: '2025-09-20T09:00:00+08:00' },
      { id: 4, reviewedOn: '2026-03-20', note: '思想汇报按时', createdAt: '2026-03-20T09:00:00+08:00' },
    ],
    sponsors: [
      { id: 1, memberId: 1, memberName: '王建国', namedOn: '2025-04-01', qualified: true },
      { id: 2, memberId: 2, memberName: '李秀英', namedOn: '2025-04-01', qualified: true },
    ],
    checks: [],
    today,
    ...overrides,
  }
  const checks = developmentChecks(base, today)
  const next = nextDue(checks)
  return {
    ...base,
    checks,
    worst: worstStatus(checks),
    violations: checks.filter((c) => c.status === 'violated').map((c) => c.key),
    nextDue: next?.dueDate ? { key: next.key, dueDate: next.dueDate, warning: next.warning } : null,
  }
}

function answer(handlers: Handlers = {}, r: DevelopmentRecord = record()): void {
  callMock.mockImplementation(
    fakeCore({
      'development.get': () => r,
      ...handlers,
    }) as typeof call,
  )
}

let wrapper: VueWrapper | undefined

async function open(permissions: string[], locale: 'zh-CN' | 'en' = 'zh-CN') {
  const { plugins } = appPlugins(locale)
  signIn(permissions, '李书记')
  wrapper = mount(DevelopmentDetailDialog, {
    props: { recordId: 7 },
    global: { plugins },
    attachTo: document.body,
  })
  await settle()
}

const detail = () => dialogByTestId('development-detail')!
/** The row of one check in the checks table, as its cells' texts: [check, status, due date, explanation]. */
function checkRow(label: string): string[] {
  const rows = [...detail().querySelectorAll('[data-testid="development-checks"] .el-table__body tr')]
  const row = rows.find((r) => textOf(r.querySelector('td')) === label)
  if (!row)
    throw new Error(
      `no check row ${label}; there are ${rows.map((r) => textOf(r.querySelector('td'))).join(', ')}`,
    )
  // A cell of tags reads as its tags, one after the other.
  return [...row.querySelectorAll('td')].map((td) => {
    const tags = [...td.querySelectorAll('.el-tag')]
    return tags.length ? tags.map((tag) => textOf(tag)).join(' ') : textOf(td)
  })
}
function statusTag(label: string): Element | null {
  const rows = [...detail().querySelectorAll('[data-testid="development-checks"] .el-table__body tr')]
  return rows.find((r) => textOf(r.querySelector('td')) === label)?.querySelector('.el-tag') ?? null
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

describe('DevelopmentDetailDialog: the statutory checks', () => {
  it('shows each check as passed, due or violated, with its due date and what it means', async () => {
    // The interview on 2024-03-01 was a day after the month (applied 2024-01-31: due 2024-02-29).
    answer({}, record({ interviewedOn: '2024-03-01' }))
    await open(WRITE)
    expect(checkRow('年满 18 周岁')).toEqual([
      '年满 18 周岁',
      '已通过',
      '—',
      '递交申请时已满 18 周岁（2012-08-27 年满）。',
    ])
    expect(checkRow('一个月内谈话')).toEqual([
      '一个月内谈话',
      '违规',
      '2024-02-29',
      '2024-03-01 才谈话，超过了递交申请后一个月（2024-02-29）。',
    ])
    expect(statusTag('一个月内谈话')?.className).toContain('el-tag--danger')
    expect(checkRow('培养考察满一年')[1]).toBe('已通过')
    expect(checkRow('每半年考察')).toEqual(['每半年考察', '已通过', '—', '每半年均有考察，共 4 次。'])
    expect(checkRow('两名入党介绍人')[1]).toBe('已通过')
    expect(checkRow('短期集中培训')[3]).toBe('已参加集中培训 3 天、24 学时。')
    // Admitted 2026-07-20: 3 months ended 2026-10-20, the limit is 2027-01-20 — due, marked late.
    expect(checkRow('上级党委审批')).toEqual([
      '上级党委审批',
      '待办 已超期',
      '2027-01-20',
      '已超过 3 个月（2026-10-20）未审批，最迟不得超过 2027-01-20。',
    ])
    expect(statusTag('上级党委审批')?.className).toContain('el-tag--warning')
    expect(checkRow('预备期')).toEqual([
      '预备期',
      '待办',
      '2027-07-20',
      '预备期至 2027-07-20 届满，届满后讨论转正。',
    ])
    expect(checkRow('延长预备期')).toEqual(['延长预备期', '不适用', '—', '未延长预备期。'])
    // The heading: the person, the stage, and the worst of the checks.
    const who = detail().querySelector('.who')
    expect(textOf(who?.querySelector('.name'))).toBe('吴佳琪')
    expect(
      [...(who?.querySelectorAll('.el-tag') ?? [])].map((tag) => [
        textOf(tag),
        tag.className.includes('danger'),
      ]),
    ).toEqual([
      ['预备党员', true],
      ['违规', true],
    ])
  })

  it('past six months without approval the check turns violated', async () => {
    answer({}, record({}, '2027-01-21'))
    await open(WRITE)
    expect(checkRow('上级党委审批').slice(0, 3)).toEqual(['上级党委审批', '违规', '2027-01-20'])
    expect(statusTag('上级党委审批')?.className).toContain('el-tag--danger')
  })

  it('in English, the same statuses in English words', async () => {
    await open(READ, 'en')
    expect(checkRow('Higher committee approval').slice(0, 3)).toEqual([
      'Higher committee approval',
      'Due Overdue',
      '2027-01-20',
    ])
    expect(checkRow('Probation')[3]).toBe('Probation ends on 2027-07-20; full membership is discussed then.')
  })
})

describe('DevelopmentDetailDialog: the steps', () => {
  it('offers the steps of a 预备党员 to a writer, none to a reader', async () => {
    await open(WRITE)
    const labels = buttonLabels(detail().querySelector('.el-dialog__footer'))
    expect(labels).toEqual(
      expect.arrayContaining(['取消资格', '延长预备期', '登记上级党委审批', '编辑', '转为正式党员']),
    )
    expect(labels).not.toContain('归档')
    wrapper!.unmount()
    document.body.innerHTML = ''

    await open(READ)
    expect(buttonLabels(detail().querySelector('.el-dialog__footer'))).toEqual(['关闭'])
    expect(detail().querySelector('[data-testid="development-sponsors"]')?.textContent).toContain('王建国')
  })

  it('records the approval and shows the check passed; a refusal shows under the date', async () => {
    const approved = record({ approvedOn: '2026-11-20' })
    let refuse = true
    answer({
      'development.approve': () => {
        if (refuse) {
          refuse = false
          throw apiError({
            code: 'VALIDATION',
            key: 'common.invalidFields',
            params: { count: 1 },
            fields: { date: notice('development.beforeStep', { date: '2026-07-20' }) },
          })
        }
        return approved
      },
    })
    await open(WRITE)
    await buttonIn(detail().querySelector('.el-dialog__footer'), '登记上级党委审批').trigger('click')
    await settle()
    const action = dialogByTestId('development-action')!
    expect(textOf(action.querySelector('.el-dialog__title'))).toBe('登记上级党委审批')
    await buttonIn(action, '确定').trigger('click')
    await settle()
    expect(textOf(action.querySelector('.el-form-item__error'))).toBe(
      '日期不能早于上一步的日期（2026-07-20）。',
    )
    await buttonIn(action, '确定').trigger('click')
    await settle()
    expect(callsTo(callMock, 'development.approve')).toEqual([
      { id: 7, date: TODAY },
      { id: 7, date: TODAY },
    ])
    expect(checkRow('上级党委审批')).toEqual([
      '上级党委审批',
      '已通过',
      '2026-10-20',
      '2026-11-20 审批，超过了 3 个月（2026-10-20），未超过 6 个月。',
    ])
    // Done, but after the 3 months: passed, in the warning colour.
    expect(statusTag('上级党委审批')?.className).toContain('el-tag--warning')
    expect(wrapper!.emitted('changed')).toHaveLength(1)
  })
})
