// 修改密码: the two new passwords must match before anything is sent; the forced first change cannot be skipped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type * as Api from '@/api'
import { call } from '@/api'
import { useAuthStore } from '@/stores/auth'
import ChangePasswordDialog from '@/views/auth/ChangePasswordDialog.vue'
import {
  FRONT_DESK,
  apiError,
  appPlugins,
  buttonIn,
  buttonLabels,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  isDialogOpen,
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

async function mountDialog(forced = false) {
  const { plugins } = appPlugins('zh-CN')
  signIn(FRONT_DESK, '王晓梅')
  if (forced) {
    const auth = useAuthStore()
    auth.status = {
      ...auth.status!,
      session: sessionInfo(FRONT_DESK, { displayName: '王晓梅', mustChangePassword: true }),
    }
  }
  wrapper = mount(ChangePasswordDialog, {
    props: {
      modelValue: false,
      forced,
      'onUpdate:modelValue': (open: boolean) => void wrapper?.setProps({ modelValue: open }),
    },
    // Real transitions: Element Plus reports a close by Escape or × only once the dialog has faded out.
    global: { plugins, stubs: { transition: false } },
    attachTo: document.body,
  })
  // Opened as the user menu does, so the dialog starts from an empty form.
  await wrapper.setProps({ modelValue: true })
  await settle()
  return wrapper
}

const dialog = () => dialogByTestId('change-password')!
const footer = () => dialog().querySelector('.el-dialog__footer')

async function fill(current: string, next: string, confirm: string): Promise<void> {
  await typeInto(dialog(), 'currentPassword', current)
  await typeInto(dialog(), 'newPassword', next)
  await typeInto(dialog(), 'confirmPassword', confirm)
}

async function save(): Promise<void> {
  await buttonIn(footer(), '保存').trigger('click')
  await settle()
}

async function pressEscape(): Promise<void> {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }))
  await settle()
}

beforeEach(() => {
  callMock.mockReset()
  answer({})
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('ChangePasswordDialog', () => {
  it('refuses two different new passwords without asking the core', async () => {
    await mountDialog()
    await fill('Fushan2026', 'Yantai2027', 'Yantai2028')
    await save()

    expect(errorUnder(dialog(), '确认新密码')).toBe('两次输入的密码不一致。')
    expect(errorUnder(dialog(), '新密码')).toBe('')
    expect(callsTo(callMock, 'account.changePassword')).toEqual([])
    expect(isDialogOpen('change-password')).toBe(true)
  })

  it('shows the core’s objection to the new password under 新密码 and stays open', async () => {
    answer({
      'account.changePassword': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { newPassword: notice('account.passwordWeak') },
        })
      },
    })
    await mountDialog()
    await fill('Fushan2026', 'yantaifushan', 'yantaifushan')
    await save()

    expect(callsTo(callMock, 'account.changePassword')).toEqual([
      { currentPassword: 'Fushan2026', newPassword: 'yantaifushan' },
    ])
    expect(errorUnder(dialog(), '新密码')).toBe('密码须同时包含字母和数字。')
    expect(errorUnder(dialog(), '确认新密码')).toBe('')
    expect(isDialogOpen('change-password')).toBe(true)
    expect(wrapper!.emitted('update:modelValue')).toBeUndefined()
  })

  it('shows a wrong current password under 当前密码', async () => {
    answer({
      'account.changePassword': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { currentPassword: notice('account.currentPasswordWrong') },
        })
      },
    })
    await mountDialog()
    await fill('Fushan2025', 'Yantai2027', 'Yantai2027')
    await save()

    expect(errorUnder(dialog(), '当前密码')).toBe('当前密码不正确，密码未修改。')
  })

  it('changes the password, says so and closes', async () => {
    answer({ 'account.changePassword': () => sessionInfo(FRONT_DESK, { displayName: '王晓梅' }) })
    await mountDialog()
    await fill('Fushan2026', 'Yantai2027', 'Yantai2027')
    await save()

    expect(callsTo(callMock, 'account.changePassword')).toEqual([
      { currentPassword: 'Fushan2026', newPassword: 'Yantai2027' },
    ])
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe('密码已修改。')
    expect(wrapper!.emitted('update:modelValue')).toEqual([[false]])
    expect(isDialogOpen('change-password')).toBe(false)
  })

  it('opens empty again after a cancelled attempt', async () => {
    await mountDialog()
    await fill('Fushan2026', 'Yantai2027', 'Yantai2028')
    await save()
    await buttonIn(footer(), '取消').trigger('click')
    await settle()
    expect(isDialogOpen('change-password')).toBe(false)

    await wrapper!.setProps({ modelValue: true })
    await settle()
    for (const name of ['currentPassword', 'newPassword', 'confirmPassword']) {
      expect(dialog().querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value).toBe('')
    }
    expect(errorUnder(dialog(), '确认新密码')).toBe('')
  })

  it('as a normal change, offers 取消 and a close button', async () => {
    await mountDialog()
    expect(textOf(dialog().querySelector('.el-dialog__title'))).toBe('修改密码')
    expect(dialog().querySelector('.el-dialog__headerbtn')).not.toBeNull()
    expect(buttonLabels(footer())).toEqual(['取消', '保存'])
  })

  it('when forced, has no close button and offers 退出登录 instead of 取消', async () => {
    await mountDialog(true)
    expect(textOf(dialog().querySelector('.el-dialog__title'))).toBe('请先修改初始密码')
    expect(textOf(dialog())).toContain('管理员为您设置了初始密码')
    expect(dialog().querySelector('.el-dialog__headerbtn')).toBeNull()
    expect(buttonLabels(footer())).toEqual(['退出登录', '保存'])
  })

  it('as a normal change, Escape closes it', async () => {
    await mountDialog()
    await pressEscape()
    expect(wrapper!.emitted('update:modelValue')).toEqual([[false]])
    expect(isDialogOpen('change-password')).toBe(false)
  })

  it('when forced, Escape does not close it', async () => {
    await mountDialog(true)
    await pressEscape()
    expect(isDialogOpen('change-password')).toBe(true)
    expect(wrapper!.emitted('update:modelValue')).toBeUndefined()
  })

  it('when forced, 退出登录 signs out', async () => {
    answer({
      'auth.logout': () => ({ initialized: true, baseName: '烟台市福山区社会组织孵化基地', session: null }),
    })
    await mountDialog(true)
    await buttonIn(footer(), '退出登录').trigger('click')
    await settle()

    expect(callsTo(callMock, 'auth.logout')).toEqual([{}])
    expect(callsTo(callMock, 'account.changePassword')).toEqual([])
    expect(useAuthStore().session).toBeNull()
  })

  it('when forced, a successful change lifts the requirement', async () => {
    answer({ 'account.changePassword': () => sessionInfo(FRONT_DESK, { mustChangePassword: false }) })
    await mountDialog(true)
    expect(useAuthStore().user?.mustChangePassword).toBe(true)
    await fill('Init2026a', 'Yantai2027', 'Yantai2027')
    await save()

    expect(useAuthStore().user?.mustChangePassword).toBe(false)
  })
})
