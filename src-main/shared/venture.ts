// 公益创投 rules that the core applies and the forms show live (domain §6): the lifecycle's order, tranche
// percentages in basis points (10000 = 100%) that must sum to exactly 100%, the split of a grant into tranche
// amounts in 分 that sum to exactly the grant, and what releases each tranche. Integers only: no float on any path.
import type { EvaluationKind, EvaluationResult, TrancheTrigger, VentureStage } from './enums'

/** 100% in basis points. */
export const FULL_PERCENT_BP = 10_000
/** At most this many tranches per project. */
export const MAX_TRANCHES = 6
/** The largest grant accepted: 10,000,000.00 元 (× 10000 bp stays far inside a safe integer). */
export const MAX_GRANT_FEN = 1_000_000_000

/** The main line of the lifecycle, in order: 申报 → … → 公开. 未通过 and 终止 end a project early. */
export const VENTURE_MAIN_LINE = [
  'applied',
  'qualification',
  'review',
  'publicity',
  'signed',
  'first_paid',
  'implementing',
  'mid_evaluation',
  'followup_paid',
  'final_evaluation',
  'final_paid',
  'disclosed',
] as const satisfies readonly VentureStage[]

/** Steps reached by paying a tranche; a project whose plan has no such payment may step over them. */
export const PAYMENT_STAGES: readonly VentureStage[] = ['first_paid', 'followup_paid', 'final_paid']
/** The stages a project may be created at (entering an existing project): up to 立项签约. */
export const ENTRY_STAGES: readonly VentureStage[] = [
  'applied',
  'qualification',
  'review',
  'publicity',
  'signed',
]

const position = (stage: VentureStage): number =>
  (VENTURE_MAIN_LINE as readonly VentureStage[]).indexOf(stage)

/** Whether the project has been signed (立项签约 or any later step of the main line). */
export const isSigned = (stage: VentureStage): boolean => position(stage) >= position('signed')

/** Whether the project has ended: 公开, 未通过 or 终止. */
export const isClosed = (stage: VentureStage): boolean =>
  stage === 'disclosed' || stage === 'rejected' || stage === 'terminated'

/**
 * The steps a project may take from `stage`: the next step of the main line (a payment step may be stepped over,
 * since a 60/40 plan has no 尾款); 未通过 before signing; 终止 from signing until 公开.
 */
export function nextStages(stage: VentureStage): VentureStage[] {
  if (isClosed(stage)) return []
  const i = position(stage)
  const next: VentureStage[] = []
  const first = VENTURE_MAIN_LINE[i + 1]
  if (first) {
    next.push(first)
    const after = VENTURE_MAIN_LINE[i + 2]
    if (PAYMENT_STAGES.includes(first) && after) next.push(after)
  }
  next.push(isSigned(stage) ? 'terminated' : 'rejected')
  return next
}

/** Whether `stage` comes before `target` on the main line (both on it). */
export const stageBefore = (stage: VentureStage, target: VentureStage): boolean =>
  position(stage) >= 0 && position(stage) < position(target)

// ---- percentages ----

/** A percentage typed as text (`60`, `33.33`, `33.3%`) in basis points, without a float; null when not one. */
export function parsePercent(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(
    text
      .trim()
      .replace(/[%％]$/, '')
      .trim(),
  )
  if (!m) return null
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return bp > 0 && bp <= FULL_PERCENT_BP ? bp : null
}

/** Basis points as a percentage without trailing zeros: 6000 → `60`, 3333 → `33.33`, 2050 → `20.5`. */
export function formatPercent(bp: number): string {
  const whole = Math.trunc(bp / 100)
  const rest = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return rest ? `${whole}.${rest}` : String(whole)
}

/** A plan written `60/40` or `50/30/20` as basis points; null when any part is not a percentage. */
export function parseTranchePlan(plan: string): number[] | null {
  const parts = plan.split(/[/／、,，\s]+/).filter((p) => p !== '')
  if (parts.length === 0 || parts.length > MAX_TRANCHES) return null
  const bps = parts.map(parsePercent)
  return bps.every((b): b is number => b !== null) ? bps : null
}

/** A plan as text: [6000, 4000] → `60/40`. */
export const formatTranchePlan = (bps: readonly number[]): string => bps.map(formatPercent).join('/')

export const sumBp = (bps: readonly number[]): number => bps.reduce((a, b) => a + b, 0)

/**
 * The tranche amounts of a grant: each its share of the grant rounded down, then the 分 left over go one each to the
 * largest remainders (earlier tranches first on a tie), so the amounts sum to exactly the grant. `bps` must sum to
 * 10000. 100 分 in thirds (3333/3333/3334) → 33/33/34.
 */
