// 空间管理 through dispatch: floors and units on the plan, 分配, the plan for a date, 预约, 占用统计, the
// permissions that matter and the demo plan. Today is Friday 2026-11-27 (tests/core/helpers.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { Floor, SpaceUnit } from '../../src-main/shared/entities'
import type { UnitType } from '../../src-main/shared/enums'
import { count, freshBase, orgDraft, snapshotCounts, type Caller, type TestBase } from './helpers'

let base: TestBase
let placedSoFar = 0
beforeEach(async () => {
  base = await freshBase({ today: '2026-11-27' })
  placedSoFar = 0
})
afterEach(() => base.close())

// ---- set-up helpers ----

async function floor(name = '一层', sortOrder = 1): Promise<Floor> {
  return base.ok('space.floorSave', { name, sortOrder, gridWidth: 40, gridHeight: 24 })
}

/** A unit; placed on the next free 5 × 5 cell of a 40 × 24 grid unless the test gives its own place. */
async function unit(
  floorId: number,
  code: string,
  unitType: UnitType,
  areaM2: number,
  extra: Partial<ChannelInput<'space.unitSave'>> = {},
): Promise<SpaceUnit> {
  const n = placedSoFar++
  return base.ok('space.unitSave', {
    floorId,
    code,
    unitType,
    areaM2,
    seats: unitType === 'workstation' ? 1 : 20,
    amenities: [],
    x: (n % 8) * 5,
    y: Math.floor(n / 8) * 5,
    w: 5,
    h: 5,
    ...extra,
  })
}

/** An organisation (筹备中, so no 统一社会信用代码 needed), with its 入驻协议 dates when given. */
async function org(name: string, agreementStart: string | null = null, agreementEnd: string | null = null) {
  return base.ok(
    'organization.create',
    orgDraft({
      name,
      shortName: name,
      uscc: null,
      legalType: 'preparing',
      agreementStart,
      agreementEnd,
      acceptWarnings: true,
    }),
  )
}

async function allocate(
  unitId: number,
  organizationId: number,
  startDate?: string,
  endDate?: string,
  caller: Caller = base,
) {
  return caller.ok('allocation.create', { unitId, organizationId, startDate, endDate })
}

async function rules(overrides: Partial<ChannelInput<'space.updateSettings'>> = {}) {
  return base.ok('space.updateSettings', {
    bufferMinutes: 15,
    openFrom: '08:30',
    openUntil: '21:00',
    closedWeekdays: [],
    closedDates: [],
    referenceRentFen: 150,
    ...overrides,
  })
}

function booking(
  unitId: number,
  overrides: Partial<ChannelInput<'booking.create'>> = {},
): ChannelInput<'booking.create'> {
  return {
    unitId,
    date: '2026-12-01',
    startTime: '09:00',
    endTime: '10:00',
    bookerKind: 'base',
    bookerName: '基地办公室',
    title: '新入驻组织交流会',
    attendees: 10,
    ...overrides,
  }
}

// ---- floors and units ----

