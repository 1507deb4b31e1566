// 双核已锁定: the screen names whose password unlocks it, refuses a wrong one in place, and lets another user in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type * as Api from '@/api'
import { call } from '@/api'
import { useAuthStore } from '@/stores/auth'
import LockScreen from '@/views/auth/LockScreen.vue'
import {
  FRONT_DESK,
  apiError,
  appPlugins,
  buttonIn,
  callsTo,
  fakeCore,
  notice,
  sessionInfo,
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

function answer(handlers: Handlers): void {
  callMock.mockImplementation(fakeCore(handlers) as typeof call)
}

let wrapper: VueWrapper | undefined

/** The lock screen over a signed-in, locked session of `displayName`. */
function mountLocked(displayName = '王晓梅') {
  const { plugins } = appPlugins('zh-CN')
  signIn(FRONT_DESK, displayName)
  const auth = useAuthStore()
  auth.status = { ...auth.status!, session: { ...auth.session!, locked: true } }
  wrapper = mount(LockScreen, { global: { plugins }, attachTo: document.body })
  return wrapper
}

const screen = () => wrapper!.get('[data-testid="lock-screen"]').element
const passwordInput = () => screen().querySelector<HTMLInputElement>('input[name="unlockPassword"]')!
const fieldError = () => textOf(screen().querySelector('.el-form-item__error'))

async function unlockWith(password: string): Promise<void> {
  await typeInto(screen(), 'unlockPassword', password)
  await buttonIn(screen(), '解锁').trigger('click')
  await settle()
}

const wrongPassword = () =>
  apiError({
    code: 'VALIDATION',
    ...notice('common.invalidFields', { count: 1 }),
    fields: { password: notice('account.unlockWrongPassword') },
  })

beforeEach(() => {
  callMock.mockReset()
  answer({})
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('LockScreen', () => {
  it('says the app is locked and whose password unlocks it', () => {
    mountLocked('王晓梅')
    expect(textOf(screen().querySelector('h2'))).toBe('双核已锁定')
    expect(textOf(screen())).toContain('请输入“王晓梅”的密码解锁。')
    expect(passwordInput().type).toBe('password')
    expect(screen().getAttribute('aria-modal')).toBe('true')
  })

  it('shows a wrong password under the field, clears it and stays locked', async () => {
    answer({
      'auth.unlock': () => {
        throw wrongPassword()
      },
    })
    mountLocked()
    await unlockWith('not-my-password1')

    expect(callsTo(callMock, 'auth.unlock')).toEqual([{ password: 'not-my-password1' }])
    expect(fieldError()).toBe('密码不正确，未能解锁。')
    expect(passwordInput().value).toBe('')
    expect(useAuthStore().locked).toBe(true)
    expect(screen().querySelector('.el-alert')).toBeNull()
  })

  it('shows a lockout from too many wrong passwords as an alert', async () => {
    answer({
      'auth.unlock': () => {
        throw apiError({ code: 'FORBIDDEN', ...notice('account.accountLocked', { until: '09:20' }) })
      },
    })
    mountLocked()
    await unlockWith('not-my-password5')

    expect(textOf(screen().querySelector('.el-alert--error'))).toBe(
      '该账号因连续输错密码已锁定，请于 09:20 后再试，或请管理员重置密码。',
    )
    expect(fieldError()).toBe('')
    expect(useAuthStore().locked).toBe(true)
  })

  it('unlocks with the right password, sent to auth.unlock', async () => {
    answer({ 'auth.unlock': () => sessionInfo(FRONT_DESK, { displayName: '王晓梅' }) })
    mountLocked()
    await unlockWith('Fushan2026')

    expect(callsTo(callMock, 'auth.unlock')).toEqual([{ password: 'Fushan2026' }])
    const auth = useAuthStore()
    expect(auth.locked).toBe(false)
    expect(auth.user?.displayName).toBe('王晓梅')
    expect(passwordInput().value).toBe('')
  })

  it('a wrong then a right password: the old message goes away', async () => {
    let attempt = 0
    answer({
      'auth.unlock': () => {
        attempt++
        if (attempt === 1) throw wrongPassword()
        return sessionInfo(FRONT_DESK)
      },
    })
    mountLocked()
    await unlockWith('not-my-password1')
    expect(fieldError()).toBe('密码不正确，未能解锁。')

    await unlockWith('Fushan2026')
    expect(fieldError()).toBe('')
    expect(useAuthStore().locked).toBe(false)
  })

  it('切换账号 signs out, so someone else can sign in', async () => {
    answer({
      'auth.logout': () => ({ initialized: true, baseName: '烟台市福山区社会组织孵化基地', session: null }),
    })
    mountLocked()
    await buttonIn(screen(), '切换账号').trigger('click')
    await settle()

    expect(callsTo(callMock, 'auth.logout')).toEqual([{}])
    expect(callsTo(callMock, 'auth.unlock')).toEqual([])
    expect(useAuthStore().session).toBeNull()
  })
})
