// 年检, 等级评估 and 公益性捐赠税前扣除资格 of an organisation (domain §1), and the standing they give it on a day:
// the grade in force and what it unlocks, the 6-month warning, 不可参评, 可申请评估, the 税前扣除资格 in force.
// The rules are shared/orgRecords.ts (the forms show the same). Honours are honours.ts, the overview of all
// residents ratingsOverview.ts.
//
// Nothing is deleted: a mistaken record is archived with its reason and stays in the card's history. A record of
// an archived organisation cannot be changed (restore the organisation first).
import type {
  AnnualInspection,
  OrgRating,
  OrgRecords,
  OrgStanding,
  TaxQualification,
} from '../../shared/entities'
import type { InspectionGrade } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import {
  gradeLabel,
  notRateableReasons,
  qualificationsOf,
  ratingOn,
  ratingValidUntil,
  registrationProblem,
  taxRatingProblem,
  taxValidUntil,
  validityOn,
  type NotRateableReason,
  type RegistrationProblem,
} from '../../shared/orgRecords'
import type { HandlerEnv } from '../context'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { fail, failOnProblems, notice } from '../errors'
import { defineHandlers } from '../registry'
import { readCoverageSettings } from '../system/settings'
import { honoursOfOrganization } from './honours'

export interface OrgRow {
  id: number
  name: string
  registered_on: string | null
  archived_at: string | null
}

/** What every record table has in common. */
interface RecordMeta {
  id: number
  organization_id: number
  note: string | null
  created_by: string
  created_at: string
  updated_at: string
  archived_at: string | null
  archive_reason: string | null
}

interface InspectionRow extends RecordMeta {
  year: number
  result: string
  grade: InspectionGrade
  concluded_on: string | null
  party_work_checked: number
}

interface RatingRow extends RecordMeta {
  grade: number
  rated_on: string
  valid_until: string
  score_tenths: number | null
  rated_by: string | null
  document_no: string | null
  party_building_assessed: number
}

interface TaxRow extends RecordMeta {
  granted_on: string
  valid_until: string
  document_no: string | null
}

type RecordTable = 'annual_inspection' | 'org_rating' | 'tax_deduction_qualification'
interface ArchiveParams {
  at: string
  reason: string
  id: number
}

