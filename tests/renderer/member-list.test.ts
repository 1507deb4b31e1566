// 党员名册: numbers masked in the table; the full ID number only on request, for those allowed; 登记党员 for those
// who may write, with the core's objections shown under the field.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { PartyMember, PartyMemberListItem } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import MemberList from '@/views/branch/MemberList.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  buttonLabels,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  isDialogOpen,
  listItem,
  messageBox,
  notice,
  settle,
  signIn,
  textOf,
  typeInto,
  type Handlers,
} from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)

const READ = ['session', 'organization.read', 'member.read']
const WRITE = [...READ, 'member.write']
const PARTY_AFFAIRS = [...WRITE, 'member.reveal']

const FULL_ID = '370611199003071239'
const FULL_PHONE = '13562382210'

function member(overrides: Partial<PartyMemberListItem> = {}): PartyMemberListItem {
  return {
    id: 1,
    name: '张建华',
    gender: 'male',
    birthDate: '1990-03-07',
    idNumberMasked: '370***********1239',
    category: 'full',
    relation: 'formal',
    organizationId: 1,
    organizationName: '福山区星火青少年服务中心',
    post: '理事长',
    managementPost: false,
    phoneMasked: '135****2210',
    joinedOn: '2015-07-01',
    veteranMember: false,
    veteranCadre: false,
    fullOn: null,
    groupId: null,
    groupName: null,
    onRoster: true,
    exit: null,
    ...overrides,
  }
}

const ROWS = [
  member(),
  member({
    id: 2,
    name: '刘秀英',
    gender: 'female',
    birthDate: '1956-10-12',
    idNumberMasked: '370***********102X',
    category: 'probationary',
    relation: 'mobile',
    organizationId: null,
    organizationName: null,
    post: null,
    phoneMasked: null,
    joinedOn: null,
    veteranMember: true,
  }),
]

function fullMember(overrides: Partial<PartyMember> = {}): PartyMember {
  return {
    ...member(),
    phone: FULL_PHONE,
    note: null,
    createdAt: '2026-11-01 09:00:00',
    updatedAt: '2026-11-01 09:00:00',
    periods: [
      {
        id: 1,
        startDate: '2026-11-01',
        startKind: 'registered',
        startNote: null,
        endDate: null,
        endKind: null,
        endNote: null,
      },
    ],
    ...overrides,
  }
}

function answer(handlers: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({
      'member.list': (input) => ({
        items: ROWS,
        total: 2,
        page: input.page ?? 1,
        pageSize: input.pageSize ?? 20,
      }),
      'organization.list': (input) => ({
        items: [listItem()],
        total: 1,
        page: 1,
        pageSize: input.pageSize ?? 20,
      }),
      ...handlers,
    }) as typeof call,
  )
}

let wrapper: VueWrapper | undefined

async function mountList(permissions: string[]) {
  const { plugins } = appPlugins('zh-CN')
  signIn(permissions, '李书记')
  wrapper = mount(MemberList, { global: { plugins }, attachTo: document.body })
  await settle()
  return wrapper
}

const list = () => wrapper!.get('[data-testid="member-list"]').element
const rows = () => [...list().querySelectorAll('.el-table__body tr.el-table__row')]
function rowOf(name: string): Element {
  const row = rows().find((r) => textOf(r.querySelector('td')) === name)
  if (!row) throw new Error(`no row for ${name}`)
  return row
}
function cell(name: string, column: string): Element {
  const headers = [...list().querySelectorAll('.el-table__header th')].map((th) => textOf(th))
  const td = rowOf(name).querySelectorAll('td')[headers.indexOf(column)]
  if (!td) throw new Error(`no column ${column}; there are: ${headers.join(', ')}`)
  return td
}
const form = () => dialogByTestId('member-form')!

