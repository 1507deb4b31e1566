// 党员名册 over time: who was on the roster on a date, and as what (正式/预备). Meetings (应到), compliance,
// member development (入党介绍人 must be 正式党员) and dues (months owed) all read the roster through here.
import type { MemberCategory, MemberEntryKind, MemberExitKind, MemberRelation } from '../../shared/enums'
import type { Database } from '../db/open'
import { cached } from '../db/statements'

/** One member as they stood on a date. */
export interface RosterEntry {
  memberId: number
  name: string
  /** 正式 or 预备 on that date. */
  category: MemberCategory
  relation: MemberRelation
  groupId: number | null
  organizationId: number | null
}

export interface MemberPeriodRow {
  id: number
  member_id: number
  start_date: string
  start_kind: MemberEntryKind
  start_note: string | null
  end_date: string | null
  end_kind: MemberExitKind | null
  end_note: string | null
}

/**
 * SQL condition: member `m` is on the roster on the date `dateExpr` (a parameter or a column). The exit date
 * (转出/出党/去世) is the first day off the roster; the entry date is on it.
 */
export const onRosterSql = (dateExpr: string): string =>
  `EXISTS (SELECT 1 FROM party_member_period p WHERE p.member_id = m.id
  AND p.start_date <= ${dateExpr} AND (p.end_date IS NULL OR p.end_date > ${dateExpr}))`

/**
 * SQL expression: the category of member `m` on the date `dateExpr`. A member registered as 正式 without a 转正
 * date was full all along; otherwise they are full from their 转正 date.
 */
export const categoryOnSql = (dateExpr: string): string =>
  `CASE WHEN ${fullOnSql(dateExpr)} THEN 'full' ELSE 'probationary' END`

/** SQL condition: member `m` is 正式 on the date `dateExpr` (the rule of `categoryOnSql`). */
export const fullOnSql = (dateExpr: string): string =>
  `m.category = 'full' AND (m.full_on IS NULL OR m.full_on <= ${dateExpr})`

/** The two on the parameter `@date`. */
export const ON_ROSTER = onRosterSql('@date')
export const CATEGORY_ON = categoryOnSql('@date')

/** The category of a member on a date, from the stored category and 转正 date. */
export function categoryOn(
  member: { category: MemberCategory; fullOn: string | null },
  date: string,
): MemberCategory {
  return member.category === 'full' && (member.fullOn === null || member.fullOn <= date)
    ? 'full'
    : 'probationary'
}

const s = cached((db: Database) => ({
  roster: db.prepare<
    { date: string },
    [number, string, MemberCategory, MemberRelation, number | null, number | null]
  >(
    `SELECT m.id, m.name, ${CATEGORY_ON}, m.relation, m.group_id, m.organization_id FROM party_member m
     WHERE ${ON_ROSTER} ORDER BY m.name, m.id`,
  ),
  onRoster: db.prepare<{ id: number; date: string }, { one: number }>(
    `SELECT 1 AS one FROM party_member_period WHERE member_id = @id
       AND start_date <= @date AND (end_date IS NULL OR end_date > @date)`,
  ),
  periods: db.prepare<[number], MemberPeriodRow>(
    'SELECT * FROM party_member_period WHERE member_id = ? ORDER BY start_date, id',
  ),
  openPeriod: db.prepare<[number], MemberPeriodRow>(
    'SELECT * FROM party_member_period WHERE member_id = ? AND end_date IS NULL',
  ),
  lastPeriod: db.prepare<[number], MemberPeriodRow>(
    'SELECT * FROM party_member_period WHERE member_id = ? ORDER BY start_date DESC, id DESC LIMIT 1',
  ),
}))

/** Everyone on the roster on `date`, by name, with their category on that date. */
export function rosterOn(db: Database, date: string): RosterEntry[] {
  return s(db)
    .roster.raw()
    .all({ date })
    .map(([memberId, name, category, relation, groupId, organizationId]) => ({
      memberId,
      name,
      category,
      relation,
      groupId,
      organizationId,
    }))
}

/** Whether the member was on the roster on `date`. */
export function isOnRoster(db: Database, memberId: number, date: string): boolean {
  return s(db).onRoster.get({ id: memberId, date }) !== undefined
}

/** A member's periods on the roster, oldest first. */
export const memberPeriods = (db: Database, memberId: number): MemberPeriodRow[] =>
  s(db).periods.all(memberId)

/** The period still running (the member is on the roster now), if any. */
export const openPeriod = (db: Database, memberId: number): MemberPeriodRow | undefined =>
  s(db).openPeriod.get(memberId)

/** The latest period, ended or not. */
export const lastPeriod = (db: Database, memberId: number): MemberPeriodRow | undefined =>
  s(db).lastPeriod.get(memberId)

/** Starts a period on the roster (建档/转入/接收). */
export function startPeriod(
  db: Database,
  memberId: number,
  date: string,
  kind: MemberEntryKind,
  note: string | null,
): void {
  db.prepare(
    'INSERT INTO party_member_period (member_id, start_date, start_kind, start_note) VALUES (?, ?, ?, ?)',
  ).run(memberId, date, kind, note)
}

/** Ends the running period (转出/出党/去世): `date` is the first day off the roster. */
export function endPeriod(
  db: Database,
  periodId: number,
  date: string,
  kind: MemberExitKind,
  note: string | null,
): void {
  db.prepare('UPDATE party_member_period SET end_date = ?, end_kind = ?, end_note = ? WHERE id = ?').run(
    date,
    kind,
    note,
    periodId,
  )
}
