// 预约: rooms by the hour. Opening hours, closed days and the buffer between bookings come from 场地规则;
// a clash is refused naming the booking it clashes with; a weekly series books only the dates that are free.
import type { ParsedInput } from '../../shared/contract'
import type { SeriesDate, SeriesPreview, SpaceSettings } from '../../shared/entities'
import { BOOKABLE_UNIT_TYPES } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { fail, failOnProblems, invalid, notice } from '../errors'
import { daysBetween } from '../lib/dates'
import { findOrganizationRow } from '../organizations/repository'
import { defineHandlers } from '../registry'
import { readSpaceSettings } from '../system/settings'
import { requireUnit } from './handlers'
import { slotsClash, toClock, toMinutes, weekday, weeklyDates } from './intervals'
import { BOOKING_SELECT, spaceStatements as s, toBooking, type BookingRow, type UnitRow } from './repository'

function bookableUnit(db: Database, unitId: number): UnitRow {
  const unit = requireUnit(db, unitId)
  if (unit.archived_at) fail('CONFLICT', 'space.unitArchived')
  if (!BOOKABLE_UNIT_TYPES.includes(unit.unit_type)) {
    invalid({
      unitId: notice('space.unitNotBookable', { code: unit.code, type: unit.unit_type }),
    })
  }
  return unit
}

/**
 * Why a room cannot be booked on `date` from `start` to `end` (minutes), or null when it can. A booking being moved
 * (`exceptBookingId`) does not clash with itself.
 */
export function slotProblem(
  db: Database,
  rules: SpaceSettings,
  unitId: number,
  date: string,
  start: number,
  end: number,
  exceptBookingId?: number,
): { status: Exclude<SeriesDate['status'], 'free'>; notice: Notice } | null {
  if (start < toMinutes(rules.openFrom) || end > toMinutes(rules.openUntil)) {
    return {
      status: 'outside_hours',
      notice: notice('space.bookingOutsideHours', { from: rules.openFrom, until: rules.openUntil }),
    }
  }
  if (rules.closedDates.includes(date) || rules.closedWeekdays.includes(weekday(date))) {
    return { status: 'closed', notice: notice('space.bookingClosedDay', { date }) }
  }
  const outage = s(db).outageOverlapping.get(unitId, date, date)
  if (outage) {
    return {
      status: 'out_of_service',
      notice: notice('space.bookingOutOfService', { date, kind: outage.kind }),
    }
  }
  const clash = s(db)
    .bookingsOfUnitDay.all(unitId, date)
    .find(
      (b) => b.id !== exceptBookingId && slotsClash(start, end, b.start_min, b.end_min, rules.bufferMinutes),
    )
  if (clash) {
    return {
      status: 'conflict',
      notice: notice(rules.bufferMinutes > 0 ? 'space.bookingConflict' : 'space.bookingConflictNoBuffer', {
        date,
        start: toClock(clash.start_min),
        end: toClock(clash.end_min),
        title: clash.title,
        booker: clash.booker_name,
        buffer: rules.bufferMinutes,
      }),
    }
  }
  return null
}

type BookingFields = Pick<
  ParsedInput<'booking.create'>,
  | 'unitId'
  | 'startTime'
  | 'endTime'
  | 'bookerKind'
  | 'organizationId'
  | 'bookerName'
  | 'title'
  | 'attendees'
  | 'acceptWarnings'
>

/**
 * The checks of a booking that do not depend on the day. Returns the slot in minutes and the warnings, which
 * the caller raises only once the day's own checks have passed (a clash is refused before anything is asked).
 */
function checkBooking(
  db: Database,
  input: BookingFields,
): { unit: UnitRow; start: number; end: number; warnings: Record<string, Notice> } {
  const unit = bookableUnit(db, input.unitId)
  const start = toMinutes(input.startTime)
  const end = toMinutes(input.endTime)
  const fields: Record<string, Notice> = {}
  if (end <= start) fields.endTime = notice('space.bookingEndBeforeStart')
  if (input.bookerKind === 'organization') {
    if (input.organizationId === null) fields.organizationId = notice('space.organizationRequired')
    else if (!findOrganizationRow(db, input.organizationId)) fields.organizationId = notice('common.notFound')
  }
  const warnings: Record<string, Notice> =
    unit.seats > 0 && input.attendees > unit.seats
      ? { attendees: notice('space.capacityWarning', { attendees: input.attendees, seats: unit.seats }) }
      : {}
  failOnProblems(fields, {}, false)
  return { unit, start, end, warnings }
}

function preview(
  db: Database,
  rules: SpaceSettings,
  unitId: number,
  dates: string[],
  start: number,
  end: number,
): SeriesPreview {
  const list: SeriesDate[] = dates.map((date) => {
    const problem = slotProblem(db, rules, unitId, date, start, end)
    return problem
      ? { date, status: problem.status, notice: problem.notice }
      : { date, status: 'free', notice: null }
  })
  return { dates: list, freeCount: list.filter((d) => d.status === 'free').length }
}

function seriesDates(from: string, to: string, today: string): string[] {
  if (to < from || daysBetween(from, to) > 366) invalid({ toDate: notice('space.seriesRange') })
  if (from < today) invalid({ fromDate: notice('space.bookingPast', { date: from }) })
  return weeklyDates(from, to)
}

