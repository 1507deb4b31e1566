// 统计 of 陪伴指导: hours by mentor, organisation, dimension and month; organisations left without a session;
// 陪伴指导 settings; and every table as an Excel file.
import { labelsWith, type Labels } from '../lib/labels'
import type {
  ActionItem,
  CoachingSessionListItem,
  ExportFile,
  HoursRow,
  InactiveReport,
  Mentor,
  MentoringStats,
} from '../../shared/entities'
import { IN_RESIDENCE_STAGES, STATS_ROW_LIMIT } from '../../shared/coaching'
import { COACHING_DIMENSIONS, type MentoringExport, type PageSize, type Stage } from '../../shared/enums'
import type { Database } from '../db/open'
import { fail } from '../errors'
import { addDays, daysBetween } from '../lib/dates'
import { tableToXlsx, type CellKind, type SheetColumn } from '../lib/excel'
import { defineHandlers } from '../registry'
import { readMentoringSettings, writeSetting } from '../system/settings'
import { hoursOf } from './repository'
import { mentorHandlers } from './mentors'
import { ITEM_ORDER, itemWhere, sessionWhere } from './sessions'
import {
  ACTION_ITEM_SELECT,
  SESSION_SELECT,
  toActionItem,
  toSessionListItem,
  type ActionItemRow,
  type SessionRow,
} from './repository'

const MONTH_SHIFT = 1 << COACHING_DIMENSIONS.length
/** How many dimensions each bit mask holds. */
const DIMENSION_COUNT = Array.from({ length: MONTH_SHIFT }, (_, mask) =>
  COACHING_DIMENSIONS.reduce((n, _d, i) => n + ((mask >> i) & 1), 0),
)

/**
 * Hours of one year. A session on several dimensions counts once in the totals, shared equally among them.
 * One pass over the year's sessions (read from the covering index) gives all four tables. `limit` keeps the
 * mentors and organisations with the most hours (the screen); without it every row is returned (the export).
 */
