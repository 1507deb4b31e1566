// 会议记录 and 三会一课合规: the vote rule (预备党员 do not vote; exactly half fails), 应到 from the roster on the
// meeting's date across 转出 and 转入 and kept as saved, compliance per month, quarter and year across their
// boundaries and with the minimums changed, the room booked, refused on a clash, moved and cancelled, and a refused
// save writing nothing. Today is 2026-11-27 unless a test turns the page.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { ComplianceRow, ComplianceSummary, Meeting } from '../../src-main/shared/entities'
import type { MeetingKind } from '../../src-main/shared/enums'
import { judgeResolution, quorumMet, yesNeeded } from '../../src-main/shared/meetings'
import { DEFAULT_BRANCH_SETTINGS, writeSetting } from '../../src-main/core/system/settings'
import { freshBase, snapshotCounts, type Caller, type TestBase } from './helpers'
import { addMembers, partyMemberDraft } from './party-fixtures'

let base: TestBase
let secretary: Caller
beforeEach(async () => {
  base = await freshBase({ today: '2026-11-27' })
  secretary = await base.as(['branch_secretary'])
}, 20_000)
afterEach(() => base.close())

type Draft = ChannelInput<'meeting.create'>

/** A meeting where everyone expected is present, unless the test says otherwise. */
async function draft(
  kinds: MeetingKind[],
  date: string,
  overrides: Partial<Draft> & { absent?: Record<number, string> } = {},
): Promise<Draft> {
  const { absent = {}, ...rest } = overrides
  const expected = await secretary.ok('meeting.expected', {
    date,
    kinds,
    groupId: overrides.groupId ?? null,
  })
  const first = expected.members[0]?.memberId ?? 1
  return {
    kinds,
    date,
    startTime: '14:00',
    endTime: '16:00',
    place: '党员活动室',
    chairId: first,
    recorderId: first,
    title: '学习贯彻上级党组织会议精神',
    attendance: expected.members.map((m) => ({
      memberId: m.memberId,
      present: !(m.memberId in absent),
      absenceReason: absent[m.memberId] ?? null,
    })),
    ...rest,
  }
}

const record = async (kinds: MeetingKind[], date: string, overrides: Parameters<typeof draft>[2] = {}) =>
  secretary.ok('meeting.create', await draft(kinds, date, overrides))

function insertGroup(name: string, createdOn: string, archivedOn: string | null = null): number {
  return Number(
    base.db
      .prepare('INSERT INTO party_group (name, archived_at, created_at) VALUES (?, ?, ?)')
      .run(name, archivedOn && `${archivedOn}T10:00:00+08:00`, `${createdOn}T10:00:00+08:00`).lastInsertRowid,
  )
}