describe('空间单元 and the plan geometry', () => {
  it('a unit code is unique across floors, ignoring case, and the message names the floor holding it', async () => {
    const one = await floor('一层', 1)
    const two = await floor('二层', 2)
    const office = await unit(one.id, 'O-101', 'office', 24)
    const before = snapshotCounts(base.db)
    const error = await base.err('space.unitSave', {
      floorId: two.id,
      code: 'o-101',
      unitType: 'office',
      areaM2: 30,
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.code?.message).toBe('编号“o-101”已被“一层”的单元使用，请换一个编号。')
    expect(snapshotCounts(base.db)).toEqual(before)
    // Saving the unit itself under its own code is fine.
    const renamed = await base.ok('space.unitSave', {
      id: office.id,
      floorId: one.id,
      code: 'O-101',
      name: '春风办公室',
      unitType: 'office',
      areaM2: 25.5,
      x: office.x,
      y: office.y,
      w: office.w,
      h: office.h,
    })
    expect(renamed).toMatchObject({ code: 'O-101', name: '春风办公室', areaM2: 25.5, floorName: '一层' })
  })

  it('a unit outside the grid is refused; one filling the grid up to its edge is fine', async () => {
    const f = await floor()
    const before = snapshotCounts(base.db)
    const outside = await base.err('space.unitSave', {
      floorId: f.id,
      code: 'O-1',
      unitType: 'office',
      areaM2: 20,
      x: 36,
      y: 0,
      w: 5,
      h: 5,
    })
    expect(outside.code).toBe('VALIDATION')
    expect(outside.fields?.x?.message).toBe('超出了平面图的范围（40 × 24 格）。')
    const below = await base.err('space.unitSave', {
      floorId: f.id,
      code: 'O-1',
      unitType: 'office',
      areaM2: 20,
      x: 0,
      y: 20,
      w: 5,
      h: 5,
    })
    expect(below.fields?.x?.key).toBe('space.outsideGrid')
    expect(snapshotCounts(base.db)).toEqual(before)
    await unit(f.id, 'O-1', 'office', 20, { x: 35, y: 19, w: 5, h: 5 })
    // Shrinking the floor's grid under a placed unit is refused too.
    const shrink = await base.err('space.floorSave', {
      id: f.id,
      name: '一层',
      gridWidth: 30,
      gridHeight: 24,
    })
    expect(shrink.fields?.x?.message).toBe('超出了平面图的范围（30 × 24 格）。')
  })

  it('overlapping units on the plan are refused; touching rectangles are fine', async () => {
    const f = await floor()
    await unit(f.id, 'A-1', 'office', 20, { x: 0, y: 0, w: 5, h: 5 })
    const before = snapshotCounts(base.db)
    const overlap = await base.err('space.unitSave', {
      floorId: f.id,
      code: 'B-1',
      unitType: 'office',
      areaM2: 20,
      x: 4,
      y: 4,
      w: 5,
      h: 5,
    })
    expect(overlap.code).toBe('VALIDATION')
    expect(overlap.fields?.x?.key).toBe('space.overlapOnPlan')
    expect(overlap.fields?.x?.message).toContain('“A-1”')
    expect(snapshotCounts(base.db)).toEqual(before)
    // Sharing an edge or a corner is not an overlap.
    await unit(f.id, 'B-1', 'office', 20, { x: 5, y: 0, w: 5, h: 5 })
    await unit(f.id, 'C-1', 'office', 20, { x: 5, y: 5, w: 5, h: 5 })
    await unit(f.id, 'D-1', 'office', 20, { x: 0, y: 5, w: 5, h: 5 })
    await unit(f.id, 'E-1', 'office', 20, { x: 10, y: 10, w: 2, h: 2 }) // corner to corner with C-1
    const plan = await base.ok('space.plan', { floorId: f.id, date: '2026-11-27' })
    expect(plan.units.map((u) => u.code)).toEqual(['A-1', 'B-1', 'C-1', 'D-1', 'E-1'])
  })

  it('units not drawn yet are listed as unplaced; saveLayout places and moves them, checking the whole plan', async () => {
    const f = await floor()
    const other = await floor('二层', 2)
    const a = await unit(f.id, 'A-1', 'office', 20, { x: 0, y: 0, w: 5, h: 5 })
    const b = await unit(f.id, 'B-1', 'office', 20, { x: 5, y: 0, w: 5, h: 5 })
    const loose = await unit(f.id, 'F-1', 'workstation', 6, { x: null, y: null, w: null, h: null })
    // A place given only in part is not a place.
    const half = await unit(f.id, 'G-1', 'workstation', 6, { x: 3, y: 3, w: null, h: null })
    expect(half).toMatchObject({ x: null, y: null, w: null, h: null })
    const elsewhere = await unit(other.id, 'Z-1', 'office', 20, { x: 0, y: 0, w: 5, h: 5 })

    let plan = await base.ok('space.plan', { floorId: f.id, date: '2026-11-27' })
    expect(plan.units.map((u) => u.code)).toEqual(['A-1', 'B-1'])
    expect(plan.unplaced.map((u) => u.code)).toEqual(['F-1', 'G-1'])

    // Moving B onto A is refused and nothing moves.
    const before = snapshotCounts(base.db)
    const onTop = await base.err('space.saveLayout', {
      floorId: f.id,
      units: [{ id: b.id, x: 2, y: 0, w: 5, h: 5 }],
    })
    expect(onTop.fields?.x?.key).toBe('space.overlapOnPlan')
    expect(onTop.fields?.x?.message).toContain('A-1')
    const outside = await base.err('space.saveLayout', {
      floorId: f.id,
      units: [{ id: loose.id, x: 38, y: 0, w: 4, h: 2 }],
    })
    expect(outside.fields?.x?.message).toBe('超出了平面图的范围（40 × 24 格）。')
    const foreign = await base.err('space.saveLayout', {
      floorId: f.id,
      units: [{ id: elsewhere.id, x: 20, y: 20, w: 2, h: 2 }],
    })
    expect(foreign).toMatchObject({ code: 'CONFLICT', message: '布局中有不属于该楼层的空间单元。' })
    expect(snapshotCounts(base.db)).toEqual(before)
    expect(
      (await base.ok('space.plan', { floorId: f.id, date: '2026-11-27' })).units.find((u) => u.id === b.id),
    ).toMatchObject({ x: 5, y: 0 })

    // Swapping A and B in one save is valid as a whole; F is drawn; G stays unplaced.
    plan = await base.ok('space.saveLayout', {
      floorId: f.id,
      units: [
        { id: a.id, x: 5, y: 0, w: 5, h: 5 },
        { id: b.id, x: 0, y: 0, w: 5, h: 5 },
        { id: loose.id, x: 10, y: 0, w: 2, h: 2 },
      ],
    })
    expect(plan.units.map((u) => [u.code, u.x, u.y])).toEqual([
      ['A-1', 5, 0],
      ['B-1', 0, 0],
      ['F-1', 10, 0],
    ])
    expect(plan.unplaced.map((u) => u.code)).toEqual(['G-1'])
  })

  it('a unit cannot be archived while allocated today or later; the message names the holder and dates', async () => {
    const f = await floor()
    const endsToday = await unit(f.id, 'O-1', 'office', 20)
    const later = await unit(f.id, 'O-2', 'office', 20)
    const done = await unit(f.id, 'O-3', 'office', 20)
    const jia = await org('甲公益服务中心')
    await allocate(endsToday.id, jia.id, '2026-01-01', '2026-11-27')
    await allocate(later.id, jia.id, '2027-01-01', '2027-12-31')
    await allocate(done.id, jia.id, '2026-01-01', '2026-11-26')

    const before = snapshotCounts(base.db)
    const today = await base.err('space.unitArchive', { id: endsToday.id })
    expect(today.code).toBe('CONFLICT')
    expect(today.message).toBe(
      '“O-1”在 2026-01-01 至 2026-11-27 仍分配给“甲公益服务中心”，请先结束分配再停用归档。',
    )
    const future = await base.err('space.unitArchive', { id: later.id })
    expect(future.message).toBe(
      '“O-2”在 2027-01-01 至 2027-12-31 仍分配给“甲公益服务中心”，请先结束分配再停用归档。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)

    // Ended yesterday: it may be archived; it leaves the plan and cannot be allocated until restored.
    const archived = await base.ok('space.unitArchive', { id: done.id })
    expect(archived.archivedAt).not.toBeNull()
    const plan = await base.ok('space.plan', { floorId: f.id, date: '2026-11-27' })
    expect(plan.units.map((u) => u.code)).toEqual(['O-1', 'O-2'])
    const refused = await base.err('allocation.create', {
      unitId: done.id,
      organizationId: jia.id,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    })
    expect(refused).toMatchObject({ code: 'CONFLICT', message: '该空间单元已停用归档，恢复后才能使用。' })
    expect((await base.ok('space.unitRestore', { id: done.id })).archivedAt).toBeNull()
    await allocate(done.id, jia.id, '2027-01-01', '2027-12-31')
  })
})

// ---- 分配 ----

describe('分配', () => {
  let office: SpaceUnit
  let floorId: number
  beforeEach(async () => {
    floorId = (await floor()).id
    office = await unit(floorId, 'O-101', 'office', 24)
  })

  it('defaults to the organisation’s 入驻协议 dates and records who created it', async () => {
    const jia = await org('甲公益服务中心', '2026-03-01', '2027-02-28')
    const a = await allocate(office.id, jia.id)
    expect(a).toMatchObject({
      unitCode: 'O-101',
      organizationName: '甲公益服务中心',
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      cancelledAt: null,
    })
    expect(a.history).toEqual([
      expect.objectContaining({
        kind: 'created',
        fromEnd: null,
        toEnd: '2027-02-28',
        recordedBy: '基地管理员',
      }),
    ])
    // Given dates win over the agreement; one given date is completed from the agreement.
    const other = await unit(floorId, 'O-102', 'office', 24)
    const partly = await allocate(other.id, jia.id, '2027-01-01')
    expect(partly).toMatchObject({ startDate: '2027-01-01', endDate: '2027-02-28' })
  })

  it('without agreement dates it asks for the dates, and writes nothing', async () => {
    const yi = await org('乙互助会')
    const before = snapshotCounts(base.db)
    const error = await base.err('allocation.create', { unitId: office.id, organizationId: yi.id })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.startDate?.message).toBe('“乙互助会”没有入驻协议日期，请填写分配的开始和结束日期。')
    const onlyStart = await base.err('allocation.create', {
      unitId: office.id,
      organizationId: yi.id,
      startDate: '2026-12-01',
    })
    expect(onlyStart.fields?.startDate?.key).toBe('space.allocationNoAgreement')
    const backwards = await base.err('allocation.create', {
      unitId: office.id,
      organizationId: yi.id,
      startDate: '2026-12-01',
      endDate: '2026-11-30',
    })
    expect(backwards.fields?.endDate?.message).toBe('结束日期不能早于开始日期（2026-12-01）。')
    expect(snapshotCounts(base.db)).toEqual(before)
    // A one-day allocation is fine.
    await allocate(office.id, yi.id, '2026-12-01', '2026-12-01')
  })

  it('touching terms are not overlaps: 01-01..06-30 and 07-01..12-31 both stand', async () => {
    const jia = await org('甲公益服务中心')
    const yi = await org('乙互助会')
    await allocate(office.id, jia.id, '2026-01-01', '2026-06-30')
    await allocate(office.id, yi.id, '2026-07-01', '2026-12-31')
    // And the day before the first one starts, too.
    await allocate(office.id, yi.id, '2025-10-01', '2025-12-31')
    expect(count(base.db, 'space_allocation')).toBe(3)
  })

  it('an allocation ending today and another starting today overlap: refused, naming the holder and dates', async () => {
    const jia = await org('甲公益服务中心')
    const yi = await org('乙互助会')
    await allocate(office.id, jia.id, '2026-01-01', '2026-11-27')
    const before = snapshotCounts(base.db)
    const error = await base.err('allocation.create', {
      unitId: office.id,
      organizationId: yi.id,
      startDate: '2026-11-27',
      endDate: '2027-11-26',
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.unitId?.message).toBe(
      '该单元在 2026-01-01 至 2026-11-27 已分配给“甲公益服务中心”，与所选日期重叠。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
    // The next day is free.
    await allocate(office.id, yi.id, '2026-11-28', '2027-11-26')
  })

  it('containment either way and identical ranges are refused, each naming the holder and writing nothing', async () => {
    const jia = await org('甲公益服务中心')
    const yi = await org('乙互助会')
    await allocate(office.id, jia.id, '2026-03-01', '2026-08-31')
    const message = '该单元在 2026-03-01 至 2026-08-31 已分配给“甲公益服务中心”，与所选日期重叠。'
    const before = snapshotCounts(base.db)
    for (const [startDate, endDate] of [
      ['2026-04-01', '2026-04-30'], // inside
      ['2026-01-01', '2026-12-31'], // around
      ['2026-03-01', '2026-08-31'], // identical
      ['2026-08-31', '2026-08-31'], // the last day alone
      ['2026-01-01', '2026-03-01'], // ends on its first day
    ] as const) {
      const error = await base.err('allocation.create', {
        unitId: office.id,
        organizationId: yi.id,
        startDate,
        endDate,
      })
      expect(error.fields?.unitId?.message, `${startDate}..${endDate}`).toBe(message)
    }
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('an allocation overlapping a 维修 or 停用 period is refused, naming it and its dates', async () => {
    const jia = await org('甲公益服务中心')
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: office.id,
      kind: 'maintenance',
      startDate: '2027-01-10',
      endDate: '2027-01-20',
      note: '更换地板',
    })
    const before = snapshotCounts(base.db)
    const repair = await base.err('allocation.create', {
      unitId: office.id,
      organizationId: jia.id,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    })
    expect(repair.fields?.unitId?.message).toBe('该单元在 2027-01-10 至 2027-01-20 维修，这段时间不能分配。')
    // Touching the period on either side is fine.
    await allocate(office.id, jia.id, '2026-12-01', '2027-01-09')

    const desk = await unit(floorId, 'W-01', 'workstation', 6)
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: desk.id,
      kind: 'disabled',
      startDate: '2027-03-01',
    })
    const disabled = await base.err('allocation.create', {
      unitId: desk.id,
      organizationId: jia.id,
      startDate: '2027-06-01',
      endDate: '2027-06-30',
    })
    expect(disabled.fields?.unitId?.message).toBe('该单元自 2027-03-01 起长期停用，这段时间不能分配。')
    expect(count(base.db, 'space_allocation')).toBe(before.space_allocation! + 1)
    // Until the day before it starts, the desk can be allocated; a cancelled outage no longer blocks.
    await allocate(desk.id, jia.id, '2027-01-01', '2027-02-28')
    const detail = await base.ok('space.unitGet', { id: desk.id })
    await base.ok('space.outageCancel', { id: detail.outages[0]!.id, reason: '录入错误' })
    await allocate(desk.id, jia.id, '2027-03-01', '2027-12-31')
  })

  it('only offices and workstations are allocated; a meeting room is refused', async () => {
    const jia = await org('甲公益服务中心')
    const room = await unit(floorId, 'M-1', 'meeting_room', 60)
    const error = await base.err('allocation.create', {
      unitId: room.id,
      organizationId: jia.id,
      startDate: '2026-12-01',
      endDate: '2027-11-30',
    })
    expect(error.fields?.unitId?.message).toBe('“M-1”是会议室，只能预约，不能长期分配。')
    const desk = await unit(floorId, 'W-01', 'workstation', 6)
    await allocate(desk.id, jia.id, '2026-12-01', '2027-11-30')
  })

  // BUG: space.unitSave lets a unit change its type while it is allocated, so an office held by 甲 can become a
  // 会议室: it then stays 已分配 on the plan, can also be booked by the hour (bookableUnit checks the type only),
  // and drops out of the occupancy statistics and 甲's in-kind value (they count offices and workstations).
  // Suggested fix: in 'space.unitSave', when the type changes from an allocatable to a bookable one (or back),
  // refuse with CONFLICT while an allocation ends today or later (same query and message shape as
  // space.unitArchive's 'space.unitInUse'), and while live bookings from today on exist for the reverse change.
  it('BUG: an allocated office cannot be turned into a meeting room', async () => {
    const jia = await org('甲公益服务中心')
    await allocate(office.id, jia.id, '2026-01-01', '2027-12-31')
    const error = await base.err('space.unitSave', {
      id: office.id,
      floorId,
      code: 'O-101',
      unitType: 'meeting_room',
      areaM2: 24,
      x: office.x,
      y: office.y,
      w: office.w,
      h: office.h,
    })
    expect(['CONFLICT', 'VALIDATION']).toContain(error.code)
  })

  it('extend (续期): must be later, must not run into the next holder, and keeps the history', async () => {
    const jia = await org('甲公益服务中心')
    const yi = await org('乙互助会')
    const a = await allocate(office.id, jia.id, '2026-01-01', '2026-06-30')
    await allocate(office.id, yi.id, '2026-09-01', '2026-12-31')
    const before = snapshotCounts(base.db)
    const same = await base.err('allocation.extend', { id: a.id, endDate: '2026-06-30' })
    expect(same.fields?.endDate?.message).toBe('续期后的结束日期应晚于当前结束日期（2026-06-30）。')
    const earlier = await base.err('allocation.extend', { id: a.id, endDate: '2026-05-31' })
    expect(earlier.fields?.endDate?.key).toBe('space.extendNotLater')
    const intoNext = await base.err('allocation.extend', { id: a.id, endDate: '2026-09-01' })
    expect(intoNext.fields?.unitId?.message).toBe(
      '该单元在 2026-09-01 至 2026-12-31 已分配给“乙互助会”，与所选日期重叠。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)

    const extended = await base.ok('allocation.extend', { id: a.id, endDate: '2026-08-31', note: '续签' })
    expect(extended.endDate).toBe('2026-08-31')
    expect(extended.history.map((e) => [e.kind, e.fromEnd, e.toEnd, e.note])).toEqual([
      ['created', null, '2026-06-30', null],
      ['extended', '2026-06-30', '2026-08-31', '续签'],
    ])
    // The unit detail shows it too.
    const detail = await base.ok('space.unitGet', { id: office.id })
    expect(detail.allocations.map((x) => [x.organizationName, x.startDate, x.endDate])).toEqual([
      ['乙互助会', '2026-09-01', '2026-12-31'],
      ['甲公益服务中心', '2026-01-01', '2026-08-31'],
    ])
  })

  it('extend into a 维修 period is refused', async () => {
    const jia = await org('甲公益服务中心')
    const a = await allocate(office.id, jia.id, '2026-01-01', '2026-12-31')
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: office.id,
      kind: 'maintenance',
      startDate: '2027-02-01',
      endDate: '2027-02-10',
    })
    const error = await base.err('allocation.extend', { id: a.id, endDate: '2027-12-31' })
    expect(error.fields?.unitId?.message).toBe('该单元在 2027-02-01 至 2027-02-10 维修，这段时间不能分配。')
    await base.ok('allocation.extend', { id: a.id, endDate: '2027-01-31' })
  })

  it('end early (提前结束): must be earlier and not before the start; the freed days can be allocated again', async () => {
    const jia = await org('甲公益服务中心')
    const yi = await org('乙互助会')
    const a = await allocate(office.id, jia.id, '2026-01-01', '2026-12-31')
    const message = '提前结束的日期应早于当前结束日期（2026-12-31），且不早于开始日期（2026-01-01）。'
    for (const endDate of ['2026-12-31', '2027-01-10', '2025-12-31']) {
      const error = await base.err('allocation.endEarly', { id: a.id, endDate })
      expect(error.fields?.endDate?.message, endDate).toBe(message)
    }
    const ended = await base.ok('allocation.endEarly', { id: a.id, endDate: '2026-11-30', note: '提前退租' })
    expect(ended.endDate).toBe('2026-11-30')
    expect(ended.history.at(-1)).toMatchObject({
      kind: 'ended_early',
      fromEnd: '2026-12-31',
      toEnd: '2026-11-30',
      note: '提前退租',
    })
    await allocate(office.id, yi.id, '2026-12-01', '2026-12-31')
    // Ending on the start day itself is allowed (a one-day term).
    const b = await allocate(
      (await unit(floorId, 'O-102', 'office', 24)).id,
      jia.id,
      '2026-12-01',
      '2027-03-31',
    )
    expect((await base.ok('allocation.endEarly', { id: b.id, endDate: '2026-12-01' })).endDate).toBe(
      '2026-12-01',
    )
  })

  it('cancel (撤销) needs a reason; the cancelled one stops blocking and stays on record', async () => {
    const jia = await org('甲公益服务中心')
    const yi = await org('乙互助会')
    const a = await allocate(office.id, jia.id, '2026-01-01', '2026-12-31')
    const before = snapshotCounts(base.db)
    const noReason = await base.err('allocation.cancel', { id: a.id, reason: '  ' })
    expect(noReason.code).toBe('VALIDATION')
    expect(noReason.fields?.reason?.message).toBe('此项为必填项。')
    expect(snapshotCounts(base.db)).toEqual(before)

    const cancelled = await base.ok('allocation.cancel', { id: a.id, reason: '录入错误' })
    expect(cancelled.cancelledAt).not.toBeNull()
    expect(cancelled.history.at(-1)).toMatchObject({
      kind: 'cancelled',
      fromEnd: '2026-12-31',
      note: '录入错误',
    })
    // The same dates are now free.
    const b = await allocate(office.id, yi.id, '2026-01-01', '2026-12-31')
    const listed = await base.ok('allocation.list', { unitId: office.id })
    expect(listed.items.map((x) => x.id)).toEqual([b.id])
    const all = await base.ok('allocation.list', { unitId: office.id, includeCancelled: true })
    expect(all.total).toBe(2)
    expect(all.items.find((x) => x.id === a.id)?.cancelledAt).not.toBeNull()
    // A cancelled allocation cannot change any more.
    const again = await base.err('allocation.cancel', { id: a.id, reason: '再次' })
    expect(again).toMatchObject({ code: 'CONFLICT', message: '该分配已撤销，不能再修改。' })
    expect((await base.err('allocation.extend', { id: a.id, endDate: '2027-06-30' })).code).toBe('CONFLICT')
    expect((await base.err('allocation.endEarly', { id: a.id, endDate: '2026-06-30' })).code).toBe('CONFLICT')
  })

  it('endAllFor ends the current ones on the date, cancels the later ones, leaves ended ones alone', async () => {
    const jia = await org('甲公益服务中心')
    const yi = await org('乙互助会')
    const [u1, u2, u3, u4, u5] = [
      office,
      await unit(floorId, 'O-102', 'office', 24),
      await unit(floorId, 'O-103', 'office', 24),
      await unit(floorId, 'O-104', 'office', 24),
      await unit(floorId, 'O-105', 'office', 24),
    ]
    const old = await allocate(u1.id, jia.id, '2025-01-01', '2025-12-31')
    const current = await allocate(u2.id, jia.id, '2026-01-01', '2027-06-30')
    const later = await allocate(u3.id, jia.id, '2027-01-01', '2027-12-31')
    const endsThatDay = await allocate(u4.id, jia.id, '2026-06-01', '2026-11-30')
    const others = await allocate(u5.id, yi.id, '2026-01-01', '2027-06-30')

    expect(
      await base.ok('allocation.endAllFor', { organizationId: jia.id, endDate: '2026-11-30', note: '出壳' }),
    ).toEqual({ ended: 2 })
    const get = async (id: number) =>
      (await base.ok('allocation.list', { includeCancelled: true, pageSize: 100 })).items.find(
        (x) => x.id === id,
      )
    expect(await get(old.id)).toMatchObject({ endDate: '2025-12-31', cancelledAt: null })
    expect((await get(old.id))?.history).toHaveLength(1)
    const cur = await get(current.id)
    expect(cur).toMatchObject({ endDate: '2026-11-30', cancelledAt: null })
    expect(cur?.history.at(-1)).toMatchObject({
      kind: 'ended_early',
      fromEnd: '2027-06-30',
      toEnd: '2026-11-30',
      note: '出壳',
    })
    const lat = await get(later.id)
    expect(lat?.cancelledAt).not.toBeNull()
    expect(lat?.history.at(-1)).toMatchObject({ kind: 'cancelled', note: '出壳' })
    expect(await get(endsThatDay.id)).toMatchObject({ endDate: '2026-11-30', cancelledAt: null })
    expect((await get(endsThatDay.id))?.history).toHaveLength(1)
    expect(await get(others.id)).toMatchObject({ endDate: '2027-06-30', cancelledAt: null })
    // Nothing left to end.
    expect(await base.ok('allocation.endAllFor', { organizationId: jia.id, endDate: '2026-11-30' })).toEqual({
      ended: 0,
    })
  })

  it('allocation.list endingWithinDays: 30 lists those ending from today to today + 30, by end date', async () => {
    const jia = await org('甲公益服务中心')
    const ends = ['2026-12-28', '2026-11-26', '2026-12-27', '2026-11-27', '2026-12-10']
    for (const [i, end] of ends.entries()) {
      const u = await unit(floorId, `E-${i + 1}`, 'workstation', 6)
      await allocate(u.id, jia.id, '2026-01-01', end)
    }
    const within = await base.ok('allocation.list', { endingWithinDays: 30 })
    expect(within.total).toBe(3)
    expect(within.items.map((a) => a.endDate)).toEqual(['2026-11-27', '2026-12-10', '2026-12-27'])
    const today = await base.ok('allocation.list', { endingWithinDays: 0 })
    expect(today.items.map((a) => a.endDate)).toEqual(['2026-11-27'])
  })
})

