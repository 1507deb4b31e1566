// 示例数据 for 会议记录: two years of 三会一课 up to today, with a few gaps so that 三会一课合规 shows some red,
// read from the demo branch's members, groups and committee; and, for the benchmark, tens of thousands of meetings.
import type { AttendeeKind, MeetingKind, ReviewGrade } from '../../shared/enums'
import { kindMask } from '../../shared/meetings'
import { recordMeeting, type MeetingInput } from '../branch/meetings'
import type { Database } from '../db/open'
import { addDays, daysInMonth } from '../lib/dates'
import { seededRandom } from '../lib/random'
import { rosterOn, type RosterEntry } from '../members/roster'
import { slotProblem } from '../space/bookings'
import { toMinutes, weekday } from '../space/intervals'
import { readSpaceSettings } from '../system/settings'

const REASONS = ['出差', '病假', '工作冲突', '外出学习', '家中有事', '参加区里培训']

const pad = (n: number) => String(n).padStart(2, '0')

/** The working day on or after the `day`th of a month (Monday–Friday). */
function workday(year: number, month: number, day: number): string {
  let date = `${year}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`
  while (weekday(date) === 0 || weekday(date) === 6) date = addDays(date, 1)
  return date
}

interface Plan {
  kinds: MeetingKind[]
  date: string
  startTime: string
  endTime: string
  title: string
  groupId?: number
  agenda: string
  speeches: string
  resolutions?: string[]
  observer?: boolean
}

/**
 * Two years of meetings up to today (last year and this one): 主题党日 every month (with a 党课 at the start of
 * each quarter and a 支部党员大会 at its end), a 支委会 each month while a committee is in office, each 党小组's
 * meeting every month, and 组织生活会 with 民主评议党员 last December. Gaps: no 主题党日 last August nor this May,
 * no 党课 in last year's second quarter, one 支委会 and two 党小组会 missed. Call inside a transaction, after the
 * members.
 */