function insertTerm(start: string, end: string, posts: { memberId: number; role: string }[]): number {
  const term = Number(
    base.db
      .prepare(
        `INSERT INTO committee_term (start_date, end_date, has_committee, full_members, created_at)
         VALUES (?, ?, 1, 7, ?)`,
      )
      .run(start, end, `${start}T10:00:00+08:00`).lastInsertRowid,
  )
  for (const p of posts) {
    base.db
      .prepare(
        'INSERT INTO committee_post (term_id, member_id, role, start_date, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(term, p.memberId, p.role, start, `${start}T10:00:00+08:00`)
  }
  return term
}

describe('the vote rule (shared by the core and the form)', () => {
  const counts = (expected: number, present: number, votingExpected: number, votingPresent: number) => ({
    expected,
    present,
    votingExpected,
    votingPresent,
  })

  it('passes with more than half of the EXPECTED voting members; exactly half fails', () => {
    const c = counts(10, 9, 8, 7)
    expect(yesNeeded(8)).toBe(5)
    expect(judgeResolution('assembly', c, { yes: 4, no: 3, abstain: 0 })).toBe('failed')
    expect(judgeResolution('assembly', c, { yes: 5, no: 2, abstain: 0 })).toBe('passed')
    // Half of an odd number: 7 expected voting members need 4.
    expect(judgeResolution('assembly', counts(7, 7, 7, 7), { yes: 3, no: 4, abstain: 0 })).toBe('failed')
    expect(judgeResolution('assembly', counts(7, 7, 7, 7), { yes: 4, no: 3, abstain: 0 })).toBe('passed')
  })

  it('needs more than half of the voting members present at a 党员大会, half of the committee at a 支委会', () => {
    expect(quorumMet('assembly', counts(10, 10, 8, 4))).toBe(false)
    expect(quorumMet('assembly', counts(10, 6, 8, 5))).toBe(true)
    expect(judgeResolution('assembly', counts(10, 10, 8, 4), { yes: 4, no: 0, abstain: 0 })).toBe('no_quorum')
    expect(quorumMet('committee', counts(5, 3, 5, 3))).toBe(true)
    expect(quorumMet('committee', counts(4, 2, 4, 2))).toBe(true)
    expect(quorumMet('committee', counts(5, 2, 5, 2))).toBe(false)
  })

  it('finds more votes than voting members present wrong', () => {
    expect(judgeResolution('assembly', counts(8, 8, 6, 5), { yes: 4, no: 1, abstain: 1 })).toBe('invalid')
  })
})

describe('a 支部党员大会 through the core: 应到, 实到, 缺席 and the vote', () => {
  it('counts 预备党员 as expected but not as voters; a resolution at exactly half fails', async () => {
    const full = await addMembers(secretary, ['王强', '李娜', '赵敏', '孙丽', '周杰', '吴磊'])
    await addMembers(secretary, ['郑洁', '冯涛'], { category: 'probationary' })
    const meeting = await record(['general_assembly'], '2026-11-20', {
      absent: { [full[5]!]: '出差' },
      attendees: [
        { kind: 'observer', name: '陈海燕', organization: '春风助老服务中心', note: '入驻组织负责人' },
      ],
      resolutions: [
        { title: '接收郑洁为预备党员', yes: 3, no: 2, abstain: 0 },
        { title: '年度工作计划', yes: 4, no: 1, abstain: 0 },
      ],
    })
    expect(meeting.tally).toMatchObject({
      expected: 8,
      present: 7,
      absent: 1,
      votingExpected: 6,
      votingPresent: 5,
      quorum: true,
      body: 'assembly',
    })
    expect(meeting.resolutions.map((r) => [r.outcome, r.yesNeeded])).toEqual([
      ['failed', 4],
      ['passed', 4],
    ])
    expect(meeting.attendance.find((a) => !a.present)).toMatchObject({ name: '吴磊', absenceReason: '出差' })
    expect(meeting.attendees).toEqual([
      { kind: 'observer', name: '陈海燕', organization: '春风助老服务中心', note: '入驻组织负责人' },
    ])
    const listed = await secretary.ok('meeting.list', { year: 2026 })
    expect(listed.items[0]).toMatchObject({
      id: meeting.id,
      passedCount: 1,
      resolutionCount: 2,
      attendeeCount: 1,
    })
  })

  it('refuses more votes than voting members present, naming the numbers', async () => {
    const ids = await addMembers(secretary, ['王强', '李娜', '赵敏'])
    await addMembers(secretary, ['郑洁'], { category: 'probationary' })
    const error = await secretary.err(
      'meeting.create',
      await draft(['general_assembly'], '2026-11-20', {
        absent: { [ids[2]!]: '病假' },
        resolutions: [{ title: '决议', yes: 2, no: 1, abstain: 0 }],
      }),
    )
    expect(error.fields?.['resolutions.0.yes']?.message).toBe(
      '表决票数合计 3 票，超过了实到的有表决权党员 2 人（预备党员没有表决权），请核对票数。',
    )
  })

  it('judges a 支委会 by the committee present: half is enough to meet', async () => {
    const ids = await addMembers(secretary, ['王强', '李娜', '赵敏', '孙丽', '周杰', '吴磊', '郑洁', '冯涛'])
    insertTerm('2026-01-10', '2029-01-10', [
      { memberId: ids[0]!, role: 'secretary' },
      { memberId: ids[1]!, role: 'organization' },
      { memberId: ids[2]!, role: 'propaganda' },
      { memberId: ids[3]!, role: 'discipline' },
    ])
    const expected = await secretary.ok('meeting.expected', { date: '2026-11-02', kinds: ['committee'] })
    expect(expected.members.map((m) => m.name).sort()).toEqual(['孙丽', '李娜', '王强', '赵敏'].sort())
    expect(expected.body).toBe('committee')
    const meeting = await record(['committee'], '2026-11-02', {
      absent: { [ids[2]!]: '出差', [ids[3]!]: '病假' },
      resolutions: [{ title: '确定发展对象', yes: 2, no: 0, abstain: 0 }],
    })
    expect(meeting.tally.quorum).toBe(true)
    // 2 of 4 committee members: exactly half of the expected voting members, so it fails.
    expect(meeting.resolutions[0]?.outcome).toBe('failed')
    const before = await secretary.ok('meeting.expected', { date: '2026-01-09', kinds: ['committee'] })
    expect(before.members).toEqual([])
    const refused = await secretary.err('meeting.create', {
      ...(await draft(['committee'], '2026-11-02')),
      date: '2026-01-09',
    })
    expect(refused.fields?.attendance?.key).toBe('meeting.noCommittee')
  })
})

describe('应到 from the roster on the meeting date, across 转出 and 转入', () => {
  it('counts whoever was on the roster that day and keeps the list as saved', async () => {
    const [wang, li, zhao] = await addMembers(secretary, ['王强', '李娜', '赵敏'])
    await secretary.ok(
      'member.create',
      partyMemberDraft('孙丽', { entryDate: '2026-07-01', entryKind: 'transfer_in' }),
    )
    // 李娜 becomes 正式 on 2026-07-01: before that she is expected but has no vote.
    const { idNumber: _id, entryDate: _entry, entryKind: _kind, ...profile } = partyMemberDraft('李娜')
    await secretary.ok('member.update', { ...profile, id: li!, idNumber: null, fullOn: '2026-07-01' })
    const may = await record(['general_assembly'], '2026-05-20')
    await secretary.ok('member.exit', { id: wang!, kind: 'transfer_out', date: '2026-06-01', note: null })
    await secretary.ok('member.transferIn', { id: wang!, date: '2026-09-01', note: null })

    const namesOn = async (date: string) =>
      (await secretary.ok('meeting.expected', { date, kinds: ['party_lecture'] })).members.map((m) => m.name)
    expect(await namesOn('2026-05-31')).toEqual(['李娜', '王强', '赵敏'])
    expect(await namesOn('2026-06-01')).toEqual(['李娜', '赵敏'])
    expect(await namesOn('2026-07-01')).toEqual(['孙丽', '李娜', '赵敏'])
    expect(await namesOn('2026-09-01')).toEqual(['孙丽', '李娜', '王强', '赵敏'])
    const june = await secretary.ok('meeting.expected', { date: '2026-06-30', kinds: ['party_lecture'] })
    expect(june.votingExpected).toBe(1)
    const july = await secretary.ok('meeting.expected', { date: '2026-07-01', kinds: ['party_lecture'] })
    expect(july.votingExpected).toBe(3)

    // May's meeting still lists 王强 after he left; editing it without changing date or kinds keeps its list.
    const saved = await secretary.ok('meeting.get', { id: may.id })
    expect(saved.attendance.map((a) => a.name)).toEqual(['李娜', '王强', '赵敏'])
    expect(saved.tally).toMatchObject({ expected: 3, votingExpected: 2 })
    const kept = await secretary.ok('meeting.expected', {
      date: '2026-05-20',
      kinds: ['general_assembly'],
      meetingId: may.id,
    })
    expect(kept.fromSnapshot).toBe(true)
    const edited = await secretary.ok('meeting.update', {
      ...(await draft(['general_assembly'], '2026-05-20')),
      id: may.id,
      attendance: saved.attendance.map((a) => ({
        memberId: a.memberId,
        present: a.memberId !== zhao,
        absenceReason: a.memberId === zhao ? '病假' : null,
      })),
      title: '修改后的主题',
    })
    expect(edited.tally).toMatchObject({ expected: 3, present: 2, absent: 1 })
  })

  it('refuses attendance that leaves out an expected member or marks one who was not expected', async () => {
    const [wang] = await addMembers(secretary, ['王强', '李娜'])
    const late = (
      await secretary.ok(
        'member.create',
        partyMemberDraft('孙丽', { entryDate: '2026-10-01', entryKind: 'transfer_in' }),
      )
    ).id
    const meeting = await draft(['general_assembly'], '2026-09-20')
    const missing = await secretary.err('meeting.create', {
      ...meeting,
      attendance: meeting.attendance.filter((a) => a.memberId !== wang),
    })
    expect(missing.fields?.attendance?.message).toContain('应到党员“王强”没有登记出席或缺席')
    const stranger = await secretary.err('meeting.create', {
      ...meeting,
      attendance: [...meeting.attendance, { memberId: late, present: true }],
    })
    expect(stranger.fields?.attendance?.message).toContain('“孙丽”不在这次会议的应到名单中（2026-09-20）')
    const noReason = await secretary.err('meeting.create', {
      ...meeting,
      attendance: meeting.attendance.map((a) => ({ ...a, present: false, absenceReason: null })),
    })
    expect(noReason.fields?.['attendance.0.absenceReason']?.message).toBe('缺席须填写原因。')
  })

  it('expects only the group at a 党小组会, and only groups that existed on its date', async () => {
    const first = insertGroup('第一党小组', '2026-01-01')
    const second = insertGroup('第二党小组', '2026-01-01')
    await addMembers(secretary, ['王强', '李娜'], { groupId: first })
    await addMembers(secretary, ['赵敏'], { groupId: second })
    const expected = await secretary.ok('meeting.expected', {
      date: '2026-11-10',
      kinds: ['group'],
      groupId: first,
    })
    expect(expected.members.map((m) => m.name)).toEqual(['李娜', '王强'])
    const meeting = await record(['group'], '2026-11-10', { groupId: first })
    expect(meeting).toMatchObject({ groupName: '第一党小组', tally: { expected: 2 } })
    const early = await secretary.err('meeting.create', {
      ...(await draft(['group'], '2026-11-10', { groupId: first })),
      date: '2025-12-31',
    })
    expect(early.fields?.groupId?.message).toBe('所选党小组在 2025-12-31 不存在或已撤销，请重新选择。')
    const noGroup = await secretary.err('meeting.create', {
      ...(await draft(['group'], '2026-11-10')),
      groupId: null,
    })
    expect(noGroup.fields?.groupId?.key).toBe('meeting.groupRequired')
  })
})

describe('三会一课合规 by month, quarter and year', () => {
  const row = (
    summary: ComplianceSummary,
    kind: MeetingKind,
    groupId: number | null = null,
  ): ComplianceRow => {
    const found = summary.rows.find((r) => r.kind === kind && r.groupId === groupId)
    if (!found) throw new Error(`no row for ${kind}`)
    return found
  }
  const statuses = (cells: { status: string }[]) => cells.map((c) => c.status)

  beforeEach(async () => {
    await addMembers(secretary, ['王强', '李娜', '赵敏'], { entryDate: '2024-01-01' })
  })

  it('counts a meeting in the quarter and year of its date, on both sides of each boundary', async () => {
    await record(['general_assembly'], '2025-12-31')
    await record(['general_assembly', 'party_lecture'], '2026-03-31')
    await record(['general_assembly'], '2026-07-01')
    await record(['general_assembly'], '2026-10-10')
    const summary = await secretary.ok('compliance.summary', { year: 2026 })
    const assembly = row(summary, 'general_assembly')
    expect(assembly.quarters.map((c) => [c.held, c.required, c.status])).toEqual([
      [1, 1, 'met'],
      [0, 1, 'shortfall'],
      [1, 1, 'met'],
      [1, 1, 'met'],
    ])
    expect(assembly.year).toEqual({ required: 4, held: 3, status: 'shortfall' })
    // Months of a quarterly kind are not judged, only counted.
    expect(assembly.months[2]).toEqual({ required: 0, held: 1, status: 'not_required' })
    const lecture = row(summary, 'party_lecture')
    expect(statuses(lecture.quarters)).toEqual(['met', 'shortfall', 'shortfall', 'in_progress'])
    // A monthly kind: past months short, November in progress, December not yet due.
    const theme = row(summary, 'theme_day')
    expect(statuses(theme.months).slice(9)).toEqual(['shortfall', 'in_progress', 'not_due'])
    expect(theme.quarters[3]?.status).toBe('shortfall')

    const lastYear = await secretary.ok('compliance.summary', { year: 2025 })
    expect(row(lastYear, 'general_assembly').quarters.map((c) => [c.held, c.status])).toEqual([
      [0, 'shortfall'],
      [0, 'shortfall'],
      [0, 'shortfall'],
      [1, 'met'],
    ])
    const nextYear = await secretary.ok('compliance.summary', { year: 2027 })
    expect(new Set(statuses(row(nextYear, 'general_assembly').quarters))).toEqual(new Set(['not_due']))
    expect(nextYear.shortfalls).toBe(0)
  })

  it('says what is due next, across the turn of the year', async () => {
    await record(['general_assembly'], '2026-10-10')
    const now = await secretary.ok('compliance.summary', { year: 2026 })
    const due = (s: ComplianceSummary, kind: MeetingKind) => s.dueNext.find((d) => d.kind === kind)
    // Q4 already has its 党员大会: the next one is due by the end of Q1 2027.
    expect(due(now, 'general_assembly')).toMatchObject({ periodEnd: '2027-03-31', needed: 1 })
    expect(due(now, 'theme_day')).toMatchObject({ periodEnd: '2026-11-30', needed: 1 })
    expect(due(now, 'life_meeting')).toMatchObject({ periodEnd: '2026-12-31', needed: 1 })
    base.setToday('2027-01-01')
    const newYear = await secretary.ok('compliance.summary', { year: 2026 })
    expect(due(newYear, 'general_assembly')).toMatchObject({
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
    })
    expect(due(newYear, 'life_meeting')).toMatchObject({ periodEnd: '2027-12-31' })
    // 2026 is over: December's 主题党日 is now a shortfall, not "not yet due".
    expect(row(newYear, 'theme_day').months[11]?.status).toBe('shortfall')
  })

  it('follows the minimums of 系统设置 when they change', async () => {
    await record(['general_assembly', 'party_lecture'], '2026-01-15')
    await record(['party_lecture'], '2026-02-15')
    writeSetting(base.db, 'branch', {
      ...DEFAULT_BRANCH_SETTINGS,
      meetingMinimums: {
        ...DEFAULT_BRANCH_SETTINGS.meetingMinimums,
        general_assembly: { period: 'month', count: 1 },
        party_lecture: { period: 'quarter', count: 2 },
        theme_day: { period: 'month', count: 0 },
      },
    })
    const summary = await secretary.ok('compliance.summary', { year: 2026 })
    const assembly = row(summary, 'general_assembly')
    expect(statuses(assembly.months).slice(0, 2)).toEqual(['met', 'shortfall'])
    expect(assembly.quarters[0]).toEqual({ required: 3, held: 1, status: 'shortfall' })
    expect(row(summary, 'party_lecture').quarters.map((c) => [c.held, c.required, c.status])).toEqual([
      [2, 2, 'met'],
      [0, 2, 'shortfall'],
      [0, 2, 'shortfall'],
      [0, 2, 'in_progress'],
    ])
    expect(new Set(statuses(row(summary, 'theme_day').months))).toEqual(new Set(['not_required']))
    expect(summary.dueNext.some((d) => d.kind === 'theme_day')).toBe(false)
  })

  it('requires a 支委会 only in months a committee term covers, and a 党小组会 per group that existed', async () => {
    const ids = (await secretary.ok('member.list', { pageSize: 20 })).items.map((m) => m.id)
    insertTerm('2026-05-10', '2029-05-10', [{ memberId: ids[0]!, role: 'secretary' }])
    const first = insertGroup('第一党小组', '2025-06-01')
    const second = insertGroup('第二党小组', '2026-09-15')
    base.db.prepare('UPDATE party_member SET group_id = ?').run(first)
    await record(['group'], '2026-10-12', { groupId: first })
    const summary = await secretary.ok('compliance.summary', { year: 2026 })
    const committee = row(summary, 'committee')
    expect(committee.months.map((c) => c.required)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1])
    expect(committee.quarters.map((c) => c.required)).toEqual([0, 2, 3, 3])
    expect(committee.months[0]?.status).toBe('not_required')
    expect(committee.months[4]?.status).toBe('shortfall')
    expect(row(summary, 'group', first).months[9]).toEqual({ required: 1, held: 1, status: 'met' })
    const later = row(summary, 'group', second)
    expect(later.months.map((c) => c.required)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    expect(later.months[9]?.status).toBe('shortfall')
    expect(summary.dueNext.filter((d) => d.kind === 'group').map((d) => d.groupName)).toEqual([
      '第一党小组',
      '第二党小组',
    ])
  })

  it('gives each member’s attendance rate, lowest first, and leaves archived meetings out', async () => {
    const ids = (await secretary.ok('member.list', { pageSize: 20 })).items.map((m) => m.id)
    const [a, b] = ids as [number, number, number]
    await record(['theme_day'], '2026-09-10', { absent: { [a]: '出差' } })
    await record(['theme_day'], '2026-10-10', { absent: { [a]: '病假', [b]: '出差' } })
    const gone = await record(['theme_day'], '2026-11-10', { absent: { [a]: '病假' } })
    await secretary.ok('meeting.archive', { id: gone.id, reason: '重复登记' })
    const report = await secretary.ok('compliance.attendance', { year: 2026 })
    expect(report.rows.map((r) => [r.memberId, r.expected, r.present])).toEqual([
      [a, 2, 0],
      [b, 2, 1],
      [ids[2], 2, 2],
    ])
    expect(report.rows[1]?.rate).toBe(0.5)
  })

  it('keeps the rates right when a meeting is edited into another year', async () => {
    const ids = (await secretary.ok('member.list', { pageSize: 20 })).items.map((m) => m.id)
    const [a] = ids as [number]
    const meeting = await record(['party_lecture'], '2026-02-10', { absent: { [a]: '出差' } })
    await record(['party_lecture'], '2025-05-10')
    await secretary.ok('meeting.update', {
      ...(await draft(['party_lecture'], '2025-12-30')),
      id: meeting.id,
    })
    /** The same rates counted from every saved list, the long way. */
    const recount = (year: number) =>
      base.db
        .prepare(
          `SELECT a.member_id, count(*) AS expected, sum(a.present) AS present FROM branch_meeting m
           JOIN branch_meeting_member a ON a.meeting_id = m.id AND a.revision = m.revision
           WHERE m.archived_at IS NULL AND substr(m.date, 1, 4) = ? GROUP BY a.member_id ORDER BY a.member_id`,
        )
        .all(String(year))
    const rates = async (year: number) =>
      (await secretary.ok('compliance.attendance', { year })).rows
        .map((r) => ({ member_id: r.memberId, expected: r.expected, present: r.present }))
        .sort((x, y) => x.member_id - y.member_id)
    expect(await rates(2026)).toEqual([])
    expect(await rates(2025)).toEqual(recount(2025))
    expect((await rates(2025)).map((r) => r.expected)).toEqual([2, 2, 2])
    expect((await rates(2025)).map((r) => r.present)).toEqual([2, 2, 2])
  })
})

describe('三会一课合规 before the branch had members', () => {
  it('requires nothing in periods that ended before the first member came onto the roster', async () => {
    await addMembers(secretary, ['王强'], { entryDate: '2026-06-10' })
    const summary = await secretary.ok('compliance.summary', { year: 2026 })
    const theme = summary.rows.find((r) => r.kind === 'theme_day')!
    expect(theme.months.map((c) => c.required)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1])
    expect(theme.months[4]?.status).toBe('not_required')
    expect(theme.months[5]?.status).toBe('shortfall')
    const assembly = summary.rows.find((r) => r.kind === 'general_assembly')!
    expect(assembly.quarters.map((c) => c.status)).toEqual([
      'not_required',
      'shortfall',
      'shortfall',
      'in_progress',
    ])
    const lastYear = await secretary.ok('compliance.summary', { year: 2025 })
    expect(lastYear.shortfalls).toBe(0)
  })
})

