// 待办提醒 · where the items come from: one collector per kind, each reading its module's records with one
// set-based statement (or the module's own summary function), applying the module's own rule. Nothing is stored:
// fixing the record (recording the 年检, paying the dues, closing the action item …) clears its item on the next read.
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import type { ComplianceSummary } from '../../shared/entities'
import type { EvaluationKind, MeetingKind, TrancheTrigger, VentureStage } from '../../shared/enums'
import type { DevelopmentCheckKey } from '../../shared/development'
import { EXPIRY_WARNING_MONTHS, gradeLabel, inspectionExpected, validityOn } from '../../shared/orgRecords'
import {
  ACTION_ITEM_SOON_DAYS,
  DUE_SOON_DAYS,
  ENDING_SOON_DAYS,
  type ReminderKind,
} from '../../shared/reminders'
import { trancheStates } from '../../shared/venture'
import { complianceSummary } from '../branch/compliance'
import { developmentOverview } from '../branch/development'
import { duesArrears } from '../branch/dues'
import { TERM_REMINDER_MONTHS } from '../branch/profile'
import type { Database } from '../db/open'
import { addDays, addMonths, lastDayOf } from '../lib/dates'

/** One item as its collector finds it; the queue adds the key, severity, permission and handling. */
export interface ReminderDraft {
  kind: ReminderKind
  /** The record the item is about (part of the key): an id, or a composite like `committee-2026`. */
  recordId: string | number
  dueDate: string
  /** Names in the title, in the user's language on screen (`reminders.titles.<kind>`). */
  params: Record<string, string | number>
  /** Where the record is: a route of the renderer. */
  route: string
}

const IN_RESIDENCE = IN_RESIDENCE_STAGES.map((s) => `'${s}'`).join(', ')

/**
 * 入驻协议 ending: a resident in residence whose agreement ends within the 30 days of 分配到期, or has ended while
 * it is still in residence (renew it, or record 出壳/退出).
 */
function agreements(db: Database, today: string): ReminderDraft[] {
  const rows = db
    .prepare(
      `SELECT id, name, agreement_end FROM organization
       WHERE archived_at IS NULL AND stage IN (${IN_RESIDENCE}) AND agreement_end <= ?`,
    )
    .raw()
    .all(addDays(today, ENDING_SOON_DAYS)) as [number, string, string][]
  return rows.map(([id, name, end]) => ({
    kind: 'agreement',
    recordId: id,
    dueDate: end,
    params: { name },
    route: `/organizations/${id}`,
  }))
}

/**
 * 分配 ending: the rule of the space page's 30 天内到期的分配 (`allocation.list` with `endingWithinDays`): not
 * cancelled, the last day today or within the next 30 days. An allocation whose last day has passed has ended.
 */
function allocations(db: Database, today: string): ReminderDraft[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.end_date, u.code, o.name FROM space_allocation a
         JOIN space_unit u ON u.id = a.unit_id JOIN organization o ON o.id = a.organization_id
       WHERE a.cancelled_at IS NULL AND a.end_date >= ? AND a.end_date <= ?`,
    )
    .raw()
    .all(today, addDays(today, ENDING_SOON_DAYS)) as [number, string, string, string][]
  return rows.map(([id, end, unit, name]) => ({
    kind: 'allocation',
    recordId: id,
    dueDate: end,
    params: { name, unit },
    route: '/space/allocations',
  }))
}

/**
 * 年检 due (domain §1): last 年度's 年检 of a registered resident (registered by the end of that 年度,
 * `inspectionExpected`) not recorded; due by 03-31 for a 基金会, by 05-31 (the registrar) for 社会团体 and
 * 民办非企业单位; listed from 30 days before that day, overdue after it until recorded (a new year asks for the
 * next 年度 instead).
 */
function inspections(db: Database, today: string): ReminderDraft[] {
  const year = Number(today.slice(0, 4)) - 1
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.legal_type, o.registered_on FROM organization o
       WHERE o.archived_at IS NULL AND o.stage IN (${IN_RESIDENCE}) AND o.registered_on <= ?
         AND NOT EXISTS (SELECT 1 FROM annual_inspection i
           WHERE i.organization_id = o.id AND i.year = ? AND i.archived_at IS NULL)`,
    )
    .raw()
    .all(`${year}-12-31`, year) as [number, string, string, string][]
  const items: ReminderDraft[] = []
  for (const [id, name, legalType, registeredOn] of rows) {
    if (!inspectionExpected(registeredOn, year)) continue
    const due = `${year + 1}-${legalType === 'foundation' ? '03-31' : '05-31'}`
    if (addDays(today, DUE_SOON_DAYS) < due) continue
    items.push({
      kind: 'inspection',
      recordId: id,
      dueDate: due,
      params: { name, year },
      route: `/organizations/${id}`,
    })
  }
  return items
}

/**
 * 等级评估 expiring: the rating that applies today (the latest rated on or before it, `ratingOn`) within the
 * 6-month warning (`validityOn` = expiring), or lapsed while the organisation is still in residence.
 */
