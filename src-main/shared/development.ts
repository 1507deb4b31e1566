// 发展党员: the statutory checks of one person's development, as a pure function of the record and a date.
// The core stores their statuses in what it sends and refuses the steps that break a hard rule; the screens
// show the very same statuses. Rules: domain.md §4; periods end on the matching day, or the month's last day
// when it has none (2024-02-29 + 1 year = 2025-02-28); "以内 / 届满" include that day.
import { addMonths, addYears } from './dates'
import type { CheckStatus, DevelopmentStage } from './enums'

/** The numbers of the rules (national regulation, not settings). */
export const DEVELOPMENT_RULES = {
  /** 年满十八岁 when the application is handed in. */
  adultAge: 18,
  /** 谈话 within 1 month of the application. */
  interviewMonths: 1,
  /** 入党积极分子 for at least 1 year before 发展对象. */
  activistYears: 1,
  /** 培养考察: a review at least every 6 months while 入党积极分子 or 发展对象. */
  reviewMonths: 6,
  /** 入党介绍人: two 正式党员. */
  sponsors: 2,
  /** 短期集中培训: at least 3 days or at least 24 class hours. */
  trainingDays: 3,
  trainingHours: 24,
  /** 上级党委审批: within 3 months (warning after), never beyond 6 months. */
  approvalMonths: 3,
  approvalLimitMonths: 6,
  /** 预备期 1 year from the admission meeting; extended once, by 6 to 12 months. */
  probationYears: 1,
  extensionMinMonths: 6,
  extensionMaxMonths: 12,
} as const

/** The pipeline in order; 取消资格 may end it at any stage before 正式党员. */
export const DEVELOPMENT_FLOW = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const

/** The statutory checks, in the order they come up. */
export const DEVELOPMENT_CHECKS = [
  'age',
  'interview',
  'activistPeriod',
  'reviews',
  'sponsors',
  'training',
  'approval',
  'probation',
  'extension',
] as const
export type DevelopmentCheckKey = (typeof DEVELOPMENT_CHECKS)[number]

/** Why a check has its status; the screens word each one (`development.reasons.<reason>`). */
export type CheckReason =
  | 'notYet'
  | 'closed'
  | 'ageOk'
  | 'ageUnder'
  | 'interviewOk'
  | 'interviewDue'
  | 'interviewLate'
  | 'interviewMissing'
  | 'activistWaiting'
  | 'activistMet'
  | 'activistOk'
  | 'activistShort'
  | 'reviewsNext'
  | 'reviewsMissed'
  | 'reviewsOk'
  | 'sponsorsDue'
  | 'sponsorsOk'
  | 'sponsorsMissing'
  | 'trainingDue'
  | 'trainingOk'
  | 'trainingShort'
  | 'approvalDue'
  | 'approvalLate'
  | 'approvalOk'
  | 'approvalOkLate'
  | 'approvalOverdue'
  | 'approvalTooLate'
  | 'probationRunning'
  | 'probationEnded'
  | 'probationOk'
  | 'notExtended'
  | 'extensionOk'
  | 'extensionInvalid'

export interface DevelopmentCheck {
  key: DevelopmentCheckKey
  status: CheckStatus
  /** The day the step is due by (included), when the rule has one. */
  dueDate: string | null
  /** Late but not yet a violation (approval after 3 months, 转正 not yet discussed after probation). */
  warning: boolean
  reason: CheckReason
  params: Record<string, string | number>
}

/** What the checks read of a record. Sponsors come with `qualified`: 正式党员 on the roster the day named. */
export interface DevelopmentFacts {
  birthDate: string
  appliedOn: string
  interviewedOn: string | null
  activistOn: string | null
  candidateOn: string | null
  reviews: readonly { reviewedOn: string }[]
  sponsors: readonly { namedOn: string; qualified: boolean }[]
  trainingDays: number | null
  trainingHours: number | null
  trainedOn: string | null
  admittedOn: string | null
  approvedOn: string | null
  extensionMonths: number | null
  extensionDecidedOn: string | null
  /** 支部大会讨论转正 (the stage 正式党员). */
  fullDecidedOn: string | null
  disqualifiedOn: string | null
}

/** The day the person turns 18 (born on 29 February: 28 February in a common year). */
export const adultOn = (birthDate: string): string => addYears(birthDate, DEVELOPMENT_RULES.adultAge)

/** The last day the interview is in time. */
export const interviewDueOn = (appliedOn: string): string =>
  addMonths(appliedOn, DEVELOPMENT_RULES.interviewMonths)

/** The first day an 入党积极分子 may become 发展对象. */
export const candidateFrom = (activistOn: string): string =>
  addYears(activistOn, DEVELOPMENT_RULES.activistYears)

/** The k-th half-year mark after becoming 入党积极分子 (k >= 1), each counted from that day. */
export const reviewMark = (activistOn: string, k: number): string =>
  addMonths(activistOn, DEVELOPMENT_RULES.reviewMonths * k)

/** The day probation ends without an extension. */
export const originalProbationEnd = (admittedOn: string): string =>
  addYears(admittedOn, DEVELOPMENT_RULES.probationYears)