// ---- the plan for a date ----

describe('平面图 for a date', () => {
  it('colours each unit free / allocated / expiring / out_of_service / bookable, with holder and outage', async () => {
    const f = await floor()
    const jia = await org('甲公益服务中心')
    const yi = await org('乙互助会')
    const u = {
      long: await unit(f.id, 'O-1', 'office', 20),
      in30: await unit(f.id, 'O-2', 'office', 20),
      in31: await unit(f.id, 'O-3', 'office', 20),
      endsOnDate: await unit(f.id, 'O-4', 'office', 20),
      startsNextDay: await unit(f.id, 'O-5', 'office', 20),
      free: await unit(f.id, 'O-6', 'office', 20),
      repair: await unit(f.id, 'W-1', 'workstation', 6),
      disabled: await unit(f.id, 'W-2', 'workstation', 6),
      room: await unit(f.id, 'M-1', 'meeting_room', 60),
      roomRepair: await unit(f.id, 'M-2', 'meeting_room', 40),
      cancelled: await unit(f.id, 'O-7', 'office', 20),
    }
    await allocate(u.long.id, jia.id, '2026-01-01', '2027-12-31')
    await allocate(u.in30.id, jia.id, '2026-01-01', '2026-12-31') // 30 days after 12-01
    await allocate(u.in31.id, yi.id, '2026-01-01', '2027-01-01') // 31 days after
    await allocate(u.endsOnDate.id, yi.id, '2026-06-01', '2026-12-01')
    await allocate(u.startsNextDay.id, yi.id, '2026-12-02', '2027-06-30')
    const gone = await allocate(u.cancelled.id, jia.id, '2026-01-01', '2027-12-31')
    await base.ok('allocation.cancel', { id: gone.id, reason: '录入错误' })
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: u.repair.id,
      kind: 'maintenance',
      startDate: '2026-11-30',
      endDate: '2026-12-05',
    })
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: u.disabled.id,
      kind: 'disabled',
      startDate: '2026-12-01',
    })
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: u.roomRepair.id,
      kind: 'maintenance',
      startDate: '2026-12-01',
      endDate: '2026-12-01',
    })

    const plan = await base.ok('space.plan', { floorId: f.id, date: '2026-12-01' })
    expect(plan.date).toBe('2026-12-01')
    expect(plan.floor).toMatchObject({ name: '一层', unitCount: 11 })
    const by = new Map(plan.units.map((p) => [p.code, p]))
    const state = (code: string) => by.get(code)?.state
    expect(state('O-1')).toBe('allocated')
    expect(by.get('O-1')?.holder).toEqual({
      organizationId: jia.id,
      organizationName: '甲公益服务中心',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
    })
    expect(state('O-2')).toBe('expiring')
    expect(state('O-3')).toBe('allocated')
    // Ending on the date still holds it that day (and it expires within 30 days).
    expect(state('O-4')).toBe('expiring')
    expect(by.get('O-4')?.holder).toMatchObject({ organizationName: '乙互助会', endDate: '2026-12-01' })
    // Starting the day after does not.
    expect(state('O-5')).toBe('free')
    expect(by.get('O-5')?.holder).toBeNull()
    expect(state('O-6')).toBe('free')
    expect(state('O-7')).toBe('free')
    expect(state('W-1')).toBe('out_of_service')
    expect(by.get('W-1')?.outage).toEqual({
      kind: 'maintenance',
      startDate: '2026-11-30',
      endDate: '2026-12-05',
    })
    expect(state('W-2')).toBe('out_of_service')
    expect(by.get('W-2')?.outage).toEqual({ kind: 'disabled', startDate: '2026-12-01', endDate: null })
    expect(state('M-1')).toBe('bookable')
    expect(by.get('M-1')?.holder).toBeNull()
    expect(state('M-2')).toBe('out_of_service')

    // The day after: O-4 is free, O-5 held, M-2 back in service, W-2 still disabled (no end).
    const next = new Map(
      (await base.ok('space.plan', { floorId: f.id, date: '2026-12-02' })).units.map((p) => [
        p.code,
        p.state,
      ]),
    )
    expect([next.get('O-4'), next.get('O-5'), next.get('M-2'), next.get('W-2')]).toEqual([
      'free',
      'allocated',
      'bookable',
      'out_of_service',
    ])
    // The day before the repair: W-1 free; far later, W-2 still disabled.
    expect(
      (await base.ok('space.plan', { floorId: f.id, date: '2026-11-29' })).units.find((p) => p.code === 'W-1')
        ?.state,
    ).toBe('free')
    expect(
      (await base.ok('space.plan', { floorId: f.id, date: '2030-01-01' })).units.find((p) => p.code === 'W-2')
        ?.state,
    ).toBe('out_of_service')
  })
})

