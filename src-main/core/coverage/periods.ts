// The Party organisation status of resident organisations over time (org_party_status, migration 0009): each live
// row holds from its start date until the day before the next live row of the same organisation. One place that
// turns those rows into a status on a date or into periods, read by 党建覆盖, 覆盖率, 两关六同步 and 支部与班子.
import type { PartyOrgStatus } from '../../shared/enums'
import type { Database } from '../db/open'
import { addDays } from '../lib/dates'

/** The organisation statuses that count as 组织覆盖 (domain §3); with work_only they are 工作覆盖. */
export { ORGANISATIONAL_COVERAGE } from '../../shared/coverage'

/**
 * SQL for the live status row of organisation `orgExpr` on the date `dateExpr` (both SQL expressions): its id, or
 * NULL when nothing was recorded by then. Uses the index (organization_id, start_date).
 */
export function statusRowOnSql(orgExpr: string, dateExpr: string): string {
  return `(SELECT s.id FROM org_party_status s WHERE s.organization_id = ${orgExpr} AND s.archived_at IS NULL
            AND s.start_date <= ${dateExpr} ORDER BY s.start_date DESC LIMIT 1)`
}

/** SQL for the status of organisation `orgExpr` on `dateExpr`; 'none' when nothing was recorded by then. */
export function statusOnSql(orgExpr: string, dateExpr: string): string {
  return `coalesce((SELECT s.status FROM org_party_status s WHERE s.organization_id = ${orgExpr}
            AND s.archived_at IS NULL AND s.start_date <= ${dateExpr} ORDER BY s.start_date DESC LIMIT 1), 'none')`
}

export interface StatusPeriod {
  id: number
  organizationId: number
  status: PartyOrgStatus
  startDate: string
  /** Last day of the period (the day before the next status); null while it lasts. */
  endDate: string | null
  coveringBranch: string | null
  byBaseBranch: boolean
  note: string | null
}

/** A row of org_party_status as the periods read it. */
export interface StatusRow {
  id: number
  organization_id: number
  status: PartyOrgStatus
  start_date: string
  covering_branch: string | null
  by_base_branch: number
  note: string | null
}

/** Live status rows as periods, in date order per organisation (all organisations, or the ones given). */
export function statusPeriods(db: Database, organizationId?: number): StatusPeriod[] {
  const rows = db
    .prepare(
      `SELECT id, organization_id, status, start_date, covering_branch, by_base_branch, note FROM org_party_status
        WHERE archived_at IS NULL ${organizationId === undefined ? '' : 'AND organization_id = ?'}
        ORDER BY organization_id, start_date`,
    )
    .all(...(organizationId === undefined ? [] : [organizationId])) as StatusRow[]
  return rows.map((r, i) => {
    const next = rows[i + 1]
    return {
      id: r.id,
      organizationId: r.organization_id,
      status: r.status,
      startDate: r.start_date,
      endDate: next && next.organization_id === r.organization_id ? addDays(next.start_date, -1) : null,
      coveringBranch: r.covering_branch,
      byBaseBranch: r.by_base_branch === 1,
      note: r.note,
    }
  })
}
