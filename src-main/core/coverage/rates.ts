// 覆盖率 (domain §3) on any date: 组织覆盖率, 单独组建率 and 工作覆盖率 out of the organisations in residence on the
// date (setting: or only those able to form a branch, 正式党员3人以上), every figure with the organisations behind it,
// a year-over-year series and the Excel export.
import { labelsWith, type Labels } from '../lib/labels'
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import { ORGANISATIONAL_COVERAGE, ratePercent, seriesDate, type CoverageBucket } from '../../shared/coverage'
import type {
  CoverageOrganization,
  CoverageRates,
  CoverageSeries,
  ExportFile,
  Page,
} from '../../shared/entities'
import type { CoverageDenominator, LegalType, PartyOrgStatus, Stage } from '../../shared/enums'
import { PARTY_ORG_STATUSES } from '../../shared/enums'
import type { Database } from '../db/open'
import { stageOnSql } from '../organizations/repository'
import { likePattern } from '../db/where'
import { tablesToXlsx, type SheetColumn } from '../lib/excel'
import { defineHandlers } from '../registry'
import { readCoverageSettings, writeSetting } from '../system/settings'
import { statusOnSql, statusRowOnSql } from './periods'
import { ableToFormBranch, fullMemberCountsOn } from './partyMembers'

/** How many years the series shows, this year included. */
export const SERIES_YEARS = 5

const IN_RESIDENCE = IN_RESIDENCE_STAGES.map((s) => `'${s}'`).join(',')

/** One organisation in residence on the date, with what the rates need. */
interface Resident {
  id: number
  status: PartyOrgStatus
  fullMembers: number
}

/**
 * The organisations in residence on `date` (their stage on that date, from the stage history, is one of the stages
 * in residence; archived records are not counted) with their Party organisation status and 正式党员 on that date.
 */
function residentsOn(db: Database, date: string): Resident[] {
  const rows = db
    .prepare(
      `SELECT o.id, ${statusOnSql('o.id', '@date')} AS status FROM organization o
        WHERE o.archived_at IS NULL
          AND ${stageOnSql('o.id', '@date')} IN (${IN_RESIDENCE})`,
    )
    .all({ date }) as { id: number; status: PartyOrgStatus }[]
  const full = fullMemberCountsOn(db, date)
  return rows.map((r) => ({ id: r.id, status: r.status, fullMembers: full.get(r.id) ?? 0 }))
}

const isOrganizational = (r: Resident): boolean => ORGANISATIONAL_COVERAGE.includes(r.status)
const isAbleToForm = (r: Resident): boolean => ableToFormBranch(r.fullMembers)

/** Whether an organisation in residence belongs to a figure of the page, under the denominator setting. */
function inBucket(r: Resident, bucket: CoverageBucket, denominator: CoverageDenominator): boolean {
  if (bucket === 'inResidence') return true
  if (bucket === 'ableToForm') return isAbleToForm(r)
  if (denominator === 'able_to_form' && !isAbleToForm(r)) return false
  switch (bucket) {
    case 'total':
      return true
    case 'organizational':
      return isOrganizational(r)
    case 'work':
      return isOrganizational(r) || r.status === 'work_only'
    case 'uncovered':
      return !isOrganizational(r) && r.status !== 'work_only'
    case 'shouldForm':
      return isAbleToForm(r) && r.status !== 'standalone'
    default:
      return r.status === bucket
  }
}

function ratesFrom(residents: Resident[], date: string, denominator: CoverageDenominator): CoverageRates {
  const count = (bucket: CoverageBucket) => residents.filter((r) => inBucket(r, bucket, denominator)).length
  const byStatus = Object.fromEntries(PARTY_ORG_STATUSES.map((s) => [s, count(s)])) as Record<
    PartyOrgStatus,
    number
  >
  const total = count('total')
  const organizational = count('organizational')
  const work = count('work')
  return {
    date,
    denominator,
    inResidence: residents.length,
    ableToForm: count('ableToForm'),
    total,
    byStatus,
    organizational,
    work,
    uncovered: count('uncovered'),
    shouldForm: count('shouldForm'),
    rates: {
      organizational: ratePercent(organizational, total),
      standalone: ratePercent(byStatus.standalone, total),
      work: ratePercent(work, total),
    },
  }
}

