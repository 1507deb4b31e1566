// 荣誉 (齐鲁和谐使者, 烟台和谐使者, 先进基层党组织 …) of the resident organisations and of people: a person may be
// named with their organisation and, for an account that may read the roster, linked to a member on it. 创先争优
// (party_related) is what 两关六同步 item 5 reads; left unsaid it follows the title.
import { labelsWith, type Labels } from '../lib/labels'
import type { ParsedInput } from '../../shared/contract'
import type { ExportFile, Honour, Page } from '../../shared/entities'
import type { HonourLevel, HonourRecipient } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import { isPartyHonourTitle } from '../../shared/orgRecords'
import { actorCan } from '../context'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { Where, likePattern } from '../db/where'
import { fail, failOnProblems, notice } from '../errors'
import { tableToXlsx, type SheetColumn } from '../lib/excel'
import { defineHandlers } from '../registry'

interface HonourRow {
  id: number
  title: string
  level: HonourLevel
  awarded_on: string
  awarded_by: string | null
  recipient_kind: HonourRecipient
  organization_id: number | null
  organization_name: string | null
  person_name: string | null
  member_id: number | null
  party_related: number
  note: string | null
  created_by: string
  created_at: string
  updated_at: string
  archived_at: string | null
  archive_reason: string | null
}

const SELECT = `SELECT h.*, o.name AS organization_name FROM honour h
  LEFT JOIN organization o ON o.id = h.organization_id`

interface HonourValues {
  title: string
  level: HonourLevel
  awardedOn: string
  awardedBy: string | null
  recipientKind: HonourRecipient
  organizationId: number | null
  personName: string | null
  memberId: number | null
  partyRelated: number
  note: string | null
}

const s = cached((db: Database) => ({
  byId: db.prepare<[number], HonourRow>(`${SELECT} WHERE h.id = ?`),
  ofOrganization: db.prepare<[number], HonourRow>(
    `${SELECT} WHERE h.organization_id = ? ORDER BY h.awarded_on DESC, h.id DESC`,
  ),
  org: db.prepare<[number], { name: string; archived_at: string | null }>(
    'SELECT name, archived_at FROM organization WHERE id = ?',
  ),
  member: db.prepare<[number], { name: string }>('SELECT name FROM party_member WHERE id = ?'),
  insert: db.prepare<HonourValues & { by: string; at: string }>(
    `INSERT INTO honour (title, level, awarded_on, awarded_by, recipient_kind, organization_id, person_name,
       member_id, party_related, note, created_by, created_at, updated_at)
     VALUES (@title, @level, @awardedOn, @awardedBy, @recipientKind, @organizationId, @personName, @memberId,
       @partyRelated, @note, @by, @at, @at)`,
  ),
  update: db.prepare<HonourValues & { id: number; at: string }>(
    `UPDATE honour SET title = @title, level = @level, awarded_on = @awardedOn, awarded_by = @awardedBy,
       recipient_kind = @recipientKind, organization_id = @organizationId, person_name = @personName,
       member_id = @memberId, party_related = @partyRelated, note = @note, updated_at = @at WHERE id = @id`,
  ),
  archive: db.prepare<{ id: number; reason: string; at: string }>(
    'UPDATE honour SET archived_at = @at, archive_reason = @reason, updated_at = @at WHERE id = @id',
  ),
}))

const toHonour = (r: HonourRow): Honour => ({
  id: r.id,
  title: r.title,
  level: r.level,
  awardedOn: r.awarded_on,
  awardedBy: r.awarded_by,
  recipientKind: r.recipient_kind,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  personName: r.person_name,
  memberId: r.member_id,
  partyRelated: r.party_related === 1,
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
  archiveReason: r.archive_reason,
})

/** The honours of an organisation and of people of it, archived ones too, newest first. */
export function honoursOfOrganization(db: Database, organizationId: number): Honour[] {
  return s(db).ofOrganization.all(organizationId).map(toHonour)
}

type HonourFilter = Omit<ParsedInput<'orgRecords.honours'>, 'page' | 'pageSize'>

