// 工作台: the figures of every module on one page, each computed by the module's own functions (so the card and the
// page behind it can never disagree). A card the account may not read is left out (null), not hidden by the renderer.
import type { DashboardSummary, DashboardCompliance } from '../../shared/entities'
import { STAGES, type Stage } from '../../shared/enums'
import { actorCan } from '../context'
import type { Database } from '../db/open'
import { defineHandlers } from '../registry'
import { occupancyByMonth, occupancyOn } from '../space/occupancy'
import { mentoringStats } from '../mentoring/stats'
import { itemWhere } from '../mentoring/sessions'
import { coverageRates } from '../coverage/rates'
import { complianceSummary } from '../branch/compliance'
import { duesLedger } from '../branch/dues'
import { tranchesAwaitingEvaluation } from '../projects/venture'
import { fundTotals } from '../projects/funds'

/** Residents (not archived) by their current stage, in the lifecycle's order. */
export function residentsByStage(db: Database): { stage: Stage; count: number }[] {
  const counts = new Map(
    (
      db
        .prepare('SELECT stage, count(*) FROM organization WHERE archived_at IS NULL GROUP BY stage')
        .raw()
        .all() as [Stage, number][]
    ).map(([stage, n]) => [stage, n]),
  )
  return STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }))
}

/** 三会一课 this quarter: per kind (and 党小组), the quarter's cell; met = held its minimum already. */
function complianceThisQuarter(db: Database, today: string): DashboardCompliance {
  const year = Number(today.slice(0, 4))
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1
  const summary = complianceSummary(db, year, today)
  const cells = summary.rows
    .map((row) => ({ kind: row.kind, groupName: row.groupName, cell: row.quarters[quarter - 1] }))
    .filter((r) => r.cell !== undefined && r.cell.required > 0)
  return {
    year,
    quarter,
    required: cells.length,
    met: cells.filter((r) => r.cell?.status === 'met').length,
    short: cells
      .filter((r) => r.cell?.status !== 'met')
      .map((r) => ({
        kind: r.kind,
        groupName: r.groupName,
        held: r.cell?.held ?? 0,
        required: r.cell?.required ?? 0,
      })),
  }
}

export const dashboardHandlers = defineHandlers({
  'dashboard.summary': {
    permission: 'session',
    write: false,
    run: ({ db, clock, actor }): DashboardSummary => {
      const today = clock.today()
      const year = Number(today.slice(0, 4))
      const month = today.slice(0, 7)
      const can = (p: Parameters<typeof actorCan>[1]) => actorCan(actor, p)

      const residents = can('organization.read') ? residentsByStage(db) : null
      let occupancy: DashboardSummary['occupancy'] = null
      if (can('space.read')) {
        const now = occupancyOn(db, today).overall
        occupancy = {
          rate: now.rate,
          allocatedM2: now.allocatedM2,
          allocatableM2: now.allocatableM2,
          byMonth: occupancyByMonth(db, year).filter((m) => m.month <= month),
        }
      }
      let coaching: DashboardSummary['coaching'] = null
      if (can('mentoring.read')) {
        const stats = mentoringStats(db, year, undefined, 0)
        const thisMonth = stats.byMonth.find((m) => m.key === month)
        const overdue = itemWhere({ status: 'overdue' }, today)
        coaching = {
          month,
          hours: thisMonth?.hours ?? 0,
          sessions: thisMonth?.sessions ?? 0,
          overdueActionItems: db
            .prepare(`SELECT count(*) FROM coaching_action_item i ${overdue.where}`)
            .pluck()
            .get(overdue.params) as number,
        }
      }
      const coverage = can('coverage.read') ? coverageRates(db, today) : null
      const compliance = can('branch.read') ? complianceThisQuarter(db, today) : null
      let dues: DashboardSummary['dues'] = null
      if (can('dues.read')) {
        const { dueFen, paidFen, arrearsFen } = duesLedger(db, year, today).totals
        dues = { year, dueFen, paidFen, arrearsFen, rate: dueFen > 0 ? Math.min(1, paidFen / dueFen) : null }
      }
      let venture: DashboardSummary['venture'] = null
      if (can('project.read')) {
        const waiting = tranchesAwaitingEvaluation(db)
        venture = { projects: waiting.size, tranches: [...waiting.values()].reduce((a, n) => a + n, 0) }
      }
      let funds: DashboardSummary['funds'] = null
      if (can('fund.read')) {
        const totals = fundTotals(db, null, year)
        const thisYear = totals.years.find((y) => y.year === year)
        funds = {
          year,
          inFen: thisYear?.inFen ?? 0,
          outFen: thisYear?.outFen ?? 0,
          bySource: (thisYear?.bySource ?? []).map((s) => ({
            sourceKind: s.sourceKind,
            inFen: s.inFen,
            outFen: s.outFen,
          })),
        }
      }
      return { today, residents, occupancy, coaching, coverage, compliance, dues, venture, funds }
    },
  },
})
