// The Party members of a resident organisation on a date, and the 应建未建 rule built on them (domain §3: 正式党员
// 3 or more → a branch should exist). Two kinds of member count, together:
//  (a) members on the base's roster whose organisation is this one (party_member.organization_id), on the roster on
//      the date, 正式 or 预备 as of the date (their 转正 date);
//  (b) members working there whose membership is elsewhere (org_party_member), in the organisation on the date.
// A roster member's organisation has no history: the one recorded now is taken for every date.
import type { MemberCategory } from '../../shared/enums'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { categoryOnSql, fullOnSql, onRosterSql } from '../members/roster'
import { statusOnSql } from './periods'

/** 正式党员 from this many on, an organisation should have its own branch (正式党员3人以上). */
export const MIN_FULL_MEMBERS_FOR_BRANCH = 3

/** Whether this many 正式党员 are enough to form a branch. */
export const ableToFormBranch = (fullMembers: number): boolean => fullMembers >= MIN_FULL_MEMBERS_FOR_BRANCH

/** SQL condition: org_party_member `x` is a live row of someone working in the organisation on `dateExpr`. */
export const inOrganizationSql = (dateExpr: string): string =>
  `x.archived_at IS NULL AND x.start_date <= ${dateExpr} AND (x.end_date IS NULL OR x.end_date >= ${dateExpr})`

/** SQL expression: the category of org_party_member `x` on `dateExpr`. */
export const elsewhereCategorySql = (dateExpr: string): string =>
  `CASE WHEN x.category = 'full' AND (x.full_on IS NULL OR x.full_on <= ${dateExpr}) THEN 'full' ELSE 'probationary' END`

const elsewhereFullSql = (dateExpr: string): string =>
  `x.category = 'full' AND (x.full_on IS NULL OR x.full_on <= ${dateExpr})`

/**
 * SQL expression: the number of 正式党员 of organisation `orgExpr` on `dateExpr` (both SQL expressions), roster and
 * elsewhere together. Correlated, for one organisation or a page of them; it uses the aliases `m`, `p` and `x`
 * inside, so `orgExpr` must not refer to outer tables by those names. For every organisation at once, join
 * `fullMemberCountsSql` instead.
 */
export function fullMembersOnSql(orgExpr: string, dateExpr: string): string {
  return `((SELECT count(*) FROM party_member m WHERE m.organization_id = ${orgExpr}
             AND ${fullOnSql(dateExpr)} AND ${onRosterSql(dateExpr)})
         + (SELECT count(*) FROM org_party_member x WHERE x.organization_id = ${orgExpr}
             AND ${inOrganizationSql(dateExpr)} AND ${elsewhereFullSql(dateExpr)}))`
}

/**
 * SQL condition: 应建未建 — organisation `orgExpr` has 3 or more 正式党员 on `dateExpr` and its status then is not
 * 单独组建. The same aliases caveat as `fullMembersOnSql`.
 */
export function shouldFormBranchSql(orgExpr: string, dateExpr: string): string {
  return `(${fullMembersOnSql(orgExpr, dateExpr)} >= ${MIN_FULL_MEMBERS_FOR_BRANCH}
           AND ${statusOnSql(orgExpr, dateExpr)} <> 'standalone')`
}

/**
 * SQL of a table `(organization_id, full_members)`: the 正式党员 of every organisation that has any on `dateExpr`,
 * in one pass over the members (organisations without any are absent: count 0). Join it:
 * `LEFT JOIN (${fullMemberCountsSql('@date')}) fm ON fm.organization_id = o.id`.
 */
export function fullMemberCountsSql(dateExpr: string): string {
  return `SELECT organization_id, count(*) AS full_members FROM (
      SELECT m.organization_id FROM party_member m
       WHERE m.organization_id IS NOT NULL AND ${fullOnSql(dateExpr)} AND ${onRosterSql(dateExpr)}
      UNION ALL
      SELECT x.organization_id FROM org_party_member x
       WHERE ${inOrganizationSql(dateExpr)} AND ${elsewhereFullSql(dateExpr)}
    ) GROUP BY organization_id`
}

const s = cached((db: Database) => ({
  counts: db.prepare<{ date: string }, [number, number]>(fullMemberCountsSql('@date')),
  roster: db.prepare<
    { org: number; date: string },
    {
      id: number
      name: string
      gender: 'male' | 'female'
      category_on: MemberCategory
      full_on: string | null
      post: string | null
      management_post: number
    }
  >(
    `SELECT m.id, m.name, m.gender,
            ${categoryOnSql('@date')} AS category_on,
            m.full_on, m.post, m.management_post
       FROM party_member m WHERE m.organization_id = @org AND ${onRosterSql('@date')}
      ORDER BY m.name, m.id`,
  ),
}))

/** 正式党员 per organisation on a date, in one query: organisation id → count (absent: 0). */
export function fullMemberCountsOn(db: Database, date: string): Map<number, number> {
  return new Map(s(db).counts.raw().all({ date }))
}

/** Roster members of one organisation on a date, with their category then. */
export const rosterMembersOf = (db: Database, organizationId: number, date: string) =>
  s(db).roster.all({ org: organizationId, date })
