// 示例数据 for 党费: a dues base for every member on the roster (and those who left in the last two years) —
// employed, retired, students and farmers, a few raises — and payments for most months of the last two years:
// most pay monthly, some by the quarter, a few are a month or two behind, and one has paid nothing for 8 months
// (连续 6 个月未缴, flagged). Runs after the branch's own demo members; deterministic for a given "today".
import type { DuesKind } from '../../shared/enums'
import {
  addMonthsTo,
  duesOfMonth,
  monthOf,
  monthRange,
  type BaseLike,
  type RosterPeriod,
} from '../../shared/dues'
import type { Database } from '../db/open'
import { seededRandom } from '../lib/random'
import { memberPeriods, rosterOn } from '../members/roster'
import { readBranchSettings } from '../system/settings'

export interface DemoDuesOptions {
  today: string
  timestamp: string
  seed?: number
}

const BY = '示例数据'

/** How a demo member pays. */
type Habit = 'monthly' | 'quarterly' | 'behind' | 'stopped'

export function loadDemoDues(db: Database, options: DemoDuesOptions): { duesPayments: number } {
  const random = seededRandom(options.seed ?? 606)
  const { today, timestamp } = options
  const currentMonth = monthOf(today)
  const windowStart = addMonthsTo(currentMonth, -23)
  const settings = readBranchSettings(db)
  const rules = {
    flatDuesFen: settings.flatDuesFen,
    farmerDuesFen: settings.farmerDuesFen,
    duesRounding: settings.duesRounding,
  }
  // Everyone on the roster today, then those who left during the last two years.
  const onRoster = rosterOn(db, today).map((r) => r.memberId)
  const left = db
    .prepare(
      `SELECT DISTINCT member_id FROM party_member_period WHERE end_date > ? AND end_date <= ?
       AND member_id NOT IN (SELECT member_id FROM party_member_period WHERE end_date IS NULL)
       ORDER BY member_id`,
    )
    .pluck()
    .all(`${windowStart}-01`, today) as number[]
  const birthOf = db.prepare<[number], string>('SELECT birth_date FROM party_member WHERE id = ?').pluck()
  const insertBase = db.prepare(
    `INSERT INTO dues_base (member_id, from_month, kind, base_fen, note, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertPayment = db.prepare(
    `INSERT INTO dues_payment (member_id, month, amount_fen, computed_fen, paid_on, batch_id, note, created_by,
       created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const setBatch = db.prepare('UPDATE dues_payment SET batch_id = ? WHERE id = ?')
  let payments = 0
  let stoppedChosen = false
  let working = 0

  const members = [...onRoster, ...left]
  members.forEach((memberId, index) => {
    const periods: RosterPeriod[] = memberPeriods(db, memberId).map((p) => ({
      startDate: p.start_date,
      endDate: p.end_date,
    }))
    const firstMonth = monthOf(periods[0]?.startDate ?? today)
    const from = firstMonth > windowStart ? firstMonth : windowStart
    const age = Number(today.slice(0, 4)) - Number((birthOf.get(memberId) ?? '1980').slice(0, 4))
    // Retired from 60, students under 24; of the others every eighth (from the 4th) a farmer, one unemployed.
    let kind: DuesKind = age >= 60 ? 'retired' : age < 24 ? 'student' : 'employed'
    if (kind === 'employed') {
      working++
      if (working % 8 === 4) kind = 'farmer'
      else if (working === 7) kind = 'unemployed'
    }
    const bases = demoBases(kind, index, from, currentMonth, random)
    for (const b of bases) insertBase.run(memberId, b.fromMonth, b.kind, b.baseFen, b.note, BY, timestamp)

    // One member on the roster for a year at least stopped paying 8 months ago; every seventh is a month or
    // two behind; every third pays a quarter at a time, at its start (ahead, within 6 months); the others monthly.
    const stillOn = index < onRoster.length
    let habit: Habit = index % 7 === 5 ? 'behind' : index % 3 === 1 ? 'quarterly' : 'monthly'
    if (!stoppedChosen && stillOn && index >= 3 && from <= addMonthsTo(currentMonth, -12)) {
      habit = 'stopped'
      stoppedChosen = true
    }
    const quarterEnd = `${currentMonth.slice(0, 4)}-${String(Math.ceil(Number(currentMonth.slice(5, 7)) / 3) * 3).padStart(2, '0')}`
    const lastPaid =
      habit === 'stopped'
        ? addMonthsTo(currentMonth, -9)
        : habit === 'behind'
          ? addMonthsTo(currentMonth, index % 2 === 0 ? -2 : -3)
          : habit === 'quarterly'
            ? quarterEnd
            : currentMonth
    const owed = monthRange(from, lastPaid).filter((m) => duesOfMonth(periods, bases, m, rules) !== null)
    // Batches: a quarter's months together, paid in the quarter's first month; otherwise each month by itself.
    const batches = new Map<string, string[]>()
    for (const month of owed) {
      const key =
        habit === 'quarterly' ? `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}` : month
      batches.set(key, [...(batches.get(key) ?? []), month])
    }
    for (const months of batches.values()) {
      const first = months[0] ?? currentMonth
      const day = 3 + Math.floor(random() * 20)
      const paidOn = `${first}-${String(day).padStart(2, '0')}`
      // This month's dues are not all in yet: only those whose day has come.
      if (paidOn > today) continue
      let batchId: number | null = null
      for (const month of months) {
        const fen = duesOfMonth(periods, bases, month, rules) ?? 0
        const id: number = Number(
          insertPayment.run(memberId, month, fen, fen, paidOn, batchId, null, BY, timestamp).lastInsertRowid,
        )
        if (batchId === null) {
          batchId = id
          setBatch.run(id, id)
        }
        payments++
      }
    }
  })
  return { duesPayments: payments }
}

interface DemoBase extends BaseLike {
  note: string | null
}

/** A member's bases: the flat categories one; employed and retired a base, every other employed a raise. */
function demoBases(
  kind: DuesKind,
  index: number,
  from: string,
  currentMonth: string,
  random: () => number,
): DemoBase[] {
  if (kind !== 'employed' && kind !== 'retired') return [{ fromMonth: from, kind, baseFen: null, note: null }]
  // Bases in whole 元 with some 角 and 分: 2,800–12,800 元 pay, 3,200–7,200 元 pensions.
  const yuan = kind === 'employed' ? 2800 + Math.floor(random() * 10_000) : 3200 + Math.floor(random() * 4000)
  const first: DemoBase = {
    fromMonth: from,
    kind,
    baseFen: yuan * 100 + Math.floor(random() * 100),
    note: null,
  }
  const bases = [first]
  // Every other employed member had a raise in January of this year (when it is in the window).
  const raiseMonth = `${currentMonth.slice(0, 4)}-01`
  if (kind === 'employed' && index % 2 === 0 && raiseMonth > from && raiseMonth <= currentMonth) {
    bases.push({
      fromMonth: raiseMonth,
      kind,
      baseFen: Math.round(((first.baseFen ?? 0) * 108) / 100),
      note: '年度调资',
    })
  }
  return bases
}
