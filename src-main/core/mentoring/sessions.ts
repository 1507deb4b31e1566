// 指导记录, their attachments and 待办事项.
import type { ActionItemPage, CoachingSession, OverdueGroup } from '../../shared/entities'
import type { CoachingDimension, CoachingMode } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import { sessionMinutes } from '../../shared/coaching'
import { actorCan, type Actor } from '../context'
import type { Database } from '../db/open'
import { DomainError, fail, failOnProblems, notice } from '../errors'
import { readAttachment, storeAttachment, type AttachmentMessages } from '../lib/attachments'
import { defineHandlers } from '../registry'
import { Where, likePattern, type SqlParams } from '../db/where'
import { toMinutes } from '../space/intervals'
import {
  ACTION_ITEM_SELECT,
  SESSION_SELECT,
  dimensionBit,
  maskOf,
  mayEditSession,
  mentoringStatements as s,
  toActionItem,
  toAttachment,
  toSessionListItem,
  type ActionItemRow,
  type SessionRow,
} from './repository'

/** The longest session one record may hold. */
export const MAX_SESSION_MINUTES = 12 * 60

function requireSession(db: Database, id: number): SessionRow {
  const row = s(db).sessionById.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** Refuses a change the edit rule does not allow, or any change of an archived record. */
function checkEditable(actor: Actor, row: SessionRow, today: string): void {
  if (row.archived_at) fail('CONFLICT', 'coaching.sessionArchived')
  if (!mayEditSession(actor, row, today))
    fail('FORBIDDEN', 'coaching.notOwnRecord', { date: row.date, mentor: row.mentor_name })
}

export function sessionDetail(db: Database, id: number, actor: Actor, today: string): CoachingSession {
  const row = requireSession(db, id)
  return {
    ...toSessionListItem(row),
    workDone: row.work_done,
    problems: row.problems,
    advice: row.advice,
    feedbackComment: row.feedback_comment,
    actionItems: s(db)
      .itemsOfSession.all(id)
      .map((r) => toActionItem(r, today)),
    attachments: s(db).attachmentsOfSession.all(id).map(toAttachment),
    archiveReason: row.archive_reason,
    editable:
      row.archived_at === null && actorCan(actor, 'mentoring.write') && mayEditSession(actor, row, today),
    updatedAt: row.updated_at,
  }
}

interface SessionDraft {
  organizationId: number
  mentorId: number
  date: string
  startTime: string
  endTime: string
  acceptWarnings: boolean
}

/** Checks shared by create and update; returns the duration in minutes. */
function checkSession(
  db: Database,
  today: string,
  draft: SessionDraft,
  fields: Record<string, Notice>,
  previousMentorId: number | null,
): number {
  const warnings: Record<string, Notice> = {}
  const org = s(db).organizationById.get(draft.organizationId)
  if (!org) fields.organizationId = notice('field.notInList')
  else if (org.archived_at)
    fields.organizationId = notice('coaching.organizationArchived', { name: org.name })
  const mentor = s(db).mentorById.get(draft.mentorId)
  if (!mentor) fields.mentorId = notice('field.notInList')
  else if (mentor.active !== 1 && mentor.id !== previousMentorId)
    fields.mentorId = notice('coaching.mentorInactive', { name: mentor.name })
  if (draft.date > today) fields.date = notice('coaching.dateFuture', { today })
  if (draft.startTime === '24:00') fields.startTime = notice('coaching.startMidnight')
  // The schema has checked both times; only a 24:00 start is left, refused just above.
  const minutes = sessionMinutes(draft.startTime, draft.endTime) ?? 0
  if (!fields.startTime) {
    if (minutes === 0) fields.endTime = notice('coaching.zeroDuration')
    else if (minutes > MAX_SESSION_MINUTES)
      fields.endTime = notice('coaching.sessionTooLong', {
        hours: Math.round((minutes / 60) * 10) / 10,
        max: MAX_SESSION_MINUTES / 60,
      })
  }
  if (org && mentor && Object.keys(fields).length === 0) {
    if (!s(db).pairedOn.get(mentor.id, org.id, draft.date, draft.date)) {
      warnings.mentorId = notice('coaching.notPaired', {
        mentor: mentor.name,
        organization: org.name,
        date: draft.date,
      })
    }
  }
  failOnProblems(fields, warnings, draft.acceptWarnings)
  return minutes
}

const auditView = (d: CoachingSession) => {
  const { actionItems: _i, attachments: _a, editable: _e, openItems: _o, updatedAt: _u, ...rest } = d
  return rest
}

const ATTACHMENT_MESSAGES: AttachmentMessages = {
  unavailable: 'coaching.attachmentsUnavailable',
  unreadable: 'coaching.fileUnreadable',
  tooLarge: 'coaching.fileTooLarge',
  missing: 'coaching.attachmentMissing',
  corrupt: 'coaching.attachmentCorrupt',
}

/** The filters of a session list (on screen and in its export). */
export interface SessionFilter {
  includeArchived?: boolean
  organizationId?: number | undefined
  mentorId?: number | undefined
  from?: string | undefined
  to?: string | undefined
  dimension?: CoachingDimension | undefined
  mode?: CoachingMode | undefined
  search?: string | null | undefined
}

export function sessionWhere(q: SessionFilter): { where: string; params: SqlParams } {
  const w = new Where()
  if (!q.includeArchived) w.add('s.archived_at IS NULL')
  w.when(q.organizationId, 's.organization_id = @organizationId', 'organizationId')
    .when(q.mentorId, 's.mentor_id = @mentorId', 'mentorId')
    .when(q.from, 's.date >= @from', 'from')
    .when(q.to, 's.date <= @to', 'to')
    .when(q.dimension ? dimensionBit(q.dimension) : null, '(s.dimension_mask & @bit) != 0', 'bit')
    .when(q.mode, 's.mode = @mode', 'mode')
    .when(
      q.search ? likePattern(q.search) : null,
      "(s.topics LIKE @like ESCAPE '\\' OR s.work_done LIKE @like ESCAPE '\\' OR s.organization_id IN (SELECT id FROM organization WHERE name LIKE @like ESCAPE '\\'))",
      'like',
    )
  return { where: w.sql, params: w.params }
}

interface ItemFilter {
  status: 'overdue' | 'open' | 'done' | 'cancelled' | 'all'
  mentorId?: number | undefined
  organizationId?: number | undefined
  owner?: 'organization' | 'mentor' | undefined
}

/** WHERE clause of an action-item list: overdue = open and past the due date (the due date itself is on time). */
export function itemWhere(q: ItemFilter, today: string): { where: string; params: SqlParams } {
  const w = new Where()
  if (q.status === 'overdue') w.add("i.status = 'open' AND i.due_date < @today", { today })
  else if (q.status !== 'all') w.add('i.status = @status', { status: q.status })
  w.when(q.mentorId, 'i.mentor_id = @mentorId', 'mentorId')
    .when(q.organizationId, 'i.organization_id = @organizationId', 'organizationId')
    .when(q.owner, 'i.owner = @owner', 'owner')
  return { where: w.sql, params: w.params }
}

export const ITEM_ORDER: Record<ItemFilter['status'], string> = {
  overdue: 'i.due_date, i.id',
  open: 'i.due_date, i.id',
  done: 'i.closed_at DESC, i.id DESC',
  cancelled: 'i.closed_at DESC, i.id DESC',
  all: 'i.due_date DESC, i.id DESC',
}

export const sessionHandlers = defineHandlers({
  'coaching.sessionList': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db }, q) => {
      const { where, params } = sessionWhere(q)
      const total = (
        db.prepare(`SELECT count(*) AS n FROM coaching_session s ${where}`).get(params) as { n: number }
      ).n
      const rows = db
        .prepare(
          `${SESSION_SELECT} ${where} ORDER BY s.date DESC, s.start_min DESC, s.id DESC LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as SessionRow[]
      return { items: rows.map(toSessionListItem), total, page: q.page, pageSize: q.pageSize }
    },
  },
  'coaching.sessionGet': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db, clock, actor }, { id }) => sessionDetail(db, id, actor, clock.today()),
  },
  /** 登记指导记录, with its action items, in one step. */
  'coaching.sessionCreate': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const fields: Record<string, Notice> = {}
      input.actionItems.forEach((item, i) => {
        if (item.dueDate < input.date)
          fields[`actionItems.${i}.dueDate`] = notice('coaching.dueBeforeSession', { date: input.date })
      })
      const minutes = checkSession(db, today, input, fields, null)
      const at = clock.timestamp()
      const id = Number(
        db
          .prepare(
            `INSERT INTO coaching_session (organization_id, mentor_id, date, start_min, end_min, duration_min, mode,
               dimension_mask, dimension_count, topics, work_done, problems, advice, feedback_score, feedback_comment,
               created_by, created_at, updated_at)
             VALUES (@organizationId, @mentorId, @date, @startMin, @endMin, @minutes, @mode, @mask, @count, @topics,
               @workDone, @problems, @advice, @feedbackScore, @feedbackComment, @createdBy, @at, @at)`,
          )
          .run({
            ...input,
            startMin: toMinutes(input.startTime),
            endMin: toMinutes(input.endTime) % 1440,
            minutes,
            mask: maskOf(input.dimensions),
            count: input.dimensions.length,
            createdBy: actor.userId,
            at,
          }).lastInsertRowid,
      )
      for (const item of input.actionItems) {
        s(db).insertItem.run({
          ...item,
          sessionId: id,
          organizationId: input.organizationId,
          mentorId: input.mentorId,
          at,
        })
      }
      const after = sessionDetail(db, id, actor, today)
      audit({
        entity: 'coaching_session',
        entityId: id,
        before: null,
        after: { ...auditView(after), actionItems: input.actionItems },
      })
      return after
    },
  },
  /** Editing follows the edit rule; an administrator's correction keeps the before and after in the audit log. */
  'coaching.sessionUpdate': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const row = requireSession(db, input.id)
      checkEditable(actor, row, today)
      const before = sessionDetail(db, input.id, actor, today)
      const fields: Record<string, Notice> = {}
      const firstDue = before.actionItems
        .filter((i) => i.status === 'open')
        .map((i) => i.dueDate)
        .sort()[0]
      if (firstDue !== undefined && firstDue < input.date)
        fields.date = notice('coaching.sessionAfterItems', { date: firstDue })
      const minutes = checkSession(db, today, input, fields, row.mentor_id)
      db.prepare(
        `UPDATE coaching_session SET organization_id = @organizationId, mentor_id = @mentorId, date = @date,
           start_min = @startMin, end_min = @endMin, duration_min = @minutes, mode = @mode, dimension_mask = @mask,
           dimension_count = @count, topics = @topics, work_done = @workDone, problems = @problems, advice = @advice,
           feedback_score = @feedbackScore, feedback_comment = @feedbackComment, updated_at = @at WHERE id = @id`,
      ).run({
        ...input,
        startMin: toMinutes(input.startTime),
        endMin: toMinutes(input.endTime) % 1440,
        minutes,
        mask: maskOf(input.dimensions),
        count: input.dimensions.length,
        at: clock.timestamp(),
      })
      // The action items follow the record to its organisation and mentor.
      db.prepare(
        'UPDATE coaching_action_item SET organization_id = ?, mentor_id = ? WHERE session_id = ?',
      ).run(input.organizationId, input.mentorId, input.id)
      const after = sessionDetail(db, input.id, actor, today)
      audit({
        entity: 'coaching_session',
        entityId: input.id,
        before: auditView(before),
        after: auditView(after),
      })
      return after
    },
  },
  /** The organisation's feedback often arrives later: whoever receives it records it, in the audit log. */
  'coaching.sessionFeedback': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id, feedbackScore, feedbackComment }) => {
      const row = requireSession(db, id)
      if (row.archived_at) fail('CONFLICT', 'coaching.sessionArchived')
      db.prepare(
        'UPDATE coaching_session SET feedback_score = ?, feedback_comment = ?, updated_at = ? WHERE id = ?',
      ).run(feedbackScore, feedbackComment, clock.timestamp(), id)
      audit({
        entity: 'coaching_session',
        entityId: id,
        before: { feedbackScore: row.feedback_score, feedbackComment: row.feedback_comment },
        after: { feedbackScore, feedbackComment },
      })
      return sessionDetail(db, id, actor, clock.today())
    },
  },
  /** A record made by mistake is archived with a reason; its open items are cancelled with it. */
  'coaching.sessionArchive': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id, reason }) => {
      const today = clock.today()
      const row = requireSession(db, id)
      checkEditable(actor, row, today)
      const at = clock.timestamp()
      db.prepare(
        'UPDATE coaching_session SET archived_at = ?, archive_reason = ?, updated_at = ? WHERE id = ?',
      ).run(at, reason, at, id)
      const cancelled = db
        .prepare(
          `UPDATE coaching_action_item SET status = 'cancelled', closed_at = ?, closed_by = ?, closed_by_id = ?, close_note = ?
             WHERE session_id = ? AND status = 'open'`,
        )
        .run(at, actor.name, actor.userId, `指导记录已归档：${reason}`, id).changes
      audit({
        entity: 'coaching_session',
        entityId: id,
        before: { archivedAt: null },
        after: { archivedAt: at, reason, cancelledItems: cancelled },
      })
      return sessionDetail(db, id, actor, today)
    },
  },
  /** The file's bytes are copied into the data folder under their SHA-256; the original path plays no part. */
  'coaching.attachmentAdd': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit, attachmentsDir }, { sessionId, fileName, contentBase64 }) => {
      const today = clock.today()
      const row = requireSession(db, sessionId)
      checkEditable(actor, row, today)
      const { sha256, sizeBytes } = storeAttachment(attachmentsDir, contentBase64, ATTACHMENT_MESSAGES)
      const id = Number(
        db
          .prepare(
            'INSERT INTO coaching_attachment (session_id, file_name, size_bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(sessionId, fileName, sizeBytes, sha256, clock.timestamp()).lastInsertRowid,
      )
      audit({
        entity: 'coaching_attachment',
        entityId: id,
        before: null,
        after: { sessionId, fileName, sizeBytes, sha256 },
      })
      return sessionDetail(db, sessionId, actor, today)
    },
  },
  /** The bytes back, after checking they still match the recorded hash. */
  'coaching.attachmentGet': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db, attachmentsDir }, { id }) => {
      const row = s(db).attachmentById.get(id)
      if (!row || row.archived_at) fail('NOT_FOUND', 'common.notFound')
      return readAttachment(
        attachmentsDir,
        { fileName: row.file_name, sha256: row.sha256 },
        ATTACHMENT_MESSAGES,
      )
    },
  },
  'coaching.attachmentArchive': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id }) => {
      const row = s(db).attachmentById.get(id)
      if (!row || row.archived_at) fail('NOT_FOUND', 'common.notFound')
      checkEditable(actor, requireSession(db, row.session_id), clock.today())
      db.prepare('UPDATE coaching_attachment SET archived_at = ? WHERE id = ?').run(clock.timestamp(), id)
      audit({
        entity: 'coaching_attachment',
        entityId: id,
        before: toAttachment(row),
        after: { archived: true },
      })
      return sessionDetail(db, row.session_id, actor, clock.today())
    },
  },
  'actionItem.list': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db, clock }, q): ActionItemPage => {
      const today = clock.today()
      const { where, params } = itemWhere(q, today)
      const total = (
        db.prepare(`SELECT count(*) AS n FROM coaching_action_item i ${where}`).get(params) as { n: number }
      ).n
      const items = (
        db
          .prepare(
            `${ACTION_ITEM_SELECT} ${where} ORDER BY ${ITEM_ORDER[q.status]} LIMIT @limit OFFSET @offset`,
          )
          .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as ActionItemRow[]
      ).map((r) => toActionItem(r, today))
      // Per mentor and per organisation: only for open and overdue items (the lists people act on).
      let byMentor: OverdueGroup[] = []
      let byOrganization: OverdueGroup[] = []
      if (q.status === 'overdue' || q.status === 'open') {
        byMentor = db
          .prepare(
            `SELECT g.id, m.name, g.count FROM (SELECT i.mentor_id AS id, count(*) AS count FROM coaching_action_item i ${where}
               GROUP BY i.mentor_id) g JOIN mentor m ON m.id = g.id ORDER BY g.count DESC, m.name`,
          )
          .all(params) as OverdueGroup[]
        byOrganization = db
          .prepare(
            `SELECT g.id, o.name, g.count FROM (SELECT i.organization_id AS id, count(*) AS count FROM coaching_action_item i ${where}
               GROUP BY i.organization_id ORDER BY count DESC LIMIT 50) g JOIN organization o ON o.id = g.id ORDER BY g.count DESC, o.name`,
          )
          .all(params) as OverdueGroup[]
      }
      return { items, total, page: q.page, pageSize: q.pageSize, byMentor, byOrganization }
    },
  },
  'actionItem.add': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const row = requireSession(db, input.sessionId)
      checkEditable(actor, row, today)
      if (input.dueDate < row.date)
        failOnProblems({ dueDate: notice('coaching.dueBeforeSession', { date: row.date }) }, {}, false)
      const id = Number(
        s(db).insertItem.run({
          ...input,
          organizationId: row.organization_id,
          mentorId: row.mentor_id,
          at: clock.timestamp(),
        }).lastInsertRowid,
      )
      audit({ entity: 'coaching_action_item', entityId: id, before: null, after: input })
      return sessionDetail(db, input.sessionId, actor, today)
    },
  },
  /** 关闭: done or cancelled, with when and by whom. */
  'actionItem.close': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id, outcome, note }) => {
      const row = s(db).itemById.get(id)
      if (!row) fail('NOT_FOUND', 'common.notFound')
      if (row.status !== 'open') {
        throw new DomainError({
          code: 'CONFLICT',
          ...notice('coaching.itemClosed', {
            closedAt: (row.closed_at ?? '').slice(0, 16).replace('T', ' '),
            by: row.closed_by ?? '',
          }),
        })
      }
      const at = clock.timestamp()
      db.prepare(
        'UPDATE coaching_action_item SET status = ?, closed_at = ?, closed_by = ?, closed_by_id = ?, close_note = ? WHERE id = ?',
      ).run(outcome, at, actor.name, actor.userId, note, id)
      const after = s(db).itemById.get(id)
      if (!after) fail('NOT_FOUND', 'common.notFound')
      audit({
        entity: 'coaching_action_item',
        entityId: id,
        before: { status: 'open' },
        after: { status: outcome, closedAt: at, closedBy: actor.name, note },
      })
      return toActionItem(after, clock.today())
    },
  },
})
