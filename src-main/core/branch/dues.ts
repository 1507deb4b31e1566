// 党费: each member's dues bases over time, payments month by month, arrears (欠缴) with the 6-month flag, the
// yearly ledger (党费台账) and its Excel export. The amount rule is shared/dues.ts, the one the forms show live.
//
// Months owed (decided here, shown in the UI hint): a month is owed when the member is on the roster on at least
// one of its days — on its first day, or having joined during it — from the month of their first dues base on.
// A member who leaves during a month still owes it; an exit dated the 1st (the first day off the roster) does not.
// Arrears are the owed, unpaid months BEFORE the current month: the current month is 待缴 until it ends.
import { labelsWith, type Labels } from '../lib/labels'
import type {
  DuesAmounts,
  DuesArrears,
  DuesArrearsRow,
  DuesBase,
  DuesLedger,
  DuesLedgerRow,
  DuesMemberDetail,
  DuesMonthCell,
  DuesPayment,
  DuesRuleSettings,
  ExportFile,
} from '../../shared/entities'
import type { DuesKind } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import {
  CONSENT_MONTHS,
  FLAG_MONTHS,
  MAX_PAYMENT_MONTHS,
  addMonthsTo,
  baseInMonth,
  duesOfMonth,
  fenToYuan,
  firstDayOf,
  hasBase,
  lastDayOf,
  longestRun,
  monthOf,
  monthRange,
  monthlyDuesFen,
  monthsApart,
  monthsOfYear,
  notOwedReason,
  type RosterPeriod,
} from '../../shared/dues'
import type { Actor } from '../context'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { fail, failOnProblems, notice } from '../errors'
import { tableToXlsx, type SheetColumn } from '../lib/excel'
import { isOnRoster } from '../members/roster'
import { defineHandlers } from '../registry'
import { readBranchSettings } from '../system/settings'

interface BaseRow {
  id: number
  member_id: number
  from_month: string
  kind: DuesKind
  base_fen: number | null
  note: string | null
  created_by: string
  created_at: string
  archived_at: string | null
  archive_reason: string | null
}

interface PaymentRow {
  id: number
  member_id: number
  month: string
  amount_fen: number
  computed_fen: number
  override_reason: string | null
  paid_on: string
  batch_id: number | null
  note: string | null
  created_by: string
  created_at: string
  archived_at: string | null
  archive_reason: string | null
}

/** A live base as the rule reads it. */
interface LiveBase {
  fromMonth: string
  kind: DuesKind
  baseFen: number | null
}

