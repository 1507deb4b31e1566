// 指导计划 (goals per dimension) and 能力评估 (1–5 per dimension, with the sessions that justify it).
import type { CapabilityAssessment, CoachingGoal } from '../../shared/entities'
import { COACHING_DIMENSIONS, type AssessmentOccasion, type GoalStatus, type Stage } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { fail, failOnProblems, notice } from '../errors'
import { defineHandlers } from '../registry'
import { dimensionBit, dimensionOfBit, hoursOf, mentoringStatements as s } from './repository'

interface GoalRow {
  id: number
  organization_id: number
  dimension: number
  title: string
  target_date: string
  status: GoalStatus
  progress: number
  note: string | null
  created_at: string
  session_count: number
  session_min: number
}

const GOAL_SELECT = `
  SELECT g.*,
    (SELECT count(*) FROM coaching_session s WHERE s.organization_id = g.organization_id AND s.archived_at IS NULL
       AND (s.dimension_mask & g.dimension) != 0 AND s.date >= substr(g.created_at, 1, 10)) AS session_count,
    (SELECT coalesce(sum(s.duration_min), 0) FROM coaching_session s WHERE s.organization_id = g.organization_id
       AND s.archived_at IS NULL AND (s.dimension_mask & g.dimension) != 0 AND s.date >= substr(g.created_at, 1, 10)) AS session_min
  FROM coaching_goal g`

const toGoal = (r: GoalRow, today: string): CoachingGoal => ({
  id: r.id,
  organizationId: r.organization_id,
  dimension: dimensionOfBit(r.dimension),
  title: r.title,
  targetDate: r.target_date,
  status: r.status,
  progress: r.progress,
  note: r.note,
  overdue: r.target_date < today && (r.status === 'not_started' || r.status === 'in_progress'),
  sessionCount: r.session_count,
  sessionHours: hoursOf(r.session_min),
})

/** The plan of an organisation: open goals first (by target date), then achieved and dropped ones. */
export function planOf(db: Database, organizationId: number, today: string): CoachingGoal[] {
  return (
    db
      .prepare(
        `${GOAL_SELECT} WHERE g.organization_id = ? ORDER BY g.status IN ('achieved','dropped'), g.target_date, g.id`,
      )
      .all(organizationId) as GoalRow[]
  ).map((r) => toGoal(r, today))
}

interface AssessmentRow {
  id: number
  organization_id: number
  date: string
  occasion: AssessmentOccasion
  stage: Stage | null
  assessor: string
  note: string | null
}

/** Every assessment of an organisation, newest first. */
export function assessmentsOf(db: Database, organizationId: number): CapabilityAssessment[] {
  const rows = db
    .prepare(
      'SELECT * FROM capability_assessment WHERE organization_id = ? AND archived_at IS NULL ORDER BY date DESC, id DESC',
    )
    .all(organizationId) as AssessmentRow[]
  const scores = db.prepare<[number], { dimension: number; score: number; note: string | null }>(
    'SELECT dimension, score, note FROM capability_score WHERE assessment_id = ? ORDER BY dimension',
  )
  const evidence = db.prepare<[number], { id: number; date: string; mentor_name: string; topics: string }>(
    `SELECT s.id, s.date, m.name AS mentor_name, s.topics FROM capability_evidence e
       JOIN coaching_session s ON s.id = e.session_id JOIN mentor m ON m.id = s.mentor_id
     WHERE e.assessment_id = ? ORDER BY s.date DESC`,
  )
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    date: r.date,
    occasion: r.occasion,
    stage: r.stage,
    assessor: r.assessor,
    note: r.note,
    scores: scores
      .all(r.id)
      .map((x) => ({ dimension: dimensionOfBit(x.dimension), score: x.score, note: x.note })),
    sessions: evidence
      .all(r.id)
      .map((e) => ({ id: e.id, date: e.date, mentorName: e.mentor_name, topics: e.topics })),
  }))
}

function requireOrganization(
  db: Database,
  id: number,
): { id: number; name: string; archived_at: string | null } {
  const org = s(db).organizationById.get(id)
  if (!org) fail('NOT_FOUND', 'common.notFound')
  return org
}

