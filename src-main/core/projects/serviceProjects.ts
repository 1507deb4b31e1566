// 服务项目 / 品牌 of the resident organisations (issue 8, domain §6): what each one does, for whom, how often, and
// the brand it grows (培育 → 成型 → 品牌), with photos and reports kept under their SHA-256 (core/lib/attachments.ts).
// The article's 品牌效应: the brand wall shows every live brand by stage.
//
// Nothing is deleted: a mistaken project is archived with its reason. A project of an archived organisation cannot
// change (restore the organisation first).
import { labelsWith, type Labels } from '../lib/labels'
import type { ParsedInput } from '../../shared/contract'
import type {
  BrandWall,
  ExportFile,
  Page,
  ServiceProject,
  ServiceProjectAttachment,
  ServiceProjectDetail,
} from '../../shared/entities'
import { BRAND_STAGES, type BrandStage, type ServiceArea, type ServiceUnit } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import { serviceProjectDraftProblems } from '../../shared/serviceProjects'
import { actorCan, type Actor } from '../context'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { Where, likePattern, type SqlParams } from '../db/where'
import { fail, failOnProblems, notice } from '../errors'
import { readAttachment, storeAttachment, type AttachmentMessages } from '../lib/attachments'
import { tableToXlsx, type SheetColumn } from '../lib/excel'
import { defineHandlers } from '../registry'

interface ProjectRow {
  id: number
  organization_id: number
  organization_name: string
  organization_archived_at: string | null
  name: string
  category: ServiceArea
  start_date: string
  end_date: string | null
  place: string | null
  beneficiary_count: number | null
  beneficiary_kind: string | null
  service_count: number | null
  service_unit: ServiceUnit
  brand_name: string | null
  brand_stage: BrandStage | null
  outcomes: string | null
  description: string | null
  created_by: string
  created_at: string
  updated_at: string
  archived_at: string | null
  archive_reason: string | null
}

interface AttachmentRow {
  id: number
  project_id: number
  file_name: string
  size_bytes: number
  sha256: string
  created_by: string
  created_at: string
  archived_at: string | null
}

const SELECT = `SELECT p.*, o.name AS organization_name, o.archived_at AS organization_archived_at
  FROM service_project p JOIN organization o ON o.id = p.organization_id`

interface ProjectValues {
  organizationId: number
  name: string
  category: ServiceArea
  startDate: string
  endDate: string | null
  place: string | null
  beneficiaryCount: number | null
  beneficiaryKind: string | null
  serviceCount: number | null
  serviceUnit: ServiceUnit
  brandName: string | null
  brandStage: BrandStage | null
  outcomes: string | null
  description: string | null
}

const s = cached((db: Database) => ({
  byId: db.prepare<[number], ProjectRow>(`${SELECT} WHERE p.id = ?`),
  org: db.prepare<[number], { name: string; archived_at: string | null }>(
    'SELECT name, archived_at FROM organization WHERE id = ?',
  ),
  insert: db.prepare<ProjectValues & { by: string; at: string }>(
    `INSERT INTO service_project (organization_id, name, category, start_date, end_date, place, beneficiary_count,
       beneficiary_kind, service_count, service_unit, brand_name, brand_stage, outcomes, description, created_by,
       created_at, updated_at)
     VALUES (@organizationId, @name, @category, @startDate, @endDate, @place, @beneficiaryCount, @beneficiaryKind,
       @serviceCount, @serviceUnit, @brandName, @brandStage, @outcomes, @description, @by, @at, @at)`,
  ),
  update: db.prepare<ProjectValues & { id: number; at: string }>(
    `UPDATE service_project SET organization_id = @organizationId, name = @name, category = @category,
       start_date = @startDate, end_date = @endDate, place = @place, beneficiary_count = @beneficiaryCount,
       beneficiary_kind = @beneficiaryKind, service_count = @serviceCount, service_unit = @serviceUnit,
       brand_name = @brandName, brand_stage = @brandStage, outcomes = @outcomes, description = @description,
       updated_at = @at WHERE id = @id`,
  ),
  archive: db.prepare<{ id: number; reason: string; at: string }>(
    'UPDATE service_project SET archived_at = @at, archive_reason = @reason, updated_at = @at WHERE id = @id',
  ),
  attachmentsOf: db.prepare<[number], AttachmentRow>(
    'SELECT * FROM service_project_attachment WHERE project_id = ? AND archived_at IS NULL ORDER BY id',
  ),
  attachment: db.prepare<[number], AttachmentRow>('SELECT * FROM service_project_attachment WHERE id = ?'),
  insertAttachment: db.prepare<{
    projectId: number
    fileName: string
    sizeBytes: number
    sha256: string
    by: string
    at: string
  }>(
    `INSERT INTO service_project_attachment (project_id, file_name, size_bytes, sha256, created_by, created_at)
     VALUES (@projectId, @fileName, @sizeBytes, @sha256, @by, @at)`,
  ),
  archiveAttachment: db.prepare<[string, number]>(
    'UPDATE service_project_attachment SET archived_at = ? WHERE id = ?',
  ),
}))

