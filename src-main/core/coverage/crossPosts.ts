// 双向进入、交叉任职 (domain §3) on a date: Party members holding management posts in resident organisations,
// resident managers on the branch committee, and non-member heads who attended branch meetings as 观察员 in the
// year; and the 党建指导员/联络员 with the organisations they serve. These lists are as long as the people concerned
// (the branch's members with posts, the instructors), not as the base: they are read whole.
import { labelsWith, type Labels } from '../lib/labels'
import type {
  CrossPostCommitteeMember,
  CrossPostManager,
  CrossPostObserver,
  CrossPosts,
  ExportFile,
  InstructorRow,
  InstructorsView,
} from '../../shared/entities'
import {
  COMMITTEE_ROLES,
  type CommitteeRole,
  type MemberCategory,
  type MentorKind,
  type PartyContactRole,
} from '../../shared/enums'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { tablesToXlsx, type CellKind, type SheetColumn } from '../lib/excel'
import { categoryOnSql, onRosterSql } from '../members/roster'
import { defineHandlers } from '../registry'
import { elsewhereCategorySql, inOrganizationSql } from './partyMembers'
import { baseBranchName } from './organizationParty'

const s = cached((db: Database) => ({
  managers: db.prepare<
    { date: string },
    {
      source: 'roster' | 'elsewhere'
      id: number
      name: string
      organization_id: number
      organization_name: string
      post: string | null
      category: MemberCategory
      membership_place: string | null
    }
  >(
    `SELECT 'roster' AS source, m.id, m.name AS name, m.organization_id, o.name AS organization_name, m.post,
            ${categoryOnSql('@date')} AS category, NULL AS membership_place
       FROM party_member m JOIN organization o ON o.id = m.organization_id AND o.archived_at IS NULL
      WHERE m.management_post = 1 AND ${onRosterSql('@date')}
     UNION ALL
     SELECT 'elsewhere', x.id, x.name, x.organization_id, o.name, x.post, ${elsewhereCategorySql('@date')},
            x.membership_place
       FROM org_party_member x JOIN organization o ON o.id = x.organization_id AND o.archived_at IS NULL
      WHERE x.management_post = 1 AND ${inOrganizationSql('@date')}
      `,
  ),
  committee: db.prepare<
    { date: string },
    {
      member_id: number
      name: string
      role: CommitteeRole
      start_date: string
      organization_id: number
      organization_name: string
      post: string | null
    }
  >(
    // A post is held from its start until its end date, which is the first day without it (换届, 结束职务, 转出).
    `SELECT cp.member_id, m.name, cp.role, cp.start_date, m.organization_id, o.name AS organization_name, m.post
       FROM committee_post cp
       JOIN committee_term t ON t.id = cp.term_id AND t.archived_at IS NULL
       JOIN party_member m ON m.id = cp.member_id
       JOIN organization o ON o.id = m.organization_id AND o.archived_at IS NULL
      WHERE m.management_post = 1 AND cp.start_date <= @date AND (cp.end_date IS NULL OR cp.end_date > @date)
      ORDER BY cp.start_date, m.name`,
  ),
  observers: db.prepare<
    { from: string; date: string },
    { name: string; organization: string | null; meetings: number; last_date: string }
  >(
    // The attendees of each meeting's revision in force; a meeting archived as a mistake does not count.
    `SELECT a.name, a.organization, count(DISTINCT bm.id) AS meetings, max(bm.date) AS last_date
       FROM branch_meeting bm
       JOIN branch_meeting_attendee a ON a.meeting_id = bm.id AND a.revision = bm.revision AND a.kind = 'observer'
      WHERE bm.archived_at IS NULL AND bm.date BETWEEN @from AND @date
      GROUP BY a.name, coalesce(a.organization, '')
      ORDER BY meetings DESC, a.name`,
  ),
  /** Organisations by name or short name, for the names written in the minutes (a JSON array). */
  organizationsNamed: db.prepare<{ names: string }, { id: number; name: string; short_name: string | null }>(
    `SELECT id, name, short_name FROM organization
      WHERE archived_at IS NULL AND (name IN (SELECT value FROM json_each(@names))
         OR short_name IN (SELECT value FROM json_each(@names)))`,
  ),
  contacts: db.prepare<
    { date: string },
    {
      id: number
      organization_id: number
      organization_name: string
      role: PartyContactRole
      mentor_id: number | null
      mentor_kind: MentorKind | null
      name: string
      phone: string | null
      start_date: string
      end_date: string | null
    }
  >(
    `SELECT c.id, c.organization_id, o.name AS organization_name, c.role, c.mentor_id, mt.kind AS mentor_kind,
            coalesce(mt.name, c.person_name) AS name, coalesce(c.phone, mt.phone) AS phone, c.start_date, c.end_date
       FROM org_party_contact c
       JOIN organization o ON o.id = c.organization_id AND o.archived_at IS NULL
       LEFT JOIN mentor mt ON mt.id = c.mentor_id
      WHERE c.archived_at IS NULL AND c.start_date <= @date AND (c.end_date IS NULL OR c.end_date >= @date)
      ORDER BY o.name, c.role`,
  ),
  idleInstructors: db.prepare<[], { id: number; name: string; phone: string | null }>(
    "SELECT id, name, phone FROM mentor WHERE kind = 'party_instructor' AND active = 1 ORDER BY name, id",
  ),
}))

