// 示例数据 for 年检, 等级评估, 税前扣除资格 and 荣誉 of the registered residents, deterministic for a given "today":
// - two years of 年检 (年度 this year − 1 and − 2) for everyone registered by the end of that 年度, with every
//   result: one 上一年度 missing, one 不合格, one 基本合格 two years running, one single 基本合格 (still rateable),
//   most with 党建工作同步检查, and one archived record entered under the wrong year;
// - ratings of several grades: a 3A that lapsed four months ago, a 4A that ends within 6 months, a 5A, a 3A and a 2A,
//   some assessed together with the Party organisation (党组织规范化建设评估同步开展);
// - two 税前扣除资格, one ending within 6 months;
// - honours: 齐鲁和谐使者 and 烟台和谐使者 for organisations and for people, and 创先争优 ones (先进基层党组织,
//   优秀共产党员 linked to a roster member, 优秀党务工作者).
// The curated residents all registered within the last four years, too recently for a rating that has run its 5
// years; the two oldest are dated back as established organisations that moved into the base.
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import type { HonourLevel, InspectionGrade } from '../../shared/enums'
import {
  inspectionExpected,
  ratingEligibleFrom,
  ratingValidUntil,
  taxValidUntil,
} from '../../shared/orgRecords'
import type { Database } from '../db/open'
import { seededRandom } from '../lib/random'
import { addDays, addMonths, addYears } from '../lib/dates'

export interface DemoOrgRecordsOptions {
  today: string
  timestamp: string
}

const BY = '示例数据'

interface Resident {
  id: number
  name: string
  registered_on: string
  legal_representative: string | null
  contact_person: string
}

/** What happens to a resident's 年检 of the last two 年度. */
type InspectionPlan = 'good' | 'missingLast' | 'failedLast' | 'basicTwice' | 'basicOnce'

const RESULT_OF: Record<InspectionGrade, string> = { pass: '合格', basic: '基本合格', fail: '不合格' }

