// 两关六同步: one checklist per organisation per year (domain §3). `six_sync_entry` holds only what a person set;
// every other item shows the prefill, computed when read from the records the app already keeps (status history,
// 年检, 等级评估, 能力评估, 党建指导 sessions, 荣誉) by the pure rules of shared/sixSync.ts. A person's entry wins;
// 恢复自动 supersedes it and the prefill shows again. Nothing is deleted.
//
// The year's matrix reads the facts of every organisation at once: a handful of grouped queries over the year,
// never a query per organisation (the bench base has ~18,000).
//
// Decided here (the messages say so): a manual date must lie within the checklist's own year and not after today;
// 已同步 needs a date, 未开始 takes none, 不适用 needs a reason in the note; a year after this one, or an archived
// organisation, cannot be changed.
import { labelsWith, type Labels } from '../lib/labels'
import type {
  ExportFile,
  SixSyncCell,
  SixSyncChecklist,
  SixSyncEntry,
  SixSyncItemTotals,
  SixSyncItemView,
  SixSyncMatrix,
  SixSyncMatrixRow,
} from '../../shared/entities'
import {
  COACHING_DIMENSIONS,
  type LegalType,
  type PartyOrgStatus,
  type SixSyncStatus,
} from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import type { ParsedInput } from '../../shared/contract'
import {
  SIX_SYNC_ITEMS,
  UNREGISTERED_TYPES,
  emptyFacts,
  prefillAll,
  yearBounds,
  type SixSyncFacts,
  type SixSyncItem,
  explainPrefill,
  type PrefillReason,
  type SixSyncPrefill,
} from '../../shared/sixSync'
import type { Database } from '../db/open'
import { stageOnSql } from '../organizations/repository'
import { cached } from '../db/statements'
import { fail, invalid, notice } from '../errors'
import { tableToXlsx, type SheetColumn } from '../lib/excel'
import { likePattern } from '../db/where'
import { defineHandlers } from '../registry'
import { ORGANISATIONAL_COVERAGE, statusOnSql } from './periods'

interface EntryRow {
  id: number
  organization_id: number
  year: number
  item: SixSyncItem
  status: SixSyncStatus
  date: string | null
  note: string | null
  recorded_by: string
  recorded_at: string
  superseded_at: string | null
}

interface OrgRow {
  id: number
  name: string
  legal_type: LegalType
  registered_on: string | null
  archived_at: string | null
}

/** The 党建指导 bit of coaching_session.dimension_mask (COACHING_DIMENSIONS order). */
const PARTY_BUILDING_BIT = 1 << COACHING_DIMENSIONS.indexOf('party_building')

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(',')
const RESIDENT = list(IN_RESIDENCE_STAGES)
const COVERED = list(ORGANISATIONAL_COVERAGE)
const UNREGISTERED = list(UNREGISTERED_TYPES)

/** Parameters of the year-wide fact queries; `org` narrows them to one organisation. */
interface YearParams {
  first: string
  last: string
  year: number
  previousYear: number
  org?: number
}

/**
 * The fact queries of a year, for every organisation or (`one`) for `@org` only. Each reads one table once; the
 * core joins the results by organisation in memory.
 */