/**
 * The organisations the minutes name (by name or short name): name → id when it names exactly one, and each such
 * organisation's full name.
 */
function resolveOrganizations(
  db: Database,
  written: string[],
): { ids: Map<string, number>; names: Map<number, string> } {
  const found = new Map<string, number[]>()
  const names = new Map<number, string>()
  if (written.length === 0) return { ids: new Map(), names }
  for (const o of s(db).organizationsNamed.all({ names: JSON.stringify(written) })) {
    names.set(o.id, o.name)
    for (const n of new Set([o.name, o.short_name])) {
      if (n !== null) found.set(n, [...(found.get(n) ?? []), o.id])
    }
  }
  const ids = new Map<string, number>()
  for (const [n, list] of found) if (list.length === 1 && list[0] !== undefined) ids.set(n, list[0])
  return { ids, names }
}

const ROLE_RANK = new Map<CommitteeRole, number>(COMMITTEE_ROLES.map((r, i) => [r, i]))

/** 双向进入、交叉任职 on `date`; observers over the date's year up to the date. */
export function crossPosts(db: Database, date: string): CrossPosts {
  const branch = baseBranchName(db)
  const managers: CrossPostManager[] = s(db)
    .managers.all({ date })
    .map((r) => ({
      source: r.source,
      id: r.id,
      name: r.name,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      post: r.post,
      category: r.category,
      membershipPlace: r.source === 'roster' ? branch : r.membership_place,
    }))
    .sort(
      (a, b) =>
        a.organizationName.localeCompare(b.organizationName, 'zh-CN') ||
        a.name.localeCompare(b.name, 'zh-CN'),
    )
  const committee: CrossPostCommitteeMember[] = s(db)
    .committee.all({ date })
    .map((r) => ({
      memberId: r.member_id,
      name: r.name,
      role: r.role,
      since: r.start_date,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      post: r.post,
    }))
    .sort((a, b) => (ROLE_RANK.get(a.role) ?? 9) - (ROLE_RANK.get(b.role) ?? 9))
  const year = Number(date.slice(0, 4))
  const seen = s(db).observers.all({ from: `${date.slice(0, 4)}-01-01`, date })
  const { ids, names } = resolveOrganizations(db, [
    ...new Set(seen.flatMap((r) => (r.organization ? [r.organization] : []))),
  ])
  // One row per person and organisation: the minutes may name it in full or by its short name.
  const byPerson = new Map<string, CrossPostObserver>()
  for (const r of seen) {
    const organizationId = r.organization ? (ids.get(r.organization) ?? null) : null
    const key = `${r.name}|${organizationId ?? `text:${r.organization ?? ''}`}`
    const known = byPerson.get(key)
    if (known) {
      known.meetings += r.meetings
      if (r.last_date > known.lastDate) known.lastDate = r.last_date
    } else {
      byPerson.set(key, {
        name: r.name,
        organizationName: organizationId === null ? r.organization : (names.get(organizationId) ?? null),
        organizationId,
        meetings: r.meetings,
        lastDate: r.last_date,
      })
    }
  }
  const observers = [...byPerson.values()].sort(
    (a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name, 'zh-CN'),
  )
  return { date, year, managers, committee, observers }
}

