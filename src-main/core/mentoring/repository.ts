// 陪伴指导 storage: rows in snake_case, entities in camelCase, converted here. Dimensions are a bit mask.
import type {
  ActionItem,
  CoachingAttachment,
  CoachingSessionListItem,
  Mentor,
  Pairing,
} from '../../shared/entities'
import {
  COACHING_DIMENSIONS,
  type ActionOwner,
  type ActionStatus,
  type CoachingDimension,
  type CoachingMode,
  type MentorKind,
  type ServiceArea,
} from '../../shared/enums'
import { hoursOf } from '../../shared/coaching'
import type { Actor } from '../context'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { daysBetween } from '../lib/dates'
import { toClock } from '../space/intervals'

export const dimensionBit = (d: CoachingDimension): number => 1 << COACHING_DIMENSIONS.indexOf(d)
export const maskOf = (dims: readonly CoachingDimension[]): number =>
  dims.reduce((m, d) => m | dimensionBit(d), 0)
export const dimensionsOf = (mask: number): CoachingDimension[] =>
  COACHING_DIMENSIONS.filter((d) => (mask & dimensionBit(d)) !== 0)
export const dimensionOfBit = (bit: number): CoachingDimension =>
  COACHING_DIMENSIONS[Math.log2(bit)] ?? 'capacity'

export { hoursOf }

export interface MentorRow {
  id: number
  name: string
  kind: MentorKind
  phone: string | null
  organization_name: string | null
  dimension_mask: number
  service_areas: string
  monthly_capacity_min: number
  active: number
  account_id: number | null
  account_name: string | null
  note: string | null
  paired: number
  planned_min: number
  month_min: number
}

/** Mentors with today's pairings and this month's minutes (`@today`, `@monthStart`, `@monthEnd`). */
export const MENTOR_SELECT = `
  SELECT m.*, a.display_name AS account_name,
    (SELECT count(DISTINCT p.organization_id) FROM mentor_pairing p WHERE p.mentor_id = m.id AND p.cancelled_at IS NULL
       AND p.start_date <= @today AND coalesce(p.end_date, '9999-12-31') >= @today) AS paired,
    (SELECT coalesce(sum(p.monthly_min), 0) FROM mentor_pairing p WHERE p.mentor_id = m.id AND p.cancelled_at IS NULL
       AND p.start_date <= @today AND coalesce(p.end_date, '9999-12-31') >= @today) AS planned_min,
    (SELECT coalesce(sum(s.duration_min), 0) FROM coaching_session s WHERE s.mentor_id = m.id AND s.archived_at IS NULL
       AND s.date BETWEEN @monthStart AND @monthEnd) AS month_min
  FROM mentor m LEFT JOIN app_user a ON a.id = m.account_id`

export function toMentor(r: MentorRow): Mentor {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    phone: r.phone,
    affiliation: r.organization_name,
    dimensions: dimensionsOf(r.dimension_mask),
    serviceAreas: JSON.parse(r.service_areas) as ServiceArea[],
    monthlyCapacityHours: hoursOf(r.monthly_capacity_min),
    active: r.active === 1,
    accountId: r.account_id,
    accountName: r.account_name,
    note: r.note,
    pairedOrganizations: r.paired,
    plannedHours: hoursOf(r.planned_min),
    hoursThisMonth: hoursOf(r.month_min),
  }
}

export interface PairingRow {
  id: number
  mentor_id: number
  mentor_name: string
  organization_id: number
  organization_name: string
  dimension_mask: number
  start_date: string
  end_date: string | null
  monthly_min: number
  note: string | null
}

export const PAIRING_SELECT = `
  SELECT p.*, m.name AS mentor_name, o.name AS organization_name
  FROM mentor_pairing p JOIN mentor m ON m.id = p.mentor_id JOIN organization o ON o.id = p.organization_id`

export function toPairing(r: PairingRow, on: string): Pairing {
  return {
    id: r.id,
    mentorId: r.mentor_id,
    mentorName: r.mentor_name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    dimensions: dimensionsOf(r.dimension_mask),
    startDate: r.start_date,
    endDate: r.end_date,
    monthlyHours: hoursOf(r.monthly_min),
    note: r.note,
    active: r.start_date <= on && (r.end_date ?? '9999-12-31') >= on,
  }
}

export interface SessionRow {
  id: number
  organization_id: number
  organization_name: string
  mentor_id: number
  mentor_name: string
  mentor_account_id: number | null
  date: string
  start_min: number
  end_min: number
  duration_min: number
  mode: CoachingMode
  dimension_mask: number
  topics: string
  work_done: string
  problems: string | null
  advice: string | null
  feedback_score: number | null
  feedback_comment: string | null
  archived_at: string | null
  archive_reason: string | null
  updated_at: string
  open_items: number
}

