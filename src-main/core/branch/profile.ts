// 支部与班子: the base's own branch (兜底党支部 …), the resident organisations it covers (read here; each is set on
// the organisation's 党建 card), its 党小组, and its 支部委员会 by term — a committee only with 7 or more 正式党员 (below that a secretary only), 换届 reminded
// 6 months before the term ends. Also the branch rules of 系统设置.
import type {
  BranchCoverage,
  BranchOverview,
  BranchSettings,
  CommitteePost,
  CommitteeTerm,
  PartyBranch,
  PartyGroup,
} from '../../shared/entities'
import type { BranchKind, CommitteeRole } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { fail, failOnProblems, invalid, notice } from '../errors'
import { addMonths, addYears, daysBetween } from '../lib/dates'
import { statusPeriods } from '../coverage/periods'
import { defineHandlers } from '../registry'
import { readBranchSettings, writeSetting } from '../system/settings'
import { isOnRoster, rosterOn, type RosterEntry } from '../members/roster'

/** The months before a term ends from which 换届 is shown as due. */
export const TERM_REMINDER_MONTHS = 6

interface BranchRow {
  name: string
  kind: BranchKind
  founded_on: string | null
  superior: string | null
  note: string | null
  updated_at: string
}

interface TermRow {
  id: number
  start_date: string
  end_date: string
  has_committee: number
  full_members: number
  note: string | null
  archived_at: string | null
}

interface PostRow {
  id: number
  term_id: number
  member_id: number
  member_name: string
  role: CommitteeRole
  start_date: string
  end_date: string | null
}

function readBranch(db: Database): PartyBranch | null {
  const row = db.prepare('SELECT * FROM party_branch WHERE id = 1').get() as BranchRow | undefined
  return row
    ? {
        name: row.name,
        kind: row.kind,
        foundedOn: row.founded_on,
        superior: row.superior,
        note: row.note,
        updatedAt: row.updated_at,
      }
    : null
}

/** The periods in which the base's own branch covers a resident organisation (兜底 or 兼合式 by this branch). */
function readCoverage(db: Database): BranchCoverage[] {
  const names = new Map(
    (
      db
        .prepare(
          `SELECT DISTINCT o.id, o.name FROM org_party_status s JOIN organization o ON o.id = s.organization_id
            WHERE s.by_base_branch = 1 AND s.archived_at IS NULL`,
        )
        .all() as { id: number; name: string }[]
    ).map((r) => [r.id, r.name]),
  )
  return statusPeriods(db)
    .filter((p) => p.byBaseBranch)
    .map((p) => ({
      id: p.id,
      organizationId: p.organizationId,
      organizationName: names.get(p.organizationId) ?? '',
      startDate: p.startDate,
      endDate: p.endDate,
      note: p.note,
    }))
    .sort(
      (a, b) =>
        Number(a.endDate !== null) - Number(b.endDate !== null) ||
        a.organizationName.localeCompare(b.organizationName) ||
        a.startDate.localeCompare(b.startDate),
    )
}

function readGroups(db: Database, today: string, roster = rosterOn(db, today)): PartyGroup[] {
  const counts = new Map<number, number>()
  for (const m of roster) {
    if (m.groupId !== null) counts.set(m.groupId, (counts.get(m.groupId) ?? 0) + 1)
  }
  return (
    db
      .prepare(
        `SELECT g.*, m.name AS leader_name FROM party_group g LEFT JOIN party_member m ON m.id = g.leader_id
         ORDER BY g.archived_at IS NOT NULL, g.name`,
      )
      .all() as {
      id: number
      name: string
      leader_id: number | null
      leader_name: string | null
      note: string | null
      archived_at: string | null
    }[]
  ).map((g) => ({
    id: g.id,
    name: g.name,
    leaderId: g.leader_id,
    leaderName: g.leader_name,
    memberCount: counts.get(g.id) ?? 0,
    note: g.note,
    archivedAt: g.archived_at,
  }))
}

const POST_SELECT = `SELECT p.*, m.name AS member_name FROM committee_post p JOIN party_member m ON m.id = p.member_id`

function toPost(r: PostRow): CommitteePost {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    role: r.role,
    startDate: r.start_date,
    endDate: r.end_date,
  }
}

/** Posts in the order of the committee: 书记 first. */
const ROLE_ORDER: Record<CommitteeRole, number> = {
  secretary: 0,
  deputy_secretary: 1,
  organization: 2,
  propaganda: 3,
  discipline: 4,
  member: 5,
}

