// 示例数据 for 公益创投, deterministic for a given "today" (every date is counted back from it, none in the future):
// - last year's round (第二届, 60/40: 签约 · 中期评估通过): one project through to 公开, one at 结项评估, one 终止
//   after its first tranche;
// - this year's round (第三届, 50/30/20: 签约 · 中期评估通过 · 结项评估通过): one past its second payment, one whose
//   中期评估 failed (its second tranche 受阻), one passed and waiting for its second payment (可拨付), one at 公示, one
//   未通过 at 评审;
// - every paid tranche with its outflow in the ledger (fund_entry), from the round's 福利彩票公益金.
import type { EvaluationKind, ServiceArea, TrancheTrigger, VentureStage } from '../../shared/enums'
import { defaultTriggers, parseTranchePlan, splitGrant } from '../../shared/venture'
import type { Database } from '../db/open'
import { addDays } from '../lib/dates'

export interface DemoVentureOptions {
  today: string
  timestamp: string
}

const BY = '示例数据'

interface ProjectPlan {
  title: string
  category: ServiceArea
  grantYuan: number
  /** The steps taken, each `[stage, days before today]`. */
  steps: [VentureStage, number][]
  evaluations?: { kind: EvaluationKind; daysAgo: number; score: number; pass: boolean; reviewer: string }[]
  /** Tranches paid: `[seq, days before today]`. */
  paid?: [number, number][]
}

interface RoundPlan {
  edition: string
  yearsAgo: number
  plan: string
  budgetYuan: number
  projects: ProjectPlan[]
}

// Days before today: last year's round runs 20 to 8 months back, this year's from 9 months back to now.
const ROUNDS: RoundPlan[] = [
  {
    edition: '第二届',
    yearsAgo: 1,
    plan: '60/40',
    budgetYuan: 500_000,
    projects: [
      {
        title: '幸福来敲门·独居老人入户关爱',
        category: 'elderly_orphan_sick_disabled',
        grantYuan: 100_000,
        steps: [
          ['applied', 600],
          ['qualification', 590],
          ['review', 575],
          ['publicity', 565],
          ['signed', 550],
          ['first_paid', 540],
          ['implementing', 535],
          ['mid_evaluation', 440],
          ['followup_paid', 425],
          ['final_evaluation', 260],
          ['disclosed', 240],
        ],
        evaluations: [
          { kind: 'mid', daysAgo: 440, score: 882, pass: true, reviewer: '福山区民政局评审组' },
          { kind: 'final', daysAgo: 260, score: 915, pass: true, reviewer: '烟台市社会组织评估中心' },
        ],
        paid: [
          [1, 540],
          [2, 425],
        ],
      },
      {
        title: '四点半课堂·双职工子女课后托管',
        category: 'youth',
        grantYuan: 80_000,
        steps: [
          ['applied', 600],
          ['qualification', 590],
          ['review', 575],
          ['publicity', 565],
          ['signed', 550],
          ['first_paid', 538],
          ['implementing', 530],
          ['mid_evaluation', 438],
          ['followup_paid', 420],
          ['final_evaluation', 255],
        ],
        evaluations: [
          { kind: 'mid', daysAgo: 438, score: 836, pass: true, reviewer: '福山区民政局评审组' },
          { kind: 'final', daysAgo: 255, score: 874, pass: true, reviewer: '烟台市社会组织评估中心' },
        ],
        paid: [
          [1, 538],
          [2, 420],
        ],
      },
      {
        title: '社区绿色家园·垃圾分类督导',
        category: 'environment',
        grantYuan: 50_000,
        steps: [
          ['applied', 600],
          ['qualification', 590],
          ['review', 575],
          ['publicity', 565],
          ['signed', 550],
          ['first_paid', 536],
          ['implementing', 530],
          ['terminated', 470],
        ],
        paid: [[1, 536]],
      },
    ],
  },
  {
    edition: '第三届',
    yearsAgo: 0,
    plan: '50/30/20',
    budgetYuan: 600_000,
    projects: [
      {
        title: '网上问法·社区法律服务',
        category: 'community_governance',
        grantYuan: 120_000,
        steps: [
          ['applied', 270],
          ['qualification', 262],
          ['review', 250],
          ['publicity', 240],
          ['signed', 230],
          ['first_paid', 220],
          ['implementing', 215],
          ['mid_evaluation', 100],
          ['followup_paid', 85],
        ],
        evaluations: [{ kind: 'mid', daysAgo: 100, score: 902, pass: true, reviewer: '福山区民政局评审组' }],
        paid: [
          [1, 220],
          [2, 85],
        ],
      },
      {
        title: '阳光心灵·青少年心理疏导',
        category: 'mental_health',
        grantYuan: 90_000,
        steps: [
          ['applied', 270],
          ['qualification', 262],
          ['review', 250],
          ['publicity', 240],
          ['signed', 230],
          ['first_paid', 218],
          ['implementing', 212],
          ['mid_evaluation', 95],
        ],
        evaluations: [{ kind: 'mid', daysAgo: 95, score: 585, pass: false, reviewer: '福山区民政局评审组' }],
        paid: [[1, 218]],
      },
      {
        title: '邻里守望·困难家庭帮扶',
        category: 'poverty_relief',
        grantYuan: 60_000,
        steps: [
          ['applied', 270],
          ['qualification', 262],
          ['review', 250],
          ['publicity', 240],
          ['signed', 230],
          ['first_paid', 216],
          ['implementing', 210],
          ['mid_evaluation', 30],
        ],
        evaluations: [{ kind: 'mid', daysAgo: 30, score: 848, pass: true, reviewer: '福山区民政局评审组' }],
        paid: [[1, 216]],
      },
      {
        title: '银龄课堂·老年人智能手机培训',
        category: 'education_science_culture_health_sports',
        grantYuan: 40_000,
        steps: [
          ['applied', 120],
          ['qualification', 110],
          ['review', 60],
          ['publicity', 20],
        ],
      },
      {
        title: '社区集市·便民服务日',
        category: 'other',
        grantYuan: 30_000,
        steps: [
          ['applied', 270],
          ['qualification', 262],
          ['rejected', 250],
        ],
      },
    ],
  },
]

