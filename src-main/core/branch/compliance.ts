// 三会一课合规: for each month, quarter and the year, the minimum number of meetings of each kind (系统设置)
// against the number held; what is due next; and each member's attendance rate.
import type {
  AttendanceReport,
  ComplianceCell,
  ComplianceDue,
  ComplianceRow,
  ComplianceStatus,
  ComplianceSummary,
} from '../../shared/entities'
import { MEETING_KINDS, type CompliancePeriod, type MeetingKind } from '../../shared/enums'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { addDays, firstDayOf, lastDayOf } from '../lib/dates'
import { defineHandlers } from '../registry'
import { readBranchSettings } from '../system/settings'

interface Period {
  start: string
  end: string
  /** Months of the year it spans, 1-based and inclusive. */
  fromMonth: number
  toMonth: number
}

function monthPeriod(year: number, month: number): Period {
  const m = `${year}-${String(month).padStart(2, '0')}`
  return { start: firstDayOf(m), end: lastDayOf(m), fromMonth: month, toMonth: month }
}

function span(year: number, fromMonth: number, toMonth: number): Period {
  return {
    start: monthPeriod(year, fromMonth).start,
    end: monthPeriod(year, toMonth).end,
    fromMonth,
    toMonth,
  }
}

/** The periods of one length in a year, in order. */
function periodsOf(year: number, length: CompliancePeriod): Period[] {
  return length === 'month'
    ? Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1))
    : length === 'quarter'
      ? Array.from({ length: 4 }, (_, i) => span(year, i * 3 + 1, i * 3 + 3))
      : [span(year, 1, 12)]
}

const RANK: Record<CompliancePeriod, number> = { month: 0, quarter: 1, year: 2 }

/** An interval of dates during which something (a committee term, a group) existed; `end` may be open. */
interface Existence {
  start: string
  end: string | null
}
const existsDuring = (spans: readonly Existence[], p: Period) =>
  spans.some((e) => e.start <= p.end && (e.end === null || e.end >= p.start))

const s = cached((db: Database) => ({
  /** Held per month, kinds and group: read from the partial index on (date, kind_mask, group_id). */
  held: db.prepare<{ from: string; to: string }, [number, number, number | null, number]>(
    `SELECT CAST(substr(date, 6, 2) AS INTEGER), kind_mask, group_id, count(*) FROM branch_meeting
     WHERE archived_at IS NULL AND date BETWEEN @from AND @to GROUP BY 1, 2, 3`,
  ),
  /** The branch exists from its founding date, or else from its first member's first day on the roster. */
  firstDay: db.prepare<[], { day: string | null }>(
    `SELECT coalesce((SELECT founded_on FROM party_branch WHERE id = 1),
       (SELECT min(start_date) FROM party_member_period)) AS day`,
  ),
  committeeTerms: db.prepare<[], Existence>(
    `SELECT start_date AS start, end_date AS end FROM committee_term
     WHERE has_committee = 1 AND archived_at IS NULL`,
  ),
  /** Groups as they existed: from the day created until the day archived (not included). */
  groups: db.prepare<
    { from: string; to: string },
    { id: number; name: string; start: string; end: string | null }
  >(
    `SELECT id, name, substr(created_at, 1, 10) AS start, date(substr(archived_at, 1, 10), '-1 day') AS end
     FROM party_group WHERE substr(created_at, 1, 10) <= @to
       AND (archived_at IS NULL OR substr(archived_at, 1, 10) > @from)
     ORDER BY name, id`,
  ),
  /** 应到 and 实到 per member over the year's meetings in force, kept by every save and archive. */
  attendance: db.prepare<[number], [number, number, number, string, string | null]>(
    `SELECT t.member_id, t.expected, t.present, p.name, g.name FROM branch_attendance_tally t
     JOIN party_member p ON p.id = t.member_id LEFT JOIN party_group g ON g.id = p.group_id
     WHERE t.year = ? AND t.expected > 0`,
  ),
}))

/** Meetings held in each month (index 1–12) of a year, per kind and, for 党小组会, per group. */
interface Held {
  byKind: Map<MeetingKind, number[]>
  byGroup: Map<number | null, number[]>
}