function honourWhere(q: HonourFilter): { where: string; params: Record<string, string | number> } {
  const w = new Where().add('h.archived_at IS NULL')
  if (q.year !== undefined)
    w.add('h.awarded_on BETWEEN @yearFrom AND @yearTo', {
      yearFrom: `${q.year}-01-01`,
      yearTo: `${q.year}-12-31`,
    })
  w.when(q.level, 'h.level = @level', 'level')
    .when(q.recipientKind, 'h.recipient_kind = @recipientKind', 'recipientKind')
    .when(q.organizationId, 'h.organization_id = @organizationId', 'organizationId')
  if (q.partyRelated !== undefined)
    w.add('h.party_related = @partyRelated', { partyRelated: q.partyRelated ? 1 : 0 })
  w.when(
    q.search ? likePattern(q.search) : null,
    `(h.title LIKE @like ESCAPE '\\' OR h.person_name LIKE @like ESCAPE '\\' OR h.awarded_by LIKE @like ESCAPE '\\'
      OR o.name LIKE @like ESCAPE '\\')`,
    'like',
  )
  return { where: w.sql, params: w.params }
}

const ORDER = 'ORDER BY h.awarded_on DESC, h.id DESC'

/** A page of live honours, newest first; the total comes with the page (one query). */
export function listHonours(db: Database, q: ParsedInput<'orgRecords.honours'>): Page<Honour> {
  const { where, params } = honourWhere(q)
  const rows = db
    .prepare(
      `${SELECT.replace('h.*', 'h.*, count(*) OVER () AS total_rows')} ${where} ${ORDER} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as (HonourRow & {
    total_rows: number
  })[]
  const total =
    rows[0]?.total_rows ??
    (q.page > 1
      ? (
          db
            .prepare(
              `SELECT count(*) AS n FROM honour h LEFT JOIN organization o ON o.id = h.organization_id ${where}`,
            )
            .get(params) as { n: number }
        ).n
      : 0)
  return { items: rows.map(toHonour), total, page: q.page, pageSize: q.pageSize }
}

function requireHonour(db: Database, id: number): HonourRow {
  const row = s(db).byId.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** An honour whose organisation is archived cannot change (restore the organisation first). */
function requireOrganizationLive(db: Database, organizationId: number | null): void {
  if (organizationId === null) return
  const org = s(db).org.get(organizationId)
  if (org?.archived_at) fail('CONFLICT', 'orgRecords.organizationArchived', { name: org.name })
}

/** Checks a draft; returns the values to store. */
function checkHonour(
  db: Database,
  input: ParsedInput<'orgRecords.saveHonour'>,
  existing: HonourRow | null,
  mayReadRoster: boolean,
  today: string,
): HonourValues {
  const fields: Record<string, Notice> = {}
  if (input.awardedOn > today) fields.awardedOn = notice('field.dateFuture', { today })
  const person = input.recipientKind === 'person'
  let organizationId = input.organizationId
  if (organizationId !== null && !s(db).org.get(organizationId)) {
    fields.organizationId = notice('orgRecords.organizationMissing')
    organizationId = null
  }
  if (!person && organizationId === null && !fields.organizationId)
    fields.organizationId = notice('orgRecords.honourOrganizationRequired')
  let personName = person ? input.personName : null
  const memberId = person ? input.memberId : null
  if (memberId !== null && memberId !== existing?.member_id) {
    // Linking someone on the roster reads the roster: only for an account that may.
    if (!mayReadRoster) fields.memberId = notice('orgRecords.memberNotAllowed')
    else {
      const member = s(db).member.get(memberId)
      if (!member) fields.memberId = notice('orgRecords.memberMissing')
      else personName ??= member.name
    }
  } else if (memberId === null && existing?.member_id != null && person && !mayReadRoster) {
    fields.memberId = notice('orgRecords.memberNotAllowed')
  }
  if (person && personName === null && !fields.memberId)
    fields.personName = notice('orgRecords.honourPersonRequired')
  failOnProblems(fields, {}, false)
  requireOrganizationLive(db, organizationId)
  return {
    title: input.title,
    level: input.level,
    awardedOn: input.awardedOn,
    awardedBy: input.awardedBy,
    recipientKind: input.recipientKind,
    organizationId,
    personName,
    memberId,
    partyRelated: (input.partyRelated ?? isPartyHonourTitle(input.title)) ? 1 : 0,
    note: input.note,
  }
}

/** The audit's picture of an honour. */
function auditPicture(h: Honour) {
  const { createdBy: _by, createdAt: _at, updatedAt: _updated, ...rest } = h
  return rest
}

// ---- export ----

/** zh-CN words when the caller sent none (the command line, tests). */
const DEFAULT_LABELS: Labels = {
  title: '荣誉',
  'heading.title': '荣誉名称',
  'heading.level': '级别',
  'heading.awardedOn': '授予日期',
  'heading.awardedBy': '授予单位',
  'heading.recipientKind': '获得者',
  'heading.organization': '组织',
  'heading.person': '个人',
  'heading.partyRelated': '创先争优',
  'heading.note': '备注',
  'word.yes': '是',
  'level.national': '国家级',
  'level.provincial': '省级',
  'level.municipal': '市级',
  'level.district': '区县级',
  'level.other': '其他',
  'recipient.organization': '组织',
  'recipient.person': '个人',
}

const label = labelsWith(DEFAULT_LABELS)

async function honoursXlsx(rows: readonly Honour[], labels: Labels): Promise<Buffer> {
  const columns: SheetColumn<Honour>[] = [
    { header: label(labels, 'heading.title'), value: (h) => h.title },
    { header: label(labels, 'heading.level'), value: (h) => label(labels, `level.${h.level}`) },
    { header: label(labels, 'heading.awardedOn'), kind: 'date', value: (h) => h.awardedOn },
    { header: label(labels, 'heading.awardedBy'), value: (h) => h.awardedBy },
    {
      header: label(labels, 'heading.recipientKind'),
      value: (h) => label(labels, `recipient.${h.recipientKind}`),
    },
    { header: label(labels, 'heading.organization'), value: (h) => h.organizationName },
    { header: label(labels, 'heading.person'), value: (h) => h.personName },
    {
      header: label(labels, 'heading.partyRelated'),
      value: (h) => (h.partyRelated ? label(labels, 'word.yes') : null),
    },
    { header: label(labels, 'heading.note'), value: (h) => h.note },
  ]
  return tableToXlsx(label(labels, 'title'), columns, rows)
}

export const honourHandlers = defineHandlers({
  'orgRecords.honours': {
    permission: 'organization.read',
    write: false,
    run: ({ db }, input) => listHonours(db, input),
  },
  'orgRecords.saveHonour': {
    permission: 'honour.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const existing = input.id ? requireHonour(db, input.id) : null
      if (existing) {
        if (existing.archived_at)
          fail('CONFLICT', 'orgRecords.recordArchived', { date: existing.archived_at.slice(0, 10) })
        requireOrganizationLive(db, existing.organization_id)
      }
      const values = checkHonour(db, input, existing, actorCan(actor, 'member.read'), clock.today())
      const at = clock.timestamp()
      let id: number
      if (existing) {
        id = existing.id
        s(db).update.run({ ...values, id, at })
      } else {
        id = Number(s(db).insert.run({ ...values, by: actor.name, at }).lastInsertRowid)
      }
      const saved = toHonour(requireHonour(db, id))
      audit({
        entity: 'honour',
        entityId: id,
        before: existing ? auditPicture(toHonour(existing)) : null,
        after: auditPicture(saved),
      })
      return saved
    },
  },
  'orgRecords.archiveHonour': {
    permission: 'honour.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = requireHonour(db, id)
      if (row.archived_at)
        fail('CONFLICT', 'orgRecords.recordArchived', { date: row.archived_at.slice(0, 10) })
      requireOrganizationLive(db, row.organization_id)
      s(db).archive.run({ id, reason, at: clock.timestamp() })
      audit({
        entity: 'honour',
        entityId: id,
        before: auditPicture(toHonour(row)),
        after: { archived: true, reason },
      })
      return toHonour(requireHonour(db, id))
    },
  },
  /** 导出 Excel: every live honour the filters find. */
  'orgRecords.exportHonours': {
    permission: 'organization.read',
    write: false,
    run: async ({ db, clock, audit }, { labels, ...filter }): Promise<ExportFile> => {
      const { where, params } = honourWhere(filter)
      const rows = (db.prepare(`${SELECT} ${where} ${ORDER}`).all(params) as HonourRow[]).map(toHonour)
      const content = await honoursXlsx(rows, labels)
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'honours', ...filter, rows: rows.length },
      })
      return {
        fileName: `${label(labels, 'title')}-${clock.today()}.xlsx`,
        contentBase64: content.toString('base64'),
        rows: rows.length,
      }
    },
  },
})
