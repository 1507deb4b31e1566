// 入驻组织 storage: rows in snake_case, entities in camelCase, converted here and nowhere else.
import { SERVICE_AREAS, type LegalType, type ServiceArea, type Stage } from '../../shared/enums'
import type { Organization, OrganizationListItem, Page, StageHistoryEntry } from '../../shared/entities'
import type { OrganizationSortField, organizationListInput } from '../../shared/schemas'
import type { z } from 'zod'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { nameKey, namePinyin } from '../lib/text'
import { likePattern } from '../db/where'

/**
 * SQL for an organisation's 孵化阶段 on a date, from its dated history (the last change on or before the date; null
 * before its first): `orgExpr` names the organisation's id, `dateExpr` the date (a parameter or a column).
 */
export const stageOnSql = (orgExpr: string, dateExpr: string): string =>
  `(SELECT h.stage FROM organization_stage_history h WHERE h.organization_id = ${orgExpr} AND h.date <= ${dateExpr}
     ORDER BY h.date DESC, h.id DESC LIMIT 1)`

export interface OrganizationRow {
  id: number
  name: string
  short_name: string | null
  uscc: string | null
  legal_type: LegalType
  stage: Stage
  stage_date: string
  legal_representative: string | null
  contact_person: string
  contact_phone: string
  email: string | null
  address: string | null
  registered_on: string | null
  registrar: string | null
  agreement_no: string | null
  agreement_start: string | null
  agreement_end: string | null
  description: string | null
  archived_at: string | null
  archive_reason: string | null
  created_at: string
  updated_at: string
}

type ListRow = Pick<
  OrganizationRow,
  | 'id'
  | 'name'
  | 'short_name'
  | 'uscc'
  | 'legal_type'
  | 'stage'
  | 'stage_date'
  | 'contact_person'
  | 'contact_phone'
  | 'agreement_start'
  | 'agreement_end'
  | 'archived_at'
  | 'updated_at'
>

/** The editable profile, as the handlers hand it to storage. */
export interface OrganizationValues {
  name: string
  shortName: string | null
  uscc: string | null
  legalType: LegalType
  legalRepresentative: string | null
  contactPerson: string
  contactPhone: string
  email: string | null
  address: string | null
  registeredOn: string | null
  registrar: string | null
  agreementNo: string | null
  agreementStart: string | null
  agreementEnd: string | null
  description: string | null
}

function toListItem(row: ListRow, serviceAreas: ServiceArea[]): OrganizationListItem {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    uscc: row.uscc,
    legalType: row.legal_type,
    stage: row.stage,
    stageDate: row.stage_date,
    serviceAreas,
    contactPerson: row.contact_person,
    contactPhone: row.contact_phone,
    agreementStart: row.agreement_start,
    agreementEnd: row.agreement_end,
    archivedAt: row.archived_at,
    updatedAt: row.updated_at,
  }
}

export function toOrganization(row: OrganizationRow, serviceAreas: ServiceArea[]): Organization {
  return {
    ...toListItem(row, serviceAreas),
    legalRepresentative: row.legal_representative,
    email: row.email,
    address: row.address,
    registeredOn: row.registered_on,
    registrar: row.registrar,
    agreementNo: row.agreement_no,
    description: row.description,
    archiveReason: row.archive_reason,
    createdAt: row.created_at,
  }
}

const LIST_COLUMNS = `o.id, o.name, o.short_name, o.uscc, o.legal_type, o.stage, o.stage_date, o.contact_person,
  o.contact_phone, o.agreement_start, o.agreement_end, o.archived_at, o.updated_at`