export const SESSION_SELECT = `
  SELECT s.*, o.name AS organization_name, m.name AS mentor_name, m.account_id AS mentor_account_id,
    (SELECT count(*) FROM coaching_action_item i WHERE i.session_id = s.id AND i.status = 'open') AS open_items
  FROM coaching_session s JOIN organization o ON o.id = s.organization_id JOIN mentor m ON m.id = s.mentor_id`

export function toSessionListItem(r: SessionRow): CoachingSessionListItem {
  return {
    id: r.id,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    mentorId: r.mentor_id,
    mentorName: r.mentor_name,
    date: r.date,
    startTime: toClock(r.start_min),
    endTime: toClock(r.end_min),
    endsNextDay: r.end_min <= r.start_min,
    durationMinutes: r.duration_min,
    mode: r.mode,
    dimensions: dimensionsOf(r.dimension_mask),
    topics: r.topics,
    feedbackScore: r.feedback_score,
    openItems: r.open_items,
    archived: r.archived_at !== null,
  }
}

export interface ActionItemRow {
  id: number
  session_id: number
  session_date: string
  organization_id: number
  organization_name: string
  mentor_id: number
  mentor_name: string
  title: string
  owner: ActionOwner
  due_date: string
  status: ActionStatus
  closed_at: string | null
  closed_by: string | null
  close_note: string | null
}

export const ACTION_ITEM_SELECT = `
  SELECT i.*, s.date AS session_date, o.name AS organization_name, m.name AS mentor_name
  FROM coaching_action_item i JOIN coaching_session s ON s.id = i.session_id
  JOIN organization o ON o.id = i.organization_id JOIN mentor m ON m.id = i.mentor_id`

/** An open item is overdue from the day after its due date: on the due date itself it is still on time. */
export function toActionItem(r: ActionItemRow, today: string): ActionItem {
  return {
    id: r.id,
    sessionId: r.session_id,
    sessionDate: r.session_date,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    mentorId: r.mentor_id,
    mentorName: r.mentor_name,
    title: r.title,
    owner: r.owner,
    dueDate: r.due_date,
    status: r.status,
    overdueDays: r.status === 'open' ? Math.max(0, daysBetween(r.due_date, today)) : 0,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    closeNote: r.close_note,
  }
}

export interface AttachmentRow {
  id: number
  session_id: number
  file_name: string
  size_bytes: number
  sha256: string
  archived_at: string | null
  created_at: string
}

export const toAttachment = (r: AttachmentRow): CoachingAttachment => ({
  id: r.id,
  sessionId: r.session_id,
  fileName: r.file_name,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  createdAt: r.created_at,
})

export const mentoringStatements = cached((db: Database) => ({
  mentorById: db.prepare<
    [number],
    { id: number; name: string; active: number; account_id: number | null; monthly_capacity_min: number }
  >('SELECT id, name, active, account_id, monthly_capacity_min FROM mentor WHERE id = ?'),
  organizationById: db.prepare<
    [number],
    { id: number; name: string; archived_at: string | null; stage: string }
  >('SELECT id, name, archived_at, stage FROM organization WHERE id = ?'),
  sessionById: db.prepare<[number], SessionRow>(`${SESSION_SELECT} WHERE s.id = ?`),
  itemsOfSession: db.prepare<[number], ActionItemRow>(
    `${ACTION_ITEM_SELECT} WHERE i.session_id = ? ORDER BY i.due_date, i.id`,
  ),
  attachmentsOfSession: db.prepare<[number], AttachmentRow>(
    'SELECT * FROM coaching_attachment WHERE session_id = ? AND archived_at IS NULL ORDER BY id',
  ),
  attachmentById: db.prepare<[number], AttachmentRow>('SELECT * FROM coaching_attachment WHERE id = ?'),
  itemById: db.prepare<[number], ActionItemRow>(`${ACTION_ITEM_SELECT} WHERE i.id = ?`),
  insertItem: db.prepare(
    `INSERT INTO coaching_action_item (session_id, organization_id, mentor_id, title, owner, due_date, created_at)
     VALUES (@sessionId, @organizationId, @mentorId, @title, @owner, @dueDate, @at)`,
  ),
  pairedOn: db.prepare<[number, number, string, string], { id: number }>(
    `SELECT id FROM mentor_pairing WHERE mentor_id = ? AND organization_id = ? AND cancelled_at IS NULL
       AND start_date <= ? AND coalesce(end_date, '9999-12-31') >= ? LIMIT 1`,
  ),
}))

/** 管理员 (or the system itself) may correct any record. */
export const isAdministrator = (actor: Actor): boolean =>
  actor.permissions === 'all' || actor.roles.includes('admin')

/**
 * The edit rule: on the session's day (and before) any mentor may edit the record; from the next day only the
 * record's own mentor (the account linked to that mentor) or an administrator.
 */
export function mayEditSession(
  actor: Actor,
  session: Pick<SessionRow, 'date' | 'mentor_account_id'>,
  today: string,
): boolean {
  if (isAdministrator(actor) || today <= session.date) return true
  return actor.userId !== null && session.mentor_account_id === actor.userId
}
