// Realistic 空间管理 values as the core sends them, for the space-*.test.ts suites.
import type {
  Allocation,
  Booking,
  Floor,
  FloorPlan,
  PlanUnit,
  SpaceSettings,
  SpaceUnit,
} from '@shared/entities'

export const FLOOR: Floor = {
  id: 1,
  name: '一层',
  sortOrder: 0,
  gridWidth: 40,
  gridHeight: 24,
  unitCount: 5,
  areaM2: 420,
}

export function planUnit(overrides: Partial<PlanUnit> = {}): PlanUnit {
  return {
    id: 1,
    code: 'O-101',
    name: null,
    unitType: 'office',
    areaM2: 24,
    seats: 4,
    x: 0,
    y: 0,
    w: 5,
    h: 5,
    state: 'free',
    holder: null,
    outage: null,
    ...overrides,
  }
}

/** One unit in each state, side by side on row 0 (x = 0, 6, 12, 18, 24), 5 × 5 cells each. */
export const PLAN_UNITS: PlanUnit[] = [
  planUnit({ id: 1, code: 'O-101', state: 'free' }),
  planUnit({
    id: 2,
    code: 'O-102',
    x: 6,
    state: 'allocated',
    holder: {
      organizationId: 7,
      organizationName: '福山区星火青少年服务中心',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    },
  }),
  planUnit({
    id: 3,
    code: 'O-103',
    x: 12,
    state: 'expiring',
    holder: {
      organizationId: 8,
      organizationName: '福山区夕阳红养老服务中心',
      startDate: '2025-12-01',
      endDate: '2026-12-10',
    },
  }),
  planUnit({
    id: 4,
    code: 'O-104',
    x: 18,
    state: 'out_of_service',
    outage: { kind: 'maintenance', startDate: '2026-11-20', endDate: '2026-12-05' },
  }),
  planUnit({
    id: 5,
    code: 'M-105',
    name: '第一会议室',
    unitType: 'meeting_room',
    areaM2: 60,
    seats: 20,
    x: 24,
    w: 8,
    state: 'bookable',
  }),
]

export function spaceUnit(overrides: Partial<SpaceUnit> = {}): SpaceUnit {
  return {
    id: 1,
    floorId: 1,
    floorName: '一层',
    code: 'O-101',
    name: null,
    unitType: 'office',
    areaM2: 24,
    seats: 4,
    amenities: ['网络'],
    x: 0,
    y: 0,
    w: 5,
    h: 5,
    archivedAt: null,
    ...overrides,
  }
}

export function floorPlan(overrides: Partial<FloorPlan> = {}): FloorPlan {
  return { floor: FLOOR, date: '2026-11-27', units: PLAN_UNITS, unplaced: [], ...overrides }
}

export function allocation(overrides: Partial<Allocation> = {}): Allocation {
  return {
    id: 11,
    unitId: 2,
    unitCode: 'O-102',
    unitType: 'office',
    floorName: '一层',
    areaM2: 24,
    organizationId: 7,
    organizationName: '福山区星火青少年服务中心',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    note: null,
    cancelledAt: null,
    history: [
      {
        kind: 'created',
        fromEnd: null,
        toEnd: '2026-12-31',
        note: null,
        recordedAt: '2026-01-01 09:00:00',
        recordedBy: '前台小王',
      },
    ],
    ...overrides,
  }
}

export const SETTINGS: SpaceSettings = {
  bufferMinutes: 15,
  openFrom: '08:30',
  openUntil: '21:00',
  closedWeekdays: [0],
  closedDates: ['2027-01-01'],
  referenceRentFen: 150,
}

export const ROOM = spaceUnit({
  id: 5,
  code: 'M-105',
  name: '第一会议室',
  unitType: 'meeting_room',
  areaM2: 60,
  seats: 20,
  amenities: ['投影仪'],
  x: 24,
  w: 8,
})

export function booking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: 31,
    unitId: ROOM.id,
    unitCode: ROOM.code,
    unitName: ROOM.name,
    date: '2026-11-27',
    startTime: '09:00',
    endTime: '11:00',
    bookerKind: 'branch',
    organizationId: null,
    bookerName: '基地党支部',
    title: '主题党日',
    attendees: 18,
    seriesId: null,
    cancelledAt: null,
    cancelReason: null,
    ...overrides,
  }
}

export const SPACE_WRITER = ['session', 'organization.read', 'space.read', 'space.write', 'booking.write']
export const SPACE_READER = ['session', 'organization.read', 'space.read']