function factStatements(db: Database, one: boolean) {
  const only = (column: string) => (one ? `AND ${column} = @org` : '')
  return {
    /** Registered in the year: 组织覆盖 on the day, or the first one starting later that year. */
    registration: db.prepare<YearParams, [number, string, number, string | null]>(
      `SELECT o.id, o.registered_on,
              ${statusOnSql('o.id', 'o.registered_on')} IN (${COVERED}),
              (SELECT min(s.start_date) FROM org_party_status s
                WHERE s.organization_id = o.id AND s.archived_at IS NULL AND s.status IN (${COVERED})
                  AND s.start_date > o.registered_on AND s.start_date <= @last)
         FROM organization o
        WHERE o.registered_on BETWEEN @first AND @last AND o.legal_type NOT IN (${UNREGISTERED})
          ${only('o.id')}`,
    ),
    /** 年检 concluded in the year, or undated of 年度 year − 1. */
    inspections: db.prepare<YearParams, [number, number, string | null, number]>(
      `SELECT organization_id, year, concluded_on, party_work_checked FROM annual_inspection
        WHERE archived_at IS NULL ${only('organization_id')}
          AND (concluded_on BETWEEN @first AND @last OR (concluded_on IS NULL AND year = @previousYear))`,
    ),
    ratings: db.prepare<YearParams, [number, string, number, number]>(
      `SELECT organization_id, rated_on, grade, party_building_assessed FROM org_rating
        WHERE archived_at IS NULL AND rated_on BETWEEN @first AND @last ${only('organization_id')}`,
    ),
    assessments: db.prepare<YearParams, [number, string]>(
      `SELECT organization_id, max(date) FROM capability_assessment
        WHERE archived_at IS NULL AND date BETWEEN @first AND @last ${only('organization_id')}
        GROUP BY organization_id`,
    ),
    partyCoaching: db.prepare<YearParams, [number, string]>(
      `SELECT organization_id, max(date) FROM coaching_session
        WHERE archived_at IS NULL AND date BETWEEN @first AND @last
          AND (dimension_mask & ${PARTY_BUILDING_BIT}) <> 0 ${only('organization_id')}
        GROUP BY organization_id`,
    ),
    /** Party-related honours of the year; a person's counts for the organisation named on it, else their roster one. */
    honours: db.prepare<YearParams, [number, string, string, string | null]>(
      `SELECT * FROM (
         SELECT coalesce(h.organization_id, m.organization_id) AS org, h.awarded_on, h.title,
                CASE WHEN h.recipient_kind = 'person' THEN h.person_name END, h.id
           FROM honour h LEFT JOIN party_member m ON m.id = h.member_id
          WHERE h.archived_at IS NULL AND h.party_related = 1 AND h.awarded_on BETWEEN @first AND @last)
        WHERE org IS NOT NULL ${only('org')}
        ORDER BY awarded_on, id`,
    ),
    entries: db.prepare<YearParams, EntryRow>(
      `SELECT * FROM six_sync_entry WHERE year = @year AND superseded_at IS NULL ${only('organization_id')}`,
    ),
  }
}

const s = cached((db: Database) => ({
  all: factStatements(db, false),
  one: factStatements(db, true),
  organization: db.prepare<[number], OrgRow>(
    'SELECT id, name, legal_type, registered_on, archived_at FROM organization WHERE id = ?',
  ),
  history: db.prepare<[number, number], EntryRow>(
    `SELECT * FROM six_sync_entry WHERE organization_id = ? AND year = ?
      ORDER BY recorded_at DESC, id DESC`,
  ),
  supersede: db.prepare<{ org: number; year: number; item: number; at: string }>(
    `UPDATE six_sync_entry SET superseded_at = @at
      WHERE organization_id = @org AND year = @year AND item = @item AND superseded_at IS NULL`,
  ),
  insert: db.prepare<{
    org: number
    year: number
    item: number
    status: SixSyncStatus
    date: string | null
    note: string | null
    by: string
    at: string
  }>(
    `INSERT INTO six_sync_entry (organization_id, year, item, status, date, note, recorded_by, recorded_at)
     VALUES (@org, @year, @item, @status, @date, @note, @by, @at)`,
  ),
  /**
   * The matrix's organisations, in name order: in residence at any time in the year and not archived, plus any
   * with a live manual entry that year. In residence = the stage in force on 1 January, or one entered during the
   * year. The stage on 1 January is the organisation's current one when it dates from then or before (the stage
   * history only grows forward: a change is never dated before the last one); the history is read only for the
   * others. The party status filter reads the status on `@statusOn`.
   */
  matrixOrganizations: db.prepare<
    {
      first: string
      last: string
      year: number
      statusOn: string
      like: string | null
      partyStatus: PartyOrgStatus | null
    },
    [number, LegalType, string | null, string | null]
  >(
    `WITH resident AS (
       SELECT h.organization_id AS id FROM organization_stage_history h
        WHERE h.date > @first AND h.date <= @last AND h.stage IN (${RESIDENT})
       UNION
       SELECT o.id FROM organization o WHERE o.stage IN (${RESIDENT}) AND o.stage_date <= @first
       UNION
       SELECT o.id FROM organization o
        WHERE o.stage_date > @first
          AND ${stageOnSql('o.id', '@first')} IN (${RESIDENT})
     )
     SELECT o.id, o.legal_type, o.registered_on, o.archived_at
       FROM organization o
      WHERE ((o.archived_at IS NULL AND o.id IN (SELECT id FROM resident))
             OR o.id IN (SELECT organization_id FROM six_sync_entry WHERE year = @year AND superseded_at IS NULL))
        AND (@like IS NULL OR o.search_text LIKE @like ESCAPE '\\')
        AND (@partyStatus IS NULL OR ${statusOnSql('o.id', '@statusOn')} = @partyStatus)
      ORDER BY o.name_pinyin, o.id`,
  ),
  totalChanges: db.prepare<[], number>('SELECT total_changes()').pluck(),
  /** Names and party status of the rows shown (a page, or every row of an export). */
  shownOrganizations: db.prepare<{ ids: string; statusOn: string }, [number, string, PartyOrgStatus]>(
    `SELECT o.id, o.name, ${statusOnSql('o.id', '@statusOn')} FROM organization o
      WHERE o.id IN (SELECT value FROM json_each(@ids))`,
  ),
}))

