// 年检与评估 across the residents (党建覆盖 → 年检与评估): every organisation in residence today with its last two
// 年检, the rating that applies and its validity, 不可参评 and 可申请评估; filters by one flag and by name, with the
// count of each flag. One statement per page: the flags of every resident are computed once (a materialised CTE,
// covering-index lookups per organisation), counted, then filtered, sorted and paged — never a query per row.
import { labelsWith, type Labels } from '../lib/labels'
import type { ParsedInput } from '../../shared/contract'
import type { ExportFile, InspectionCell, RatingsOverview, RatingsOverviewRow } from '../../shared/entities'
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import { enumLabelsZhCN } from '../../shared/messages'
import type { InspectionGrade, Stage } from '../../shared/enums'
import {
  EXPIRY_WARNING_MONTHS,
  PRIORITY_GRADE,
  RATINGS_OVERVIEW_FLAGS,
  gradeLabel,
  inspectionExpected,
  validityOn,
  type NotRateableReason,
  type RatingsOverviewFlag,
  type RegistrationProblem,
} from '../../shared/orgRecords'
import type { Database } from '../db/open'
import { addMonths } from '../lib/dates'
import { tableToXlsx, type SheetColumn } from '../lib/excel'
import { likePattern } from '../db/where'
import { defineHandlers } from '../registry'
import { rateability } from './records'

const IN_RESIDENCE = IN_RESIDENCE_STAGES.map((s) => `'${s}'`).join(', ')

/** Last year's 年检 is missing: due (registered by the end of that 年度) and not there. */
const MISSING = '(f.g1 IS NULL AND f.registered_on <= @lastYearEnd)'

/** Each flag as SQL over a row of `residents` (the rules of shared/orgRecords.ts; the tests hold them together). */
const FLAG_SQL: Record<RatingsOverviewFlag, string> = {
  expiring: 'f.valid_until BETWEEN @today AND @warnUntil',
  lapsed: 'f.valid_until < @today',
  notRateable: `(${MISSING} OR f.g1 = 'fail' OR (f.g1 = 'basic' AND f.g2 = 'basic'))`,
  missingLastYear: MISSING,
  priority: `(f.grade >= ${PRIORITY_GRADE} AND f.valid_until >= @today)`,
}

/** The rating that applies on @today to organisation `o`: the latest rated on or before it. */
const RATING_ID = `SELECT x.id FROM org_rating x
  WHERE x.organization_id = o.id AND x.archived_at IS NULL AND x.rated_on <= @today
  ORDER BY x.rated_on DESC LIMIT 1`

/**
 * What the flags need, for every resident, read from covering indexes only (0009; the planner would rather take the
 * narrower unique index of 年检 and then read the table): the grade of last year's 年检,
 * the year before's only when last year's was 基本合格 (nothing else reads it), and the applying rating's last day
 * and grade in one lookup (`valid_until || grade`: the date is 10 characters, the grade one digit).
 */
const residentsSql = (
  search: boolean,
) => `SELECT o.id, o.name_pinyin AS pinyin, o.registered_on, i1.grade AS g1,
    CASE WHEN i1.grade = 'basic' THEN (SELECT i2.grade FROM annual_inspection i2 INDEXED BY annual_inspection_grade
      WHERE i2.organization_id = o.id AND i2.year = @y2 AND i2.archived_at IS NULL) END AS g2,
    (SELECT x.valid_until || x.grade FROM org_rating x
      WHERE x.organization_id = o.id AND x.archived_at IS NULL AND x.rated_on <= @today
      ORDER BY x.rated_on DESC LIMIT 1) AS vg
  FROM organization o
  LEFT JOIN annual_inspection i1 INDEXED BY annual_inspection_grade
    ON i1.organization_id = o.id AND i1.year = @y1 AND i1.archived_at IS NULL
  WHERE o.archived_at IS NULL AND o.stage IN (${IN_RESIDENCE})${search ? " AND o.search_text LIKE @like ESCAPE '\\'" : ''}`

const COUNTS = `SELECT count(*) AS residents,
    ${RATINGS_OVERVIEW_FLAGS.map((f) => `coalesce(sum(${FLAG_SQL[f]}), 0) AS ${f}`).join(',\n    ')}
  FROM residents f`

/** A page's rows in full: the organisation, both 年检 with their results, the rating. */
const DETAILS = `SELECT f.id, f.pinyin, f.valid_until, o.name, o.stage, f.registered_on,
    i1.result AS r1, i1.grade AS g1, i2.result AS r2, i2.grade AS g2,
    r.id AS rating_id, r.grade, r.rated_on, r.valid_until AS rating_valid_until
  FROM page f JOIN organization o ON o.id = f.id
  LEFT JOIN annual_inspection i1 ON i1.organization_id = o.id AND i1.year = @y1 AND i1.archived_at IS NULL
  LEFT JOIN annual_inspection i2 ON i2.organization_id = o.id AND i2.year = @y2 AND i2.archived_at IS NULL
  LEFT JOIN org_rating r ON r.id = (${RATING_ID})`

