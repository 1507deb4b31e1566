// 资金台账 (domain §6): every inflow and outflow of the base and its organisations, in integer 分, with its source
// kind, the organisation and project it belongs to, 凭证号 and one attachment; totals per year, source and month.
//
// Nothing is deleted: a mistaken entry is 冲销 (archived) with its reason and a correct one is recorded. Only the
// descriptive fields of an entry change in place; its date, direction, amount and source change by 冲销 and a new
// entry, so every total keeps its trail. The totals read `fund_tally`, kept by triggers of migration 0010 in the
// same transaction as every insert and archive, whoever writes (this file or a 公益创投 tranche payment). An entry
// that records a tranche payment is changed only from its venture project.
import { labelsWith, type Labels } from '../lib/labels'
import type { FundEntry, FundEntryPage, FundProjectOptions, FundTotals } from '../../shared/entities'
import type { FundDirection, FundSourceKind } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import { MAX_ENTRY_FEN, addFen, totalsTable, type FundTallyRow } from '../../shared/funds'
import { fenToYuan, yuanToFen } from '../../shared/money'
import type { ParsedInput } from '../../shared/contract'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { Where, likePattern } from '../db/where'
import { fail, failOnProblems, notice } from '../errors'
import { readAttachment, storeAttachment, type AttachmentMessages } from '../lib/attachments'
import { tablesToXlsx, type SheetColumn } from '../lib/excel'
import { defineHandlers } from '../registry'

interface EntryRow {
  id: number
  date: string
  direction: FundDirection
  amount_fen: number
  source_kind: FundSourceKind
  organization_id: number | null
  service_project_id: number | null
  venture_project_id: number | null
  counterparty: string | null
  summary: string
  document_no: string | null
  attachment_name: string | null
  attachment_sha256: string | null
  attachment_size: number | null
  created_by: string
  created_at: string
  archived_at: string | null
  archive_reason: string | null
}

/** An entry with the names it points to, as the list reads it. */
interface ListedRow extends EntryRow {
  organization_name: string | null
  service_project_name: string | null
  venture_project_title: string | null
  tranche_seq: number | null
}

const LISTED = `SELECT f.*, o.name AS organization_name, sp.name AS service_project_name,
    vp.title AS venture_project_title,
    (SELECT t.seq FROM venture_tranche t WHERE t.project_id = f.venture_project_id AND t.fund_entry_id = f.id)
      AS tranche_seq
  FROM fund_entry f
  LEFT JOIN organization o ON o.id = f.organization_id
  LEFT JOIN service_project sp ON sp.id = f.service_project_id
  LEFT JOIN venture_project vp ON vp.id = f.venture_project_id`

const s = cached((db: Database) => ({
  listed: db.prepare<[number], ListedRow>(`${LISTED} WHERE f.id = ?`),
  org: db.prepare<[number], { id: number; name: string; archived_at: string | null }>(
    'SELECT id, name, archived_at FROM organization WHERE id = ?',
  ),
  serviceProject: db.prepare<[number], { id: number; name: string; organization_id: number; owner: string }>(
    `SELECT p.id, p.name, p.organization_id, o.name AS owner FROM service_project p
     JOIN organization o ON o.id = p.organization_id WHERE p.id = ?`,
  ),
  ventureProject: db.prepare<[number], { id: number; title: string; organization_id: number; owner: string }>(
    `SELECT p.id, p.title, p.organization_id, o.name AS owner FROM venture_project p
     JOIN organization o ON o.id = p.organization_id WHERE p.id = ?`,
  ),
  insert: db.prepare<{
    date: string
    direction: FundDirection
    amountFen: number
    sourceKind: FundSourceKind
    organizationId: number | null
    serviceProjectId: number | null
    ventureProjectId: number | null
    counterparty: string | null
    summary: string
    documentNo: string | null
    by: string
    at: string
  }>(
    `INSERT INTO fund_entry (date, direction, amount_fen, source_kind, organization_id, service_project_id,
       venture_project_id, counterparty, summary, document_no, created_by, created_at)
     VALUES (@date, @direction, @amountFen, @sourceKind, @organizationId, @serviceProjectId, @ventureProjectId,
       @counterparty, @summary, @documentNo, @by, @at)`,
  ),
  updateDescription: db.prepare<{
    id: number
    organizationId: number | null
    serviceProjectId: number | null
    ventureProjectId: number | null
    counterparty: string | null
    summary: string
    documentNo: string | null
  }>(
    `UPDATE fund_entry SET organization_id = @organizationId, service_project_id = @serviceProjectId,
       venture_project_id = @ventureProjectId, counterparty = @counterparty, summary = @summary,
       document_no = @documentNo
     WHERE id = @id`,
  ),
  archive: db.prepare<[string, string, number]>(
    'UPDATE fund_entry SET archived_at = ?, archive_reason = ? WHERE id = ?',
  ),
  setAttachment: db.prepare<[string, string, number, number]>(
    'UPDATE fund_entry SET attachment_name = ?, attachment_sha256 = ?, attachment_size = ? WHERE id = ?',
  ),
  tally: db.prepare<[number], [number, number, FundSourceKind, FundDirection, number, number]>(
    `SELECT year, month, source_kind, direction, amount_fen, entries FROM fund_tally
     WHERE scope_id = ? AND entries > 0`,
  ),
  serviceProjectsOf: db.prepare<[number], { id: number; name: string }>(
    `SELECT id, name FROM service_project WHERE organization_id = ? AND archived_at IS NULL
     ORDER BY start_date DESC, id DESC`,
  ),
  ventureProjectsOf: db.prepare<[number], { id: number; title: string }>(
    `SELECT id, title FROM venture_project WHERE organization_id = ? AND archived_at IS NULL
     ORDER BY created_at DESC, id DESC`,
  ),
}))

