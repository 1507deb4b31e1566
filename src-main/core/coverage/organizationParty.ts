// 党建 of one resident organisation (domain §3): its 党组织状态 over time (单独组建 … 无, from a date, with the covering
// branch), its 党建指导员 and 联络员 by period, and its Party members — on the base's roster or with membership
// elsewhere — with 应建未建 flagged. Nothing is deleted: a mistaken row is archived with its reason.
import type {
  ArchivedPartyStatus,
  OrganizationPartyView,
  OrgPartyMember,
  OrgPartyMemberRecord,
  PartyContact,
  PartyStatusPeriod,
} from '../../shared/entities'
import type { Gender, MemberCategory, MentorKind, PartyContactRole, PartyOrgStatus } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { fail, failOnProblems, invalidField, notice } from '../errors'
import { maskPhone } from '../lib/idcard'
import { isPhone } from '../lib/text'
import { findOrganizationRow } from '../organizations/repository'
import { defineHandlers } from '../registry'
import { ORGANISATIONAL_COVERAGE, statusPeriods, type StatusRow } from './periods'
import { ableToFormBranch, fullMembersOnSql, rosterMembersOf } from './partyMembers'

interface StatusRecordRow extends StatusRow {
  created_by: string
  created_at: string
  archived_at: string | null
  archive_reason: string | null
}

interface ContactRow {
  id: number
  organization_id: number
  role: PartyContactRole
  mentor_id: number | null
  person_name: string | null
  phone: string | null
  start_date: string
  end_date: string | null
  note: string | null
  archived_at: string | null
  mentor_name: string | null
  mentor_kind: MentorKind | null
  mentor_phone: string | null
}

interface MemberRow {
  id: number
  organization_id: number
  name: string
  gender: Gender | null
  category: MemberCategory
  full_on: string | null
  post: string | null
  management_post: number
  membership_place: string | null
  phone: string | null
  start_date: string
  end_date: string | null
  note: string | null
  archived_at: string | null
}

const CONTACT_SELECT = `SELECT c.*, mt.name AS mentor_name, mt.kind AS mentor_kind, mt.phone AS mentor_phone
  FROM org_party_contact c LEFT JOIN mentor mt ON mt.id = c.mentor_id`

/** The organisation statuses the base's own branch may hold (兜底 / 兼合式). */
const BASE_BRANCH_STATUSES: readonly PartyOrgStatus[] = ['fallback', 'combined']
/** The statuses with a branch: the covering branch is asked. */
const WITH_BRANCH: readonly PartyOrgStatus[] = ORGANISATIONAL_COVERAGE