const ATTACHMENT_MESSAGES: AttachmentMessages = {
  unavailable: 'serviceProject.attachmentsUnavailable',
  unreadable: 'serviceProject.fileUnreadable',
  tooLarge: 'serviceProject.fileTooLarge',
  missing: 'serviceProject.attachmentMissing',
  corrupt: 'serviceProject.attachmentCorrupt',
}

// ---- rows → entities ----

const toProject = (r: ProjectRow, attachmentCount: number): ServiceProject => ({
  id: r.id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  organizationArchived: r.organization_archived_at !== null,
  name: r.name,
  category: r.category,
  startDate: r.start_date,
  endDate: r.end_date,
  place: r.place,
  beneficiaryCount: r.beneficiary_count,
  beneficiaryKind: r.beneficiary_kind,
  serviceCount: r.service_count,
  serviceUnit: r.service_unit,
  brandName: r.brand_name,
  brandStage: r.brand_stage,
  outcomes: r.outcomes,
  description: r.description,
  attachmentCount,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
  archiveReason: r.archive_reason,
})

const toAttachment = (r: AttachmentRow): ServiceProjectAttachment => ({
  id: r.id,
  projectId: r.project_id,
  fileName: r.file_name,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  createdBy: r.created_by,
  createdAt: r.created_at,
})

/** Live attachment counts of these projects, in one query. */
function attachmentCounts(db: Database, ids: readonly number[]): Map<number, number> {
  if (ids.length === 0) return new Map()
  const rows = db
    .prepare(
      `SELECT project_id AS id, count(*) AS n FROM service_project_attachment
         WHERE archived_at IS NULL AND project_id IN (SELECT value FROM json_each(?)) GROUP BY project_id`,
    )
    .all(JSON.stringify(ids)) as { id: number; n: number }[]
  return new Map(rows.map((r) => [r.id, r.n]))
}

function withCounts(db: Database, rows: readonly ProjectRow[]): ServiceProject[] {
  const counts = attachmentCounts(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => toProject(r, counts.get(r.id) ?? 0))
}

