// 空间管理: floors, units with their place on the plan, 维修/停用 periods, the plan for a date, 场地规则.
import type { FloorPlan, PlanUnit, SpaceUnitDetail } from '../../shared/entities'
import { BOOKABLE_UNIT_TYPES } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { DomainError, fail, failOnProblems, notice } from '../errors'
import { daysBetween } from '../lib/dates'
import { defineHandlers } from '../registry'
import { readSpaceSettings, writeSetting } from '../system/settings'
import { centi, toClock, toMinutes } from './intervals'
import {
  ALLOCATION_SELECT,
  UNIT_SELECT,
  allocationOf,
  listFloors,
  spaceStatements as s,
  toOutage,
  toUnit,
  type AllocationRow,
  type OutageRow,
  type UnitRow,
} from './repository'

/** The cancel reason written on bookings a 维修/停用 period displaces (stored text, zh-CN). */
const outageLabel = (kind: OutageRow['kind']): string => (kind === 'maintenance' ? '维修' : '停用')

export function requireUnit(db: Database, id: number): UnitRow {
  const row = s(db).unitById.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

function fieldError(field: string, n: Notice): never {
  throw new DomainError({
    code: 'VALIDATION',
    ...notice('common.invalidFields', { count: 1 }),
    fields: { [field]: n },
  })
}

interface Rect {
  id: number
  code: string
  x: number
  y: number
  w: number
  h: number
}

/**
 * Units on a plan must lie inside the grid and must not overlap one another. The message names the unit in the
 * way of `subject` (the one being drawn), or both when several moved at once.
 */
function checkGeometry(
  floor: { grid_width: number; grid_height: number },
  rects: Rect[],
  subject?: number,
): void {
  for (const r of rects) {
    if (r.x + r.w > floor.grid_width || r.y + r.h > floor.grid_height) {
      fieldError('x', notice('space.outsideGrid', { width: floor.grid_width, height: floor.grid_height }))
    }
  }
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i] as Rect
      const b = rects[j] as Rect
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
        const code = a.id === subject ? b.code : b.id === subject ? a.code : `${a.code}”与“${b.code}`
        fieldError('x', notice('space.overlapOnPlan', { code }))
      }
    }
  }
}

function placedRects(rows: UnitRow[]): Rect[] {
  return rows
    .filter((u) => u.x !== null && u.y !== null && u.w !== null && u.h !== null)
    .map((u) => ({ id: u.id, code: u.code, x: u.x ?? 0, y: u.y ?? 0, w: u.w ?? 0, h: u.h ?? 0 }))
}

function unitDetail(db: Database, id: number): SpaceUnitDetail {
  const row = requireUnit(db, id)
  const allocations = (
    db
      .prepare(`${ALLOCATION_SELECT} WHERE a.unit_id = ? ORDER BY a.start_date DESC`)
      .all(id) as AllocationRow[]
  ).map((r) => allocationOf(db, r))
  return { ...toUnit(row), outages: s(db).outagesOf.all(id).map(toOutage), allocations }
}