function ratings(db: Database, today: string): ReminderDraft[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, r.id, r.grade, r.valid_until FROM organization o
         JOIN org_rating r ON r.id = (SELECT x.id FROM org_rating x
           WHERE x.organization_id = o.id AND x.archived_at IS NULL AND x.rated_on <= @today
           ORDER BY x.rated_on DESC LIMIT 1)
       WHERE o.archived_at IS NULL AND o.stage IN (${IN_RESIDENCE}) AND r.valid_until <= @warnUntil`,
    )
    .raw()
    .all({ today, warnUntil: addMonths(today, EXPIRY_WARNING_MONTHS) }) as [
    number,
    string,
    number,
    number,
    string,
  ][]
  return rows
    .filter(([, , , , until]) => validityOn(until, today) !== 'valid')
    .map(([orgId, name, id, grade, until]) => ({
      kind: 'rating',
      recordId: id,
      dueDate: until,
      params: { name, grade: gradeLabel(grade) },
      route: `/organizations/${orgId}`,
    }))
}

/** 税前扣除资格 expiring: the latest granted on or before today, within the same 6-month warning, or lapsed. */
function taxQualifications(db: Database, today: string): ReminderDraft[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, t.id, t.valid_until FROM organization o
         JOIN tax_deduction_qualification t ON t.id = (SELECT x.id FROM tax_deduction_qualification x
           WHERE x.organization_id = o.id AND x.archived_at IS NULL AND x.granted_on <= @today
           ORDER BY x.granted_on DESC LIMIT 1)
       WHERE o.archived_at IS NULL AND o.stage IN (${IN_RESIDENCE}) AND t.valid_until <= @warnUntil`,
    )
    .raw()
    .all({ today, warnUntil: addMonths(today, EXPIRY_WARNING_MONTHS) }) as [number, string, number, string][]
  return rows
    .filter(([, , , until]) => validityOn(until, today) !== 'valid')
    .map(([orgId, name, id, until]) => ({
      kind: 'tax',
      recordId: id,
      dueDate: until,
      params: { name },
      route: `/organizations/${orgId}`,
    }))
}

const meetingRecord = (kind: MeetingKind, groupId: number | null) =>
  groupId === null ? kind : `${kind}-${groupId}`

/**
 * 三会一课 short of the minimum (`complianceSummary`, judged by today): per kind (and 党小组), the latest period of
 * this year or last that ended short (overdue from the day after its end; a later short period makes a new item),
 * and the period now running that still needs meetings (due on its last day, listed from 30 days before it).
 */
function meetings(db: Database, today: string): ReminderDraft[] {
  const thisYear = Number(today.slice(0, 4))
  const latestShort = new Map<string, ReminderDraft>()
  let current: ComplianceSummary | null = null
  for (const year of [thisYear - 1, thisYear]) {
    const summary = complianceSummary(db, year, today)
    current = summary
    for (const row of summary.rows) {
      const cells = row.period === 'month' ? row.months : row.period === 'quarter' ? row.quarters : [row.year]
      const size = row.period === 'month' ? 1 : row.period === 'quarter' ? 3 : 12
      const recordId = meetingRecord(row.kind, row.groupId)
      cells.forEach((cell, index) => {
        if (cell.status !== 'shortfall') return
        const end = lastDayOf(`${year}-${String((index + 1) * size).padStart(2, '0')}`)
        latestShort.set(recordId, {
          kind: 'meeting',
          recordId,
          dueDate: end,
          params: { meetingKind: row.kind, group: row.groupName ?? '', needed: cell.required - cell.held },
          route: '/branch/compliance',
        })
      })
    }
  }
  const items = [...latestShort.values()]
  const soon = addDays(today, DUE_SOON_DAYS)
  for (const due of current?.dueNext ?? []) {
    if (due.periodEnd > soon || due.periodStart > today) continue
    items.push({
      kind: 'meeting',
      recordId: meetingRecord(due.kind, due.groupId),
      dueDate: due.periodEnd,
      params: { meetingKind: due.kind, group: due.groupName ?? '', needed: due.needed },
      route: '/branch/compliance',
    })
  }
  return items
}

/** 发展党员 steps due (`developmentOverview`, the development page's 30 days): overdue once their date passed. */
function development(db: Database, today: string): ReminderDraft[] {
  return developmentOverview(db, today, DUE_SOON_DAYS).items.map((i) => ({
    kind: 'development',
    recordId: `${i.recordId}-${i.key satisfies DevelopmentCheckKey}`,
    dueDate: i.dueDate,
    params: { name: i.name, step: i.key },
    route: '/branch/development',
  }))
}

/**
 * 党费欠缴 (`duesArrears`): a member with unpaid owed months before this one, due on the last day of the earliest
 * unpaid month; 连续 6 个月未缴 is named in the item. Paying that month makes a new item for the next one.
 */
function dues(db: Database, today: string): ReminderDraft[] {
  return duesArrears(db, today).rows.map((r) => ({
    kind: 'dues',
    recordId: r.memberId,
    dueDate: lastDayOf(r.months[0] ?? today.slice(0, 7)),
    params: { name: r.name, months: r.months.length, flagged: r.flagged ? 1 : 0 },
    route: '/branch/dues',
  }))
}