describe('the room of 空间管理', () => {
  let roomId: number
  beforeEach(async () => {
    const floor = await base.ok('space.floorSave', {
      name: '一层',
      sortOrder: 1,
      gridWidth: 40,
      gridHeight: 24,
    })
    roomId = (
      await base.ok('space.unitSave', {
        floorId: floor.id,
        code: '101',
        name: '党员活动室',
        unitType: 'party_room',
        areaM2: 60,
        seats: 30,
        amenities: [],
      })
    ).id
    await addMembers(secretary, ['王强', '李娜', '赵敏'])
  })
  const bookingsOn = (date: string) => secretary.ok('booking.list', { from: date, to: date })

  it('books the room as the branch, refuses a clash naming it, moves with the meeting and is cancelled on archive', async () => {
    const meeting = await record(['theme_day'], '2026-11-20', { unitId: roomId, place: null })
    expect(meeting).toMatchObject({ unitId: roomId, placeText: '101 党员活动室', place: null })
    const [booked] = await bookingsOn('2026-11-20')
    expect(booked).toMatchObject({
      id: meeting.bookingId,
      bookerKind: 'branch',
      startTime: '14:00',
      endTime: '16:00',
      title: meeting.title,
    })

    // A resident books the room for this afternoon; a meeting over that slot is refused, naming the booking.
    const desk = await base.as(['front_desk'])
    await desk.ok('booking.create', {
      unitId: roomId,
      date: '2026-11-27',
      startTime: '14:00',
      endTime: '15:00',
      bookerKind: 'base',
      bookerName: '基地办公室',
      title: '项目路演彩排',
      attendees: 10,
    })
    const counts = snapshotCounts(base.db)
    const clash = await secretary.err(
      'meeting.create',
      await draft(['theme_day'], '2026-11-27', {
        unitId: roomId,
        place: null,
        startTime: '15:00',
        endTime: '16:00',
      }),
    )
    expect(clash.fields?.unitId?.message).toBe(
      '与已有预约冲突：2026-11-27 14:00–15:00“项目路演彩排”（基地办公室）。两次预约之间需间隔 15 分钟。',
    )
    // Moving the first meeting onto that slot is refused too, and its own booking stays where it was.
    const moveIntoClash = await secretary.err('meeting.update', {
      ...(await draft(['theme_day'], '2026-11-27', { unitId: roomId, place: null, startTime: '14:30' })),
      id: meeting.id,
    })
    expect(moveIntoClash.fields?.unitId?.key).toBe('space.bookingConflict')
    expect(snapshotCounts(base.db)).toEqual(counts)
    expect((await bookingsOn('2026-11-20')).map((b) => [b.id, b.startTime])).toEqual([
      [meeting.bookingId, '14:00'],
    ])

    const moved = await secretary.ok('meeting.update', {
      ...(await draft(['theme_day'], '2026-11-19', {
        unitId: roomId,
        place: null,
        startTime: '09:00',
        endTime: '10:30',
      })),
      id: meeting.id,
    })
    expect(moved.bookingId).toBe(meeting.bookingId)
    expect(await bookingsOn('2026-11-20')).toEqual([])
    expect((await bookingsOn('2026-11-19')).map((b) => [b.id, b.startTime, b.endTime])).toEqual([
      [meeting.bookingId, '09:00', '10:30'],
    ])

    const archived = await secretary.ok('meeting.archive', { id: meeting.id, reason: '重复登记' })
    expect(archived).toMatchObject({ archived: true, archiveReason: '重复登记' })
    expect(await bookingsOn('2026-11-19')).toEqual([])
    const audit = base.db
      .prepare(
        "SELECT channel, before_json, after_json FROM audit_log WHERE entity = 'branch_meeting' ORDER BY id",
      )
      .all() as { channel: string; before_json: string | null; after_json: string }[]
    expect(audit.map((r) => r.channel)).toEqual(['meeting.create', 'meeting.update', 'meeting.archive'])
    expect((JSON.parse(audit[2]!.before_json!) as Meeting).archived).toBe(false)
    expect((JSON.parse(audit[2]!.after_json) as Meeting).archiveReason).toBe('重复登记')
    expect(
      (
        await secretary.err('meeting.update', {
          ...(await draft(['theme_day'], '2026-11-19')),
          id: meeting.id,
        })
      ).key,
    ).toBe('meeting.archived')
  })

  it('cancels the booking when the meeting moves to a place outside the base', async () => {
    const meeting = await record(['party_lecture'], '2026-11-20', { unitId: roomId, place: null })
    const elsewhere = await secretary.ok('meeting.update', {
      ...(await draft(['party_lecture'], '2026-11-20', { place: '福山区革命纪念馆' })),
      id: meeting.id,
    })
    expect(elsewhere).toMatchObject({ unitId: null, bookingId: null, placeText: '福山区革命纪念馆' })
    expect(await bookingsOn('2026-11-20')).toEqual([])
  })
})