const s = cached((db: Database) => ({
  org: db.prepare<[number], OrgRow>(
    'SELECT id, name, registered_on, archived_at FROM organization WHERE id = ?',
  ),
  inspectionsOf: db.prepare<[number], InspectionRow>(
    'SELECT * FROM annual_inspection WHERE organization_id = ? ORDER BY year DESC, id DESC',
  ),
  inspection: db.prepare<[number], InspectionRow>('SELECT * FROM annual_inspection WHERE id = ?'),
  inspectionOfYear: db.prepare<[number, number], InspectionRow>(
    'SELECT * FROM annual_inspection WHERE organization_id = ? AND year = ? AND archived_at IS NULL',
  ),
  insertInspection: db.prepare<{
    organizationId: number
    year: number
    result: string
    grade: InspectionGrade
    concludedOn: string | null
    partyWorkChecked: number
    note: string | null
    by: string
    at: string
  }>(
    `INSERT INTO annual_inspection (organization_id, year, result, grade, concluded_on, party_work_checked, note,
       created_by, created_at, updated_at)
     VALUES (@organizationId, @year, @result, @grade, @concludedOn, @partyWorkChecked, @note, @by, @at, @at)`,
  ),
  updateInspection: db.prepare<{
    id: number
    year: number
    result: string
    grade: InspectionGrade
    concludedOn: string | null
    partyWorkChecked: number
    note: string | null
    at: string
  }>(
    `UPDATE annual_inspection SET year = @year, result = @result, grade = @grade, concluded_on = @concludedOn,
       party_work_checked = @partyWorkChecked, note = @note, updated_at = @at WHERE id = @id`,
  ),
  ratingsOf: db.prepare<[number], RatingRow>(
    'SELECT * FROM org_rating WHERE organization_id = ? ORDER BY rated_on DESC, id DESC',
  ),
  rating: db.prepare<[number], RatingRow>('SELECT * FROM org_rating WHERE id = ?'),
  ratingOnDay: db.prepare<[number, string], RatingRow>(
    'SELECT * FROM org_rating WHERE organization_id = ? AND rated_on = ? AND archived_at IS NULL',
  ),
  insertRating: db.prepare<RatingValues & { organizationId: number; by: string; at: string }>(
    `INSERT INTO org_rating (organization_id, grade, rated_on, valid_until, score_tenths, rated_by, document_no,
       party_building_assessed, note, created_by, created_at, updated_at)
     VALUES (@organizationId, @grade, @ratedOn, @validUntil, @scoreTenths, @ratedBy, @documentNo,
       @partyBuildingAssessed, @note, @by, @at, @at)`,
  ),
  updateRating: db.prepare<RatingValues & { id: number; at: string }>(
    `UPDATE org_rating SET grade = @grade, rated_on = @ratedOn, valid_until = @validUntil,
       score_tenths = @scoreTenths, rated_by = @ratedBy, document_no = @documentNo,
       party_building_assessed = @partyBuildingAssessed, note = @note, updated_at = @at WHERE id = @id`,
  ),
  taxesOf: db.prepare<[number], TaxRow>(
    'SELECT * FROM tax_deduction_qualification WHERE organization_id = ? ORDER BY granted_on DESC, id DESC',
  ),
  tax: db.prepare<[number], TaxRow>('SELECT * FROM tax_deduction_qualification WHERE id = ?'),
  taxOnDay: db.prepare<[number, string], TaxRow>(
    `SELECT * FROM tax_deduction_qualification WHERE organization_id = ? AND granted_on = ?
       AND archived_at IS NULL`,
  ),
  insertTax: db.prepare<TaxValues & { organizationId: number; by: string; at: string }>(
    `INSERT INTO tax_deduction_qualification (organization_id, granted_on, valid_until, document_no, note,
       created_by, created_at, updated_at)
     VALUES (@organizationId, @grantedOn, @validUntil, @documentNo, @note, @by, @at, @at)`,
  ),
  updateTax: db.prepare<TaxValues & { id: number; at: string }>(
    `UPDATE tax_deduction_qualification SET granted_on = @grantedOn, valid_until = @validUntil,
       document_no = @documentNo, note = @note, updated_at = @at WHERE id = @id`,
  ),
  archive: {
    annual_inspection: db.prepare<ArchiveParams>(
      'UPDATE annual_inspection SET archived_at = @at, archive_reason = @reason, updated_at = @at WHERE id = @id',
    ),
    org_rating: db.prepare<ArchiveParams>(
      'UPDATE org_rating SET archived_at = @at, archive_reason = @reason, updated_at = @at WHERE id = @id',
    ),
    tax_deduction_qualification: db.prepare<ArchiveParams>(
      'UPDATE tax_deduction_qualification SET archived_at = @at, archive_reason = @reason, updated_at = @at WHERE id = @id',
    ),
  } satisfies Record<RecordTable, unknown>,
}))

interface RatingValues {
  grade: number
  ratedOn: string
  validUntil: string
  scoreTenths: number | null
  ratedBy: string | null
  documentNo: string | null
  partyBuildingAssessed: number
  note: string | null
}

interface TaxValues {
  grantedOn: string
  validUntil: string
  documentNo: string | null
  note: string | null
}

// ---- rows → entities ----

const meta = (r: RecordMeta) => ({
  id: r.id,
  organizationId: r.organization_id,
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
  archiveReason: r.archive_reason,
})

const toInspection = (r: InspectionRow): AnnualInspection => ({
  ...meta(r),
  year: r.year,
  result: r.result,
  grade: r.grade,
  concludedOn: r.concluded_on,
  partyWorkChecked: r.party_work_checked === 1,
})

const toRating = (r: RatingRow): OrgRating => ({
  ...meta(r),
  grade: r.grade,
  ratedOn: r.rated_on,
  validUntil: r.valid_until,
  scoreTenths: r.score_tenths,
  ratedBy: r.rated_by,
  documentNo: r.document_no,
  partyBuildingAssessed: r.party_building_assessed === 1,
})

const toTax = (r: TaxRow): TaxQualification => ({
  ...meta(r),
  grantedOn: r.granted_on,
  validUntil: r.valid_until,
  documentNo: r.document_no,
})

// ---- the standing ----