/** The three rates and their counts on a date. */
export function coverageRates(db: Database, date: string): CoverageRates {
  return ratesFrom(residentsOn(db, date), date, readCoverageSettings(db).denominator)
}

/** The rates at the end of each of the last years (this year: today), oldest first. */
export function coverageSeries(db: Database, today: string): CoverageSeries {
  const denominator = readCoverageSettings(db).denominator
  const thisYear = Number(today.slice(0, 4))
  const points = Array.from({ length: SERIES_YEARS }, (_, i) => thisYear - SERIES_YEARS + 1 + i).map(
    (year) => {
      const date = seriesDate(year, today)
      return { year, ...ratesFrom(residentsOn(db, date), date, denominator) }
    },
  )
  return { denominator, points }
}

interface OrganizationRow {
  id: number
  name: string
  legal_type: LegalType
  stage: Stage
  status_since: string | null
  covering_branch: string | null
  by_base_branch: number | null
}

/** The organisations behind a figure, by name (pinyin), a page at a time, with what a reader checks next. */
export function coverageOrganizations(
  db: Database,
  input: { date: string; bucket: CoverageBucket; search: string | null; page: number; pageSize: number },
): Page<CoverageOrganization> & { bucket: CoverageBucket; date: string } {
  const { items, total } = listOrganizations(db, input, input.pageSize, (input.page - 1) * input.pageSize)
  return { items, total, page: input.page, pageSize: input.pageSize, bucket: input.bucket, date: input.date }
}

function listOrganizations(
  db: Database,
  input: { date: string; bucket: CoverageBucket; search: string | null },
  limit: number,
  offset: number,
): { items: CoverageOrganization[]; total: number } {
  const denominator = readCoverageSettings(db).denominator
  const residents = residentsOn(db, input.date).filter((r) => inBucket(r, input.bucket, denominator))
  const byId = new Map(residents.map((r) => [r.id, r]))
  if (residents.length === 0) return { items: [], total: 0 }
  // The ids go in as one JSON array: one statement for the count and one for the page, whatever the size.
  const ids = JSON.stringify(residents.map((r) => r.id))
  const search = input.search?.trim() ? likePattern(input.search.trim().toLowerCase()) : null
  const where = search ? `AND o.search_text LIKE @search ESCAPE '\\'` : ''
  const picked = `organization o WHERE o.id IN (SELECT value FROM json_each(@ids)) ${where}`
  const total = (
    db.prepare(`SELECT count(*) AS n FROM ${picked}`).get({ ids, ...(search ? { search } : {}) }) as {
      n: number
    }
  ).n
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.legal_type, o.stage, s.start_date AS status_since, s.covering_branch, s.by_base_branch
         FROM ${picked.replace('WHERE', `LEFT JOIN org_party_status s ON s.id = ${statusRowOnSql('o.id', '@date')} WHERE`)}
         ORDER BY o.name_pinyin, o.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ids, date: input.date, limit, offset, ...(search ? { search } : {}) }) as OrganizationRow[]
  const contacts = contactsOn(
    db,
    rows.map((r) => r.id),
    input.date,
  )
  const items = rows.map((r): CoverageOrganization => {
    const resident = byId.get(r.id)
    return {
      id: r.id,
      name: r.name,
      legalType: r.legal_type,
      stage: r.stage,
      status: resident?.status ?? 'none',
      statusSince: r.status_since,
      coveringBranch: r.covering_branch,
      byBaseBranch: r.by_base_branch === 1,
      fullMembers: resident?.fullMembers ?? 0,
      shouldForm: resident ? isAbleToForm(resident) && resident.status !== 'standalone' : false,
      instructors: contacts.get(r.id) ?? [],
    }
  })
  return { items, total }
}

