import type { OrganizationDetail } from '../../shared/entities'
import type { Database } from '../db/open'
import { fail, failOnProblems, notice } from '../errors'
import { defineHandlers } from '../registry'
import {
  appendStage,
  entryYears,
  findOrganizationRow,
  insertOrganization,
  lastStageOf,
  listOrganizations,
  serviceAreasOf,
  setArchived,
  setCurrentStage,
  stageHistoryOf,
  toOrganization,
  updateOrganization,
  type OrganizationRow,
  type OrganizationValues,
} from './repository'
import { checkIdentity, checkProfile, normalizePhone, type Problems } from './rules'

function requireRow(db: Database, id: number): OrganizationRow {
  const row = findOrganizationRow(db, id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

export function organizationDetail(db: Database, id: number): OrganizationDetail {
  const row = requireRow(db, id)
  return { ...toOrganization(row, serviceAreasOf(db, id)), stageHistory: stageHistoryOf(db, id) }
}

/** The audit's picture of an organisation: the profile without the (separately logged) history. */
function snapshot(db: Database, id: number) {
  const row = requireRow(db, id)
  return toOrganization(row, serviceAreasOf(db, id))
}

export const organizationHandlers = defineHandlers({
  'organization.list': {
    permission: 'organization.read',
    write: false,
    run: ({ db }, input) => listOrganizations(db, input),
  },
  'organization.filterOptions': {
    permission: 'organization.read',
    write: false,
    run: ({ db }) => ({ entryYears: entryYears(db) }),
  },
  'organization.get': {
    permission: 'organization.read',
    write: false,
    run: ({ db }, { id }) => organizationDetail(db, id),
  },
  /** Live check of the identity fields while the form is being filled in; writes nothing. */
  'organization.check': {
    permission: 'organization.read',
    write: false,
    run: ({ db }, draft) => {
      const problems: Problems = { fields: {}, warnings: {} }
      checkIdentity(db, draft, problems)
      return problems
    },
  },
  'organization.create': {
    permission: 'organization.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const checked = checkProfile(db, input, today)
      if (input.stageDate > today) checked.fields.stageDate = notice('field.dateFuture', { today })
      failOnProblems(checked.fields, checked.warnings, input.acceptWarnings)
      const { acceptWarnings: _accepted, serviceAreas, stage, stageDate, ...profile } = input
      const values: OrganizationValues = {
        ...profile,
        uscc: checked.uscc,
        contactPhone: normalizePhone(profile.contactPhone),
      }
      const at = clock.timestamp()
      const id = insertOrganization(db, { ...values, stage, stageDate }, serviceAreas, at)
      appendStage(db, {
        organizationId: id,
        stage,
        date: stageDate,
        note: '',
        recordedAt: at,
        recordedBy: actor.name,
      })
      audit({ entity: 'organization', entityId: id, before: null, after: snapshot(db, id) })
      return organizationDetail(db, id)
    },
  },
  'organization.update': {
    permission: 'organization.write',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const row = requireRow(db, input.id)
      if (row.archived_at) fail('CONFLICT', 'organization.archived')
      const checked = checkProfile(db, input, clock.today())
      failOnProblems(checked.fields, checked.warnings, input.acceptWarnings)
      const before = snapshot(db, input.id)
      const { acceptWarnings: _accepted, serviceAreas, id, ...profile } = input
      const values: OrganizationValues = {
        ...profile,
        uscc: checked.uscc,
        contactPhone: normalizePhone(profile.contactPhone),
      }
      updateOrganization(db, id, values, serviceAreas, clock.timestamp())
      audit({ entity: 'organization', entityId: id, before, after: snapshot(db, id) })
      return organizationDetail(db, id)
    },
  },
  /** 变更阶段: appends a dated entry; a date before the previous stage's is refused. */
  'organization.changeStage': {
    permission: 'organization.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const row = requireRow(db, input.id)
      if (row.archived_at) fail('CONFLICT', 'organization.archived')
      const today = clock.today()
      const previous = lastStageOf(db, input.id) ?? { stage: row.stage, date: row.stage_date }
      const fields: Problems['fields'] = {}
      if (input.stage === row.stage) fields.stage = notice('organization.sameStage')
      if (!input.note) fields.note = notice('field.required')
      if (input.date < previous.date) {
        fields.date = notice('organization.stageBeforePrevious', { previousDate: previous.date })
      } else if (input.date > today) {
        fields.date = notice('field.dateFuture', { today })
      }
      failOnProblems(fields, {}, false)
      const at = clock.timestamp()
      const before = { stage: row.stage, stageDate: row.stage_date }
      appendStage(db, {
        organizationId: input.id,
        stage: input.stage,
        date: input.date,
        note: input.note,
        recordedAt: at,
        recordedBy: actor.name,
      })
      setCurrentStage(db, input.id, input.stage, input.date, at)
      audit({
        entity: 'organization',
        entityId: input.id,
        before,
        after: { stage: input.stage, stageDate: input.date, note: input.note },
      })
      return organizationDetail(db, input.id)
    },
  },
  /** 归档: hidden from the default list, kept whole, restorable. */
  'organization.archive': {
    permission: 'organization.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = requireRow(db, id)
      if (row.archived_at) fail('CONFLICT', 'organization.alreadyArchived')
      const at = clock.timestamp()
      setArchived(db, id, at, reason, at)
      audit({
        entity: 'organization',
        entityId: id,
        before: { archivedAt: null },
        after: { archivedAt: at, archiveReason: reason },
      })
      return organizationDetail(db, id)
    },
  },
  'organization.restore': {
    permission: 'organization.write',
    write: true,
    run: ({ db, clock, audit }, { id }) => {
      const row = requireRow(db, id)
      if (!row.archived_at) fail('CONFLICT', 'organization.notArchived')
      setArchived(db, id, null, null, clock.timestamp())
      audit({
        entity: 'organization',
        entityId: id,
        before: { archivedAt: row.archived_at, archiveReason: row.archive_reason },
        after: { archivedAt: null },
      })
      return organizationDetail(db, id)
    },
  },
})
