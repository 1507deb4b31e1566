// 登记收支: the amount typed in 元 shows what it will be (¥12,500.50) and goes to the core as typed (the core reads it
// into 分); the core's refusal appears under the amount; editing an entry locks date, direction, amount and source
// and says why.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { FundEntry } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import FundEntryDialog from '@/views/projects/FundEntryDialog.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  callsTo,
  dialogByTestId,
  errorUnder,
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

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  callMock.mockReset()
  document.body.innerHTML = ''
})

function entry(overrides: Partial<FundEntry> = {}): FundEntry {
  return {
    id: 7,
    date: '2026-03-01',
    direction: 'in',
    amountFen: 1_250_050,
    sourceKind: 'donation',
    organizationId: null,
    organizationName: null,
    serviceProjectId: null,
    serviceProjectName: null,
    ventureProjectId: null,
    ventureProjectTitle: null,
    fromTranche: false,
    counterparty: '烟台爱心企业',
    summary: '社区助老项目爱心捐赠',
    documentNo: '记-2026-031',
    attachmentName: null,
    attachmentSize: null,
    createdBy: '前台小王',
    createdAt: '2026-03-01 09:00:00',
    archivedAt: null,
    archiveReason: null,
    ...overrides,
  }
}

async function mountDialog(editing: FundEntry | null) {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', 'fund.read', 'fund.write'])
  useSystemStore().status = systemStatus()
  wrapper = mount(FundEntryDialog, {
    props: {
      modelValue: false,
      editing,
      'onUpdate:modelValue': (open: boolean) => void wrapper?.setProps({ modelValue: open }),
    },
    global: { plugins },
    attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await settle()
  const dialog = dialogByTestId('fund-dialog')
  if (!dialog) throw new Error('no dialog')
  return dialog
}

const input = (root: Element, id: string): DOMWrapper<HTMLInputElement> => {
  const el = root.querySelector(`[data-testid="${id}"]`)
  const found = el instanceof HTMLInputElement ? el : el?.querySelector('input')
  if (!found) throw new Error(`no input ${id}`)
  return new DOMWrapper(found)
}

describe('FundEntryDialog', () => {
  it('previews the 元 amount, sends it as typed, and shows the core’s refusal under the amount', async () => {
    callMock.mockImplementation(
      fakeCore({
        'fund.save': (i) => {
          if (i.amountYuan === '12.345')
            throw apiError({
              code: 'VALIDATION',
              key: 'common.invalidFields',
              fields: { amountYuan: notice('funds.amountDecimals') },
            })
          return entry()
        },
      }) as typeof call,
    )
    const dialog = await mountDialog(null)
    await input(dialog, 'fund-amount').setValue('12,500.5')
    await input(dialog, 'fund-summary').setValue('社区助老项目爱心捐赠')
    await settle()
    expect(textOf(dialog.querySelector('[data-testid="fund-amount-preview"]'))).toBe('即 ¥12,500.50')
    await input(dialog, 'fund-amount').setValue('12.345')
    await buttonIn(dialog, '保存').trigger('click')
    await settle()
    expect(errorUnder(dialog, '金额（元）')).toBe('金额最多精确到分（两位小数），如 97.50。')
    await input(dialog, 'fund-amount').setValue('12,500.50')
    await buttonIn(dialog, '保存').trigger('click')
    await settle()
    const sent = callsTo(callMock, 'fund.save')
    expect(sent).toHaveLength(2)
    expect(sent[1]).toMatchObject({
      date: '2026-11-27',
      direction: 'in',
      amountYuan: '12,500.50',
      organizationId: null,
      summary: '社区助老项目爱心捐赠',
    })
    expect(wrapper?.emitted('saved')).toHaveLength(1)
  })

  it('locks date, direction, amount and source of a saved entry, and says to 冲销 instead', async () => {
    const dialog = await mountDialog(entry())
    expect(textOf(dialog)).toContain('日期、方向、金额和资金来源登记后不能修改')
    expect(input(dialog, 'fund-amount').element.disabled).toBe(true)
    expect(input(dialog, 'fund-amount').element.value).toBe('12,500.50')
    expect(input(dialog, 'fund-summary').element.disabled).toBe(false)
  })
})