const s = cached((db: Database) => ({
  statusRows: db.prepare<[number], StatusRecordRow>(
    'SELECT * FROM org_party_status WHERE organization_id = ? ORDER BY start_date DESC, id DESC',
  ),
  statusById: db.prepare<[number], StatusRecordRow>('SELECT * FROM org_party_status WHERE id = ?'),
  liveStatusOn: db.prepare<[number, string], StatusRecordRow>(
    `SELECT * FROM org_party_status WHERE organization_id = ? AND archived_at IS NULL AND start_date <= ?
      ORDER BY start_date DESC LIMIT 1`,
  ),
  insertStatus: db.prepare<{
    organizationId: number
    status: PartyOrgStatus
    startDate: string
    coveringBranch: string | null
    byBaseBranch: number
    note: string | null
    by: string
    at: string
  }>(
    `INSERT INTO org_party_status (organization_id, status, start_date, covering_branch, by_base_branch, note,
       created_by, created_at)
     VALUES (@organizationId, @status, @startDate, @coveringBranch, @byBaseBranch, @note, @by, @at)`,
  ),
  archive: {
    status: db.prepare<[string, string, number]>(
      'UPDATE org_party_status SET archived_at = ?, archive_reason = ? WHERE id = ?',
    ),
    contact: db.prepare<[string, string, number]>(
      'UPDATE org_party_contact SET archived_at = ?, archive_reason = ? WHERE id = ?',
    ),
    member: db.prepare<[string, string, number]>(
      'UPDATE org_party_member SET archived_at = ?, archive_reason = ? WHERE id = ?',
    ),
  },
  fullMembersOn: db.prepare<{ org: number; date: string }, [number]>(
    `SELECT ${fullMembersOnSql('@org', '@date')}`,
  ),
  baseBranch: db.prepare<[], [string]>('SELECT name FROM party_branch WHERE id = 1'),
  contacts: db.prepare<[number], ContactRow>(
    `${CONTACT_SELECT} WHERE c.organization_id = ? AND c.archived_at IS NULL ORDER BY c.start_date DESC, c.id DESC`,
  ),
  contactById: db.prepare<[number], ContactRow>(`${CONTACT_SELECT} WHERE c.id = ?`),
  contactOverlap: db.prepare<
    {
      org: number
      role: PartyContactRole
      mentorId: number | null
      personName: string | null
      start: string
      end: string
    },
    { start_date: string }
  >(
    `SELECT start_date FROM org_party_contact WHERE organization_id = @org AND role = @role AND archived_at IS NULL
        AND (mentor_id = @mentorId OR (mentor_id IS NULL AND person_name = @personName))
        AND start_date <= @end AND coalesce(end_date, '9999-12-31') >= @start
      ORDER BY start_date LIMIT 1`,
  ),
  insertContact: db.prepare<{
    organizationId: number
    role: PartyContactRole
    mentorId: number | null
    personName: string | null
    phone: string | null
    startDate: string
    endDate: string | null
    note: string | null
    by: string
    at: string
  }>(
    `INSERT INTO org_party_contact (organization_id, role, mentor_id, person_name, phone, start_date, end_date, note,
       created_by, created_at)
     VALUES (@organizationId, @role, @mentorId, @personName, @phone, @startDate, @endDate, @note, @by, @at)`,
  ),
  endContact: db.prepare<[string, number]>('UPDATE org_party_contact SET end_date = ? WHERE id = ?'),
  mentor: db.prepare<[number], { id: number; name: string; active: number }>(
    'SELECT id, name, active FROM mentor WHERE id = ?',
  ),
  members: db.prepare<[number], MemberRow>(
    `SELECT * FROM org_party_member WHERE organization_id = ? AND archived_at IS NULL
      ORDER BY end_date IS NOT NULL, name, id`,
  ),
  memberById: db.prepare<[number], MemberRow>('SELECT * FROM org_party_member WHERE id = ?'),
  rosterNamesake: db.prepare<[number, string], { id: number }>(
    'SELECT id FROM party_member WHERE organization_id = ? AND name = ? LIMIT 1',
  ),
  memberNamesake: db.prepare<
    { org: number; name: string; id: number; start: string; end: string },
    { start_date: string }
  >(
    `SELECT start_date FROM org_party_member WHERE organization_id = @org AND name = @name AND id <> @id
        AND archived_at IS NULL AND start_date <= @end AND coalesce(end_date, '9999-12-31') >= @start
      ORDER BY start_date LIMIT 1`,
  ),
  insertMember: db.prepare<MemberParams>(
    `INSERT INTO org_party_member (organization_id, name, gender, category, full_on, post, management_post,
       membership_place, phone, start_date, end_date, note, created_at, updated_at)
     VALUES (@organizationId, @name, @gender, @category, @fullOn, @post, @managementPost, @membershipPlace, @phone,
       @startDate, @endDate, @note, @at, @at)`,
  ),
  updateMember: db.prepare<MemberParams & { id: number }>(
    `UPDATE org_party_member SET name = @name, gender = @gender, category = @category, full_on = @fullOn,
       post = @post, management_post = @managementPost, membership_place = @membershipPlace, phone = @phone,
       start_date = @startDate, end_date = @endDate, note = @note, updated_at = @at
     WHERE id = @id`,
  ),
  endMember: db.prepare<[string, string, number]>(
    'UPDATE org_party_member SET end_date = ?, updated_at = ? WHERE id = ?',
  ),
}))

interface MemberParams {
  organizationId: number
  name: string
  gender: Gender | null
  category: MemberCategory
  fullOn: string | null
  post: string | null
  managementPost: number
  membershipPlace: string | null
  phone: string | null
  startDate: string
  endDate: string | null
  note: string | null
  at: string
}

/** The base's own branch as saved in 支部与班子, or null before it is. */
export const baseBranchName = (db: Database): string | null => s(db).baseBranch.raw().get()?.[0] ?? null

/** 正式党员 of one organisation on a date (roster and elsewhere). */
export const fullMembersOf = (db: Database, organizationId: number, date: string): number =>
  s(db).fullMembersOn.raw().get({ org: organizationId, date })?.[0] ?? 0

const inForce = (start: string, end: string | null, date: string): boolean =>
  start <= date && (end === null || end >= date)