// ---- 预约 ----

describe('预约', () => {
  let desk: Caller
  let room: SpaceUnit
  beforeEach(async () => {
    const f = await floor()
    room = await unit(f.id, 'M-1', 'meeting_room', 60, { name: '第一会议室', seats: 20 })
    desk = await base.as(['front_desk'])
    await rules()
  })

  it('a conflict is refused naming the existing booking and the buffer, writing nothing', async () => {
    await desk.ok(
      'booking.create',
      booking(room.id, { title: '理事会会议', bookerKind: 'mentor', bookerName: '王海燕' }),
    )
    const before = snapshotCounts(base.db)
    const error = await desk.err('booking.create', booking(room.id, { startTime: '09:30', endTime: '10:30' }))
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.date?.message).toBe(
      '与已有预约冲突：2026-12-01 09:00–10:00“理事会会议”（王海燕）。两次预约之间需间隔 15 分钟。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
    // Another room, or another day, is free.
    await desk.ok(
      'booking.create',
      booking(room.id, { date: '2026-12-02', startTime: '09:30', endTime: '10:30' }),
    )
  })

  it('with a buffer of 15 minutes: exactly 15 apart is fine, 14 is refused, before and after', async () => {
    await desk.ok('booking.create', booking(room.id, { startTime: '10:00', endTime: '11:00' }))
    const after14 = await desk.err(
      'booking.create',
      booking(room.id, { startTime: '11:14', endTime: '12:00' }),
    )
    expect(after14.fields?.date?.key).toBe('space.bookingConflict')
    const before14 = await desk.err(
      'booking.create',
      booking(room.id, { startTime: '09:00', endTime: '09:46' }),
    )
    expect(before14.fields?.date?.key).toBe('space.bookingConflict')
    await desk.ok('booking.create', booking(room.id, { startTime: '11:15', endTime: '12:00' }))
    await desk.ok('booking.create', booking(room.id, { startTime: '09:00', endTime: '09:45' }))
    const list = await desk.ok('booking.list', { from: '2026-12-01', to: '2026-12-01' })
    expect(list.map((b) => `${b.startTime}–${b.endTime}`)).toEqual([
      '09:00–09:45',
      '10:00–11:00',
      '11:15–12:00',
    ])
  })

  it('with no buffer, touching slots are fine and one shared minute is not', async () => {
    await rules({ bufferMinutes: 0 })
    await desk.ok('booking.create', booking(room.id, { startTime: '10:00', endTime: '11:00' }))
    await desk.ok('booking.create', booking(room.id, { startTime: '11:00', endTime: '12:00' }))
    await desk.ok('booking.create', booking(room.id, { startTime: '09:00', endTime: '10:00' }))
    const error = await desk.err('booking.create', booking(room.id, { startTime: '11:59', endTime: '12:30' }))
    expect(error.fields?.date?.message).toBe(
      '与已有预约冲突：2026-12-01 11:00–12:00“新入驻组织交流会”（基地办公室）。',
    )
  })

  it('outside opening hours is refused; the opening and closing minutes themselves are bookable', async () => {
    const before = snapshotCounts(base.db)
    for (const [startTime, endTime] of [
      ['08:00', '09:00'],
      ['08:29', '09:00'],
      ['20:30', '21:01'],
      ['20:00', '24:00'],
    ] as const) {
      const error = await desk.err('booking.create', booking(room.id, { startTime, endTime }))
      expect(error.fields?.startTime?.message, startTime).toBe('预约时间应在开放时间 08:30–21:00 之内。')
    }
    expect(snapshotCounts(base.db)).toEqual(before)
    await desk.ok('booking.create', booking(room.id, { startTime: '08:30', endTime: '09:30' }))
    await desk.ok('booking.create', booking(room.id, { startTime: '20:00', endTime: '21:00' }))
    // Opening hours follow the settings.
    await rules({ openFrom: '07:00', openUntil: '22:00' })
    await desk.ok('booking.create', booking(room.id, { startTime: '07:00', endTime: '08:00' }))
    const backwards = await base.err('space.updateSettings', {
      bufferMinutes: 15,
      openFrom: '18:00',
      openUntil: '09:00',
      closedWeekdays: [],
      closedDates: [],
      referenceRentFen: 150,
    })
    expect(backwards.fields?.openUntil?.message).toBe('开放结束时间应晚于开始时间。')
  })

  it('a closed weekday or closed date is refused', async () => {
    await rules({ closedWeekdays: [0], closedDates: ['2026-12-25'] })
    const sunday = await desk.err('booking.create', booking(room.id, { date: '2026-11-29' }))
    expect(sunday.fields?.date?.message).toBe('2026-11-29 是闭馆日，不能预约。')
    const christmas = await desk.err('booking.create', booking(room.id, { date: '2026-12-25' }))
    expect(christmas.fields?.date?.message).toBe('2026-12-25 是闭馆日，不能预约。')
    await desk.ok('booking.create', booking(room.id, { date: '2026-11-28' })) // a Saturday
    await desk.ok('booking.create', booking(room.id, { date: '2026-12-24' }))
  })

  it('a room under 维修 or 停用 cannot be booked in that period', async () => {
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: room.id,
      kind: 'maintenance',
      startDate: '2026-12-02',
      endDate: '2026-12-04',
    })
    const before = snapshotCounts(base.db)
    const error = await desk.err('booking.create', booking(room.id, { date: '2026-12-03' }))
    expect(error.fields?.date?.message).toBe('该房间在 2026-12-03 维修，不能预约。')
    expect(snapshotCounts(base.db)).toEqual(before)
    await desk.ok('booking.create', booking(room.id, { date: '2026-12-05' }))
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: room.id,
      kind: 'disabled',
      startDate: '2027-01-01',
    })
    expect(
      (await desk.err('booking.create', booking(room.id, { date: '2027-03-01' }))).fields?.date?.message,
    ).toBe('该房间在 2027-03-01 停用，不能预约。')
  })

  it('a date in the past is refused; today is fine', async () => {
    const error = await desk.err('booking.create', booking(room.id, { date: '2026-11-26' }))
    expect(error.fields?.date?.message).toBe('不能预约已经过去的日期（2026-11-26）。')
    await desk.ok('booking.create', booking(room.id, { date: '2026-11-27' }))
  })

  it('an office is not booked by the hour', async () => {
    const office = await unit(room.floorId, 'O-1', 'office', 20)
    const error = await desk.err('booking.create', booking(office.id))
    expect(error.fields?.unitId?.message).toBe('“O-1”是独立办公室，只能长期分配，不能按时段预约。')
  })

  it('a booking for an organisation needs the organisation', async () => {
    const error = await desk.err('booking.create', booking(room.id, { bookerKind: 'organization' }))
    expect(error.fields?.organizationId?.message).toBe('请选择预约的入驻组织。')
    const unknown = await desk.err(
      'booking.create',
      booking(room.id, { bookerKind: 'organization', organizationId: 9999 }),
    )
    expect(unknown.fields?.organizationId?.key).toBe('common.notFound')
    const jia = await org('甲公益服务中心')
    const made = await desk.ok(
      'booking.create',
      booking(room.id, { bookerKind: 'organization', organizationId: jia.id, bookerName: '王海燕' }),
    )
    expect(made).toMatchObject({ bookerKind: 'organization', organizationId: jia.id, unitName: '第一会议室' })
  })

  it('more attendees than seats asks for confirmation, then is accepted', async () => {
    const before = snapshotCounts(base.db)
    const warned = await desk.err('booking.create', booking(room.id, { attendees: 25 }))
    expect(warned.code).toBe('NEEDS_CONFIRMATION')
    expect(warned.warnings?.attendees?.message).toBe(
      '参加人数 25 人超过了房间座位数 20 个。确认无误可继续保存。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
    const accepted = await desk.ok(
      'booking.create',
      booking(room.id, { attendees: 25, acceptWarnings: true }),
    )
    expect(accepted.attendees).toBe(25)
    // Exactly the seats: no warning.
    await desk.ok('booking.create', booking(room.id, { date: '2026-12-02', attendees: 20 }))
  })

  it('cancelling a booking frees its slot', async () => {
    const first = await desk.ok('booking.create', booking(room.id))
    expect((await desk.err('booking.create', booking(room.id))).fields?.date?.key).toBe(
      'space.bookingConflict',
    )
    const cancelled = await desk.ok('booking.cancel', { id: first.id, reason: '改期' })
    expect(cancelled).toMatchObject({ cancelReason: '改期' })
    expect(cancelled.cancelledAt).not.toBeNull()
    await desk.ok('booking.create', booking(room.id))
    const again = await desk.err('booking.cancel', { id: first.id })
    expect(again).toMatchObject({ code: 'CONFLICT', message: '该预约已取消。' })
    expect(await desk.ok('booking.list', { from: '2026-12-01', to: '2026-12-01' })).toHaveLength(1)
  })

  // BUG: 维修/停用 can be added over days that already have live bookings, without a word: the bookings stay in
  // the list as if the room were usable ("a unit under 维修 or 停用 cannot be … booked in that period"), nobody
  // is told to move them, and occupancy.rooms then counts their hours as booked on days it no longer counts as
  // open (the rate can exceed 100 %). The same holds for allocations under a new outage and for a room archived
  // with future bookings. Suggested fix: in 'space.outageAdd', look up live bookings (and allocations) of the
  // unit within the period; refuse naming the first one, or return NEEDS_CONFIRMATION listing them (add
  // acceptWarnings to outageAddInput) and, once confirmed, cancel those bookings with the outage as the reason.
  it('BUG: a 维修 period over an existing booking is not added silently', async () => {
    await desk.ok('booking.create', booking(room.id, { date: '2026-12-03' }))
    const error = await base.err('space.outageAdd', {
      unitId: room.id,
      kind: 'maintenance',
      startDate: '2026-12-02',
      endDate: '2026-12-04',
    })
    expect(['CONFLICT', 'NEEDS_CONFIRMATION', 'VALIDATION']).toContain(error.code)
  })

  describe('a weekly series across a closed day, a 维修 period and an existing booking', () => {
    // Tuesdays 2026-12-01 … 2027-01-05, 14:00–16:00:
    //   12-01 free · 12-08 free · 12-15 维修 (12-14..12-16) · 12-22 existing 15:00–16:00 · 12-29 closed · 01-05 free
    const series = {
      startTime: '14:00',
      endTime: '16:00',
      fromDate: '2026-12-01',
      toDate: '2027-01-05',
    }
    beforeEach(async () => {
      await rules({ closedDates: ['2026-12-29'] })
      await base.ok('space.outageAdd', {
        acceptWarnings: true,
        unitId: room.id,
        kind: 'maintenance',
        startDate: '2026-12-14',
        endDate: '2026-12-16',
      })
      await desk.ok(
        'booking.create',
        booking(room.id, {
          date: '2026-12-22',
          startTime: '15:00',
          endTime: '16:00',
          bookerKind: 'branch',
          bookerName: '基地党支部',
          title: '支部党员大会',
        }),
      )
    })

    it('previews each date with its status, writing nothing', async () => {
      const before = snapshotCounts(base.db)
      const preview = await desk.ok('booking.previewSeries', { unitId: room.id, ...series })
      expect(preview.dates.map((d) => [d.date, d.status])).toEqual([
        ['2026-12-01', 'free'],
        ['2026-12-08', 'free'],
        ['2026-12-15', 'out_of_service'],
        ['2026-12-22', 'conflict'],
        ['2026-12-29', 'closed'],
        ['2027-01-05', 'free'],
      ])
      expect(preview.freeCount).toBe(3)
      expect(preview.dates[0]?.notice).toBeNull()
      expect(preview.dates[2]?.notice?.message).toBe('该房间在 2026-12-15 维修，不能预约。')
      expect(preview.dates[3]?.notice?.message).toBe(
        '与已有预约冲突：2026-12-22 15:00–16:00“支部党员大会”（基地党支部）。两次预约之间需间隔 15 分钟。',
      )
      expect(preview.dates[4]?.notice?.message).toBe('2026-12-29 是闭馆日，不能预约。')
      expect(snapshotCounts(base.db)).toEqual(before)
      // Outside opening hours, every date says so.
      const early = await desk.ok('booking.previewSeries', {
        unitId: room.id,
        ...series,
        startTime: '07:00',
        endTime: '09:00',
      })
      expect(new Set(early.dates.map((d) => d.status))).toEqual(new Set(['outside_hours']))
      expect(early.freeCount).toBe(0)
    })

    it('createSeries books only the free dates', async () => {
      const result = await desk.ok('booking.createSeries', {
        unitId: room.id,
        ...series,
        bookerKind: 'mentor',
        bookerName: '刘导师',
        title: '财务规范辅导',
        attendees: 8,
      })
      expect(result).toMatchObject({ created: 3, skipped: 3 })
      const list = await desk.ok('booking.list', { from: '2026-12-01', to: '2027-01-31', unitIds: [room.id] })
      expect(list.map((b) => [b.date, b.startTime, b.title, b.seriesId])).toEqual([
        ['2026-12-01', '14:00', '财务规范辅导', result.seriesId],
        ['2026-12-08', '14:00', '财务规范辅导', result.seriesId],
        ['2026-12-22', '15:00', '支部党员大会', null],
        ['2027-01-05', '14:00', '财务规范辅导', result.seriesId],
      ])
    })

    it('a series with no free date is refused and writes nothing', async () => {
      await rules({ closedWeekdays: [2] }) // Tuesdays closed
      const before = snapshotCounts(base.db)
      const error = await desk.err('booking.createSeries', {
        unitId: room.id,
        ...series,
        bookerKind: 'base',
        bookerName: '基地办公室',
        title: '能力提升培训',
        attendees: 8,
      })
      expect(error).toMatchObject({
        code: 'CONFLICT',
        message: '所选日期范围内没有可预约的日期，未做任何预约。',
      })
      expect(snapshotCounts(base.db)).toEqual(before)
    })

    it('a series may not start in the past nor span more than a year', async () => {
      const past = await desk.err('booking.previewSeries', {
        unitId: room.id,
        ...series,
        fromDate: '2026-11-24',
      })
      expect(past.fields?.fromDate?.message).toBe('不能预约已经过去的日期（2026-11-24）。')
      const long = await desk.err('booking.previewSeries', {
        unitId: room.id,
        ...series,
        toDate: '2027-12-31',
      })
      expect(long.fields?.toDate?.key).toBe('space.seriesRange')
    })

    it('cancelRange cancels the occurrences in the range only; one occurrence can be cancelled alone', async () => {
      const { seriesId } = await desk.ok('booking.createSeries', {
        unitId: room.id,
        ...series,
        bookerKind: 'mentor',
        bookerName: '刘导师',
        title: '财务规范辅导',
        attendees: 8,
      })
      expect(
        await desk.ok('booking.cancelRange', {
          seriesId,
          fromDate: '2026-12-02',
          toDate: '2027-01-04',
          reason: '导师出差',
        }),
      ).toEqual({ cancelled: 1 })
      const dates = async () =>
        (await desk.ok('booking.list', { from: '2026-12-01', to: '2027-01-31' })).map((b) => b.date)
      // 12-08 is gone; 12-01, 01-05 and the branch's own booking (not of the series) remain.
      expect(await dates()).toEqual(['2026-12-01', '2026-12-22', '2027-01-05'])
      // The freed Tuesday can be booked by someone else.
      await desk.ok(
        'booking.create',
        booking(room.id, { date: '2026-12-08', startTime: '14:00', endTime: '16:00' }),
      )
      // One occurrence alone.
      const first = (await desk.ok('booking.list', { from: '2026-12-01', to: '2026-12-01' }))[0]
      await desk.ok('booking.cancel', { id: first!.id, reason: '临时取消' })
      expect(await dates()).toEqual(['2026-12-08', '2026-12-22', '2027-01-05'])
      // The rest of the series.
      expect(
        await desk.ok('booking.cancelRange', { seriesId, fromDate: '2026-12-01', toDate: '2027-01-05' }),
      ).toEqual({ cancelled: 1 })
      expect(await dates()).toEqual(['2026-12-08', '2026-12-22'])
    })
  })

  it('booking.list covers at most 62 days', async () => {
    expect(await desk.ok('booking.list', { from: '2026-12-01', to: '2027-02-01' })).toEqual([])
    const error = await desk.err('booking.list', { from: '2026-12-01', to: '2027-02-02' })
    expect(error.fields?.to?.message).toBe('一次最多查看 62 天的预约。')
    expect((await desk.err('booking.list', { from: '2026-12-02', to: '2026-12-01' })).fields?.to?.key).toBe(
      'space.bookingRangeTooLong',
    )
  })
})

