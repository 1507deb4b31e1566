// The demo base's space: a two-floor plan with rooms, offices and workstations, allocations following the
// residents' agreements, one office under repair, and a month of bookings. Also the large plan for the benchmark.
import type { BookerKind, UnitType } from '../../shared/enums'
import type { Database } from '../db/open'
import { addDays, addYears } from '../lib/dates'
import { seededRandom } from '../lib/random'
import { writeSetting } from '../system/settings'
import { daysOverlap, weekday } from '../space/intervals'
import { spaceStatements as s } from '../space/repository'

interface UnitPlan {
  code: string
  name: string | null
  type: UnitType
  area: number
  seats: number
  amenities: string[]
  x: number
  y: number
  w: number
  h: number
}

const ROOM_AMENITIES = ['投影仪', '白板', '音响']

function floorOne(): UnitPlan[] {
  const rooms: UnitPlan[] = [
    {
      code: 'R-101',
      name: '路演厅',
      type: 'roadshow_hall',
      area: 200,
      seats: 120,
      amenities: ['LED 屏', '音响', '话筒'],
      x: 0,
      y: 0,
      w: 12,
      h: 8,
    },
    {
      code: 'T-102',
      name: '培训室',
      type: 'training_room',
      area: 120,
      seats: 60,
      amenities: ROOM_AMENITIES,
      x: 12,
      y: 0,
      w: 8,
      h: 8,
    },
    {
      code: 'M-103',
      name: '第一会议室',
      type: 'meeting_room',
      area: 60,
      seats: 20,
      amenities: ROOM_AMENITIES,
      x: 20,
      y: 0,
      w: 6,
      h: 6,
    },
    {
      code: 'P-104',
      name: '党员活动室',
      type: 'party_room',
      area: 80,
      seats: 30,
      amenities: ['党旗', '投影仪'],
      x: 26,
      y: 0,
      w: 6,
      h: 6,
    },
    {
      code: 'M-105',
      name: '第二会议室',
      type: 'meeting_room',
      area: 40,
      seats: 12,
      amenities: ['电视屏', '白板'],
      x: 32,
      y: 0,
      w: 6,
      h: 6,
    },
  ]
  const offices = Array.from({ length: 8 }, (_, i): UnitPlan => ({
    code: `O-${106 + i}`,
    name: null,
    type: 'office',
    area: 24 + (i % 4) * 4,
    seats: 4 + (i % 3),
    amenities: ['网络', '空调'],
    x: i * 5,
    y: 12,
    w: 5,
    h: 6,
  }))
  return [...rooms, ...offices]
}

function floorTwo(): UnitPlan[] {
  const activity: UnitPlan = {
    code: 'A-201',
    name: '活动室',
    type: 'activity_room',
    area: 90,
    seats: 40,
    amenities: ['音响', '活动桌椅'],
    x: 0,
    y: 0,
    w: 10,
    h: 8,
  }
  const offices = Array.from({ length: 6 }, (_, i): UnitPlan => ({
    code: `O-${202 + i}`,
    name: null,
    type: 'office',
    area: 30 + (i % 3) * 5,
    seats: 5,
    amenities: ['网络', '空调'],
    x: 10 + i * 5,
    y: 0,
    w: 5,
    h: 6,
  }))
  const desks = Array.from({ length: 16 }, (_, i): UnitPlan => ({
    code: `W-${String(i + 1).padStart(2, '0')}`,
    name: null,
    type: 'workstation',
    area: 6,
    seats: 1,
    amenities: ['网络'],
    x: (i % 8) * 4,
    y: 12 + Math.floor(i / 8) * 4,
    w: 4,
    h: 3,
  }))
  return [activity, ...offices, ...desks]
}

function insertFloor(db: Database, name: string, sortOrder: number, at: string): number {
  return Number(s(db).insertFloor.run({ name, sortOrder, gridWidth: 40, gridHeight: 24, at }).lastInsertRowid)
}

function insertUnits(db: Database, floorId: number, plans: UnitPlan[], at: string): Map<string, number> {
  const ids = new Map<string, number>()
  for (const u of plans) {
    const id = s(db).insertUnit.run({
      floorId,
      code: u.code,
      name: u.name,
      unitType: u.type,
      areaCenti: Math.round(u.area * 100),
      seats: u.seats,
      amenities: JSON.stringify(u.amenities),
      x: u.x,
      y: u.y,
      w: u.w,
      h: u.h,
      at,
    }).lastInsertRowid
    ids.set(u.code, Number(id))
  }
  return ids
}