function readTerms(db: Database): CommitteeTerm[] {
  const terms = db
    .prepare('SELECT * FROM committee_term ORDER BY start_date DESC, id DESC')
    .all() as TermRow[]
  const posts = db.prepare(`${POST_SELECT} ORDER BY p.start_date, p.id`).all() as PostRow[]
  return terms.map((t) => ({
    id: t.id,
    startDate: t.start_date,
    endDate: t.end_date,
    hasCommittee: t.has_committee === 1,
    fullMembers: t.full_members,
    note: t.note,
    archivedAt: t.archived_at,
    posts: posts
      .filter((p) => p.term_id === t.id)
      .map(toPost)
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.startDate.localeCompare(b.startDate)),
  }))
}

/** 正式党员 on the roster on a date. */
function fullMembersOn(db: Database, date: string): number {
  return rosterOn(db, date).filter((m) => m.category === 'full').length
}

/** The term in force on `date`: the latest one started by then and not archived. */
function termOn(terms: CommitteeTerm[], date: string): CommitteeTerm | null {
  return terms.find((t) => t.archivedAt === null && t.startDate <= date) ?? null
}

export function branchOverview(db: Database, today: string): BranchOverview {
  const roster = rosterOn(db, today)
  const fullMembers = roster.filter((m) => m.category === 'full').length
  const terms = readTerms(db)
  const currentTerm = termOn(terms, today)
  let termReminder: BranchOverview['termReminder'] = null
  if (currentTerm) {
    const remindFrom = addMonths(currentTerm.endDate, -TERM_REMINDER_MONTHS)
    if (today >= remindFrom) {
      termReminder = {
        endDate: currentTerm.endDate,
        remindFrom,
        daysLeft: daysBetween(today, currentTerm.endDate),
      }
    }
  }
  return {
    branch: readBranch(db),
    coverage: readCoverage(db),
    groups: readGroups(db, today, roster),
    currentTerm,
    terms,
    fullMembers,
    probationaryMembers: roster.length - fullMembers,
    committeeAllowed: fullMembers >= 7,
    termReminder,
  }
}

function requireTerm(db: Database, id: number): TermRow {
  const row = db.prepare('SELECT * FROM committee_term WHERE id = ?').get(id) as TermRow | undefined
  if (!row) fail('NOT_FOUND', 'common.notFound')
  if (row.archived_at) fail('CONFLICT', 'branch.termArchived')
  return row
}

function memberName(db: Database, id: number): string | null {
  const row = db.prepare('SELECT name FROM party_member WHERE id = ?').get(id) as { name: string } | undefined
  return row?.name ?? null
}

/**
 * A post may be held by a 正式党员 on the roster on the date (预备党员 have no right to be elected); `roster` is
 * the roster of that date.
 */
function postHolderProblem(
  db: Database,
  roster: readonly RosterEntry[],
  memberId: number,
  date: string,
): Notice | null {
  const name = memberName(db, memberId)
  if (name === null) return notice('common.notFound')
  const entry = roster.find((m) => m.memberId === memberId)
  return entry?.category === 'full' ? null : notice('branch.postNotFull', { name, date })
}

/**
 * The make-up of a new term: with a committee (7 or more 正式党员 on the start date) 3–5 posts with exactly one
 * 书记; without, a 书记 and at most one 副书记.
 */
function checkTermPosts(
  db: Database,
  startDate: string,
  hasCommittee: boolean,
  posts: { memberId: number; role: CommitteeRole }[],
): Record<string, Notice> {
  const fields: Record<string, Notice> = {}
  const roster = rosterOn(db, startDate)
  const full = roster.filter((m) => m.category === 'full').length
  if (hasCommittee && full < 7)
    fields.hasCommittee = notice('branch.committeeTooFew', { date: startDate, count: full })
  const secretaries = posts.filter((p) => p.role === 'secretary').length
  if (secretaries !== 1) fields.posts = notice('branch.oneSecretary', { count: secretaries })
  else if (hasCommittee && (posts.length < 3 || posts.length > 5)) {
    fields.posts = notice('branch.committeeSize', { count: posts.length })
  } else if (
    !hasCommittee &&
    (posts.some((p) => p.role !== 'secretary' && p.role !== 'deputy_secretary') ||
      posts.filter((p) => p.role === 'deputy_secretary').length > 1)
  ) {
    fields.posts = notice('branch.secretaryOnlyRoles')
  }
  const seen = new Set<number>()
  posts.forEach((p, i) => {
    const problem = postHolderProblem(db, roster, p.memberId, startDate)
    if (problem) fields[`posts.${i}.memberId`] = problem
    else if (seen.has(p.memberId)) {
      fields[`posts.${i}.memberId`] = notice('branch.postTwice', { name: memberName(db, p.memberId) ?? '' })
    }
    seen.add(p.memberId)
  })
  return fields
}