export function loadDemoVenture(
  db: Database,
  options: DemoVentureOptions,
): { ventureProjects: number; ventureTranchesPaid: number } {
  const { today, timestamp } = options
  const year = Number(today.slice(0, 4))
  const orgs = db
    .prepare(
      `SELECT id, name FROM organization WHERE archived_at IS NULL AND registered_on IS NOT NULL
        ORDER BY registered_on, id`,
    )
    .all() as { id: number; name: string }[]
  if (orgs.length === 0) return { ventureProjects: 0, ventureTranchesPaid: 0 }
  const insertRound = db.prepare(
    `INSERT INTO venture_round (name, year, source_kind, tranche_plan, budget_fen, created_by, created_at, updated_at)
     VALUES (?, ?, 'welfare_lottery', ?, ?, ?, ?, ?)`,
  )
  const insertProject = db.prepare(
    `INSERT INTO venture_project (round_id, organization_id, title, category, grant_fen, stage, stage_date,
       created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertEvent = db.prepare(
    `INSERT INTO venture_stage_event (project_id, stage, date, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)`,
  )
  const insertEvaluation = db.prepare(
    `INSERT INTO venture_evaluation (project_id, kind, date, score_tenths, result, reviewer, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertTranche = db.prepare(
    'INSERT INTO venture_tranche (project_id, seq, percent_bp, amount_fen, trigger) VALUES (?, ?, ?, ?, ?)',
  )
  const insertEntry = db.prepare(
    `INSERT INTO fund_entry (date, direction, amount_fen, source_kind, organization_id, venture_project_id,
       counterparty, summary, document_no, created_by, created_at)
     VALUES (?, 'out', ?, 'welfare_lottery', ?, ?, ?, ?, ?, ?, ?)`,
  )
  const pay = db.prepare(
    'UPDATE venture_tranche SET paid_on = ?, paid_by = ?, fund_entry_id = ? WHERE project_id = ? AND seq = ?',
  )
  let projects = 0
  let paidCount = 0
  let orgIndex = 0
  for (const round of ROUNDS) {
    const name = `${round.edition}福山区公益创投大赛`
    const roundId = Number(
      insertRound.run(
        name,
        year - round.yearsAgo,
        round.plan,
        round.budgetYuan * 100,
        BY,
        timestamp,
        timestamp,
      ).lastInsertRowid,
    )
    const bps = parseTranchePlan(round.plan) ?? [10_000]
    const triggers: TrancheTrigger[] = defaultTriggers(bps.length)
    for (const p of round.projects) {
      const org = orgs[orgIndex % orgs.length] as { id: number; name: string }
      orgIndex += 1
      const grantFen = p.grantYuan * 100
      const [lastStage, lastAgo] = p.steps[p.steps.length - 1] as [VentureStage, number]
      const id = Number(
        insertProject.run(
          roundId,
          org.id,
          p.title,
          p.category,
          grantFen,
          lastStage,
          addDays(today, -lastAgo),
          BY,
          timestamp,
          timestamp,
        ).lastInsertRowid,
      )
      projects += 1
      for (const [stage, ago] of p.steps) insertEvent.run(id, stage, addDays(today, -ago), BY, timestamp)
      for (const e of p.evaluations ?? [])
        insertEvaluation.run(
          id,
          e.kind,
          addDays(today, -e.daysAgo),
          e.score,
          e.pass ? 'pass' : 'fail',
          e.reviewer,
          BY,
          timestamp,
        )
      const amounts = splitGrant(grantFen, bps)
      bps.forEach((bp, i) => insertTranche.run(id, i + 1, bp, amounts[i] ?? 0, triggers[i] ?? 'signing'))
      for (const [seq, ago] of p.paid ?? []) {
        const date = addDays(today, -ago)
        const entryId = Number(
          insertEntry.run(
            date,
            amounts[seq - 1] ?? 0,
            org.id,
            id,
            org.name,
            `${name} 第${seq}期拨付`,
            `创投-${year - round.yearsAgo}-${String(id).padStart(3, '0')}-${seq}`,
            BY,
            timestamp,
          ).lastInsertRowid,
        )
        pay.run(date, BY, entryId, id, seq)
        paidCount += 1
      }
    }
  }
  return { ventureProjects: projects, ventureTranchesPaid: paidCount }
}