export function splitGrant(grantFen: number, bps: readonly number[]): number[] {
  const amounts = bps.map((bp) => Math.floor((grantFen * bp) / FULL_PERCENT_BP))
  const remainders = bps.map((bp, i) => ({ i, r: (grantFen * bp) % FULL_PERCENT_BP }))
  let left = grantFen - sumBp(amounts)
  remainders.sort((a, b) => b.r - a.r || a.i - b.i)
  for (const { i } of remainders) {
    if (left <= 0) break
    amounts[i] = (amounts[i] ?? 0) + 1
    left -= 1
  }
  return amounts
}

/** The usual triggers of a plan of `count` tranches: 签约 first, 结项评估通过 last, 中期评估通过 between. */
export function defaultTriggers(count: number): TrancheTrigger[] {
  if (count <= 1) return ['signing']
  if (count === 2) return ['signing', 'mid_evaluation']
  return [
    'signing',
    ...Array.from({ length: count - 2 }, () => 'mid_evaluation' as const),
    'final_evaluation',
  ]
}

const TRIGGER_ORDER: Record<TrancheTrigger, number> = { signing: 0, mid_evaluation: 1, final_evaluation: 2 }

/** What is wrong with a tranche plan's triggers: the first must be 签约, and they never go backwards. */
export function triggerProblem(
  triggers: readonly TrancheTrigger[],
): { code: 'firstNotSigning' } | { code: 'backwards'; seq: number } | null {
  if (triggers[0] !== 'signing') return { code: 'firstNotSigning' }
  for (let i = 1; i < triggers.length; i += 1) {
    const here = triggers[i] as TrancheTrigger
    const before = triggers[i - 1] as TrancheTrigger
    if (TRIGGER_ORDER[here] < TRIGGER_ORDER[before]) return { code: 'backwards', seq: i + 1 }
  }
  return null
}

/** The evaluation a trigger waits for. */
export const EVALUATION_OF: Record<Exclude<TrancheTrigger, 'signing'>, EvaluationKind> = {
  mid_evaluation: 'mid',
  final_evaluation: 'final',
}

/** The lifecycle step at which a trigger's evaluation is due. */
const EVALUATION_STAGE: Record<EvaluationKind, VentureStage> = {
  mid: 'mid_evaluation',
  final: 'final_evaluation',
}

// ---- tranche states ----

export type TrancheState = 'paid' | 'payable' | 'blocked' | 'pending'

/** Why a tranche cannot be paid now. */
export type TrancheHold =
  | { code: 'notSigned' }
  | { code: 'closed'; stage: VentureStage }
  | { code: 'evaluationMissing'; kind: EvaluationKind }
  | { code: 'evaluationFailed'; kind: EvaluationKind; date: string; reviewer: string }
  | { code: 'earlierUnpaid'; seq: number }

export interface TrancheFacts {
  seq: number
  trigger: TrancheTrigger
  paid: boolean
}

export interface LiveEvaluation {
  kind: EvaluationKind
  result: EvaluationResult
  date: string
  reviewer: string
}

/**
 * Each tranche's state and, unless paid or payable, why: 已拨付; 可拨付 (its trigger met and the tranches before it
 * paid); 受阻 (a failed evaluation, an evaluation missing although the project has reached it, or the project
 * terminated); 未到 (not signed yet, the evaluation not due yet, an earlier tranche still unpaid, or 未通过).
 */
export function trancheStates(
  stage: VentureStage,
  tranches: readonly TrancheFacts[],
  evaluations: readonly LiveEvaluation[],
): { state: TrancheState; hold: TrancheHold | null }[] {
  const ended = stage === 'rejected' || stage === 'terminated'
  return tranches.map((t, index) => {
    if (t.paid) return { state: 'paid', hold: null }
    // A rejected project was never granted: nothing of it is held back, so it does not count as 受阻.
    if (ended) return { state: stage === 'rejected' ? 'pending' : 'blocked', hold: { code: 'closed', stage } }
    let own: { state: TrancheState; hold: TrancheHold } | null = null
    if (t.trigger === 'signing') {
      if (!isSigned(stage)) own = { state: 'pending', hold: { code: 'notSigned' } }
    } else {
      const kind = EVALUATION_OF[t.trigger]
      const evaluation = evaluations.find((e) => e.kind === kind)
      if (!evaluation)
        own = {
          state: stageBefore(stage, EVALUATION_STAGE[kind]) ? 'pending' : 'blocked',
          hold: { code: 'evaluationMissing', kind },
        }
      else if (evaluation.result === 'fail')
        own = {
          state: 'blocked',
          hold: { code: 'evaluationFailed', kind, date: evaluation.date, reviewer: evaluation.reviewer },
        }
    }
    if (own) return own
    const unpaid = tranches.slice(0, index).find((e) => !e.paid)
    if (unpaid) return { state: 'pending', hold: { code: 'earlierUnpaid', seq: unpaid.seq } }
    return { state: 'payable', hold: null }
  })
}