interface ResidentRow {
  id: number
  name: string
  stage: Stage
  registered_on: string | null
  r1: string | null
  g1: InspectionGrade | null
  r2: string | null
  g2: InspectionGrade | null
  rating_id: number | null
  grade: number | null
  rated_on: string | null
  rating_valid_until: string | null
}

type CountsRow = { residents: number } & Record<RatingsOverviewFlag, number>

type OverviewFilter = Omit<ParsedInput<'orgRecords.overview'>, 'page' | 'pageSize'>

const ORDER: Record<OverviewFilter['sortBy'], string> = {
  name: 'f.pinyin, f.id',
  validUntil: 'f.valid_until IS NULL, f.valid_until, f.pinyin, f.id',
}

/** The statement of a page (or, without a limit, of everything the filters find). */
function overviewSql(q: OverviewFilter, paged: boolean): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {}
  if (q.search) params.like = likePattern(q.search.toLowerCase().replace(/\s+/g, ''))
  const where = q.flag ? `WHERE ${FLAG_SQL[q.flag]}` : ''
  const order = ORDER[q.sortBy]
  const sql = `WITH residents AS MATERIALIZED (
      SELECT id, pinyin, registered_on, g1, g2, substr(vg, 1, 10) AS valid_until, CAST(substr(vg, 11) AS INTEGER) AS grade
        FROM (${residentsSql(q.search !== null)})),
    counts AS (${COUNTS}),
    page AS (SELECT f.* FROM residents f ${where} ORDER BY ${order} ${paged ? 'LIMIT @limit OFFSET @offset' : ''})
    SELECT counts.*, f.* FROM counts LEFT JOIN (${DETAILS}) f ON 1 ORDER BY ${order}`
  return { sql, params }
}

function dayParams(today: string) {
  const year = Number(today.slice(0, 4))
  return {
    today,
    warnUntil: addMonths(today, EXPIRY_WARNING_MONTHS),
    y1: year - 1,
    y2: year - 2,
    lastYearEnd: `${year - 1}-12-31`,
  }
}

const cell = (year: number, result: string | null, grade: InspectionGrade | null): InspectionCell | null =>
  result !== null && grade !== null ? { year, result, grade } : null

function toRow(r: ResidentRow, today: string): RatingsOverviewRow {
  const last = Number(today.slice(0, 4)) - 1
  const grades = new Map<number, InspectionGrade | null>([
    [last, r.g1],
    [last - 1, r.g2],
  ])
  return {
    organizationId: r.id,
    name: r.name,
    stage: r.stage,
    registeredOn: r.registered_on,
    lastInspection: cell(last, r.r1, r.g1),
    previousInspection: cell(last - 1, r.r2, r.g2),
    rating:
      r.rating_id !== null && r.grade !== null && r.rated_on !== null && r.rating_valid_until !== null
        ? {
            id: r.rating_id,
            grade: r.grade,
            ratedOn: r.rated_on,
            validUntil: r.rating_valid_until,
            validity: validityOn(r.rating_valid_until, today),
          }
        : null,
    ...rateability(r.registered_on, today, (year) => grades.get(year) ?? null),
  }
}

type OverviewRow = CountsRow & Partial<ResidentRow>

/** One page of the residents, with the counts of every flag. */
export function ratingsOverview(
  db: Database,
  q: ParsedInput<'orgRecords.overview'>,
  today: string,
): RatingsOverview {
  const { sql, params } = overviewSql(q, true)
  let rows = db.prepare(sql).all({
    ...dayParams(today),
    ...params,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  }) as OverviewRow[]
  const first = rows[0]
  const counts = Object.fromEntries(RATINGS_OVERVIEW_FLAGS.map((f) => [f, first?.[f] ?? 0])) as Record<
    RatingsOverviewFlag,
    number
  >
  rows = rows.filter((r) => r.id != null)
  const residents = first?.residents ?? 0
  return {
    items: rows.map((r) => toRow(r as ResidentRow, today)),
    // The matches are counted with the flags: all residents the search finds, or those with the flag.
    total: q.flag ? counts[q.flag] : residents,
    page: q.page,
    pageSize: q.pageSize,
    today,
    lastYear: Number(today.slice(0, 4)) - 1,
    counts,
    residents,
  }
}

/** Every resident the filters find, in the list's order (for the export). */
function allRows(db: Database, q: OverviewFilter, today: string): RatingsOverviewRow[] {
  const { sql, params } = overviewSql(q, false)
  return (db.prepare(sql).all({ ...dayParams(today), ...params }) as OverviewRow[])
    .filter((r) => r.id != null)
    .map((r) => toRow(r as ResidentRow, today))
}

