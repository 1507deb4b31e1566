// 空间管理 storage: rows in snake_case, entities in camelCase, converted here.
import type {
  Allocation,
  AllocationEvent,
  Booking,
  Floor,
  SpaceUnit,
  UnitOutage,
} from '../../shared/entities'
import type { BookerKind, UnitOutageKind, UnitType } from '../../shared/enums'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { m2, toClock } from './intervals'

export interface FloorRow {
  id: number
  name: string
  sort_order: number
  grid_width: number
  grid_height: number
}

export interface UnitRow {
  id: number
  floor_id: number
  floor_name: string
  code: string
  name: string | null
  unit_type: UnitType
  area_centi: number
  seats: number
  amenities: string
  x: number | null
  y: number | null
  w: number | null
  h: number | null
  archived_at: string | null
}

export interface OutageRow {
  id: number
  unit_id: number
  kind: UnitOutageKind
  start_date: string
  end_date: string | null
  note: string | null
  cancelled_at: string | null
}

export interface AllocationRow {
  id: number
  unit_id: number
  unit_code: string
  unit_type: UnitType
  floor_name: string
  area_centi: number
  organization_id: number
  organization_name: string
  start_date: string
  end_date: string
  note: string | null
  cancelled_at: string | null
}

export interface BookingRow {
  id: number
  unit_id: number
  unit_code: string
  unit_name: string | null
  date: string
  start_min: number
  end_min: number
  booker_kind: BookerKind
  organization_id: number | null
  booker_name: string
  title: string
  attendees: number
  series_id: number | null
  cancelled_at: string | null
  cancel_reason: string | null
}

export const UNIT_SELECT = `SELECT u.*, f.name AS floor_name FROM space_unit u JOIN space_floor f ON f.id = u.floor_id`
export const ALLOCATION_SELECT = `SELECT a.*, u.code AS unit_code, u.unit_type, u.area_centi, f.name AS floor_name,
  o.name AS organization_name
  FROM space_allocation a JOIN space_unit u ON u.id = a.unit_id JOIN space_floor f ON f.id = u.floor_id
  JOIN organization o ON o.id = a.organization_id`
export const BOOKING_SELECT = `SELECT b.*, u.code AS unit_code, u.name AS unit_name
  FROM space_booking b JOIN space_unit u ON u.id = b.unit_id`

export function toUnit(r: UnitRow): SpaceUnit {
  return {
    id: r.id,
    floorId: r.floor_id,
    floorName: r.floor_name,
    code: r.code,
    name: r.name,
    unitType: r.unit_type,
    areaM2: m2(r.area_centi),
    seats: r.seats,
    amenities: JSON.parse(r.amenities) as string[],
    x: r.x,
    y: r.y,
    w: r.w,
    h: r.h,
    archivedAt: r.archived_at,
  }
}

export function toOutage(r: OutageRow): UnitOutage {
  return { id: r.id, kind: r.kind, startDate: r.start_date, endDate: r.end_date, note: r.note }
}

export function toAllocation(r: AllocationRow, history: AllocationEvent[]): Allocation {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    unitType: r.unit_type,
    floorName: r.floor_name,
    areaM2: m2(r.area_centi),
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    startDate: r.start_date,
    endDate: r.end_date,
    note: r.note,
    cancelledAt: r.cancelled_at,
    history,
  }
}

export function toBooking(r: BookingRow): Booking {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    date: r.date,
    startTime: toClock(r.start_min),
    endTime: toClock(r.end_min),
    bookerKind: r.booker_kind,
    organizationId: r.organization_id,
    bookerName: r.booker_name,
    title: r.title,
    attendees: r.attendees,
    seriesId: r.series_id,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
  }
}