const live = <T extends { archivedAt: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((r) => r.archivedAt === null)

/** 不可参评 and 可申请评估 on a day: shared by the card and the overview. */
export function rateability(
  registeredOn: string | null,
  date: string,
  gradeOf: (year: number) => InspectionGrade | null,
): { notRateable: NotRateableReason[]; registration: RegistrationProblem | null; mayApply: boolean } {
  const notRateable = notRateableReasons(date, registeredOn, gradeOf)
  const registration = registrationProblem(registeredOn, date)
  return { notRateable, registration, mayApply: notRateable.length === 0 && registration === null }
}

/** What the live records mean on `today`. */
export function standingOf(
  registeredOn: string | null,
  inspections: readonly AnnualInspection[],
  ratings: readonly OrgRating[],
  taxes: readonly TaxQualification[],
  today: string,
): OrgStanding {
  const grades = new Map(live(inspections).map((i) => [i.year, i.grade]))
  const r = ratingOn(live(ratings), today)
  const rating = r
    ? {
        id: r.id,
        grade: r.grade,
        ratedOn: r.ratedOn,
        validUntil: r.validUntil,
        validity: validityOn(r.validUntil, today),
      }
    : null
  let tax: OrgStanding['tax'] = null
  for (const t of live(taxes)) {
    if (t.grantedOn <= today && (!tax || t.grantedOn > tax.grantedOn))
      tax = {
        id: t.id,
        grantedOn: t.grantedOn,
        validUntil: t.validUntil,
        validity: validityOn(t.validUntil, today),
      }
  }
  return {
    today,
    rating,
    qualifications: qualificationsOf(rating && rating.validity !== 'lapsed' ? rating.grade : null),
    ...rateability(registeredOn, today, (year) => grades.get(year) ?? null),
    tax,
  }
}

export function requireOrganization(db: Database, id: number): OrgRow {
  const row = s(db).org.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** An organisation whose records may change: it exists and is not archived. */
export function requireWritableOrganization(db: Database, id: number): OrgRow {
  const row = requireOrganization(db, id)
  if (row.archived_at !== null) fail('CONFLICT', 'orgRecords.organizationArchived', { name: row.name })
  return row
}

/** Everything of one organisation, and its standing on `today`. */
export function orgRecords(db: Database, organizationId: number, today: string): OrgRecords {
  const org = requireOrganization(db, organizationId)
  const inspections = s(db).inspectionsOf.all(org.id).map(toInspection)
  const ratings = s(db).ratingsOf.all(org.id).map(toRating)
  const taxQualifications = s(db).taxesOf.all(org.id).map(toTax)
  return {
    organizationId: org.id,
    organizationName: org.name,
    archived: org.archived_at !== null,
    registeredOn: org.registered_on,
    standing: standingOf(org.registered_on, inspections, ratings, taxQualifications, today),
    inspections,
    ratings,
    taxQualifications,
    honours: honoursOfOrganization(db, org.id),
    inspectionResults: readCoverageSettings(db).inspectionResults,
  }
}

/** A live record being edited: of this organisation, not archived. */
function requireEditable<R extends RecordMeta>(row: R | undefined, organizationId: number): R {
  if (!row) fail('NOT_FOUND', 'common.notFound')
  if (row.organization_id !== organizationId) fail('CONFLICT', 'orgRecords.wrongOrganization')
  if (row.archived_at !== null)
    fail('CONFLICT', 'orgRecords.recordArchived', { date: row.archived_at.slice(0, 10) })
  return row
}

/** 归档 a record with its reason: refused when already archived or its organisation is. */
/** 归档: the record is kept with its reason and audited; the organisation's records as they now stand. */
function archiveRecord<
  R extends RecordMeta,
  E extends { createdBy: string; createdAt: string; updatedAt: string },
>(
  { db, clock, audit }: HandlerEnv,
  table: RecordTable,
  row: R | undefined,
  toEntity: (row: R) => E,
  reason: string,
): OrgRecords {
  if (!row) fail('NOT_FOUND', 'common.notFound')
  const org = requireWritableOrganization(db, row.organization_id)
  if (row.archived_at !== null)
    fail('CONFLICT', 'orgRecords.recordArchived', { date: row.archived_at.slice(0, 10) })
  s(db).archive[table].run({ at: clock.timestamp(), reason, id: row.id })
  audit({
    entity: table,
    entityId: row.id,
    before: auditPicture(org.name, toEntity(row)),
    after: { archived: true, reason },
  })
  return orgRecords(db, org.id, clock.today())
}

const flag = (v: boolean): number => (v ? 1 : 0)

/** The audit's picture of a record: its entity without the bookkeeping, with the organisation's name. */
function auditPicture<T extends { createdBy: string; createdAt: string; updatedAt: string }>(
  orgName: string,
  entity: T,
) {
  const { createdBy: _by, createdAt: _at, updatedAt: _updated, ...rest } = entity
  return { organization: orgName, ...rest }
}

export const recordsHandlers = defineHandlers({
  'orgRecords.get': {
    permission: 'organization.read',
    write: false,
    run: ({ db, clock }, { organizationId }) => orgRecords(db, organizationId, clock.today()),
  },
  /** 年检: one live record per 年度; the result's grade is taken from 系统设置 when the result is chosen. */
  'orgRecords.saveInspection': {
    permission: 'organization.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const org = requireWritableOrganization(db, input.organizationId)
      const existing = input.id ? requireEditable(s(db).inspection.get(input.id), org.id) : null
      const fields: Record<string, Notice> = {}
      const thisYear = Number(today.slice(0, 4))
      if (input.year > thisYear) fields.year = notice('orgRecords.yearFuture', { year: thisYear })
      const taken = s(db).inspectionOfYear.get(org.id, input.year)
      if (taken && taken.id !== existing?.id)
        fields.year = notice('orgRecords.inspectionYearTaken', {
          name: org.name,
          year: input.year,
          result: taken.result,
        })
      // An unchanged result keeps the grade it was saved with, even if 系统设置 has renamed or regraded it since.
      let grade: InspectionGrade | null = existing && existing.result === input.result ? existing.grade : null
      if (grade === null) {
        const results = readCoverageSettings(db).inspectionResults
        grade = results.find((r) => r.label === input.result)?.grade ?? null
        if (grade === null)
          fields.result = notice('orgRecords.resultNotInList', {
            result: input.result,
            labels: results.map((r) => r.label).join('、'),
          })
      }
      if (input.concludedOn !== null) {
        if (input.concludedOn > today) fields.concludedOn = notice('field.dateFuture', { today })
        else if (input.concludedOn < `${input.year}-01-01`)
          fields.concludedOn = notice('orgRecords.concludedBeforeYear', {
            date: input.concludedOn,
            year: input.year,
          })
      }
      failOnProblems(fields, {}, false)
      const values = {
        year: input.year,
        result: input.result,
        grade: grade ?? 'pass',
        concludedOn: input.concludedOn,
        partyWorkChecked: flag(input.partyWorkChecked),
        note: input.note,
      }
      const at = clock.timestamp()
      let id: number
      if (existing) {
        id = existing.id
        s(db).updateInspection.run({ ...values, id, at })
      } else {
        id = Number(
          s(db).insertInspection.run({ ...values, organizationId: org.id, by: actor.name, at })
            .lastInsertRowid,
        )
      }
      audit({
        entity: 'annual_inspection',
        entityId: id,
        before: existing ? auditPicture(org.name, toInspection(existing)) : null,
        after: auditPicture(org.name, toInspection(s(db).inspection.get(id) as InspectionRow)),
      })
      return orgRecords(db, org.id, today)
    },
  },
  'orgRecords.archiveInspection': {
    permission: 'organization.write',
    write: true,
    run: (env, { id, reason }) =>
      archiveRecord(env, 'annual_inspection', s(env.db).inspection.get(id), toInspection, reason),
  },
  /**
   * 等级评估, valid 5 years. Rating an organisation that was 不可参评 or registered less than 2 full years on the
   * rating date asks first: the record is the registrar's decision, the app only points out the rule.
   */
  'orgRecords.saveRating': {
    permission: 'organization.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const org = requireWritableOrganization(db, input.organizationId)
      const existing = input.id ? requireEditable(s(db).rating.get(input.id), org.id) : null
      const fields: Record<string, Notice> = {}
      const warnings: Record<string, Notice> = {}
      if (input.ratedOn > today) fields.ratedOn = notice('field.dateFuture', { today })
      const sameDay = s(db).ratingOnDay.get(org.id, input.ratedOn)
      if (sameDay && sameDay.id !== existing?.id)
        fields.ratedOn = notice('orgRecords.ratingSameDay', {
          name: org.name,
          date: input.ratedOn,
          grade: gradeLabel(sameDay.grade),
        })
      // Asked when the rating is new or moves to another day, not at every later edit of its note.
      if (!existing || existing.rated_on !== input.ratedOn) ratingWarnings(db, org, input.ratedOn, warnings)
      failOnProblems(fields, warnings, input.acceptWarnings)
      const values: RatingValues = {
        grade: input.grade,
        ratedOn: input.ratedOn,
        validUntil: ratingValidUntil(input.ratedOn),
        scoreTenths: input.scoreTenths,
        ratedBy: input.ratedBy,
        documentNo: input.documentNo,
        partyBuildingAssessed: flag(input.partyBuildingAssessed),
        note: input.note,
      }
      const at = clock.timestamp()
      let id: number
      if (existing) {
        id = existing.id
        s(db).updateRating.run({ ...values, id, at })
      } else {
        id = Number(
          s(db).insertRating.run({ ...values, organizationId: org.id, by: actor.name, at }).lastInsertRowid,
        )
      }
      audit({
        entity: 'org_rating',
        entityId: id,
        before: existing ? auditPicture(org.name, toRating(existing)) : null,
        after: {
          ...auditPicture(org.name, toRating(s(db).rating.get(id) as RatingRow)),
          ...(Object.keys(warnings).length > 0
            ? { acceptedWarnings: Object.values(warnings).map((w) => w.message) }
            : {}),
        },
      })
      return orgRecords(db, org.id, today)
    },
  },
  'orgRecords.archiveRating': {
    permission: 'organization.write',
    write: true,
    run: (env, { id, reason }) =>
      archiveRecord(env, 'org_rating', s(env.db).rating.get(id), toRating, reason),
  },
  /** 公益性捐赠税前扣除资格, valid 3 years: only with a valid 3A+ rating on the day it is granted. */
  'orgRecords.saveTaxQualification': {
    permission: 'organization.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const org = requireWritableOrganization(db, input.organizationId)
      const existing = input.id ? requireEditable(s(db).tax.get(input.id), org.id) : null
      const fields: Record<string, Notice> = {}
      if (input.grantedOn > today) fields.grantedOn = notice('field.dateFuture', { today })
      else {
        const ratings = live(s(db).ratingsOf.all(org.id).map(toRating))
        const problem = taxRatingProblem(ratings, input.grantedOn)
        if (problem?.code === 'noRating')
          fields.grantedOn = notice('orgRecords.taxNoRating', { date: input.grantedOn })
        else if (problem?.code === 'ratingLapsed')
          fields.grantedOn = notice('orgRecords.taxRatingLapsed', {
            date: input.grantedOn,
            grade: gradeLabel(problem.grade),
            until: problem.validUntil,
          })
        else if (problem?.code === 'gradeTooLow')
          fields.grantedOn = notice('orgRecords.taxGradeTooLow', {
            date: input.grantedOn,
            grade: gradeLabel(problem.grade),
          })
      }
      const sameDay = s(db).taxOnDay.get(org.id, input.grantedOn)
      if (!fields.grantedOn && sameDay && sameDay.id !== existing?.id)
        fields.grantedOn = notice('orgRecords.taxSameDay', { name: org.name, date: input.grantedOn })
      failOnProblems(fields, {}, false)
      const values: TaxValues = {
        grantedOn: input.grantedOn,
        validUntil: taxValidUntil(input.grantedOn),
        documentNo: input.documentNo,
        note: input.note,
      }
      const at = clock.timestamp()
      let id: number
      if (existing) {
        id = existing.id
        s(db).updateTax.run({ ...values, id, at })
      } else {
        id = Number(
          s(db).insertTax.run({ ...values, organizationId: org.id, by: actor.name, at }).lastInsertRowid,
        )
      }
      audit({
        entity: 'tax_deduction_qualification',
        entityId: id,
        before: existing ? auditPicture(org.name, toTax(existing)) : null,
        after: auditPicture(org.name, toTax(s(db).tax.get(id) as TaxRow)),
      })
      return orgRecords(db, org.id, today)
    },
  },
  'orgRecords.archiveTaxQualification': {
    permission: 'organization.write',
    write: true,
    run: (env, { id, reason }) =>
      archiveRecord(env, 'tax_deduction_qualification', s(env.db).tax.get(id), toTax, reason),
  },
})

