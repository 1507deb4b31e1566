// 登记缴纳: each month of the chosen range shows the dues computed from the base in force that month (a raise
// from July; a corrected base left out), a month already paid says when, a changed amount asks for a reason and
// goes to the core as an override in 分, more than two decimals are refused before anything is sent, and a
// payment more than 6 months ahead is confirmed before it is sent again accepting the warning.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { DuesBase, DuesMemberDetail, DuesPayment } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import DuesPaymentDialog from '@/views/branch/DuesPaymentDialog.vue'
import {
  TODAY,
  apiError,
  appPlugins,
  buttonIn,
  buttonLabels,
  callsTo,
  dialogByTestId,
  fakeCore,
  isDialogOpen,
  messageBox,
  notice,
  settle,
  signIn,
  systemStatus,
  textOf,
  type Handlers,
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

const MEMBER = { id: 5, name: '张建国' }

function base(overrides: Partial<DuesBase>): DuesBase {
  return {
    id: 1,
    memberId: MEMBER.id,
    fromMonth: '2026-01',
    kind: 'employed',
    baseFen: 300_000,
    monthlyFen: 1500,
    note: null,
    createdBy: '党务小李',
    createdAt: '2026-01-05 09:00:00',
    archivedAt: null,
    archiveReason: null,
    ...overrides,
  }
}

function payment(overrides: Partial<DuesPayment>): DuesPayment {
  return {
    id: 31,
    memberId: MEMBER.id,
    month: '2026-05',
    amountFen: 1500,
    computedFen: 1500,
    overrideReason: null,
    paidOn: '2026-05-10',
    batchId: 31,
    note: null,
    createdBy: '党务小李',
    createdAt: '2026-05-10 10:00:00',
    archivedAt: null,
    archiveReason: null,
    ...overrides,
  }
}

/** 3000 元 from January (15.00 a month), 6500 元 from July (97.50); a wrong July base corrected; May paid. */
function detail(overrides: Partial<DuesMemberDetail> = {}): DuesMemberDetail {
  const july = base({ id: 3, fromMonth: '2026-07', baseFen: 650_000, monthlyFen: 9750 })
  return {
    memberId: MEMBER.id,
    name: MEMBER.name,
    onRosterNow: true,
    periods: [{ startDate: '2020-03-01', endDate: null }],
    rules: { flatDuesFen: 20, farmerDuesFen: 20, duesRounding: 'half_up' },
    currentMonth: '2026-11',
    current: july,
    bases: [
      july,
      base({
        id: 2,
        fromMonth: '2026-07',
        baseFen: 999_900,
        monthlyFen: 19_998,
        archivedAt: '2026-07-02',
        archiveReason: '录错',
      }),
      base({ id: 1 }),
    ],
    payments: [
      payment({ id: 32, month: '2026-06', archivedAt: '2026-06-20', archiveReason: '录错党员' }),
      payment({ id: 31 }),
    ],
    arrears: null,
    ...overrides,
  }
}

function answer(extra: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({ 'dues.member': () => detail(), 'dues.pay': () => detail(), ...extra }) as typeof call,
  )
}