const s = cached((db: Database) => ({
  floors: db.prepare<[], FloorRow & { unit_count: number; area_centi: number | null }>(
    `SELECT f.*, count(u.id) AS unit_count, sum(u.area_centi) AS area_centi FROM space_floor f
     LEFT JOIN space_unit u ON u.floor_id = f.id AND u.archived_at IS NULL
     GROUP BY f.id ORDER BY f.sort_order, f.id`,
  ),
  floorById: db.prepare<[number], FloorRow>('SELECT * FROM space_floor WHERE id = ?'),
  floorByName: db.prepare<[string], FloorRow>('SELECT * FROM space_floor WHERE name = ?'),
  insertFloor: db.prepare(
    `INSERT INTO space_floor (name, sort_order, grid_width, grid_height, created_at, updated_at)
     VALUES (@name, @sortOrder, @gridWidth, @gridHeight, @at, @at)`,
  ),
  updateFloor: db.prepare(
    `UPDATE space_floor SET name = @name, sort_order = @sortOrder, grid_width = @gridWidth, grid_height = @gridHeight,
       updated_at = @at WHERE id = @id`,
  ),
  unitById: db.prepare<[number], UnitRow>(`${UNIT_SELECT} WHERE u.id = ?`),
  unitByCode: db.prepare<[string], UnitRow>(`${UNIT_SELECT} WHERE u.code = ? COLLATE NOCASE`),
  unitsOfFloor: db.prepare<[number], UnitRow>(
    `${UNIT_SELECT} WHERE u.floor_id = ? AND u.archived_at IS NULL ORDER BY u.code`,
  ),
  insertUnit: db.prepare(
    `INSERT INTO space_unit (floor_id, code, name, unit_type, area_centi, seats, amenities, x, y, w, h, created_at, updated_at)
     VALUES (@floorId, @code, @name, @unitType, @areaCenti, @seats, @amenities, @x, @y, @w, @h, @at, @at)`,
  ),
  updateUnit: db.prepare(
    `UPDATE space_unit SET floor_id = @floorId, code = @code, name = @name, unit_type = @unitType,
       area_centi = @areaCenti, seats = @seats, amenities = @amenities, x = @x, y = @y, w = @w, h = @h, updated_at = @at
     WHERE id = @id`,
  ),
  placeUnit: db.prepare<[number, number, number, number, string, number]>(
    'UPDATE space_unit SET x = ?, y = ?, w = ?, h = ?, updated_at = ? WHERE id = ?',
  ),
  setUnitArchived: db.prepare<[string | null, string, number]>(
    'UPDATE space_unit SET archived_at = ?, updated_at = ? WHERE id = ?',
  ),
  outagesOf: db.prepare<[number], OutageRow>(
    'SELECT * FROM space_unit_outage WHERE unit_id = ? AND cancelled_at IS NULL ORDER BY start_date, id',
  ),
  outageById: db.prepare<[number], OutageRow>('SELECT * FROM space_unit_outage WHERE id = ?'),
  outageOverlapping: db.prepare<[number, string, string], OutageRow>(
    `SELECT * FROM space_unit_outage WHERE unit_id = ? AND cancelled_at IS NULL AND start_date <= ?
       AND coalesce(end_date, '9999-12-31') >= ? ORDER BY start_date LIMIT 1`,
  ),
  insertOutage: db.prepare(
    `INSERT INTO space_unit_outage (unit_id, kind, start_date, end_date, note, created_at)
     VALUES (@unitId, @kind, @startDate, @endDate, @note, @at)`,
  ),
  cancelOutage: db.prepare<[string, number]>('UPDATE space_unit_outage SET cancelled_at = ? WHERE id = ?'),
  allocationById: db.prepare<[number], AllocationRow>(`${ALLOCATION_SELECT} WHERE a.id = ?`),
  allocationOverlapping: db.prepare<[number, string, string, number], AllocationRow>(
    `${ALLOCATION_SELECT} WHERE a.unit_id = ? AND a.cancelled_at IS NULL AND a.start_date <= ? AND a.end_date >= ?
       AND a.id <> ? ORDER BY a.start_date LIMIT 1`,
  ),
  eventsOf: db.prepare<
    [number],
    {
      kind: AllocationEvent['kind']
      from_end: string | null
      to_end: string | null
      note: string | null
      recorded_at: string
      recorded_by: string
    }
  >('SELECT * FROM space_allocation_event WHERE allocation_id = ? ORDER BY id'),
  insertAllocation: db.prepare(
    `INSERT INTO space_allocation (unit_id, organization_id, start_date, end_date, note, created_at, updated_at)
     VALUES (@unitId, @organizationId, @startDate, @endDate, @note, @at, @at)`,
  ),
  setAllocationEnd: db.prepare<[string, string, number]>(
    'UPDATE space_allocation SET end_date = ?, updated_at = ? WHERE id = ?',
  ),
  cancelAllocation: db.prepare<[string, string, number]>(
    'UPDATE space_allocation SET cancelled_at = ?, updated_at = ? WHERE id = ?',
  ),
  insertEvent: db.prepare(
    `INSERT INTO space_allocation_event (allocation_id, kind, from_end, to_end, note, recorded_at, recorded_by)
     VALUES (@allocationId, @kind, @fromEnd, @toEnd, @note, @at, @by)`,
  ),
  activeAllocationsOfOrg: db.prepare<[number, string], AllocationRow>(
    `${ALLOCATION_SELECT} WHERE a.organization_id = ? AND a.cancelled_at IS NULL AND a.end_date >= ? ORDER BY a.start_date`,
  ),
  bookingById: db.prepare<[number], BookingRow>(`${BOOKING_SELECT} WHERE b.id = ?`),
  bookingsOfUnitDay: db.prepare<[number, string], BookingRow>(
    `${BOOKING_SELECT} WHERE b.unit_id = ? AND b.date = ? AND b.cancelled_at IS NULL ORDER BY b.start_min`,
  ),
  insertBooking: db.prepare(
    `INSERT INTO space_booking (unit_id, date, start_min, end_min, booker_kind, organization_id, booker_name, title,
       attendees, series_id, created_at, created_by)
     VALUES (@unitId, @date, @startMin, @endMin, @bookerKind, @organizationId, @bookerName, @title, @attendees,
       @seriesId, @at, @by)`,
  ),
  insertSeries: db.prepare(
    `INSERT INTO space_booking_series (unit_id, from_date, to_date, start_min, end_min, created_at)
     VALUES (@unitId, @fromDate, @toDate, @startMin, @endMin, @at)`,
  ),
  cancelBooking: db.prepare<[string, string | null, number]>(
    'UPDATE space_booking SET cancelled_at = ?, cancel_reason = ? WHERE id = ? AND cancelled_at IS NULL',
  ),
  seriesBookingsInRange: db.prepare<[number, string, string], { id: number }>(
    'SELECT id FROM space_booking WHERE series_id = ? AND date >= ? AND date <= ? AND cancelled_at IS NULL',
  ),
}))

/** The prepared statements of this module, for its handlers and the demo data. */
export const spaceStatements = s

export function listFloors(db: Database): Floor[] {
  return s(db)
    .floors.all()
    .map((r) => ({
      id: r.id,
      name: r.name,
      sortOrder: r.sort_order,
      gridWidth: r.grid_width,
      gridHeight: r.grid_height,
      unitCount: r.unit_count,
      areaM2: m2(r.area_centi ?? 0),
    }))
}

export function eventsOf(db: Database, allocationId: number): AllocationEvent[] {
  return s(db)
    .eventsOf.all(allocationId)
    .map((e) => ({
      kind: e.kind,
      fromEnd: e.from_end,
      toEnd: e.to_end,
      note: e.note,
      recordedAt: e.recorded_at,
      recordedBy: e.recorded_by,
    }))
}

export function allocationOf(db: Database, row: AllocationRow): Allocation {
  return toAllocation(row, eventsOf(db, row.id))
}