function heldIn(db: Database, year: number): Held {
  const byKind = new Map<MeetingKind, number[]>(MEETING_KINDS.map((k) => [k, new Array<number>(13).fill(0)]))
  const byGroup = new Map<number | null, number[]>()
  const groupBit = 1 << MEETING_KINDS.indexOf('group')
  for (const [month, mask, groupId, n] of s(db)
    .held.raw()
    .all({ from: `${year}-01-01`, to: `${year}-12-31` })) {
    MEETING_KINDS.forEach((kind, i) => {
      if (mask & (1 << i)) {
        const months = byKind.get(kind)
        if (months) months[month] = (months[month] ?? 0) + n
      }
    })
    if (mask & groupBit) {
      let months = byGroup.get(groupId)
      if (!months) byGroup.set(groupId, (months = new Array<number>(13).fill(0)))
      months[month] = (months[month] ?? 0) + n
    }
  }
  return { byKind, byGroup }
}

const sumMonths = (months: readonly number[], p: Period) => {
  let n = 0
  for (let m = p.fromMonth; m <= p.toMonth; m++) n += months[m] ?? 0
  return n
}

/** A period of the kind's own length: held against required, judged by today. */
function judge(required: number, held: number, p: Period, today: string): ComplianceStatus {
  if (required === 0) return 'not_required'
  if (held >= required) return 'met'
  if (p.start > today) return 'not_due'
  return p.end >= today ? 'in_progress' : 'shortfall'
}

/** A longer period made of the kind's own periods: short when any part is; in progress until its end. */
function judgeSpan(parts: readonly ComplianceStatus[], p: Period, today: string): ComplianceStatus {
  const required = parts.filter((x) => x !== 'not_required')
  if (required.length === 0) return 'not_required'
  if (required.includes('shortfall')) return 'shortfall'
  if (required.every((x) => x === 'met')) return 'met'
  if (p.start > today) return 'not_due'
  return 'in_progress'
}

interface RowSpec {
  kind: MeetingKind
  groupId: number | null
  groupName: string | null
  period: CompliancePeriod
  count: number
  /** Whether the minimum applies in a period (a committee term, the group existing). */
  applies: (p: Period) => boolean
  months: readonly number[]
}

function buildRow(spec: RowSpec, year: number, today: string): ComplianceRow {
  const own = periodsOf(year, spec.period).map((p) => {
    const required = spec.applies(p) ? spec.count : 0
    const held = sumMonths(spec.months, p)
    return { p, cell: { required, held, status: judge(required, held, p, today) } }
  })
  const cellsOf = (length: CompliancePeriod): ComplianceCell[] =>
    periodsOf(year, length).map((p) => {
      const held = sumMonths(spec.months, p)
      if (RANK[length] < RANK[spec.period]) return { required: 0, held, status: 'not_required' }
      if (length === spec.period) return own.find((o) => o.p.start === p.start)?.cell ?? judgeless(held)
      const parts = own.filter((o) => o.p.start >= p.start && o.p.end <= p.end)
      return {
        required: parts.reduce((n, o) => n + o.cell.required, 0),
        held,
        status: judgeSpan(
          parts.map((o) => o.cell.status),
          p,
          today,
        ),
      }
    })
  return {
    kind: spec.kind,
    groupId: spec.groupId,
    groupName: spec.groupName,
    period: spec.period,
    count: spec.count,
    months: cellsOf('month'),
    quarters: cellsOf('quarter'),
    year: cellsOf('year')[0] ?? judgeless(0),
  }
}

const judgeless = (held: number): ComplianceCell => ({ required: 0, held, status: 'not_required' })