const TITLES: Record<BookerKind, string[]> = {
  organization: ['理事会会议', '志愿者培训', '项目策划会', '社工督导', '服务对象座谈'],
  mentor: ['陪伴指导', '财务规范辅导', '项目设计辅导'],
  branch: ['主题党日', '支部党员大会', '党课'],
  base: ['新入驻组织交流会', '公益项目路演', '能力提升培训'],
}
const SLOTS: [number, number][] = [
  [9 * 60, 11 * 60],
  [14 * 60, 16 * 60],
  [16 * 60 + 30, 17 * 60 + 30],
  [19 * 60, 20 * 60 + 30],
]

export interface DemoSpaceOptions {
  today: string
  timestamp: string
  actorName: string
  seed?: number
}

/** Floors, units, allocations for the residents, one outage and a month of bookings. Inside a transaction. */
export function loadDemoSpace(
  db: Database,
  options: DemoSpaceOptions,
): { units: number; allocations: number; bookings: number } {
  const random = seededRandom(options.seed ?? 404)
  const at = options.timestamp
  const year = Number(options.today.slice(0, 4))
  const holidays = [year, year + 1].flatMap((y) => [`${y}-01-01`, `${y}-10-01`, `${y}-10-02`, `${y}-10-03`])
  writeSetting(db, 'space', {
    bufferMinutes: 15,
    openFrom: '08:30',
    openUntil: '21:00',
    closedWeekdays: [0],
    closedDates: holidays,
    referenceRentFen: 150,
  })
  const one = insertUnits(db, insertFloor(db, '一层', 1, at), floorOne(), at)
  const two = insertUnits(db, insertFloor(db, '二层', 2, at), floorTwo(), at)
  const units = new Map([...one, ...two])

  // Offices first, then desks; each resident with an agreement takes the first unit free for its whole term.
  // O-112 is kept for the repair below and O-113 stays free, so the plan shows every state on the ground floor.
  const allocatable = [...units.entries()].filter(
    ([code]) => (code.startsWith('O-') || code.startsWith('W-')) && code !== 'O-112' && code !== 'O-113',
  )
  const orgs = db
    .prepare(
      `SELECT id, stage, stage_date, agreement_start, agreement_end FROM organization
       WHERE agreement_start IS NOT NULL ORDER BY agreement_start, id`,
    )
    .all() as {
    id: number
    stage: string
    stage_date: string
    agreement_start: string
    agreement_end: string
  }[]
  const held = new Map<number, { start: string; end: string }[]>()
  let allocations = 0
  for (const org of orgs) {
    const left = org.stage === 'graduated' || org.stage === 'exited'
    const end = left && org.stage_date < org.agreement_end ? org.stage_date : org.agreement_end
    if (end < org.agreement_start) continue
    const pick = allocatable.find(
      ([, id]) => !(held.get(id) ?? []).some((h) => daysOverlap(h.start, h.end, org.agreement_start, end)),
    )
    if (!pick) continue
    const unitId = pick[1]
    held.set(unitId, [...(held.get(unitId) ?? []), { start: org.agreement_start, end }])
    const id = Number(
      s(db).insertAllocation.run({
        unitId,
        organizationId: org.id,
        startDate: org.agreement_start,
        endDate: end,
        note: null,
        at,
      }).lastInsertRowid,
    )
    s(db).insertEvent.run({
      allocationId: id,
      kind: 'created',
      fromEnd: null,
      toEnd: org.agreement_end,
      note: null,
      at,
      by: options.actorName,
    })
    if (end !== org.agreement_end) {
      s(db).insertEvent.run({
        allocationId: id,
        kind: 'ended_early',
        fromEnd: org.agreement_end,
        toEnd: end,
        note: '出壳或退出',
        at,
        by: options.actorName,
      })
    }
    allocations++
  }

  // One resident on the ground floor does not renew: its term ends in 18 days (30 天内到期 on the plan).
  const leaving = db
    .prepare(
      `SELECT a.id, a.end_date FROM space_allocation a JOIN space_unit u ON u.id = a.unit_id
       WHERE u.code = 'O-108' AND a.start_date <= ? AND a.end_date > ?`,
    )
    .get(options.today, addDays(options.today, 18)) as { id: number; end_date: string } | undefined
  if (leaving) {
    const end = addDays(options.today, 18)
    s(db).setAllocationEnd.run(end, at, leaving.id)
    s(db).insertEvent.run({
      allocationId: leaving.id,
      kind: 'ended_early',
      fromEnd: leaving.end_date,
      toEnd: end,
      note: '不再续约，月底搬出',
      at,
      by: options.actorName,
    })
  }

  // One office free around today is under repair for a week.
  const repairFrom = addDays(options.today, -3)
  const repairTo = addDays(options.today, 4)
  const repair = units.get('O-112')
  if (repair) {
    s(db).insertOutage.run({
      unitId: repair,
      kind: 'maintenance',
      startDate: repairFrom,
      endDate: repairTo,
      note: '空调检修',
      at,
    })
  }

  // A month of bookings around today, in the four daily slots, never two in one slot of a room.
  const rooms = [...units.entries()].filter(([code]) => /^[RTMPA]-/.test(code)).map(([, id]) => id)
  const residents = db
    .prepare(
      "SELECT id, name, contact_person FROM organization WHERE stage IN ('resident','incubating','venture_guidance','capacity_building') AND archived_at IS NULL",
    )
    .all() as { id: number; name: string; contact_person: string }[]
  const kinds: BookerKind[] = ['organization', 'organization', 'organization', 'mentor', 'branch', 'base']
  let bookings = 0
  for (let d = addDays(options.today, -14); d <= addDays(options.today, 14); d = addDays(d, 1)) {
    if (weekday(d) === 0 || holidays.includes(d)) continue
    for (const room of rooms) {
      for (const [start, end] of SLOTS) {
        if (random() > 0.28) continue
        const kind = kinds[Math.floor(random() * kinds.length)] ?? 'base'
        const org = kind === 'organization' ? residents[Math.floor(random() * residents.length)] : undefined
        const titles = TITLES[kind]
        s(db).insertBooking.run({
          unitId: room,
          date: d,
          startMin: start,
          endMin: end,
          bookerKind: kind,
          organizationId: org?.id ?? null,
          bookerName: org
            ? org.contact_person
            : kind === 'mentor'
              ? '刘导师'
              : kind === 'branch'
                ? '基地党支部'
                : '基地办公室',
          title: titles[Math.floor(random() * titles.length)] ?? '会议',
          attendees: 5 + Math.floor(random() * 15),
          seriesId: null,
          at,
          by: options.actorName,
        })
        bookings++
      }
    }
  }
  return { units: units.size, allocations, bookings }
}