/**
 * The day probation ends, which is the 转正 date: a year from the admission meeting, and an extension runs on
 * from there (admitted 2024-02-29: 2025-02-28, extended by 6 months: 2025-08-28).
 */
export function probationEnd(admittedOn: string, extensionMonths: number | null): string {
  const end = originalProbationEnd(admittedOn)
  return extensionMonths ? addMonths(end, extensionMonths) : end
}

/** 短期集中培训 enough: 3 days or more, or 24 class hours or more. */
export const trainingMet = (days: number | null, hours: number | null): boolean =>
  (days ?? 0) >= DEVELOPMENT_RULES.trainingDays || (hours ?? 0) >= DEVELOPMENT_RULES.trainingHours

/** The date of the step that put the record in its stage. */
export function stageDateOf(stage: DevelopmentStage, f: DevelopmentFacts): string {
  switch (stage) {
    case 'applicant':
      return f.appliedOn
    case 'activist':
      return f.activistOn ?? f.appliedOn
    case 'candidate':
      return f.candidateOn ?? f.appliedOn
    case 'probationary':
      return f.admittedOn ?? f.appliedOn
    case 'full':
      return f.fullDecidedOn ?? f.appliedOn
    case 'disqualified':
      return f.disqualifiedOn ?? f.appliedOn
  }
}

type Result = Omit<DevelopmentCheck, 'key'>

const result = (
  status: CheckStatus,
  reason: CheckReason,
  dueDate: string | null,
  params: Record<string, string | number> = {},
  warning = false,
): Result => ({ status, dueDate, warning, reason, params })

const notYet = (): Result => result('not_applicable', 'notYet', null)

function ageCheck(f: DevelopmentFacts): Result {
  const adult = adultOn(f.birthDate)
  return f.appliedOn >= adult
    ? result('passed', 'ageOk', adult, { date: adult, applied: f.appliedOn })
    : result('violated', 'ageUnder', adult, { date: adult, applied: f.appliedOn })
}

function interviewCheck(f: DevelopmentFacts, asOf: string, closed: boolean): Result {
  const due = interviewDueOn(f.appliedOn)
  if (f.interviewedOn !== null) {
    return f.interviewedOn <= due
      ? result('passed', 'interviewOk', due, { date: f.interviewedOn, due })
      : result('violated', 'interviewLate', due, { date: f.interviewedOn, due })
  }
  if (asOf <= due)
    return closed ? result('not_applicable', 'closed', due) : result('due', 'interviewDue', due, { due })
  return result('violated', 'interviewMissing', due, { due })
}

function activistCheck(f: DevelopmentFacts, asOf: string, closed: boolean): Result {
  if (f.activistOn === null) return notYet()
  const from = candidateFrom(f.activistOn)
  if (f.candidateOn !== null) {
    return f.candidateOn >= from
      ? result('passed', 'activistOk', from, { date: f.candidateOn, due: from })
      : result('violated', 'activistShort', from, { date: f.candidateOn, due: from })
  }
  if (asOf >= from) return result('passed', 'activistMet', from, { due: from })
  return closed
    ? result('not_applicable', 'closed', from)
    : result('due', 'activistWaiting', from, { due: from })
}

/**
 * Each half-year mark after becoming 入党积极分子, before the admission (or today, or the disqualification),
 * needs a review after the previous mark and on or before it.
 */
function reviewsCheck(f: DevelopmentFacts, asOf: string, closed: boolean): Result {
  const activistOn = f.activistOn
  if (activistOn === null) return notYet()
  const end = f.admittedOn ?? asOf
  const dates = f.reviews.map((r) => r.reviewedOn)
  const reviewedIn = (from: string, to: string) => dates.some((d) => d > from && d <= to)
  let previous = activistOn
  let k = 1
  for (; ; k++) {
    const mark = reviewMark(activistOn, k)
    if (mark >= end) break
    if (!reviewedIn(previous, mark)) return result('violated', 'reviewsMissed', mark, { date: mark })
    previous = mark
  }
  const held = dates.filter((d) => d > activistOn && d <= end).length
  if (f.admittedOn !== null) return result('passed', 'reviewsOk', null, { count: held })
  if (closed) return result('not_applicable', 'closed', null, { count: held })
  // Still 入党积极分子 or 发展对象: the next mark whose half year has no review yet.
  const mark = reviewMark(activistOn, k)
  const next = reviewedIn(previous, mark) ? reviewMark(activistOn, k + 1) : mark
  return result('due', 'reviewsNext', next, { due: next, count: held })
}

function sponsorsCheck(f: DevelopmentFacts, closed: boolean): Result {
  if (f.candidateOn === null) return notYet()
  const needed = DEVELOPMENT_RULES.sponsors
  const count = f.sponsors.filter(
    (s) => s.qualified && (f.admittedOn === null || s.namedOn <= f.admittedOn),
  ).length
  if (count >= needed) return result('passed', 'sponsorsOk', null, { count })
  if (f.admittedOn !== null) return result('violated', 'sponsorsMissing', null, { count, needed })
  return closed
    ? result('not_applicable', 'closed', null, { count })
    : result('due', 'sponsorsDue', null, { count, needed })
}