const s = cached((db: Database) => ({
  byId: db.prepare<[number], OrganizationRow>('SELECT * FROM organization WHERE id = ?'),
  byUscc: db.prepare<[string], Pick<OrganizationRow, 'id' | 'name' | 'archived_at'>>(
    'SELECT id, name, archived_at FROM organization WHERE uscc = ?',
  ),
  byNameKey: db.prepare<[string], Pick<OrganizationRow, 'id' | 'name' | 'archived_at'>>(
    'SELECT id, name, archived_at FROM organization WHERE name_key = ?',
  ),
  areasOf: db.prepare<[number], { area: ServiceArea }>(
    'SELECT area FROM organization_service_area WHERE organization_id = ?',
  ),
  areasFor: db.prepare<[string], { organization_id: number; area: ServiceArea }>(
    `SELECT organization_id, area FROM organization_service_area
     WHERE organization_id IN (SELECT value FROM json_each(?))`,
  ),
  deleteAreas: db.prepare<[number]>('DELETE FROM organization_service_area WHERE organization_id = ?'),
  insertArea: db.prepare<[number, string]>(
    'INSERT INTO organization_service_area (organization_id, area) VALUES (?, ?)',
  ),
  history: db.prepare<
    [number],
    { id: number; stage: Stage; date: string; note: string; recorded_at: string; recorded_by: string }
  >(
    `SELECT id, stage, date, note, recorded_at, recorded_by FROM organization_stage_history
     WHERE organization_id = ? ORDER BY date, id`,
  ),
  lastStage: db.prepare<[number], { stage: Stage; date: string }>(
    `SELECT stage, date FROM organization_stage_history WHERE organization_id = ? ORDER BY date DESC, id DESC LIMIT 1`,
  ),
  insert: db.prepare(
    `INSERT INTO organization (name, name_key, name_initials, name_pinyin, search_text, short_name, uscc, legal_type, stage,
       stage_date, legal_representative, contact_person, contact_phone, email, address, registered_on, registrar,
       agreement_no, agreement_start, agreement_end, description, created_at, updated_at)
     VALUES (@name, @nameKey, @initials, @pinyin, @searchText, @shortName, @uscc, @legalType, @stage, @stageDate,
       @legalRepresentative, @contactPerson, @contactPhone, @email, @address, @registeredOn, @registrar,
       @agreementNo, @agreementStart, @agreementEnd, @description, @at, @at)`,
  ),
  update: db.prepare(
    `UPDATE organization SET name = @name, name_key = @nameKey, name_initials = @initials, name_pinyin = @pinyin,
       search_text = @searchText,
       short_name = @shortName, uscc = @uscc, legal_type = @legalType, legal_representative = @legalRepresentative,
       contact_person = @contactPerson, contact_phone = @contactPhone, email = @email, address = @address,
       registered_on = @registeredOn, registrar = @registrar, agreement_no = @agreementNo,
       agreement_start = @agreementStart, agreement_end = @agreementEnd, description = @description, updated_at = @at
     WHERE id = @id`,
  ),
  appendStage: db.prepare(
    `INSERT INTO organization_stage_history (organization_id, stage, date, note, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  setStage: db.prepare<[Stage, string, string, number]>(
    'UPDATE organization SET stage = ?, stage_date = ?, updated_at = ? WHERE id = ?',
  ),
  setArchived: db.prepare<[string | null, string | null, string, number]>(
    'UPDATE organization SET archived_at = ?, archive_reason = ?, updated_at = ? WHERE id = ?',
  ),
  countAll: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM organization'),
  countActive: db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM organization WHERE archived_at IS NULL',
  ),
  entryYears: db.prepare<[], { y: number }>(
    'SELECT DISTINCT entry_year AS y FROM organization WHERE entry_year IS NOT NULL ORDER BY y DESC',
  ),
}))

export function findOrganizationRow(db: Database, id: number): OrganizationRow | undefined {
  return s(db).byId.get(id)
}

export function serviceAreasOf(db: Database, id: number): ServiceArea[] {
  return inCanonicalOrder(
    s(db)
      .areasOf.all(id)
      .map((r) => r.area),
  )
}

const AREA_RANK = new Map<ServiceArea, number>(SERVICE_AREAS.map((a, i) => [a, i]))
function inCanonicalOrder(areas: ServiceArea[]): ServiceArea[] {
  return areas.sort((a, b) => (AREA_RANK.get(a) ?? 0) - (AREA_RANK.get(b) ?? 0))
}

export function stageHistoryOf(db: Database, id: number): StageHistoryEntry[] {
  return s(db)
    .history.all(id)
    .map((r) => ({
      id: r.id,
      stage: r.stage,
      date: r.date,
      note: r.note,
      recordedAt: r.recorded_at,
      recordedBy: r.recorded_by,
    }))
}

export function lastStageOf(db: Database, id: number): { stage: Stage; date: string } | undefined {
  return s(db).lastStage.get(id)
}

export function findByUscc(
  db: Database,
  uscc: string,
): Pick<OrganizationRow, 'id' | 'name' | 'archived_at'> | undefined {
  return s(db).byUscc.get(uscc)
}

export function findByName(
  db: Database,
  name: string,
): Pick<OrganizationRow, 'id' | 'name' | 'archived_at'> | undefined {
  return s(db).byNameKey.get(nameKey(name))
}

/** Fields joined by a separator no query contains, so a match never spans two fields. */
const SEARCH_SEPARATOR = '\u0001'

function rowParams(values: OrganizationValues, at: string) {
  const { initials, full } = namePinyin(values.name)
  const searchText = [
    values.name,
    values.shortName ?? '',
    values.contactPerson,
    values.uscc ?? '',
    initials,
    full,
  ]
    .join(SEARCH_SEPARATOR)
    .toLowerCase()
  return { ...values, nameKey: nameKey(values.name), initials, pinyin: full, searchText, at }
}

export function insertOrganization(
  db: Database,
  values: OrganizationValues & { stage: Stage; stageDate: string },
  serviceAreas: readonly ServiceArea[],
  at: string,
): number {
  const id = Number(s(db).insert.run(rowParams(values, at)).lastInsertRowid)
  setServiceAreas(db, id, serviceAreas)
  return id
}

export function updateOrganization(
  db: Database,
  id: number,
  values: OrganizationValues,
  serviceAreas: readonly ServiceArea[],
  at: string,
): void {
  s(db).update.run({ ...rowParams(values, at), id })
  setServiceAreas(db, id, serviceAreas)
}

function setServiceAreas(db: Database, id: number, areas: readonly ServiceArea[]): void {
  const st = s(db)
  st.deleteAreas.run(id)
  for (const area of areas) st.insertArea.run(id, area)
}

export function appendStage(
  db: Database,
  entry: {
    organizationId: number
    stage: Stage
    date: string
    note: string
    recordedAt: string
    recordedBy: string
  },
): void {
  s(db).appendStage.run(
    entry.organizationId,
    entry.stage,
    entry.date,
    entry.note,
    entry.recordedAt,
    entry.recordedBy,
  )
}

export function setCurrentStage(db: Database, id: number, stage: Stage, date: string, at: string): void {
  s(db).setStage.run(stage, date, at, id)
}

export function setArchived(
  db: Database,
  id: number,
  archivedAt: string | null,
  reason: string | null,
  at: string,
): void {
  s(db).setArchived.run(archivedAt, reason, at, id)
}

export function countOrganizations(db: Database, includeArchived: boolean): number {
  return (includeArchived ? s(db).countAll.get() : s(db).countActive.get())?.n ?? 0
}

export function entryYears(db: Database): number[] {
  return s(db)
    .entryYears.all()
    .map((r) => r.y)
}

// ---- the list: filters, search, sorting and paging, all in SQL ----

export type OrganizationQuery = z.output<typeof organizationListInput>

const STAGE_ORDER = `CASE o.stage WHEN 'applied' THEN 0 WHEN 'review' THEN 1 WHEN 'resident' THEN 2
  WHEN 'incubating' THEN 3 WHEN 'venture_guidance' THEN 4 WHEN 'capacity_building' THEN 5
  WHEN 'graduated' THEN 6 ELSE 7 END`
const LEGAL_TYPE_ORDER = `CASE o.legal_type WHEN 'social_group' THEN 0 WHEN 'private_non_enterprise' THEN 1
  WHEN 'foundation' THEN 2 WHEN 'preparing' THEN 3 ELSE 4 END`

const SORT_SQL: Record<OrganizationSortField, string> = {
  name: 'o.name_pinyin',
  legalType: LEGAL_TYPE_ORDER,
  stage: STAGE_ORDER,
  stageDate: 'o.stage_date',
  agreementStart: 'o.agreement_start',
  agreementEnd: 'o.agreement_end',
  updatedAt: 'o.updated_at',
}
const NULLABLE_SORTS: ReadonlySet<OrganizationSortField> = new Set(['agreementStart', 'agreementEnd'])

interface BuiltQuery {
  where: string
  params: Record<string, string | number>
  /** Sorts matches of the whole search before mere pinyin-initial subsequences. */
  rank: string | null
}

/** The WHERE clause of a list query. Exported for the benchmark's raw comparison. */
export function buildListWhere(q: OrganizationQuery): BuiltQuery {
  const clauses: string[] = []
  const params: Record<string, string | number> = {}
  if (q.archived === 'active') clauses.push('o.archived_at IS NULL')
  else if (q.archived === 'archived') clauses.push('o.archived_at IS NOT NULL')
  if (q.legalTypes?.length) {
    clauses.push('o.legal_type IN (SELECT value FROM json_each(@legalTypes))')
    params.legalTypes = JSON.stringify(q.legalTypes)
  }
  if (q.stages?.length) {
    clauses.push('o.stage IN (SELECT value FROM json_each(@stages))')
    params.stages = JSON.stringify(q.stages)
  }
  if (q.serviceArea) {
    clauses.push(
      'EXISTS (SELECT 1 FROM organization_service_area a WHERE a.organization_id = o.id AND a.area = @serviceArea)',
    )
    params.serviceArea = q.serviceArea
  }
  if (q.entryYear !== undefined) {
    clauses.push('o.entry_year = @entryYear')
    params.entryYear = q.entryYear
  }
  let rank: string | null = null
  if (q.search) {
    // One lower-cased column holds name, short name, contact, code and the name's pinyin (initials and full).
    const text = q.search.toLowerCase().replace(/\s+/g, '')
    params.like = likePattern(text)
    const direct = "o.search_text LIKE @like ESCAPE '\\'"
    // Initials typed with gaps (`xfll` for 幸福来[敲门]邻里…) match as a subsequence, ranked after direct hits.
    if (/^[a-z]{3,}$/.test(text)) {
      params.subsequence = `%${[...text].join('%')}%`
      clauses.push(`(${direct} OR o.name_initials LIKE @subsequence)`)
      rank = `CASE WHEN ${direct} THEN 0 ELSE 1 END`
    } else {
      clauses.push(direct)
    }
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params, rank }
}

export function buildListOrder(q: OrganizationQuery, rank: string | null): string {
  const dir = q.sortOrder === 'asc' ? 'ASC' : 'DESC'
  const key = SORT_SQL[q.sortBy]
  const nulls = NULLABLE_SORTS.has(q.sortBy) ? `${key} IS NULL, ` : ''
  return `ORDER BY ${rank ? `${rank}, ` : ''}${nulls}${key} ${dir}, o.id ${dir}`
}

const statementCache = new WeakMap<Database, Map<string, ReturnType<Database['prepare']>>>()
function prepareCached(db: Database, sql: string): ReturnType<Database['prepare']> {
  let byText = statementCache.get(db)
  if (!byText) statementCache.set(db, (byText = new Map<string, ReturnType<Database['prepare']>>()))
  let st = byText.get(sql)
  if (!st) {
    if (byText.size > 200) byText.clear()
    st = db.prepare(sql)
    byText.set(sql, st)
  }
  return st
}

/**
 * The SQL of a list query. A search scans the table anyway, so its page carries the total as a window count
 * (one scan instead of two); other lists count separately and page through an index.
 */
export function listSql(q: OrganizationQuery): {
  countSql: string
  pageSql: string
  params: Record<string, string | number>
  windowed: boolean
} {
  const { where, params, rank } = buildListWhere(q)
  const windowed = q.search !== null
  const total = windowed ? ', count(*) OVER () AS total_rows' : ''
  return {
    countSql: `SELECT count(*) AS n FROM organization o ${where}`,
    pageSql: `SELECT ${LIST_COLUMNS}${total} FROM organization o ${where} ${buildListOrder(q, rank)} LIMIT @limit OFFSET @offset`,
    params: { ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    windowed,
  }
}

export function listOrganizations(db: Database, q: OrganizationQuery): Page<OrganizationListItem> {
  const { countSql, pageSql, params, windowed } = listSql(q)
  const rows = prepareCached(db, pageSql).all(params) as (ListRow & { total_rows?: number })[]
  const countParams = Object.fromEntries(
    Object.entries(params).filter(([k]) => k !== 'limit' && k !== 'offset'),
  )
  const total =
    windowed && rows[0]?.total_rows !== undefined
      ? rows[0].total_rows
      : (prepareCached(db, countSql).get(countParams) as { n: number }).n
  const areas = new Map<number, ServiceArea[]>()
  if (rows.length > 0) {
    for (const r of s(db).areasFor.all(JSON.stringify(rows.map((row) => row.id)))) {
      const list = areas.get(r.organization_id)
      if (list) list.push(r.area)
      else areas.set(r.organization_id, [r.area])
    }
  }
  return {
    items: rows.map((row) => toListItem(row, inCanonicalOrder(areas.get(row.id) ?? []))),
    total,
    page: q.page,
    pageSize: q.pageSize,
  }
}