function requireProject(db: Database, id: number): ProjectRow {
  const row = s(db).byId.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

export function projectDetail(db: Database, id: number, actor: Actor): ServiceProjectDetail {
  const row = requireProject(db, id)
  const attachments = s(db).attachmentsOf.all(id).map(toAttachment)
  return {
    ...toProject(row, attachments.length),
    attachments,
    editable:
      actorCan(actor, 'project.write') && row.archived_at === null && row.organization_archived_at === null,
  }
}

/** Refuses any change of an archived project or of a project of an archived organisation. */
function requireChangeable(row: ProjectRow): void {
  if (row.archived_at)
    fail('CONFLICT', 'serviceProject.projectArchived', { date: row.archived_at.slice(0, 10) })
  if (row.organization_archived_at)
    fail('CONFLICT', 'serviceProject.organizationArchived', { name: row.organization_name })
}

// ---- list ----

type ProjectFilter = Omit<ParsedInput<'serviceProject.list'>, 'page' | 'pageSize'>

export function projectWhere(q: ProjectFilter): { where: string; params: SqlParams } {
  const w = new Where()
  if (!q.includeArchived) w.add('p.archived_at IS NULL')
  w.when(q.organizationId, 'p.organization_id = @organizationId', 'organizationId')
    .when(q.category, 'p.category = @category', 'category')
    .when(q.brandStage, 'p.brand_stage = @brandStage', 'brandStage')
  if (q.hasBrand !== undefined) w.add(q.hasBrand ? 'p.brand_name IS NOT NULL' : 'p.brand_name IS NULL')
  // Running at some time in the year: started by its end, not ended before its start.
  if (q.year !== undefined)
    w.add('p.start_date <= @yearEnd AND (p.end_date IS NULL OR p.end_date >= @yearStart)', {
      yearStart: `${q.year}-01-01`,
      yearEnd: `${q.year}-12-31`,
    })
  w.when(
    q.search ? likePattern(q.search) : null,
    `(p.name LIKE @like ESCAPE '\\' OR p.brand_name LIKE @like ESCAPE '\\' OR o.name LIKE @like ESCAPE '\\')`,
    'like',
  )
  return { where: w.sql, params: w.params }
}

const ORDER: Record<ProjectFilter['sortBy'], string> = {
  startDate: 'ORDER BY p.start_date DESC, p.id DESC',
  name: 'ORDER BY p.name, p.id',
}

export function listProjects(db: Database, q: ParsedInput<'serviceProject.list'>): Page<ServiceProject> {
  const { where, params } = projectWhere(q)
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM service_project p JOIN organization o ON o.id = p.organization_id ${where}`,
      )
      .get(params) as { n: number }
  ).n
  const rows = db
    .prepare(`${SELECT} ${where} ${ORDER[q.sortBy]} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as ProjectRow[]
  return { items: withCounts(db, rows), total, page: q.page, pageSize: q.pageSize }
}

/**
 * 品牌墙: each stage's brands of live projects, the most advanced first; at most `limit` per stage. A brand grown here
 * stays on the wall when its organisation has left the base (marked so on screen).
 */
export function brandWall(db: Database, limit = 200): BrandWall {
  const stages = [...BRAND_STAGES].reverse().map((stage) => {
    const where = `WHERE p.archived_at IS NULL AND p.brand_name IS NOT NULL
      AND p.brand_stage = @stage`
    const total = (
      db
        .prepare(
          `SELECT count(*) AS n FROM service_project p JOIN organization o ON o.id = p.organization_id ${where}`,
        )
        .get({ stage }) as { n: number }
    ).n
    const rows = db
      .prepare(`${SELECT} ${where} ORDER BY p.brand_name, p.id LIMIT @limit`)
      .all({ stage, limit }) as ProjectRow[]
    return { stage, total, projects: withCounts(db, rows) }
  })
  return { stages }
}

// ---- checks ----

function checkProject(db: Database, input: ParsedInput<'serviceProject.save'>): ProjectValues {
  const fields: Record<string, Notice> = {}
  const org = s(db).org.get(input.organizationId)
  if (!org) fields.organizationId = notice('serviceProject.organizationMissing')
  // The schema has refused these already; checked again so no other path stores such a project.
  for (const [field, key] of Object.entries(serviceProjectDraftProblems(input))) fields[field] = notice(key)
  failOnProblems(fields, {}, false)
  if (org?.archived_at) fail('CONFLICT', 'serviceProject.organizationArchived', { name: org.name })
  const { id: _id, ...values } = input
  return values
}

/** The audit's picture of a project. */
function auditPicture(p: ServiceProject) {
  const {
    createdBy: _by,
    createdAt: _at,
    updatedAt: _u,
    attachmentCount: _n,
    organizationArchived: _a,
    ...rest
  } = p
  return rest
}

// ---- export ----

/** zh-CN words when the caller sent none (the command line, tests). */
const DEFAULT_LABELS: Labels = {
  title: '服务项目与品牌',
  'heading.organization': '组织',
  'heading.name': '项目名称',
  'heading.category': '服务领域',
  'heading.startDate': '开始日期',
  'heading.endDate': '结束日期',
  'heading.place': '服务地点',
  'heading.beneficiaryCount': '受益人数',
  'heading.beneficiaryKind': '受益对象',
  'heading.serviceCount': '服务次数',
  'heading.serviceUnit': '单位',
  'heading.brandName': '品牌名称',
  'heading.brandStage': '品牌阶段',
  'heading.outcomes': '成效',
  'heading.archived': '已归档',
  'serviceUnit.session': '场次',
  'serviceUnit.visit': '人次',
  'brandStage.nurturing': '培育',
  'brandStage.formed': '成型',
  'brandStage.brand': '品牌',
  'category.poverty_relief': '扶贫济困',
  'category.elderly_orphan_sick_disabled': '扶老、救孤、恤病、助残、优抚',
  'category.emergency_relief': '突发事件救助',
  'category.education_science_culture_health_sports': '教育、科学、文化、卫生、体育',
  'category.environment': '环境保护',
  'category.youth': '青少年',
  'category.community_governance': '社区治理',
  'category.mental_health': '心理健康',
  'category.other': '其他',
}

const label = labelsWith(DEFAULT_LABELS)

export function projectsXlsx(rows: readonly ServiceProject[], labels: Labels): Promise<Buffer> {
  const columns: SheetColumn<ServiceProject>[] = [
    { header: label(labels, 'heading.organization'), value: (p) => p.organizationName },
    { header: label(labels, 'heading.name'), value: (p) => p.name },
    {
      header: label(labels, 'heading.category'),
      value: (p) => label(labels, `category.${p.category}`),
    },
    { header: label(labels, 'heading.startDate'), kind: 'date', value: (p) => p.startDate },
    { header: label(labels, 'heading.endDate'), kind: 'date', value: (p) => p.endDate },
    { header: label(labels, 'heading.place'), value: (p) => p.place },
    { header: label(labels, 'heading.beneficiaryCount'), kind: 'integer', value: (p) => p.beneficiaryCount },
    { header: label(labels, 'heading.beneficiaryKind'), value: (p) => p.beneficiaryKind },
    { header: label(labels, 'heading.serviceCount'), value: (p) => p.serviceCount },
    {
      header: label(labels, 'heading.serviceUnit'),
      value: (p) => (p.serviceCount === null ? null : label(labels, `serviceUnit.${p.serviceUnit}`)),
    },
    { header: label(labels, 'heading.brandName'), value: (p) => p.brandName },
    {
      header: label(labels, 'heading.brandStage'),
      value: (p) => (p.brandStage ? label(labels, `brandStage.${p.brandStage}`) : null),
    },
    { header: label(labels, 'heading.outcomes'), value: (p) => p.outcomes },
    { header: label(labels, 'heading.archived'), value: (p) => p.archiveReason },
  ]
  return tableToXlsx(label(labels, 'title'), columns, rows)
}

export const serviceProjectHandlers = defineHandlers({
  'serviceProject.list': {
    permission: 'project.read',
    write: false,
    run: ({ db }, input) => listProjects(db, input),
  },
  'serviceProject.get': {
    permission: 'project.read',
    write: false,
    run: ({ db, actor }, { id }) => projectDetail(db, id, actor),
  },
  /** 新增 or 修改: the project may move to another organisation, never to or from an archived one. */
  'serviceProject.save': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const existing = input.id ? requireProject(db, input.id) : null
      if (existing) requireChangeable(existing)
      const values = checkProject(db, input)
      const at = clock.timestamp()
      let id: number
      if (existing) {
        id = existing.id
        s(db).update.run({ ...values, id, at })
      } else {
        id = Number(s(db).insert.run({ ...values, by: actor.name, at }).lastInsertRowid)
      }
      const saved = projectDetail(db, id, actor)
      audit({
        entity: 'service_project',
        entityId: id,
        before: existing ? auditPicture(toProject(existing, 0)) : null,
        after: auditPicture(saved),
      })
      return saved
    },
  },
  'serviceProject.archive': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id, reason }) => {
      const row = requireProject(db, id)
      requireChangeable(row)
      s(db).archive.run({ id, reason, at: clock.timestamp() })
      audit({
        entity: 'service_project',
        entityId: id,
        before: auditPicture(toProject(row, 0)),
        after: { archived: true, reason },
      })
      return projectDetail(db, id, actor)
    },
  },
  /** The file's bytes are copied into the data folder under their SHA-256. */
  'serviceProject.attachmentAdd': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, actor, audit, attachmentsDir }, { projectId, fileName, contentBase64 }) => {
      requireChangeable(requireProject(db, projectId))
      const { sha256, sizeBytes } = storeAttachment(attachmentsDir, contentBase64, ATTACHMENT_MESSAGES)
      const id = Number(
        s(db).insertAttachment.run({
          projectId,
          fileName,
          sizeBytes,
          sha256,
          by: actor.name,
          at: clock.timestamp(),
        }).lastInsertRowid,
      )
      audit({
        entity: 'service_project_attachment',
        entityId: id,
        before: null,
        after: { projectId, fileName, sizeBytes, sha256 },
      })
      return projectDetail(db, projectId, actor)
    },
  },
  /** The bytes back, after checking they still match the recorded hash. */
  'serviceProject.attachmentGet': {
    permission: 'project.read',
    write: false,
    run: ({ db, attachmentsDir }, { id }) => {
      const row = s(db).attachment.get(id)
      if (!row || row.archived_at) fail('NOT_FOUND', 'common.notFound')
      return readAttachment(
        attachmentsDir,
        { fileName: row.file_name, sha256: row.sha256 },
        ATTACHMENT_MESSAGES,
      )
    },
  },
  /** A file added by mistake leaves the project; its bytes stay in the data folder (another record may share them). */
  'serviceProject.attachmentArchive': {
    permission: 'project.write',
    write: true,
    run: ({ db, clock, actor, audit }, { id }) => {
      const row = s(db).attachment.get(id)
      if (!row || row.archived_at) fail('NOT_FOUND', 'common.notFound')
      requireChangeable(requireProject(db, row.project_id))
      s(db).archiveAttachment.run(clock.timestamp(), id)
      audit({
        entity: 'service_project_attachment',
        entityId: id,
        before: toAttachment(row),
        after: { archived: true },
      })
      return projectDetail(db, row.project_id, actor)
    },
  },
  /** 导出 Excel: every project the filters find. */
  'serviceProject.export': {
    permission: 'project.read',
    write: false,
    run: async ({ db, clock, audit }, { labels, ...filter }): Promise<ExportFile> => {
      const { where, params } = projectWhere(filter)
      const rows = withCounts(
        db,
        db.prepare(`${SELECT} ${where} ${ORDER[filter.sortBy]}`).all(params) as ProjectRow[],
      )
      const content = await projectsXlsx(rows, labels)
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'service_projects', ...filter, rows: rows.length },
      })
      return {
        fileName: `${label(labels, 'title')}-${clock.today()}.xlsx`,
        contentBase64: content.toString('base64'),
        rows: rows.length,
      }
    },
  },
  'serviceProject.brands': {
    permission: 'project.read',
    write: false,
    run: ({ db }) => brandWall(db),
  },
})