const s = cached((db: Database) => ({
  member: db.prepare<[number], { id: number; name: string }>(
    'SELECT id, name FROM party_member WHERE id = ?',
  ),
  periods: db.prepare<[number], RosterPeriod>(
    `SELECT start_date AS startDate, end_date AS endDate FROM party_member_period WHERE member_id = ?
     ORDER BY start_date, id`,
  ),
  allPeriods: db.prepare<[], [number, string, string | null]>(
    'SELECT member_id, start_date, end_date FROM party_member_period ORDER BY member_id, start_date, id',
  ),
  basesOf: db.prepare<[number], BaseRow>(
    'SELECT * FROM dues_base WHERE member_id = ? ORDER BY from_month DESC, id DESC',
  ),
  allLiveBases: db.prepare<[], [number, string, DuesKind, number | null]>(
    'SELECT member_id, from_month, kind, base_fen FROM dues_base WHERE archived_at IS NULL ORDER BY member_id, from_month',
  ),
  baseById: db.prepare<[number], BaseRow>('SELECT * FROM dues_base WHERE id = ?'),
  liveBaseAt: db.prepare<[number, string], BaseRow>(
    'SELECT * FROM dues_base WHERE member_id = ? AND from_month = ? AND archived_at IS NULL',
  ),
  insertBase: db.prepare<{
    memberId: number
    fromMonth: string
    kind: DuesKind
    baseFen: number | null
    note: string | null
    by: string
    at: string
  }>(
    `INSERT INTO dues_base (member_id, from_month, kind, base_fen, note, created_by, created_at)
     VALUES (@memberId, @fromMonth, @kind, @baseFen, @note, @by, @at)`,
  ),
  archiveBase: db.prepare<[string, string, number]>(
    'UPDATE dues_base SET archived_at = ?, archive_reason = ? WHERE id = ?',
  ),
  paymentsOf: db.prepare<[number], PaymentRow>(
    'SELECT * FROM dues_payment WHERE member_id = ? ORDER BY month DESC, id DESC',
  ),
  livePaymentsOf: db.prepare<[number], [string]>(
    'SELECT month FROM dues_payment WHERE member_id = ? AND archived_at IS NULL ORDER BY month',
  ),
  /** Each member's paid months in one string ("2025-01,2025-02,…"): one row per member, not per payment. */
  allLivePaymentMonths: db.prepare<[], [number, string]>(
    'SELECT member_id, group_concat(month) FROM dues_payment WHERE archived_at IS NULL GROUP BY member_id',
  ),
  livePaymentsBetween: db.prepare<{ from: string; to: string }, [number, string, number, string, number]>(
    `SELECT member_id, month, amount_fen, paid_on, id FROM dues_payment
     WHERE month BETWEEN @from AND @to AND archived_at IS NULL`,
  ),
  livePaymentAt: db.prepare<[number, string], PaymentRow>(
    'SELECT * FROM dues_payment WHERE member_id = ? AND month = ? AND archived_at IS NULL',
  ),
  paymentById: db.prepare<[number], PaymentRow>('SELECT * FROM dues_payment WHERE id = ?'),
  insertPayment: db.prepare<{
    memberId: number
    month: string
    amountFen: number
    computedFen: number
    overrideReason: string | null
    paidOn: string
    note: string | null
    by: string
    at: string
  }>(
    `INSERT INTO dues_payment (member_id, month, amount_fen, computed_fen, override_reason, paid_on, note,
       created_by, created_at)
     VALUES (@memberId, @month, @amountFen, @computedFen, @overrideReason, @paidOn, @note, @by, @at)`,
  ),
  setBatch: db.prepare<[number, number, number]>(
    'UPDATE dues_payment SET batch_id = ? WHERE id BETWEEN ? AND ?',
  ),
  archivePayment: db.prepare<[string, string, number]>(
    'UPDATE dues_payment SET archived_at = ?, archive_reason = ? WHERE id = ?',
  ),
  ledgerMembers: db.prepare<{ first: string; last: string; from: string; to: string }, [number, string]>(
    `SELECT m.id, m.name FROM party_member m
     WHERE EXISTS (SELECT 1 FROM party_member_period p WHERE p.member_id = m.id
         AND p.start_date <= @last AND (p.end_date IS NULL OR p.end_date > @first))
       OR EXISTS (SELECT 1 FROM dues_payment d WHERE d.member_id = m.id AND d.archived_at IS NULL
         AND d.month BETWEEN @from AND @to)
     ORDER BY m.name, m.id`,
  ),
  membersWithBase: db.prepare<[], [number, string]>(
    `SELECT m.id, m.name FROM party_member m
     WHERE EXISTS (SELECT 1 FROM dues_base b WHERE b.member_id = m.id AND b.archived_at IS NULL)
     ORDER BY m.name, m.id`,
  ),
}))

/** The dues rules of today's settings. */
export function duesRules(db: Database): DuesRuleSettings {
  const { flatDuesFen, farmerDuesFen, duesRounding } = readBranchSettings(db)
  return { flatDuesFen, farmerDuesFen, duesRounding }
}