export const branchProfileHandlers = defineHandlers({
  'branch.overview': {
    permission: 'branch.read',
    write: false,
    run: ({ db, clock }) => branchOverview(db, clock.today()),
  },
  'branch.save': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const today = clock.today()
      if (input.foundedOn && input.foundedOn > today)
        invalid({ foundedOn: notice('branch.foundedFuture', { today }) })
      const before = readBranch(db)
      db.prepare(
        `INSERT INTO party_branch (id, name, kind, founded_on, superior, note, updated_at)
         VALUES (1, @name, @kind, @foundedOn, @superior, @note, @at)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, founded_on = excluded.founded_on,
           superior = excluded.superior, note = excluded.note, updated_at = excluded.updated_at`,
      ).run({ ...input, at: clock.timestamp() })
      audit({ entity: 'party_branch', entityId: 1, before, after: readBranch(db) })
      return branchOverview(db, today)
    },
  },
  'branch.groupSave': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, name, leaderId, note }) => {
      const today = clock.today()
      const fields: Record<string, Notice> = {}
      const twin = db
        .prepare('SELECT id FROM party_group WHERE name = ? AND archived_at IS NULL AND id != ?')
        .get(name, id ?? 0)
      if (twin) fields.name = notice('branch.groupNameTaken', { name })
      if (leaderId !== null && !isOnRoster(db, leaderId, today))
        fields.leaderId = notice('branch.leaderNotOnRoster')
      let before: PartyGroup | null = null
      if (id !== undefined) {
        before = readGroups(db, today).find((g) => g.id === id) ?? null
        if (!before) fail('NOT_FOUND', 'common.notFound')
        if (before.archivedAt) fail('CONFLICT', 'branch.groupArchived')
      }
      failOnProblems(fields, {}, false)
      let groupId = id
      if (groupId === undefined) {
        groupId = Number(
          db
            .prepare('INSERT INTO party_group (name, leader_id, note, created_at) VALUES (?, ?, ?, ?)')
            .run(name, leaderId, note, clock.timestamp()).lastInsertRowid,
        )
      } else {
        db.prepare('UPDATE party_group SET name = ?, leader_id = ?, note = ? WHERE id = ?').run(
          name,
          leaderId,
          note,
          groupId,
        )
      }
      audit({
        entity: 'party_group',
        entityId: groupId,
        before,
        after: readGroups(db, today).find((g) => g.id === groupId) ?? null,
      })
      return branchOverview(db, today)
    },
  },
  'branch.groupArchive': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const today = clock.today()
      const group = readGroups(db, today).find((g) => g.id === id)
      if (!group) fail('NOT_FOUND', 'common.notFound')
      if (group.archivedAt) fail('CONFLICT', 'branch.groupArchived')
      if (group.memberCount > 0) {
        fail('CONFLICT', 'branch.groupHasMembers', { name: group.name, count: group.memberCount })
      }
      db.prepare('UPDATE party_group SET archived_at = ?, note = coalesce(note, ?) WHERE id = ?').run(
        clock.timestamp(),
        reason,
        id,
      )
      audit({ entity: 'party_group', entityId: id, before: group, after: { archived: true, reason } })
      return branchOverview(db, today)
    },
  },
  /** 换届: a new term. The posts of the previous term end on the new start date. */
  'branch.termCreate': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { startDate, hasCommittee, posts, note }) => {
      const today = clock.today()
      if (startDate > today) invalid({ startDate: notice('branch.termStartFuture', { today }) })
      const previous = db
        .prepare('SELECT * FROM committee_term WHERE archived_at IS NULL ORDER BY start_date DESC LIMIT 1')
        .get() as TermRow | undefined
      if (previous && startDate <= previous.start_date) {
        invalid({ startDate: notice('branch.termOverlap', { date: previous.start_date }) })
      }
      failOnProblems(checkTermPosts(db, startDate, hasCommittee, posts), {}, false)
      const { termYears } = readBranchSettings(db)
      const at = clock.timestamp()
      if (previous) {
        db.prepare('UPDATE committee_post SET end_date = ? WHERE term_id = ? AND end_date IS NULL').run(
          startDate,
          previous.id,
        )
      }
      const termId = Number(
        db
          .prepare(
            `INSERT INTO committee_term (start_date, end_date, has_committee, full_members, note, created_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(
            startDate,
            addYears(startDate, termYears),
            hasCommittee ? 1 : 0,
            fullMembersOn(db, startDate),
            note,
            at,
          ).lastInsertRowid,
      )
      const insert = db.prepare(
        'INSERT INTO committee_post (term_id, member_id, role, start_date, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      for (const p of posts) insert.run(termId, p.memberId, p.role, startDate, at)
      const term = readTerms(db).find((t) => t.id === termId) ?? null
      audit({ entity: 'committee_term', entityId: termId, before: null, after: term })
      return branchOverview(db, today)
    },
  },
  /** 补选: one more post in a term, keeping its make-up rules. */
  'branch.postAdd': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { termId, memberId, role, startDate }) => {
      const today = clock.today()
      const term = requireTerm(db, termId)
      const fields: Record<string, Notice> = {}
      if (startDate < term.start_date || startDate >= term.end_date) {
        fields.startDate = notice('branch.postDateOutsideTerm', {
          start: term.start_date,
          end: term.end_date,
        })
      } else if (startDate > today) fields.startDate = notice('field.dateFuture', { today })
      failOnProblems(fields, {}, false)
      const active = (
        db
          .prepare(`${POST_SELECT} WHERE p.term_id = ? AND (p.end_date IS NULL OR p.end_date > ?)`)
          .all(termId, startDate) as PostRow[]
      ).map((p) => ({ memberId: p.member_id, role: p.role, name: p.member_name }))
      // Every post but 委员 is held by one member at a time.
      const taken = role === 'member' ? undefined : active.find((p) => p.role === role)
      if (taken) {
        invalid({ role: notice('branch.roleTaken', { committeeRole: role, name: taken.name }) })
      }
      const next = [...active, { memberId, role }]
      const problems = checkTermPosts(db, startDate, term.has_committee === 1, next)
      // The new post is the last one: point its member problem at the field of this form.
      const own = problems[`posts.${next.length - 1}.memberId`]
      delete problems[`posts.${next.length - 1}.memberId`]
      if (own) problems.memberId = own
      failOnProblems(problems, {}, false)
      const id = Number(
        db
          .prepare(
            'INSERT INTO committee_post (term_id, member_id, role, start_date, created_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(termId, memberId, role, startDate, clock.timestamp()).lastInsertRowid,
      )
      audit({
        entity: 'committee_post',
        entityId: id,
        before: null,
        after: { termId, memberId, role, startDate },
      })
      return branchOverview(db, today)
    },
  },
  'branch.postEnd': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, endDate }) => {
      const post = db.prepare(`${POST_SELECT} WHERE p.id = ?`).get(id) as PostRow | undefined
      if (!post) fail('NOT_FOUND', 'common.notFound')
      requireTerm(db, post.term_id)
      if (post.end_date) fail('CONFLICT', 'branch.postEnded', { date: post.end_date })
      if (endDate < post.start_date)
        invalid({ endDate: notice('branch.coverageEndBeforeStart', { date: post.start_date }) })
      if (endDate > clock.today()) invalid({ endDate: notice('field.dateFuture', { today: clock.today() }) })
      db.prepare('UPDATE committee_post SET end_date = ? WHERE id = ?').run(endDate, id)
      audit({
        entity: 'committee_post',
        entityId: id,
        before: toPost(post),
        after: { ...toPost(post), endDate },
      })
      return branchOverview(db, clock.today())
    },
  },
  /** A term recorded by mistake is archived (its posts stay in the history), never deleted. */
  'branch.termArchive': {
    permission: 'branch.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const term = requireTerm(db, id)
      db.prepare('UPDATE committee_term SET archived_at = ?, archive_reason = ? WHERE id = ?').run(
        clock.timestamp(),
        reason,
        id,
      )
      audit({
        entity: 'committee_term',
        entityId: id,
        before: { startDate: term.start_date },
        after: { archived: true, reason },
      })
      return branchOverview(db, clock.today())
    },
  },
  'branch.settings': {
    permission: 'session',
    write: false,
    run: ({ db }) => readBranchSettings(db),
  },
  'branch.updateSettings': {
    permission: 'system.manage',
    write: true,
    run: ({ db, audit }, input: BranchSettings) => {
      const before = readBranchSettings(db)
      writeSetting(db, 'branch', input)
      audit({ entity: 'setting', entityId: null, before, after: input })
      return readBranchSettings(db)
    },
  },
})
