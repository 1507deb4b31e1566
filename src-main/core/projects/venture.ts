// 公益创投 (domain §6): rounds, projects with their dated lifecycle, 中期/结项评估, and the grant's tranches. The rules
// the forms also show are shared/venture.ts. A tranche is paid only when its trigger is met (signed; that evaluation
// recorded and passed), the tranches before it are paid; paying writes the outflow into the ledger (fund_entry) in the
// same transaction. Nothing is deleted: a mistaken project or evaluation is archived with its reason. A tranche plan
// is replaced as a whole while nothing is paid (the audit keeps the old plan); from the first payment on it is fixed.
import { labelsWith, type Labels } from '../lib/labels'
import type {
  ExportFile,
  VentureEvaluation,
  VentureProjectDetail,
  VentureProjectRow,
  VentureRound,
  VentureTotals,
  VentureTranche,
} from '../../shared/entities'
import type {
  EvaluationKind,
  EvaluationResult,
  FundSourceKind,
  ServiceArea,
  TrancheTrigger,
  VentureStage,
} from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import { enumLabelZhCN, type MessageKey } from '../../shared/messages'
import { fenToYuan } from '../../shared/money'
import {
  ENTRY_STAGES,
  EVALUATION_OF,
  FULL_PERCENT_BP,
  defaultTriggers,
  formatPercent,
  isSigned,
  nextStages,
  parseTranchePlan,
  splitGrant,
  sumBp,
  trancheStates,
  triggerProblem,
  type TrancheHold,
} from '../../shared/venture'
import type { HandlerEnv } from '../context'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { fail, failOnProblems, invalidField, notice } from '../errors'
import { tableToXlsx, type SheetColumn } from '../lib/excel'
import { defineHandlers } from '../registry'

interface RoundRow {
  id: number
  name: string
  year: number
  source_kind: FundSourceKind
  tranche_plan: string
  budget_fen: number | null
  note: string | null
  created_by: string
  created_at: string
  updated_at: string
  archived_at: string | null
  archive_reason: string | null
}

interface ProjectRow {
  id: number
  round_id: number
  organization_id: number
  service_project_id: number | null
  title: string
  category: ServiceArea
  grant_fen: number
  stage: VentureStage
  stage_date: string
  note: string | null
  archived_at: string | null
  archive_reason: string | null
  round_name: string
  round_source_kind: FundSourceKind
  round_tranche_plan: string
  organization_name: string
  organization_archived_at: string | null
}

interface TrancheRow {
  id: number
  project_id: number
  seq: number
  percent_bp: number
  amount_fen: number
  trigger: TrancheTrigger
  paid_on: string | null
  fund_entry_id: number | null
  paid_by: string | null
}

interface EvaluationRow {
  id: number
  project_id: number
  kind: EvaluationKind
  date: string
  score_tenths: number | null
  result: EvaluationResult
  reviewer: string
  note: string | null
  created_by: string
  archived_at: string | null
  archive_reason: string | null
}

interface EventRow {
  id: number
  stage: VentureStage
  date: string
  note: string | null
  recorded_by: string
}

const PROJECT_SELECT = `SELECT p.*, r.name AS round_name, r.source_kind AS round_source_kind,
    r.tranche_plan AS round_tranche_plan, o.name AS organization_name, o.archived_at AS organization_archived_at
  FROM venture_project p JOIN venture_round r ON r.id = p.round_id JOIN organization o ON o.id = p.organization_id`