function requireMember(db: Database, id: number): { id: number; name: string } {
  const row = s(db).member.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

const liveOf = (rows: readonly BaseRow[]): LiveBase[] =>
  rows
    .filter((r) => r.archived_at === null)
    .map((r) => ({ fromMonth: r.from_month, kind: r.kind, baseFen: r.base_fen }))
    .sort((a, b) => (a.fromMonth < b.fromMonth ? -1 : 1))

function toBase(r: BaseRow, rules: DuesRuleSettings): DuesBase {
  return {
    id: r.id,
    memberId: r.member_id,
    fromMonth: r.from_month,
    kind: r.kind,
    baseFen: r.base_fen,
    monthlyFen: monthlyDuesFen(r.kind, r.base_fen, rules) ?? 0,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    archivedAt: r.archived_at,
    archiveReason: r.archive_reason,
  }
}

function toPayment(r: PaymentRow): DuesPayment {
  return {
    id: r.id,
    memberId: r.member_id,
    month: r.month,
    amountFen: r.amount_fen,
    computedFen: r.computed_fen,
    overrideReason: r.override_reason,
    paidOn: r.paid_on,
    batchId: r.batch_id,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    archivedAt: r.archived_at,
    archiveReason: r.archive_reason,
  }
}

/** What the arrears of one member are computed from. */
interface MemberDues {
  periods: RosterPeriod[]
  bases: LiveBase[]
  /** Months with a live payment. */
  paid: ReadonlySet<string>
}

/**
 * 欠缴 of one member: owed months from their first base up to (not including) the current month, unpaid; and the
 * longest run of consecutive ones (6 or more is flagged).
 */
function arrearsOf(
  member: { id: number; name: string },
  dues: MemberDues,
  currentMonth: string,
  today: string,
  rules: DuesRuleSettings,
): DuesArrearsRow | null {
  const first = dues.bases[0]?.fromMonth
  const firstPeriod = dues.periods[0]?.startDate
  if (!first || !firstPeriod) return null
  const start = first > monthOf(firstPeriod) ? first : monthOf(firstPeriod)
  const months: string[] = []
  let amountFen = 0
  for (const month of monthRange(start, addMonthsTo(currentMonth, -1))) {
    if (dues.paid.has(month)) continue
    const fen = duesOfMonth(dues.periods, dues.bases, month, rules)
    if (fen === null) continue
    months.push(month)
    amountFen += fen
  }
  if (months.length === 0) return null
  const run = longestRun(months)
  return {
    memberId: member.id,
    name: member.name,
    onRoster: dues.periods.some((p) => p.startDate <= today && (p.endDate === null || p.endDate > today)),
    months,
    amountFen,
    longestRun: run.length,
    runFrom: run.from,
    runTo: run.to,
    flagged: run.length >= FLAG_MONTHS,
  }
}

/** A live payment of the ledger's year: amount, date paid, id. */
type PaidCell = [amountFen: number, paidOn: string, id: number]

/**
 * Everyone's periods, live bases and paid months, read in three passes (no query per member); with a year, the
 * payments of its months by `memberId/month` too.
 */
function everyonesDues(
  db: Database,
  year?: { from: string; to: string },
): { all: Map<number, MemberDues>; inYear: Map<string, PaidCell> } {
  const byMember = new Map<number, { periods: RosterPeriod[]; bases: LiveBase[]; paid: Set<string> }>()
  const entry = (id: number) => {
    let e = byMember.get(id)
    if (!e) {
      e = { periods: [], bases: [], paid: new Set() }
      byMember.set(id, e)
    }
    return e
  }
  for (const [id, startDate, endDate] of s(db).allPeriods.raw().all())
    entry(id).periods.push({ startDate, endDate })
  for (const [id, fromMonth, kind, baseFen] of s(db).allLiveBases.raw().all())
    entry(id).bases.push({ fromMonth, kind, baseFen })
  for (const [id, months] of s(db).allLivePaymentMonths.raw().all())
    entry(id).paid = new Set(months.split(','))
  const inYear = new Map<string, PaidCell>()
  if (year) {
    for (const [id, month, amountFen, paidOn, paymentId] of s(db).livePaymentsBetween.raw().all(year))
      inYear.set(`${id}/${month}`, [amountFen, paidOn, paymentId])
  }
  return { all: byMember, inYear }
}

const NO_DUES: MemberDues = { periods: [], bases: [], paid: new Set() }

/** 欠缴 of everyone with any, flagged first, then the most months. */
export function duesArrears(db: Database, today: string): DuesArrears {
  const currentMonth = monthOf(today)
  const rules = duesRules(db)
  const { all } = everyonesDues(db)
  const rows: DuesArrearsRow[] = []
  for (const [id, name] of s(db).membersWithBase.raw().all()) {
    const row = arrearsOf({ id, name }, all.get(id) ?? NO_DUES, currentMonth, today, rules)
    if (row) rows.push(row)
  }
  rows.sort(
    (a, b) =>
      Number(b.flagged) - Number(a.flagged) ||
      b.months.length - a.months.length ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : a.memberId - b.memberId),
  )
  return {
    currentMonth,
    rows,
    totalFen: rows.reduce((n, r) => n + r.amountFen, 0),
    flaggedCount: rows.filter((r) => r.flagged).length,
  }
}