describe('bad input writes nothing', () => {
  it('refuses a future date, an end before the start, no place and a chair off the roster, all at once', async () => {
    const [wang] = await addMembers(secretary, ['王强', '李娜'])
    const late = (
      await secretary.ok(
        'member.create',
        partyMemberDraft('孙丽', { entryDate: '2026-11-01', entryKind: 'transfer_in' }),
      )
    ).id
    const counts = snapshotCounts(base.db)
    const future = await secretary.err('meeting.create', await draft(['theme_day'], '2026-11-28'))
    expect(future.fields?.date?.message).toBe('日期不能晚于今天（2026-11-27）。')
    const wrong = await secretary.err('meeting.create', {
      ...(await draft(['theme_day'], '2026-10-20')),
      startTime: '16:00',
      endTime: '15:00',
      place: null,
      chairId: late,
      recorderId: wang,
    })
    expect(Object.keys(wrong.fields ?? {}).sort()).toEqual(['chairId', 'endTime', 'place'])
    expect(wrong.fields?.chairId?.message).toBe('主持人须是 2026-10-20 在册的党员。')
    const grades = await secretary.err('meeting.create', {
      ...(await draft(['theme_day'], '2026-10-20')),
      reviews: [{ memberId: wang!, grade: 'excellent' }],
    })
    expect(grades.fields?.reviews?.key).toBe('meeting.reviewsNotAllowed')
    expect(snapshotCounts(base.db)).toEqual(counts)
  })

  it('records 民主评议 grades only for the members expected', async () => {
    const [wang, li] = await addMembers(secretary, ['王强', '李娜'])
    const meeting = await record(['life_meeting', 'democratic_review'], '2026-11-15', {
      reviews: [
        { memberId: wang!, grade: 'excellent' },
        { memberId: li!, grade: 'qualified' },
      ],
    })
    expect(meeting.attendance.map((a) => [a.name, a.reviewGrade])).toEqual([
      ['李娜', 'qualified'],
      ['王强', 'excellent'],
    ])
  })
})