/** The 党建指导员/联络员 of some organisations on a date, by organisation. */
function contactsOn(db: Database, ids: number[], date: string): Map<number, string[]> {
  const out = new Map<number, string[]>()
  if (ids.length === 0) return out
  const rows = db
    .prepare(
      `SELECT c.organization_id, coalesce(m.name, c.person_name) AS name FROM org_party_contact c
         LEFT JOIN mentor m ON m.id = c.mentor_id
        WHERE c.archived_at IS NULL AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?)
          AND c.organization_id IN (${ids.map(() => '?').join(',')})
        ORDER BY c.role, c.start_date, c.id`,
    )
    .all(date, date, ...ids) as { organization_id: number; name: string }[]
  for (const r of rows) out.set(r.organization_id, [...(out.get(r.organization_id) ?? []), r.name])
  return out
}

// ---- export ----

/** zh-CN words when the caller sent none (the command line, tests). */
const DEFAULT_LABELS: Labels = {
  'title.file': '党建覆盖率（{date}）',
  'sheet.rates': '覆盖率',
  'sheet.organizations': '组织明细',
  'sheet.series': '逐年对比',
  'heading.figure': '指标',
  'heading.count': '数量',
  'heading.rate': '比率',
  'heading.definition': '口径',
  'heading.name': '组织名称',
  'heading.status': '党组织状态',
  'heading.since': '状态起始日期',
  'heading.coveringBranch': '覆盖的党组织',
  'heading.fullMembers': '正式党员',
  'heading.shouldForm': '应建未建',
  'heading.instructors': '党建指导员/联络员',
  'heading.year': '年度',
  'heading.date': '统计日期',
  'heading.total': '统计总数',
  'figure.total': '统计总数',
  'figure.organizational': '组织覆盖率',
  'figure.standalone': '单独组建率',
  'figure.work': '工作覆盖率',
  'figure.shouldForm': '应建未建',
  'definition.total': '{denominator}',
  'definition.organizational': '（单独组建 + 联合组建 + 兜底/兼合式）÷ 统计总数',
  'definition.standalone': '单独组建 ÷ 统计总数',
  'definition.work': '（组织覆盖 + 仅有党建指导员/联络员）÷ 统计总数',
  'definition.shouldForm': '正式党员3人以上但未单独组建党组织',
  'denominator.in_residence': '报告日在驻的全部组织',
  'denominator.able_to_form': '仅具备单独组建条件的组织（正式党员3人以上）',
  'word.yes': '是',
  'status.standalone': '单独组建',
  'status.joint': '联合组建',
  'status.fallback': '兜底',
  'status.combined': '兼合式',
  'status.work_only': '仅有党建指导员/联络员',
  'status.none': '无',
}

const label = labelsWith(DEFAULT_LABELS)

