// 新增入驻组织: the form keeps the user's input when the core objects, shows why in Chinese, and saves once valid.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { ChannelInput } from '@shared/contract'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import OrganizationFormDialog from '@/views/organizations/OrganizationFormDialog.vue'
import {
  TODAY,
  apiError,
  appPlugins,
  fakeCore,
  notice,
  organizationDetail,
  systemStatus,
  textOf,
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

/** The inputs of every call made to one channel, in order. */
function callsTo<C extends 'organization.create' | 'organization.check'>(channel: C): ChannelInput<C>[] {
  return callMock.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as ChannelInput<C>)
}

let wrapper: VueWrapper | undefined

function mountForm() {
  const { plugins } = appPlugins('zh-CN')
  useSystemStore().status = systemStatus()
  wrapper = mount(OrganizationFormDialog, {
    props: {
      modelValue: true,
      organizationId: null,
      'onUpdate:modelValue': (open: boolean) => void wrapper?.setProps({ modelValue: open }),
    },
    global: { plugins },
    attachTo: document.body,
  })
  return wrapper
}

const dialog = () => document.body.querySelector('[data-testid="org-form"]')

/** The form item whose label is `label`. */
function formItem(label: string): Element {
  const item = [...document.body.querySelectorAll('.el-form-item')].find(
    (el) => textOf(el.querySelector('.el-form-item__label')) === label,
  )
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

const errorUnder = (label: string) => textOf(formItem(label).querySelector('.el-form-item__error'))

/** An element of the (teleported) dialog, for VTU's user actions. */
function inDialog<E extends Element>(selector: string): DOMWrapper<E> {
  const el = dialog()?.querySelector<E>(selector)
  if (!el) throw new Error(`nothing matches ${selector} in the dialog`)
  return new DOMWrapper(el)
}

async function type(name: string, value: string): Promise<void> {
  await inDialog<HTMLInputElement>(`input[name="${name}"]`).setValue(value)
}

async function fillRequired(): Promise<void> {
  await type('name', '福山区星火青少年服务中心')
  await type('contactPerson', '王晓梅')
  await type('contactPhone', '13512345678')
}

/** Let the core's answers arrive and Element Plus show field messages (it debounces them by 100 ms). */
async function settle(): Promise<void> {
  await flushPromises()
  await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 150))
  await flushPromises()
}