/** The rows of a year: one per kind, and for 党小组会 one per group that existed in it. */
function rowSpecs(db: Database, year: number, held: Held): RowSpec[] {
  const minimums = readBranchSettings(db).meetingMinimums
  // Before the branch had a member (or was founded) no meeting could be held: nothing is required then.
  const firstDay = s(db).firstDay.get()?.day ?? null
  const branchExists = (p: Period) => firstDay !== null && firstDay <= p.end
  const terms = s(db).committeeTerms.all()
  const groups = s(db).groups.all({ from: `${year}-01-01`, to: `${year}-12-31` })
  const none = new Array<number>(13).fill(0)
  const specs: RowSpec[] = []
  for (const kind of MEETING_KINDS) {
    const { period, count } = minimums[kind]
    const base = { kind, period, count, groupId: null, groupName: null }
    if (kind === 'committee') {
      specs.push({
        ...base,
        applies: (p) => branchExists(p) && existsDuring(terms, p),
        months: held.byKind.get(kind) ?? none,
      })
    } else if (kind === 'group' && groups.length > 0) {
      for (const g of groups) {
        specs.push({
          ...base,
          groupId: g.id,
          groupName: g.name,
          applies: (p) => branchExists(p) && existsDuring([g], p),
          months: held.byGroup.get(g.id) ?? none,
        })
      }
    } else if (kind === 'group') {
      specs.push({ ...base, applies: () => false, months: held.byKind.get(kind) ?? none })
    } else {
      specs.push({ ...base, applies: branchExists, months: held.byKind.get(kind) ?? none })
    }
  }
  return specs
}

/** The period of a length that contains `date`, and the one after it. */
function periodAt(date: string, length: CompliancePeriod): Period {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  return (
    periodsOf(year, length).find((p) => p.fromMonth <= month && month <= p.toMonth) ??
    monthPeriod(year, month)
  )
}
const periodAfter = (p: Period, length: CompliancePeriod): Period => periodAt(addDays(p.end, 1), length)

/** For each kind (and group): the nearest period end, from today, by which a meeting is still needed. */
function dueNext(db: Database, today: string, specs: readonly RowSpec[]): ComplianceDue[] {
  const due: ComplianceDue[] = []
  for (const spec of specs) {
    if (spec.count === 0) continue
    const current = periodAt(today, spec.period)
    const next = periodAfter(current, spec.period)
    for (const p of [current, next]) {
      if (!spec.applies(p)) continue
      // Meetings are not recorded ahead of their date: a future period has none held yet.
      const held = p.start > today ? 0 : sumMonths(spec.months, p)
      if (held >= spec.count) continue
      due.push({
        kind: spec.kind,
        groupId: spec.groupId,
        groupName: spec.groupName,
        period: spec.period,
        periodStart: p.start,
        periodEnd: p.end,
        needed: spec.count - held,
      })
      break
    }
  }
  const order = (k: MeetingKind) => MEETING_KINDS.indexOf(k)
  return due.sort((a, b) =>
    a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : order(a.kind) - order(b.kind),
  )
}

export function complianceSummary(db: Database, year: number, today: string): ComplianceSummary {
  const held = heldIn(db, year)
  const specs = rowSpecs(db, year, held)
  const rows = specs.map((spec) => buildRow(spec, year, today))
  const thisYear = Number(today.slice(0, 4))
  // What is due is judged from today, with this year's meetings (the year shown may be another).
  const todaySpecs = thisYear === year ? specs : rowSpecs(db, thisYear, heldIn(db, thisYear))
  const cellsOf = (r: ComplianceRow) =>
    r.period === 'month' ? r.months : r.period === 'quarter' ? r.quarters : [r.year]
  return {
    year,
    today,
    rows,
    shortfalls: rows.reduce((n, r) => n + cellsOf(r).filter((c) => c.status === 'shortfall').length, 0),
    dueNext: dueNext(db, today, todaySpecs),
  }
}

/** Each member's present ÷ expected over the year's meetings they were expected at, lowest first. */
export function attendanceReport(db: Database, year: number): AttendanceReport {
  const rows = s(db)
    .attendance.raw()
    .all(year)
    .map(([memberId, expected, present, name, groupName]) => ({
      memberId,
      name,
      groupName,
      expected,
      present,
      rate: present / expected,
    }))
  rows.sort(
    (a, b) =>
      a.rate - b.rate ||
      b.expected - a.expected ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : a.memberId - b.memberId),
  )
  return { year, rows }
}

export const complianceHandlers = defineHandlers({
  'compliance.summary': {
    permission: 'branch.read',
    write: false,
    run: ({ db, clock }, { year }) => complianceSummary(db, year, clock.today()),
  },
  'compliance.attendance': {
    permission: 'branch.read',
    write: false,
    run: ({ db }, { year }) => attendanceReport(db, year),
  },
})