// ---- 占用统计 ----

/*
 * Worked example, by hand.
 *
 * 一层: O-A office 20 m², O-B office 30 m², W-1 workstation 6 m², M-1 meeting room 40 m² (booked, not allocated).
 * 二层: O-C office 25.55 m².
 * Allocatable: offices and workstations, 20 + 30 + 6 + 25.55 = 81.55 m².
 *
 * 甲 holds O-A 2025-07-01 … 2026-12-31; 乙 holds O-B 2026-03-16 … 2026-09-30;
 * 丙 holds O-C 2026-04-01 … 2026-04-13; 丁 holds W-1 2026-04-16 … 2026-04-30.
 * O-B is under 维修 2026-04-11 … 2026-04-20 (10 days, added after 乙's allocation).
 *
 * On 2026-04-13 (丙's last day, still held; O-B under repair, so on neither side):
 *   overall  allocated 20 + 25.55 = 45.55 of 20 + 6 + 25.55 = 51.55 → 0.8836
 *   office   45.55 of 45.55 → 1          workstation 0 of 6 → 0
 *   一层     20 of 26 → 0.7692           二层 25.55 of 25.55 → 1
 * On 2026-04-21 (repair over, O-C free again): 20 + 30 + 6 = 56 of 81.55 → 0.6867.
 *
 * March 2026 (31 days): allocatable 81.55 × 31 = 2528.05 m²·days;
 *   allocated O-A 20 × 31 = 620 + O-B 30 × 16 (03-16 … 03-31) = 480 → 1100 → 0.4351.
 * April 2026 (30 days): allocatable 20 × 30 + 30 × (30 − 10) + 6 × 30 + 25.55 × 30
 *   = 600 + 600 + 180 + 766.5 = 2146.5;
 *   allocated O-A 600 + O-B 30 × 20 = 600 + O-C 25.55 × 13 = 332.15 + W-1 6 × 15 = 90 → 1622.15 → 0.7557.
 *
 * In-kind value 2026 at 150 分 per m² per day:
 *   甲 20 × 365 = 7300 m²·days → 1 095 000 分
 *   乙 30 × (199 − 10) = 30 × 189 = 5670 → 850 500 分  (03-16 … 09-30 is 16+30+31+30+31+31+30 = 199 days)
 *   丙 25.55 × 13 = 332.15 → 49 822.5 → 49 823 分 (half up; half-to-even or truncation would give 49 822)
 *   丁 6 × 15 = 90 → 13 500 分
 *   total 2 008 823 分.
 * In 2025: 甲 20 × 184 (07-01 … 12-31) = 3680 → 552 000 分.
 *
 * Room M-1, opening 09:00–18:00 (9 h), closed on Sundays and on 2026-12-25:
 *   December 2026: 31 days − 4 Sundays (6, 13, 20, 27) − 12-25 = 26 open days → 234 h;
 *   booked 12-01 09:00–12:00 (3 h) + 12-02 14:00–15:30 (1.5 h) + 12-03 09:00–18:00 (9 h) = 13.5 h
 *   (a cancelled 2 h booking on 12-04 does not count) → 13.5 / 234 = 0.0577.
 *   November 2026: 30 − 5 Sundays = 25 days → 225 h; booked today 11-27 16:00–18:00 = 2 h → 0.0089.
 *   With 维修 on 12-14 … 12-16 and a second, overlapping one on 12-15 … 12-18 (merged: Mon 14 … Fri 18),
 *   December loses 5 more open days → 21 × 9 = 189 h → 13.5 / 189.
 */