const paramsOf = (year: number, org?: number): YearParams => {
  const { first, last } = yearBounds(year)
  return { first, last, year, previousYear: year - 1, ...(org === undefined ? {} : { org }) }
}

/** The facts of the year for the organisations given (all of them in one pass per table). */
function readFacts(
  db: Database,
  year: number,
  orgs: ReadonlyMap<number, { legalType: LegalType; registeredOn: string | null }>,
  one?: number,
): Map<number, SixSyncFacts> {
  const st = one === undefined ? s(db).all : s(db).one
  const p = paramsOf(year, one)
  const facts = new Map<number, SixSyncFacts>()
  for (const [id, o] of orgs) facts.set(id, emptyFacts(o.legalType, o.registeredOn))
  for (const [id, , covered, coveredFrom] of st.registration.raw().all(p)) {
    const f = facts.get(id)
    if (f) Object.assign(f, { coveredOnRegistration: covered === 1, coveredFrom })
  }
  // Pushed onto arrays of this function's own (the facts type reads them as readonly).
  const inspections = new Map<number, SixSyncFacts['inspections'][number][]>()
  for (const [id, inspectionYear, concludedOn, checked] of st.inspections.raw().all(p)) {
    const f = facts.get(id)
    if (!f) continue
    let list = inspections.get(id)
    if (!list) inspections.set(id, (list = []))
    list.push({ year: inspectionYear, concludedOn, partyWorkChecked: checked === 1 })
    f.inspections = list
  }
  const ratings = new Map<number, SixSyncFacts['ratings'][number][]>()
  for (const [id, ratedOn, grade, assessed] of st.ratings.raw().all(p)) {
    const f = facts.get(id)
    if (!f) continue
    let list = ratings.get(id)
    if (!list) ratings.set(id, (list = []))
    list.push({ ratedOn, grade, partyBuildingAssessed: assessed === 1 })
    f.ratings = list
  }
  for (const [id, date] of st.assessments.raw().all(p)) {
    const f = facts.get(id)
    if (f) f.assessedOn = date
  }
  for (const [id, date] of st.partyCoaching.raw().all(p)) {
    const f = facts.get(id)
    if (f) f.partyCoachedOn = date
  }
  // In date order: the last one of an organisation is its latest.
  for (const [id, awardedOn, title, personName] of st.honours.raw().all(p)) {
    const f = facts.get(id)
    if (f) f.honour = { awardedOn, title, personName }
  }
  return facts
}

