// 账号管理: accounts with their roles and state in Chinese; new accounts and password resets go to the core as typed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { Account } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import AccountsPanel from '@/views/settings/AccountsPanel.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  isDialogOpen,
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

/** 14:35 at the base (Asia/Shanghai, UTC+8), as the core sends it: an ISO instant. The tests run in UTC. */
const LOCKED_UNTIL = '2026-11-27T06:35:00.000Z'

function account(overrides: Partial<Account>): Account {
  return {
    id: 1,
    username: 'admin',
    displayName: '张管理',
    roles: ['admin'],
    active: true,
    mustChangePassword: false,
    failedAttempts: 0,
    lockedUntil: null,
    lastLoginAt: '2026-11-27 08:30:00',
    createdAt: '2026-11-01 09:00:00',
    ...overrides,
  }
}

let accounts: Account[]

function answer(handlers: Handlers = {}): void {
  callMock.mockImplementation(fakeCore({ 'account.list': () => accounts, ...handlers }) as typeof call)
}

let wrapper: VueWrapper | undefined

async function mountPanel() {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', 'account.manage', 'system.manage'], '张管理')
  wrapper = mount(AccountsPanel, { global: { plugins }, attachTo: document.body })
  await settle()
  return wrapper
}

const panel = () => wrapper!.get('[data-testid="settings-accounts"]').element
const rows = () => [...panel().querySelectorAll('.el-table__body tr.el-table__row')]
/** The table row of the account with this username. */
function rowOf(username: string): Element {
  const row = rows().find((r) => textOf(r.querySelector('td')) === username)
  if (!row) throw new Error(`no row for ${username}`)
  return row
}
/** The cell of that account's row under the column headed `column`. */
function cell(username: string, column: string): Element {
  const headers = [...panel().querySelectorAll('.el-table__header th')].map((th) => textOf(th))
  const index = headers.indexOf(column)
  const td = rowOf(username).querySelectorAll('td')[index]
  if (index < 0 || !td) throw new Error(`no column ${column}; there are: ${headers.join(', ')}`)
  return td
}
const tags = (el: Element) => [...el.querySelectorAll('.el-tag')].map((tag) => textOf(tag))
const dialog = () => dialogByTestId('account-dialog')!

/** Click a button of the operations column in that account's row. */
async function clickInRow(username: string, label: string): Promise<void> {
  await buttonIn(rowOf(username), label).trigger('click')
  await settle()
}

async function tickRole(label: string): Promise<void> {
  const box = [...dialog().querySelectorAll('[data-testid="account-roles"] label.el-checkbox')].find(
    (l) => textOf(l) === label,
  )
  if (!box) throw new Error(`no role ${label}`)
  box.querySelector('input')!.click()
  await flushPromises()
}

async function save(): Promise<void> {
  await buttonIn(dialog().querySelector('.el-dialog__footer'), '保存').trigger('click')
  await settle()
}

