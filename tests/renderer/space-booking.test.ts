// 预约: the week calendar shows each booking as a block and a click on a free slot starts 新增预约 there; a
// capacity warning is confirmed before the same booking is sent again with acceptWarnings; a weekly series is
// previewed date by date and only the free dates are saved, and only once the user says so.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { SeriesPreview } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import BookingDialog from '@/views/space/BookingDialog.vue'
import BookingCalendar from '@/views/space/BookingCalendar.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
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
  typeInto,
  type Handlers,
} from './support'
import { ROOM, SETTINGS, SPACE_READER, SPACE_WRITER, booking, spaceUnit } from './space-fixtures'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

function answer(extra: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({
      'organization.list': () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
      'space.settings': () => SETTINGS,
      ...extra,
    }) as typeof call,
  )
}

const PRESET = { unitId: ROOM.id, date: '2026-12-02', startTime: '14:00', endTime: '16:00' }

async function mountDialog() {
  const { plugins } = appPlugins('zh-CN')
  signIn(SPACE_WRITER)
  useSystemStore().status = systemStatus()
  wrapper = mount(BookingDialog, {
    props: {
      modelValue: false,
      rooms: [ROOM],
      preset: PRESET,
      settings: SETTINGS,
      'onUpdate:modelValue': (open: boolean) => void wrapper?.setProps({ modelValue: open }),
    },
    global: { plugins },
    attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await settle()
  return wrapper
}

const dialog = () => dialogByTestId('booking-dialog')!

/** 预约方 基地, a booker and a title: enough for the core. */
async function fillBase(): Promise<void> {
  const radio = [...dialog().querySelectorAll('[data-testid="booking-booker-kind"] label')].find(
    (l) => textOf(l) === '基地',
  )!
  await new DOMWrapper(radio.querySelector('input')).setValue(true)
  await typeInto(dialog(), 'bookerName', '孵化基地办公室')
  await typeInto(dialog(), 'title', '能力提升培训')
  await settle()
}

async function clickTestId(testId: string): Promise<void> {
  await new DOMWrapper(dialog().querySelector(`[data-testid="${testId}"]`)).trigger('click')
  await settle()
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

describe('BookingDialog: one booking', () => {
  it('starts from the slot clicked and sends the booking', async () => {
    answer({ 'booking.create': (input) => booking({ ...input, id: 40 }) })
    await mountDialog()
    expect(dialog().querySelector<HTMLInputElement>('input[name="date"]')!.value).toBe('2026-12-02')
    await fillBase()
    await clickTestId('booking-save')

    expect(callsTo(callMock, 'booking.create')).toEqual([
      {
        unitId: ROOM.id,
        startTime: '14:00',
        endTime: '16:00',
        bookerKind: 'base',
        organizationId: null,
        bookerName: '孵化基地办公室',
        title: '能力提升培训',
        attendees: 1,
        acceptWarnings: false,
        date: '2026-12-02',
      },
    ])
    expect(isDialogOpen('booking-dialog')).toBe(false)
  })

  it('a capacity warning is shown; once confirmed the same booking is sent with acceptWarnings', async () => {
    answer({
      'booking.create': (input) => {
        if (!input.acceptWarnings) {
          throw apiError({
            code: 'NEEDS_CONFIRMATION',
            ...notice('common.needsConfirmation', { count: 1 }),
            warnings: { attendees: notice('space.capacityWarning', { attendees: 30, seats: 20 }) },
          })
        }
        return booking({ ...input, id: 41 })
      },
    })
    await mountDialog()
    await fillBase()
    await clickTestId('booking-save')

    const box = messageBox()!
    expect(textOf(box)).toContain('参加人数 30 人超过了房间座位数 20 个。')
    expect(callsTo(callMock, 'booking.create').map((i) => i.acceptWarnings)).toEqual([false])

    await buttonIn(box, '仍然保存').trigger('click')
    await settle()

    const sent = callsTo(callMock, 'booking.create')
    expect(sent.map((i) => i.acceptWarnings)).toEqual([false, true])
    expect({ ...sent[1], acceptWarnings: false }).toEqual(sent[0])
    expect(isDialogOpen('booking-dialog')).toBe(false)
  })

  it('返回修改 on the warning sends nothing more and keeps the form', async () => {
    answer({
      'booking.create': () => {
        throw apiError({
          code: 'NEEDS_CONFIRMATION',
          ...notice('common.needsConfirmation', { count: 1 }),
          warnings: { attendees: notice('space.capacityWarning', { attendees: 30, seats: 20 }) },
        })
      },
    })
    await mountDialog()
    await fillBase()
    await clickTestId('booking-save')
    await buttonIn(messageBox(), '返回修改').trigger('click')
    await settle()
    expect(callsTo(callMock, 'booking.create')).toHaveLength(1)
    expect(isDialogOpen('booking-dialog')).toBe(true)
  })

  it('a clash is shown under the date as the core words it', async () => {
    answer({
      'booking.create': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: {
            date: notice('space.bookingConflict', {
              date: '2026-12-02',
              start: '13:00',
              end: '14:00',
              title: '理事会会议',
              booker: '潘建国',
              buffer: 15,
            }),
          },
        })
      },
    })
    await mountDialog()
    await fillBase()
    await clickTestId('booking-save')
    expect(textOf(dialog())).toContain(
      '与已有预约冲突：2026-12-02 13:00–14:00“理事会会议”（潘建国）。两次预约之间需间隔 15 分钟。',
    )
  })
})