/** Live manual entries of the year, by organisation and item. */
function readEntries(db: Database, year: number, one?: number): Map<number, Map<SixSyncItem, EntryRow>> {
  const st = one === undefined ? s(db).all : s(db).one
  const out = new Map<number, Map<SixSyncItem, EntryRow>>()
  for (const row of st.entries.all(paramsOf(year, one))) {
    let byItem = out.get(row.organization_id)
    if (!byItem) out.set(row.organization_id, (byItem = new Map<SixSyncItem, EntryRow>()))
    byItem.set(row.item, row)
  }
  return out
}

const toEntry = (r: EntryRow): SixSyncEntry => ({
  id: r.id,
  status: r.status,
  date: r.date,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  supersededAt: r.superseded_at,
})

/** A cell as computed for every row; the prefill's text is made only for the rows shown. */
interface ComputedCell {
  status: SixSyncStatus
  date: string | null
  source: 'prefill' | 'manual'
  reason: PrefillReason | null
  note: string | null
}

/** A cell: the manual entry when there is one, else the prefill. */
function cellOf(prefill: SixSyncPrefill, entry: EntryRow | undefined): ComputedCell {
  return entry
    ? { status: entry.status, date: entry.date, source: 'manual', reason: null, note: entry.note }
    : { status: prefill.status, date: prefill.date, source: 'prefill', reason: prefill.reason, note: null }
}

const shownCell = ({ reason, ...cell }: ComputedCell): SixSyncCell => ({
  ...cell,
  explanation: reason ? explainPrefill(reason) : null,
})

const countSynced = (cells: readonly { status: SixSyncStatus }[]): number =>
  cells.filter((c) => c.status === 'synced').length

function requireOrganization(db: Database, id: number): OrgRow {
  const org = s(db).organization.get(id)
  if (!org) fail('NOT_FOUND', 'common.notFound')
  return org
}

/** The checklist of one organisation for one year. */
export function sixSyncChecklist(
  db: Database,
  organizationId: number,
  year: number,
  today: string,
): SixSyncChecklist {
  const org = requireOrganization(db, organizationId)
  const facts =
    readFacts(
      db,
      year,
      new Map([[org.id, { legalType: org.legal_type, registeredOn: org.registered_on }]]),
      org.id,
    ).get(org.id) ?? emptyFacts(org.legal_type, org.registered_on)
  const prefills = prefillAll(facts, year)
  const history = s(db).history.all(org.id, year)
  const items: SixSyncItemView[] = SIX_SYNC_ITEMS.map((item, i) => {
    const prefill = prefills[i] as SixSyncPrefill
    const ofItem = history.filter((h) => h.item === item)
    const live = ofItem.find((h) => h.superseded_at === null)
    const cell = cellOf(prefill, live)
    return {
      item,
      status: cell.status,
      date: cell.date,
      note: cell.note,
      source: cell.source,
      prefill: { status: prefill.status, date: prefill.date, explanation: explainPrefill(prefill.reason) },
      manual: live ? toEntry(live) : null,
      history: ofItem.filter((h) => h !== live).map(toEntry),
    }
  })
  return {
    organizationId: org.id,
    organizationName: org.name,
    year,
    archived: org.archived_at !== null,
    editableYear: year <= Number(today.slice(0, 4)),
    items,
    syncedCount: countSynced(items),
  }
}

export type SixSyncFilters = Omit<ParsedInput<'sixSync.matrix'>, 'page' | 'pageSize'>

/** The date the matrix reads the party status on: the year's last day, or today for this year (and later). */
export const statusDateOf = (year: number, today: string): string => {
  const { last } = yearBounds(year)
  return last < today ? last : today
}

interface ComputedRow {
  id: number
  archived: boolean
  cells: ComputedCell[]
  syncedCount: number
}

/**
 * Every row of the year's matrix that matches the filters, in name order, with the per-item totals. The cells of
 * every row are computed (the filters and totals need them); names, statuses and texts come with `show`.
 */
