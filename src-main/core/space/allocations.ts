// 分配: a unit held by a resident organisation between two dates (both included). Overlaps are refused inside
// the write transaction, naming the holder and the dates.
import type { Allocation } from '../../shared/entities'
import { ALLOCATABLE_UNIT_TYPES } from '../../shared/enums'
import type { Database } from '../db/open'
import { DomainError, fail, notice } from '../errors'
import { addDays } from '../lib/dates'
import { findOrganizationRow } from '../organizations/repository'
import { defineHandlers } from '../registry'
import { requireUnit } from './handlers'
import { ALLOCATION_SELECT, allocationOf, spaceStatements as s, type AllocationRow } from './repository'

function refuse(
  field: string,
  key: Parameters<typeof notice>[0],
  params?: Record<string, string | number>,
): never {
  throw new DomainError({
    code: 'VALIDATION',
    ...notice('common.invalidFields', { count: 1 }),
    fields: { [field]: notice(key, params) },
  })
}

function requireAllocation(db: Database, id: number): AllocationRow {
  const row = s(db).allocationById.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** The unit is free of other allocations and of 维修/停用 from `start` to `end`. */
function checkFree(db: Database, unitId: number, start: string, end: string, selfId = 0): void {
  const holder = s(db).allocationOverlapping.get(unitId, end, start, selfId)
  if (holder) {
    refuse('unitId', 'space.allocationOverlap', {
      start: holder.start_date,
      end: holder.end_date,
      holder: holder.organization_name,
    })
  }
  const outage = s(db).outageOverlapping.get(unitId, end, start)
  if (outage?.end_date === null) {
    refuse('unitId', 'space.allocationOutOfServiceOpen', {
      start: outage.start_date,
      kind: outage.kind,
    })
  }
  if (outage) {
    refuse('unitId', 'space.allocationOutOfService', {
      start: outage.start_date,
      end: outage.end_date,
      kind: outage.kind,
    })
  }
}

function record(
  db: Database,
  allocationId: number,
  kind: Allocation['history'][number]['kind'],
  fromEnd: string | null,
  toEnd: string | null,
  note: string | null,
  at: string,
  by: string,
): void {
  s(db).insertEvent.run({ allocationId, kind, fromEnd, toEnd, note, at, by })
}

const view = (db: Database, id: number): Allocation => allocationOf(db, requireAllocation(db, id))

export const allocationHandlers = defineHandlers({
  'allocation.list': {
    permission: 'space.read',
    write: false,
    run: ({ db, clock }, q) => {
      const clauses: string[] = []
      const params: Record<string, string | number> = {}
      if (!q.includeCancelled) clauses.push('a.cancelled_at IS NULL')
      if (q.unitId) {
        clauses.push('a.unit_id = @unitId')
        params.unitId = q.unitId
      }
      if (q.organizationId) {
        clauses.push('a.organization_id = @organizationId')
        params.organizationId = q.organizationId
      }
      if (q.activeOn) {
        clauses.push('a.start_date <= @activeOn AND a.end_date >= @activeOn')
        params.activeOn = q.activeOn
      }
      if (q.endingWithinDays !== undefined) {
        clauses.push('a.end_date >= @today AND a.end_date <= @until')
        params.today = clock.today()
        params.until = addDays(clock.today(), q.endingWithinDays)
      }
      const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
      const order = q.endingWithinDays !== undefined ? 'a.end_date, a.id' : 'a.start_date DESC, a.id DESC'
      const total = (
        db.prepare(`SELECT count(*) AS n FROM space_allocation a ${where}`).get(params) as { n: number }
      ).n
      const rows = db
        .prepare(`${ALLOCATION_SELECT} ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as AllocationRow[]
      return { items: rows.map((r) => allocationOf(db, r)), total, page: q.page, pageSize: q.pageSize }
    },
  },
  /** 新增分配: dates default to the organisation's 入驻协议. */
  'allocation.create': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const unit = requireUnit(db, input.unitId)
      if (unit.archived_at) fail('CONFLICT', 'space.unitArchived')
      if (!ALLOCATABLE_UNIT_TYPES.includes(unit.unit_type)) {
        refuse('unitId', 'space.unitNotAllocatable', {
          code: unit.code,
          type: unit.unit_type,
        })
      }
      const org = findOrganizationRow(db, input.organizationId)
      if (!org) fail('NOT_FOUND', 'common.notFound')
      if (org.archived_at)
        refuse('organizationId', 'space.allocationOrganizationArchived', { name: org.name })
      const start = input.startDate ?? org.agreement_start
      const end = input.endDate ?? org.agreement_end
      if (!start || !end) refuse('startDate', 'space.allocationNoAgreement', { name: org.name })
      if (end < start) refuse('endDate', 'space.allocationEndBeforeStart', { start })
      checkFree(db, unit.id, start, end)
      const at = clock.timestamp()
      const id = Number(
        s(db).insertAllocation.run({
          unitId: unit.id,
          organizationId: org.id,
          startDate: start,
          endDate: end,
          note: input.note,
          at,
        }).lastInsertRowid,
      )
      record(db, id, 'created', null, end, input.note, at, actor.name)
      const after = view(db, id)
      audit({ entity: 'space_allocation', entityId: id, before: null, after })
      return after
    },
  },
  /** 续期: a later end, if the unit is free until then. */
  'allocation.extend': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id, endDate, note }) => {
      const row = requireAllocation(db, id)
      if (row.cancelled_at) fail('CONFLICT', 'space.allocationCancelled')
      if (endDate <= row.end_date) refuse('endDate', 'space.extendNotLater', { end: row.end_date })
      checkFree(db, row.unit_id, addDays(row.end_date, 1), endDate, id)
      s(db).setAllocationEnd.run(endDate, clock.timestamp(), id)
      record(db, id, 'extended', row.end_date, endDate, note, clock.timestamp(), actor.name)
      const after = view(db, id)
      audit({
        entity: 'space_allocation',
        entityId: id,
        before: { endDate: row.end_date },
        after: { endDate, note },
      })
      return after
    },
  },
  /** 提前结束: an earlier end, not before the start. */
  'allocation.endEarly': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id, endDate, note }) => {
      const row = requireAllocation(db, id)
      if (row.cancelled_at) fail('CONFLICT', 'space.allocationCancelled')
      if (endDate >= row.end_date || endDate < row.start_date) {
        refuse('endDate', 'space.endEarlyNotEarlier', { end: row.end_date, start: row.start_date })
      }
      s(db).setAllocationEnd.run(endDate, clock.timestamp(), id)
      record(db, id, 'ended_early', row.end_date, endDate, note, clock.timestamp(), actor.name)
      audit({
        entity: 'space_allocation',
        entityId: id,
        before: { endDate: row.end_date },
        after: { endDate, note },
      })
      return view(db, id)
    },
  },
  /** 撤销: a mistaken allocation leaves the plan but stays on record, with the reason. */
  'allocation.cancel': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id, reason }) => {
      const row = requireAllocation(db, id)
      if (row.cancelled_at) fail('CONFLICT', 'space.allocationCancelled')
      const at = clock.timestamp()
      s(db).cancelAllocation.run(at, at, id)
      record(db, id, 'cancelled', row.end_date, null, reason, at, actor.name)
      audit({
        entity: 'space_allocation',
        entityId: id,
        before: { cancelledAt: null },
        after: { cancelledAt: at, reason },
      })
      return view(db, id)
    },
  },
  /** 出壳 / 退出: every allocation of the organisation ends on that date; later ones are cancelled. */
  'allocation.endAllFor': {
    permission: 'space.write',
    write: true,
    run: ({ db, clock, actor, audit }, { organizationId, endDate, note }) => {
      if (!findOrganizationRow(db, organizationId)) fail('NOT_FOUND', 'common.notFound')
      const at = clock.timestamp()
      let ended = 0
      for (const row of s(db).activeAllocationsOfOrg.all(organizationId, endDate)) {
        if (row.end_date <= endDate) continue
        if (row.start_date > endDate) {
          s(db).cancelAllocation.run(at, at, row.id)
          record(db, row.id, 'cancelled', row.end_date, null, note, at, actor.name)
        } else {
          s(db).setAllocationEnd.run(endDate, at, row.id)
          record(db, row.id, 'ended_early', row.end_date, endDate, note, at, actor.name)
        }
        audit({
          entity: 'space_allocation',
          entityId: row.id,
          before: { endDate: row.end_date },
          after: { endDate, note },
        })
        ended++
      }
      return { ended }
    },
  },
})