// ---- export ----

/** zh-CN words when the caller sent none (the command line, tests). `{year}` … are filled here. */
const DEFAULT_LABELS: Labels = {
  title: '年检与评估',
  'heading.name': '组织名称',
  'heading.stage': '孵化阶段',
  'heading.registeredOn': '登记日期',
  'heading.inspection': '{year} 年度年检',
  'heading.grade': '评估等级',
  'heading.ratedOn': '评估日期',
  'heading.validUntil': '有效期至',
  'heading.validity': '评估状态',
  'heading.rateable': '参评资格',
  'validity.valid': '有效',
  'validity.expiring': '即将到期',
  'validity.lapsed': '已过期',
  'word.missing': '缺失',
  'word.mayApply': '可申请评估',
  'reason.inspectionMissing': '上一年度（{year}）年检缺失',
  'reason.inspectionFailed': '上一年度（{year}）年检不合格',
  'reason.basicTwice': '连续两年（{first}、{second}）年检基本合格',
  'registration.notRegistered': '未登记',
  'registration.tooRecent': '登记未满两年（{from} 起可申请）',
  ...enumLabelsZhCN('stage'),
}

const label = labelsWith(DEFAULT_LABELS)

export function reasonText(labels: Labels, r: NotRateableReason): string {
  return r.code === 'basicTwice'
    ? label(labels, 'reason.basicTwice', { first: r.years[0], second: r.years[1] })
    : label(labels, `reason.${r.code}`, { year: r.year })
}

function registrationText(labels: Labels, p: RegistrationProblem): string {
  return p.code === 'notRegistered'
    ? label(labels, 'registration.notRegistered')
    : label(labels, 'registration.tooRecent', { from: p.eligibleFrom })
}

async function overviewXlsx(
  rows: readonly RatingsOverviewRow[],
  today: string,
  labels: Labels,
): Promise<Buffer> {
  const last = Number(today.slice(0, 4)) - 1
  const sep = labels['word.separator'] ?? '；'
  /** 缺失 when that 年度's 年检 was due; empty when the organisation was not registered then. */
  const missing = (r: RatingsOverviewRow, year: number): string | null =>
    inspectionExpected(r.registeredOn, year) ? label(labels, 'word.missing') : null
  const columns: SheetColumn<RatingsOverviewRow>[] = [
    { header: label(labels, 'heading.name'), value: (r) => r.name },
    { header: label(labels, 'heading.stage'), value: (r) => label(labels, `stage.${r.stage}`) },
    { header: label(labels, 'heading.registeredOn'), kind: 'date', value: (r) => r.registeredOn },
    {
      header: label(labels, 'heading.inspection', { year: last }),
      value: (r) => r.lastInspection?.result ?? missing(r, last),
    },
    {
      header: label(labels, 'heading.inspection', { year: last - 1 }),
      value: (r) => r.previousInspection?.result ?? missing(r, last - 1),
    },
    {
      header: label(labels, 'heading.grade'),
      value: (r) => (r.rating ? gradeLabel(r.rating.grade) : null),
    },
    { header: label(labels, 'heading.ratedOn'), kind: 'date', value: (r) => r.rating?.ratedOn ?? null },
    { header: label(labels, 'heading.validUntil'), kind: 'date', value: (r) => r.rating?.validUntil ?? null },
    {
      header: label(labels, 'heading.validity'),
      value: (r) => (r.rating ? label(labels, `validity.${r.rating.validity}`) : null),
    },
    {
      header: label(labels, 'heading.rateable'),
      value: (r) =>
        r.mayApply
          ? label(labels, 'word.mayApply')
          : [
              ...r.notRateable.map((x) => reasonText(labels, x)),
              ...(r.registration ? [registrationText(labels, r.registration)] : []),
            ].join(sep),
    },
  ]
  return tableToXlsx(label(labels, 'title'), columns, rows)
}

export const ratingsOverviewHandlers = defineHandlers({
  'orgRecords.overview': {
    permission: 'organization.read',
    write: false,
    run: ({ db, clock }, input) => ratingsOverview(db, input, clock.today()),
  },
  'orgRecords.exportOverview': {
    permission: 'organization.read',
    write: false,
    run: async ({ db, clock, audit }, { labels, ...filter }): Promise<ExportFile> => {
      const today = clock.today()
      const rows = allRows(db, filter, today)
      const content = await overviewXlsx(rows, today, labels)
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: { table: 'ratingsOverview', ...filter, rows: rows.length },
      })
      return {
        fileName: `${label(labels, 'title')}-${today}.xlsx`,
        contentBase64: content.toString('base64'),
        rows: rows.length,
      }
    },
  },
})