function trainingCheck(f: DevelopmentFacts, closed: boolean): Result {
  if (f.candidateOn === null) return notYet()
  const params = { days: f.trainingDays ?? 0, hours: f.trainingHours ?? 0 }
  const inTime = f.trainedOn === null || f.admittedOn === null || f.trainedOn <= f.admittedOn
  if (trainingMet(f.trainingDays, f.trainingHours) && inTime)
    return result('passed', 'trainingOk', null, params)
  if (f.admittedOn !== null) return result('violated', 'trainingShort', null, params)
  return closed
    ? result('not_applicable', 'closed', null, params)
    : result('due', 'trainingDue', null, params)
}

function approvalCheck(f: DevelopmentFacts, asOf: string, closed: boolean): Result {
  if (f.admittedOn === null) return notYet()
  const due = addMonths(f.admittedOn, DEVELOPMENT_RULES.approvalMonths)
  const limit = addMonths(f.admittedOn, DEVELOPMENT_RULES.approvalLimitMonths)
  if (f.approvedOn !== null) {
    if (f.approvedOn <= due) return result('passed', 'approvalOk', due, { date: f.approvedOn, due })
    if (f.approvedOn <= limit)
      return result('passed', 'approvalOkLate', due, { date: f.approvedOn, due, limit }, true)
    return result('violated', 'approvalTooLate', limit, { date: f.approvedOn, due, limit })
  }
  if (asOf > limit) return result('violated', 'approvalOverdue', limit, { due, limit })
  if (closed) return result('not_applicable', 'closed', due)
  if (asOf <= due) return result('due', 'approvalDue', due, { due, limit })
  return result('due', 'approvalLate', limit, { due, limit }, true)
}

function probationCheck(f: DevelopmentFacts, asOf: string, closed: boolean): Result {
  if (f.admittedOn === null) return notYet()
  const end = probationEnd(f.admittedOn, f.extensionMonths)
  if (f.fullDecidedOn !== null)
    return result('passed', 'probationOk', end, { date: end, decided: f.fullDecidedOn })
  if (closed) return result('not_applicable', 'closed', end, { due: end })
  return asOf <= end
    ? result('due', 'probationRunning', end, { due: end })
    : result('due', 'probationEnded', end, { due: end }, true)
}

function extensionCheck(f: DevelopmentFacts): Result {
  if (f.admittedOn === null) return notYet()
  if (f.extensionMonths === null) return result('not_applicable', 'notExtended', null)
  const original = originalProbationEnd(f.admittedOn)
  const months = f.extensionMonths
  const decided = f.extensionDecidedOn ?? ''
  const params = { months, date: decided, due: original, end: probationEnd(f.admittedOn, months) }
  const ok =
    months >= DEVELOPMENT_RULES.extensionMinMonths &&
    months <= DEVELOPMENT_RULES.extensionMaxMonths &&
    decided >= f.admittedOn &&
    decided <= original
  return ok
    ? result('passed', 'extensionOk', original, params)
    : result('violated', 'extensionInvalid', original, params)
}

/**
 * Every statutory check of a record on `today`. After 取消资格 the record is judged as it stood that day:
 * what was still to come no longer applies, a violation stays.
 */
export function developmentChecks(f: DevelopmentFacts, today: string): DevelopmentCheck[] {
  const closed = f.disqualifiedOn !== null
  const asOf = f.disqualifiedOn !== null && f.disqualifiedOn < today ? f.disqualifiedOn : today
  const checks: Record<DevelopmentCheckKey, Result> = {
    age: ageCheck(f),
    interview: interviewCheck(f, asOf, closed),
    activistPeriod: activistCheck(f, asOf, closed),
    reviews: reviewsCheck(f, asOf, closed),
    sponsors: sponsorsCheck(f, closed),
    training: trainingCheck(f, closed),
    approval: approvalCheck(f, asOf, closed),
    probation: probationCheck(f, asOf, closed),
    extension: extensionCheck(f),
  }
  return DEVELOPMENT_CHECKS.map((key) => ({ key, ...checks[key] }))
}

const SEVERITY: Record<CheckStatus, number> = { not_applicable: 0, passed: 1, due: 2, violated: 3 }

/** The worst status among the checks: violated, then due, then passed. */
export function worstStatus(checks: readonly DevelopmentCheck[]): CheckStatus {
  return checks.reduce<CheckStatus>(
    (worst, c) => (SEVERITY[c.status] > SEVERITY[worst] ? c.status : worst),
    'not_applicable',
  )
}

/** The earliest dated step still due, if any. */
export function nextDue(checks: readonly DevelopmentCheck[]): DevelopmentCheck | null {
  let next: DevelopmentCheck | null = null
  for (const c of checks) {
    if (c.status !== 'due' || c.dueDate === null) continue
    if (next === null || (next.dueDate !== null && c.dueDate < next.dueDate)) next = c
  }
  return next
}