/** For the benchmark: `units` units on 10 floors, `allocations` terms of a year, `bookings` room bookings. */
export function buildScaledSpace(
  db: Database,
  counts: { units: number; allocations: number; bookings: number },
  options: { today: string; timestamp: string },
): void {
  const at = options.timestamp
  const random = seededRandom(99)
  const orgIds = db.prepare('SELECT id FROM organization ORDER BY id').pluck().all() as number[]
  db.transaction(() => {
    const floors = Array.from({ length: 10 }, (_, i) =>
      Number(
        s(db).insertFloor.run({ name: `${i + 1} 层`, sortOrder: i, gridWidth: 200, gridHeight: 200, at })
          .lastInsertRowid,
      ),
    )
    const rooms: number[] = []
    const desks: number[] = []
    for (let i = 0; i < counts.units; i++) {
      const bookable = i % 5 === 0
      const floorId = floors[i % floors.length] ?? 1
      const slot = Math.floor(i / floors.length)
      const id = Number(
        s(db).insertUnit.run({
          floorId,
          code: `U-${String(i + 1).padStart(5, '0')}`,
          name: null,
          unitType: bookable ? 'meeting_room' : i % 3 === 0 ? 'workstation' : 'office',
          areaCenti: bookable ? 6000 : 2500,
          seats: bookable ? 20 : 4,
          amenities: '[]',
          x: (slot % 20) * 10,
          y: Math.floor(slot / 20) * 10,
          w: 9,
          h: 9,
          at,
        }).lastInsertRowid,
      )
      ;(bookable ? rooms : desks).push(id)
    }
    // Consecutive one-year terms per unit, ending around today.
    const perUnit = Math.ceil(counts.allocations / desks.length)
    let made = 0
    for (const unitId of desks) {
      let start = addYears(options.today, -perUnit + 1)
      for (let k = 0; k < perUnit && made < counts.allocations; k++, made++) {
        const end = addDays(addYears(start, 1), -1)
        s(db).insertAllocation.run({
          unitId,
          organizationId: orgIds[made % orgIds.length] ?? 1,
          startDate: start,
          endDate: end,
          note: null,
          at,
        })
        start = addDays(end, 1)
      }
    }
    // Bookings spread over the two years before and the weeks after today, one slot per room and day.
    const days = 730
    for (let i = 0; i < counts.bookings; i++) {
      const room = rooms[i % rooms.length] ?? 1
      const dayIndex = Math.floor(i / rooms.length)
      const date = addDays(options.today, (dayIndex % days) - days + 30)
      const [start, end] = SLOTS[Math.floor(dayIndex / days) % SLOTS.length] ?? [540, 660]
      s(db).insertBooking.run({
        unitId: room,
        date,
        startMin: start,
        endMin: end,
        bookerKind: 'base',
        organizationId: null,
        bookerName: '基地办公室',
        title: '会议',
        attendees: 1 + Math.floor(random() * 19),
        seriesId: null,
        at,
        by: 'bench',
      })
    }
  })()
}