describe('三会一课台账 (Excel)', () => {
  it('exports the year with the labels sent, and records the export', async () => {
    const [, , zhao] = await addMembers(secretary, ['王强', '李娜', '赵敏'])
    await record(['general_assembly', 'party_lecture'], '2026-03-10', {
      absent: { [zhao!]: '出差' },
      resolutions: [{ title: '年度计划', yes: 2, no: 0, abstain: 0 }],
    })
    await record(['theme_day'], '2025-12-10')
    const file = await secretary.ok('meeting.export', {
      year: 2026,
      labels: {
        title: '三会一课台账',
        'heading.date': '日期',
        'heading.kinds': '会议类型',
        'heading.absentees': '缺席人员（原因）',
        'heading.resolutions': '决议及表决结果',
        'kind.general_assembly': '支部党员大会',
        'kind.party_lecture': '党课',
        'word.separator': '、',
        'word.yes': '赞成',
        'word.no': '反对',
        'word.abstain': '弃权',
        'outcome.passed': '通过',
      },
    })
    expect(file.rows).toBe(1)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('三会一课台账')
    const cells = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1)
    expect(cells(1)).toContain('缺席人员（原因）')
    expect(cells(2)).toContain('支部党员大会、党课')
    expect(cells(2)).toContain('赵敏（出差）')
    expect(cells(2)).toContain('年度计划：赞成 2，反对 0，弃权 0，通过')
    const audit = base.db.prepare("SELECT after_json FROM audit_log WHERE entity = 'export'").pluck().all()
    expect(audit.map((a) => JSON.parse(a as string) as unknown)).toEqual([
      { table: 'meetings', year: 2026, rows: 1 },
    ])
  })
})