describe('占用统计, against the worked example above', () => {
  let u: Record<'OA' | 'OB' | 'OC' | 'W1' | 'M1', SpaceUnit>
  let orgs: Record<'jia' | 'yi' | 'bing' | 'ding', number>
  beforeEach(async () => {
    const one = await floor('一层', 1)
    const two = await floor('二层', 2)
    u = {
      OA: await unit(one.id, 'O-A', 'office', 20),
      OB: await unit(one.id, 'O-B', 'office', 30),
      W1: await unit(one.id, 'W-1', 'workstation', 6),
      M1: await unit(one.id, 'M-1', 'meeting_room', 40),
      OC: await unit(two.id, 'O-C', 'office', 25.55),
    }
    orgs = {
      jia: (await org('甲公益服务中心', '2025-07-01', '2026-12-31')).id,
      yi: (await org('乙互助会')).id,
      bing: (await org('丙志愿者协会')).id,
      ding: (await org('丁社工事务所')).id,
    }
    await allocate(u.OA.id, orgs.jia) // the agreement's dates
    await allocate(u.OB.id, orgs.yi, '2026-03-16', '2026-09-30')
    await allocate(u.OC.id, orgs.bing, '2026-04-01', '2026-04-13')
    await allocate(u.W1.id, orgs.ding, '2026-04-16', '2026-04-30')
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: u.OB.id,
      kind: 'maintenance',
      startDate: '2026-04-11',
      endDate: '2026-04-20',
      note: '空调检修',
    })
    await rules({ openFrom: '09:00', openUntil: '18:00', closedWeekdays: [0], closedDates: ['2026-12-25'] })
  })

  it('occupancy.summary: allocated ÷ allocatable m² on a date, overall, by type and by floor', async () => {
    const s = await base.ok('occupancy.summary', { date: '2026-04-13' })
    expect(s.overall).toMatchObject({ allocatedM2: 45.55, allocatableM2: 51.55 })
    expect(s.overall.rate).toBeCloseTo(45.55 / 51.55, 10)
    expect(s.overall.rate).toBeCloseTo(0.8836, 4)
    expect(s.byType).toEqual([
      { key: 'office', allocatedM2: 45.55, allocatableM2: 45.55, rate: 1 },
      { key: 'workstation', allocatedM2: 0, allocatableM2: 6, rate: 0 },
    ])
    expect(s.byFloor.map((r) => [r.key, r.allocatedM2, r.allocatableM2])).toEqual([
      ['一层', 20, 26],
      ['二层', 25.55, 25.55],
    ])
    expect(s.byFloor[0]?.rate).toBeCloseTo(20 / 26, 10)
    expect(s.byFloor[1]?.rate).toBe(1)

    const later = await base.ok('occupancy.summary', { date: '2026-04-21' })
    expect(later.overall).toMatchObject({ allocatedM2: 56, allocatableM2: 81.55 })
    expect(later.overall.rate).toBeCloseTo(0.6867, 4)
    // Nothing allocatable: no rate rather than 0 or NaN.
    const empty = await freshBase()
    try {
      const none = await empty.ok('occupancy.summary', { date: '2026-04-13' })
      expect(none.overall).toEqual({ key: 'overall', allocatedM2: 0, allocatableM2: 0, rate: null })
    } finally {
      empty.close()
    }
  })

  it('occupancy.monthly: day-weighted, the repair days removed from both sides', async () => {
    const months = await base.ok('occupancy.monthly', { year: 2026 })
    expect(months).toHaveLength(12)
    const march = months[2]!
    const april = months[3]!
    expect(march).toMatchObject({ month: '2026-03', allocatedM2Days: 1100, allocatableM2Days: 2528.05 })
    expect(march.rate).toBeCloseTo(1100 / 2528.05, 10)
    expect(march.rate).toBeCloseTo(0.4351, 4)
    expect(april).toMatchObject({ month: '2026-04', allocatedM2Days: 1622.15, allocatableM2Days: 2146.5 })
    expect(april.rate).toBeCloseTo(1622.15 / 2146.5, 10)
    expect(april.rate).toBeCloseTo(0.7557, 4)
  })

  it('occupancy.inKind: m² × days held × reference rent, in 分, rounded half up', async () => {
    const report = await base.ok('occupancy.inKind', { year: 2026 })
    expect(report.referenceRentFen).toBe(150)
    expect(report.rows.map((r) => [r.organizationName, r.m2Days, r.valueFen])).toEqual([
      ['甲公益服务中心', 7300, 1_095_000],
      ['乙互助会', 5670, 850_500],
      ['丙志愿者协会', 332.15, 49_823],
      ['丁社工事务所', 90, 13_500],
    ])
    expect(report.totalFen).toBe(2_008_823)
    const y2025 = await base.ok('occupancy.inKind', { year: 2025 })
    expect(y2025.rows.map((r) => [r.organizationName, r.m2Days, r.valueFen])).toEqual([
      ['甲公益服务中心', 3680, 552_000],
    ])
    // The reference rent comes from the settings.
    await rules({ referenceRentFen: 151 })
    const dearer = await base.ok('occupancy.inKind', { year: 2026 })
    // 丙: 332.15 × 151 = 50 154.65 → 50 155.
    expect(dearer.rows.find((r) => r.organizationId === orgs.bing)?.valueFen).toBe(50_155)
  })

  it('occupancy.rooms: booked hours ÷ open hours by month, closed days and 维修 days not open', async () => {
    const desk = await base.as(['front_desk'])
    const book = (date: string, startTime: string, endTime: string) =>
      desk.ok('booking.create', booking(u.M1.id, { date, startTime, endTime }))
    await book('2026-11-27', '16:00', '18:00')
    await book('2026-12-01', '09:00', '12:00')
    await book('2026-12-02', '14:00', '15:30')
    await book('2026-12-03', '09:00', '18:00')
    const dropped = await book('2026-12-04', '10:00', '12:00')
    await desk.ok('booking.cancel', { id: dropped.id })

    const rows = await base.ok('occupancy.rooms', { year: 2026 })
    // Only the bookable room, twelve months.
    expect(rows).toHaveLength(12)
    expect(new Set(rows.map((r) => r.unitCode))).toEqual(new Set(['M-1']))
    const month = (m: string) => rows.find((r) => r.month === m)
    expect(month('2026-12')).toMatchObject({ bookedHours: 13.5, openHours: 234 })
    expect(month('2026-12')?.rate).toBeCloseTo(13.5 / 234, 10)
    expect(month('2026-11')).toMatchObject({ bookedHours: 2, openHours: 225 })
    expect(month('2026-11')?.rate).toBeCloseTo(2 / 225, 10)
    expect(month('2026-02')).toMatchObject({ bookedHours: 0, openHours: 24 * 9, rate: 0 }) // 28 − 4 Sundays

    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: u.M1.id,
      kind: 'maintenance',
      startDate: '2026-12-14',
      endDate: '2026-12-16',
    })
    await base.ok('space.outageAdd', {
      acceptWarnings: true,
      unitId: u.M1.id,
      kind: 'maintenance',
      startDate: '2026-12-15',
      endDate: '2026-12-18',
    })
    const withRepair = await base.ok('occupancy.rooms', { year: 2026 })
    expect(withRepair.find((r) => r.month === '2026-12')).toMatchObject({ bookedHours: 13.5, openHours: 189 })
  })

  // BUG: archiving a unit (allowed once its allocations have ended) removes all of its past allocations from
  // the in-kind report and from the occupancy statistics of earlier dates, because `units()` in
  // src-main/core/space/occupancy.ts keeps only `u.archived_at IS NULL`. Here 乙 held O-B for 189 days of
  // 2026 and its term ended on 09-30, so O-B may be archived today; once it is, 乙's 850 500 分 disappear from
  // the 2026 report and March 2026 shows 620 / 1598.05 m²·days instead of 1100 / 2528.05.
  // Suggested fix: let `units()` return archived units too, with their archive date, and count a unit (on the
  // allocatable side, and its allocations on the allocated side) only on days before the day it was archived:
  // in occupancyOn skip it when `date >= archived day`; in occupancyByMonth and inKindValue clip its spans to
  // end the day before. The allocations of an archived unit all end before that day anyway.
  it('BUG: archiving a unit removes its past allocations from the in-kind value and the statistics', async () => {
    await base.ok('space.unitArchive', { id: u.OB.id })
    const report = await base.ok('occupancy.inKind', { year: 2026 })
    expect(report.rows.find((r) => r.organizationId === orgs.yi)?.valueFen).toBe(850_500)
    expect(report.totalFen).toBe(2_008_823)
    const march = (await base.ok('occupancy.monthly', { year: 2026 }))[2]
    expect(march).toMatchObject({ allocatedM2Days: 1100, allocatableM2Days: 2528.05 })
  })
})