const zero = (): DuesAmounts => ({ dueFen: 0, paidFen: 0, arrearsFen: 0 })

/** 党费台账 of a year: every member on the roster at some time in it (or with a payment for it) × 12 months. */
export function duesLedger(db: Database, year: number, today: string): DuesLedger {
  const currentMonth = monthOf(today)
  const rules = duesRules(db)
  const months = monthsOfYear(year)
  const first = months[0] ?? `${year}-01`
  const last = months[11] ?? `${year}-12`
  const { all, inYear: payments } = everyonesDues(db, { from: first, to: last })
  const monthTotals = months.map((month) => ({ month, ...zero() }))
  const totals = zero()
  let withoutBase = 0
  const rows: DuesLedgerRow[] = s(db)
    .ledgerMembers.raw()
    .all({ first: firstDayOf(first), last: lastDayOf(last), from: first, to: last })
    .map(([memberId, name]) => {
      const dues = all.get(memberId) ?? NO_DUES
      if (dues.bases.length === 0) withoutBase++
      const sums = zero()
      const cells: DuesMonthCell[] = months.map((month, i) => {
        const payment = payments.get(`${memberId}/${month}`)
        const reason = notOwedReason(dues.periods, dues.bases, month)
        const base = reason ? null : baseInMonth(dues.bases, month)
        const dueFen = base ? monthlyDuesFen(base.kind, base.baseFen, rules) : null
        const cell: DuesMonthCell = {
          month,
          state: payment
            ? 'paid'
            : (reason ?? (month < currentMonth ? 'arrears' : month === currentMonth ? 'due' : 'upcoming')),
          dueFen,
          paidFen: payment?.[0] ?? null,
          paidOn: payment?.[1] ?? null,
          paymentId: payment?.[2] ?? null,
        }
        const t = monthTotals[i] ?? zero()
        if (dueFen !== null && month <= currentMonth) {
          sums.dueFen += dueFen
          t.dueFen += dueFen
        }
        if (cell.paidFen !== null) {
          sums.paidFen += cell.paidFen
          t.paidFen += cell.paidFen
        }
        if (cell.state === 'arrears' && dueFen !== null) {
          sums.arrearsFen += dueFen
          t.arrearsFen += dueFen
        }
        return cell
      })
      totals.dueFen += sums.dueFen
      totals.paidFen += sums.paidFen
      totals.arrearsFen += sums.arrearsFen
      // The category shown: the base in force this month, or in the year's last month for a past year.
      const shownMonth = currentMonth < first ? first : currentMonth > last ? last : currentMonth
      const base = baseInMonth(dues.bases, shownMonth) ?? baseInMonth(dues.bases, last)
      const arrears = arrearsOf({ id: memberId, name }, dues, currentMonth, today, rules)
      return {
        memberId,
        name,
        kind: base?.kind ?? null,
        monthlyFen: base ? monthlyDuesFen(base.kind, base.baseFen, rules) : null,
        months: cells,
        ...sums,
        flagged: arrears?.flagged ?? false,
      }
    })
  return { year, currentMonth, rules, rows, monthTotals, totals, withoutBase }
}

