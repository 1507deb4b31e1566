// 发展党员: each person's way from 入党申请人 to 正式党员 — the dated steps, half-year reviews (培养考察), two
// 入党介绍人 — with every statutory check judged by shared/development.ts. A step that breaks a hard rule is
// refused and nothing is written; the soft ones (late interview, missed review, late approval) are recorded
// and shown. Admission (支部大会接收) puts the person on the roster as 预备党员; 转正 makes them 正式 from the
// day probation ends; 取消预备党员资格 takes them off the roster that day.
import type { ParsedInput } from '../../shared/contract'
import {
  adultOn,
  candidateFrom,
  developmentChecks,
  nextDue,
  originalProbationEnd,
  probationEnd,
  stageDateOf,
  trainingMet,
  worstStatus,
  type DevelopmentFacts,
} from '../../shared/development'
import type {
  DevelopmentListItem,
  DevelopmentOverview,
  DevelopmentRecord,
  DevelopmentReview,
  DevelopmentSponsor,
  DevelopmentUpcomingItem,
  Page,
  SponsorOption,
} from '../../shared/entities'
import {
  DEVELOPMENT_STAGES,
  type DevelopmentStage,
  type Gender,
  type MemberCategory,
} from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { fail, failOnProblems, invalidField, notice } from '../errors'
import { addDays } from '../lib/dates'
import { maskIdNumber, maskPhone } from '../lib/idcard'
import { checkIdentity } from '../members/identity'
import { isPhone } from '../lib/text'
import { likePattern } from '../db/where'
import { findByIdNumber, findMemberRow, insertMember, memberOf } from '../members/repository'
import {
  categoryOnSql,
  onRosterSql,
  categoryOn,
  endPeriod,
  isOnRoster,
  openPeriod,
  rosterOn,
  startPeriod,
} from '../members/roster'
import { findOrganizationRow } from '../organizations/repository'
import { defineHandlers } from '../registry'

/** The note on the roster period of someone admitted here, and on its end at 取消预备党员资格. */
export const ADMITTED_NOTE = '发展党员：支部大会接收为预备党员'
export const DISQUALIFIED_NOTE = '取消预备党员资格'

/** Stages still on the way (not 正式党员, not 取消资格). */
const IN_PROGRESS: readonly DevelopmentStage[] = ['applicant', 'activist', 'candidate', 'probationary']

interface RecordRow {
  id: number
  name: string
  gender: Gender
  birth_date: string
  id_number: string
  organization_id: number | null
  organization_name: string | null
  post: string | null
  phone: string | null
  stage: DevelopmentStage
  applied_on: string
  interviewed_on: string | null
  activist_on: string | null
  candidate_on: string | null
  training_days: number | null
  training_hours: number | null
  trained_on: string | null
  admitted_on: string | null
  approved_on: string | null
  extension_months: number | null
  extension_decided_on: string | null
  extension_reason: string | null
  full_decided_on: string | null
  full_on: string | null
  disqualified_on: string | null
  disqualify_reason: string | null
  member_id: number | null
  note: string | null
  archived_at: string | null
  archive_reason: string | null
  created_at: string
  updated_at: string
}

interface ReviewRow {
  id: number
  record_id: number
  reviewed_on: string
  note: string
  created_at: string
}

interface SponsorRow {
  id: number
  record_id: number
  member_id: number
  member_name: string
  named_on: string
  qualified: number
}

const SELECT = `SELECT r.*, o.name AS organization_name FROM development_record r
  LEFT JOIN organization o ON o.id = r.organization_id`

/** Stages in the order of the pipeline, for sorting. */
const STAGE_ORDER = `CASE r.stage ${DEVELOPMENT_STAGES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`

/** A sponsor `s` of member `m` counts when 正式党员 on the roster the day named (roster.ts, on that date). */
const SPONSOR_QUALIFIED = `${onRosterSql('s.named_on')} AND (${categoryOnSql('s.named_on')}) = 'full'`

const SPONSORS = `SELECT s.id, s.record_id, s.member_id, m.name AS member_name, s.named_on,
    ${SPONSOR_QUALIFIED} AS qualified
  FROM development_sponsor s JOIN party_member m ON m.id = s.member_id
  WHERE s.replaced_at IS NULL`