beforeEach(() => {
  callMock.mockReset()
  answer()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('MemberList: the roster', () => {
  it('shows the masked ID and phone numbers, never the full ones', async () => {
    await mountList(PARTY_AFFAIRS)
    expect(callsTo(callMock, 'member.list')).toEqual([{ page: 1, pageSize: 20, scope: 'current' }])
    expect(rows()).toHaveLength(2)

    expect(textOf(cell('张建华', '公民身份号码'))).toBe('370***********1239')
    expect(textOf(cell('张建华', '手机号码'))).toBe('135****2210')
    expect(textOf(cell('刘秀英', '公民身份号码'))).toBe('370***********102X')
    expect(textOf(cell('刘秀英', '手机号码'))).toBe('—')
    const table = textOf(list())
    expect(table).not.toContain(FULL_ID)
    expect(table).not.toContain(FULL_PHONE)
  })

  it('shows each member’s details in Chinese', async () => {
    await mountList(READ)
    expect(textOf(cell('张建华', '性别'))).toBe('男')
    expect(textOf(cell('张建华', '党员类别'))).toBe('正式党员')
    expect(textOf(cell('张建华', '组织关系'))).toBe('正式组织关系')
    expect(textOf(cell('张建华', '所在入驻组织'))).toBe('福山区星火青少年服务中心 理事长')
    expect(textOf(cell('刘秀英', '性别'))).toBe('女')
    expect(textOf(cell('刘秀英', '党员类别'))).toBe('预备党员')
    expect(textOf(cell('刘秀英', '组织关系'))).toBe('流动党员')
    expect(textOf(cell('刘秀英', '所在入驻组织'))).toBe('不在入驻组织')
    expect(textOf(cell('刘秀英', '标记'))).toBe('老党员')
    expect(textOf(list())).toContain('共 2 名党员')
  })

  it('offers 查看完整号码 only to an account with member.reveal', async () => {
    await mountList(WRITE)
    expect(buttonLabels(rowOf('张建华'))).not.toContain('查看完整号码')
    expect(list().querySelector('[data-testid="member-reveal"]')).toBeNull()
    wrapper!.unmount()

    await mountList(PARTY_AFFAIRS)
    expect(buttonLabels(rowOf('张建华'))).toContain('查看完整号码')
  })

  it('查看完整号码 asks the core for that member’s number and shows it, noting it is logged', async () => {
    answer({ 'member.revealIdNumber': ({ id }) => ({ id, idNumber: FULL_ID }) })
    await mountList(PARTY_AFFAIRS)
    await buttonIn(rowOf('张建华'), '查看完整号码').trigger('click')
    await settle()

    expect(callsTo(callMock, 'member.revealIdNumber')).toEqual([{ id: 1 }])
    const box = messageBox()
    expect(box, 'a box with the number').not.toBeNull()
    expect(textOf(box?.querySelector('.el-message-box__title'))).toBe('完整公民身份号码')
    expect(textOf(box)).toContain(`张建华：${FULL_ID}`)
    expect(textOf(box)).toContain('本次查看已记入操作日志。')
    // The table itself stays masked.
    expect(textOf(list())).not.toContain(FULL_ID)
  })

  it('asks for the number of the row clicked', async () => {
    answer({ 'member.revealIdNumber': ({ id }) => ({ id, idNumber: '37061119561012102X' }) })
    await mountList(PARTY_AFFAIRS)
    await buttonIn(rowOf('刘秀英'), '查看完整号码').trigger('click')
    await settle()

    expect(callsTo(callMock, 'member.revealIdNumber')).toEqual([{ id: 2 }])
    expect(textOf(messageBox())).toContain('刘秀英：37061119561012102X')
  })

  it('a refused reveal shows why and no number', async () => {
    answer({
      'member.revealIdNumber': () => {
        throw apiError({ code: 'FORBIDDEN', ...notice('common.forbidden') })
      },
    })
    await mountList(PARTY_AFFAIRS)
    await buttonIn(rowOf('张建华'), '查看完整号码').trigger('click')
    await settle()

    expect(textOf(document.body.querySelector('.el-message--error'))).toBe(
      '当前账号无权执行此操作，未做任何修改。',
    )
    expect(messageBox()).toBeNull()
  })

  it('offers 登记党员 and 编辑 only to an account with member.write', async () => {
    await mountList(READ)
    expect(list().querySelector('[data-testid="member-create"]')).toBeNull()
    expect(buttonLabels(list())).not.toContain('登记党员')
    expect(buttonLabels(rowOf('张建华'))).not.toContain('编辑')
    wrapper!.unmount()

    await mountList(WRITE)
    expect(buttonLabels(list())).toContain('登记党员')
    expect(buttonLabels(rowOf('张建华'))).toContain('编辑')
  })

  it('searches by the typed words from page 1', async () => {
    await mountList(READ)
    await wrapper!.get('[data-testid="member-search"]').setValue(' 张建华 ')
    await buttonIn(list().querySelector('form'), '搜索').trigger('click')
    await settle()

    expect(callsTo(callMock, 'member.list').at(-1)).toEqual({
      page: 1,
      pageSize: 20,
      scope: 'current',
      search: '张建华',
    })
  })
})

describe('MemberFormDialog: 登记党员', () => {
  async function openCreate(): Promise<void> {
    await mountList(PARTY_AFFAIRS)
    await buttonIn(list(), '登记党员').trigger('click')
    await settle()
  }

  async function save(): Promise<void> {
    await buttonIn(form().querySelector('.el-dialog__footer'), '保存').trigger('click')
    await settle()
  }

  it('opens empty as 登记党员', async () => {
    await openCreate()
    expect(isDialogOpen('member-form')).toBe(true)
    expect(textOf(form().querySelector('.el-dialog__title'))).toBe('登记党员')
    expect(form().querySelector<HTMLInputElement>('input[name="idNumber"]')!.value).toBe('')
    expect(form().querySelector<HTMLInputElement>('input[name="name"]')!.value).toBe('')
  })

  it('shows the core’s objection to the ID number under 公民身份号码 and keeps the input', async () => {
    answer({
      'member.create': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { idNumber: notice('member.idCheckChar', { expected: '9', actual: '8' }) },
        })
      },
    })
    await openCreate()
    await typeInto(form(), 'name', '王建国')
    await typeInto(form(), 'idNumber', '370611198507153128')
    await save()

    expect(callsTo(callMock, 'member.create')).toEqual([
      expect.objectContaining({ name: '王建国', idNumber: '370611198507153128' }),
    ])
    expect(errorUnder(form(), '公民身份号码')).toBe(
      '公民身份号码校验位不正确：按 GB 11643 计算，第 18 位应为“9”，实际为“8”。',
    )
    expect(errorUnder(form(), '姓名')).toBe('')
    expect(isDialogOpen('member-form')).toBe(true)
    expect(form().querySelector<HTMLInputElement>('input[name="idNumber"]')!.value).toBe('370611198507153128')
    expect(document.body.querySelector('.el-message--error')).toBeNull()
  })

  it('saves, says so, closes and reloads the roster', async () => {
    answer({
      'member.create': (input) => fullMember({ id: 3, name: input.name }),
    })
    await openCreate()
    await typeInto(form(), 'name', '王建国')
    await typeInto(form(), 'idNumber', '370611198507153129')
    await typeInto(form(), 'phone', '13905351234')
    await save()

    expect(callsTo(callMock, 'member.create')).toEqual([
      expect.objectContaining({
        name: '王建国',
        idNumber: '370611198507153129',
        phone: '13905351234',
        gender: 'male',
        category: 'full',
        relation: 'formal',
        organizationId: null,
        post: null,
        note: null,
      }),
    ])
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe('已登记党员“王建国”')
    expect(isDialogOpen('member-form')).toBe(false)
    expect(callsTo(callMock, 'member.list')).toHaveLength(2)
  })
})