// ---- permissions ----

describe('permissions, spot checks', () => {
  it('a mentor may book a room but not allocate space', async () => {
    const f = await floor()
    const room = await unit(f.id, 'M-1', 'meeting_room', 60)
    const office = await unit(f.id, 'O-1', 'office', 20)
    const jia = await org('甲公益服务中心')
    const mentor = await base.as(['mentor'])
    await mentor.ok('booking.create', booking(room.id, { bookerKind: 'mentor', bookerName: '刘导师' }))
    const before = snapshotCounts(base.db)
    const error = await mentor.err('allocation.create', {
      unitId: office.id,
      organizationId: jia.id,
      startDate: '2026-12-01',
      endDate: '2027-11-30',
    })
    expect(error.code).toBe('FORBIDDEN')
    expect(
      (
        await mentor.err('space.outageAdd', {
          unitId: office.id,
          kind: 'maintenance',
          startDate: '2026-12-01',
        })
      ).code,
    ).toBe('FORBIDDEN')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('read_only may read the plan and the statistics but not book', async () => {
    const f = await floor()
    const room = await unit(f.id, 'M-1', 'meeting_room', 60)
    const reader = await base.as(['read_only'])
    const plan = await reader.ok('space.plan', { floorId: f.id, date: '2026-11-27' })
    expect(plan.units.map((p) => [p.code, p.state])).toEqual([['M-1', 'bookable']])
    await reader.ok('occupancy.summary', { date: '2026-11-27' })
    await reader.ok('booking.list', { from: '2026-11-27', to: '2026-12-31' })
    const before = snapshotCounts(base.db)
    expect((await reader.err('booking.create', booking(room.id))).code).toBe('FORBIDDEN')
    expect(snapshotCounts(base.db)).toEqual(before)
  })
})

// ---- demo ----

describe('demo plan', () => {
  it('two floors, every unit placed, allocations and bookings without clashes, one outage', async () => {
    const loaded = await base.ok('demo.load', {})
    expect(loaded.units).toBe(36)
    const floors = await base.ok('space.floors', {})
    expect(floors.map((f) => [f.name, f.unitCount])).toEqual([
      ['一层', 13],
      ['二层', 23],
    ])
    for (const f of floors) {
      const plan = await base.ok('space.plan', { floorId: f.id, date: '2026-11-27' })
      expect(plan.unplaced, f.name).toEqual([])
      expect(plan.units).toHaveLength(f.unitCount)
      // Inside the grid, and no two units overlap on the plan.
      for (const [i, a] of plan.units.entries()) {
        expect(a.x + a.w <= f.gridWidth && a.y + a.h <= f.gridHeight, a.code).toBe(true)
        for (const b of plan.units.slice(i + 1)) {
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
          expect(overlap, `${a.code} / ${b.code}`).toBe(false)
        }
      }
    }

    expect(loaded.allocations).toBeGreaterThan(0)
    expect(count(base.db, 'space_allocation')).toBe(loaded.allocations)
    const q = (sql: string) => (base.db.prepare(sql).get() as { n: number }).n
    // No two live allocations of one unit share a day.
    expect(
      q(`SELECT count(*) AS n FROM space_allocation a JOIN space_allocation b
           ON a.unit_id = b.unit_id AND a.id < b.id
         WHERE a.cancelled_at IS NULL AND b.cancelled_at IS NULL
           AND a.start_date <= b.end_date AND b.start_date <= a.end_date`),
    ).toBe(0)
    // Only offices and workstations are allocated, from the agreement's start, never beyond its end.
    expect(
      q(`SELECT count(*) AS n FROM space_allocation a JOIN space_unit u ON u.id = a.unit_id
         JOIN organization o ON o.id = a.organization_id
         WHERE u.unit_type NOT IN ('office', 'workstation') OR a.start_date <> o.agreement_start
           OR a.end_date > o.agreement_end OR a.end_date < a.start_date`),
    ).toBe(0)
    // One outage, on a unit nobody holds during it.
    expect(count(base.db, 'space_unit_outage')).toBe(1)
    expect(
      q(`SELECT count(*) AS n FROM space_unit_outage o JOIN space_allocation a ON a.unit_id = o.unit_id
         WHERE a.cancelled_at IS NULL AND a.start_date <= coalesce(o.end_date, '9999-12-31')
           AND o.start_date <= a.end_date`),
    ).toBe(0)
    const plans = await Promise.all(
      floors.map((f) => base.ok('space.plan', { floorId: f.id, date: '2026-11-27' })),
    )
    expect(plans.flatMap((p) => p.units).filter((p) => p.state === 'out_of_service')).toHaveLength(1)

    // Bookings: only rooms, within opening hours, on open days, and no two live bookings of a room on a date
    // overlap — not even within the 15-minute buffer.
    expect(loaded.bookings).toBeGreaterThan(0)
    const settings = await base.ok('space.settings', {})
    expect(settings).toMatchObject({
      bufferMinutes: 15,
      openFrom: '08:30',
      openUntil: '21:00',
      closedWeekdays: [0],
    })
    expect(
      q(`SELECT count(*) AS n FROM space_booking a JOIN space_booking b
           ON a.unit_id = b.unit_id AND a.date = b.date AND a.id < b.id
         WHERE a.cancelled_at IS NULL AND b.cancelled_at IS NULL
           AND a.start_min < b.end_min + ${settings.bufferMinutes}
           AND b.start_min < a.end_min + ${settings.bufferMinutes}`),
    ).toBe(0)
    expect(
      q(`SELECT count(*) AS n FROM space_booking b JOIN space_unit u ON u.id = b.unit_id
         WHERE u.unit_type IN ('office', 'workstation') OR b.start_min < 510 OR b.end_min > 1260
           OR strftime('%w', b.date) = '0'`),
    ).toBe(0)
    const closed = new Set(settings.closedDates)
    const dates = base.db.prepare('SELECT DISTINCT date FROM space_booking').pluck().all() as string[]
    expect(dates.filter((d) => closed.has(d))).toEqual([])
  })
})

describe('guards added after review', () => {
  let desk: Caller
  let room: SpaceUnit
  let office: SpaceUnit
  beforeEach(async () => {
    const f = await floor()
    room = await unit(f.id, 'M-1', 'meeting_room', 60, { seats: 10 })
    office = await unit(f.id, 'O-1', 'office', 25)
    desk = await base.as(['front_desk'])
    await rules()
  })

  it('维修 over existing bookings asks first, then cancels them; nothing changes until confirmed', async () => {
    await desk.ok('booking.create', booking(room.id, { date: '2026-12-02', title: '理事会会议' }))
    await desk.ok('booking.create', booking(room.id, { date: '2026-12-09' }))
    const before = snapshotCounts(base.db)
    const outage = {
      unitId: room.id,
      kind: 'maintenance' as const,
      startDate: '2026-12-01',
      endDate: '2026-12-05',
    }
    const asked = await base.err('space.outageAdd', outage)
    expect(asked.code).toBe('NEEDS_CONFIRMATION')
    expect(asked.warnings?.startDate?.message).toBe(
      '这段时间该房间已有 1 项预约（最早为 2026-12-02 09:00“理事会会议”）。确认后这些预约将被取消。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
    await base.ok('space.outageAdd', { ...outage, acceptWarnings: true })
    const left = await base.ok('booking.list', { from: '2026-12-01', to: '2026-12-31', unitIds: [room.id] })
    expect(left.map((b) => b.date)).toEqual(['2026-12-09'])
  })

  it('an office in use cannot become a meeting room, nor a booked room an office', async () => {
    const jia = await org('甲服务社', '2026-01-01', '2027-12-31')
    await allocate(office.id, jia.id, '2026-01-01', '2027-12-31')
    const toRoom = await base.err('space.unitSave', {
      id: office.id,
      floorId: office.floorId,
      code: office.code,
      unitType: 'meeting_room',
      areaM2: 25,
    })
    expect(toRoom.message).toBe('“O-1”仍有进行中的分配，不能在可分配与可预约两类之间改变类型。')
    await desk.ok('booking.create', booking(room.id))
    const toOffice = await base.err('space.unitSave', {
      id: room.id,
      floorId: room.floorId,
      code: room.code,
      unitType: 'office',
      areaM2: 60,
    })
    expect(toOffice.message).toContain('预约')
  })

  it('a clash is refused before the capacity question; a time already past today is refused', async () => {
    await desk.ok('booking.create', booking(room.id))
    const clash = await desk.err('booking.create', booking(room.id, { attendees: 50 }))
    expect(clash.code).toBe('VALIDATION')
    // The clock of these tests stands at 09:00 on 2026-11-27.
    const past = await desk.err(
      'booking.create',
      booking(room.id, { date: '2026-11-27', startTime: '08:30', endTime: '09:30' }),
    )
    expect(past.fields?.startTime?.message).toBe('不能预约已经过去的时间（今天 09:00 之前）。')
    await desk.ok(
      'booking.create',
      booking(room.id, { date: '2026-11-27', startTime: '10:00', endTime: '11:00' }),
    )
  })
})