describe('BookingDialog: 每周重复', () => {
  const PREVIEW: SeriesPreview = {
    dates: [
      { date: '2026-12-02', status: 'free', notice: null },
      {
        date: '2026-12-09',
        status: 'conflict',
        notice: notice('space.bookingConflict', {
          date: '2026-12-09',
          start: '14:00',
          end: '15:00',
          title: '理事会会议',
          booker: '潘建国',
          buffer: 15,
        }),
      },
      { date: '2026-12-16', status: 'free', notice: null },
      {
        date: '2026-12-23',
        status: 'closed',
        notice: notice('space.bookingClosedDay', { date: '2026-12-23' }),
      },
    ],
    freeCount: 2,
  }

  async function preview(): Promise<void> {
    await mountDialog()
    await fillBase()
    await new DOMWrapper(dialog().querySelector('[data-testid="booking-repeat"] input')).setValue(true)
    await settle()
    await typeInto(dialog(), 'untilDate', '2026-12-23')
    await settle()
    await clickTestId('booking-preview-run')
  }

  it('lists every date with its status in words before anything is booked', async () => {
    answer({ 'booking.previewSeries': () => PREVIEW })
    await preview()

    expect(callsTo(callMock, 'booking.previewSeries')).toEqual([
      { unitId: ROOM.id, startTime: '14:00', endTime: '16:00', fromDate: '2026-12-02', toDate: '2026-12-23' },
    ])
    const rows = [...dialog().querySelectorAll('[data-testid="booking-preview"] .el-table__body tr')].map(
      (r) => [...r.querySelectorAll('td')].map((td) => textOf(td)),
    )
    expect(rows).toEqual([
      ['2026-12-02', '周三', '可预约'],
      [
        '2026-12-09',
        '周三',
        '与已有预约冲突：2026-12-09 14:00–15:00“理事会会议”（潘建国）。两次预约之间需间隔 15 分钟。',
      ],
      ['2026-12-16', '周三', '可预约'],
      ['2026-12-23', '周三', '2026-12-23 是闭馆日，不能预约。'],
    ])
    const statuses = [...dialog().querySelectorAll('[data-testid="booking-preview"] .preview-status')]
    expect(statuses.map((s) => s.getAttribute('data-status'))).toEqual(['free', 'conflict', 'free', 'closed'])
    expect(textOf(dialog().querySelector('[data-testid="booking-preview"]'))).toContain(
      '共 4 个日期，其中 2 个可预约',
    )
    expect(callsTo(callMock, 'booking.createSeries')).toEqual([])
  })

  it('保存可预约的日期 books the series (the core skips the others)', async () => {
    answer({
      'booking.previewSeries': () => PREVIEW,
      'booking.createSeries': () => ({ seriesId: 3, created: 2, skipped: 2 }),
    })
    await preview()
    const save = dialog().querySelector('[data-testid="booking-save"]')!
    expect(textOf(save)).toBe('保存可预约的日期（2 个）')
    await new DOMWrapper(save).trigger('click')
    await settle()

    expect(callsTo(callMock, 'booking.createSeries')).toEqual([
      {
        unitId: ROOM.id,
        startTime: '14:00',
        endTime: '16:00',
        bookerKind: 'base',
        organizationId: null,
        bookerName: '孵化基地办公室',
        title: '能力提升培训',
        attendees: 1,
        acceptWarnings: false,
        fromDate: '2026-12-02',
        toDate: '2026-12-23',
      },
    ])
    expect(textOf(document.body.querySelector('.el-message--success'))).toContain(
      '已预约 2 个日期，跳过 2 个不可预约的日期',
    )
  })

  it('取消 after the preview books nothing', async () => {
    answer({ 'booking.previewSeries': () => PREVIEW })
    await preview()
    await buttonIn(dialog().querySelector('.el-dialog__footer'), '取消').trigger('click')
    await settle()
    expect(isDialogOpen('booking-dialog')).toBe(false)
    expect(callsTo(callMock, 'booking.createSeries')).toEqual([])
    expect(callsTo(callMock, 'booking.create')).toEqual([])
  })

  it('with no free date, saving is not offered', async () => {
    answer({
      'booking.previewSeries': () => ({
        dates: PREVIEW.dates.filter((d) => d.status !== 'free'),
        freeCount: 0,
      }),
    })
    await preview()
    expect(dialog().querySelector<HTMLButtonElement>('[data-testid="booking-save"]')!.disabled).toBe(true)
    expect(textOf(dialog())).toContain('没有可预约的日期')
  })
})