export function loadDemoOrgRecords(
  db: Database,
  options: DemoOrgRecordsOptions,
): { inspections: number; ratings: number; taxQualifications: number; honours: number } {
  const { today, timestamp } = options
  const year = Number(today.slice(0, 4))
  const notAfterToday = (date: string): string => (date > today ? addYears(date, -1) : date)
  const residents = db
    .prepare(
      `SELECT id, name, registered_on, legal_representative, contact_person FROM organization
        WHERE archived_at IS NULL AND registered_on IS NOT NULL
          AND stage IN (${IN_RESIDENCE_STAGES.map((s) => `'${s}'`).join(', ')})
        ORDER BY registered_on, id`,
    )
    .all() as Resident[]

  // The two oldest: established organisations, registered years before they moved in.
  const setRegistered = db.prepare(
    'UPDATE organization SET registered_on = ? WHERE id = ? AND registered_on > ?',
  )
  ;[`${year - 9}-04-16`, `${year - 8}-09-03`].forEach((date, i) => {
    const r = residents[i]
    if (r && setRegistered.run(date, r.id, date).changes > 0) r.registered_on = date
  })

  const insertInspection = db.prepare(
    `INSERT INTO annual_inspection (organization_id, year, result, grade, concluded_on, party_work_checked, note,
       created_by, created_at, updated_at, archived_at, archive_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertRating = db.prepare(
    `INSERT INTO org_rating (organization_id, grade, rated_on, valid_until, score_tenths, rated_by, document_no,
       party_building_assessed, note, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertTax = db.prepare(
    `INSERT INTO tax_deduction_qualification (organization_id, granted_on, valid_until, document_no, note,
       created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertHonour = db.prepare(
    `INSERT INTO honour (title, level, awarded_on, awarded_by, recipient_kind, organization_id, person_name,
       member_id, party_related, note, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const counts = { inspections: 0, ratings: 0, taxQualifications: 0, honours: 0 }

  // ---- ratings: the five oldest residents ----
  type RatingPlan = {
    grade: number
    ratedOn: (r: Resident) => string
    party: boolean
    score: number
    note?: string
  }
  /** The earliest sensible rating day: a month after 2 full years registered, but not before `from`. */
  const after = (r: Resident, from: string): string => {
    const earliest = addDays(ratingEligibleFrom(r.registered_on), 30)
    return earliest > from ? earliest : from
  }
  const ratingPlans: RatingPlan[] = [
    // Lapsed four months ago, not yet re-rated.
    {
      grade: 3,
      ratedOn: () => addYears(addMonths(today, -4), -5),
      party: false,
      score: 762,
      note: '待申请复评',
    },
    // Ends in four months: the card warns.
    { grade: 4, ratedOn: () => addYears(addMonths(today, 4), -5), party: true, score: 856 },
    { grade: 5, ratedOn: (r) => after(r, `${year - 1}-06-18`), party: true, score: 935 },
    { grade: 3, ratedOn: (r) => after(r, `${year - 1}-09-12`), party: false, score: 781 },
    { grade: 2, ratedOn: (r) => after(r, `${year - 1}-11-20`), party: false, score: 668 },
  ]
  const rated = new Map<number, string>()
  ratingPlans.forEach((plan, i) => {
    const r = residents[i]
    if (!r) return
    const ratedOn = plan.ratedOn(r)
    if (ratedOn > today || ratedOn < ratingEligibleFrom(r.registered_on)) return
    insertRating.run(
      r.id,
      plan.grade,
      ratedOn,
      ratingValidUntil(ratedOn),
      plan.score,
      '烟台市民政局',
      `烟民评〔${ratedOn.slice(0, 4)}〕${10 + i}号`,
      plan.party ? 1 : 0,
      plan.note ?? null,
      BY,
      timestamp,
      timestamp,
    )
    rated.set(r.id, ratedOn)
    counts.ratings++
  })

  // ---- 税前扣除资格: the 4A (ends within 6 months) and the 5A ----
  const taxFor = (index: number, grantedOn: (ratedOn: string) => string, documentNo: string) => {
    const r = residents[index]
    const ratedOn = r ? rated.get(r.id) : undefined
    if (!r || !ratedOn) return
    const granted = grantedOn(ratedOn)
    if (granted > today || granted < ratedOn) return
    insertTax.run(r.id, granted, taxValidUntil(granted), documentNo, null, BY, timestamp, timestamp)
    counts.taxQualifications++
  }
  taxFor(1, () => addYears(addMonths(today, 2), -3), `鲁财税〔${year - 3}〕27号`)
  taxFor(2, (ratedOn) => addDays(ratedOn, 75), `鲁财税〔${year - 1}〕41号`)

  // ---- 年检: the residents registered by the end of each 年度; the special cases after the rated ones ----
  const specials: InspectionPlan[] = ['missingLast', 'failedLast', 'basicTwice', 'basicOnce']
  let special = 0
  residents.forEach((r, i) => {
    const years = [year - 2, year - 1].filter((y) => inspectionExpected(r.registered_on, y))
    let plan: InspectionPlan = 'good'
    if (i >= ratingPlans.length && years.length === 2 && special < specials.length)
      plan = specials[special++]!
    for (const y of years) {
      const last = y === year - 1
      if (plan === 'missingLast' && last) continue
      const grade: InspectionGrade =
        plan === 'failedLast' && last
          ? 'fail'
          : plan === 'basicTwice' || (plan === 'basicOnce' && last)
            ? 'basic'
            : 'pass'
      const concluded = `${y + 1}-05-${String(10 + ((r.id * 3 + y) % 18)).padStart(2, '0')}`
      insertInspection.run(
        r.id,
        y,
        RESULT_OF[grade],
        grade,
        concluded > today ? null : concluded,
        (r.id + y) % 3 === 0 ? 0 : 1,
        grade === 'fail' ? '财务管理不规范，限期整改' : grade === 'basic' ? '年度工作报告材料不全' : null,
        BY,
        timestamp,
        timestamp,
        null,
        null,
      )
      counts.inspections++
    }
    // One record entered under the wrong year, archived (it stays in the card's history).
    if (plan === 'basicOnce') {
      insertInspection.run(
        r.id,
        year - 3,
        '合格',
        'pass',
        null,
        0,
        null,
        BY,
        timestamp,
        timestamp,
        timestamp,
        '录入年度有误',
      )
      counts.inspections++
    }
  })

  // ---- 荣誉 ----
  const honour = (
    title: string,
    level: HonourLevel,
    awardedOn: string,
    awardedBy: string,
    org: Resident | undefined,
    person: { name: string; memberId?: number } | null,
    partyRelated: boolean,
  ) => {
    if (!org && !person) return
    insertHonour.run(
      title,
      level,
      notAfterToday(awardedOn),
      awardedBy,
      person ? 'person' : 'organization',
      org?.id ?? null,
      person?.name ?? null,
      person?.memberId ?? null,
      partyRelated ? 1 : 0,
      null,
      BY,
      timestamp,
      timestamp,
    )
    counts.honours++
  }
  const [established, expiring, best, third, fourth] = residents
  const headOf = (r: Resident | undefined) =>
    r ? { name: r.legal_representative ?? r.contact_person } : null
  honour('齐鲁和谐使者', 'provincial', `${year - 1}-12-10`, '山东省民政厅', best, null, false)
  honour('齐鲁和谐使者', 'provincial', `${year - 1}-12-10`, '山东省民政厅', best, headOf(best), false)
  honour('烟台和谐使者', 'municipal', `${year - 1}-09-26`, '烟台市民政局', third, null, false)
  honour('烟台和谐使者', 'municipal', `${year}-09-20`, '烟台市民政局', expiring, headOf(expiring), false)
  honour(
    '烟台和谐使者',
    'municipal',
    `${year - 2}-09-22`,
    '烟台市民政局',
    undefined,
    { name: '于海燕' },
    false,
  )
  honour('先进社会组织', 'district', `${year - 1}-01-15`, '福山区民政局', fourth ?? established, null, false)
  honour('先进基层党组织', 'district', `${year}-07-01`, '中共烟台市福山区委', expiring, null, true)
  // A roster member working in a resident organisation: 优秀共产党员, linked to the roster.
  const member = db
    .prepare(
      `SELECT m.id, m.name, m.organization_id FROM party_member m JOIN organization o ON o.id = m.organization_id
        WHERE o.archived_at IS NULL AND o.stage IN (${IN_RESIDENCE_STAGES.map((s) => `'${s}'`).join(', ')})
        ORDER BY m.id LIMIT 1`,
    )
    .get() as { id: number; name: string; organization_id: number } | undefined
  if (member) {
    insertHonour.run(
      '优秀共产党员',
      'district',
      notAfterToday(`${year}-06-28`),
      '中共烟台市福山区委',
      'person',
      member.organization_id,
      member.name,
      member.id,
      1,
      null,
      BY,
      timestamp,
      timestamp,
    )
    counts.honours++
  }
  honour(
    '优秀党务工作者',
    'municipal',
    `${year - 1}-06-30`,
    '中共烟台市委社会工作部',
    third,
    headOf(third),
    true,
  )
  return counts
}

/**
 * Records for a scaled base (benchmarks): for every organisation, 年检 of the last three 年度 (now and then one
 * missing, 基本合格 or 不合格), a rating for about half of them (any grade, rated up to six years ago, so some have
 * lapsed and some end soon) and a re-rating for a few, and an honour for one in ten.
 */
export function buildScaledOrgRecords(
  db: Database,
  options: DemoOrgRecordsOptions & { seed?: number },
): { inspections: number; ratings: number; honours: number } {
  const { today, timestamp } = options
  const year = Number(today.slice(0, 4))
  const random = seededRandom(options.seed ?? 17)
  const ids = db.prepare('SELECT id FROM organization ORDER BY id').pluck().all() as number[]
  const inspection = db.prepare(
    `INSERT INTO annual_inspection (organization_id, year, result, grade, party_work_checked, created_by, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const rating = db.prepare(
    `INSERT INTO org_rating (organization_id, grade, rated_on, valid_until, party_building_assessed, created_by,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const honour = db.prepare(
    `INSERT INTO honour (title, level, awarded_on, recipient_kind, organization_id, party_related, created_by,
       created_at, updated_at) VALUES (?, 'municipal', ?, 'organization', ?, 0, ?, ?, ?)`,
  )
  const counts = { inspections: 0, ratings: 0, honours: 0 }
  db.transaction(() => {
    for (const id of ids) {
      for (const y of [year - 3, year - 2, year - 1]) {
        const roll = random()
        if (roll < 0.05) continue
        const grade: InspectionGrade = roll < 0.1 ? 'basic' : roll < 0.12 ? 'fail' : 'pass'
        inspection.run(id, y, RESULT_OF[grade], grade, random() < 0.7 ? 1 : 0, BY, timestamp, timestamp)
        counts.inspections++
      }
      const ratings = random() < 0.5 ? (random() < 0.1 ? 2 : 1) : 0
      for (let k = 0; k < ratings; k++) {
        const ratedOn = addDays(today, -Math.floor(random() * 365 * 6) - k * 400)
        rating.run(
          id,
          1 + Math.floor(random() * 5),
          ratedOn,
          ratingValidUntil(ratedOn),
          random() < 0.4 ? 1 : 0,
          BY,
          timestamp,
          timestamp,
        )
        counts.ratings++
      }
      if (random() < 0.1) {
        honour.run('烟台和谐使者', addDays(today, -Math.floor(random() * 1500)), id, BY, timestamp, timestamp)
        counts.honours++
      }
    }
  })()
  return counts
}