/** The warnings of a rating dated `ratedOn`: 不可参评 then, or not registered 2 full years then. */
function ratingWarnings(db: Database, org: OrgRow, ratedOn: string, warnings: Record<string, Notice>): void {
  const grades = new Map(
    s(db)
      .inspectionsOf.all(org.id)
      .filter((i) => i.archived_at === null)
      .map((i) => [i.year, i.grade]),
  )
  const { notRateable, registration } = rateability(org.registered_on, ratedOn, (y) => grades.get(y) ?? null)
  for (const reason of notRateable) {
    if (reason.code === 'inspectionMissing')
      warnings.inspection = notice('orgRecords.ratingLastYearMissing', { date: ratedOn, year: reason.year })
    else if (reason.code === 'inspectionFailed')
      warnings.inspection = notice('orgRecords.ratingLastYearFailed', { date: ratedOn, year: reason.year })
    else
      warnings.inspection = notice('orgRecords.ratingBasicTwice', {
        date: ratedOn,
        first: reason.years[0],
        second: reason.years[1],
      })
  }
  if (registration?.code === 'notRegistered') warnings.registeredOn = notice('orgRecords.ratingNotRegistered')
  else if (registration?.code === 'tooRecent')
    warnings.registeredOn = notice('orgRecords.ratingTooEarly', {
      registered: registration.registeredOn,
      date: ratedOn,
      from: registration.eligibleFrom,
    })
}