export const planHandlers = defineHandlers({
  'coaching.plan': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db, clock }, { organizationId }) => {
      requireOrganization(db, organizationId)
      return planOf(db, organizationId, clock.today())
    },
  },
  'coaching.goalSave': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const org = requireOrganization(db, input.organizationId)
      if (org.archived_at) fail('CONFLICT', 'coaching.organizationArchived', { name: org.name })
      const before =
        input.id === undefined
          ? null
          : (db.prepare(`${GOAL_SELECT} WHERE g.id = ?`).get(input.id) as GoalRow | undefined)
      if (input.id !== undefined && (!before || before.organization_id !== input.organizationId))
        fail('NOT_FOUND', 'common.notFound')
      // An achieved goal is complete; progress follows.
      const progress = input.status === 'achieved' ? 100 : input.progress
      const at = clock.timestamp()
      const values = { ...input, dimension: dimensionBit(input.dimension), progress, at }
      const id =
        input.id === undefined
          ? Number(
              db
                .prepare(
                  `INSERT INTO coaching_goal (organization_id, dimension, title, target_date, status, progress, note, created_at, updated_at)
                   VALUES (@organizationId, @dimension, @title, @targetDate, @status, @progress, @note, @at, @at)`,
                )
                .run(values).lastInsertRowid,
            )
          : (db
              .prepare(
                `UPDATE coaching_goal SET dimension = @dimension, title = @title, target_date = @targetDate, status = @status,
                   progress = @progress, note = @note, updated_at = @at WHERE id = @id`,
              )
              .run(values),
            input.id)
      const after = db.prepare(`${GOAL_SELECT} WHERE g.id = ?`).get(id) as GoalRow
      audit({
        entity: 'coaching_goal',
        entityId: id,
        before: before ? toGoal(before, clock.today()) : null,
        after: toGoal(after, clock.today()),
      })
      return planOf(db, input.organizationId, clock.today())
    },
  },
  'assessment.list': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db }, { organizationId }) => {
      requireOrganization(db, organizationId)
      return assessmentsOf(db, organizationId)
    },
  },
  /** 能力评估: every dimension scored 1–5; the sessions named must be this organisation's, on or before the date. */
  'assessment.create': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const org = requireOrganization(db, input.organizationId)
      const fields: Record<string, Notice> = {}
      if (org.archived_at) fields.organizationId = notice('coaching.organizationArchived', { name: org.name })
      const today = clock.today()
      if (input.date > today) fields.date = notice('coaching.dateFuture', { today })
      const scored = new Set(input.scores.map((x) => x.dimension))
      if (scored.size !== input.scores.length) fields.scores = notice('coaching.scoreTwice')
      else if (scored.size < COACHING_DIMENSIONS.length)
        fields.scores = notice('coaching.scoresMissing', { count: COACHING_DIMENSIONS.length - scored.size })
      if (input.occasion === 'stage_change' && !input.stage) fields.stage = notice('coaching.stageRequired')
      const sessionIds = [...new Set(input.sessionIds)]
      for (const sessionId of sessionIds) {
        const row = s(db).sessionById.get(sessionId)
        if (!row || row.organization_id !== input.organizationId || row.archived_at) {
          fields.sessionIds = notice('coaching.evidenceForeign', { date: row?.date ?? '' })
          break
        }
        if (row.date > input.date) {
          fields.sessionIds = notice('coaching.evidenceAfter', { date: row.date, assessed: input.date })
          break
        }
      }
      failOnProblems(fields, {}, false)
      const id = Number(
        db
          .prepare(
            `INSERT INTO capability_assessment (organization_id, date, occasion, stage, assessor, note, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.organizationId,
            input.date,
            input.occasion,
            input.occasion === 'stage_change' ? input.stage : null,
            actor.name,
            input.note,
            clock.timestamp(),
          ).lastInsertRowid,
      )
      const insertScore = db.prepare(
        'INSERT INTO capability_score (assessment_id, dimension, score, note) VALUES (?, ?, ?, ?)',
      )
      for (const x of input.scores) insertScore.run(id, dimensionBit(x.dimension), x.score, x.note)
      const insertEvidence = db.prepare(
        'INSERT INTO capability_evidence (assessment_id, session_id) VALUES (?, ?)',
      )
      for (const sessionId of sessionIds) insertEvidence.run(id, sessionId)
      audit({ entity: 'capability_assessment', entityId: id, before: null, after: { ...input, sessionIds } })
      return assessmentsOf(db, input.organizationId)
    },
  },
  'assessment.archive': {
    permission: 'mentoring.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = db
        .prepare('SELECT * FROM capability_assessment WHERE id = ? AND archived_at IS NULL')
        .get(id) as AssessmentRow | undefined
      if (!row) fail('NOT_FOUND', 'common.notFound')
      db.prepare('UPDATE capability_assessment SET archived_at = ? WHERE id = ?').run(clock.timestamp(), id)
      audit({
        entity: 'capability_assessment',
        entityId: id,
        before: { archivedAt: null },
        after: { archived: true, reason },
      })
      return assessmentsOf(db, row.organization_id)
    },
  },
})