/** 待办事项 open and due within 7 days, or past their due date (overdue from the day after it, as the list says). */
function actionItems(db: Database, today: string): ReminderDraft[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.title, i.due_date, o.name FROM coaching_action_item i
         JOIN organization o ON o.id = i.organization_id
       WHERE i.status = 'open' AND i.due_date <= ?`,
    )
    .raw()
    .all(addDays(today, ACTION_ITEM_SOON_DAYS)) as [number, string, string, string][]
  return rows.map(([id, title, due, name]) => ({
    kind: 'actionItem',
    recordId: id,
    dueDate: due,
    params: { name, title },
    route: '/mentoring/actionItems',
  }))
}

/**
 * 公益创投 tranches 受阻 (`trancheStates`): an evaluation the project has reached but not recorded (待评估), or a
 * failed one. Due from the day the project reached its stage. A terminated project's tranches are not listed:
 * nothing can be done about them.
 */
function tranches(db: Database): ReminderDraft[] {
  const projects = db
    .prepare(
      `SELECT p.id, p.title, p.stage, p.stage_date, o.name FROM venture_project p
         JOIN organization o ON o.id = p.organization_id
       WHERE p.archived_at IS NULL AND p.stage NOT IN ('rejected', 'terminated')
         AND EXISTS (SELECT 1 FROM venture_tranche t WHERE t.project_id = p.id AND t.paid_on IS NULL)`,
    )
    .raw()
    .all() as [number, string, VentureStage, string, string][]
  if (projects.length === 0) return []
  const ids = JSON.stringify(projects.map(([id]) => id))
  const trancheRows = db
    .prepare(
      `SELECT project_id, id, seq, trigger, paid_on IS NOT NULL FROM venture_tranche
       WHERE project_id IN (SELECT value FROM json_each(?)) ORDER BY project_id, seq`,
    )
    .raw()
    .all(ids) as [number, number, number, TrancheTrigger, number][]
  const evaluationRows = db
    .prepare(
      `SELECT project_id, kind, result, date, reviewer FROM venture_evaluation
       WHERE archived_at IS NULL AND project_id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(ids) as [number, EvaluationKind, 'pass' | 'fail', string, string][]
  const byProject = new Map<number, { id: number; seq: number; trigger: TrancheTrigger; paid: boolean }[]>()
  for (const [projectId, id, seq, trigger, paid] of trancheRows) {
    const list = byProject.get(projectId) ?? []
    list.push({ id, seq, trigger, paid: paid === 1 })
    byProject.set(projectId, list)
  }
  const evaluations = new Map<
    number,
    { kind: EvaluationKind; result: 'pass' | 'fail'; date: string; reviewer: string }[]
  >()
  for (const [projectId, kind, result, date, reviewer] of evaluationRows) {
    const list = evaluations.get(projectId) ?? []
    list.push({ kind, result, date, reviewer })
    evaluations.set(projectId, list)
  }
  const items: ReminderDraft[] = []
  for (const [projectId, title, stage, stageDate, name] of projects) {
    const list = byProject.get(projectId) ?? []
    const states = trancheStates(stage, list, evaluations.get(projectId) ?? [])
    states.forEach(({ state, hold }, index) => {
      const tranche = list[index]
      if (state !== 'blocked' || !hold || !tranche) return
      if (hold.code !== 'evaluationMissing' && hold.code !== 'evaluationFailed') return
      items.push({
        kind: 'tranche',
        recordId: tranche.id,
        dueDate: hold.code === 'evaluationFailed' ? hold.date : stageDate,
        params: { name, project: title, seq: tranche.seq, hold: `${hold.code}.${hold.kind}` },
        route: '/projects/venture',
      })
    })
  }
  return items
}

/**
 * 换届: the rule of the branch page's termReminder (`branchOverview`, TERM_REMINDER_MONTHS): the term in force (the
 * latest one started by today and not archived) from 6 months before its end. Read here with one statement, not
 * through the whole overview (it reads the roster too); the tests hold the two together.
 */
function term(db: Database, today: string): ReminderDraft[] {
  const current = db
    .prepare(
      `SELECT id, start_date, end_date FROM committee_term WHERE archived_at IS NULL AND start_date <= ?
       ORDER BY start_date DESC, id DESC LIMIT 1`,
    )
    .get(today) as { id: number; start_date: string; end_date: string } | undefined
  if (!current || today < addMonths(current.end_date, -TERM_REMINDER_MONTHS)) return []
  return [
    {
      kind: 'term',
      recordId: current.id,
      dueDate: current.end_date,
      params: { start: current.start_date },
      route: '/branch/profile',
    },
  ]
}

/** Each kind's collector: only the kinds the actor may read are run. */
export const COLLECTORS: Record<ReminderKind, (db: Database, today: string) => ReminderDraft[]> = {
  agreement: agreements,
  allocation: allocations,
  inspection: inspections,
  rating: ratings,
  tax: taxQualifications,
  meeting: meetings,
  development,
  dues,
  actionItem: actionItems,
  tranche: (db) => tranches(db),
  term,
}