export const bookingHandlers = defineHandlers({
  'booking.list': {
    permission: 'space.read',
    write: false,
    run: ({ db }, { from, to, unitIds }) => {
      if (to < from || daysBetween(from, to) > 62) invalid({ to: notice('space.bookingRangeTooLong') })
      const units = unitIds?.length ? 'AND b.unit_id IN (SELECT value FROM json_each(@units))' : ''
      return (
        db
          .prepare(
            `${BOOKING_SELECT} WHERE b.date >= @from AND b.date <= @to AND b.cancelled_at IS NULL ${units}
             ORDER BY b.date, b.start_min, b.unit_id`,
          )
          .all({ from, to, ...(unitIds?.length ? { units: JSON.stringify(unitIds) } : {}) }) as BookingRow[]
      ).map(toBooking)
    },
  },
  'booking.create': {
    permission: 'booking.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const { start, end, warnings } = checkBooking(db, input)
      const today = clock.today()
      if (input.date < today) invalid({ date: notice('space.bookingPast', { date: input.date }) })
      const now = clock.timestamp().slice(11, 16)
      if (input.date === today && start < toMinutes(now))
        invalid({ startTime: notice('space.bookingPastTime', { now }) })
      const problem = slotProblem(db, readSpaceSettings(db), input.unitId, input.date, start, end)
      if (problem) invalid({ [problem.status === 'outside_hours' ? 'startTime' : 'date']: problem.notice })
      failOnProblems({}, warnings, input.acceptWarnings)
      const id = Number(
        s(db).insertBooking.run({
          ...input,
          startMin: start,
          endMin: end,
          seriesId: null,
          at: clock.timestamp(),
          by: actor.name,
        }).lastInsertRowid,
      )
      const booking = s(db).bookingById.get(id)
      if (!booking) fail('NOT_FOUND', 'common.notFound')
      audit({ entity: 'space_booking', entityId: id, before: null, after: toBooking(booking) })
      return toBooking(booking)
    },
  },
  /** Every date of a weekly series, with why it cannot be booked; nothing is written. */
  'booking.previewSeries': {
    permission: 'booking.write',
    write: false,
    run: ({ db, clock }, input) => {
      bookableUnit(db, input.unitId)
      const start = toMinutes(input.startTime)
      const end = toMinutes(input.endTime)
      if (end <= start) invalid({ endTime: notice('space.bookingEndBeforeStart') })
      const dates = seriesDates(input.fromDate, input.toDate, clock.today())
      return preview(db, readSpaceSettings(db), input.unitId, dates, start, end)
    },
  },
  /** 每周重复: books the free dates of the series, in one transaction; the others are left out. */
  'booking.createSeries': {
    permission: 'booking.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const { start, end, warnings } = checkBooking(db, input)
      const dates = seriesDates(input.fromDate, input.toDate, clock.today())
      const result = preview(db, readSpaceSettings(db), input.unitId, dates, start, end)
      if (result.freeCount === 0) fail('CONFLICT', 'space.seriesEmpty')
      failOnProblems({}, warnings, input.acceptWarnings)
      const at = clock.timestamp()
      const seriesId = Number(
        s(db).insertSeries.run({
          unitId: input.unitId,
          fromDate: input.fromDate,
          toDate: input.toDate,
          startMin: start,
          endMin: end,
          at,
        }).lastInsertRowid,
      )
      for (const d of result.dates.filter((x) => x.status === 'free')) {
        s(db).insertBooking.run({
          ...input,
          date: d.date,
          startMin: start,
          endMin: end,
          seriesId,
          at,
          by: actor.name,
        })
      }
      const summary = { seriesId, created: result.freeCount, skipped: result.dates.length - result.freeCount }
      audit({
        entity: 'space_booking_series',
        entityId: seriesId,
        before: null,
        after: {
          ...summary,
          title: input.title,
          unitId: input.unitId,
          from: input.fromDate,
          to: input.toDate,
        },
      })
      return summary
    },
  },
  'booking.cancel': {
    permission: 'booking.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = s(db).bookingById.get(id)
      if (!row) fail('NOT_FOUND', 'common.notFound')
      if (row.cancelled_at) fail('CONFLICT', 'space.bookingCancelled')
      s(db).cancelBooking.run(clock.timestamp(), reason, id)
      const after = s(db).bookingById.get(id)
      audit({
        entity: 'space_booking',
        entityId: id,
        before: toBooking(row),
        after: after ? toBooking(after) : null,
      })
      return after ? toBooking(after) : toBooking(row)
    },
  },
  /** Cancels the occurrences of a series between two dates (both included). */
  'booking.cancelRange': {
    permission: 'booking.write',
    write: true,
    run: ({ db, clock, audit }, { seriesId, fromDate, toDate, reason }) => {
      if (toDate < fromDate) invalid({ toDate: notice('space.seriesRange') })
      const at = clock.timestamp()
      const ids = s(db)
        .seriesBookingsInRange.all(seriesId, fromDate, toDate)
        .map((r) => r.id)
      for (const id of ids) s(db).cancelBooking.run(at, reason, id)
      audit({
        entity: 'space_booking_series',
        entityId: seriesId,
        before: null,
        after: { cancelled: ids.length, from: fromDate, to: toDate, reason },
      })
      return { cancelled: ids.length }
    },
  },
})