const REVIEWS = `SELECT id, record_id, reviewed_on, note, created_at FROM development_review WHERE archived_at IS NULL`

const LIVE_IN_PROGRESS = `SELECT id FROM development_record WHERE archived_at IS NULL
  AND stage IN (${IN_PROGRESS.map((s) => `'${s}'`).join(', ')})`

interface Extras {
  reviews: DevelopmentReview[]
  sponsors: DevelopmentSponsor[]
}

function extrasFrom(reviews: ReviewRow[], sponsors: SponsorRow[]): Map<number, Extras> {
  const byRecord = new Map<number, Extras>()
  const of = (id: number) => {
    let e = byRecord.get(id)
    if (!e) byRecord.set(id, (e = { reviews: [], sponsors: [] }))
    return e
  }
  for (const r of reviews) {
    of(r.record_id).reviews.push({
      id: r.id,
      reviewedOn: r.reviewed_on,
      note: r.note,
      createdAt: r.created_at,
    })
  }
  for (const s of sponsors) {
    of(s.record_id).sponsors.push({
      id: s.id,
      memberId: s.member_id,
      memberName: s.member_name,
      namedOn: s.named_on,
      qualified: s.qualified === 1,
    })
  }
  return byRecord
}

/** Reviews and sponsors of some records: one query each. */
function extrasOf(db: Database, ids: readonly number[]): Map<number, Extras> {
  if (ids.length === 0) return new Map()
  const list = ids.map(() => '?').join(', ')
  return extrasFrom(
    db.prepare(`${REVIEWS} AND record_id IN (${list}) ORDER BY reviewed_on, id`).all(...ids) as ReviewRow[],
    db.prepare(`${SPONSORS} AND s.record_id IN (${list}) ORDER BY s.id`).all(...ids) as SponsorRow[],
  )
}

function factsOf(r: RecordRow, extras: Extras | undefined): DevelopmentFacts {
  return {
    birthDate: r.birth_date,
    appliedOn: r.applied_on,
    interviewedOn: r.interviewed_on,
    activistOn: r.activist_on,
    candidateOn: r.candidate_on,
    reviews: extras?.reviews ?? [],
    sponsors: extras?.sponsors ?? [],
    trainingDays: r.training_days,
    trainingHours: r.training_hours,
    trainedOn: r.trained_on,
    admittedOn: r.admitted_on,
    approvedOn: r.approved_on,
    extensionMonths: r.extension_months,
    extensionDecidedOn: r.extension_decided_on,
    fullDecidedOn: r.full_decided_on,
    disqualifiedOn: r.disqualified_on,
  }
}

function listItemOf(r: RecordRow, extras: Extras | undefined, today: string): DevelopmentListItem {
  const facts = factsOf(r, extras)
  const checks = developmentChecks(facts, today)
  const next = nextDue(checks)
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    idNumberMasked: maskIdNumber(r.id_number),
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    post: r.post,
    stage: r.stage,
    stageDate: stageDateOf(r.stage, facts),
    appliedOn: r.applied_on,
    memberId: r.member_id,
    worst: worstStatus(checks),
    violations: checks.filter((c) => c.status === 'violated').map((c) => c.key),
    nextDue: next?.dueDate ? { key: next.key, dueDate: next.dueDate, warning: next.warning } : null,
  }
}

function recordOf(db: Database, r: RecordRow, today: string): DevelopmentRecord {
  const extras = extrasOf(db, [r.id]).get(r.id) ?? { reviews: [], sponsors: [] }
  return {
    ...listItemOf(r, extras, today),
    phone: r.phone,
    phoneMasked: r.phone ? maskPhone(r.phone) : null,
    interviewedOn: r.interviewed_on,
    activistOn: r.activist_on,
    candidateOn: r.candidate_on,
    trainingDays: r.training_days,
    trainingHours: r.training_hours,
    trainedOn: r.trained_on,
    admittedOn: r.admitted_on,
    approvedOn: r.approved_on,
    extensionMonths: r.extension_months,
    extensionDecidedOn: r.extension_decided_on,
    extensionReason: r.extension_reason,
    fullDecidedOn: r.full_decided_on,
    fullOn: r.full_on,
    disqualifiedOn: r.disqualified_on,
    disqualifyReason: r.disqualify_reason,
    probationEnd: r.admitted_on ? probationEnd(r.admitted_on, r.extension_months) : null,
    note: r.note,
    archivedAt: r.archived_at,
    archiveReason: r.archive_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    reviews: extras.reviews,
    sponsors: extras.sponsors,
    checks: developmentChecks(factsOf(r, extras), today),
    today,
  }
}

