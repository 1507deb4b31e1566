// 会议记录 of the base's branch: 三会一课 and the other kinds, one record counting as several. The expected list
// (应到) comes from the roster on the meeting's date and is saved with the record; a room of 空间管理 is booked by
// the same rules as 预约; the votes are judged by the one rule of shared/meetings.ts.
import { labelsWith, type Labels } from '../lib/labels'
import type { ParsedInput } from '../../shared/contract'
import type {
  ExpectedList,
  ExpectedMember,
  ExportFile,
  Meeting,
  MeetingAttendance,
  MeetingListItem,
  MeetingOptions,
  MeetingTally,
  Page,
} from '../../shared/entities'
import {
  BOOKABLE_UNIT_TYPES,
  type AttendeeKind,
  type MeetingKind,
  type MemberCategory,
  type ReviewGrade,
} from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import {
  judgeResolution,
  kindBit,
  kindMask,
  kindsOf,
  quorumMet,
  votingBody,
  yesNeeded,
} from '../../shared/meetings'
import { SYSTEM_ACTOR, type Actor, type AuditEntry } from '../context'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { fail, failOnProblems, notice } from '../errors'
import type { Clock } from '../lib/clock'
import { tableToXlsx, type CellKind, type SheetColumn } from '../lib/excel'
import { isOnRoster, rosterOn } from '../members/roster'
import { defineHandlers } from '../registry'
import { slotProblem } from '../space/bookings'
import { toMinutes } from '../space/intervals'
import { spaceStatements } from '../space/repository'
import { readSpaceSettings } from '../system/settings'

/** Kinds whose expected list is the whole roster (all but 党小组会 and 支委会). */
const WHOLE_ROSTER_MASK = kindMask([
  'general_assembly',
  'party_lecture',
  'theme_day',
  'life_meeting',
  'democratic_review',
])

interface MeetingRow {
  id: number
  date: string
  start_time: string
  end_time: string
  kind_mask: number
  title: string
  unit_id: number | null
  booking_id: number | null
  place: string | null
  group_id: number | null
  chair_id: number
  recorder_id: number
  agenda: string | null
  speeches: string | null
  revision: number
  expected_count: number
  present_count: number
  voting_expected: number
  voting_present: number
  archived_at: string | null
  archive_reason: string | null
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
}

interface ListRow extends MeetingRow {
  unit_code: string | null
  unit_name: string | null
  group_name: string | null
  chair_name: string
  recorder_name: string
  attendee_count: number
  resolution_count: number
}

const LIST_SELECT = `SELECT m.*, u.code AS unit_code, u.name AS unit_name, g.name AS group_name,
    c.name AS chair_name, r.name AS recorder_name,
    (SELECT count(*) FROM branch_meeting_attendee a WHERE a.meeting_id = m.id AND a.revision = m.revision)
      AS attendee_count,
    (SELECT count(*) FROM branch_meeting_resolution x WHERE x.meeting_id = m.id AND x.revision = m.revision)
      AS resolution_count
  FROM branch_meeting m
  LEFT JOIN space_unit u ON u.id = m.unit_id
  LEFT JOIN party_group g ON g.id = m.group_id
  JOIN party_member c ON c.id = m.chair_id
  JOIN party_member r ON r.id = m.recorder_id`