export function sixSyncRows(db: Database, filters: SixSyncFilters, today: string): ComputedRows {
  // Paging through the matrix, or exporting what is on screen, asks for the same rows again: the last answer is
  // kept until anything is written (total_changes() of this connection, data_version for any other).
  const key = JSON.stringify([
    filters,
    today,
    s(db).totalChanges.get(),
    db.pragma('data_version', { simple: true }),
  ])
  const last = lastRows.get(db)
  if (last?.key === key) return last.value
  const value = computeRows(db, filters, today)
  lastRows.set(db, { key, value })
  return value
}

interface ComputedRows {
  rows: ComputedRow[]
  totals: SixSyncItemTotals[]
  statusOn: string
}

const lastRows = new WeakMap<Database, { key: string; value: ComputedRows }>()

function computeRows(db: Database, filters: SixSyncFilters, today: string): ComputedRows {
  const { year } = filters
  const { first, last } = yearBounds(year)
  const statusOn = statusDateOf(year, today)
  const text = filters.search?.toLowerCase().replace(/\s+/g, '') ?? ''
  const orgs = s(db)
    .matrixOrganizations.raw()
    .all({
      first,
      last,
      year,
      statusOn,
      like: text ? likePattern(text) : null,
      partyStatus: filters.partyStatus,
    })
  const known = new Map(orgs.map(([id, legalType, registeredOn]) => [id, { legalType, registeredOn }]))
  const facts = readFacts(db, year, known)
  const entries = readEntries(db, year)
  const totals: SixSyncItemTotals[] = SIX_SYNC_ITEMS.map((item) => ({
    item,
    synced: 0,
    notApplicable: 0,
    notStarted: 0,
  }))
  const rows: ComputedRow[] = []
  const wanted = filters.item !== null && filters.itemStatus !== null ? filters.item - 1 : -1
  for (const [id, legalType, registeredOn, archivedAt] of orgs) {
    const prefills = prefillAll(facts.get(id) ?? emptyFacts(legalType, registeredOn), year)
    const manual = entries.get(id)
    const cells = prefills.map((p, i) => cellOf(p, manual?.get((i + 1) as SixSyncItem)))
    if (wanted >= 0 && cells[wanted]?.status !== filters.itemStatus) continue
    if (filters.onlyIncomplete && !cells.some((c) => c.status === 'not_started')) continue
    let synced = 0
    cells.forEach((c, i) => {
      const t = totals[i] as SixSyncItemTotals
      if (c.status === 'synced') {
        t.synced++
        synced++
      } else if (c.status === 'not_applicable') t.notApplicable++
      else t.notStarted++
    })
    rows.push({ id, archived: archivedAt !== null, cells, syncedCount: synced })
  }
  return { rows, totals, statusOn }
}

/** The rows as shown: with their names, party status on `statusOn` and the prefills' texts. */
function show(db: Database, rows: readonly ComputedRow[], statusOn: string): SixSyncMatrixRow[] {
  const named = new Map<number, [string, PartyOrgStatus]>()
  const found = s(db)
    .shownOrganizations.raw()
    .all({ ids: JSON.stringify(rows.map((r) => r.id)), statusOn })
  for (const [id, name, status] of found) named.set(id, [name, status])
  return rows.map((r) => {
    const [name, partyStatus] = named.get(r.id) ?? ['', 'none']
    return {
      organizationId: r.id,
      name,
      archived: r.archived,
      partyStatus,
      cells: r.cells.map(shownCell),
      syncedCount: r.syncedCount,
    }
  })
}

export function sixSyncMatrix(
  db: Database,
  input: ParsedInput<'sixSync.matrix'>,
  today: string,
): SixSyncMatrix {
  const { page, pageSize, ...filters } = input
  const { rows, totals, statusOn } = sixSyncRows(db, filters, today)
  const start = (page - 1) * pageSize
  return {
    items: show(db, rows.slice(start, start + pageSize), statusOn),
    total: rows.length,
    page,
    pageSize,
    year: input.year,
    statusOn,
    totals,
    completeRows: rows.filter((r) => r.cells.every((c) => c.status !== 'not_started')).length,
  }
}

// ---- writes ----