export function loadDemoMeetings(
  db: Database,
  options: { today: string; timestamp: string; seed?: number },
): { meetings: number } {
  const random = seededRandom(options.seed ?? 6)
  const { today } = options
  const thisYear = Number(today.slice(0, 4))
  const lastYear = thisYear - 1
  const groups = db
    .prepare('SELECT id, name, leader_id FROM party_group WHERE archived_at IS NULL ORDER BY id')
    .all() as { id: number; name: string; leader_id: number | null }[]
  const heads = db
    .prepare(
      `SELECT o.name, coalesce(o.legal_representative, o.contact_person) AS head FROM org_party_status s
       JOIN organization o ON o.id = s.organization_id WHERE s.by_base_branch = 1 AND s.archived_at IS NULL
       ORDER BY s.id`,
    )
    .all() as { name: string; head: string }[]
  const room = db
    .prepare(
      "SELECT id FROM space_unit WHERE unit_type = 'party_room' AND archived_at IS NULL ORDER BY id LIMIT 1",
    )
    .pluck()
    .get() as number | undefined
  const rules = readSpaceSettings(db)
  const committeeOn = db.prepare(
    `SELECT p.member_id, p.role FROM committee_post p JOIN committee_term t ON t.id = p.term_id
     WHERE t.archived_at IS NULL AND t.has_committee = 1 AND p.start_date <= @date
       AND (p.end_date IS NULL OR p.end_date > @date)
       AND t.id = (SELECT id FROM committee_term WHERE archived_at IS NULL AND start_date <= @date
                   ORDER BY start_date DESC, id DESC LIMIT 1)`,
  )

  const plans: Plan[] = []
  for (const year of [lastYear, thisYear]) {
    for (let month = 1; month <= 12; month++) {
      const quarter = Math.ceil(month / 3)
      const monthIndex = (year - lastYear) * 12 + month
      // 支委会 early in the month (missed once).
      if (monthIndex !== 8) {
        plans.push({
          kinds: ['committee'],
          date: workday(year, month, 5),
          startTime: '09:00',
          endTime: '10:30',
          title: `${month}月支委会：研究本月党建工作安排`,
          agenda: '一、通报上月工作情况\n二、研究本月主题党日安排\n三、讨论入党积极分子培养情况',
          speeches: '书记通报上月工作；组织委员汇报发展党员工作进度；宣传委员提出主题党日学习内容建议。',
          resolutions: [`确定${month}月主题党日活动方案`],
        })
      }
      // 主题党日 mid-month, with a 党课 at the start of a quarter and a 支部党员大会 at its end.
      const skipTheme = (year === lastYear && month === 8) || (year === thisYear && month === 5)
      if (!skipTheme) {
        const kinds: MeetingKind[] = ['theme_day']
        if (month % 3 === 1 && !(year === lastYear && quarter === 2)) kinds.push('party_lecture')
        if (month % 3 === 0) kinds.push('general_assembly')
        const assembly = kinds.includes('general_assembly')
        plans.push({
          kinds,
          date: workday(year, month, 12),
          startTime: '14:30',
          endTime: assembly ? '17:00' : '16:30',
          title: assembly
            ? `${year}年第${quarter}季度支部党员大会暨主题党日`
            : kinds.includes('party_lecture')
              ? `${month}月主题党日：书记讲党课`
              : `${month}月主题党日：集中学习与志愿服务`,
          agenda: assembly
            ? '一、书记报告本季度支部工作\n二、审议本季度工作总结和下季度计划\n三、表决'
            : '一、重温入党誓词\n二、集中学习\n三、交流研讨',
          speeches: '与会党员结合所在社会组织的工作谈学习体会，提出为入驻组织服务的具体建议。',
          resolutions: assembly ? [`审议通过${year}年第${quarter}季度支部工作总结和下季度工作计划`] : [],
          observer: assembly,
        })
      }
      // Each 党小组 late in the month; the second group missed last February, the first this July.
      groups.forEach((g, i) => {
        if ((i === 1 && year === lastYear && month === 2) || (i === 0 && year === thisYear && month === 7))
          return
        plans.push({
          kinds: ['group'],
          groupId: g.id,
          date: workday(year, month, 20 + i),
          startTime: '15:00',
          endTime: '16:30',
          title: `${g.name}${month}月学习会`,
          agenda: '一、学习上级文件精神\n二、交流工作体会',
          speeches: '组长领学；小组党员逐一发言。',
        })
      })
    }
  }
  // Last year's 组织生活会 and 民主评议党员 in December; this year's is still due.
  plans.push({
    kinds: ['life_meeting', 'democratic_review'],
    date: workday(lastYear, 12, 24),
    startTime: '09:00',
    endTime: '11:30',
    title: `${lastYear}年度组织生活会和民主评议党员`,
    agenda: '一、支部班子对照检查\n二、党员个人对照检查和相互批评\n三、民主评议党员',
    speeches: '班子成员逐一对照检查；党员开展批评和自我批评，提出意见建议 12 条。',
  })

  let count = 0
  const at = { today, timestamp: options.timestamp, actorName: '示例数据' }
  for (const plan of plans.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (plan.date > today) continue
    const committee = committeeOn.all({ date: plan.date }) as { member_id: number; role: string }[]
    if (plan.kinds[0] === 'committee' && committee.length === 0) continue
    const roster = rosterOn(db, plan.date)
    const expected = roster.filter((m: RosterEntry) =>
      plan.kinds[0] === 'committee'
        ? committee.some((c) => c.member_id === m.memberId)
        : plan.kinds[0] === 'group'
          ? m.groupId === plan.groupId
          : true,
    )
    if (expected.length === 0) continue
    const absent = new Set(expected.filter(() => random() < 0.09).map((m) => m.memberId))
    const present = expected.filter((m) => !absent.has(m.memberId))
    const votingPresent = present.filter((m) => m.category === 'full').length
    const secretary = committee.find((c) => c.role === 'secretary')?.member_id
    const group = groups.find((g) => g.id === plan.groupId)
    const pick = (...candidates: (number | null | undefined)[]) =>
      candidates.find((c) => c != null && present.some((m) => m.memberId === c)) ?? present[0]?.memberId
    const chairId = pick(plan.kinds[0] === 'group' ? group?.leader_id : secretary)
    const recorderId = pick(
      plan.kinds[0] === 'group' ? undefined : committee.find((c) => c.role === 'organization')?.member_id,
      present.find((m) => m.memberId !== chairId)?.memberId,
    )
    if (chairId === undefined || recorderId === undefined) continue
    const start = toMinutes(plan.startTime)
    const end = toMinutes(plan.endTime)
    const inRoom =
      room !== undefined && plan.kinds[0] !== 'group' && !slotProblem(db, rules, room, plan.date, start, end)
    const attendees: {
      kind: AttendeeKind
      name: string
      organization: string | null
      note: string | null
    }[] = []
    const head = heads[count % Math.max(1, heads.length)]
    if (plan.observer && head) {
      attendees.push({ kind: 'observer', name: head.head, organization: head.name, note: '入驻组织负责人' })
    }
    const grades: ReviewGrade[] = ['excellent', 'qualified', 'qualified', 'qualified', 'basically_qualified']
    const input: MeetingInput = {
      kinds: plan.kinds,
      date: plan.date,
      startTime: plan.startTime,
      endTime: plan.endTime,
      unitId: inRoom ? (room ?? null) : null,
      place: inRoom ? null : plan.kinds[0] === 'group' ? '基地二楼洽谈区' : '基地党员活动室',
      groupId: plan.groupId ?? null,
      chairId,
      recorderId,
      title: plan.title,
      agenda: plan.agenda,
      speeches: plan.speeches,
      attendance: expected.map((m) => ({
        memberId: m.memberId,
        present: !absent.has(m.memberId),
        absenceReason: absent.has(m.memberId)
          ? (REASONS[Math.floor(random() * REASONS.length)] ?? '出差')
          : null,
      })),
      attendees,
      resolutions: (plan.resolutions ?? []).map((title) => {
        const no = votingPresent > 4 && random() < 0.3 ? 1 : 0
        return { title, yes: votingPresent - no, no, abstain: 0 }
      }),
      reviews: plan.kinds.includes('democratic_review')
        ? present.map((m, i) => ({ memberId: m.memberId, grade: grades[i % grades.length] ?? 'qualified' }))
        : [],
    }
    recordMeeting(db, input, at)
    count++
  }
  return { meetings: count }
}