const s = cached((db: Database) => ({
  byId: db.prepare<[number], ListRow>(`${LIST_SELECT} WHERE m.id = ?`),
  members: db.prepare<
    [number, number],
    {
      member_id: number
      name: string
      category: MemberCategory
      present: number
      absence_reason: string | null
      review_grade: ReviewGrade | null
      group_name: string | null
    }
  >(
    `SELECT a.member_id, p.name, a.category, a.present, a.absence_reason, a.review_grade, g.name AS group_name
     FROM branch_meeting_member a JOIN party_member p ON p.id = a.member_id
     LEFT JOIN party_group g ON g.id = p.group_id
     WHERE a.meeting_id = ? AND a.revision = ? ORDER BY p.name, p.id`,
  ),
  attendees: db.prepare<
    [number, number],
    { kind: AttendeeKind; name: string; organization: string | null; note: string | null }
  >(
    `SELECT kind, name, organization, note FROM branch_meeting_attendee
     WHERE meeting_id = ? AND revision = ? ORDER BY seq`,
  ),
  resolutions: db.prepare<[number, number], { title: string; yes: number; no: number; abstain: number }>(
    `SELECT title, yes, no, abstain FROM branch_meeting_resolution
     WHERE meeting_id = ? AND revision = ? ORDER BY seq`,
  ),
  passed: db.prepare<[number, number], { yes: number; no: number; abstain: number }>(
    'SELECT yes, no, abstain FROM branch_meeting_resolution WHERE meeting_id = ? AND revision = ?',
  ),
  insert: db.prepare(
    `INSERT INTO branch_meeting (date, start_time, end_time, kind_mask, title, unit_id, booking_id, place, group_id,
       chair_id, recorder_id, agenda, speeches, revision, expected_count, present_count, voting_expected,
       voting_present, created_at, created_by, updated_at, updated_by)
     VALUES (@date, @startTime, @endTime, @kindMask, @title, @unitId, @bookingId, @place, @groupId, @chairId,
       @recorderId, @agenda, @speeches, 1, @expected, @present, @votingExpected, @votingPresent, @at, @by, @at, @by)`,
  ),
  update: db.prepare(
    `UPDATE branch_meeting SET date = @date, start_time = @startTime, end_time = @endTime, kind_mask = @kindMask,
       title = @title, unit_id = @unitId, booking_id = @bookingId, place = @place, group_id = @groupId,
       chair_id = @chairId, recorder_id = @recorderId, agenda = @agenda, speeches = @speeches,
       revision = revision + 1, expected_count = @expected, present_count = @present,
       voting_expected = @votingExpected, voting_present = @votingPresent, updated_at = @at, updated_by = @by
     WHERE id = @id`,
  ),
  insertMember: db.prepare(
    `INSERT INTO branch_meeting_member (meeting_id, revision, member_id, category, present, absence_reason,
       review_grade) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  insertAttendee: db.prepare(
    `INSERT INTO branch_meeting_attendee (meeting_id, revision, seq, kind, name, organization, note)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  insertResolution: db.prepare(
    `INSERT INTO branch_meeting_resolution (meeting_id, revision, seq, title, yes, no, abstain)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  /** Counts a meeting's list into the yearly attendance tally … */
  tallyAdd: db.prepare<{ year: number; id: number; revision: number }>(
    `INSERT INTO branch_attendance_tally (year, member_id, expected, present)
     SELECT @year, member_id, 1, present FROM branch_meeting_member WHERE meeting_id = @id AND revision = @revision
     ON CONFLICT (year, member_id) DO UPDATE SET expected = expected + 1, present = present + excluded.present`,
  ),
  /** … and out of it. */
  tallyRemove: db.prepare<{ year: number; id: number; revision: number }>(
    `UPDATE branch_attendance_tally AS t SET expected = t.expected - 1, present = t.present - a.present
     FROM branch_meeting_member AS a
     WHERE a.meeting_id = @id AND a.revision = @revision AND t.year = @year AND t.member_id = a.member_id`,
  ),
  archive: db.prepare<[string, string, string, string, number]>(
    'UPDATE branch_meeting SET archived_at = ?, archive_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?',
  ),
  /** The posts held on a date in the term in force then: the latest term (not archived) begun by that date. */
  committee: db.prepare<{ date: string }, { member_id: number }>(
    `SELECT DISTINCT p.member_id FROM committee_post p
     WHERE p.start_date <= @date AND (p.end_date IS NULL OR p.end_date > @date)
       AND p.term_id = (SELECT t.id FROM committee_term t WHERE t.archived_at IS NULL AND t.start_date <= @date
                        ORDER BY t.start_date DESC, t.id DESC LIMIT 1)`,
  ),
  /** A group that existed on a date: created by then and not archived before it. */
  groupOn: db.prepare<{ id: number; date: string }, { id: number; name: string }>(
    `SELECT id, name FROM party_group WHERE id = @id AND substr(created_at, 1, 10) <= @date
       AND (archived_at IS NULL OR substr(archived_at, 1, 10) > @date)`,
  ),
  groups: db.prepare<[], { id: number; name: string; archived_at: string | null }>(
    'SELECT id, name, archived_at FROM party_group ORDER BY archived_at IS NOT NULL, name, id',
  ),
  groupNames: db.prepare<[], { id: number; name: string }>('SELECT id, name FROM party_group'),
  branchName: db.prepare<[], { name: string }>('SELECT name FROM party_branch WHERE id = 1'),
  memberName: db.prepare<[number], { name: string }>('SELECT name FROM party_member WHERE id = ?'),
  bookingById: db.prepare<[number], { id: number; cancelled_at: string | null }>(
    'SELECT id, cancelled_at FROM space_booking WHERE id = ?',
  ),
  setBookingCancelled: db.prepare<[string | null, string | null, number]>(
    'UPDATE space_booking SET cancelled_at = ?, cancel_reason = ? WHERE id = ?',
  ),
  moveBooking: db.prepare(
    `UPDATE space_booking SET unit_id = @unitId, date = @date, start_min = @startMin, end_min = @endMin,
       title = @title, attendees = @attendees, cancelled_at = NULL, cancel_reason = NULL WHERE id = @id`,
  ),
}))

// ---- the expected list ----

/**
 * 应到 of a meeting of `kinds` on `date`, from the roster that day: everyone for most kinds; a 党小组会 only its
 * group's members; a 支委会 the committee members holding a post that day. Several kinds: everyone any of them
 * expects.
 */
export function expectedMembers(
  db: Database,
  date: string,
  kinds: readonly MeetingKind[],
  groupId: number | null,
): ExpectedMember[] {
  const mask = kindMask(kinds)
  const roster = rosterOn(db, date)
  const groupNames = new Map(
    s(db)
      .groupNames.all()
      .map((g) => [g.id, g.name]),
  )
  let keep: (memberId: number, group: number | null) => boolean = () => true
  if ((mask & WHOLE_ROSTER_MASK) === 0) {
    const committee = new Set<number>(
      kinds.includes('committee')
        ? s(db)
            .committee.all({ date })
            .map((r) => r.member_id)
        : [],
    )
    const inGroup = kinds.includes('group') && groupId !== null
    keep = (memberId, group) => committee.has(memberId) || (inGroup && group === groupId)
  }
  return roster
    .filter((r) => keep(r.memberId, r.groupId))
    .map((r) => ({
      memberId: r.memberId,
      name: r.name,
      category: r.category,
      groupName: r.groupId === null ? null : (groupNames.get(r.groupId) ?? null),
    }))
}

/** The saved expected list of a meeting (its revision in force), with present/absent and grades. */
function savedAttendance(db: Database, row: MeetingRow): MeetingAttendance[] {
  return s(db)
    .members.all(row.id, row.revision)
    .map((r) => ({
      memberId: r.member_id,
      name: r.name,
      category: r.category,
      groupName: r.group_name,
      present: r.present === 1,
      absenceReason: r.absence_reason,
      reviewGrade: r.review_grade,
    }))
}

const sameKinds = (row: MeetingRow, kinds: readonly MeetingKind[], date: string, groupId: number | null) =>
  row.date === date && row.kind_mask === kindMask(kinds) && row.group_id === groupId

/** The list a save checks against: the saved one while date, kinds and group stay, else the roster's. */
function expectedFor(
  db: Database,
  date: string,
  kinds: readonly MeetingKind[],
  groupId: number | null,
  existing: MeetingRow | null,
): { members: ExpectedMember[]; fromSnapshot: boolean } {
  if (existing && sameKinds(existing, kinds, date, groupId)) {
    return { members: savedAttendance(db, existing), fromSnapshot: true }
  }
  return { members: expectedMembers(db, date, kinds, groupId), fromSnapshot: false }
}

// ---- reading ----

function tallyOf(row: MeetingRow): MeetingTally {
  const kinds = kindsOf(row.kind_mask)
  const body = votingBody(kinds)
  const counts = {
    expected: row.expected_count,
    present: row.present_count,
    votingExpected: row.voting_expected,
    votingPresent: row.voting_present,
  }
  return { ...counts, absent: counts.expected - counts.present, body, quorum: quorumMet(body, counts) }
}

function placeTextOf(row: ListRow): string {
  if (row.unit_id === null) return row.place ?? ''
  return row.unit_name ? `${row.unit_code ?? ''} ${row.unit_name}` : (row.unit_code ?? '')
}

function toListItem(db: Database, row: ListRow): MeetingListItem {
  const tally = tallyOf(row)
  const passedCount = s(db)
    .passed.all(row.id, row.revision)
    .filter((v) => judgeResolution(tally.body, tally, v) === 'passed').length
  return {
    id: row.id,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    kinds: kindsOf(row.kind_mask),
    title: row.title,
    unitId: row.unit_id,
    placeText: placeTextOf(row),
    groupId: row.group_id,
    groupName: row.group_name,
    chairName: row.chair_name,
    recorderName: row.recorder_name,
    tally,
    attendeeCount: row.attendee_count,
    resolutionCount: row.resolution_count,
    passedCount,
    archived: row.archived_at !== null,
  }
}

function requireRow(db: Database, id: number): ListRow {
  const row = s(db).byId.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

export function meetingOf(db: Database, id: number): Meeting {
  const row = requireRow(db, id)
  const item = toListItem(db, row)
  return {
    ...item,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    place: row.place,
    bookingId: row.booking_id,
    chairId: row.chair_id,
    recorderId: row.recorder_id,
    agenda: row.agenda,
    speeches: row.speeches,
    attendance: savedAttendance(db, row),
    attendees: s(db).attendees.all(row.id, row.revision),
    resolutions: s(db)
      .resolutions.all(row.id, row.revision)
      .map((r) => ({
        ...r,
        outcome: judgeResolution(item.tally.body, item.tally, r),
        yesNeeded: yesNeeded(item.tally.votingExpected),
      })),
    archivedAt: row.archived_at,
    archiveReason: row.archive_reason,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  }
}

type ListQuery = ParsedInput<'meeting.list'>

function listWhere(q: Pick<ListQuery, 'year' | 'kind' | 'includeArchived'>): {
  where: string
  params: Record<string, string | number>
} {
  const clauses: string[] = []
  const params: Record<string, string | number> = {}
  if (!q.includeArchived) clauses.push('m.archived_at IS NULL')
  if (q.year !== undefined) {
    clauses.push('m.date BETWEEN @from AND @to')
    params.from = `${q.year}-01-01`
    params.to = `${q.year}-12-31`
  }
  if (q.kind) {
    clauses.push('(m.kind_mask & @bit) <> 0')
    params.bit = kindBit(q.kind)
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

export function listMeetings(db: Database, q: ListQuery): Page<MeetingListItem> {
  const { where, params } = listWhere(q)
  const total = (
    db.prepare(`SELECT count(*) AS n FROM branch_meeting m ${where}`).get(params) as { n: number }
  ).n
  const rows = db
    .prepare(
      `${LIST_SELECT} ${where} ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as ListRow[]
  return { items: rows.map((r) => toListItem(db, r)), total, page: q.page, pageSize: q.pageSize }
}

// ---- saving ----

export type MeetingInput = ParsedInput<'meeting.create'>

interface SaveEnv {
  db: Database
  clock: Clock
  actor: Actor
  audit: (entry: AuditEntry) => void
}

/** The branch books its rooms under its own name. */
const bookerName = (db: Database): string => s(db).branchName.get()?.name.slice(0, 30) ?? '基地党支部'

/**
 * Checks a meeting and writes it (new, or over `existing`): every problem found is named at its field, and
 * nothing is written unless all pass. The room is booked (or the booking moved) by the rules of 预约.
 */
function saveMeeting(env: SaveEnv, input: MeetingInput, existing: MeetingRow | null): number {
  const { db, clock, actor } = env
  const today = clock.today()
  const fields: Record<string, Notice> = {}
  const { date, kinds } = input
  if (date > today) fields.date = notice('field.dateFuture', { today })
  const start = toMinutes(input.startTime)
  const end = toMinutes(input.endTime)
  if (end <= start) fields.endTime = notice('meeting.endBeforeStart')
  const groupId = kinds.includes('group') ? input.groupId : null
  if (kinds.includes('group')) {
    if (groupId === null) fields.groupId = notice('meeting.groupRequired')
    else if (!s(db).groupOn.get({ id: groupId, date }))
      fields.groupId = notice('meeting.groupMissing', { date })
  }
  const unitId = input.unitId
  const place = unitId === null ? input.place : null
  if (unitId === null && place === null) fields.place = notice('meeting.placeRequired')
  if (unitId !== null) {
    const unit = spaceStatements(db).unitById.get(unitId)
    if (!unit) fields.unitId = notice('common.notFound')
    else if (unit.archived_at) fields.unitId = notice('space.unitArchived')
    else if (!BOOKABLE_UNIT_TYPES.includes(unit.unit_type))
      fields.unitId = notice('space.unitNotBookable', { code: unit.code, type: unit.unit_type })
  }
  if (!isOnRoster(db, input.chairId, date)) fields.chairId = notice('meeting.chairNotOnRoster', { date })
  if (!isOnRoster(db, input.recorderId, date))
    fields.recorderId = notice('meeting.recorderNotOnRoster', { date })
  // The expected list depends on the date and group: judged only once those are right.
  failOnProblems(fields, {}, false)

  const expected = expectedFor(db, date, kinds, groupId, existing).members
  if (expected.length === 0) {
    const onlyCommittee = kinds.length === 1 && kinds[0] === 'committee'
    failOnProblems(
      { attendance: notice(onlyCommittee ? 'meeting.noCommittee' : 'meeting.noneExpected', { date }) },
      {},
      false,
    )
  }
  const byId = new Map(expected.map((m) => [m.memberId, m]))
  const nameOf = (memberId: number) => s(db).memberName.get(memberId)?.name ?? String(memberId)
  const marked = new Map<number, MeetingInput['attendance'][number]>()
  input.attendance.forEach((a, i) => {
    if (marked.has(a.memberId)) {
      fields.attendance ??= notice('meeting.attendanceTwice', { name: nameOf(a.memberId) })
      return
    }
    marked.set(a.memberId, a)
    if (!byId.has(a.memberId)) {
      fields.attendance ??= notice('meeting.attendanceNotExpected', { name: nameOf(a.memberId), date })
    } else if (!a.present && a.absenceReason === null) {
      fields[`attendance.${i}.absenceReason`] = notice('meeting.absenceReasonRequired')
    }
  })
  const missing = expected.filter((m) => !marked.has(m.memberId))
  if (missing.length > 0 && !fields.attendance) {
    fields.attendance = notice('meeting.attendanceMissing', {
      name: missing[0]?.name ?? '',
      count: missing.length,
    })
  }
  const presentIds = new Set(input.attendance.filter((a) => a.present).map((a) => a.memberId))
  const counts = {
    expected: expected.length,
    present: expected.filter((m) => presentIds.has(m.memberId)).length,
    votingExpected: expected.filter((m) => m.category === 'full').length,
    votingPresent: expected.filter((m) => m.category === 'full' && presentIds.has(m.memberId)).length,
  }
  input.resolutions.forEach((r, i) => {
    const votes = r.yes + r.no + r.abstain
    if (votes > counts.votingPresent) {
      fields[`resolutions.${i}.yes`] = notice('meeting.votesExceedPresent', {
        votes,
        present: counts.votingPresent,
      })
    }
  })
  const grades = new Map<number, ReviewGrade>()
  if (input.reviews.length > 0 && !kinds.includes('democratic_review')) {
    fields.reviews = notice('meeting.reviewsNotAllowed')
  } else {
    for (const r of input.reviews) {
      if (grades.has(r.memberId))
        fields.reviews ??= notice('meeting.reviewTwice', { name: nameOf(r.memberId) })
      else if (!byId.has(r.memberId))
        fields.reviews ??= notice('meeting.reviewNotExpected', { name: nameOf(r.memberId) })
      grades.set(r.memberId, r.grade)
    }
  }
  failOnProblems(fields, {}, false)

  // The room: booked as the branch, by the rules of 预约 (hours, closed days, outages, clashes with the buffer).
  let bookingId = existing?.booking_id ?? null
  const at = clock.timestamp()
  const booking = {
    unitId,
    date,
    startMin: start,
    endMin: end,
    title: input.title.slice(0, 60),
    attendees: Math.max(1, counts.present + input.attendees.length),
  }
  const previous = bookingId === null ? undefined : s(db).bookingById.get(bookingId)
  const slotChanged =
    !existing ||
    !previous ||
    previous.cancelled_at !== null ||
    existing.unit_id !== unitId ||
    existing.date !== date ||
    existing.start_time !== input.startTime ||
    existing.end_time !== input.endTime
  if (unitId === null) {
    if (previous && previous.cancelled_at === null)
      s(db).setBookingCancelled.run(at, '会议改在其他地点', previous.id)
    bookingId = null
  } else if (slotChanged) {
    // The meeting's own booking does not clash with itself; it is moved to the new slot.
    const own = previous && previous.cancelled_at === null ? previous.id : undefined
    const problem = slotProblem(db, readSpaceSettings(db), unitId, date, start, end, own)
    if (problem) failOnProblems({ unitId: problem.notice }, {}, false)
    if (previous) s(db).moveBooking.run({ ...booking, id: previous.id })
    else {
      bookingId = Number(
        spaceStatements(db).insertBooking.run({
          ...booking,
          bookerKind: 'branch',
          organizationId: null,
          bookerName: bookerName(db),
          seriesId: null,
          at,
          by: actor.name,
        }).lastInsertRowid,
      )
    }
  } else if (previous) {
    s(db).moveBooking.run({ ...booking, id: previous.id })
  }

  const values = {
    date,
    startTime: input.startTime,
    endTime: input.endTime,
    kindMask: kindMask(kinds),
    title: input.title,
    unitId,
    bookingId,
    place,
    groupId,
    chairId: input.chairId,
    recorderId: input.recorderId,
    agenda: input.agenda,
    speeches: input.speeches,
    ...counts,
    at,
    by: actor.name,
  }
  let id: number
  let revision: number
  if (existing) {
    id = existing.id
    revision = existing.revision + 1
    retally(db, existing, -1)
    s(db).update.run({ ...values, id })
  } else {
    id = Number(s(db).insert.run(values).lastInsertRowid)
    revision = 1
  }
  for (const m of expected) {
    const a = marked.get(m.memberId)
    const present = a?.present === true
    s(db).insertMember.run(
      id,
      revision,
      m.memberId,
      m.category,
      present ? 1 : 0,
      present ? null : (a?.absenceReason ?? null),
      grades.get(m.memberId) ?? null,
    )
  }
  input.attendees.forEach((a, i) =>
    s(db).insertAttendee.run(id, revision, i + 1, a.kind, a.name, a.organization, a.note),
  )
  input.resolutions.forEach((r, i) =>
    s(db).insertResolution.run(id, revision, i + 1, r.title, r.yes, r.no, r.abstain),
  )
  retally(db, { id, date, revision }, 1)
  return id
}

/** Counts a meeting's list in (1) or out of (−1) the attendance tally of its year. */
function retally(db: Database, row: Pick<MeetingRow, 'id' | 'date' | 'revision'>, sign: 1 | -1): void {
  const params = { year: Number(row.date.slice(0, 4)), id: row.id, revision: row.revision }
  if (sign === 1) s(db).tallyAdd.run(params)
  else s(db).tallyRemove.run(params)
}

/** Saves a meeting by the core's own rules without a caller (the demo data); inside the caller's transaction. */
export function recordMeeting(
  db: Database,
  input: MeetingInput,
  options: { today: string; timestamp: string; actorName: string },
): number {
  const clock: Clock = { today: () => options.today, timestamp: () => options.timestamp, nowMs: () => 0 }
  const actor: Actor = { ...SYSTEM_ACTOR, name: options.actorName }
  return saveMeeting({ db, clock, actor, audit: () => undefined }, input, null)
}

function requireLive(db: Database, id: number): ListRow {
  const row = requireRow(db, id)
  if (row.archived_at) fail('CONFLICT', 'meeting.archived')
  return row
}

// ---- 三会一课台账 (Excel) ----

const label = labelsWith({})

/** Every meeting of a year, oldest first, as one sheet: the 三会一课 台账. */
async function exportLedger(
  db: Database,
  year: number,
  labels: Labels,
): Promise<{ content: Buffer; rows: number }> {
  const rows = (
    db
      .prepare(
        `SELECT id FROM branch_meeting WHERE archived_at IS NULL AND date BETWEEN ? AND ?
         ORDER BY date, start_time, id`,
      )
      .pluck()
      .all(`${year}-01-01`, `${year}-12-31`) as number[]
  ).map((id) => meetingOf(db, id))
  const col = (
    key: string,
    value: (m: Meeting) => string | number | null,
    kind?: CellKind,
  ): SheetColumn<Meeting> => ({ header: label(labels, `heading.${key}`), kind, value })
  const sep = label(labels, 'word.separator')
  const columns: SheetColumn<Meeting>[] = [
    col('date', (m) => m.date, 'date'),
    col('time', (m) => `${m.startTime}–${m.endTime}`),
    col('kinds', (m) => m.kinds.map((k) => label(labels, `kind.${k}`)).join(sep)),
    col('title', (m) => m.title),
    col('place', (m) => m.placeText),
    col('group', (m) => m.groupName),
    col('chair', (m) => m.chairName),
    col('recorder', (m) => m.recorderName),
    col('expected', (m) => m.tally.expected, 'integer'),
    col('present', (m) => m.tally.present, 'integer'),
    col('absent', (m) => m.tally.absent, 'integer'),
    col('absentees', (m) =>
      m.attendance
        .filter((a) => !a.present)
        .map((a) => `${a.name}（${a.absenceReason ?? ''}）`)
        .join(sep),
    ),
    col('attendees', (m) =>
      m.attendees
        .map(
          (a) =>
            `${a.name}（${label(labels, `attendeeKind.${a.kind}`)}${a.organization ? ` ${a.organization}` : ''}）`,
        )
        .join(sep),
    ),
    col('agenda', (m) => m.agenda),
    col('resolutions', (m) =>
      m.resolutions
        .map(
          (r) =>
            `${r.title}：${label(labels, 'word.yes')} ${r.yes}，${label(labels, 'word.no')} ${r.no}，${label(labels, 'word.abstain')} ${r.abstain}，${label(labels, `outcome.${r.outcome}`)}`,
        )
        .join('；'),
    ),
  ]
  return { content: await tableToXlsx(label(labels, 'title'), columns, rows), rows: rows.length }
}

export const meetingHandlers = defineHandlers({
  'meeting.options': {
    permission: 'branch.read',
    write: false,
    run: ({ db }): MeetingOptions => ({
      branchName: s(db).branchName.get()?.name ?? null,
      groups: s(db)
        .groups.all()
        .map((g) => ({ id: g.id, name: g.name, archived: g.archived_at !== null })),
    }),
  },
  'meeting.list': {
    permission: 'branch.read',
    write: false,
    run: ({ db }, q) => listMeetings(db, q),
  },
  'meeting.get': {
    permission: 'branch.read',
    write: false,
    run: ({ db }, { id }) => meetingOf(db, id),
  },
  /** 应到 for the form, before saving: the roster on the date, or the saved list of the meeting being edited. */
  'meeting.expected': {
    permission: 'branch.read',
    write: false,
    run: ({ db }, { date, kinds, groupId, meetingId }): ExpectedList => {
      const existing = meetingId === undefined ? null : requireRow(db, meetingId)
      const group = kinds.includes('group') ? groupId : null
      const { members, fromSnapshot } = expectedFor(db, date, kinds, group, existing)
      return {
        date,
        members: members.map(({ memberId, name, category, groupName }) => ({
          memberId,
          name,
          category,
          groupName,
        })),
        votingExpected: members.filter((m) => m.category === 'full').length,
        body: votingBody(kinds),
        fromSnapshot,
      }
    },
  },
  'meeting.create': {
    permission: 'branch.write',
    write: true,
    run: (env, input) => {
      const id = saveMeeting(env, input, null)
      const after = meetingOf(env.db, id)
      env.audit({ entity: 'branch_meeting', entityId: id, before: null, after })
      return after
    },
  },
  'meeting.update': {
    permission: 'branch.write',
    write: true,
    run: (env, { id, ...input }) => {
      const row = requireLive(env.db, id)
      const before = meetingOf(env.db, id)
      saveMeeting(env, input, row)
      const after = meetingOf(env.db, id)
      env.audit({ entity: 'branch_meeting', entityId: id, before, after })
      return after
    },
  },
  /** 归档 with a reason (never deleted); the room's booking is cancelled. */
  'meeting.archive': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id, reason }) => {
      const row = requireRow(db, id)
      if (row.archived_at) fail('CONFLICT', 'meeting.alreadyArchived')
      const before = meetingOf(db, id)
      const at = clock.timestamp()
      s(db).archive.run(at, reason, at, actor.name, id)
      retally(db, row, -1)
      const booking = row.booking_id === null ? undefined : s(db).bookingById.get(row.booking_id)
      if (booking && booking.cancelled_at === null) {
        s(db).setBookingCancelled.run(at, `会议记录已归档：${reason}`.slice(0, 200), booking.id)
      }
      const after = meetingOf(db, id)
      audit({ entity: 'branch_meeting', entityId: id, before, after })
      return after
    },
  },
  /** 导出 Excel: the 三会一课 台账 of a year; recorded in the audit log. */
  'meeting.export': {
    permission: 'branch.read',
    write: false,
    run: async ({ db, clock, audit }, { year, labels }): Promise<ExportFile> => {
      const { content, rows } = await exportLedger(db, year, labels)
      audit({ entity: 'export', entityId: null, before: null, after: { table: 'meetings', year, rows } })
      return {
        fileName: `${label(labels, 'title')}-${year}-${clock.today()}.xlsx`,
        contentBase64: content.toString('base64'),
        rows,
      }
    },
  },
})