/** One member's bases, payments and arrears. */
export function duesMember(db: Database, memberId: number, today: string): DuesMemberDetail {
  const member = requireMember(db, memberId)
  const currentMonth = monthOf(today)
  const rules = duesRules(db)
  const periods = s(db).periods.all(memberId)
  const baseRows = s(db).basesOf.all(memberId)
  const live = liveOf(baseRows)
  const paid = new Set(
    s(db)
      .livePaymentsOf.raw()
      .all(memberId)
      .map(([m]) => m),
  )
  const current = baseInMonth(
    baseRows
      .filter((r) => r.archived_at === null)
      .map((r) => ({ row: r, fromMonth: r.from_month, kind: r.kind, baseFen: r.base_fen })),
    currentMonth,
  )?.row
  return {
    memberId,
    name: member.name,
    onRosterNow: isOnRoster(db, memberId, today),
    periods,
    rules,
    currentMonth,
    current: current ? toBase(current, rules) : null,
    bases: baseRows.map((r) => toBase(r, rules)),
    payments: s(db).paymentsOf.all(memberId).map(toPayment),
    arrears: arrearsOf(member, { periods, bases: live, paid }, currentMonth, today, rules),
  }
}

// ---- writes ----

/** The base must suit the category: 在职 and 离退休 have one, the flat categories none. */
function checkBase(kind: DuesKind, baseFen: number | null, fields: Record<string, Notice>): void {
  if (hasBase(kind) && baseFen === null)
    fields.baseFen = notice(kind === 'employed' ? 'dues.baseRequiredEmployed' : 'dues.baseRequiredRetired')
  if (!hasBase(kind) && baseFen !== null) fields.baseFen = notice('dues.baseNotUsed')
}

/**
 * The audit's picture of a base. The amount of the base is left out: income is sensitive personal data
 * (domain.md §5) and the 操作日志 is read by the administrator too, who may not see dues.
 */
const baseAudit = (memberName: string, r: { from_month: string; kind: DuesKind; note: string | null }) => ({
  member: memberName,
  fromMonth: r.from_month,
  kind: r.kind,
  note: r.note,
})

interface PayDraft {
  memberId: number
  fromMonth: string
  toMonth: string
  paidOn: string
  overrides: { month: string; amountFen: number }[]
  overrideReason: string | null
  note: string | null
  acceptWarnings: boolean
}