/**
 * `count` meetings over the five years up to today for the benchmark, on the roster already built: each month a
 * 主题党日 for everyone (a 党员大会 and a 党课 by quarter), a 支委会, and the rest 党小组会 spread over the groups,
 * each with its members' attendance. Written directly (the core's checks would read the roster per meeting).
 */
export function buildScaledMeetings(
  db: Database,
  count: number,
  options: { today: string; timestamp: string; seed?: number },
): { meetings: number; attendance: number } {
  const random = seededRandom(options.seed ?? 61)
  const { today, timestamp } = options
  const lastYear = Number(today.slice(0, 4))
  const months: { year: number; month: number }[] = []
  for (let year = lastYear - 4; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      if (`${year}-${pad(month)}-01` <= today) months.push({ year, month })
    }
  }
  const groupIds = db.prepare('SELECT id FROM party_group ORDER BY id').pluck().all() as number[]
  const insertMeeting = db.prepare(
    `INSERT INTO branch_meeting (date, start_time, end_time, kind_mask, title, unit_id, booking_id, place, group_id,
       chair_id, recorder_id, agenda, speeches, revision, expected_count, present_count, voting_expected,
       voting_present, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, NULL, NULL, 1, ?, ?, ?, ?, ?, 'bench', ?, 'bench')`,
  )
  const insertMember = db.prepare(
    `INSERT INTO branch_meeting_member (meeting_id, revision, member_id, category, present, absence_reason)
     VALUES (?, 1, ?, ?, ?, ?)`,
  )
  const insertResolution = db.prepare(
    `INSERT INTO branch_meeting_resolution (meeting_id, revision, seq, title, yes, no, abstain)
     VALUES (?, 1, 1, '审议通过工作计划', ?, 0, 0)`,
  )
  const firstId = ((db.prepare('SELECT max(id) FROM branch_meeting').pluck().get() as number | null) ?? 0) + 1
  let meetings = 0
  let attendance = 0
  function write(
    kinds: MeetingKind[],
    date: string,
    title: string,
    groupId: number | null,
    expected: readonly RosterEntry[],
  ): void {
    if (meetings >= count || expected.length === 0) return
    const first = expected[0]
    if (!first) return
    const absent = expected.map(() => random() < 0.1)
    const present = expected.filter((_m, i) => !absent[i])
    const votingExpected = expected.filter((m) => m.category === 'full').length
    const votingPresent = present.filter((m) => m.category === 'full').length
    const id = Number(
      insertMeeting.run(
        date,
        '14:00',
        '16:00',
        kindMask(kinds),
        title,
        '基地党员活动室',
        groupId,
        first.memberId,
        first.memberId,
        expected.length,
        present.length,
        votingExpected,
        votingPresent,
        timestamp,
        timestamp,
      ).lastInsertRowid,
    )
    expected.forEach((m, i) => {
      insertMember.run(id, m.memberId, m.category, absent[i] ? 0 : 1, absent[i] ? '出差' : null)
    })
    if (kinds.includes('general_assembly')) insertResolution.run(id, votingPresent)
    meetings++
    attendance += expected.length
  }
  // The whole-branch meetings first, then the groups' meetings round-robin until `count`.
  const rosters = months.map(({ year, month }) => {
    const date = `${year}-${pad(month)}-10`
    return { year, month, date, roster: date <= today ? rosterOn(db, date) : [] }
  })
  const byGroup = (roster: readonly RosterEntry[]) => {
    const map = new Map<number, RosterEntry[]>()
    for (const m of roster) {
      if (m.groupId === null) continue
      const list = map.get(m.groupId) ?? []
      list.push(m)
      map.set(m.groupId, list)
    }
    return map
  }
  for (const { month, date, roster } of rosters) {
    const kinds: MeetingKind[] = ['theme_day']
    if (month % 3 === 1) kinds.push('party_lecture')
    if (month % 3 === 0) kinds.push('general_assembly')
    write(kinds, date, '主题党日', null, roster)
    write(['committee'], addDays(date, -5), '支委会', null, roster.slice(0, 7))
  }
  const groupRosters = rosters.map((r) => ({ ...r, groups: byGroup(r.roster) }))
  for (let round = 0; meetings < count && round < 28; round++) {
    for (const { year, month, groups } of groupRosters) {
      for (const groupId of groupIds) {
        if (meetings >= count) break
        const day = 1 + ((groupId + round * 7) % daysInMonth(year, month))
        const date = `${year}-${pad(month)}-${pad(day)}`
        if (date > today) continue
        write(['group'], date, '党小组学习会', groupId, groups.get(groupId) ?? [])
      }
    }
  }
  // The yearly attendance tally the core keeps with each save, for the meetings written here.
  db.prepare(
    `INSERT INTO branch_attendance_tally (year, member_id, expected, present)
     SELECT CAST(substr(m.date, 1, 4) AS INTEGER), a.member_id, count(*), sum(a.present)
     FROM branch_meeting m JOIN branch_meeting_member a ON a.meeting_id = m.id AND a.revision = m.revision
     WHERE m.id >= ? AND m.archived_at IS NULL GROUP BY 1, 2
     ON CONFLICT (year, member_id) DO UPDATE SET expected = expected + excluded.expected,
       present = present + excluded.present`,
  ).run(firstId)
  return { meetings, attendance }
}