describe('BookingCalendar', () => {
  const OFFICE = spaceUnit({ id: 1, code: 'O-101' })

  async function mountCalendar(permissions = SPACE_WRITER) {
    answer({
      'space.units': () => ({ items: [OFFICE, ROOM], total: 2, page: 1, pageSize: 100 }),
      'booking.list': () => [
        booking(),
        booking({
          id: 32,
          date: '2026-11-28',
          startTime: '14:00',
          endTime: '15:00',
          title: '理事会会议',
          bookerKind: 'organization',
          bookerName: '潘建国',
        }),
      ],
    })
    const { plugins } = appPlugins('zh-CN')
    signIn(permissions)
    useSystemStore().status = systemStatus()
    wrapper = mount(BookingCalendar, { global: { plugins }, attachTo: document.body })
    await settle()
    return wrapper
  }

  it('shows the week of today for the first room, with each booking as a block', async () => {
    await mountCalendar()
    expect(document.body.querySelector('[data-testid="booking-week"]')).not.toBeNull()
    expect(callsTo(callMock, 'booking.list')).toEqual([
      { from: '2026-11-23', to: '2026-11-29', unitIds: [ROOM.id] },
    ])
    const blocks = [...document.body.querySelectorAll('[data-testid="booking-block"]')]
    expect(blocks.map((b) => b.getAttribute('data-title'))).toEqual(['主题党日', '理事会会议'])
    expect(textOf(blocks[0])).toContain('09:00–11:00')
    expect(textOf(blocks[0])).toContain('基地党支部')
    // 周日 is a closed day in the 场地规则.
    const sunday = document.body.querySelector('.col[data-date="2026-11-29"]')!
    expect(textOf(sunday)).toContain('每周闭馆')
  })

  it('a click on a free slot opens 新增预约 for that room, day and time', async () => {
    await mountCalendar()
    const slot = document.body.querySelector(
      '.col[data-date="2026-11-28"] [data-testid="booking-slot"][data-time="10:00"]',
    )!
    await new DOMWrapper(slot).trigger('click')
    await settle()
    expect(isDialogOpen('booking-dialog')).toBe(true)
    expect(dialog().querySelector<HTMLInputElement>('input[name="date"]')!.value).toBe('2026-11-28')
    expect(textOf(dialog())).toContain('M-105')
  })

  it('the day view shows every bookable room as a column', async () => {
    await mountCalendar()
    const day = [...document.body.querySelectorAll('[data-testid="booking-view"] label')].find(
      (l) => textOf(l) === '日',
    )!
    await new DOMWrapper(day.querySelector('input')).setValue(true)
    await settle()
    expect(document.body.querySelector('[data-testid="booking-day"]')).not.toBeNull()
    const heads = [...document.body.querySelectorAll('.col-head .col-title')].map((h) => textOf(h))
    expect(heads).toEqual(['M-105'])
    expect(callsTo(callMock, 'booking.list').at(-1)).toEqual({
      from: '2026-11-27',
      to: '2026-11-27',
      unitIds: [ROOM.id],
    })
  })

  it('an account without booking.write can look but not book', async () => {
    await mountCalendar(SPACE_READER)
    expect(document.body.querySelector('[data-testid="booking-create"]')).toBeNull()
    const slot = document.body.querySelector(
      '.col[data-date="2026-11-28"] [data-testid="booking-slot"][data-time="10:00"]',
    )!
    await new DOMWrapper(slot).trigger('click')
    await settle()
    expect(isDialogOpen('booking-dialog')).toBe(false)
  })
})