/** The organisation and year may be changed: not archived, not a year still to come. */
function requireWritable(db: Database, organizationId: number, year: number, today: string): OrgRow {
  const org = requireOrganization(db, organizationId)
  const thisYear = Number(today.slice(0, 4))
  if (year > thisYear) fail('VALIDATION', 'sixSync.yearInFuture', { year, thisYear })
  if (org.archived_at)
    fail('CONFLICT', 'sixSync.organizationArchived', { name: org.name, date: org.archived_at.slice(0, 10) })
  return org
}

/** The problems of a manual entry, by field. */
export function checkEntry(
  entry: { year: number; status: SixSyncStatus; date: string | null; note: string | null },
  today: string,
): Record<string, Notice> {
  const fields: Record<string, Notice> = {}
  const { first, last } = yearBounds(entry.year)
  if (entry.status === 'synced' && entry.date === null) fields.date = notice('sixSync.dateRequired')
  else if (entry.status === 'not_started' && entry.date !== null)
    fields.date = notice('sixSync.dateNotStarted')
  else if (entry.date !== null && (entry.date < first || entry.date > last))
    fields.date = notice('sixSync.dateOutsideYear', { year: entry.year, first, last })
  else if (entry.date !== null && entry.date > today) fields.date = notice('sixSync.dateFuture', { today })
  if (entry.status === 'not_applicable' && entry.note === null) fields.note = notice('sixSync.reasonRequired')
  return fields
}

/** What the audit shows of an item: the entry, or the prefill underneath. */
const auditView = (view: SixSyncItemView) =>
  view.manual
    ? { source: 'manual', status: view.status, date: view.date, note: view.note }
    : {
        source: 'prefill',
        status: view.status,
        date: view.date,
        explanation: view.prefill.explanation.message,
      }

// ---- export ----

/** zh-CN words when the caller sent none (the command line, tests). */
const DEFAULT_LABELS: Labels = {
  title: '{year} 年两关六同步',
  'heading.name': '组织名称',
  'heading.partyStatus': '党组织状态（{date}）',
  'heading.item1': '登记注册与党组织设立同步审批',
  'heading.item2': '年检与党建工作同步检查',
  'heading.item3': '等级评估与党组织规范化建设评估同步开展',
  'heading.item4': '自身建设与党组织建设同步考核',
  'heading.item5': '创先争优同步表彰',
  'heading.item6': '换届调整班子同步',
  'heading.synced': '已同步项数',
  'status.synced': '已同步',
  'status.not_started': '未开始',
  'status.not_applicable': '不适用',
  'partyStatus.standalone': '单独组建',
  'partyStatus.joint': '联合组建',
  'partyStatus.fallback': '兜底',
  'partyStatus.combined': '兼合式',
  'partyStatus.work_only': '仅有党建指导员/联络员',
  'partyStatus.none': '无',
  'word.manual': '手动登记',
  'word.archived': '已归档',
  'word.total': '合计（已同步 / 不适用 / 未开始）',
}

const label = labelsWith(DEFAULT_LABELS)

async function exportMatrix(
  rows: SixSyncMatrixRow[],
  totals: SixSyncItemTotals[],
  year: number,
  statusOn: string,
  labels: Labels,
): Promise<Buffer> {
  type Row = SixSyncMatrixRow | { total: true }
  const isTotal = (r: Row): r is { total: true } => 'total' in r
  const cellText = (c: SixSyncCell): string =>
    [
      label(labels, `status.${c.status}`),
      c.date,
      c.source === 'manual' ? `（${label(labels, 'word.manual')}）` : null,
    ]
      .filter(Boolean)
      .join(' ')
  const columns: SheetColumn<Row>[] = [
    {
      header: label(labels, 'heading.name'),
      value: (r) =>
        isTotal(r)
          ? label(labels, 'word.total')
          : r.archived
            ? `${r.name}（${label(labels, 'word.archived')}）`
            : r.name,
    },
    {
      header: label(labels, 'heading.partyStatus', { date: statusOn }),
      value: (r) => (isTotal(r) ? null : label(labels, `partyStatus.${r.partyStatus}`)),
    },
    ...SIX_SYNC_ITEMS.map((item, i): SheetColumn<Row> => ({
      header: label(labels, `heading.item${item}`),
      value: (r) => {
        if (isTotal(r)) {
          const t = totals[i]
          return t ? `${t.synced} / ${t.notApplicable} / ${t.notStarted}` : null
        }
        const c = r.cells[i]
        return c ? cellText(c) : null
      },
    })),
    {
      header: label(labels, 'heading.synced'),
      kind: 'integer',
      value: (r) => (isTotal(r) ? null : r.syncedCount),
    },
  ]
  return tableToXlsx(label(labels, 'title', { year }), columns, [...rows, { total: true }])
}