function findRow(db: Database, id: number): RecordRow | undefined {
  return db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RecordRow | undefined
}

function requireRow(db: Database, id: number): RecordRow {
  const row = findRow(db, id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** The audit's picture of a record: ID number and phone masked, the checks left out. */
function snapshot(db: Database, id: number, today: string) {
  const {
    phone: _phone,
    checks: _checks,
    today: _today,
    reviews,
    sponsors,
    ...rest
  } = recordOf(db, requireRow(db, id), today)
  return {
    ...rest,
    reviews: reviews.map((r) => ({ reviewedOn: r.reviewedOn, note: r.note })),
    sponsors: sponsors.map((s) => ({ memberId: s.memberId, name: s.memberName, namedOn: s.namedOn })),
  }
}

/** A record that can still take a step: not archived, not 取消资格, and (unless allowed) not 正式党员. */
function requireOpen(db: Database, id: number, allowFull = false): RecordRow {
  const row = requireRow(db, id)
  if (row.archived_at !== null) fail('CONFLICT', 'development.archived')
  if (row.disqualified_on !== null)
    fail('CONFLICT', 'development.closedDisqualified', { date: row.disqualified_on })
  if (row.stage === 'full' && !allowFull)
    fail('CONFLICT', 'development.closedFull', { date: row.full_on ?? '' })
  return row
}

/** A dated step: not after today, not before `after` (the previous step). */
function checkStepDate(field: string, date: string, today: string, after: string | null): void {
  if (date > today) invalidField(field, 'field.dateFuture', { today })
  if (after !== null && date < after) invalidField(field, 'development.beforeStep', { date: after })
}

type Draft = Omit<ParsedInput<'development.create'>, 'idNumber'> & { idNumber: string }

/**
 * Checks the person and the steps kept in the form: the ID number (GB 11643) agrees with birth date and gender;
 * not on the roster already, not in another live record; dates in order and not in the future.
 */
function checkDraft(db: Database, draft: Draft, today: string, self?: RecordRow): Draft {
  const fields: Record<string, Notice> = {}
  const checked = checkIdentity(draft, today, fields)
  const idNumber = checked ?? draft.idNumber
  if (checked !== null) {
    const member = findByIdNumber(db, idNumber)
    if (member && member.id !== self?.member_id)
      fields.idNumber = notice('development.alreadyMember', { name: member.name })
    const twin = db
      .prepare(
        `SELECT id, name FROM development_record WHERE id_number = ? AND archived_at IS NULL
           AND disqualified_on IS NULL AND id != ?`,
      )
      .get(idNumber, self?.id ?? 0) as { id: number; name: string } | undefined
    if (twin) fields.idNumber = notice('development.duplicate', { name: twin.name })
  }
  if (draft.birthDate > today) fields.birthDate = notice('field.dateFuture', { today })
  if (draft.phone && !isPhone(draft.phone)) fields.phone = notice('field.phone')
  if (draft.organizationId !== null && !findOrganizationRow(db, draft.organizationId))
    fields.organizationId = notice('member.organizationMissing')

  const next = self?.activist_on ?? null
  if (draft.appliedOn > today) fields.appliedOn = notice('field.dateFuture', { today })
  else if (draft.appliedOn < draft.birthDate)
    fields.appliedOn = notice('development.appliedBeforeBirth', { date: draft.birthDate })
  else if (next !== null && draft.appliedOn > next)
    fields.appliedOn = notice('development.afterStep', { date: next })
  if (draft.interviewedOn !== null) {
    if (draft.interviewedOn > today) fields.interviewedOn = notice('field.dateFuture', { today })
    else if (draft.interviewedOn < draft.appliedOn)
      fields.interviewedOn = notice('development.beforeStep', { date: draft.appliedOn })
    else if (next !== null && draft.interviewedOn > next)
      fields.interviewedOn = notice('development.afterStep', { date: next })
  } else if (next !== null) {
    // Determined as 入党积极分子 after an interview: it cannot be taken back.
    fields.interviewedOn = notice('development.interviewFirst')
  }
  if (draft.trainedOn !== null) {
    if (draft.trainedOn > today) fields.trainedOn = notice('field.dateFuture', { today })
    else if (draft.trainedOn < draft.appliedOn)
      fields.trainedOn = notice('development.beforeStep', { date: draft.appliedOn })
    else if (self?.admitted_on && draft.trainedOn > self.admitted_on)
      fields.trainedOn = notice('development.trainingAfterAdmission', { date: draft.trainedOn })
  }
  if (self?.admitted_on && !trainingMet(draft.trainingDays, draft.trainingHours)) {
    fields.trainingDays = notice('development.trainingNeeded', {
      days: draft.trainingDays ?? 0,
      hours: draft.trainingHours ?? 0,
    })
  }
  failOnProblems(fields, {}, false)
  return { ...draft, idNumber, phone: draft.phone?.replace(/\s+/g, '') ?? null }
}

const rowParams = (d: Draft) => ({
  name: d.name,
  gender: d.gender,
  birthDate: d.birthDate,
  idNumber: d.idNumber,
  organizationId: d.organizationId,
  post: d.post,
  phone: d.phone,
  appliedOn: d.appliedOn,
  interviewedOn: d.interviewedOn,
  trainingDays: d.trainingDays,
  trainingHours: d.trainingHours,
  trainedOn: d.trainedOn,
  note: d.note,
})

/** After admission the person lives on the roster: their fields here may not change any more. */
function assertPersonUnchanged(row: RecordRow, d: Draft): void {
  const same =
    row.name === d.name &&
    row.gender === d.gender &&
    row.birth_date === d.birthDate &&
    row.id_number === d.idNumber &&
    row.organization_id === d.organizationId &&
    (row.post ?? null) === d.post &&
    (row.phone ?? null) === d.phone
  if (!same) fail('CONFLICT', 'development.personLocked', { name: row.name })
}

function sponsorsOf(db: Database, recordId: number): SponsorRow[] {
  return db.prepare(`${SPONSORS} AND s.record_id = ? ORDER BY s.id`).all(recordId) as SponsorRow[]
}

/** 支部大会讨论接收: the person goes on the roster as 预备党员 from the meeting's date. */
function admit(db: Database, row: RecordRow, date: string, env: AuditEnv): number {
  const twin = findByIdNumber(db, row.id_number)
  if (twin) fail('CONFLICT', 'development.alreadyMember', { name: twin.name })
  const memberId = insertMember(
    db,
    {
      name: row.name,
      gender: row.gender,
      birthDate: row.birth_date,
      idNumber: row.id_number,
      category: 'probationary',
      relation: 'formal',
      organizationId: row.organization_id,
      post: row.post,
      phone: row.phone,
      joinedOn: date,
      veteranMember: false,
      veteranCadre: false,
      note: null,
      fullOn: null,
      groupId: null,
    },
    env.timestamp,
  )
  startPeriod(db, memberId, date, 'admitted', ADMITTED_NOTE)
  env.audit({
    entity: 'party_member',
    entityId: memberId,
    before: null,
    after: memberSnapshot(db, memberId, date),
  })
  return memberId
}

function memberSnapshot(db: Database, memberId: number, date: string) {
  const row = findMemberRow(db, memberId, date)
  if (!row) return null
  const { phone: _phone, note: _note, ...masked } = memberOf(db, row)
  return masked
}

interface AuditEnv {
  timestamp: string
  audit: (entry: { entity: string; entityId: number | null; before: unknown; after: unknown }) => void
}

function setStage(
  db: Database,
  id: number,
  stage: DevelopmentStage,
  columns: Record<string, unknown>,
  at: string,
) {
  const sets = Object.keys(columns).map((c) => `${c} = @${c}`)
  db.prepare(
    `UPDATE development_record SET stage = @stage, ${sets.join(', ')}, updated_at = @at WHERE id = @id`,
  ).run({
    ...columns,
    stage,
    at,
    id,
  })
}

function listRecords(
  db: Database,
  q: ParsedInput<'development.list'>,
  today: string,
): Page<DevelopmentListItem> {
  const clauses = ['r.archived_at IS NULL']
  const p: Record<string, string | number> = {}
  if (q.stage) {
    clauses.push('r.stage = @stage')
    p.stage = q.stage
  }
  if (q.search) {
    clauses.push(
      `(r.name LIKE @like ESCAPE '\\' OR o.name LIKE @like ESCAPE '\\' OR r.post LIKE @like ESCAPE '\\')`,
    )
    p.like = likePattern(q.search)
  }
  const where = `WHERE ${clauses.join(' AND ')}`
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM development_record r LEFT JOIN organization o ON o.id = r.organization_id ${where}`,
      )
      .get(p) as { n: number }
  ).n
  const rows = db
    .prepare(`${SELECT} ${where} ORDER BY ${STAGE_ORDER}, r.name, r.id LIMIT @limit OFFSET @offset`)
    .all({ ...p, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as RecordRow[]
  const extras = extrasOf(
    db,
    rows.map((r) => r.id),
  )
  return {
    items: rows.map((r) => listItemOf(r, extras.get(r.id), today)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  }
}

/** People per stage, how many in progress have a violated check, and every dated step due by `today + days`. */
export function developmentOverview(db: Database, today: string, days: number): DevelopmentOverview {
  const counts = Object.fromEntries(DEVELOPMENT_STAGES.map((s) => [s, 0])) as Record<DevelopmentStage, number>
  for (const { stage, n } of db
    .prepare('SELECT stage, count(*) AS n FROM development_record WHERE archived_at IS NULL GROUP BY stage')
    .all() as { stage: DevelopmentStage; n: number }[]) {
    counts[stage] = n
  }
  const until = addDays(today, days)
  const rows = db
    .prepare(`${SELECT} WHERE r.id IN (${LIVE_IN_PROGRESS}) ORDER BY r.name, r.id`)
    .all() as RecordRow[]
  const extras = extrasFrom(
    db
      .prepare(`${REVIEWS} AND record_id IN (${LIVE_IN_PROGRESS}) ORDER BY reviewed_on, id`)
      .all() as ReviewRow[],
    db.prepare(`${SPONSORS} AND s.record_id IN (${LIVE_IN_PROGRESS}) ORDER BY s.id`).all() as SponsorRow[],
  )
  const items: DevelopmentUpcomingItem[] = []
  let violated = 0
  for (const r of rows) {
    const checks = developmentChecks(factsOf(r, extras.get(r.id)), today)
    if (checks.some((c) => c.status === 'violated')) violated++
    for (const c of checks) {
      if (c.status !== 'due' || c.dueDate === null || c.dueDate > until) continue
      items.push({
        recordId: r.id,
        name: r.name,
        stage: r.stage,
        key: c.key,
        dueDate: c.dueDate,
        warning: c.warning,
        reason: c.reason,
        params: c.params,
      })
    }
  }
  items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.name.localeCompare(b.name, 'zh-CN'))
  return { today, days, until, counts, violated, items }
}

export const developmentHandlers = defineHandlers({
  'development.list': {
    permission: 'branch.read',
    write: false,
    run: ({ db, clock }, q) => listRecords(db, q, clock.today()),
  },
  'development.get': {
    permission: 'branch.read',
    write: false,
    run: ({ db, clock }, { id }) => recordOf(db, requireRow(db, id), clock.today()),
  },
  'development.upcoming': {
    permission: 'branch.read',
    write: false,
    run: ({ db, clock }, { days }) => developmentOverview(db, clock.today(), days),
  },
  /** 正式党员 on the roster on `date`: who may be named 入党介绍人 that day. */
  'development.sponsorOptions': {
    permission: 'branch.read',
    write: false,
    run: ({ db }, { date }): SponsorOption[] => {
      const names = new Map(
        (db.prepare('SELECT id, name FROM organization').all() as { id: number; name: string }[]).map((o) => [
          o.id,
          o.name,
        ]),
      )
      return rosterOn(db, date)
        .filter((m) => m.category === 'full')
        .map((m) => ({
          memberId: m.memberId,
          name: m.name,
          organizationName: m.organizationId === null ? null : (names.get(m.organizationId) ?? null),
        }))
    },
  },
  /** 递交入党申请书: a new 入党申请人. */
  'development.create': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const today = clock.today()
      const d = checkDraft(db, input, today)
      const at = clock.timestamp()
      const id = Number(
        db
          .prepare(
            `INSERT INTO development_record (name, gender, birth_date, id_number, organization_id, post, phone, stage,
               applied_on, interviewed_on, training_days, training_hours, trained_on, note, created_at, updated_at)
             VALUES (@name, @gender, @birthDate, @idNumber, @organizationId, @post, @phone, 'applicant', @appliedOn,
               @interviewedOn, @trainingDays, @trainingHours, @trainedOn, @note, @at, @at)`,
          )
          .run({ ...rowParams(d), at }).lastInsertRowid,
      )
      audit({ entity: 'development_record', entityId: id, before: null, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
  /** The person (until admission) and the steps kept in the form: application, interview, training, note. */
  'development.update': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, ...input }) => {
      const today = clock.today()
      const row = requireOpen(db, id, true)
      const before = snapshot(db, id, today)
      const d = checkDraft(db, { ...input, idNumber: input.idNumber ?? row.id_number }, today, row)
      if (row.member_id !== null) assertPersonUnchanged(row, d)
      db.prepare(
        `UPDATE development_record SET name = @name, gender = @gender, birth_date = @birthDate, id_number = @idNumber,
           organization_id = @organizationId, post = @post, phone = @phone, applied_on = @appliedOn,
           interviewed_on = @interviewedOn, training_days = @trainingDays, training_hours = @trainingHours,
           trained_on = @trainedOn, note = @note, updated_at = @at
         WHERE id = @id`,
      ).run({ ...rowParams(d), at: clock.timestamp(), id })
      audit({ entity: 'development_record', entityId: id, before, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
  /**
   * The next stage on `date`: 确定为入党积极分子, 确定为发展对象, 支部大会接收为预备党员 (onto the roster), or
   * 转正 (正式党员 from the end of probation).
   */
  'development.advance': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, stage, date }) => {
      const today = clock.today()
      const at = clock.timestamp()
      const row = requireOpen(db, id)
      const before = snapshot(db, id, today)
      switch (stage) {
        case 'activist': {
          if (row.stage !== 'applicant') fail('CONFLICT', 'development.toActivistStage')
          const adult = adultOn(row.birth_date)
          if (row.applied_on < adult)
            fail('CONFLICT', 'development.underAge', { applied: row.applied_on, date: adult })
          if (row.interviewed_on === null) fail('CONFLICT', 'development.interviewFirst')
          checkStepDate('date', date, today, row.interviewed_on)
          setStage(db, id, 'activist', { activist_on: date }, at)
          break
        }
        case 'candidate': {
          if (row.stage !== 'activist' || row.activist_on === null)
            fail('CONFLICT', 'development.toCandidateStage')
          checkStepDate('date', date, today, row.activist_on)
          const from = candidateFrom(row.activist_on)
          if (date < from)
            invalidField('date', 'development.activistTooShort', { activist: row.activist_on, date: from })
          setStage(db, id, 'candidate', { candidate_on: date }, at)
          break
        }
        case 'probationary': {
          if (row.stage !== 'candidate' || row.candidate_on === null)
            fail('CONFLICT', 'development.toProbationaryStage')
          checkStepDate('date', date, today, row.candidate_on)
          const sponsors = sponsorsOf(db, id).filter((s) => s.qualified === 1 && s.named_on <= date)
          if (sponsors.length < 2) fail('CONFLICT', 'development.sponsorsNeeded', { count: sponsors.length })
          if (!trainingMet(row.training_days, row.training_hours)) {
            fail('CONFLICT', 'development.trainingNeeded', {
              days: row.training_days ?? 0,
              hours: row.training_hours ?? 0,
            })
          }
          if (row.trained_on !== null && row.trained_on > date)
            fail('CONFLICT', 'development.trainingAfterAdmission', { date: row.trained_on })
          const memberId = admit(db, row, date, { timestamp: at, audit })
          setStage(db, id, 'probationary', { admitted_on: date, member_id: memberId }, at)
          break
        }
        case 'full': {
          if (row.stage !== 'probationary' || row.admitted_on === null || row.member_id === null)
            fail('CONFLICT', 'development.toFullStage')
          if (row.approved_on === null) fail('CONFLICT', 'development.notApproved')
          checkStepDate('date', date, today, row.approved_on)
          const end = probationEnd(row.admitted_on, row.extension_months)
          if (date < end) invalidField('date', 'development.probationNotOver', { date: end })
          if (!isOnRoster(db, row.member_id, date))
            fail('CONFLICT', 'development.notOnRoster', { name: row.name, date })
          const memberBefore = memberSnapshot(db, row.member_id, date)
          db.prepare(
            `UPDATE party_member SET category = 'full', full_on = ?, updated_at = ? WHERE id = ?`,
          ).run(end, at, row.member_id)
          audit({
            entity: 'party_member',
            entityId: row.member_id,
            before: memberBefore,
            after: memberSnapshot(db, row.member_id, date),
          })
          setStage(db, id, 'full', { full_decided_on: date, full_on: end }, at)
          break
        }
      }
      audit({ entity: 'development_record', entityId: id, before, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
  /** 上级党委审批 of the admission (a later date corrects an earlier one while 预备党员). */
  'development.approve': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, date }) => {
      const today = clock.today()
      const row = requireOpen(db, id)
      if (row.stage !== 'probationary' || row.admitted_on === null)
        fail('CONFLICT', 'development.approveStage')
      checkStepDate('date', date, today, row.admitted_on)
      const before = snapshot(db, id, today)
      db.prepare('UPDATE development_record SET approved_on = ?, updated_at = ? WHERE id = ?').run(
        date,
        clock.timestamp(),
        id,
      )
      audit({ entity: 'development_record', entityId: id, before, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
  /** 培养考察: a dated review with its note, from 入党积极分子 to admission. */
  'development.addReview': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, reviewedOn, note }) => {
      const today = clock.today()
      const row = requireOpen(db, id, true)
      if (row.activist_on === null) fail('CONFLICT', 'development.reviewTooEarly')
      const end = row.admitted_on !== null && row.admitted_on < today ? row.admitted_on : today
      if (reviewedOn < row.activist_on || reviewedOn > end)
        invalidField('reviewedOn', 'development.reviewOutside', { start: row.activist_on, end })
      const before = snapshot(db, id, today)
      db.prepare(
        'INSERT INTO development_review (record_id, reviewed_on, note, created_at) VALUES (?, ?, ?, ?)',
      ).run(id, reviewedOn, note, clock.timestamp())
      db.prepare('UPDATE development_record SET updated_at = ? WHERE id = ?').run(clock.timestamp(), id)
      audit({ entity: 'development_record', entityId: id, before, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
  /**
   * The 入党介绍人 from now on: each a 正式党员 on the roster the day named. One left out is marked replaced (its
   * row kept); after admission they are fixed.
   */
  'development.setSponsors': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, sponsors }) => {
      const today = clock.today()
      const at = clock.timestamp()
      const row = requireOpen(db, id)
      if (row.admitted_on !== null) fail('CONFLICT', 'development.sponsorsFrozen')
      if (row.activist_on === null) fail('CONFLICT', 'development.sponsorsTooEarly')
      if (new Set(sponsors.map((s) => s.memberId)).size < sponsors.length)
        invalidField('sponsors', 'development.sponsorTwice')
      for (const s of sponsors) {
        checkStepDate('sponsors', s.namedOn, today, row.activist_on)
        const member = db
          .prepare('SELECT name, category, full_on FROM party_member WHERE id = ?')
          .get(s.memberId) as { name: string; category: MemberCategory; full_on: string | null } | undefined
        if (!member) invalidField('sponsors', 'development.sponsorMissing')
        const full =
          isOnRoster(db, s.memberId, s.namedOn) &&
          categoryOn({ category: member.category, fullOn: member.full_on }, s.namedOn) === 'full'
        if (!full)
          invalidField('sponsors', 'development.sponsorNotFull', { name: member.name, date: s.namedOn })
      }
      const before = snapshot(db, id, today)
      const current = sponsorsOf(db, id)
      const same = (a: { member_id: number; named_on: string }, b: { memberId: number; namedOn: string }) =>
        a.member_id === b.memberId && a.named_on === b.namedOn
      for (const old of current) {
        if (!sponsors.some((s) => same(old, s)))
          db.prepare('UPDATE development_sponsor SET replaced_at = ? WHERE id = ?').run(at, old.id)
      }
      for (const s of sponsors) {
        if (!current.some((old) => same(old, s))) {
          db.prepare(
            'INSERT INTO development_sponsor (record_id, member_id, named_on, created_at) VALUES (?, ?, ?, ?)',
          ).run(id, s.memberId, s.namedOn, at)
        }
      }
      db.prepare('UPDATE development_record SET updated_at = ? WHERE id = ?').run(at, id)
      audit({ entity: 'development_record', entityId: id, before, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
  /** 延长预备期: once, by 6 to 12 months, decided no later than the day probation ends. */
  'development.extendProbation': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, months, decidedOn, reason }) => {
      const today = clock.today()
      const row = requireOpen(db, id)
      if (row.stage !== 'probationary' || row.admitted_on === null)
        fail('CONFLICT', 'development.extendStage')
      if (row.extension_months !== null) {
        fail('CONFLICT', 'development.extendedAlready', {
          date: row.extension_decided_on ?? '',
          months: row.extension_months,
        })
      }
      checkStepDate('decidedOn', decidedOn, today, row.admitted_on)
      const original = originalProbationEnd(row.admitted_on)
      if (decidedOn > original) invalidField('decidedOn', 'development.extensionTooLate', { date: original })
      const before = snapshot(db, id, today)
      db.prepare(
        `UPDATE development_record SET extension_months = ?, extension_decided_on = ?, extension_reason = ?,
           updated_at = ? WHERE id = ?`,
      ).run(months, decidedOn, reason, clock.timestamp(), id)
      audit({ entity: 'development_record', entityId: id, before, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
  /**
   * 取消资格 of an 入党申请人, 入党积极分子, 发展对象 or 预备党员 on `date`. A 预备党员 leaves the roster that day
   * (the period ends as 出党, noted 取消预备党员资格).
   */
  'development.disqualify': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, date, reason }) => {
      const today = clock.today()
      const at = clock.timestamp()
      const row = requireRow(db, id)
      if (row.stage === 'full') fail('CONFLICT', 'development.fullCannotDisqualify', { name: row.name })
      requireOpen(db, id)
      const facts = factsOf(row, undefined)
      const last = [
        row.applied_on,
        row.interviewed_on,
        row.activist_on,
        row.candidate_on,
        row.admitted_on,
        row.approved_on,
        row.extension_decided_on,
        stageDateOf(row.stage, facts),
      ].reduce<string>((a, b) => (b !== null && b > a ? b : a), row.applied_on)
      checkStepDate('date', date, today, last)
      const before = snapshot(db, id, today)
      if (row.member_id !== null) {
        const period = openPeriod(db, row.member_id)
        if (period) {
          if (date < period.start_date)
            invalidField('date', 'development.beforeStep', { date: period.start_date })
          const memberBefore = memberSnapshot(db, row.member_id, today)
          endPeriod(db, period.id, date, 'expelled', DISQUALIFIED_NOTE)
          audit({
            entity: 'party_member',
            entityId: row.member_id,
            before: memberBefore,
            after: memberSnapshot(db, row.member_id, today),
          })
        }
      }
      setStage(db, id, 'disqualified', { disqualified_on: date, disqualify_reason: reason }, at)
      audit({ entity: 'development_record', entityId: id, before, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
  /** A record entered by mistake, before admission: archived, never deleted. */
  'development.archive': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const today = clock.today()
      const row = requireRow(db, id)
      if (row.archived_at !== null) fail('CONFLICT', 'development.archived')
      if (row.member_id !== null) fail('CONFLICT', 'development.archiveAdmitted')
      const before = snapshot(db, id, today)
      db.prepare(
        'UPDATE development_record SET archived_at = ?, archive_reason = ?, updated_at = ? WHERE id = ?',
      ).run(clock.timestamp(), reason, clock.timestamp(), id)
      audit({ entity: 'development_record', entityId: id, before, after: snapshot(db, id, today) })
      return recordOf(db, requireRow(db, id), today)
    },
  },
})