const s = cached((db: Database) => ({
  rounds: db.prepare<[], RoundRow & { project_count: number; grant_fen: number; paid_fen: number }>(
    `SELECT r.*,
       (SELECT count(*) FROM venture_project p WHERE p.round_id = r.id AND p.archived_at IS NULL) AS project_count,
       (SELECT coalesce(sum(p.grant_fen), 0) FROM venture_project p
         WHERE p.round_id = r.id AND p.archived_at IS NULL) AS grant_fen,
       (SELECT coalesce(sum(t.amount_fen), 0) FROM venture_tranche t JOIN venture_project p ON p.id = t.project_id
         WHERE p.round_id = r.id AND p.archived_at IS NULL AND t.paid_on IS NOT NULL) AS paid_fen
     FROM venture_round r WHERE r.archived_at IS NULL ORDER BY r.year DESC, r.id DESC`,
  ),
  round: db.prepare<[number], RoundRow>('SELECT * FROM venture_round WHERE id = ?'),
  roundByName: db.prepare<[string], RoundRow>(
    'SELECT * FROM venture_round WHERE name = ? AND archived_at IS NULL',
  ),
  insertRound: db.prepare<RoundValues & { by: string; at: string }>(
    `INSERT INTO venture_round (name, year, source_kind, tranche_plan, budget_fen, note, created_by, created_at,
       updated_at) VALUES (@name, @year, @sourceKind, @tranchePlan, @budgetFen, @note, @by, @at, @at)`,
  ),
  updateRound: db.prepare<RoundValues & { id: number; at: string }>(
    `UPDATE venture_round SET name = @name, year = @year, source_kind = @sourceKind, tranche_plan = @tranchePlan,
       budget_fen = @budgetFen, note = @note, updated_at = @at WHERE id = @id`,
  ),
  org: db.prepare<[number], { id: number; name: string; archived_at: string | null }>(
    'SELECT id, name, archived_at FROM organization WHERE id = ?',
  ),
  project: db.prepare<[number], ProjectRow>(`${PROJECT_SELECT} WHERE p.id = ?`),
  insertProject: db.prepare<{
    roundId: number
    organizationId: number
    serviceProjectId: number | null
    title: string
    category: ServiceArea
    grantFen: number
    stage: VentureStage
    stageDate: string
    note: string | null
    by: string
    at: string
  }>(
    `INSERT INTO venture_project (round_id, organization_id, service_project_id, title, category, grant_fen, stage,
       stage_date, note, created_by, created_at, updated_at)
     VALUES (@roundId, @organizationId, @serviceProjectId, @title, @category, @grantFen, @stage, @stageDate, @note,
       @by, @at, @at)`,
  ),
  updateProject: db.prepare<{
    id: number
    roundId: number
    organizationId: number
    serviceProjectId: number | null
    title: string
    category: ServiceArea
    grantFen: number
    note: string | null
    at: string
  }>(
    `UPDATE venture_project SET round_id = @roundId, organization_id = @organizationId,
       service_project_id = @serviceProjectId, title = @title, category = @category, grant_fen = @grantFen,
       note = @note, updated_at = @at WHERE id = @id`,
  ),
  setStage: db.prepare<[VentureStage, string, string, number]>(
    'UPDATE venture_project SET stage = ?, stage_date = ?, updated_at = ? WHERE id = ?',
  ),
  archiveProject: db.prepare<[string, string, number]>(
    'UPDATE venture_project SET archived_at = ?, archive_reason = ?, updated_at = archived_at WHERE id = ?',
  ),
  events: db.prepare<[number], EventRow>(
    'SELECT id, stage, date, note, recorded_by FROM venture_stage_event WHERE project_id = ? ORDER BY date, id',
  ),
  eventOf: db.prepare<[number, VentureStage], { date: string }>(
    'SELECT date FROM venture_stage_event WHERE project_id = ? AND stage = ? ORDER BY id DESC LIMIT 1',
  ),
  insertEvent: db.prepare<[number, VentureStage, string, string | null, string, string]>(
    `INSERT INTO venture_stage_event (project_id, stage, date, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  tranches: db.prepare<[number], TrancheRow>(
    'SELECT * FROM venture_tranche WHERE project_id = ? ORDER BY seq',
  ),
  tranchesOf: db.prepare<[string], TrancheRow>(
    `SELECT * FROM venture_tranche WHERE project_id IN (SELECT value FROM json_each(?))
     ORDER BY project_id, seq`,
  ),
  deleteTranches: db.prepare<[number]>('DELETE FROM venture_tranche WHERE project_id = ?'),
  insertTranche: db.prepare<[number, number, number, number, TrancheTrigger]>(
    'INSERT INTO venture_tranche (project_id, seq, percent_bp, amount_fen, trigger) VALUES (?, ?, ?, ?, ?)',
  ),
  setTrancheAmount: db.prepare<[number, number]>('UPDATE venture_tranche SET amount_fen = ? WHERE id = ?'),
  payTranche: db.prepare<[string, string, number, number]>(
    'UPDATE venture_tranche SET paid_on = ?, paid_by = ?, fund_entry_id = ? WHERE id = ?',
  ),
  evaluations: db.prepare<[number], EvaluationRow>(
    'SELECT * FROM venture_evaluation WHERE project_id = ? ORDER BY date DESC, id DESC',
  ),
  liveEvaluationsOf: db.prepare<[string], EvaluationRow>(
    `SELECT * FROM venture_evaluation WHERE project_id IN (SELECT value FROM json_each(?))
       AND archived_at IS NULL`,
  ),
  evaluation: db.prepare<[number], EvaluationRow>('SELECT * FROM venture_evaluation WHERE id = ?'),
  insertEvaluation: db.prepare<{
    projectId: number
    kind: EvaluationKind
    date: string
    scoreTenths: number | null
    result: EvaluationResult
    reviewer: string
    note: string | null
    by: string
    at: string
  }>(
    `INSERT INTO venture_evaluation (project_id, kind, date, score_tenths, result, reviewer, note, created_by,
       created_at) VALUES (@projectId, @kind, @date, @scoreTenths, @result, @reviewer, @note, @by, @at)`,
  ),
  archiveEvaluation: db.prepare<[string, string, number]>(
    'UPDATE venture_evaluation SET archived_at = ?, archive_reason = ? WHERE id = ?',
  ),
  insertFundEntry: db.prepare<{
    date: string
    amountFen: number
    sourceKind: FundSourceKind
    organizationId: number
    ventureProjectId: number
    counterparty: string
    summary: string
    documentNo: string | null
    by: string
    at: string
  }>(
    `INSERT INTO fund_entry (date, direction, amount_fen, source_kind, organization_id, venture_project_id,
       counterparty, summary, document_no, created_by, created_at)
     VALUES (@date, 'out', @amountFen, @sourceKind, @organizationId, @ventureProjectId, @counterparty, @summary,
       @documentNo, @by, @at)`,
  ),
}))

interface RoundValues {
  name: string
  year: number
  sourceKind: FundSourceKind
  tranchePlan: string
  budgetFen: number | null
  note: string | null
}

// ---- tranche states and totals ----

const HOLD_KEY: Record<string, MessageKey> = {
  notSigned: 'venture.holdNotSigned',
  rejected: 'venture.holdRejected',
  terminated: 'venture.holdTerminated',
  midMissing: 'venture.holdMidMissing',
  finalMissing: 'venture.holdFinalMissing',
  midFailed: 'venture.holdMidFailed',
  finalFailed: 'venture.holdFinalFailed',
  earlierUnpaid: 'venture.holdEarlierUnpaid',
}

/** The message of a hold, naming the tranche: "中期评估尚未登记，第 2 期拨付（40%，¥40,000.00）不能拨付。" */
function holdNotice(hold: TrancheHold, t: TrancheRow): Notice {
  const tranche = { seq: t.seq, percent: formatPercent(t.percent_bp), amount: fenToYuan(t.amount_fen, true) }
  switch (hold.code) {
    case 'notSigned':
      return notice('venture.holdNotSigned', tranche)
    case 'closed':
      return notice(hold.stage === 'rejected' ? 'venture.holdRejected' : 'venture.holdTerminated', tranche)
    case 'evaluationMissing':
      return notice(HOLD_KEY[`${hold.kind}Missing`] as MessageKey, tranche)
    case 'evaluationFailed':
      return notice(HOLD_KEY[`${hold.kind}Failed`] as MessageKey, {
        ...tranche,
        date: hold.date,
        reviewer: hold.reviewer,
      })
    case 'earlierUnpaid':
      return notice('venture.holdEarlierUnpaid', { seq: t.seq, earlier: hold.seq })
  }
}

function tranchesWithStates(
  stage: VentureStage,
  rows: readonly TrancheRow[],
  evaluations: readonly EvaluationRow[],
): VentureTranche[] {
  const states = trancheStates(
    stage,
    rows.map((t) => ({ seq: t.seq, trigger: t.trigger, paid: t.paid_on !== null })),
    evaluations.filter((e) => e.archived_at === null),
  )
  return rows.map((t, i) => {
    const { state, hold } = states[i] ?? { state: 'pending', hold: null }
    return {
      id: t.id,
      seq: t.seq,
      percentBp: t.percent_bp,
      amountFen: t.amount_fen,
      trigger: t.trigger,
      paidOn: t.paid_on,
      paidBy: t.paid_by,
      fundEntryId: t.fund_entry_id,
      state,
      hold: hold ? holdNotice(hold, t) : null,
    }
  })
}

function totalsOf(tranches: readonly VentureTranche[]): VentureTotals {
  const sum = (state: VentureTranche['state']): number =>
    tranches.filter((t) => t.state === state).reduce((a, t) => a + t.amountFen, 0)
  return { paidFen: sum('paid'), dueFen: sum('payable'), blockedFen: sum('blocked') }
}

const toRow = (p: ProjectRow, totals: VentureTotals): VentureProjectRow => ({
  id: p.id,
  roundId: p.round_id,
  roundName: p.round_name,
  organizationId: p.organization_id,
  organizationName: p.organization_name,
  title: p.title,
  category: p.category,
  grantFen: p.grant_fen,
  stage: p.stage,
  stageDate: p.stage_date,
  archivedAt: p.archived_at,
  ...totals,
})

/** Rows with their totals: the tranches and evaluations of all of them in two queries, not one per row. */
function rowsWithTotals(db: Database, projects: readonly ProjectRow[]): VentureProjectRow[] {
  const ids = JSON.stringify(projects.map((p) => p.id))
  const tranches = groupBy(s(db).tranchesOf.all(ids))
  const evaluations = groupBy(s(db).liveEvaluationsOf.all(ids))
  return projects.map((p) =>
    toRow(p, totalsOf(tranchesWithStates(p.stage, tranches.get(p.id) ?? [], evaluations.get(p.id) ?? []))),
  )
}

/**
 * 拨付待评估: the unpaid tranches of live, signed projects whose trigger is an evaluation not recorded yet (due or not),
 * by project — the same states the project page shows.
 */
export function tranchesAwaitingEvaluation(db: Database): Map<number, number> {
  const projects = db.prepare('SELECT id, stage FROM venture_project WHERE archived_at IS NULL').all() as {
    id: number
    stage: VentureStage
  }[]
  const live = projects.filter((p) => isSigned(p.stage) && p.stage !== 'terminated' && p.stage !== 'rejected')
  const ids = JSON.stringify(live.map((p) => p.id))
  const tranches = groupBy(s(db).tranchesOf.all(ids))
  const evaluations = groupBy(s(db).liveEvaluationsOf.all(ids))
  const waiting = new Map<number, number>()
  for (const p of live) {
    const rows = tranches.get(p.id) ?? []
    const count = trancheStates(
      p.stage,
      rows.map((t) => ({ seq: t.seq, trigger: t.trigger, paid: t.paid_on !== null })),
      evaluations.get(p.id) ?? [],
    ).filter((t) => t.hold?.code === 'evaluationMissing').length
    if (count > 0) waiting.set(p.id, count)
  }
  return waiting
}

function groupBy<R extends { project_id: number }>(rows: readonly R[]): Map<number, R[]> {
  const map = new Map<number, R[]>()
  for (const r of rows) {
    const list = map.get(r.project_id)
    if (list) list.push(r)
    else map.set(r.project_id, [r])
  }
  return map
}

const toEvaluation = (e: EvaluationRow): VentureEvaluation => ({
  id: e.id,
  kind: e.kind,
  date: e.date,
  scoreTenths: e.score_tenths,
  result: e.result,
  reviewer: e.reviewer,
  note: e.note,
  createdBy: e.created_by,
  archivedAt: e.archived_at,
  archiveReason: e.archive_reason,
})

function requireProject(db: Database, id: number): ProjectRow {
  const row = s(db).project.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** A project that may change: not archived. */
function requireLiveProject(db: Database, id: number): ProjectRow {
  const row = requireProject(db, id)
  if (row.archived_at !== null)
    fail('CONFLICT', 'venture.projectArchived', { date: row.archived_at.slice(0, 10) })
  return row
}

export function ventureProject(db: Database, id: number, today: string): VentureProjectDetail {
  const p = requireProject(db, id)
  const evaluations = s(db).evaluations.all(p.id)
  const tranches = tranchesWithStates(p.stage, s(db).tranches.all(p.id), evaluations)
  return {
    ...toRow(p, totalsOf(tranches)),
    roundSourceKind: p.round_source_kind,
    roundTranchePlan: p.round_tranche_plan,
    serviceProjectId: p.service_project_id,
    note: p.note,
    archiveReason: p.archive_reason,
    organizationArchived: p.organization_archived_at !== null,
    events: s(db)
      .events.all(p.id)
      .map((e) => ({ id: e.id, stage: e.stage, date: e.date, note: e.note, recordedBy: e.recorded_by })),
    nextStages: p.archived_at === null ? nextStages(p.stage) : [],
    evaluations: evaluations.map(toEvaluation),
    tranches,
    tranchesEditable: p.archived_at === null && tranches.every((t) => t.paidOn === null),
    today,
  }
}

function rounds(db: Database): VentureRound[] {
  return s(db)
    .rounds.all()
    .map((r) => ({
      id: r.id,
      name: r.name,
      year: r.year,
      sourceKind: r.source_kind,
      tranchePlan: r.tranche_plan,
      budgetFen: r.budget_fen,
      note: r.note,
      projectCount: r.project_count,
      grantFen: r.grant_fen,
      paidFen: r.paid_fen,
      createdAt: r.created_at,
      archivedAt: r.archived_at,
    }))
}

// ---- checks shared by the handlers ----

/** "还差 0.01%" / "多了 0.01%": how to reach exactly 100%. */
function sumProblem(bps: readonly number[]): Notice | null {
  const sum = sumBp(bps)
  if (sum === FULL_PERCENT_BP) return null
  const hint =
    sum < FULL_PERCENT_BP
      ? notice('venture.sumHintLess', { gap: formatPercent(FULL_PERCENT_BP - sum) })
      : notice('venture.sumHintMore', { gap: formatPercent(sum - FULL_PERCENT_BP) })
  return notice('venture.percentSum', { sum: formatPercent(sum), hint: hint.message })
}

interface TrancheDraft {
  percentBp: number
  trigger: TrancheTrigger
}

/** The problem of a tranche plan (sum, then trigger order), as the field `tranches`'s notice. */
function tranchePlanProblem(tranches: readonly TrancheDraft[]): Notice | null {
  const sum = sumProblem(tranches.map((t) => t.percentBp))
  if (sum) return sum
  const order = triggerProblem(tranches.map((t) => t.trigger))
  if (order?.code === 'firstNotSigning') return notice('venture.firstTriggerSigning')
  if (order?.code === 'backwards') return notice('venture.triggersBackwards', { seq: order.seq })
  return null
}

function insertTranches(
  db: Database,
  projectId: number,
  grantFen: number,
  tranches: readonly TrancheDraft[],
) {
  const amounts = splitGrant(
    grantFen,
    tranches.map((t) => t.percentBp),
  )
  tranches.forEach((t, i) =>
    s(db).insertTranche.run(projectId, i + 1, t.percentBp, amounts[i] ?? 0, t.trigger),
  )
}

const planPicture = (rows: readonly TrancheRow[]) =>
  rows.map((t) => ({
    seq: t.seq,
    percent: `${formatPercent(t.percent_bp)}%`,
    amount: fenToYuan(t.amount_fen, true),
    trigger: t.trigger,
  }))

/** The stages a date of `project` must not precede: its current step's date. */
function stageDateProblem(project: ProjectRow, date: string, today: string): Notice | null {
  if (date > today) return notice('venture.stageDateFuture', { today })
  if (date < project.stage_date)
    return notice('venture.stageDateBefore', { ventureStage: project.stage, date: project.stage_date })
  return null
}

const EVALUATION_ZH: Record<EvaluationKind, string> = { mid: '中期评估', final: '结项评估' }
const RESULT_ZH: Record<EvaluationResult, string> = { pass: '通过', fail: '未通过' }

/** Moves the project to `stage` on `date` when it is still before it on the main line (a payment or evaluation). */
function moveTo(
  env: HandlerEnv,
  project: ProjectRow,
  from: VentureStage[],
  stage: VentureStage,
  date: string,
) {
  if (!from.includes(project.stage) || date < project.stage_date) return
  const at = env.clock.timestamp()
  s(env.db).insertEvent.run(project.id, stage, date, null, env.actor.name, at)
  s(env.db).setStage.run(stage, date, at, project.id)
}

// ---- export ----

const DEFAULT_LABELS: Labels = {
  title: '公益创投项目',
  'heading.organization': '组织',
  'heading.title': '项目名称',
  'heading.category': '类别',
  'heading.stage': '阶段',
  'heading.stageDate': '阶段日期',
  'heading.grant': '资助金额（元）',
  'heading.paid': '已拨付（元）',
  'heading.due': '可拨付（元）',
  'heading.blocked': '受阻（元）',
}
const label = labelsWith(DEFAULT_LABELS)

// Amounts go out as money cells (元 from integer 分); dates as date cells.
function ventureXlsx(rows: readonly VentureProjectRow[], labels: Labels, title: string): Promise<Buffer> {
  const columns: SheetColumn<VentureProjectRow>[] = [
    { header: label(labels, 'heading.organization'), value: (r) => r.organizationName },
    { header: label(labels, 'heading.title'), value: (r) => r.title },
    {
      header: label(labels, 'heading.category'),
      value: (r) => label(labels, `category.${r.category}`),
    },
    {
      header: label(labels, 'heading.stage'),
      value: (r) => labels[`stage.${r.stage}`] ?? enumLabelZhCN('ventureStage', r.stage),
    },
    { header: label(labels, 'heading.stageDate'), kind: 'date', value: (r) => r.stageDate },
    { header: label(labels, 'heading.grant'), kind: 'money', value: (r) => r.grantFen },
    { header: label(labels, 'heading.paid'), kind: 'money', value: (r) => r.paidFen },
    { header: label(labels, 'heading.due'), kind: 'money', value: (r) => r.dueFen },
    { header: label(labels, 'heading.blocked'), kind: 'money', value: (r) => r.blockedFen },
  ]
  return tableToXlsx(title, columns, rows)
}

export const ventureHandlers = defineHandlers({
  'venture.rounds': {
    permission: 'project.read',
    write: false,
    run: ({ db }) => rounds(db),
  },
  /** 创投届次: its name (unique), year, funding source and default tranche plan (sums to exactly 100%). */
  'venture.roundSave': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const existing = input.id ? s(db).round.get(input.id) : null
      if (input.id && !existing) fail('NOT_FOUND', 'common.notFound')
      if (existing?.archived_at) fail('CONFLICT', 'venture.roundArchived', { name: existing.name })
      const fields: Record<string, Notice> = {}
      const taken = s(db).roundByName.get(input.name)
      if (taken && taken.id !== existing?.id)
        fields.name = notice('venture.roundNameTaken', { name: input.name })
      const plan = parseTranchePlan(input.tranchePlan)
      if (!plan) fields.tranchePlan = notice('venture.planInvalid')
      else if (sumBp(plan) !== FULL_PERCENT_BP) {
        const problem = sumProblem(plan)
        if (problem)
          fields.tranchePlan = notice('venture.planSum', {
            sum: formatPercent(sumBp(plan)),
            hint: (problem.params?.hint as string | undefined) ?? '',
          })
      }
      failOnProblems(fields, {}, false)
      const values: RoundValues = {
        name: input.name,
        year: input.year,
        sourceKind: input.sourceKind,
        tranchePlan: (plan ?? []).map(formatPercent).join('/'),
        budgetFen: input.budgetFen,
        note: input.note,
      }
      const at = clock.timestamp()
      let id: number
      if (existing) {
        id = existing.id
        s(db).updateRound.run({ ...values, id, at })
      } else id = Number(s(db).insertRound.run({ ...values, by: actor.name, at }).lastInsertRowid)
      const { created_by: _b, created_at: _c, updated_at: _u, ...before } = existing ?? {}
      audit({ entity: 'venture_round', entityId: id, before: existing ? before : null, after: values })
      return rounds(db)
    },
  },
  'venture.projects': {
    permission: 'project.read',
    write: false,
    run: (
      { db },
      { page, pageSize, roundId, stage, organizationId, search, includeArchived, awaitingEvaluation },
    ) => {
      const where: string[] = []
      const params: Record<string, string | number> = {}
      if (!includeArchived) where.push('p.archived_at IS NULL')
      if (roundId) {
        where.push('p.round_id = @roundId')
        params.roundId = roundId
      }
      if (stage) {
        where.push('p.stage = @stage')
        params.stage = stage
      }
      if (organizationId) {
        where.push('p.organization_id = @organizationId')
        params.organizationId = organizationId
      }
      if (awaitingEvaluation) {
        where.push('p.id IN (SELECT value FROM json_each(@waiting))')
        params.waiting = JSON.stringify([...tranchesAwaitingEvaluation(db).keys()])
      }
      if (search) {
        where.push("(p.title LIKE @search ESCAPE '\\' OR o.name LIKE @search ESCAPE '\\')")
        params.search = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      }
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
      const total = (
        db
          .prepare(
            `SELECT count(*) AS n FROM venture_project p JOIN organization o ON o.id = p.organization_id ${clause}`,
          )
          .get(params) as { n: number }
      ).n
      const rows = db
        .prepare(
          `${PROJECT_SELECT} ${clause} ORDER BY r.year DESC, p.round_id DESC, p.id LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit: pageSize, offset: (page - 1) * pageSize }) as ProjectRow[]
      return { items: rowsWithTotals(db, rows), total, page, pageSize }
    },
  },
  'venture.project': {
    permission: 'project.read',
    write: false,
    run: ({ db, clock }, { id }) => ventureProject(db, id, clock.today()),
  },
  /**
   * A new project (at 申报, or entered later up to 立项签约, with its tranches: the round's plan unless given), or
   * the edit of one. The grant, round and organisation change only while nothing is paid; a new grant re-splits the
   * tranches. Steps and tranches change through their own channels.
   */
  'venture.projectSave': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const existing = input.id ? requireLiveProject(db, input.id) : null
      const round = s(db).round.get(input.roundId)
      if (!round) fail('NOT_FOUND', 'common.notFound')
      const org = s(db).org.get(input.organizationId)
      if (!org) fail('NOT_FOUND', 'common.notFound')
      const fields: Record<string, Notice> = {}
      if (round.archived_at !== null && round.id !== existing?.round_id)
        fields.roundId = notice('venture.roundArchived', { name: round.name })
      if (org.archived_at !== null && org.id !== existing?.organization_id)
        fields.organizationId = notice('venture.organizationArchived', { name: org.name })
      if (input.grantFen === 0) fields.grantFen = notice('venture.grantZero')
      const oldTranches = existing ? s(db).tranches.all(existing.id) : []
      const paid = oldTranches.filter((t) => t.paid_on !== null)
      if (existing && paid.length > 0) {
        if (input.grantFen !== existing.grant_fen)
          fields.grantFen = notice('venture.grantLocked', { amount: fenToYuan(existing.grant_fen, true) })
        const first = paid[0]?.paid_on ?? ''
        if (input.roundId !== existing.round_id)
          fields.roundId = notice('venture.tranchesLocked', { date: first })
        if (input.organizationId !== existing.organization_id)
          fields.organizationId = notice('venture.tranchesLocked', { date: first })
      }
      let tranches: TrancheDraft[] = []
      const stageDate = input.stageDate ?? today
      if (!existing) {
        if (!ENTRY_STAGES.includes(input.stage)) fields.stage = notice('venture.entryStage')
        if (stageDate > today) fields.stageDate = notice('venture.stageDateFuture', { today })
        const plan = parseTranchePlan(round.tranche_plan) ?? [FULL_PERCENT_BP]
        const triggers = defaultTriggers(plan.length)
        tranches =
          input.tranches ?? plan.map((percentBp, i) => ({ percentBp, trigger: triggers[i] ?? 'signing' }))
        const problem = tranchePlanProblem(tranches)
        if (problem) fields.tranches = problem
      }
      failOnProblems(fields, {}, false)
      const at = clock.timestamp()
      const values = {
        roundId: round.id,
        organizationId: org.id,
        serviceProjectId: input.serviceProjectId,
        title: input.title,
        category: input.category,
        grantFen: input.grantFen,
        note: input.note,
      }
      let id: number
      if (existing) {
        id = existing.id
        s(db).updateProject.run({ ...values, id, at })
        if (input.grantFen !== existing.grant_fen) {
          const amounts = splitGrant(
            input.grantFen,
            oldTranches.map((t) => t.percent_bp),
          )
          oldTranches.forEach((t, i) => s(db).setTrancheAmount.run(amounts[i] ?? 0, t.id))
        }
      } else {
        id = Number(
          s(db).insertProject.run({ ...values, stage: input.stage, stageDate, by: actor.name, at })
            .lastInsertRowid,
        )
        s(db).insertEvent.run(id, input.stage, stageDate, null, actor.name, at)
        insertTranches(db, id, input.grantFen, tranches)
      }
      const picture = (p: ProjectRow) => ({
        round: p.round_name,
        organization: p.organization_name,
        title: p.title,
        category: p.category,
        grant: fenToYuan(p.grant_fen, true),
        stage: p.stage,
        stageDate: p.stage_date,
        note: p.note,
      })
      audit({
        entity: 'venture_project',
        entityId: id,
        before: existing ? { ...picture(existing), tranches: planPicture(oldTranches) } : null,
        after: { ...picture(requireProject(db, id)), tranches: planPicture(s(db).tranches.all(id)) },
      })
      return ventureProject(db, id, today)
    },
  },
  /** The next step of the lifecycle, dated: forward only, not before the current step's date, not after today. */
  'venture.advance': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, actor, audit }, { projectId, stage, date, note }) => {
      const today = clock.today()
      const project = requireLiveProject(db, projectId)
      const allowed = nextStages(project.stage)
      if (allowed.length === 0) fail('CONFLICT', 'venture.stageClosed', { ventureStage: project.stage })
      if (!allowed.includes(stage))
        invalidField('stage', 'venture.stageNotNext', { ventureStage: project.stage })
      const problem = stageDateProblem(project, date, today)
      if (problem) failOnProblems({ date: problem }, {}, false)
      const at = clock.timestamp()
      const eventId = Number(
        s(db).insertEvent.run(project.id, stage, date, note, actor.name, at).lastInsertRowid,
      )
      s(db).setStage.run(stage, date, at, project.id)
      audit({
        entity: 'venture_stage_event',
        entityId: eventId,
        before: { project: project.title, stage: project.stage, date: project.stage_date },
        after: { project: project.title, stage, date, note },
      })
      return ventureProject(db, project.id, today)
    },
  },
  /** The tranche plan, replaced as a whole while nothing is paid: percentages summing to exactly 100%. */
  'venture.setTranches': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, audit }, { projectId, tranches }) => {
      const project = requireLiveProject(db, projectId)
      const old = s(db).tranches.all(project.id)
      const firstPaid = old.find((t) => t.paid_on !== null)
      if (firstPaid) fail('CONFLICT', 'venture.tranchesLocked', { date: firstPaid.paid_on ?? '' })
      const problem = tranchePlanProblem(tranches)
      if (problem) failOnProblems({ tranches: problem }, {}, false)
      s(db).deleteTranches.run(project.id)
      insertTranches(db, project.id, project.grant_fen, tranches)
      audit({
        entity: 'venture_tranche',
        entityId: project.id,
        before: { project: project.title, tranches: planPicture(old) },
        after: { project: project.title, tranches: planPicture(s(db).tranches.all(project.id)) },
      })
      return ventureProject(db, project.id, clock.today())
    },
  },
  /**
   * 中期评估 / 结项评估 of a signed project: one live one of each kind (a correction archives the old one first).
   * A project not yet at that step moves to it, dated the evaluation's date.
   */
  'venture.evaluate': {
    permission: 'project.write',
    write: true,
    run: (env, input) => {
      const { db, clock, actor, audit } = env
      const today = clock.today()
      const project = requireLiveProject(db, input.projectId)
      if (!isSigned(project.stage))
        fail('CONFLICT', 'venture.notSignedForEvaluation', { ventureStage: project.stage })
      const fields: Record<string, Notice> = {}
      const signedOn = s(db).eventOf.get(project.id, 'signed')?.date ?? null
      if (input.date > today) fields.date = notice('field.dateFuture', { today })
      else if (signedOn && input.date < signedOn)
        fields.date = notice('venture.evaluationBeforeSigning', { date: signedOn })
      const live = s(db)
        .evaluations.all(project.id)
        .find((e) => e.kind === input.kind && e.archived_at === null)
      if (live)
        fail('CONFLICT', 'venture.evaluationExists', {
          evaluation: EVALUATION_ZH[live.kind],
          date: live.date,
          result: RESULT_ZH[live.result],
        })
      failOnProblems(fields, {}, false)
      const id = Number(
        s(db).insertEvaluation.run({
          projectId: project.id,
          kind: input.kind,
          date: input.date,
          scoreTenths: input.scoreTenths,
          result: input.result,
          reviewer: input.reviewer,
          note: input.note,
          by: actor.name,
          at: clock.timestamp(),
        }).lastInsertRowid,
      )
      if (input.kind === 'mid')
        moveTo(env, project, ['signed', 'first_paid', 'implementing'], 'mid_evaluation', input.date)
      else
        moveTo(
          env,
          project,
          ['signed', 'first_paid', 'implementing', 'mid_evaluation', 'followup_paid'],
          'final_evaluation',
          input.date,
        )
      const { projectId: _p, ...rest } = input
      audit({
        entity: 'venture_evaluation',
        entityId: id,
        before: null,
        after: { project: project.title, ...rest },
      })
      return ventureProject(db, project.id, today)
    },
  },
  /** 作废 an evaluation with its reason: refused once a tranche it released has been paid. */
  'venture.evaluationArchive': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const evaluation = s(db).evaluation.get(id)
      if (!evaluation) fail('NOT_FOUND', 'common.notFound')
      const project = requireLiveProject(db, evaluation.project_id)
      if (evaluation.archived_at !== null)
        fail('CONFLICT', 'venture.evaluationArchived', { date: evaluation.archived_at.slice(0, 10) })
      const released = s(db)
        .tranches.all(project.id)
        .find(
          (t) =>
            t.paid_on !== null && t.trigger !== 'signing' && EVALUATION_OF[t.trigger] === evaluation.kind,
        )
      if (released)
        fail('CONFLICT', 'venture.evaluationTranchePaid', { seq: released.seq, date: released.paid_on ?? '' })
      s(db).archiveEvaluation.run(clock.timestamp(), reason, evaluation.id)
      audit({
        entity: 'venture_evaluation',
        entityId: evaluation.id,
        before: { project: project.title, ...toEvaluation(evaluation) },
        after: { archived: true, reason },
      })
      return ventureProject(db, project.id, clock.today())
    },
  },
  /**
   * 拨付 one tranche: only when its trigger is met and the tranches before it are paid. Writes the outflow into the
   * ledger (the round's source kind, the organisation and project) and moves the project to the payment's step.
   */
  'venture.payTranche': {
    permission: 'project.write',
    write: true,
    run: (env, { projectId, seq, paidOn, documentNo }) => {
      const { db, clock, actor, audit } = env
      const today = clock.today()
      const project = requireLiveProject(db, projectId)
      const detail = ventureProject(db, project.id, today)
      const tranche = detail.tranches.find((t) => t.seq === seq)
      if (!tranche) fail('NOT_FOUND', 'venture.trancheNotFound', { seq })
      if (tranche.paidOn !== null)
        fail('CONFLICT', 'venture.alreadyPaid', { seq, date: tranche.paidOn, by: tranche.paidBy ?? '' })
      if (tranche.state !== 'payable' && tranche.hold) fail('CONFLICT', tranche.hold.key, tranche.hold.params)
      if (paidOn > today) invalidField('paidOn', 'field.dateFuture', { today })
      const signedOn = s(db).eventOf.get(project.id, 'signed')?.date
      if (signedOn && paidOn < signedOn)
        invalidField('paidOn', 'venture.paidBeforeSigning', { date: signedOn })
      if (tranche.trigger !== 'signing') {
        const kind = EVALUATION_OF[tranche.trigger]
        const evaluation = detail.evaluations.find((e) => e.kind === kind && e.archivedAt === null)
        if (evaluation && paidOn < evaluation.date)
          invalidField('paidOn', 'venture.paidBeforeEvaluation', {
            evaluation: EVALUATION_ZH[kind],
            date: evaluation.date,
          })
      }
      const at = clock.timestamp()
      const summary = notice('venture.ledgerSummary', { round: project.round_name, seq }).message
      const entryId = Number(
        s(db).insertFundEntry.run({
          date: paidOn,
          amountFen: tranche.amountFen,
          sourceKind: project.round_source_kind,
          organizationId: project.organization_id,
          ventureProjectId: project.id,
          counterparty: project.organization_name,
          summary,
          documentNo,
          by: actor.name,
          at,
        }).lastInsertRowid,
      )
      s(db).payTranche.run(paidOn, actor.name, entryId, tranche.id)
      if (tranche.trigger === 'signing' && seq === 1) moveTo(env, project, ['signed'], 'first_paid', paidOn)
      else if (tranche.trigger === 'mid_evaluation')
        moveTo(env, project, ['mid_evaluation'], 'followup_paid', paidOn)
      else if (tranche.trigger === 'final_evaluation')
        moveTo(env, project, ['final_evaluation'], 'final_paid', paidOn)
      audit({
        entity: 'fund_entry',
        entityId: entryId,
        before: null,
        after: {
          direction: 'out',
          date: paidOn,
          amount: fenToYuan(tranche.amountFen, true),
          sourceKind: project.round_source_kind,
          organization: project.organization_name,
          summary,
          documentNo,
        },
      })
      audit({
        entity: 'venture_tranche',
        entityId: tranche.id,
        before: { project: project.title, seq, paidOn: null },
        after: {
          project: project.title,
          seq,
          paidOn,
          amount: fenToYuan(tranche.amountFen, true),
          fundEntryId: entryId,
        },
      })
      return ventureProject(db, project.id, today)
    },
  },
  /** 作废 a project entered by mistake: refused once anything has been paid. */
  'venture.projectArchive': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const project = requireLiveProject(db, id)
      const paid = s(db)
        .tranches.all(project.id)
        .filter((t) => t.paid_on !== null)
      if (paid.length > 0)
        fail('CONFLICT', 'venture.archiveHasPayments', {
          count: paid.length,
          amount: fenToYuan(
            paid.reduce((a, t) => a + t.amount_fen, 0),
            true,
          ),
        })
      s(db).archiveProject.run(clock.timestamp(), reason, project.id)
      audit({
        entity: 'venture_project',
        entityId: project.id,
        before: { title: project.title, organization: project.organization_name, archived: false },
        after: { archived: true, reason },
      })
      return ventureProject(db, project.id, clock.today())
    },
  },
  /** One round's live projects with paid / due / blocked, as Excel. */
  'venture.export': {
    permission: 'project.read',
    write: false,
    run: async ({ db, clock, audit }, { roundId, labels }): Promise<ExportFile> => {
      const round = s(db).round.get(roundId)
      if (!round) fail('NOT_FOUND', 'common.notFound')
      const projects = db
        .prepare(`${PROJECT_SELECT} WHERE p.round_id = ? AND p.archived_at IS NULL ORDER BY o.name, p.id`)
        .all(round.id) as ProjectRow[]
      const rows = rowsWithTotals(db, projects)
      const content = await ventureXlsx(rows, labels, round.name)
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'venture', round: round.name, rows: rows.length },
      })
      return {
        fileName: `${round.name}-${clock.today()}.xlsx`,
        contentBase64: content.toString('base64'),
        rows: rows.length,
      }
    },
  },
})