/** Checks a payment; returns the months with the amount to record and the amount computed for each. */
function checkPayment(
  db: Database,
  member: { id: number; name: string },
  draft: PayDraft,
  today: string,
): { month: string; amountFen: number; computedFen: number }[] {
  const fields: Record<string, Notice> = {}
  const warnings: Record<string, Notice> = {}
  if (draft.paidOn > today) fields.paidOn = notice('dues.paidOnFuture', { today })
  const count = monthsApart(draft.fromMonth, draft.toMonth) + 1
  if (count < 1) fields.toMonth = notice('dues.monthRangeReversed', { from: draft.fromMonth })
  else if (count > MAX_PAYMENT_MONTHS)
    fields.toMonth = notice('dues.tooManyMonths', { max: MAX_PAYMENT_MONTHS, count })
  if (Object.keys(fields).length > 0) failOnProblems(fields, warnings, false)

  const months = monthRange(draft.fromMonth, draft.toMonth)
  const periods = s(db).periods.all(member.id)
  const bases = liveOf(s(db).basesOf.all(member.id))
  const rules = duesRules(db)
  const lines: { month: string; amountFen: number; computedFen: number }[] = []
  if (bases.length === 0) fields.fromMonth = notice('dues.noBaseAtAll', { name: member.name })
  else {
    for (const month of months) {
      const reason = notOwedReason(periods, bases, month)
      const paid = s(db).livePaymentAt.get(member.id, month)
      if (reason === 'off_roster') fields.months ??= notice('dues.offRoster', { name: member.name, month })
      else if (reason === 'no_base')
        fields.months ??= notice('dues.noBase', {
          name: member.name,
          month,
          first: bases[0]?.fromMonth ?? '',
        })
      else if (paid)
        fields.months ??= notice('dues.alreadyPaid', { name: member.name, month, date: paid.paid_on })
      const computedFen = duesOfMonth(periods, bases, month, rules) ?? 0
      const override = draft.overrides.find((o) => o.month === month)
      lines.push({ month, computedFen, amountFen: override?.amountFen ?? computedFen })
    }
  }
  const outside = draft.overrides.find((o) => !months.includes(o.month))
  if (outside) fields.overrides = notice('dues.overrideOutside', { month: outside.month })
  else if (!draft.overrideReason && lines.some((l) => l.amountFen !== l.computedFen))
    fields.overrideReason = notice('dues.overrideReasonRequired')

  // 提前或补缴 more than 6 months from the month paid in: allowed with the branch's consent (需经支部同意).
  const paidMonth = monthOf(draft.paidOn)
  const ahead = monthsApart(paidMonth, draft.toMonth)
  const behind = monthsApart(draft.fromMonth, paidMonth)
  if (ahead > CONSENT_MONTHS)
    warnings.toMonth = notice('dues.aheadNeedsConsent', { month: draft.toMonth, paidMonth, months: ahead })
  if (behind > CONSENT_MONTHS)
    warnings.fromMonth = notice('dues.behindNeedsConsent', {
      month: draft.fromMonth,
      paidMonth,
      months: behind,
    })
  failOnProblems(fields, warnings, draft.acceptWarnings)
  return lines
}