/** Every 党建指导员/联络员 serving on `date` with their organisations; idle party instructors too. */
export function instructorsOn(db: Database, date: string): InstructorsView {
  const rows = new Map<string, InstructorRow>()
  const served = new Set<number>()
  for (const c of s(db).contacts.all({ date })) {
    served.add(c.organization_id)
    const key = c.mentor_id === null ? `p${c.name}` : `m${c.mentor_id}`
    let row = rows.get(key)
    if (!row) {
      row = {
        key,
        mentorId: c.mentor_id,
        mentorKind: c.mentor_kind,
        name: c.name,
        phone: c.phone,
        roles: [],
        organizations: [],
      }
      rows.set(key, row)
    }
    if (!row.roles.includes(c.role)) row.roles.push(c.role)
    row.organizations.push({
      contactId: c.id,
      organizationId: c.organization_id,
      organizationName: c.organization_name,
      role: c.role,
      startDate: c.start_date,
      endDate: c.end_date,
    })
  }
  for (const m of s(db).idleInstructors.all()) {
    const key = `m${m.id}`
    if (!rows.has(key)) {
      rows.set(key, {
        key,
        mentorId: m.id,
        mentorKind: 'party_instructor',
        name: m.name,
        phone: m.phone,
        roles: [],
        organizations: [],
      })
    }
  }
  const distinct = (r: InstructorRow) => new Set(r.organizations.map((o) => o.organizationId)).size
  return {
    date,
    rows: [...rows.values()].sort(
      (a, b) => distinct(b) - distinct(a) || a.name.localeCompare(b.name, 'zh-CN'),
    ),
    organizationsServed: served.size,
  }
}

const label = labelsWith({})

/** The three lists as sheets of one workbook, headed in the user's language. */
function exportCrossPosts(view: CrossPosts, labels: Labels): Promise<Buffer> {
  const col = <R>(key: string, value: SheetColumn<R>['value'], kind?: CellKind): SheetColumn<R> => ({
    header: label(labels, `heading.${key}`),
    kind,
    value,
  })
  return tablesToXlsx<[CrossPostManager, CrossPostCommitteeMember, CrossPostObserver]>([
    {
      name: label(labels, 'sheet.managers'),
      columns: [
        col('name', (r) => r.name),
        col('organization', (r) => r.organizationName),
        col('post', (r) => r.post),
        col('category', (r) => label(labels, `category.${r.category}`)),
        col('membershipPlace', (r) => r.membershipPlace),
      ],
      rows: view.managers,
    },
    {
      name: label(labels, 'sheet.committee'),
      columns: [
        col('name', (r) => r.name),
        col('role', (r) => label(labels, `role.${r.role}`)),
        col('since', (r) => r.since, 'date'),
        col('organization', (r) => r.organizationName),
        col('post', (r) => r.post),
      ],
      rows: view.committee,
    },
    {
      name: label(labels, 'sheet.observers'),
      columns: [
        col('name', (r) => r.name),
        col('organization', (r) => r.organizationName),
        col('meetings', (r) => r.meetings, 'integer'),
        col('lastDate', (r) => r.lastDate, 'date'),
      ],
      rows: view.observers,
    },
  ])
}

export const crossPostHandlers = defineHandlers({
  'partyOrg.crossPosts': {
    permission: 'coverage.read',
    write: false,
    run: ({ db, clock }, { date }) => crossPosts(db, date ?? clock.today()),
  },
  /** 导出 Excel of the three lists (names, organisations and posts; no ID numbers, no phones); audited. */
  'partyOrg.crossPostsExport': {
    permission: 'coverage.read',
    write: false,
    run: async ({ db, clock, audit }, { date, labels }): Promise<ExportFile> => {
      const view = crossPosts(db, date ?? clock.today())
      const content = await exportCrossPosts(view, labels)
      const rows = view.managers.length + view.committee.length + view.observers.length
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'crossPosts', date: view.date, rows },
      })
      return {
        fileName: `${label(labels, 'title')}-${view.date}.xlsx`,
        contentBase64: content.toString('base64'),
        rows,
      }
    },
  },
  'partyOrg.instructors': {
    permission: 'coverage.read',
    write: false,
    run: ({ db, clock }, { date }) => instructorsOn(db, date ?? clock.today()),
  },
})