async function clickSave(): Promise<void> {
  await inDialog('[data-testid="org-save"]').trigger('click')
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

describe('OrganizationFormDialog (create)', () => {
  it('opens as 新增入驻组织 with the stage date set to the core’s today', async () => {
    mountForm()
    await flushPromises()
    expect(textOf(dialog()?.querySelector('.el-dialog__title'))).toBe('新增入驻组织')
    const stageDate = formItem('阶段日期').querySelector('input')
    expect(stageDate?.value).toBe(TODAY)
  })

  it('refuses to save with the required fields empty, and says which ones', async () => {
    mountForm()
    await flushPromises()
    await clickSave()

    expect(errorUnder('组织名称')).toBe('此项为必填项。')
    expect(errorUnder('联系人')).toBe('此项为必填项。')
    expect(errorUnder('联系电话')).toBe('此项为必填项。')
    expect(callsTo('organization.create')).toEqual([])
    expect(wrapper!.emitted('update:modelValue')).toBeUndefined()
  })

  it('keeps the dialog open and shows the core’s check-character error, in Chinese, under the code', async () => {
    answer({
      'organization.create': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { uscc: notice('uscc.checkChar', { expected: '0', actual: '1' }) },
        })
      },
    })
    mountForm()
    await flushPromises()
    await fillRequired()
    await type('uscc', '52370611MJE1234561')
    await clickSave()

    expect(callsTo('organization.create')).toHaveLength(1)
    expect(callsTo('organization.create')[0]).toMatchObject({ uscc: '52370611MJE1234561' })
    const shown = errorUnder('统一社会信用代码')
    expect(shown).toContain('第 18 位应为“0”')
    expect(shown).toContain('实际为“1”')
    expect(shown).not.toContain('{expected}')
    // Still open, the user's input kept.
    expect(wrapper!.emitted('update:modelValue')).toBeUndefined()
    expect(wrapper!.emitted('saved')).toBeUndefined()
    expect(dialog()?.closest('.el-overlay')?.getAttribute('style') ?? '').not.toContain('display: none')
    expect(inDialog<HTMLInputElement>('input[name="name"]').element.value).toBe('福山区星火青少年服务中心')
    // Typing in the field again clears its error.
    await type('uscc', '52370611MJE1234560')
    await settle()
    expect(errorUnder('统一社会信用代码')).toBe('')
  })

  it('asks to confirm warnings and, on 仍然保存, saves again with acceptWarnings', async () => {
    const warning = notice('uscc.orgCodeWarning', { expected: '7', actual: '5' })
    let attempt = 0
    answer({
      'organization.create': (input) => {
        attempt++
        if (!input.acceptWarnings) {
          throw apiError({
            code: 'NEEDS_CONFIRMATION',
            ...notice('common.needsConfirmation', { count: 1 }),
            warnings: { uscc: warning },
          })
        }
        return organizationDetail({ id: 7, name: input.name })
      },
    })
    mountForm()
    await flushPromises()
    await fillRequired()
    await type('uscc', '52370611MJE1234565')
    await clickSave()

    const box = document.body.querySelector('.el-message-box')
    expect(box, 'a confirmation box').not.toBeNull()
    expect(textOf(box?.querySelector('.el-message-box__title'))).toBe('以下信息请核对')
    expect(textOf(box)).toContain('第 17 位应为“7”，实际为“5”')
    expect(attempt).toBe(1)

    const saveAnyway = [...box!.querySelectorAll('button')].find((b) => textOf(b) === '仍然保存')
    expect(saveAnyway, 'a 仍然保存 button').toBeDefined()
    await new DOMWrapper(saveAnyway).trigger('click')
    await settle()

    const creates = callsTo('organization.create')
    expect(creates).toHaveLength(2)
    expect(creates[0]).toMatchObject({ acceptWarnings: false })
    expect(creates[1]).toMatchObject({ acceptWarnings: true, uscc: '52370611MJE1234565' })
    expect(wrapper!.emitted('saved')).toEqual([[7, true]])
  })

  it('does not save when the user goes back to revise instead', async () => {
    answer({
      'organization.create': () => {
        throw apiError({
          code: 'NEEDS_CONFIRMATION',
          ...notice('common.needsConfirmation', { count: 1 }),
          warnings: { uscc: notice('uscc.departmentWarning', { digit: '1' }) },
        })
      },
    })
    mountForm()
    await flushPromises()
    await fillRequired()
    await type('uscc', '12370611MJE1234565')
    await clickSave()

    const box = document.body.querySelector('.el-message-box')
    const revise = [...box!.querySelectorAll('button')].find((b) => textOf(b) === '返回修改')
    expect(revise, 'a 返回修改 button').toBeDefined()
    await new DOMWrapper(revise).trigger('click')
    await settle()

    expect(callsTo('organization.create')).toHaveLength(1)
    expect(wrapper!.emitted('saved')).toBeUndefined()
    expect(textOf(formItem('统一社会信用代码').querySelector('[data-testid="uscc-warning"]'))).toContain(
      '第 1 位登记管理部门代码为“1”',
    )
  })

  it('checks the code with the core when the user leaves the field, and shows its error', async () => {
    answer({
      'organization.check': () => ({
        fields: { uscc: notice('uscc.length', { length: 17 }) },
        warnings: {},
      }),
    })
    mountForm()
    await flushPromises()
    await type('uscc', '52370611MJE123456')
    await inDialog('input[name="uscc"]').trigger('blur')
    await settle()

    expect(callsTo('organization.check')).toEqual([
      expect.objectContaining({ uscc: '52370611MJE123456', legalType: 'private_non_enterprise' }),
    ])
    expect(errorUnder('统一社会信用代码')).toBe('统一社会信用代码应为 18 位，当前为 17 位。')
  })

  it('shows a warning from the check under the code without blocking it as an error', async () => {
    answer({
      'organization.check': () => ({
        fields: {},
        warnings: { uscc: notice('uscc.departmentWarning', { digit: '1' }) },
      }),
    })
    mountForm()
    await flushPromises()
    await type('uscc', '12370611MJE1234565')
    await inDialog('input[name="uscc"]').trigger('blur')
    await settle()

    expect(errorUnder('统一社会信用代码')).toBe('')
    expect(textOf(formItem('统一社会信用代码').querySelector('[data-testid="uscc-warning"]'))).toBe(
      '第 1 位登记管理部门代码为“1”，社会组织通常为“5”（民政）。请核对；确认无误可继续保存。',
    )
  })

  it('saves a valid organization, closes and emits saved with the new id', async () => {
    answer({ 'organization.create': (input) => organizationDetail({ id: 42, name: input.name }) })
    mountForm()
    await flushPromises()
    await fillRequired()
    await clickSave()

    expect(callsTo('organization.create')).toEqual([
      expect.objectContaining({
        name: '福山区星火青少年服务中心',
        contactPerson: '王晓梅',
        contactPhone: '13512345678',
        legalType: 'private_non_enterprise',
        uscc: null,
        stage: 'applied',
        stageDate: TODAY,
        acceptWarnings: false,
      }),
    ])
    expect(wrapper!.emitted('saved')).toEqual([[42, true]])
    expect(wrapper!.emitted('update:modelValue')).toEqual([[false]])
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe(
      '已新增“福山区星火青少年服务中心”',
    )
  })

  it('shows a conflict from the core as a message and stays open', async () => {
    answer({
      'organization.create': () => {
        throw apiError({ code: 'CONFLICT', ...notice('organization.duplicateName', { name: '星火' }) })
      },
    })
    mountForm()
    await flushPromises()
    await fillRequired()
    await clickSave()

    expect(textOf(document.body.querySelector('.el-message--error'))).toBe(
      '已有同名组织“星火”，不能重复登记。',
    )
    expect(wrapper!.emitted('saved')).toBeUndefined()
    expect(wrapper!.emitted('update:modelValue')).toBeUndefined()
  })
})