const requireBase = (db: Database, id: number): BaseRow => {
  const row = s(db).baseById.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

const actorName = (actor: Actor): string => actor.name

// ---- export ----

/** zh-CN words when the caller sent none (the command line, tests). */
const DEFAULT_LABELS: Labels = {
  'title.ledger': '{year} 年党费台账',
  'heading.name': '姓名',
  'heading.kind': '党费类别',
  'heading.monthly': '月缴党费（元）',
  'heading.month': '{month} 月',
  'heading.due': '应缴合计（元）',
  'heading.paid': '已缴合计（元）',
  'heading.arrears': '欠缴合计（元）',
  'heading.flag': '连续 6 个月未缴',
  'word.total': '合计',
  'word.yes': '是',
  'state.paid': '已缴',
  'state.arrears': '欠缴',
  'state.due': '待缴',
  'state.upcoming': '未到期',
  'state.no_base': '未登记基数',
  'state.off_roster': '不在册',
  'kind.employed': '在职',
  'kind.retired': '离退休',
  'kind.student': '学生',
  'kind.unemployed': '失业',
  'kind.relief': '低保',
  'kind.farmer': '农民',
}

const label = labelsWith(DEFAULT_LABELS)

/** A month's cell as text: `已缴 15.00`, `欠缴 15.00`, `不在册` … */
function cellText(labels: Labels, cell: DuesMonthCell): string {
  const word = label(labels, `state.${cell.state}`)
  if (cell.state === 'paid') return `${word} ${fenToYuan(cell.paidFen ?? 0)}`
  if (cell.dueFen !== null && cell.state !== 'no_base' && cell.state !== 'off_roster')
    return `${word} ${fenToYuan(cell.dueFen)}`
  return word
}

async function exportLedger(ledger: DuesLedger, labels: Labels): Promise<Buffer> {
  type Row = DuesLedgerRow | { total: true }
  const isTotal = (r: Row): r is { total: true } => 'total' in r
  const columns: SheetColumn<Row>[] = [
    {
      header: label(labels, 'heading.name'),
      value: (r) => (isTotal(r) ? label(labels, 'word.total') : r.name),
    },
    {
      header: label(labels, 'heading.kind'),
      value: (r) => (isTotal(r) || !r.kind ? null : label(labels, `kind.${r.kind}`)),
    },
    {
      header: label(labels, 'heading.monthly'),
      kind: 'money',
      value: (r) => (isTotal(r) ? null : r.monthlyFen),
    },
    ...ledger.monthTotals.map((t, i): SheetColumn<Row> => ({
      header: label(labels, 'heading.month', { month: i + 1 }),
      value: (r) => {
        if (isTotal(r)) return `${label(labels, 'state.paid')} ${fenToYuan(t.paidFen)}`
        const cell = r.months[i]
        return cell ? cellText(labels, cell) : null
      },
    })),
    {
      header: label(labels, 'heading.due'),
      kind: 'money',
      value: (r) => (isTotal(r) ? ledger.totals.dueFen : r.dueFen),
    },
    {
      header: label(labels, 'heading.paid'),
      kind: 'money',
      value: (r) => (isTotal(r) ? ledger.totals.paidFen : r.paidFen),
    },
    {
      header: label(labels, 'heading.arrears'),
      kind: 'money',
      value: (r) => (isTotal(r) ? ledger.totals.arrearsFen : r.arrearsFen),
    },
    {
      header: label(labels, 'heading.flag'),
      value: (r) => (!isTotal(r) && r.flagged ? label(labels, 'word.yes') : null),
    },
  ]
  const rows: Row[] = [...ledger.rows, { total: true }]
  return tableToXlsx(label(labels, 'title.ledger', { year: ledger.year }), columns, rows)
}

export const duesHandlers = defineHandlers({
  'dues.ledger': {
    permission: 'dues.read',
    write: false,
    run: ({ db, clock }, { year }) => duesLedger(db, year, clock.today()),
  },
  'dues.arrears': {
    permission: 'dues.read',
    write: false,
    run: ({ db, clock }) => duesArrears(db, clock.today()),
  },
  'dues.member': {
    permission: 'dues.read',
    write: false,
    run: ({ db, clock }, { memberId }) => duesMember(db, memberId, clock.today()),
  },
  /** A new base from a month on: the earlier ones stay, each in force until the next. */
  'dues.baseSave': {
    permission: 'dues.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const member = requireMember(db, input.memberId)
      const fields: Record<string, Notice> = {}
      checkBase(input.kind, input.baseFen, fields)
      if (s(db).liveBaseAt.get(member.id, input.fromMonth))
        fields.fromMonth = notice('dues.baseMonthTaken', { name: member.name, month: input.fromMonth })
      failOnProblems(fields, {}, false)
      const id = Number(
        s(db).insertBase.run({ ...input, by: actorName(actor), at: clock.timestamp() }).lastInsertRowid,
      )
      audit({
        entity: 'dues_base',
        entityId: id,
        before: null,
        after: baseAudit(member.name, { from_month: input.fromMonth, kind: input.kind, note: input.note }),
      })
      return duesMember(db, member.id, clock.today())
    },
  },
  /** 更正: the wrong base is archived with the reason (it stays in the history) and the right one takes its place. */
  'dues.baseCorrect': {
    permission: 'dues.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const row = requireBase(db, input.id)
      const member = requireMember(db, row.member_id)
      if (row.archived_at) fail('CONFLICT', 'dues.baseArchived', { date: row.archived_at.slice(0, 10) })
      const fields: Record<string, Notice> = {}
      checkBase(input.kind, input.baseFen, fields)
      const taken = s(db).liveBaseAt.get(member.id, input.fromMonth)
      if (taken && taken.id !== row.id)
        fields.fromMonth = notice('dues.baseMonthTaken', { name: member.name, month: input.fromMonth })
      failOnProblems(fields, {}, false)
      const at = clock.timestamp()
      s(db).archiveBase.run(at, input.reason, row.id)
      const id = Number(
        s(db).insertBase.run({
          memberId: member.id,
          fromMonth: input.fromMonth,
          kind: input.kind,
          baseFen: input.baseFen,
          note: row.note,
          by: actorName(actor),
          at,
        }).lastInsertRowid,
      )
      audit({
        entity: 'dues_base',
        entityId: id,
        before: { ...baseAudit(member.name, row), id: row.id },
        after: {
          ...baseAudit(member.name, { from_month: input.fromMonth, kind: input.kind, note: row.note }),
          correctionOf: row.id,
          reason: input.reason,
        },
      })
      return duesMember(db, member.id, clock.today())
    },
  },
  /** 登记缴纳 for one month or several: one row per month, sharing a batch id. */
  'dues.pay': {
    permission: 'dues.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const member = requireMember(db, input.memberId)
      const lines = checkPayment(db, member, input, today)
      const at = clock.timestamp()
      const ids = lines.map((l) =>
        Number(
          s(db).insertPayment.run({
            memberId: member.id,
            month: l.month,
            amountFen: l.amountFen,
            computedFen: l.computedFen,
            overrideReason: l.amountFen === l.computedFen ? null : input.overrideReason,
            paidOn: input.paidOn,
            note: input.note,
            by: actorName(actor),
            at,
          }).lastInsertRowid,
        ),
      )
      const first = ids[0] ?? 0
      s(db).setBatch.run(first, first, ids.at(-1) ?? first)
      audit({
        entity: 'dues_payment',
        entityId: first,
        before: null,
        after: {
          member: member.name,
          paidOn: input.paidOn,
          months: lines.map((l) => ({ month: l.month, amountFen: l.amountFen, computedFen: l.computedFen })),
          totalFen: lines.reduce((n, l) => n + l.amountFen, 0),
          overrideReason: input.overrideReason,
          note: input.note,
          ...(input.acceptWarnings ? { acceptedWarnings: true } : {}),
        },
      })
      return duesMember(db, member.id, today)
    },
  },
  /** 冲正: never deleted; the payment is archived with the reason and the month is unpaid again. */
  'dues.paymentArchive': {
    permission: 'dues.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = s(db).paymentById.get(id)
      if (!row) fail('NOT_FOUND', 'common.notFound')
      if (row.archived_at) fail('CONFLICT', 'dues.paymentArchived', { date: row.archived_at.slice(0, 10) })
      const member = requireMember(db, row.member_id)
      s(db).archivePayment.run(clock.timestamp(), reason, id)
      audit({
        entity: 'dues_payment',
        entityId: id,
        before: { member: member.name, month: row.month, amountFen: row.amount_fen, paidOn: row.paid_on },
        after: { archived: true, reason },
      })
      return duesMember(db, member.id, clock.today())
    },
  },
  /** 导出党费台账: names, categories and amounts only (never an ID number); each export is audited. */
  'dues.export': {
    permission: 'dues.read',
    write: false,
    run: async ({ db, clock, audit }, { year, labels }): Promise<ExportFile> => {
      const today = clock.today()
      const ledger = duesLedger(db, year, today)
      const content = await exportLedger(ledger, labels)
      const title = label(labels, 'title.ledger', { year })
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'duesLedger', year, rows: ledger.rows.length },
      })
      return {
        fileName: `${title}-${today}.xlsx`,
        contentBase64: content.toString('base64'),
        rows: ledger.rows.length,
      }
    },
  },
})