const ATTACHMENT_MESSAGES: AttachmentMessages = {
  unavailable: 'funds.attachmentsUnavailable',
  unreadable: 'funds.fileUnreadable',
  tooLarge: 'funds.fileTooLarge',
  missing: 'funds.attachmentMissing',
  corrupt: 'funds.attachmentCorrupt',
}

function toEntry(r: ListedRow): FundEntry {
  return {
    id: r.id,
    date: r.date,
    direction: r.direction,
    amountFen: r.amount_fen,
    sourceKind: r.source_kind,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    serviceProjectId: r.service_project_id,
    serviceProjectName: r.service_project_name,
    ventureProjectId: r.venture_project_id,
    ventureProjectTitle: r.venture_project_title,
    fromTranche: r.tranche_seq !== null,
    counterparty: r.counterparty,
    summary: r.summary,
    documentNo: r.document_no,
    attachmentName: r.attachment_name,
    attachmentSize: r.attachment_size,
    createdBy: r.created_by,
    createdAt: r.created_at,
    archivedAt: r.archived_at,
    archiveReason: r.archive_reason,
  }
}

function requireEntry(db: Database, id: number): ListedRow {
  const row = s(db).listed.get(id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** A live entry that the ledger itself may change: not archived, not a tranche payment's record. */
function requireChangeable(db: Database, id: number): ListedRow {
  const row = requireEntry(db, id)
  if (row.archived_at !== null)
    fail('CONFLICT', 'funds.entryArchived', { date: row.archived_at.slice(0, 10) })
  if (row.tranche_seq !== null)
    fail('CONFLICT', 'funds.trancheOwned', { project: row.venture_project_title ?? '', seq: row.tranche_seq })
  return row
}

type ListFilters = Omit<ParsedInput<'fund.list'>, 'page' | 'pageSize'>

/** The WHERE of the filters; `live` leaves archived entries out whatever the filter says (for the sums). */
function filterWhere(q: ListFilters, live: boolean): Where {
  const w = new Where()
  if (q.from || q.to) {
    w.when(q.from, 'f.date >= @from', 'from')
    w.when(q.to, 'f.date <= @to', 'to')
  } else if (q.year !== undefined) {
    w.add('f.date BETWEEN @yearFrom AND @yearTo', { yearFrom: `${q.year}-01-01`, yearTo: `${q.year}-12-31` })
  }
  w.when(q.direction, 'f.direction = @direction', 'direction')
  w.when(q.sourceKind, 'f.source_kind = @sourceKind', 'sourceKind')
  w.when(q.organizationId, 'f.organization_id = @organizationId', 'organizationId')
  w.when(q.serviceProjectId, 'f.service_project_id = @serviceProjectId', 'serviceProjectId')
  w.when(q.ventureProjectId, 'f.venture_project_id = @ventureProjectId', 'ventureProjectId')
  if (q.search)
    w.add(
      `(f.summary LIKE @search ESCAPE '\\' OR f.counterparty LIKE @search ESCAPE '\\'
        OR f.document_no LIKE @search ESCAPE '\\')`,
      { search: likePattern(q.search) },
    )
  if (live || !q.includeArchived) w.add('f.archived_at IS NULL')
  return w
}

const ORDER = 'ORDER BY f.date DESC, f.id DESC'

/** In, out and net of every live entry the filters match. */
function filteredSums(db: Database, q: ListFilters): { inFen: number; outFen: number; netFen: number } {
  const w = filterWhere(q, true)
  const rows = db
    .prepare(`SELECT f.direction, sum(f.amount_fen) FROM fund_entry f ${w.sql} GROUP BY f.direction`)
    .raw()
    .all(w.params) as [FundDirection, number][]
  let inFen = 0
  let outFen = 0
  for (const [direction, fen] of rows) {
    // SQLite sums integers exactly (it raises an error rather than go past 2^63); checked here once more.
    if (!Number.isSafeInteger(fen)) throw new RangeError(`Ledger sum out of the exact range: ${fen}`)
    if (direction === 'in') inFen = fen
    else outFen = fen
  }
  return { inFen, outFen, netFen: addFen(inFen, -outFen) }
}

/**
 * Count and sums from the tally, when the filters are only what the tally is keyed by (a year, a direction, a
 * source, an organisation) and archived entries are left out: a year of a million-row ledger is some 100,000 rows
 * to count and add, the tally a few hundred.
 */
function tallySums(
  db: Database,
  q: ListFilters,
): { total: number; inFen: number; outFen: number; netFen: number } | null {
  if (q.from || q.to || q.serviceProjectId || q.ventureProjectId || q.search || q.includeArchived) return null
  const w = new Where().add('scope_id = @scope', { scope: q.organizationId ?? 0 })
  w.when(q.year, 'year = @year', 'year')
  w.when(q.direction, 'direction = @direction', 'direction')
  w.when(q.sourceKind, 'source_kind = @sourceKind', 'sourceKind')
  const rows = db
    .prepare(`SELECT direction, sum(amount_fen), sum(entries) FROM fund_tally ${w.sql} GROUP BY direction`)
    .raw()
    .all(w.params) as [FundDirection, number, number][]
  let total = 0
  let inFen = 0
  let outFen = 0
  for (const [direction, fen, entries] of rows) {
    total += entries
    if (direction === 'in') inFen = fen
    else outFen = fen
  }
  return { total, inFen, outFen, netFen: addFen(inFen, -outFen) }
}

export function listFundEntries(db: Database, q: ParsedInput<'fund.list'>): FundEntryPage {
  const w = filterWhere(q, false)
  const items = (
    db
      .prepare(`${LISTED} ${w.sql} ${ORDER} LIMIT @limit OFFSET @offset`)
      .all({ ...w.params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as ListedRow[]
  ).map(toEntry)
  const page = { items, page: q.page, pageSize: q.pageSize }
  const fromTally = tallySums(db, q)
  if (fromTally) return { ...page, ...fromTally }
  const total =
    (db.prepare(`SELECT count(*) FROM fund_entry f ${w.sql}`).pluck().get(w.params) as number) ?? 0
  return { ...page, total, ...filteredSums(db, q) }
}

/** The totals of the base (scope 0) or of one organisation, from the tally. */
export function fundTotals(db: Database, organizationId: number | null, year: number): FundTotals {
  const org = organizationId === null ? null : s(db).org.get(organizationId)
  if (organizationId !== null && !org) fail('NOT_FOUND', 'common.notFound')
  const rows: FundTallyRow[] = s(db)
    .tally.raw()
    .all(organizationId ?? 0)
    .map(([y, month, sourceKind, direction, amountFen, entries]) => ({
      year: y,
      month,
      sourceKind,
      direction,
      amountFen,
      entries,
    }))
  return { organizationId, organizationName: org?.name ?? null, ...totalsTable(rows, year) }
}

/** The 元 text typed as 分, or the field's message. */
function parseAmount(text: string): { fen: number } | { problem: Notice } {
  const parsed = yuanToFen(text, MAX_ENTRY_FEN)
  if (parsed.ok) return parsed.fen > 0 ? { fen: parsed.fen } : { problem: notice('funds.amountZero') }
  const keys = {
    empty: 'funds.amountEmpty',
    format: 'funds.amountFormat',
    decimals: 'funds.amountDecimals',
    tooLarge: 'funds.amountTooLarge',
  } as const
  return { problem: notice(keys[parsed.reason], { max: fenToYuan(MAX_ENTRY_FEN, true) }) }
}

/** The organisation and projects an entry belongs to, checked against one another. */
function checkBelonging(
  db: Database,
  input: ParsedInput<'fund.save'>,
  existing: ListedRow | null,
  fields: Record<string, Notice>,
): { organizationId: number | null; serviceProjectId: number | null; ventureProjectId: number | null } {
  let organizationId = input.organizationId
  const service = input.serviceProjectId === null ? null : s(db).serviceProject.get(input.serviceProjectId)
  const venture = input.ventureProjectId === null ? null : s(db).ventureProject.get(input.ventureProjectId)
  if (service === undefined || venture === undefined) fail('NOT_FOUND', 'common.notFound')
  // A project chosen without its organisation: the organisation is the project's.
  if (organizationId === null) organizationId = service?.organization_id ?? venture?.organization_id ?? null
  if (organizationId !== null) {
    const org = s(db).org.get(organizationId)
    if (!org) fail('NOT_FOUND', 'common.notFound')
    // An archived organisation gets no new money; an entry already of it keeps its descriptive fields editable.
    if (org.archived_at !== null && existing?.organization_id !== org.id)
      fields.organizationId = notice('funds.organizationArchived', { name: org.name })
    if (service && service.organization_id !== organizationId)
      fields.serviceProjectId = notice('funds.serviceProjectOtherOrganization', {
        project: service.name,
        owner: service.owner,
      })
    if (venture && venture.organization_id !== organizationId)
      fields.ventureProjectId = notice('funds.ventureProjectOtherOrganization', {
        project: venture.title,
        owner: venture.owner,
      })
  }
  return {
    organizationId,
    serviceProjectId: service?.id ?? null,
    ventureProjectId: venture?.id ?? null,
  }
}

/** The audit's picture of an entry: what a reader of the trail needs, amounts in 元 text as well. */
function auditPicture(e: FundEntry) {
  return {
    date: e.date,
    direction: e.direction,
    amountFen: e.amountFen,
    amountYuan: fenToYuan(e.amountFen),
    sourceKind: e.sourceKind,
    organization: e.organizationName,
    serviceProject: e.serviceProjectName,
    ventureProject: e.ventureProjectTitle,
    counterparty: e.counterparty,
    summary: e.summary,
    documentNo: e.documentNo,
  }
}

// ---- Excel ----

const DEFAULT_LABELS: Labels = {
  'title.ledger': '资金台账',
  'title.totals': '资金收支汇总',
  'heading.date': '日期',
  'heading.direction': '收支',
  'heading.amount': '金额（元）',
  'heading.source': '资金来源',
  'heading.organization': '所属组织',
  'heading.project': '所属项目',
  'heading.counterparty': '付款方/收款方',
  'heading.summary': '摘要',
  'heading.documentNo': '凭证号',
  'heading.archived': '冲销',
  'heading.year': '年度',
  'heading.in': '收入（元）',
  'heading.out': '支出（元）',
  'heading.net': '结余（元）',
  'heading.entries': '笔数',
  'word.total': '合计',
  'word.yearTotal': '{year} 年合计',
  'word.base': '全基地',
  'word.archived': '已冲销：{reason}',
  'direction.in': '收入',
  'direction.out': '支出',
  'source.fiscal_special': '财政专项资金',
  'source.welfare_lottery': '福利彩票公益金',
  'source.government_purchase': '政府购买服务',
  'source.party_work_fund': '党建工作经费（财政专拨）',
  'source.party_dues_allocation': '党费下拨',
  'source.party_dues_refund': '党费全额返拨',
  'source.reward': '奖励拨款',
  'source.special_subsidy': '专项补助',
  'source.donation': '社会捐赠',
  'source.foundation_grant': '基金会资助',
  'source.other': '其他',
}

const label = labelsWith(DEFAULT_LABELS)

/**
 * The filtered ledger: one row per entry (archived ones marked, never counted) and a last row with the sums.
 * Amounts are exact 元 text (`1234.56`) made from 分 by shared/money.ts, so the sheet shows exactly the ledger.
 */
async function exportLedger(db: Database, q: ListFilters, labels: Labels): Promise<[Buffer, number]> {
  const w = filterWhere(q, false)
  const rows = (db.prepare(`${LISTED} ${w.sql} ${ORDER}`).all(w.params) as ListedRow[]).map(toEntry)
  const sums = filteredSums(db, q)
  type Row = FundEntry | { total: true }
  const isTotal = (r: Row): r is { total: true } => 'total' in r
  const entry = <V>(r: Row, f: (e: FundEntry) => V): V | null => (isTotal(r) ? null : f(r))
  const columns: SheetColumn<Row>[] = [
    {
      header: label(labels, 'heading.date'),
      kind: 'date',
      value: (r) => (isTotal(r) ? label(labels, 'word.total') : r.date),
    },
    {
      header: label(labels, 'heading.direction'),
      value: (r) => entry(r, (e) => label(labels, `direction.${e.direction}`)),
    },
    {
      header: label(labels, 'heading.source'),
      value: (r) => entry(r, (e) => label(labels, `source.${e.sourceKind}`)),
    },
    {
      header: label(labels, 'heading.amount'),
      kind: 'money',
      value: (r) => entry(r, (e) => e.amountFen),
    },
    {
      header: label(labels, 'heading.in'),
      kind: 'money',
      value: (r) => (isTotal(r) ? sums.inFen : null),
    },
    {
      header: label(labels, 'heading.out'),
      kind: 'money',
      value: (r) => (isTotal(r) ? sums.outFen : null),
    },
    {
      header: label(labels, 'heading.net'),
      kind: 'money',
      value: (r) => (isTotal(r) ? sums.netFen : null),
    },
    {
      header: label(labels, 'heading.organization'),
      value: (r) => entry(r, (e) => e.organizationName),
    },
    {
      header: label(labels, 'heading.project'),
      value: (r) => entry(r, (e) => e.serviceProjectName ?? e.ventureProjectTitle),
    },
    {
      header: label(labels, 'heading.counterparty'),
      value: (r) => entry(r, (e) => e.counterparty),
    },
    { header: label(labels, 'heading.summary'), value: (r) => entry(r, (e) => e.summary) },
    {
      header: label(labels, 'heading.documentNo'),
      kind: 'text',
      value: (r) => entry(r, (e) => e.documentNo),
    },
    {
      header: label(labels, 'heading.archived'),
      value: (r) =>
        entry(r, (e) =>
          e.archiveReason === null ? null : label(labels, 'word.archived', { reason: e.archiveReason }),
        ),
    },
  ]
  const content = await tablesToXlsx([
    { name: label(labels, 'title.ledger'), columns, rows: [...rows, { total: true } as const] },
  ])
  return [content, rows.length]
}

/** The totals table: per year one row per source, the year's total, and the grand total last. */
async function exportTotals(totals: FundTotals, labels: Labels): Promise<[Buffer, number]> {
  interface Row {
    year: string
    source: string
    inFen: number
    outFen: number
    netFen: number
    entries: number
  }
  const rows: Row[] = []
  for (const y of totals.years) {
    for (const c of y.bySource)
      rows.push({ ...c, year: String(y.year), source: label(labels, `source.${c.sourceKind}`) })
    rows.push({ ...y, year: String(y.year), source: label(labels, 'word.yearTotal', { year: y.year }) })
  }
  rows.push({ ...totals, year: label(labels, 'word.total'), source: '' })
  const columns: SheetColumn<Row>[] = [
    { header: label(labels, 'heading.year'), value: (r) => r.year },
    { header: label(labels, 'heading.source'), value: (r) => r.source },
    { header: label(labels, 'heading.in'), kind: 'money', value: (r) => r.inFen },
    { header: label(labels, 'heading.out'), kind: 'money', value: (r) => r.outFen },
    { header: label(labels, 'heading.net'), kind: 'money', value: (r) => r.netFen },
    { header: label(labels, 'heading.entries'), kind: 'integer', value: (r) => r.entries },
  ]
  const name = `${label(labels, 'title.totals')}-${totals.organizationName ?? label(labels, 'word.base')}`
  return [await tablesToXlsx([{ name, columns, rows }]), rows.length]
}

export const fundHandlers = defineHandlers({
  'fund.list': {
    permission: 'fund.read',
    write: false,
    run: ({ db }, q) => listFundEntries(db, q),
  },
  /**
   * 登记 a new entry, or change the descriptive fields of one (counterparty, 摘要, 凭证号, organisation, project).
   * Its date, direction, amount and source are fixed once saved: a change is 冲销 and a new entry.
   */
  'fund.save': {
    permission: 'fund.write',
    write: true,
    run: ({ db, clock, actor, audit }, input) => {
      const today = clock.today()
      const existing = input.id ? requireChangeable(db, input.id) : null
      const fields: Record<string, Notice> = {}
      let amountFen = existing?.amount_fen ?? 0
      if (existing) {
        const fixed = notice('funds.fixedField')
        if (input.date !== existing.date) fields.date = fixed
        if (input.direction !== existing.direction) fields.direction = fixed
        if (input.sourceKind !== existing.source_kind) fields.sourceKind = fixed
        const amount = parseAmount(input.amountYuan)
        if ('problem' in amount || amount.fen !== existing.amount_fen) fields.amountYuan = fixed
      } else {
        if (input.date > today) fields.date = notice('funds.dateFuture', { today })
        const amount = parseAmount(input.amountYuan)
        if ('problem' in amount) fields.amountYuan = amount.problem
        else amountFen = amount.fen
      }
      const belonging = checkBelonging(db, input, existing, fields)
      failOnProblems(fields, {}, false)
      const descriptive = {
        ...belonging,
        counterparty: input.counterparty,
        summary: input.summary,
        documentNo: input.documentNo,
      }
      let id: number
      if (existing) {
        id = existing.id
        s(db).updateDescription.run({ ...descriptive, id })
      } else {
        id = Number(
          s(db).insert.run({
            ...descriptive,
            date: input.date,
            direction: input.direction,
            amountFen,
            sourceKind: input.sourceKind,
            by: actor.name,
            at: clock.timestamp(),
          }).lastInsertRowid,
        )
      }
      const saved = toEntry(requireEntry(db, id))
      audit({
        entity: 'fund_entry',
        entityId: id,
        before: existing ? auditPicture(toEntry(existing)) : null,
        after: auditPicture(saved),
      })
      return saved
    },
  },
  /** 冲销: the entry stays, struck through, with its reason, and leaves every total. */
  'fund.archive': {
    permission: 'fund.write',
    write: true,
    run: ({ db, clock, audit }, { id, reason }) => {
      const row = requireChangeable(db, id)
      s(db).archive.run(clock.timestamp(), reason, id)
      audit({
        entity: 'fund_entry',
        entityId: id,
        before: auditPicture(toEntry(row)),
        after: { archived: true, reason },
      })
      return toEntry(requireEntry(db, id))
    },
  },
  /** The entry's one attachment (凭证 scan, contract): a new file replaces the previous one, which stays stored. */
  'fund.attachmentAdd': {
    permission: 'fund.write',
    write: true,
    run: ({ db, audit, attachmentsDir }, { entryId, fileName, contentBase64 }) => {
      const row = requireChangeable(db, entryId)
      const { sha256, sizeBytes } = storeAttachment(attachmentsDir, contentBase64, ATTACHMENT_MESSAGES)
      s(db).setAttachment.run(fileName, sha256, sizeBytes, entryId)
      audit({
        entity: 'fund_entry',
        entityId: entryId,
        before: row.attachment_name === null ? null : { attachment: row.attachment_name },
        after: { attachment: fileName, sizeBytes, sha256 },
      })
      return toEntry(requireEntry(db, entryId))
    },
  },
  'fund.attachmentGet': {
    permission: 'fund.read',
    write: false,
    run: ({ db, attachmentsDir }, { id }) => {
      const row = requireEntry(db, id)
      if (row.attachment_name === null || row.attachment_sha256 === null) fail('NOT_FOUND', 'common.notFound')
      return readAttachment(
        attachmentsDir,
        { fileName: row.attachment_name, sha256: row.attachment_sha256 },
        ATTACHMENT_MESSAGES,
      )
    },
  },
  'fund.totals': {
    permission: 'fund.read',
    write: false,
    run: ({ db, clock }, { organizationId, year }) =>
      fundTotals(db, organizationId ?? null, year ?? Number(clock.today().slice(0, 4))),
  },
  'fund.projectOptions': {
    permission: 'fund.read',
    write: false,
    run: ({ db }, { organizationId }): FundProjectOptions => ({
      serviceProjects: s(db).serviceProjectsOf.all(organizationId),
      ventureProjects: s(db).ventureProjectsOf.all(organizationId),
    }),
  },
  'fund.export': {
    permission: 'fund.read',
    write: false,
    run: async ({ db, clock, audit }, { table, labels, ...filters }) => {
      const today = clock.today()
      const [content, rows] =
        table === 'ledger'
          ? await exportLedger(db, filters, labels)
          : await exportTotals(
              fundTotals(db, filters.organizationId ?? null, Number(today.slice(0, 4))),
              labels,
            )
      audit({ entity: 'export', entityId: null, before: null, after: { table: `funds.${table}`, rows } })
      return {
        fileName: `${label(labels, table === 'ledger' ? 'title.ledger' : 'title.totals')}-${today}.xlsx`,
        contentBase64: content.toString('base64'),
        rows,
      }
    },
  },
})
