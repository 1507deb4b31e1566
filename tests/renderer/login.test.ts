// 登录: what the user types goes to the core; its refusals show where the user looks; a success signs in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type * as Api from '@/api'
import { call, setSession } from '@/api'
import { useAuthStore } from '@/stores/auth'
import LoginView from '@/views/auth/LoginView.vue'
import {
  FRONT_DESK,
  apiError,
  appPlugins,
  buttonIn,
  callsTo,
  errorUnder,
  fakeCore,
  notice,
  sessionInfo,
  settle,
  textOf,
  typeInto,
  type Handlers,
} from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn(), setSession: vi.fn() }
})

const callMock = vi.mocked(call)
const setSessionMock = vi.mocked(setSession)

function answer(handlers: Handlers): void {
  callMock.mockImplementation(fakeCore(handlers) as typeof call)
}

let wrapper: VueWrapper | undefined

function mountLogin(options: { sessionEnded?: boolean } = {}) {
  const { plugins } = appPlugins('zh-CN')
  const auth = useAuthStore()
  auth.status = { initialized: true, baseName: '烟台市福山区社会组织孵化基地', session: null }
  auth.sessionEnded = options.sessionEnded ?? false
  wrapper = mount(LoginView, { global: { plugins }, attachTo: document.body })
  return wrapper
}

const page = () => wrapper!.get('[data-testid="login"]').element
const passwordInput = () => page().querySelector<HTMLInputElement>('input[name="password"]')!
const usernameInput = () => page().querySelector<HTMLInputElement>('input[name="username"]')!

async function signInAs(username: string, password: string): Promise<void> {
  await typeInto(page(), 'username', username)
  await typeInto(page(), 'password', password)
  await wrapper!.get('[data-testid="login-submit"]').trigger('click')
  await settle()
}

beforeEach(() => {
  callMock.mockReset()
  setSessionMock.mockReset()
  answer({})
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('LoginView', () => {
  it('shows 登录双核 with the base’s name and an empty form', () => {
    mountLogin()
    expect(textOf(page().querySelector('h1'))).toBe('登录双核')
    expect(textOf(page())).toContain('烟台市福山区社会组织孵化基地')
    expect(usernameInput().value).toBe('')
    expect(passwordInput().value).toBe('')
    expect(passwordInput().type).toBe('password')
  })

  it('sends the typed username and password to auth.login', async () => {
    answer({ 'auth.login': () => ({ token: 'tok-1', ...sessionInfo(FRONT_DESK) }) })
    mountLogin()
    await signInAs('wangxm', 'Fushan2026')

    expect(callsTo(callMock, 'auth.login')).toEqual([{ username: 'wangxm', password: 'Fushan2026' }])
  })

  it('submits with Enter in the password field as well', async () => {
    answer({ 'auth.login': () => ({ token: 'tok-1', ...sessionInfo(FRONT_DESK) }) })
    mountLogin()
    await typeInto(page(), 'username', 'wangxm')
    await typeInto(page(), 'password', 'Fushan2026')
    await wrapper!.get('form').trigger('submit')
    await settle()

    expect(callsTo(callMock, 'auth.login')).toEqual([{ username: 'wangxm', password: 'Fushan2026' }])
  })

  it('on success keeps the session token for later calls and records who is signed in', async () => {
    answer({
      'auth.login': () => ({
        token: 'tok-42',
        ...sessionInfo(FRONT_DESK, { id: 7, username: 'wangxm', displayName: '王晓梅' }),
      }),
    })
    mountLogin()
    await signInAs('wangxm', 'Fushan2026')

    expect(setSessionMock).toHaveBeenCalledWith('tok-42')
    const auth = useAuthStore()
    expect(auth.session).not.toBeNull()
    expect(auth.user).toMatchObject({ id: 7, username: 'wangxm', displayName: '王晓梅' })
    expect(auth.locked).toBe(false)
    expect(auth.can('organization.write')).toBe(true)
    // The token is for the api layer only, not kept in the store's state.
    expect(JSON.stringify(auth.status)).not.toContain('tok-42')
    expect(page().querySelector('.el-alert')).toBeNull()
  })

  it('shows a wrong password under 密码, clears the password and keeps the username', async () => {
    answer({
      'auth.login': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { password: notice('account.loginFailedRemaining', { remaining: 2 }) },
        })
      },
    })
    mountLogin()
    await signInAs('wangxm', 'wrong-password1')

    expect(errorUnder(page(), '密码')).toBe('用户名或密码不正确。再输错 2 次，账号将锁定 15 分钟。')
    expect(errorUnder(page(), '用户名')).toBe('')
    expect(passwordInput().value).toBe('')
    expect(usernameInput().value).toBe('wangxm')
    // A field message, not the general 有 1 项填写有误 alert.
    expect(page().querySelector('.el-alert')).toBeNull()
    expect(useAuthStore().session).toBeNull()
    expect(setSessionMock).not.toHaveBeenCalled()
  })

  it('shows a locked account as an alert with the time it opens again', async () => {
    answer({
      'auth.login': () => {
        throw apiError({ code: 'FORBIDDEN', ...notice('account.accountLocked', { until: '14:35' }) })
      },
    })
    mountLogin()
    await signInAs('wangxm', 'Fushan2026')

    const alert = page().querySelector('.el-alert--error')
    expect(alert, 'an error alert').not.toBeNull()
    expect(textOf(alert)).toBe('该账号因连续输错密码已锁定，请于 14:35 后再试，或请管理员重置密码。')
    expect(errorUnder(page(), '密码')).toBe('')
    expect(passwordInput().value).toBe('')
    expect(useAuthStore().session).toBeNull()
  })

  it('clears the last refusal when the user tries again', async () => {
    let attempt = 0
    answer({
      'auth.login': () => {
        attempt++
        if (attempt === 1) {
          throw apiError({ code: 'FORBIDDEN', ...notice('account.inactive') })
        }
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { password: notice('account.loginFailed') },
        })
      },
    })
    mountLogin()
    await signInAs('wangxm', 'Fushan2026')
    expect(textOf(page().querySelector('.el-alert'))).toBe('该账号已停用，请联系管理员。')

    await typeInto(page(), 'password', 'Fushan2027')
    await buttonIn(page(), '登录').trigger('click')
    await settle()

    expect(page().querySelector('.el-alert')).toBeNull()
    expect(errorUnder(page(), '密码')).toBe('用户名或密码不正确。')
  })

  it('says the session has ended when the core signed the user out', async () => {
    mountLogin({ sessionEnded: true })
    await settle()
    expect(textOf(document.body.querySelector('.el-message--warning'))).toBe('登录已失效，请重新登录。')
  })

  it('says nothing about an ended session on an ordinary start', async () => {
    mountLogin()
    await settle()
    expect(document.body.querySelector('.el-message')).toBeNull()
  })
})