/** The plan of a floor for a date: each unit's state, holder and outage. */
export function floorPlan(db: Database, floorId: number, date: string): FloorPlan {
  const floor = listFloors(db).find((f) => f.id === floorId)
  if (!floor) fail('NOT_FOUND', 'common.notFound')
  const units = s(db).unitsOfFloor.all(floorId)
  const holders = new Map<number, AllocationRow>()
  for (const a of db
    .prepare(
      `${ALLOCATION_SELECT} WHERE u.floor_id = ? AND a.cancelled_at IS NULL AND a.start_date <= ? AND a.end_date >= ?`,
    )
    .all(floorId, date, date) as AllocationRow[]) {
    holders.set(a.unit_id, a)
  }
  const outages = new Map<number, OutageRow>()
  for (const o of db
    .prepare(
      `SELECT o.* FROM space_unit_outage o JOIN space_unit u ON u.id = o.unit_id WHERE u.floor_id = ?
         AND o.cancelled_at IS NULL AND o.start_date <= ? AND coalesce(o.end_date, '9999-12-31') >= ?`,
    )
    .all(floorId, date, date) as OutageRow[]) {
    outages.set(o.unit_id, o)
  }
  const placed: PlanUnit[] = []
  for (const u of units) {
    if (u.x === null || u.y === null || u.w === null || u.h === null) continue
    const holder = holders.get(u.id)
    const outage = outages.get(u.id)
    const state: PlanUnit['state'] = outage
      ? 'out_of_service'
      : holder
        ? daysBetween(date, holder.end_date) <= 30
          ? 'expiring'
          : 'allocated'
        : BOOKABLE_UNIT_TYPES.includes(u.unit_type)
          ? 'bookable'
          : 'free'
    const unit = toUnit(u)
    placed.push({
      id: u.id,
      code: u.code,
      name: u.name,
      unitType: u.unit_type,
      areaM2: unit.areaM2,
      seats: u.seats,
      x: u.x,
      y: u.y,
      w: u.w,
      h: u.h,
      state,
      holder: holder
        ? {
            organizationId: holder.organization_id,
            organizationName: holder.organization_name,
            startDate: holder.start_date,
            endDate: holder.end_date,
          }
        : null,
      outage: outage ? { kind: outage.kind, startDate: outage.start_date, endDate: outage.end_date } : null,
    })
  }
  return {
    floor,
    date,
    units: placed,
    unplaced: units.filter((u) => u.x === null || u.y === null).map(toUnit),
  }
}

