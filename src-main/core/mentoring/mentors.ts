// 导师 and 结对: who coaches, in what, how many hours a month, and which organisations they accompany.
import type { MentorDetail, Pairing } from '../../shared/entities'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { fail, failOnProblems, notice } from '../errors'
import { addDays, addMonths } from '../lib/dates'
import { defineHandlers } from '../registry'
import { Where, likePattern } from '../db/where'
import {
  MENTOR_SELECT,
  PAIRING_SELECT,
  dimensionBit,
  hoursOf,
  maskOf,
  mentoringStatements as s,
  toMentor,
  toPairing,
  type MentorRow,
  type PairingRow,
} from './repository'

/** The parameters MENTOR_SELECT needs for a day. */
export function mentorDayParams(today: string): { today: string; monthStart: string; monthEnd: string } {
  const monthStart = `${today.slice(0, 7)}-01`
  return { today, monthStart, monthEnd: addDays(addMonths(monthStart, 1), -1) }
}

export function requireMentor(
  db: Database,
  id: number,
): NonNullable<ReturnType<ReturnType<typeof s>['mentorById']['get']>> {
  const row = s(db).mentorById.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

function mentorDetail(db: Database, id: number, today: string): MentorDetail {
  const row = db.prepare(`${MENTOR_SELECT} WHERE m.id = @id`).get({ ...mentorDayParams(today), id }) as
    MentorRow | undefined
  if (!row) fail('NOT_FOUND', 'common.notFound')
  const pairings = (
    db
      .prepare(
        `${PAIRING_SELECT} WHERE p.mentor_id = ? AND p.cancelled_at IS NULL ORDER BY p.start_date DESC`,
      )
      .all(id) as PairingRow[]
  ).map((p) => toPairing(p, today))
  return { ...toMentor(row), pairings }
}

/** Planned minutes per month of a mentor's pairings in force on `date`. */
function plannedOn(db: Database, mentorId: number, date: string, exceptId = 0): number {
  return (
    db
      .prepare(
        `SELECT coalesce(sum(monthly_min), 0) AS n FROM mentor_pairing WHERE mentor_id = ? AND id != ? AND cancelled_at IS NULL
           AND start_date <= ? AND coalesce(end_date, '9999-12-31') >= ?`,
      )
      .get(mentorId, exceptId, date, date) as { n: number }
  ).n
}

/**
 * The heaviest month a new pairing [start, end] would make: the load only rises where a pairing starts, so the
 * peak is on the new start date or on the start of a pairing inside the period.
 */
function peakLoad(db: Database, mentorId: number, start: string, end: string | null): number {
  const starts = db
    .prepare(
      `SELECT DISTINCT start_date AS d FROM mentor_pairing WHERE mentor_id = ? AND cancelled_at IS NULL
         AND start_date > ? AND start_date <= ?`,
    )
    .all(mentorId, start, end ?? '9999-12-31') as { d: string }[]
  return Math.max(plannedOn(db, mentorId, start), ...starts.map((r) => plannedOn(db, mentorId, r.d)))
}

export const mentorHandlers = defineHandlers({
  'mentor.list': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db, clock }, q) => {
      const w = new Where()
      if (!q.includeInactive) w.add('m.active = 1')
      w.when(q.kind, 'm.kind = @kind', 'kind')
        .when(q.dimension ? dimensionBit(q.dimension) : null, '(m.dimension_mask & @bit) != 0', 'bit')
        .when(
          q.search ? likePattern(q.search) : null,
          "(m.name LIKE @like ESCAPE '\\' OR m.organization_name LIKE @like ESCAPE '\\' OR m.phone LIKE @like ESCAPE '\\')",
          'like',
        )
      const where = w.sql
      const params = { ...w.params, ...mentorDayParams(clock.today()) }
      const total = (db.prepare(`SELECT count(*) AS n FROM mentor m ${where}`).get(params) as { n: number }).n
      const rows = db
        .prepare(`${MENTOR_SELECT} ${where} ORDER BY m.active DESC, m.name LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as MentorRow[]
      return { items: rows.map(toMentor), total, page: q.page, pageSize: q.pageSize }
    },
  },
  /** Every mentor, for choosing one in a form (a base has tens, not thousands). */
  'mentor.options': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db }) =>
      (
        db
          .prepare('SELECT id, name, kind, active, account_id FROM mentor ORDER BY active DESC, name')
          .all() as {
          id: number
          name: string
          kind: MentorDetail['kind']
          active: number
          account_id: number | null
        }[]
      ).map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        active: r.active === 1,
        accountId: r.account_id,
      })),
  },
  'mentor.get': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db, clock }, { id }) => mentorDetail(db, id, clock.today()),
  },
  'mentor.save': {
    permission: 'mentoring.manage',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const fields: Record<string, Notice> = {}
      const warnings: Record<string, Notice> = {}
      const before = input.id === undefined ? null : mentorDetail(db, input.id, clock.today())
      if (input.accountId !== null) {
        const account = db.prepare('SELECT id, username FROM app_user WHERE id = ?').get(input.accountId) as
          { id: number; username: string } | undefined
        if (!account) fields.accountId = notice('field.notInList')
        else {
          const isMentor = db
            .prepare("SELECT 1 FROM app_user_role WHERE user_id = ? AND role = 'mentor'")
            .get(input.accountId)
          if (!isMentor) fields.accountId = notice('coaching.accountNotMentor', { account: account.username })
          const twin = db.prepare('SELECT id, name FROM mentor WHERE account_id = ?').get(input.accountId) as
            { id: number; name: string } | undefined
          if (twin && twin.id !== input.id)
            fields.accountId = notice('coaching.accountTaken', { account: account.username, name: twin.name })
        }
      }
      const capacityMin = Math.round(input.monthlyCapacityHours * 60)
      if (before && capacityMin < Math.round(before.plannedHours * 60)) {
        warnings.monthlyCapacityHours = notice('coaching.capacityBelowPlanned', {
          capacity: input.monthlyCapacityHours,
          planned: before.plannedHours,
        })
      }
      failOnProblems(fields, warnings, input.acceptWarnings)
      const values = {
        name: input.name,
        kind: input.kind,
        phone: input.phone,
        affiliation: input.affiliation,
        mask: maskOf(input.dimensions),
        areas: JSON.stringify(input.serviceAreas),
        capacity: capacityMin,
        active: input.active ? 1 : 0,
        accountId: input.accountId,
        note: input.note,
        at: clock.timestamp(),
      }
      let id = input.id
      if (id === undefined) {
        id = Number(
          db
            .prepare(
              `INSERT INTO mentor (name, kind, phone, organization_name, dimension_mask, service_areas, monthly_capacity_min,
                 active, account_id, note, created_at, updated_at)
               VALUES (@name, @kind, @phone, @affiliation, @mask, @areas, @capacity, @active, @accountId, @note, @at, @at)`,
            )
            .run(values).lastInsertRowid,
        )
      } else {
        db.prepare(
          `UPDATE mentor SET name = @name, kind = @kind, phone = @phone, organization_name = @affiliation,
             dimension_mask = @mask, service_areas = @areas, monthly_capacity_min = @capacity, active = @active,
             account_id = @accountId, note = @note, updated_at = @at WHERE id = @id`,
        ).run({ ...values, id })
      }
      const after = mentorDetail(db, id, clock.today())
      const { pairings: _p, ...beforeProfile } = before ?? { pairings: [] }
      const { pairings: _q, ...afterProfile } = after
      audit({ entity: 'mentor', entityId: id, before: before ? beforeProfile : null, after: afterProfile })
      return after
    },
  },
  'pairing.list': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db, clock }, q) => {
      const w = new Where()
        .add('p.cancelled_at IS NULL', { today: clock.today() })
        .when(q.mentorId, 'p.mentor_id = @mentorId', 'mentorId')
        .when(q.organizationId, 'p.organization_id = @organizationId', 'organizationId')
      if (!q.includeEnded) w.add("coalesce(p.end_date, '9999-12-31') >= @today")
      const params = w.params
      return (
        db
          .prepare(`${PAIRING_SELECT} ${w.sql} ORDER BY p.start_date DESC, p.id DESC LIMIT 500`)
          .all(params) as PairingRow[]
      ).map((r) => toPairing(r, clock.today()))
    },
  },
  'pairing.create': {
    permission: 'mentoring.manage',
    write: true,
    run: ({ db, clock, audit }, input): Pairing => {
      const mentor = requireMentor(db, input.mentorId)
      const org = s(db).organizationById.get(input.organizationId)
      const fields: Record<string, Notice> = {}
      const warnings: Record<string, Notice> = {}
      if (!org) fields.organizationId = notice('field.notInList')
      else if (org.archived_at)
        fields.organizationId = notice('coaching.organizationArchived', { name: org.name })
      if (mentor.active !== 1) fields.mentorId = notice('coaching.mentorInactive', { name: mentor.name })
      if (input.endDate && input.endDate < input.startDate)
        fields.endDate = notice('coaching.endBeforeStart', { start: input.startDate })
      const twin = db
        .prepare(
          `SELECT start_date FROM mentor_pairing WHERE mentor_id = ? AND organization_id = ? AND cancelled_at IS NULL
             AND start_date <= ? AND coalesce(end_date, '9999-12-31') >= ? LIMIT 1`,
        )
        .get(input.mentorId, input.organizationId, input.endDate ?? '9999-12-31', input.startDate) as
        { start_date: string } | undefined
      if (twin && org) {
        fields.startDate = notice('coaching.pairingOverlap', {
          mentor: mentor.name,
          organization: org.name,
          start: twin.start_date,
        })
      }
      const monthlyMin = Math.round(input.monthlyHours * 60)
      if (Object.keys(fields).length === 0) {
        const planned = peakLoad(db, input.mentorId, input.startDate, input.endDate) + monthlyMin
        if (planned > mentor.monthly_capacity_min) {
          warnings.monthlyHours = notice('coaching.capacityExceeded', {
            name: mentor.name,
            capacity: hoursOf(mentor.monthly_capacity_min),
            planned: hoursOf(planned),
            over: hoursOf(planned - mentor.monthly_capacity_min),
          })
        }
      }
      failOnProblems(fields, warnings, input.acceptWarnings)
      const at = clock.timestamp()
      const id = Number(
        db
          .prepare(
            `INSERT INTO mentor_pairing (mentor_id, organization_id, dimension_mask, start_date, end_date, monthly_min, note,
               created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.mentorId,
            input.organizationId,
            maskOf(input.dimensions),
            input.startDate,
            input.endDate,
            monthlyMin,
            input.note,
            at,
            at,
          ).lastInsertRowid,
      )
      const row = db.prepare(`${PAIRING_SELECT} WHERE p.id = ?`).get(id) as PairingRow
      const after = toPairing(row, clock.today())
      audit({ entity: 'mentor_pairing', entityId: id, before: null, after })
      return after
    },
  },
  /** 结束结对 on a date (the pairing stays, with its end). */
  'pairing.end': {
    permission: 'mentoring.manage',
    write: true,
    run: ({ db, clock, audit }, { id, endDate }) => {
      const row = db.prepare(`${PAIRING_SELECT} WHERE p.id = ? AND p.cancelled_at IS NULL`).get(id) as
        PairingRow | undefined
      if (!row) fail('NOT_FOUND', 'common.notFound')
      if (endDate < row.start_date) {
        failOnProblems({ endDate: notice('coaching.endBeforeStart', { start: row.start_date }) }, {}, false)
      }
      db.prepare('UPDATE mentor_pairing SET end_date = ?, updated_at = ? WHERE id = ?').run(
        endDate,
        clock.timestamp(),
        id,
      )
      const after = toPairing(
        db.prepare(`${PAIRING_SELECT} WHERE p.id = ?`).get(id) as PairingRow,
        clock.today(),
      )
      audit({ entity: 'mentor_pairing', entityId: id, before: toPairing(row, clock.today()), after })
      return after
    },
  },
})
