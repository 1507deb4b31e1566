// 占用统计: allocated m² ÷ allocatable m² (a day under 维修/停用 counts on neither side), room hours booked ÷ open,
// and the in-kind value of free space: m² × days × reference rent.
import type { InKindRow, OccupancyMonth, OccupancyRow, RoomUsageMonth } from '../../shared/entities'
import { ALLOCATABLE_UNIT_TYPES, BOOKABLE_UNIT_TYPES, type UnitType } from '../../shared/enums'
import type { Database } from '../db/open'
import { addDays } from '../lib/dates'
import { defineHandlers } from '../registry'
import { readSpaceSettings } from '../system/settings'
import { m2, monthsOf, overlapDays, toMinutes, weekday } from './intervals'

interface UnitFact {
  id: number
  code: string
  name: string | null
  unit_type: UnitType
  area_centi: number
  floor_name: string
  /** The last day the unit counts (the day before it was archived), or null. */
  last_day: string | null
}

interface Span {
  start: string
  end: string | null
}

const typeList = (types: readonly UnitType[]) => types.map((t) => `'${t}'`).join(',')

/** The units of these types, archived ones too: their past still counts, up to the day before archiving. */
function units(db: Database, types: readonly UnitType[]): UnitFact[] {
  return (
    db
      .prepare(
        `SELECT u.id, u.code, u.name, u.unit_type, u.area_centi, f.name AS floor_name,
           substr(u.archived_at, 1, 10) AS archived_on FROM space_unit u
         JOIN space_floor f ON f.id = u.floor_id WHERE u.unit_type IN (${typeList(types)})
         ORDER BY f.sort_order, u.code`,
      )
      .all() as (Omit<UnitFact, 'last_day'> & { archived_on: string | null })[]
  ).map(({ archived_on, ...u }) => ({ ...u, last_day: archived_on ? addDays(archived_on, -1) : null }))
}

/** The earlier of a day and a unit's last day (null: no limit). */
const earlier = (day: string, last: string | null): string => (last !== null && last < day ? last : day)

/** Outage spans per unit overlapping [from, to], merged so that no day counts twice. */
function outages(db: Database, from: string, to: string): Map<number, Span[]> {
  const rows = db
    .prepare(
      `SELECT unit_id, start_date, end_date FROM space_unit_outage WHERE cancelled_at IS NULL AND start_date <= ?
         AND coalesce(end_date, '9999-12-31') >= ? ORDER BY unit_id, start_date`,
    )
    .all(to, from) as { unit_id: number; start_date: string; end_date: string | null }[]
  const byUnit = new Map<number, Span[]>()
  for (const r of rows) {
    const spans = byUnit.get(r.unit_id) ?? []
    const last = spans.at(-1)
    if (last && (last.end === null || addDays(last.end, 1) >= r.start_date)) {
      if (last.end !== null && (r.end_date === null || r.end_date > last.end)) last.end = r.end_date
    } else spans.push({ start: r.start_date, end: r.end_date })
    byUnit.set(r.unit_id, spans)
  }
  return byUnit
}

/** Days of [start, end] within [from, to] that are not under an outage. */
function serviceDays(
  start: string,
  end: string | null,
  from: string,
  to: string,
  down: Span[] | undefined,
): number {
  let days = overlapDays(start, end, from, to)
  if (days === 0 || !down) return days
  const s = start > from ? start : from
  const e = end !== null && end < to ? end : to
  for (const o of down) days -= overlapDays(o.start, o.end, s, e)
  return days
}

function allocations(db: Database, from: string, to: string) {
  return db
    .prepare(
      `SELECT a.unit_id, a.organization_id, o.name AS organization_name, a.start_date, a.end_date
       FROM space_allocation a JOIN organization o ON o.id = a.organization_id
       WHERE a.cancelled_at IS NULL AND a.start_date <= ? AND a.end_date >= ?`,
    )
    .all(to, from) as {
    unit_id: number
    organization_id: number
    organization_name: string
    start_date: string
    end_date: string
  }[]
}

const rate = (allocated: number, allocatable: number): number | null =>
  allocatable > 0 ? allocated / allocatable : null

export function occupancyOn(db: Database, date: string) {
  const all = units(db, ALLOCATABLE_UNIT_TYPES)
  const down = outages(db, date, date)
  const held = new Set(allocations(db, date, date).map((a) => a.unit_id))
  const groups = {
    overall: new Map<string, [number, number]>(),
    type: new Map(),
    floor: new Map(),
  } as Record<'overall' | 'type' | 'floor', Map<string, [number, number]>>
  for (const u of all) {
    if (down.has(u.id) || (u.last_day !== null && u.last_day < date)) continue
    const allocated = held.has(u.id) ? u.area_centi : 0
    for (const [group, key] of [
      ['overall', 'overall'],
      ['type', u.unit_type],
      ['floor', u.floor_name],
    ] as const) {
      const [a, b] = groups[group].get(key) ?? [0, 0]
      groups[group].set(key, [a + allocated, b + u.area_centi])
    }
  }
  const rows = (group: 'overall' | 'type' | 'floor'): OccupancyRow[] =>
    [...groups[group]].map(([key, [allocated, allocatable]]) => ({
      key,
      allocatedM2: m2(allocated),
      allocatableM2: m2(allocatable),
      rate: rate(allocated, allocatable),
    }))
  return {
    date,
    overall: rows('overall')[0] ?? { key: 'overall', allocatedM2: 0, allocatableM2: 0, rate: null },
    byType: rows('type'),
    byFloor: rows('floor'),
  }
}