beforeEach(() => {
  callMock.mockReset()
  accounts = [
    account({}),
    account({
      id: 2,
      username: 'wangxm',
      displayName: '王晓梅',
      roles: ['front_desk'],
      lastLoginAt: null,
      mustChangePassword: true,
    }),
    account({
      id: 3,
      username: 'lisj',
      displayName: '李书记',
      roles: ['branch_secretary', 'party_affairs'],
      failedAttempts: 5,
      lockedUntil: LOCKED_UNTIL,
    }),
    account({ id: 4, username: 'zhaods', displayName: '赵导师', roles: ['mentor'], active: false }),
  ]
  answer()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('AccountsPanel: the list', () => {
  it('lists every account with its roles in Chinese', async () => {
    await mountPanel()
    expect(callsTo(callMock, 'account.list')).toEqual([{}])
    expect(rows()).toHaveLength(4)

    const roles = (username: string) => tags(cell(username, '角色'))
    expect(roles('admin')).toEqual(['管理员'])
    expect(roles('wangxm')).toEqual(['前台'])
    expect(roles('lisj')).toEqual(['支部书记', '党务'])
    expect(roles('zhaods')).toEqual(['导师'])
    expect(textOf(rowOf('lisj'))).toContain('李书记')
    // No role codes leak into the table.
    expect(textOf(panel().querySelector('.el-table__body'))).not.toMatch(
      /front_desk|branch_secretary|party_affairs|mentor|read_only/,
    )
  })

  it('shows until when a locked account is locked, as HH:mm at the base', async () => {
    await mountPanel()
    expect(tags(cell('lisj', '状态'))).toEqual(['启用', '锁定至 14:35'])
    for (const other of ['admin', 'wangxm', 'zhaods']) expect(textOf(rowOf(other))).not.toContain('锁定至')
  })

  it('never names a minute before the lock ends: the time is rounded up, as the core’s message does', async () => {
    accounts = [account({ id: 3, username: 'lisj', lockedUntil: '2026-11-27T06:34:30.000Z' })]
    await mountPanel()
    expect(tags(cell('lisj', '状态'))).toEqual(['启用', '锁定至 14:35'])
  })

  it('marks an account that must still change its initial password', async () => {
    await mountPanel()
    expect(tags(cell('wangxm', '状态'))).toEqual(['启用', '待改初始密码'])
    expect(textOf(rowOf('admin'))).not.toContain('待改初始密码')
  })

  it('says whether each account is active and when it last signed in', async () => {
    await mountPanel()
    expect(tags(cell('admin', '状态'))).toEqual(['启用'])
    expect(textOf(cell('admin', '最近登录'))).toBe('2026-11-27 08:30')
    expect(tags(cell('zhaods', '状态'))).toEqual(['停用'])
    expect(textOf(cell('wangxm', '最近登录'))).toBe('从未登录')
  })
})

describe('AccountsPanel: 新增账号', () => {
  it('sends the username, name, roles and initial password to account.create', async () => {
    answer({
      'account.create': (input) => {
        const created = account({
          id: 5,
          username: input.username,
          displayName: input.displayName,
          roles: input.roles,
          mustChangePassword: true,
        })
        accounts = [...accounts, created]
        return created
      },
    })
    await mountPanel()
    await wrapper!.get('[data-testid="account-create"]').trigger('click')
    await settle()
    expect(isDialogOpen('account-dialog')).toBe(true)
    expect(textOf(dialog().querySelector('.el-dialog__title'))).toBe('新增账号')

    await typeInto(dialog(), 'username', 'liudw')
    await typeInto(dialog(), 'displayName', '刘党务')
    await tickRole('党务')
    await tickRole('前台')
    await typeInto(dialog(), 'password', 'Chushi2026')
    await save()

    expect(callsTo(callMock, 'account.create')).toEqual([
      {
        username: 'liudw',
        displayName: '刘党务',
        roles: ['party_affairs', 'front_desk'],
        password: 'Chushi2026',
      },
    ])
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe('已新增账号“刘党务”')
    expect(isDialogOpen('account-dialog')).toBe(false)
    // The list is read again and shows the new account.
    expect(callsTo(callMock, 'account.list')).toHaveLength(2)
    expect(textOf(rowOf('liudw'))).toContain('待改初始密码')
  })

  it('shows a taken username under 用户名 and keeps the dialog open with what was typed', async () => {
    answer({
      'account.create': (input) => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { username: notice('account.usernameTaken', { username: input.username }) },
        })
      },
    })
    await mountPanel()
    await wrapper!.get('[data-testid="account-create"]').trigger('click')
    await settle()
    await typeInto(dialog(), 'username', 'wangxm')
    await typeInto(dialog(), 'displayName', '王晓梅')
    await tickRole('前台')
    await typeInto(dialog(), 'password', 'Chushi2026')
    await save()

    expect(errorUnder(dialog(), '用户名')).toBe('用户名“wangxm”已被使用，请换一个。')
    expect(errorUnder(dialog(), '姓名')).toBe('')
    expect(isDialogOpen('account-dialog')).toBe(true)
    expect(dialog().querySelector<HTMLInputElement>('input[name="displayName"]')!.value).toBe('王晓梅')
    expect(document.body.querySelector('.el-message--success')).toBeNull()
    expect(callsTo(callMock, 'account.list')).toHaveLength(1)
  })

  it('opens empty after a previous attempt, without the old message', async () => {
    answer({
      'account.create': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { roles: notice('account.rolesRequired') },
        })
      },
    })
    await mountPanel()
    await wrapper!.get('[data-testid="account-create"]').trigger('click')
    await settle()
    await typeInto(dialog(), 'username', 'liudw')
    await save()
    expect(errorUnder(dialog(), '角色')).toBe('请至少选择一个角色。')

    await buttonIn(dialog().querySelector('.el-dialog__footer'), '取消').trigger('click')
    await settle()
    await wrapper!.get('[data-testid="account-create"]').trigger('click')
    await settle()

    expect(dialog().querySelector<HTMLInputElement>('input[name="username"]')!.value).toBe('')
    expect(errorUnder(dialog(), '角色')).toBe('')
  })
})