async function mountDialog(props: { fromMonth: string; toMonth: string }) {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', 'dues.read', 'dues.write'], '党务小李')
  useSystemStore().status = systemStatus()
  wrapper = mount(DuesPaymentDialog, {
    props: {
      modelValue: false,
      members: [MEMBER, { id: 6, name: '李秀英' }],
      memberId: MEMBER.id,
      ...props,
      'onUpdate:modelValue': (open: boolean) => void wrapper?.setProps({ modelValue: open }),
    },
    global: { plugins },
    attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await settle()
}

const dialog = () => dialogByTestId('dues-payment')!
/** The rows of the months table: month, computed, the amount box's value (or —), status. */
function rows(): string[][] {
  return [...dialog().querySelectorAll('[data-testid="dues-payment-rows"] .el-table__body tr')].map((tr) => {
    const cells = [...tr.querySelectorAll('td')]
    return cells.map((td) => td.querySelector('input')?.value ?? textOf(td))
  })
}
const total = () => textOf(dialog().querySelector('[data-testid="dues-payment-total"]'))

async function typeAmount(month: string, value: string): Promise<void> {
  const box = dialog().querySelector<HTMLInputElement>(`input[name="amount-${month}"]`)
  if (!box) throw new Error(`no amount box for ${month}`)
  await new DOMWrapper(box).setValue(value)
}

async function save(): Promise<void> {
  await buttonIn(dialog().querySelector('.el-dialog__footer'), '保存').trigger('click')
  await settle()
}

describe('DuesPaymentDialog: the amounts of each month', () => {
  it('computes each month from the base in force then, leaves out the corrected base and says which month is paid', async () => {
    answer()
    await mountDialog({ fromMonth: '2026-05', toMonth: '2026-08' })
    expect(callsTo(callMock, 'dues.member')).toEqual([{ memberId: MEMBER.id }])
    expect(rows()).toEqual([
      ['2026-05', '15.00', '—', '已于 2026-05-10 缴纳'],
      // June's payment was reversed (冲正): payable again.
      ['2026-06', '15.00', '15.00', '应缴'],
      ['2026-07', '97.50', '97.50', '应缴'],
      ['2026-08', '97.50', '97.50', '应缴'],
    ])
    expect(total()).toBe('合计 210.00 元（3 个月）')
  })

  it('a changed amount asks for a reason and is sent as an override in 分; the others at their computed amount', async () => {
    answer()
    await mountDialog({ fromMonth: '2026-07', toMonth: '2026-08' })
    expect(dialog().querySelector('input[name="overrideReason"]')).toBeNull()
    await typeAmount('2026-08', '90')
    expect(total()).toBe('合计 187.50 元（2 个月）')
    const reason = dialog().querySelector<HTMLInputElement>('input[name="overrideReason"]')
    expect(reason).not.toBeNull()
    await new DOMWrapper(reason).setValue('经支部同意减免')
    await save()
    expect(callsTo(callMock, 'dues.pay')).toEqual([
      {
        memberId: MEMBER.id,
        fromMonth: '2026-07',
        toMonth: '2026-08',
        paidOn: TODAY,
        overrides: [{ month: '2026-08', amountFen: 9000 }],
        overrideReason: '经支部同意减免',
        note: '',
        acceptWarnings: false,
      },
    ])
    expect(isDialogOpen('dues-payment')).toBe(false)
    expect(wrapper!.emitted('saved')).toHaveLength(1)
  })

  it('refuses an amount with more than two decimals under its month, sending nothing', async () => {
    answer()
    await mountDialog({ fromMonth: '2026-07', toMonth: '2026-07' })
    await typeAmount('2026-07', '97.505')
    expect(textOf(dialog().querySelector('[data-testid="dues-payment-rows"]'))).toContain(
      '金额最多保留两位小数（到分）。',
    )
    await save()
    expect(callsTo(callMock, 'dues.pay')).toEqual([])
    expect(isDialogOpen('dues-payment')).toBe(true)
  })

  it('marks months more than 6 months ahead, and confirms (需经支部同意) before sending them again', async () => {
    answer({
      'dues.member': () => detail({ payments: [] }),
      'dues.pay': (input) => {
        if (!input.acceptWarnings)
          throw apiError({
            code: 'NEEDS_CONFIRMATION',
            ...notice('common.needsConfirmation', { count: 1 }),
            warnings: {
              toMonth: notice('dues.aheadNeedsConsent', {
                month: '2027-06',
                paidMonth: '2026-11',
                months: 7,
              }),
            },
          })
        return detail()
      },
    })
    await mountDialog({ fromMonth: '2027-05', toMonth: '2027-06' })
    expect(rows()).toEqual([
      ['2027-05', '97.50', '97.50', '应缴'],
      ['2027-06', '97.50', '97.50', '提前 7 个月，需经支部同意'],
    ])
    await save()
    const box = messageBox()!
    expect(textOf(box)).toContain('以下月份超出按月缴纳的范围：')
    expect(textOf(box)).toContain('2027-06 比缴纳当月（2026-11）提前 7 个月，超过 6 个月，需经支部同意。')
    expect(buttonLabels(box)).toEqual(expect.arrayContaining(['仍然保存', '返回修改']))
    await buttonIn(box, '仍然保存').trigger('click')
    await settle()
    expect(callsTo(callMock, 'dues.pay').map((i) => i.acceptWarnings)).toEqual([false, true])
    expect(isDialogOpen('dues-payment')).toBe(false)
  })

  it("shows the core's refusal of a month already paid above the months", async () => {
    answer({
      'dues.pay': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: {
            months: notice('dues.alreadyPaid', { name: MEMBER.name, month: '2026-05', date: '2026-05-10' }),
          },
        })
      },
    })
    await mountDialog({ fromMonth: '2026-05', toMonth: '2026-06' })
    await save()
    expect(textOf(dialog())).toContain('“张建国”2026-05 的党费已于 2026-05-10 缴纳，不能重复登记。')
    expect(isDialogOpen('dues-payment')).toBe(true)
  })
})