/** Month by month, day-weighted: allocated m²·days ÷ allocatable m²·days. */
export function occupancyByMonth(db: Database, year: number): OccupancyMonth[] {
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const all = units(db, ALLOCATABLE_UNIT_TYPES)
  const byId = new Map(all.map((u) => [u.id, u]))
  const down = outages(db, from, to)
  const held = allocations(db, from, to)
  return monthsOf(year).map(({ month, from: mFrom, to: mTo }) => {
    let allocatable = 0
    for (const u of all) {
      allocatable += u.area_centi * serviceDays(mFrom, earlier(mTo, u.last_day), mFrom, mTo, down.get(u.id))
    }
    let allocated = 0
    for (const a of held) {
      const u = byId.get(a.unit_id)
      if (!u) continue
      allocated +=
        u.area_centi *
        serviceDays(a.start_date, earlier(a.end_date, u.last_day), mFrom, mTo, down.get(a.unit_id))
    }
    return {
      month,
      rate: rate(allocated, allocatable),
      allocatedM2Days: m2(allocated),
      allocatableM2Days: m2(allocatable),
    }
  })
}

/** Per room and month: hours booked ÷ hours open (open days × opening hours; not closed, not under outage). */
export function roomUsage(db: Database, year: number): RoomUsageMonth[] {
  const rules = readSpaceSettings(db)
  const dailyHours = (toMinutes(rules.openUntil) - toMinutes(rules.openFrom)) / 60
  const rooms = units(db, BOOKABLE_UNIT_TYPES)
  const down = outages(db, `${year}-01-01`, `${year}-12-31`)
  const booked = new Map<string, number>()
  for (const r of db
    .prepare(
      `SELECT unit_id, substr(date, 1, 7) AS month, sum(end_min - start_min) AS minutes FROM space_booking
       WHERE cancelled_at IS NULL AND date >= ? AND date <= ? GROUP BY unit_id, month`,
    )
    .all(`${year}-01-01`, `${year}-12-31`) as { unit_id: number; month: string; minutes: number }[]) {
    booked.set(`${r.unit_id}/${r.month}`, r.minutes / 60)
  }
  const closed = new Set(rules.closedDates)
  const rows: RoomUsageMonth[] = []
  for (const { month, from, to } of monthsOf(year)) {
    const openDays: string[] = []
    for (let d = from; d <= to; d = addDays(d, 1)) {
      if (!closed.has(d) && !rules.closedWeekdays.includes(weekday(d))) openDays.push(d)
    }
    for (const room of rooms) {
      const spans = down.get(room.id)
      if (room.last_day !== null && room.last_day < from) continue
      const days = spans
        ? openDays.filter((d) => !spans.some((o) => o.start <= d && (o.end === null || d <= o.end))).length
        : openDays.length
      const openHours = days * dailyHours
      const bookedHours = booked.get(`${room.id}/${month}`) ?? 0
      rows.push({
        unitId: room.id,
        unitCode: room.code,
        unitName: room.name,
        month,
        bookedHours,
        openHours,
        rate: openHours > 0 ? bookedHours / openHours : null,
      })
    }
  }
  return rows
}

/** 场地支持折算价值: per organisation, m²·days held in the year × reference rent (分, rounded half up). */
export function inKindValue(db: Database, year: number) {
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const { referenceRentFen } = readSpaceSettings(db)
  const byId = new Map(units(db, ALLOCATABLE_UNIT_TYPES).map((u) => [u.id, u]))
  const down = outages(db, from, to)
  const byOrg = new Map<number, { name: string; centiDays: number }>()
  for (const a of allocations(db, from, to)) {
    const u = byId.get(a.unit_id)
    if (!u) continue
    const entry = byOrg.get(a.organization_id) ?? { name: a.organization_name, centiDays: 0 }
    entry.centiDays +=
      u.area_centi * serviceDays(a.start_date, earlier(a.end_date, u.last_day), from, to, down.get(a.unit_id))
    byOrg.set(a.organization_id, entry)
  }
  const rows: InKindRow[] = [...byOrg]
    .map(([organizationId, { name, centiDays }]) => ({
      organizationId,
      organizationName: name,
      m2Days: m2(centiDays),
      valueFen: Math.round((centiDays * referenceRentFen) / 100),
    }))
    .sort((a, b) => b.valueFen - a.valueFen || a.organizationName.localeCompare(b.organizationName, 'zh-CN'))
  return { year, referenceRentFen, rows, totalFen: rows.reduce((sum, r) => sum + r.valueFen, 0) }
}

export const occupancyHandlers = defineHandlers({
  'occupancy.summary': {
    permission: 'space.read',
    write: false,
    run: ({ db }, { date }) => occupancyOn(db, date),
  },
  'occupancy.monthly': {
    permission: 'space.read',
    write: false,
    run: ({ db }, { year }) => occupancyByMonth(db, year),
  },
  'occupancy.rooms': {
    permission: 'space.read',
    write: false,
    run: ({ db }, { year }) => roomUsage(db, year),
  },
  'occupancy.inKind': {
    permission: 'space.read',
    write: false,
    run: ({ db }, { year }) => inKindValue(db, year),
  },
})