export const spaceHandlers = defineHandlers({
  'space.floors': { permission: 'space.read', write: false, run: ({ db }) => listFloors(db) },
  'space.floorSave': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const twin = s(db).floorByName.get(input.name)
      if (twin && twin.id !== input.id)
        fieldError('name', notice('space.floorNameTaken', { name: input.name }))
      const at = clock.timestamp()
      let id = input.id
      if (id === undefined) {
        id = Number(s(db).insertFloor.run({ ...input, at }).lastInsertRowid)
        audit({ entity: 'space_floor', entityId: id, before: null, after: input })
      } else {
        const before = s(db).floorById.get(id)
        if (!before) fail('NOT_FOUND', 'common.notFound')
        checkGeometry(
          { grid_width: input.gridWidth, grid_height: input.gridHeight },
          placedRects(s(db).unitsOfFloor.all(id)),
        )
        s(db).updateFloor.run({ ...input, id, at })
        audit({ entity: 'space_floor', entityId: id, before, after: input })
      }
      const floor = listFloors(db).find((f) => f.id === id)
      if (!floor) fail('NOT_FOUND', 'common.notFound')
      return floor
    },
  },
  'space.units': {
    permission: 'space.read',
    write: false,
    run: ({ db }, q) => {
      const clauses: string[] = []
      const params: Record<string, string | number> = {}
      if (!q.includeArchived) clauses.push('u.archived_at IS NULL')
      if (q.floorId) {
        clauses.push('u.floor_id = @floorId')
        params.floorId = q.floorId
      }
      if (q.unitType) {
        clauses.push('u.unit_type = @unitType')
        params.unitType = q.unitType
      }
      if (q.search) {
        clauses.push("(u.code LIKE @like ESCAPE '\\' OR u.name LIKE @like ESCAPE '\\')")
        params.like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      }
      const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
      const total = (
        db.prepare(`SELECT count(*) AS n FROM space_unit u ${where}`).get(params) as { n: number }
      ).n
      const rows = db
        .prepare(`${UNIT_SELECT} ${where} ORDER BY f.sort_order, u.code LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as UnitRow[]
      return { items: rows.map(toUnit), total, page: q.page, pageSize: q.pageSize }
    },
  },
  'space.unitGet': { permission: 'space.read', write: false, run: ({ db }, { id }) => unitDetail(db, id) },
  'space.unitSave': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const floor = s(db).floorById.get(input.floorId)
      const fields: Record<string, Notice> = {}
      if (!floor) fields.floorId = notice('space.floorMissing')
      const twin = s(db).unitByCode.get(input.code)
      if (twin && twin.id !== input.id)
        fields.code = notice('space.codeTaken', { code: input.code, floor: twin.floor_name })
      failOnProblems(fields, {}, false)
      const before = input.id === undefined ? null : requireUnit(db, input.id)
      if (before?.archived_at) fail('CONFLICT', 'space.unitArchived')
      if (
        before &&
        BOOKABLE_UNIT_TYPES.includes(before.unit_type) !== BOOKABLE_UNIT_TYPES.includes(input.unitType)
      ) {
        // An office turned meeting room (or back) would be held and booked at once, or drop out of the figures.
        const today = clock.today()
        const allocated = db
          .prepare(
            'SELECT 1 FROM space_allocation WHERE unit_id = ? AND cancelled_at IS NULL AND end_date >= ? LIMIT 1',
          )
          .get(before.id, today)
        const booked = db
          .prepare(
            'SELECT 1 FROM space_booking WHERE unit_id = ? AND cancelled_at IS NULL AND date >= ? LIMIT 1',
          )
          .get(before.id, today)
        if (allocated || booked) {
          fail('CONFLICT', 'space.typeChangeInUse', {
            code: before.code,
            what: allocated ? 'allocation' : 'booking',
          })
        }
      }
      const placed = input.x !== null && input.y !== null && input.w !== null && input.h !== null
      if (placed && floor) {
        const others = placedRects(s(db).unitsOfFloor.all(floor.id)).filter((r) => r.id !== input.id)
        checkGeometry(
          floor,
          [
            {
              id: input.id ?? 0,
              code: input.code,
              x: input.x ?? 0,
              y: input.y ?? 0,
              w: input.w ?? 1,
              h: input.h ?? 1,
            },
            ...others,
          ],
          input.id ?? 0,
        )
      }
      const values = {
        ...input,
        areaCenti: centi(input.areaM2),
        amenities: JSON.stringify(input.amenities),
        x: placed ? input.x : null,
        y: placed ? input.y : null,
        w: placed ? input.w : null,
        h: placed ? input.h : null,
        at: clock.timestamp(),
      }
      const id =
        input.id === undefined
          ? Number(s(db).insertUnit.run(values).lastInsertRowid)
          : (s(db).updateUnit.run({ ...values, id: input.id }), input.id)
      const after = toUnit(requireUnit(db, id))
      audit({ entity: 'space_unit', entityId: id, before: before ? toUnit(before) : null, after })
      return after
    },
  },
  /** 停用归档: not while someone holds it today or later. */
  'space.unitArchive': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, audit }, { id }) => {
      const row = requireUnit(db, id)
      if (row.archived_at) return toUnit(row)
      const holder = db
        .prepare(
          `${ALLOCATION_SELECT} WHERE a.unit_id = ? AND a.cancelled_at IS NULL AND a.end_date >= ? LIMIT 1`,
        )
        .get(id, clock.today()) as AllocationRow | undefined
      if (holder) {
        fail('CONFLICT', 'space.unitInUse', {
          code: row.code,
          start: holder.start_date,
          end: holder.end_date,
          holder: holder.organization_name,
        })
      }
      const at = clock.timestamp()
      s(db).setUnitArchived.run(at, at, id)
      audit({ entity: 'space_unit', entityId: id, before: { archivedAt: null }, after: { archivedAt: at } })
      return toUnit(requireUnit(db, id))
    },
  },
  'space.unitRestore': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, audit }, { id }) => {
      const row = requireUnit(db, id)
      s(db).setUnitArchived.run(null, clock.timestamp(), id)
      audit({
        entity: 'space_unit',
        entityId: id,
        before: { archivedAt: row.archived_at },
        after: { archivedAt: null },
      })
      return toUnit(requireUnit(db, id))
    },
  },
  /** 维修 / 停用 from a date (to a date, or until further notice). */
  'space.outageAdd': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, audit }, input) => {
      requireUnit(db, input.unitId)
      if (input.endDate && input.endDate < input.startDate) {
        fieldError('endDate', notice('space.outageEndBeforeStart', { start: input.startDate }))
      }
      // Bookings in the period are cancelled once the user confirms; a holder is only named, it stays.
      const end = input.endDate ?? '9999-12-31'
      const bookings = db
        .prepare(
          `SELECT id, date, start_min, title FROM space_booking WHERE unit_id = ? AND cancelled_at IS NULL
             AND date >= ? AND date <= ? ORDER BY date, start_min`,
        )
        .all(input.unitId, input.startDate, end) as {
        id: number
        date: string
        start_min: number
        title: string
      }[]
      const holder = s(db).allocationOverlapping.get(input.unitId, end, input.startDate, 0)
      const warnings: Record<string, Notice> = {}
      const first = bookings[0]
      if (first) {
        warnings.startDate = notice('space.outageOverBookings', {
          count: bookings.length,
          date: first.date,
          start: toClock(first.start_min),
          title: first.title,
        })
      }
      if (holder) {
        warnings.unitId = notice('space.outageOverAllocation', {
          holder: holder.organization_name,
          start: holder.start_date,
          end: holder.end_date,
        })
      }
      failOnProblems({}, warnings, input.acceptWarnings)
      const at = clock.timestamp()
      const { acceptWarnings: _accepted, ...outage } = input
      const id = Number(s(db).insertOutage.run({ ...outage, at }).lastInsertRowid)
      const reason = `${outageLabel(input.kind)}${input.note ? `：${input.note}` : ''}`
      for (const b of bookings) s(db).cancelBooking.run(at, reason, b.id)
      audit({
        entity: 'space_unit_outage',
        entityId: id,
        before: null,
        after: { ...outage, cancelledBookings: bookings.length },
      })
      return unitDetail(db, input.unitId)
    },
  },
  'space.outageCancel': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = s(db).outageById.get(id)
      if (!row || row.cancelled_at) fail('NOT_FOUND', 'common.notFound')
      s(db).cancelOutage.run(clock.timestamp(), id)
      audit({
        entity: 'space_unit_outage',
        entityId: id,
        before: toOutage(row),
        after: { cancelled: true, reason },
      })
      return unitDetail(db, row.unit_id)
    },
  },
  /** 保存布局: every moved or drawn unit of one floor at once; the whole plan must stay valid. */
  'space.saveLayout': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, audit }, { floorId, units }) => {
      const floor = s(db).floorById.get(floorId)
      if (!floor) fail('NOT_FOUND', 'common.notFound')
      const current = s(db).unitsOfFloor.all(floorId)
      const byId = new Map(current.map((u) => [u.id, u]))
      if (units.some((u) => !byId.has(u.id))) fail('CONFLICT', 'space.notAUnitOfFloor')
      const moved = new Map(units.map((u) => [u.id, u]))
      const rects = placedRects(current.map((u) => ({ ...u, ...(moved.get(u.id) ?? {}) })))
      checkGeometry(floor, rects)
      const at = clock.timestamp()
      for (const u of units) s(db).placeUnit.run(u.x, u.y, u.w, u.h, at, u.id)
      audit({
        entity: 'space_floor',
        entityId: floorId,
        before: current
          .filter((u) => moved.has(u.id))
          .map((u) => ({ code: u.code, x: u.x, y: u.y, w: u.w, h: u.h })),
        after: units.map((u) => ({ code: byId.get(u.id)?.code, x: u.x, y: u.y, w: u.w, h: u.h })),
      })
      return floorPlan(db, floorId, clock.today())
    },
  },
  'space.plan': {
    permission: 'space.read',
    write: false,
    run: ({ db }, { floorId, date }) => floorPlan(db, floorId, date),
  },
  'space.settings': { permission: 'space.read', write: false, run: ({ db }) => readSpaceSettings(db) },
  /** 场地规则: buffer, opening hours, closed days, reference rent. */
  'space.updateSettings': {
    permission: 'system.manage',
    write: true,
    run: ({ db, audit }, input) => {
      if (toMinutes(input.openUntil) <= toMinutes(input.openFrom))
        fieldError('openUntil', notice('space.openRange'))
      const before = readSpaceSettings(db)
      writeSetting(db, 'space', input)
      audit({ entity: 'setting', entityId: null, before: { space: before }, after: { space: input } })
      return readSpaceSettings(db)
    },
  },
})