/** The Excel of the coverage page: the rates with their definitions, every organisation counted, the series. */
export async function exportCoverage(
  db: Database,
  date: string,
  today: string,
  labels: Labels,
): Promise<ExportFile> {
  const rates = coverageRates(db, date)
  const series = coverageSeries(db, today)
  const organizations = listOrganizations(db, { date, bucket: 'total', search: null }, -1, 0).items
  const denominatorText = label(labels, `denominator.${rates.denominator}`)
  type Figure = { figure: string; count: number; rate: number | null; definition: string }
  const figures: Figure[] = [
    {
      figure: label(labels, 'figure.total'),
      count: rates.total,
      rate: null,
      definition: label(labels, 'definition.total', { denominator: denominatorText }),
    },
    {
      figure: label(labels, 'figure.organizational'),
      count: rates.organizational,
      rate: rates.rates.organizational,
      definition: label(labels, 'definition.organizational'),
    },
    {
      figure: label(labels, 'figure.standalone'),
      count: rates.byStatus.standalone,
      rate: rates.rates.standalone,
      definition: label(labels, 'definition.standalone'),
    },
    {
      figure: label(labels, 'figure.work'),
      count: rates.work,
      rate: rates.rates.work,
      definition: label(labels, 'definition.work'),
    },
    ...PARTY_ORG_STATUSES.map((s) => ({
      figure: label(labels, `status.${s}`),
      count: rates.byStatus[s],
      rate: ratePercent(rates.byStatus[s], rates.total),
      definition: '',
    })),
    {
      figure: label(labels, 'figure.shouldForm'),
      count: rates.shouldForm,
      rate: null,
      definition: label(labels, 'definition.shouldForm'),
    },
  ]
  const figureColumns: SheetColumn<Figure>[] = [
    { header: label(labels, 'heading.figure'), value: (r) => r.figure },
    { header: label(labels, 'heading.count'), kind: 'integer', value: (r) => r.count },
    { header: label(labels, 'heading.rate'), kind: 'percent', value: (r) => r.rate },
    { header: label(labels, 'heading.definition'), value: (r) => r.definition },
  ]
  const organizationColumns: SheetColumn<CoverageOrganization>[] = [
    { header: label(labels, 'heading.name'), value: (r) => r.name },
    { header: label(labels, 'heading.status'), value: (r) => label(labels, `status.${r.status}`) },
    { header: label(labels, 'heading.since'), kind: 'date', value: (r) => r.statusSince },
    { header: label(labels, 'heading.coveringBranch'), value: (r) => r.coveringBranch },
    { header: label(labels, 'heading.fullMembers'), kind: 'integer', value: (r) => r.fullMembers },
    {
      header: label(labels, 'heading.shouldForm'),
      value: (r) => (r.shouldForm ? label(labels, 'word.yes') : null),
    },
    {
      header: label(labels, 'heading.instructors'),
      value: (r) => r.instructors.join('、') || null,
    },
  ]
  type Point = CoverageSeries['points'][number]
  const seriesColumns: SheetColumn<Point>[] = [
    { header: label(labels, 'heading.year'), value: (r) => r.year },
    { header: label(labels, 'heading.date'), kind: 'date', value: (r) => r.date },
    { header: label(labels, 'heading.total'), kind: 'integer', value: (r) => r.total },
    { header: label(labels, 'figure.organizational'), kind: 'percent', value: (r) => r.rates.organizational },
    { header: label(labels, 'figure.standalone'), kind: 'percent', value: (r) => r.rates.standalone },
    { header: label(labels, 'figure.work'), kind: 'percent', value: (r) => r.rates.work },
  ]
  const content = await tablesToXlsx([
    { name: label(labels, 'sheet.rates'), columns: figureColumns, rows: figures },
    { name: label(labels, 'sheet.organizations'), columns: organizationColumns, rows: organizations },
    { name: label(labels, 'sheet.series'), columns: seriesColumns, rows: series.points },
  ])
  return {
    fileName: `${label(labels, 'title.file', { date })}.xlsx`,
    contentBase64: content.toString('base64'),
    rows: organizations.length,
  }
}

export const coverageRateHandlers = defineHandlers({
  'coverage.rates': {
    permission: 'coverage.read',
    write: false,
    run: ({ db, clock }, { date }) => coverageRates(db, date ?? clock.today()),
  },
  'coverage.series': {
    permission: 'coverage.read',
    write: false,
    run: ({ db, clock }) => coverageSeries(db, clock.today()),
  },
  'coverage.organizations': {
    permission: 'coverage.read',
    write: false,
    run: ({ db, clock }, input) => coverageOrganizations(db, { ...input, date: input.date ?? clock.today() }),
  },
  /** 导出 Excel: names of organisations and their Party status, no personal data; audited. */
  'coverage.export': {
    permission: 'coverage.read',
    write: false,
    run: async ({ db, clock, audit }, { date, labels }) => {
      const on = date ?? clock.today()
      const file = await exportCoverage(db, on, clock.today(), labels)
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'coverageRates', date: on, rows: file.rows },
      })
      return file
    },
  },
  'coverage.settings': {
    permission: 'session',
    write: false,
    run: ({ db }) => readCoverageSettings(db),
  },
  'coverage.updateSettings': {
    permission: 'system.manage',
    write: true,
    run: ({ db, audit }, input) => {
      const before = readCoverageSettings(db)
      writeSetting(db, 'coverage', input)
      audit({ entity: 'setting', entityId: null, before, after: input })
      return readCoverageSettings(db)
    },
  },
})