describe('AccountsPanel: 重置密码', () => {
  it('sends account.resetPassword with the account’s id and the new password', async () => {
    answer({
      'account.resetPassword': ({ id }) => {
        const reset = account({
          ...accounts.find((a) => a.id === id),
          lockedUntil: null,
          failedAttempts: 0,
          mustChangePassword: true,
        })
        accounts = accounts.map((a) => (a.id === id ? reset : a))
        return reset
      },
    })
    await mountPanel()
    await clickInRow('lisj', '重置密码')

    expect(textOf(dialog().querySelector('.el-dialog__title'))).toBe('重置“李书记”的密码')
    // Only the password is asked for.
    expect(dialog().querySelector('input[name="username"]')).toBeNull()
    await typeInto(dialog(), 'password', 'Chongzhi2026')
    await save()

    expect(callsTo(callMock, 'account.resetPassword')).toEqual([{ id: 3, password: 'Chongzhi2026' }])
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe(
      '已重置“李书记”的密码并解除锁定；对方下次登录时须修改密码。',
    )
    expect(textOf(rowOf('lisj'))).not.toContain('锁定至')
    expect(textOf(rowOf('lisj'))).toContain('待改初始密码')
  })

  it('shows a weak password under 初始密码', async () => {
    answer({
      'account.resetPassword': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { password: notice('account.passwordTooShort') },
        })
      },
    })
    await mountPanel()
    await clickInRow('wangxm', '重置密码')
    await typeInto(dialog(), 'password', 'abc1')
    await save()

    expect(errorUnder(dialog(), '初始密码')).toBe('密码至少 8 位。')
    expect(isDialogOpen('account-dialog')).toBe(true)
  })
})

describe('AccountsPanel: 编辑账号', () => {
  it('sends the id, name, roles and state to account.update; the username cannot change', async () => {
    answer({
      'account.update': (input) => account({ ...accounts[3], ...input, roles: input.roles }),
    })
    await mountPanel()
    await clickInRow('zhaods', '编辑')

    expect(textOf(dialog().querySelector('.el-dialog__title'))).toBe('编辑账号')
    const username = dialog().querySelector<HTMLInputElement>('input[name="username"]')!
    expect(username.value).toBe('zhaods')
    expect(username.disabled).toBe(true)
    expect(dialog().querySelector('input[name="password"]')).toBeNull()

    await tickRole('只读')
    dialog().querySelector<HTMLElement>('.el-switch')!.click()
    await save()

    expect(callsTo(callMock, 'account.update')).toEqual([
      { id: 4, displayName: '赵导师', roles: ['mentor', 'read_only'], active: true },
    ])
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe('已保存账号“赵导师”')
  })
})