export const sixSyncHandlers = defineHandlers({
  'sixSync.get': {
    permission: 'coverage.read',
    write: false,
    run: ({ db, clock }, { organizationId, year }) =>
      sixSyncChecklist(db, organizationId, year, clock.today()),
  },
  /** Sets one item by hand: the live entry (if any) is superseded, the new one wins over the prefill. */
  'sixSync.set': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const org = requireWritable(db, input.organizationId, input.year, today)
      const fields = checkEntry(input, today)
      if (Object.keys(fields).length > 0) invalid(fields)
      const before = sixSyncChecklist(db, org.id, input.year, today).items[input.item - 1]
      const at = clock.timestamp()
      const key = { org: org.id, year: input.year, item: input.item }
      s(db).supersede.run({ ...key, at })
      const id = Number(
        s(db).insert.run({
          ...key,
          status: input.status,
          date: input.date,
          note: input.note,
          by: actor.name,
          at,
        }).lastInsertRowid,
      )
      audit({
        entity: 'six_sync_entry',
        entityId: id,
        before: before
          ? { organization: org.name, year: input.year, item: input.item, ...auditView(before) }
          : null,
        after: {
          organization: org.name,
          year: input.year,
          item: input.item,
          source: 'manual',
          status: input.status,
          date: input.date,
          note: input.note,
        },
      })
      return sixSyncChecklist(db, org.id, input.year, today)
    },
  },
  /** 恢复自动: the live entry is superseded (kept), and the item shows the prefill again. */
  'sixSync.reset': {
    permission: 'coverage.write',
    write: true,
    run: ({ db, clock, audit }, { organizationId, year, item }) => {
      const today = clock.today()
      const org = requireWritable(db, organizationId, year, today)
      const before = sixSyncChecklist(db, org.id, year, today).items[item - 1]
      if (!before?.manual) fail('CONFLICT', 'sixSync.nothingToReset')
      s(db).supersede.run({ org: org.id, year, item, at: clock.timestamp() })
      const after = sixSyncChecklist(db, org.id, year, today)
      const view = after.items[item - 1]
      audit({
        entity: 'six_sync_entry',
        entityId: before.manual.id,
        before: { organization: org.name, year, item, ...auditView(before) },
        after: view ? { organization: org.name, year, item, ...auditView(view) } : null,
      })
      return after
    },
  },
  'sixSync.matrix': {
    permission: 'coverage.read',
    write: false,
    run: ({ db, clock }, input) => sixSyncMatrix(db, input, clock.today()),
  },
  /** 导出 Excel: every matching row of the year with the per-item totals; audited like every export. */
  'sixSync.export': {
    permission: 'coverage.read',
    write: false,
    run: async ({ db, clock, audit }, { labels, ...filters }): Promise<ExportFile> => {
      const today = clock.today()
      const { rows, totals, statusOn } = sixSyncRows(db, filters, today)
      const content = await exportMatrix(show(db, rows, statusOn), totals, filters.year, statusOn, labels)
      const title = label(labels, 'title', { year: filters.year })
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'sixSyncMatrix', year: filters.year, rows: rows.length },
      })
      return {
        fileName: `${title}-${today}.xlsx`,
        contentBase64: content.toString('base64'),
        rows: rows.length,
      }
    },
  },
})