export function mentoringStats(
  db: Database,
  year: number,
  mentorId?: number,
  limit?: number,
): MentoringStats {
  const params: Record<string, string | number> = { from: `${year}-01-01`, to: `${year}-12-31` }
  let where = 'archived_at IS NULL AND date BETWEEN @from AND @to'
  if (mentorId) {
    where += ' AND mentor_id = @mentorId'
    params.mentorId = mentorId
  }
  const rows = db
    .prepare(
      // Integers only (month and dimensions in one): reading the row is most of the cost on 10,000s.
      `SELECT mentor_id, organization_id, duration_min,
         CAST(substr(date, 6, 2) AS INTEGER) * ${MONTH_SHIFT} + dimension_mask
       FROM coaching_session WHERE ${where}`,
    )
    .raw()
    .all(params) as [number, number, number, number][]
  // Totals by id in flat arrays sized by the largest id (ids are dense): no object or Set per mentor or organisation.
  const maxId = (table: 'mentor' | 'organization') =>
    (db.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null) ?? 0
  const mentors = new Tally(maxId('mentor'))
  const organizations = new Tally(maxId('organization'))
  // Mentor–organisation pairs already seen, one bit each (a Set of numbers costs a quarter of the report).
  const stride = organizations.size
  const seenPairs = new Uint32Array(Math.ceil((mentors.size * stride) / 32))
  const monthSessions = new Array<number>(12).fill(0)
  const monthMinutes = new Array<number>(12).fill(0)
  const dimSessions = new Array<number>(COACHING_DIMENSIONS.length).fill(0)
  const dimMinutes = new Array<number>(COACHING_DIMENSIONS.length).fill(0)
  let minutes = 0
  for (const [mentor, organization, m, monthAndMask] of rows) {
    const month = Math.floor(monthAndMask / MONTH_SHIFT)
    const mask = monthAndMask % MONTH_SHIFT
    const count = DIMENSION_COUNT[mask] ?? 1
    minutes += m
    mentors.add(mentor, m)
    organizations.add(organization, m)
    // A mentor–organisation pair seen for the first time adds one to each side's count of the other.
    const pair = mentor * stride + organization
    const word = Math.floor(pair / 32)
    const bit = 1 << (pair % 32)
    const seen = seenPairs[word] ?? 0
    if ((seen & bit) === 0) {
      seenPairs[word] = seen | bit
      mentors.others[mentor] = (mentors.others[mentor] ?? 0) + 1
      organizations.others[organization] = (organizations.others[organization] ?? 0) + 1
    }
    monthSessions[month - 1] = (monthSessions[month - 1] ?? 0) + 1
    monthMinutes[month - 1] = (monthMinutes[month - 1] ?? 0) + m
    for (let d = 0; d < COACHING_DIMENSIONS.length; d++) {
      if (mask & (1 << d)) {
        dimSessions[d] = (dimSessions[d] ?? 0) + 1
        dimMinutes[d] = (dimMinutes[d] ?? 0) + m / count
      }
    }
  }
  const byMentor = mentors.top(db, 'mentor', limit)
  const byOrganization = organizations.top(db, 'organization', limit)
  return {
    year,
    sessions: rows.length,
    hours: hoursOf(minutes),
    byMentor: byMentor.rows,
    mentorCount: byMentor.count,
    byOrganization: byOrganization.rows,
    organizationCount: byOrganization.count,
    byDimension: COACHING_DIMENSIONS.map((d, i) => ({
      key: d,
      id: null,
      name: d,
      sessions: dimSessions[i] ?? 0,
      hours: hoursOf(dimMinutes[i] ?? 0),
    })),
    byMonth: monthSessions.map((sessions, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`
      return { key: month, id: null, name: month, sessions, hours: hoursOf(monthMinutes[i] ?? 0) }
    }),
  }
}

/** Sessions, minutes and distinct counterparts per id of one side (mentors or organisations) of the hours report. */
class Tally {
  readonly size: number
  readonly sessions: Int32Array
  readonly minutes: Float64Array
  readonly others: Int32Array
  constructor(maxId: number) {
    this.size = maxId + 1
    this.sessions = new Int32Array(this.size)
    this.minutes = new Float64Array(this.size)
    this.others = new Int32Array(this.size)
  }
  add(id: number, minutes: number): void {
    this.sessions[id] = (this.sessions[id] ?? 0) + 1
    this.minutes[id] = (this.minutes[id] ?? 0) + minutes
  }
  /**
   * The rows with most hours first, ties by name in code-point order (a collator would cost more than the scan
   * on 10,000s); with `limit`, that many plus any tied with the last, and names read only for those.
   */
  top(db: Database, table: 'mentor' | 'organization', limit?: number): { rows: HoursRow[]; count: number } {
    // Most minutes first, as one sort of numbers: (most − minutes) · size + id orders by minutes, then by id.
    const size = this.size
    const minutes = this.minutes
    let most = 0
    let count = 0
    for (let id = 1; id < size; id++) {
      if (this.sessions[id]) {
        count++
        most = Math.max(most, minutes[id] ?? 0)
      }
    }
    const keys = new Float64Array(count)
    for (let id = 1, k = 0; id < size; id++) {
      if (this.sessions[id]) keys[k++] = (most - (minutes[id] ?? 0)) * size + id
    }
    keys.sort()
    const ids = Array.from(keys, (key) => key % size)
    const of = (id: number) => minutes[id] ?? 0
    let kept = ids
    if (limit !== undefined && ids.length > limit) {
      // Rows tied in hours with the last one kept are named too, so that the order by name matches the export.
      const last = hoursOf(of(ids[limit - 1] ?? 0))
      let end = limit
      while (end < ids.length && hoursOf(of(ids[end] ?? 0)) === last) end++
      kept = ids.slice(0, end)
    }
    // Names by id for a part of the table, or in one pass over the (id, name) index for most of it.
    const names = new Map(
      kept.length * 4 > size
        ? (db.prepare(`SELECT id, name FROM ${table}`).raw().all() as [number, string][])
        : (db
            .prepare(`SELECT id, name FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
            .raw()
            .all(JSON.stringify(kept)) as [number, string][]),
    )
    const nameOf = (id: number) => names.get(id) ?? ''
    kept.sort((a, b) => {
      const byHours = hoursOf(of(b)) - hoursOf(of(a))
      if (byHours !== 0) return byHours
      const [x, y] = [nameOf(a), nameOf(b)]
      return x < y ? -1 : x > y ? 1 : 0
    })
    const rows = (limit !== undefined ? kept.slice(0, limit) : kept).map((id): HoursRow => ({
      key: String(id),
      id,
      name: nameOf(id),
      sessions: this.sessions[id] ?? 0,
      hours: hoursOf(of(id)),
      ...(table === 'mentor' ? { organizations: this.others[id] ?? 0 } : { mentors: this.others[id] ?? 0 }),
    }))
    return { rows, count }
  }
}