describe('MemberFormDialog: 编辑党员', () => {
  it('never puts the full ID number in the form; left empty, it is kept', async () => {
    answer({
      'member.get': ({ id }) => fullMember({ id }),
      'member.update': (input) => fullMember({ id: input.id, name: input.name }),
    })
    await mountList(PARTY_AFFAIRS)
    await buttonIn(rowOf('张建华'), '编辑').trigger('click')
    await settle()

    expect(callsTo(callMock, 'member.get')).toEqual([{ id: 1 }])
    expect(textOf(form().querySelector('.el-dialog__title'))).toBe('编辑党员')
    const idInput = form().querySelector<HTMLInputElement>('input[name="idNumber"]')!
    expect(idInput.value).toBe('')
    expect(idInput.placeholder).toBe('不修改请留空（当前：370***********1239）')
    expect(form().querySelector<HTMLInputElement>('input[name="name"]')!.value).toBe('张建华')
    expect(textOf(form())).not.toContain(FULL_ID)

    await typeInto(form(), 'post', '副理事长')
    await buttonIn(form().querySelector('.el-dialog__footer'), '保存').trigger('click')
    await settle()

    expect(callsTo(callMock, 'member.update')).toEqual([
      expect.objectContaining({ id: 1, name: '张建华', idNumber: null, post: '副理事长', phone: FULL_PHONE }),
    ])
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe('已保存“张建华”')
  })
})