function toContact(r: ContactRow, date: string): PartyContact {
  return {
    id: r.id,
    organizationId: r.organization_id,
    role: r.role,
    mentorId: r.mentor_id,
    mentorKind: r.mentor_kind,
    name: r.mentor_name ?? r.person_name ?? '',
    phone: r.phone ?? r.mentor_phone,
    startDate: r.start_date,
    endDate: r.end_date,
    note: r.note,
    current: inForce(r.start_date, r.end_date, date),
  }
}

function toRecord(r: MemberRow): OrgPartyMemberRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    gender: r.gender,
    category: r.category,
    fullOn: r.full_on,
    post: r.post,
    managementPost: r.management_post === 1,
    membershipPlace: r.membership_place,
    phone: r.phone,
    startDate: r.start_date,
    endDate: r.end_date,
    note: r.note,
  }
}

/** The category of an elsewhere member on a date: 正式 from the 转正 date (or all along without one). */
const categoryOn = (r: MemberRow, date: string): MemberCategory =>
  r.category === 'full' && (r.full_on === null || r.full_on <= date) ? 'full' : 'probationary'

/** Chinese names in pinyin order, as people look them up. */
const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'zh-CN')

/** The Party members of an organisation as the card lists them on `date`. */
function membersOf(
  db: Database,
  organizationId: number,
  date: string,
  branch: string | null,
): OrgPartyMember[] {
  const roster: OrgPartyMember[] = rosterMembersOf(db, organizationId, date).map((m) => ({
    source: 'roster',
    id: m.id,
    name: m.name,
    gender: m.gender,
    category: m.category_on,
    fullOn: m.full_on,
    post: m.post,
    managementPost: m.management_post === 1,
    membershipPlace: branch,
    phoneMasked: null,
    startDate: null,
    endDate: null,
    note: null,
    current: true,
  }))
  const elsewhere: OrgPartyMember[] = s(db)
    .members.all(organizationId)
    .map((r): OrgPartyMember => ({
      source: 'elsewhere',
      id: r.id,
      name: r.name,
      gender: r.gender,
      category: categoryOn(r, date),
      fullOn: r.full_on,
      post: r.post,
      managementPost: r.management_post === 1,
      membershipPlace: r.membership_place,
      phoneMasked: r.phone ? maskPhone(r.phone) : null,
      startDate: r.start_date,
      endDate: r.end_date,
      note: r.note,
      current: inForce(r.start_date, r.end_date, date),
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || byName(a, b))
  return [...roster.sort(byName), ...elsewhere]
}

/** The 党建 card of an organisation on `date`. */
export function organizationParty(db: Database, organizationId: number, date: string): OrganizationPartyView {
  const org = findOrganizationRow(db, organizationId)
  if (!org) fail('NOT_FOUND', 'common.notFound')
  const rows = s(db).statusRows.all(organizationId)
  const made = new Map(rows.map((r) => [r.id, r]))
  const periods: PartyStatusPeriod[] = statusPeriods(db, organizationId)
    .map((p) => ({
      id: p.id,
      status: p.status,
      startDate: p.startDate,
      endDate: p.endDate,
      coveringBranch: p.coveringBranch,
      byBaseBranch: p.byBaseBranch,
      note: p.note,
      createdBy: made.get(p.id)?.created_by ?? '',
      createdAt: made.get(p.id)?.created_at ?? '',
    }))
    .reverse()
  const archivedStatuses: ArchivedPartyStatus[] = rows
    .filter((r) => r.archived_at !== null)
    .map((r) => ({
      id: r.id,
      status: r.status,
      startDate: r.start_date,
      coveringBranch: r.covering_branch,
      archivedAt: r.archived_at ?? '',
      archiveReason: r.archive_reason ?? '',
    }))
  const current = periods.find((p) => p.startDate <= date) ?? null
  const contacts = s(db)
    .contacts.all(organizationId)
    .map((r) => toContact(r, date))
    .sort((a, b) => Number(b.current) - Number(a.current))
  const branch = baseBranchName(db)
  const members = membersOf(db, organizationId, date, branch)
  const counted = members.filter((m) => m.current)
  const fullMembers = counted.filter((m) => m.category === 'full').length
  const status = current?.status ?? 'none'
  return {
    organizationId,
    organizationName: org.name,
    archived: org.archived_at !== null,
    date,
    current,
    periods,
    archivedStatuses,
    fullMembers,
    probationaryMembers: counted.length - fullMembers,
    shouldFormBranch: ableToFormBranch(fullMembers) && status !== 'standalone',
    suggestWorkOnly: status === 'none' && contacts.some((c) => c.current),
    contacts,
    members,
    baseBranchName: branch,
  }
}

/** The organisation, which must exist and not be archived: an archived one's Party details are read-only. */
function editableOrganization(db: Database, id: number): { id: number; name: string } {
  const org = findOrganizationRow(db, id)
  if (!org) fail('NOT_FOUND', 'common.notFound')
  if (org.archived_at) fail('CONFLICT', 'coverage.organizationArchived', { name: org.name })
  return org
}

function requireContact(db: Database, id: number): ContactRow {
  const row = s(db).contactById.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  if (row.archived_at) fail('CONFLICT', 'coverage.contactArchived')
  return row
}

function requireMember(db: Database, id: number): MemberRow {
  const row = s(db).memberById.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  if (row.archived_at) fail('CONFLICT', 'coverage.memberArchived')
  return row
}

/** The audit's picture of a member working there: the phone masked, as on the card. */
const memberAudit = (r: OrgPartyMemberRecord) => ({
  ...r,
  phone: r.phone ? maskPhone(r.phone) : null,
})

const contactAudit = (r: ContactRow) => ({
  role: r.role,
  name: r.mentor_name ?? r.person_name,
  mentorId: r.mentor_id,
  startDate: r.start_date,
  endDate: r.end_date,
})

export const organizationPartyHandlers = defineHandlers({
  'partyOrg.organization': {
    permission: 'coverage.read',
    write: false,
    run: ({ db, clock }, { organizationId, date }) =>
      organizationParty(db, organizationId, date ?? clock.today()),
  },
  /**
   * A status from a date (not after today; one live row a day). 单独组建 and 联合组建 name their branch; 兜底/兼合式
   * name the covering branch or are by the base's own. 单独组建 with fewer than 3 正式党员 then asks first.
   */
  'partyOrg.setStatus': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit, actor }, input) => {
      const today = clock.today()
      const org = editableOrganization(db, input.organizationId)
      const { status, startDate, byBaseBranch } = input
      const fields: Record<string, Notice> = {}
      const warnings: Record<string, Notice> = {}
      const before = s(db).liveStatusOn.get(org.id, startDate)
      if (startDate > today) fields.startDate = notice('field.dateFuture', { today })
      else if (before?.start_date === startDate)
        fields.startDate = notice('coverage.statusSameDay', { date: startDate })
      let coveringBranch = WITH_BRANCH.includes(status) ? input.coveringBranch : null
      if (byBaseBranch) {
        const branch = baseBranchName(db)
        if (!BASE_BRANCH_STATUSES.includes(status))
          fields.byBaseBranch = notice('coverage.baseBranchOnlyCovering')
        else if (branch === null) fields.byBaseBranch = notice('coverage.baseBranchNotSaved')
        else coveringBranch = branch
      } else if (coveringBranch === null && WITH_BRANCH.includes(status)) {
        fields.coveringBranch = notice(
          status === 'standalone'
            ? 'coverage.ownBranchRequired'
            : status === 'joint'
              ? 'coverage.jointBranchRequired'
              : 'coverage.coveringBranchRequired',
        )
      }
      if (Object.keys(fields).length === 0) {
        if (status === 'standalone') {
          const count = fullMembersOf(db, org.id, startDate)
          if (!ableToFormBranch(count))
            warnings.status = notice('coverage.standaloneTooFew', { date: startDate, count })
        }
        if (
          before &&
          before.status === status &&
          before.covering_branch === coveringBranch &&
          (before.by_base_branch === 1) === byBaseBranch
        ) {
          warnings.startDate = notice('coverage.statusUnchanged', { since: before.start_date })
        }
      }
      failOnProblems(fields, warnings, input.acceptWarnings)
      const id = Number(
        s(db).insertStatus.run({
          organizationId: org.id,
          status,
          startDate,
          coveringBranch,
          byBaseBranch: byBaseBranch ? 1 : 0,
          note: input.note,
          by: actor.name,
          at: clock.timestamp(),
        }).lastInsertRowid,
      )
      audit({
        entity: 'org_party_status',
        entityId: id,
        before: before
          ? { status: before.status, startDate: before.start_date, coveringBranch: before.covering_branch }
          : null,
        after: {
          organization: org.name,
          status,
          startDate,
          coveringBranch,
          byBaseBranch,
          note: input.note,
          ...(input.acceptWarnings && Object.keys(warnings).length > 0 ? { acceptedWarnings: true } : {}),
        },
      })
      return organizationParty(db, org.id, today)
    },
  },
  /** A status recorded by mistake is archived with the reason; the one before it holds on. */
  'partyOrg.statusArchive': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = s(db).statusById.get(id)
      if (!row) fail('NOT_FOUND', 'common.notFound')
      if (row.archived_at) fail('CONFLICT', 'coverage.statusArchived', { date: row.archived_at.slice(0, 10) })
      const org = editableOrganization(db, row.organization_id)
      s(db).archive.status.run(clock.timestamp(), reason, id)
      audit({
        entity: 'org_party_status',
        entityId: id,
        before: {
          organization: org.name,
          status: row.status,
          startDate: row.start_date,
          coveringBranch: row.covering_branch,
        },
        after: { archived: true, reason },
      })
      return organizationParty(db, org.id, clock.today())
    },
  },
  /**
   * 党建指导员 (a mentor) or 联络员 (a mentor or a named person) from a date. The same person may not hold the same
   * role in the same organisation in overlapping periods; one instructor may serve many organisations.
   */
  'partyOrg.contactAdd': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit, actor }, input) => {
      const today = clock.today()
      const org = editableOrganization(db, input.organizationId)
      const { role, mentorId, startDate, endDate } = input
      const personName = mentorId === null ? input.personName : null
      const fields: Record<string, Notice> = {}
      if (startDate > today) fields.startDate = notice('field.dateFuture', { today })
      if (endDate !== null && endDate < startDate)
        fields.endDate = notice('coverage.endBeforeStart', { date: startDate })
      else if (endDate !== null && endDate > today) fields.endDate = notice('field.dateFuture', { today })
      let name = personName ?? ''
      if (role === 'instructor' && mentorId === null) {
        fields.mentorId = notice('coverage.instructorNeedsMentor')
      } else if (role === 'liaison' && mentorId === null && personName === null) {
        fields.mentorId = notice('coverage.liaisonWho')
      } else if (mentorId !== null) {
        const mentor = s(db).mentor.get(mentorId)
        if (!mentor) fields.mentorId = notice('coverage.mentorMissing')
        else if (mentor.active !== 1)
          fields.mentorId = notice('coverage.mentorArchived', { name: mentor.name })
        else name = mentor.name
      }
      if (input.phone && !isPhone(input.phone)) fields.phone = notice('field.phone')
      if (Object.keys(fields).length === 0) {
        const overlap = s(db).contactOverlap.get({
          org: org.id,
          role,
          mentorId,
          personName,
          start: startDate,
          end: endDate ?? '9999-12-31',
        })
        if (overlap) {
          fields[mentorId === null ? 'personName' : 'mentorId'] = notice(
            role === 'instructor' ? 'coverage.instructorOverlap' : 'coverage.liaisonOverlap',
            { name, start: overlap.start_date },
          )
        }
      }
      failOnProblems(fields, {}, false)
      const id = Number(
        s(db).insertContact.run({
          organizationId: org.id,
          role,
          mentorId,
          personName,
          phone: input.phone?.replace(/\s+/g, '') ?? null,
          startDate,
          endDate,
          note: input.note,
          by: actor.name,
          at: clock.timestamp(),
        }).lastInsertRowid,
      )
      audit({
        entity: 'org_party_contact',
        entityId: id,
        before: null,
        after: { organization: org.name, role, name, mentorId, startDate, endDate, note: input.note },
      })
      return organizationParty(db, org.id, today)
    },
  },
  /** Ends an assignment on its last day (not after today). */
  'partyOrg.contactEnd': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit }, { id, endDate }) => {
      const today = clock.today()
      const row = requireContact(db, id)
      const org = editableOrganization(db, row.organization_id)
      if (row.end_date) fail('CONFLICT', 'coverage.contactEnded', { date: row.end_date })
      if (endDate < row.start_date)
        invalidField('endDate', 'coverage.endBeforeStart', { date: row.start_date })
      if (endDate > today) invalidField('endDate', 'field.dateFuture', { today })
      s(db).endContact.run(endDate, id)
      audit({
        entity: 'org_party_contact',
        entityId: id,
        before: contactAudit(row),
        after: { ...contactAudit(row), endDate },
      })
      return organizationParty(db, org.id, today)
    },
  },
  'partyOrg.contactArchive': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = requireContact(db, id)
      const org = editableOrganization(db, row.organization_id)
      s(db).archive.contact.run(clock.timestamp(), reason, id)
      audit({
        entity: 'org_party_contact',
        entityId: id,
        before: { organization: org.name, ...contactAudit(row) },
        after: { archived: true, reason },
      })
      return organizationParty(db, org.id, clock.today())
    },
  },
  /** One member working there with membership elsewhere, with the full phone, for the edit form. */
  'partyOrg.memberGet': {
    permission: 'coverage.write',
    write: false,
    run: ({ db }, { id }) => toRecord(requireMember(db, id)),
  },
  /** Records (or corrects) a Party member working in the organisation whose membership is elsewhere. */
  'partyOrg.memberSave': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit }, { id, acceptWarnings, ...input }) => {
      const today = clock.today()
      const org = editableOrganization(db, input.organizationId)
      const existing = id === undefined ? null : requireMember(db, id)
      if (existing && existing.organization_id !== org.id) fail('NOT_FOUND', 'common.notFound')
      const fields: Record<string, Notice> = {}
      const warnings: Record<string, Notice> = {}
      if (input.startDate > today) fields.startDate = notice('field.dateFuture', { today })
      if (input.endDate !== null && input.endDate < input.startDate)
        fields.endDate = notice('coverage.endBeforeStart', { date: input.startDate })
      else if (input.endDate !== null && input.endDate > today)
        fields.endDate = notice('field.dateFuture', { today })
      if (input.fullOn !== null) {
        if (input.category === 'probationary') fields.fullOn = notice('coverage.fullOnProbationary')
        else if (input.fullOn > today) fields.fullOn = notice('field.dateFuture', { today })
      }
      const phone = input.phone?.replace(/\s+/g, '') ?? null
      if (phone && !isPhone(phone)) fields.phone = notice('field.phone')
      if (Object.keys(fields).length === 0) {
        if (s(db).rosterNamesake.get(org.id, input.name)) {
          warnings.name = notice('coverage.memberOnRoster', { name: input.name })
        } else {
          const twin = s(db).memberNamesake.get({
            org: org.id,
            name: input.name,
            id: id ?? 0,
            start: input.startDate,
            end: input.endDate ?? '9999-12-31',
          })
          if (twin)
            warnings.name = notice('coverage.memberTwice', { name: input.name, start: twin.start_date })
        }
      }
      failOnProblems(fields, warnings, acceptWarnings)
      const params: MemberParams = {
        ...input,
        organizationId: org.id,
        phone,
        managementPost: input.managementPost ? 1 : 0,
        at: clock.timestamp(),
      }
      let memberId = id
      if (memberId === undefined) memberId = Number(s(db).insertMember.run(params).lastInsertRowid)
      else s(db).updateMember.run({ ...params, id: memberId })
      const after = toRecord(requireMember(db, memberId))
      audit({
        entity: 'org_party_member',
        entityId: memberId,
        before: existing ? memberAudit(toRecord(existing)) : null,
        after: {
          organization: org.name,
          ...memberAudit(after),
          ...(acceptWarnings && Object.keys(warnings).length > 0 ? { acceptedWarnings: true } : {}),
        },
      })
      return organizationParty(db, org.id, today)
    },
  },
  /** The member left the organisation: `endDate` is their last day there. */
  'partyOrg.memberEnd': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit }, { id, endDate }) => {
      const today = clock.today()
      const row = requireMember(db, id)
      const org = editableOrganization(db, row.organization_id)
      if (row.end_date) fail('CONFLICT', 'coverage.memberEnded', { name: row.name, date: row.end_date })
      if (endDate < row.start_date)
        invalidField('endDate', 'coverage.endBeforeStart', { date: row.start_date })
      if (endDate > today) invalidField('endDate', 'field.dateFuture', { today })
      s(db).endMember.run(endDate, clock.timestamp(), id)
      audit({
        entity: 'org_party_member',
        entityId: id,
        before: { organization: org.name, name: row.name, endDate: null },
        after: { organization: org.name, name: row.name, endDate },
      })
      return organizationParty(db, org.id, today)
    },
  },
  'partyOrg.memberArchive': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = requireMember(db, id)
      const org = editableOrganization(db, row.organization_id)
      s(db).archive.member.run(clock.timestamp(), reason, id)
      audit({
        entity: 'org_party_member',
        entityId: id,
        before: { organization: org.name, ...memberAudit(toRecord(row)) },
        after: { archived: true, reason },
      })
      return organizationParty(db, org.id, clock.today())
    },
  },
})