/**
 * Organisations in residence whose last session is more than `days` days ago, or who never had one: never coached
 * first, then the longest silence, then by name (its pinyin, as the organisation list sorts). The screen asks for
 * the first `limit` (names and mentors are read for those only); `total` counts them all.
 */
export function inactiveOrganizations(
  db: Database,
  today: string,
  days: number,
  limit?: number,
): InactiveReport {
  const since = addDays(today, -days)
  const rows = db
    .prepare(
      `WITH quiet AS MATERIALIZED (
         SELECT * FROM (
           SELECT o.id, o.stage, o.name_pinyin,
             (SELECT max(s.date) FROM coaching_session s WHERE s.organization_id = o.id AND s.archived_at IS NULL
                AND s.date <= @today) AS last_date
           FROM organization o
           WHERE o.archived_at IS NULL AND o.stage IN (${IN_RESIDENCE_STAGES.map((x) => `'${x}'`).join(',')}))
         WHERE last_date IS NULL OR last_date < @since),
       shown AS MATERIALIZED (
         SELECT * FROM quiet ORDER BY last_date IS NOT NULL, last_date, name_pinyin, id LIMIT @limit)
       SELECT shown.id, o.name, shown.stage, shown.last_date,
         (SELECT group_concat(m.name, '、') FROM mentor_pairing p JOIN mentor m ON m.id = p.mentor_id
            WHERE p.organization_id = shown.id AND p.cancelled_at IS NULL AND p.start_date <= @today
              AND coalesce(p.end_date, '9999-12-31') >= @today) AS mentors,
         (SELECT count(*) FROM quiet) AS total
       FROM shown JOIN organization o ON o.id = shown.id
       ORDER BY shown.last_date IS NOT NULL, shown.last_date, shown.name_pinyin, shown.id`,
    )
    .all({ today, since, limit: limit ?? -1 }) as {
    id: number
    name: string
    stage: Stage
    last_date: string | null
    mentors: string | null
    total: number
  }[]
  return {
    days,
    since,
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      organizationId: r.id,
      organizationName: r.name,
      stage: r.stage,
      lastSessionDate: r.last_date,
      daysSince: r.last_date === null ? null : daysBetween(r.last_date, today),
      mentors: r.mentors ? r.mentors.split('、') : [],
    })),
  }
}

/** Rows an export may hold; a larger one asks the user to narrow the filters. */
export const EXPORT_MAX_ROWS = 100_000

const label = labelsWith({})

function col<R>(
  labels: Labels,
  key: string,
  value: (row: R) => string | number | null,
  kind?: CellKind,
): SheetColumn<R> {
  return { header: label(labels, `heading.${key}`), kind, value }
}

function hoursColumns(
  labels: Labels,
  nameKey: string,
  translate?: (name: string) => string,
): SheetColumn<HoursRow>[] {
  return [
    col<HoursRow>(labels, nameKey, (r) => (translate ? translate(r.name) : r.name)),
    col<HoursRow>(labels, 'sessions', (r) => r.sessions, 'integer'),
    col<HoursRow>(labels, 'hours', (r) => r.hours),
  ]
}