describe('MemberList: leaving and the roster over time', () => {
  it('离开 records a dated 转出 with the member’s id and reloads; refusals show under the date', async () => {
    answer({
      'member.exit': (input) => {
        if (input.date === '2019-01-01') {
          throw apiError({
            code: 'VALIDATION',
            key: 'common.invalidFields',
            fields: { date: notice('member.exitBeforeEntry', { date: '2020-01-01' }) },
          })
        }
        return fullMember({ onRoster: false, exit: { kind: input.kind, date: input.date } })
      },
    })
    await mountList(WRITE)
    const before = callsTo(callMock, 'member.list').length
    await buttonIn(rowOf('张建华'), '离开').trigger('click')
    await settle()
    const dialog = dialogByTestId('member-event')!
    expect(textOf(dialog)).toContain('“张建华”离开本支部')
    const setDate = async (value: string) => {
      const input = new DOMWrapper(dialog.querySelector<HTMLInputElement>('input[name="date"]'))
      await input.setValue(value)
      await input.trigger('change')
      await input.trigger('blur')
      await settle()
    }
    await setDate('2019-01-01')
    await buttonIn(dialog, '确定').trigger('click')
    await settle()
    expect(errorUnder(dialog, '日期')).toBe('离开日期不能早于本次在册的开始日期 2020-01-01。')
    await setDate('2026-11-20')
    await buttonIn(dialog, '确定').trigger('click')
    await settle()
    expect(callsTo(callMock, 'member.exit').at(-1)).toEqual({
      id: 1,
      kind: 'transfer_out',
      date: '2026-11-20',
      note: null,
    })
    expect(isDialogOpen('member-event')).toBe(false)
    expect(callsTo(callMock, 'member.list').length).toBe(before + 1)
  })

  it('已离开 lists who left with how and when, and offers 转入 only after a 转出', async () => {
    answer({
      'member.list': (input) => ({
        items:
          input.scope === 'left'
            ? [
                member({
                  id: 3,
                  name: '谢文',
                  onRoster: false,
                  exit: { kind: 'transfer_out', date: '2026-05-01' },
                }),
                member({
                  id: 4,
                  name: '韩玉兰',
                  onRoster: false,
                  exit: { kind: 'deceased', date: '2026-02-14' },
                }),
              ]
            : ROWS,
        total: input.scope === 'left' ? 2 : 2,
        page: 1,
        pageSize: 20,
      }),
    })
    await mountList(WRITE)
    const scope = wrapper!.get('[data-testid="member-scope"]')
    const left = [...scope.element.querySelectorAll('label')].find((l) => textOf(l) === '已离开')!
    left.querySelector('input')!.click()
    await settle()
    expect(callsTo(callMock, 'member.list').at(-1)).toMatchObject({ scope: 'left' })
    expect(textOf(cell('谢文', '离开'))).toBe('转出 2026-05-01')
    expect(textOf(cell('韩玉兰', '离开'))).toBe('去世 2026-02-14')
    expect(buttonLabels(rowOf('谢文'))).toContain('转入')
    expect(buttonLabels(rowOf('韩玉兰'))).not.toContain('转入')
    expect(buttonLabels(rowOf('谢文'))).not.toContain('离开')
  })
})