export const statsHandlers = defineHandlers({
  'coaching.stats': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db }, { year, mentorId }) => mentoringStats(db, year, mentorId, STATS_ROW_LIMIT),
  },
  'coaching.inactive': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db, clock }, { days }) =>
      inactiveOrganizations(
        db,
        clock.today(),
        days ?? readMentoringSettings(db).inactiveDays,
        STATS_ROW_LIMIT,
      ),
  },
  'mentoring.settings': {
    permission: 'mentoring.read',
    write: false,
    run: ({ db }) => readMentoringSettings(db),
  },
  'mentoring.updateSettings': {
    permission: 'system.manage',
    write: true,
    run: ({ db, audit }, input) => {
      const before = readMentoringSettings(db)
      writeSetting(db, 'mentoring', input)
      audit({ entity: 'setting', entityId: null, before: { mentoring: before }, after: { mentoring: input } })
      return readMentoringSettings(db)
    },
  },
  /** 导出 Excel of any 陪伴指导 table, with the filters on screen; recorded in the audit log. */
  'mentoring.export': {
    permission: 'mentoring.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const { db, clock, audit } = env
      const today = clock.today()
      const L = q.labels
      const year = q.year ?? Number(today.slice(0, 4))
      const sheet = async <R>(table: MentoringExport, columns: SheetColumn<R>[], rows: readonly R[]) => {
        const title = label(L, `title.${table}`)
        const content = await tableToXlsx(title, columns, rows)
        audit({
          entity: 'export',
          entityId: null,
          before: null,
          after: { table, rows: rows.length, year: q.year ?? null },
        })
        return {
          fileName: `${title}-${today}.xlsx`,
          contentBase64: content.toString('base64'),
          rows: rows.length,
        }
      }
      const enumLabel = (prefix: string) => (value: string) => label(L, `${prefix}.${value}`)
      const count = (sql: string, params: Record<string, string | number>) => {
        const n = (db.prepare(sql).get(params) as { n: number }).n
        if (n > EXPORT_MAX_ROWS)
          fail('VALIDATION', 'coaching.exportTooLarge', { rows: n, max: EXPORT_MAX_ROWS })
      }
      switch (q.table) {
        case 'hoursByMentor':
          return sheet(
            q.table,
            [
              ...hoursColumns(L, 'mentor'),
              col<HoursRow>(L, 'organizations', (r) => r.organizations ?? 0, 'integer'),
            ],
            mentoringStats(db, year, q.mentorId).byMentor,
          )
        case 'hoursByOrganization':
          return sheet(
            q.table,
            hoursColumns(L, 'organization'),
            mentoringStats(db, year, q.mentorId).byOrganization,
          )
        case 'hoursByDimension':
          return sheet(
            q.table,
            hoursColumns(L, 'dimension', enumLabel('dimension')),
            mentoringStats(db, year, q.mentorId).byDimension,
          )
        case 'hoursByMonth':
          return sheet(q.table, hoursColumns(L, 'month'), mentoringStats(db, year, q.mentorId).byMonth)
        case 'inactive': {
          const report = inactiveOrganizations(db, today, q.days ?? readMentoringSettings(db).inactiveDays)
          type R = InactiveReport['rows'][number]
          return sheet(
            q.table,
            [
              col<R>(L, 'organization', (r) => r.organizationName),
              col<R>(L, 'stage', (r) => label(L, `stage.${r.stage}`)),
              col<R>(L, 'lastSessionDate', (r) => r.lastSessionDate, 'date'),
              col<R>(L, 'daysSince', (r) => r.daysSince, 'integer'),
              col<R>(L, 'mentors', (r) => r.mentors.join('、')),
            ],
            report.rows,
          )
        }
        case 'actionItems': {
          const filter = {
            status: q.status ?? 'overdue',
            mentorId: q.mentorId,
            organizationId: q.organizationId,
          }
          const { where, params } = itemWhere(filter, today)
          count(`SELECT count(*) AS n FROM coaching_action_item i ${where}`, params)
          const rows = (
            db
              .prepare(`${ACTION_ITEM_SELECT} ${where} ORDER BY ${ITEM_ORDER[filter.status]}`)
              .all(params) as ActionItemRow[]
          ).map((r) => toActionItem(r, today))
          return sheet<ActionItem>(
            q.table,
            [
              col(L, 'title', (r) => r.title),
              col(L, 'organization', (r) => r.organizationName),
              col(L, 'mentor', (r) => r.mentorName),
              col(L, 'owner', (r) => label(L, `owner.${r.owner}`)),
              col(L, 'dueDate', (r) => r.dueDate, 'date'),
              col(L, 'overdueDays', (r) => r.overdueDays, 'integer'),
              col(L, 'status', (r) => label(L, `actionStatus.${r.status}`)),
              col(L, 'sessionDate', (r) => r.sessionDate, 'date'),
              col(L, 'closedAt', (r) => r.closedAt, 'datetime'),
              col(L, 'closedBy', (r) => r.closedBy),
            ],
            rows,
          )
        }
        case 'sessions': {
          const { where, params } = sessionWhere(q)
          count(`SELECT count(*) AS n FROM coaching_session s ${where}`, params)
          const rows = (
            db
              .prepare(`${SESSION_SELECT} ${where} ORDER BY s.date DESC, s.start_min DESC`)
              .all(params) as SessionRow[]
          ).map((r) => ({
            ...toSessionListItem(r),
            workDone: r.work_done,
            problems: r.problems,
            advice: r.advice,
          }))
          type R = CoachingSessionListItem & {
            workDone: string
            problems: string | null
            advice: string | null
          }
          return sheet<R>(
            q.table,
            [
              col(L, 'date', (r) => r.date, 'date'),
              col(
                L,
                'time',
                (r) => `${r.startTime}–${r.endsNextDay ? label(L, 'word.nextDay') : ''}${r.endTime}`,
              ),
              col(L, 'hours', (r) => hoursOf(r.durationMinutes)),
              col(L, 'organization', (r) => r.organizationName),
              col(L, 'mentor', (r) => r.mentorName),
              col(L, 'mode', (r) => label(L, `mode.${r.mode}`)),
              col(L, 'dimensions', (r) => r.dimensions.map((d) => label(L, `dimension.${d}`)).join('、')),
              col(L, 'topics', (r) => r.topics),
              col(L, 'workDone', (r) => r.workDone),
              col(L, 'problems', (r) => r.problems),
              col(L, 'advice', (r) => r.advice),
              col(L, 'feedbackScore', (r) => r.feedbackScore, 'integer'),
            ],
            rows,
          )
        }
        case 'mentors': {
          // The 导师 list's own query with its filters, every row on one page (a base has tens of mentors).
          const list = mentorHandlers['mentor.list'].run(env, {
            page: 1,
            pageSize: (EXPORT_MAX_ROWS + 1) as PageSize,
            search: q.search ?? null,
            kind: q.kind,
            dimension: q.dimension,
            includeInactive: q.includeInactive,
          })
          if (list.total > EXPORT_MAX_ROWS)
            fail('VALIDATION', 'coaching.exportTooLarge', { rows: list.total, max: EXPORT_MAX_ROWS })
          const rows = list.items
          return sheet<Mentor>(
            q.table,
            [
              col(L, 'name', (r) => r.name),
              col(L, 'kind', (r) => label(L, `kind.${r.kind}`)),
              col(L, 'affiliation', (r) => r.affiliation),
              col(L, 'phone', (r) => r.phone, 'text'),
              col(L, 'dimensions', (r) => r.dimensions.map((d) => label(L, `dimension.${d}`)).join('、')),
              col(L, 'capacity', (r) => r.monthlyCapacityHours),
              col(L, 'planned', (r) => r.plannedHours),
              col(L, 'hoursThisMonth', (r) => r.hoursThisMonth),
              col(L, 'pairedOrganizations', (r) => r.pairedOrganizations, 'integer'),
              col(L, 'active', (r) => label(L, r.active ? 'word.active' : 'word.inactive')),
            ],
            rows,
          )
        }
      }
    },
  },
})
