// 陪伴指导 through dispatch: 导师 and 结对, 指导记录 and their hours, the edit rule after the day, 待办事项 and
// what is overdue, 能力评估, attachments, organisations left without coaching, Excel export and who may do what.
// Today is Friday 2026-11-27 (tests/core/helpers.ts).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { Mentor, OrganizationDetail } from '../../src-main/shared/entities'
import type { CoachingDimension, Stage } from '../../src-main/shared/enums'
import { inactiveOrganizations, mentoringStats } from '../../src-main/core/mentoring/stats'
import { buildScaledBase } from '../../src-main/core/demo/demo'
import { buildScaledMentoring } from '../../src-main/core/demo/mentoring'
import { freshBase, orgDraft, snapshotCounts, type Caller, type TestBase } from './helpers'

let base: TestBase
let orgsSoFar = 0
beforeEach(async () => {
  base = await freshBase({ today: '2026-11-27' })
  orgsSoFar = 0
})
afterEach(() => base.close())

// ---- set-up helpers ----

/** An organisation at a stage in residence (筹备中, so no 统一社会信用代码 needed); each gets its own name. */
async function org(
  name = `第${++orgsSoFar}社区互助会`,
  stage: Stage = 'incubating',
): Promise<OrganizationDetail> {
  return base.ok(
    'organization.create',
    orgDraft({
      name,
      shortName: name,
      uscc: null,
      legalType: 'preparing',
      stage,
      stageDate: '2026-01-05',
      acceptWarnings: true,
    }),
  )
}

async function mentor(
  name: string,
  extra: Partial<ChannelInput<'mentor.save'>> = {},
  caller: Caller = base,
): Promise<Mentor> {
  return caller.ok('mentor.save', {
    name,
    kind: 'staff',
    dimensions: ['capacity'],
    serviceAreas: [],
    monthlyCapacityHours: 20,
    accountId: null,
    ...extra,
  })
}

/** An open-ended pairing from the start of last year, so sessions need no confirmation. */
async function pair(mentorId: number, organizationId: number, monthlyHours = 4) {
  return base.ok('pairing.create', {
    mentorId,
    organizationId,
    dimensions: ['capacity'],
    startDate: '2025-01-01',
    monthlyHours,
    acceptWarnings: true,
  })
}

function sessionDraft(
  organizationId: number,
  mentorId: number,
  overrides: Partial<ChannelInput<'coaching.sessionCreate'>> = {},
): ChannelInput<'coaching.sessionCreate'> {
  return {
    organizationId,
    mentorId,
    date: '2026-11-20',
    startTime: '09:00',
    endTime: '10:30',
    mode: 'onsite',
    dimensions: ['capacity'],
    topics: '年度项目计划梳理',
    workDone: '逐项过了明年的三个项目，明确了负责人。',
    ...overrides,
  }
}

async function session(
  organizationId: number,
  mentorId: number,
  overrides: Partial<ChannelInput<'coaching.sessionCreate'>> = {},
  caller: Caller = base,
) {
  return caller.ok('coaching.sessionCreate', sessionDraft(organizationId, mentorId, overrides))
}

/** The update input for a session as it is, with some fields changed. */
function sessionEdit(
  s: Awaited<ReturnType<typeof session>>,
  overrides: Partial<ChannelInput<'coaching.sessionUpdate'>> = {},
): ChannelInput<'coaching.sessionUpdate'> {
  return {
    id: s.id,
    organizationId: s.organizationId,
    mentorId: s.mentorId,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    mode: s.mode,
    dimensions: s.dimensions,
    topics: s.topics,
    workDone: s.workDone,
    problems: s.problems,
    advice: s.advice,
    feedbackScore: s.feedbackScore,
    feedbackComment: s.feedbackComment,
    ...overrides,
  }
}

/** A paired mentor and organisation, ready for sessions. */
async function world() {
  const o = await org()
  const m = await mentor('张明')
  await pair(m.id, o.id)
  return { o, m }
}

async function accountId(username: string): Promise<number> {
  const accounts = await base.ok('account.list', {})
  const account = accounts.find((a) => a.username === username)
  if (!account) throw new Error(`no account ${username}`)
  return account.id
}

const ALL_DIMENSIONS: CoachingDimension[] = [
  'capacity',
  'project_design',
  'implementation',
  'evaluation',
  'party_building',
]

function scores(values: number[], dims: CoachingDimension[] = ALL_DIMENSIONS) {
  return dims.map((dimension, i) => ({ dimension, score: values[i] ?? 3 }))
}

// ---- duration and hours ----

describe('指导时长: how long a session lasts', () => {
  it('counts 09:00–10:30 as 90 minutes, and an end at or before the start as the next day', async () => {
    const { o, m } = await world()
    const morning = await session(o.id, m.id, { startTime: '09:00', endTime: '10:30' })
    expect(morning).toMatchObject({
      durationMinutes: 90,
      endsNextDay: false,
      startTime: '09:00',
      endTime: '10:30',
    })
    const night = await session(o.id, m.id, { date: '2026-11-21', startTime: '22:00', endTime: '01:00' })
    expect(night).toMatchObject({
      durationMinutes: 180,
      endsNextDay: true,
      startTime: '22:00',
      endTime: '01:00',
    })
    const lastHour = await session(o.id, m.id, { date: '2026-11-22', startTime: '23:00', endTime: '24:00' })
    expect(lastHour.durationMinutes).toBe(60)
    // The stored record reads back the same.
    const again = await base.ok('coaching.sessionGet', { id: night.id })
    expect(again).toMatchObject({ durationMinutes: 180, endsNextDay: true, date: '2026-11-21' })
  })

  it('a session past midnight counts entirely in the month (and year) of its own date', async () => {
    const { o, m } = await world()
    await session(o.id, m.id, { date: '2026-10-31', startTime: '22:00', endTime: '01:00' })
    await session(o.id, m.id, { date: '2025-12-31', startTime: '23:00', endTime: '24:00' })
    const stats = await base.ok('coaching.stats', { year: 2026 })
    const month = (key: string) => stats.byMonth.find((r) => r.key === key)
    expect(month('2026-10')).toMatchObject({ sessions: 1, hours: 3 })
    expect(month('2026-11')).toMatchObject({ sessions: 0, hours: 0 })
    expect(stats.hours).toBe(3)
    // New Year's Eve until midnight belongs to 2025, not to January 2026.
    expect(month('2026-01')).toMatchObject({ sessions: 0, hours: 0 })
    const last = await base.ok('coaching.stats', { year: 2025 })
    expect(last.byMonth.find((r) => r.key === '2025-12')).toMatchObject({ sessions: 1, hours: 1 })
  })

  it('refuses a zero-length, a too-long, a midnight-start and a future session, writing nothing', async () => {
    const { o, m } = await world()
    const before = snapshotCounts(base.db)

    const zero = await base.err(
      'coaching.sessionCreate',
      sessionDraft(o.id, m.id, { startTime: '09:00', endTime: '09:00' }),
    )
    expect(zero.code).toBe('VALIDATION')
    expect(zero.fields?.endTime?.key).toBe('coaching.zeroDuration')

    // 09:00–08:00 reads as ending the next morning: 23 hours.
    const long = await base.err(
      'coaching.sessionCreate',
      sessionDraft(o.id, m.id, { startTime: '09:00', endTime: '08:00' }),
    )
    expect(long.code).toBe('VALIDATION')
    expect(long.fields?.endTime?.key).toBe('coaching.sessionTooLong')
    expect(long.fields?.endTime?.params).toMatchObject({ hours: 23, max: 12 })

    const midnight = await base.err(
      'coaching.sessionCreate',
      sessionDraft(o.id, m.id, { startTime: '24:00', endTime: '01:00' }),
    )
    expect(midnight.code).toBe('VALIDATION')
    expect(midnight.fields?.startTime?.key).toBe('coaching.startMidnight')

    const future = await base.err('coaching.sessionCreate', sessionDraft(o.id, m.id, { date: '2026-11-28' }))
    expect(future.code).toBe('VALIDATION')
    expect(future.fields?.date?.key).toBe('coaching.dateFuture')
    expect(future.fields?.date?.params).toMatchObject({ today: '2026-11-27' })

    expect(snapshotCounts(base.db)).toEqual(before)
    // Today itself and exactly twelve hours are fine.
    const ok = await session(o.id, m.id, { date: '2026-11-27', startTime: '20:00', endTime: '08:00' })
    expect(ok.durationMinutes).toBe(720)
  })
})

describe('指导统计: hours by mentor, organisation, dimension and month', () => {
  it('shares a session among its dimensions, counts it once in the totals and leaves archived ones out', async () => {
    const o1 = await org('春风助老服务中心')
    const o2 = await org('阳光助残服务社')
    const m1 = await mentor('张明')
    const m2 = await mentor('李华')
    await pair(m1.id, o1.id)
    await pair(m2.id, o2.id)
    await pair(m1.id, o2.id)
    // 120 min on two dimensions.
    await session(o1.id, m1.id, {
      date: '2026-11-10',
      startTime: '14:00',
      endTime: '16:00',
      dimensions: ['capacity', 'project_design'],
    })
    await session(o2.id, m2.id, {
      date: '2026-10-15',
      startTime: '09:00',
      endTime: '10:00',
      dimensions: ['capacity'],
    })
    await session(o2.id, m1.id, {
      date: '2026-11-12',
      startTime: '09:00',
      endTime: '09:30',
      dimensions: ['evaluation'],
    })
    const gone = await session(o1.id, m2.id, {
      date: '2026-11-11',
      startTime: '09:00',
      endTime: '12:00',
      dimensions: ['capacity'],
      acceptWarnings: true,
    })
    await base.ok('coaching.sessionArchive', { id: gone.id, reason: '重复登记' })
    // Another year stays out.
    await session(o1.id, m1.id, { date: '2025-11-10', startTime: '09:00', endTime: '17:00' })

    const stats = await base.ok('coaching.stats', { year: 2026 })
    expect(stats.sessions).toBe(3)
    expect(stats.hours).toBe(3.5)

    const dim = Object.fromEntries(stats.byDimension.map((r) => [r.key, r]))
    expect(dim.capacity).toMatchObject({ sessions: 2, hours: 2 })
    expect(dim.project_design).toMatchObject({ sessions: 1, hours: 1 })
    expect(dim.evaluation).toMatchObject({ sessions: 1, hours: 0.5 })
    expect(dim.implementation).toMatchObject({ sessions: 0, hours: 0 })
    const sum = (rows: { hours: number }[]) => rows.reduce((n, r) => n + r.hours, 0)
    expect(sum(stats.byDimension)).toBe(3.5)

    expect(stats.byMentor.map((r) => [r.name, r.sessions, r.hours, r.organizations])).toEqual([
      ['张明', 2, 2.5, 2],
      ['李华', 1, 1, 1],
    ])
    expect(stats.byOrganization.map((r) => [r.name, r.sessions, r.hours, r.mentors])).toEqual([
      ['春风助老服务中心', 1, 2, 1],
      ['阳光助残服务社', 2, 1.5, 2],
    ])
    expect(sum(stats.byMentor)).toBe(3.5)
    expect(sum(stats.byOrganization)).toBe(3.5)
    expect(sum(stats.byMonth)).toBe(3.5)
    expect(stats.byMonth).toHaveLength(12)
    expect(stats.byMonth.find((r) => r.key === '2026-11')).toMatchObject({ sessions: 2, hours: 2.5 })
    expect(stats.byMonth.find((r) => r.key === '2026-10')).toMatchObject({ sessions: 1, hours: 1 })

    // One mentor's view holds only their sessions.
    const mine = await base.ok('coaching.stats', { year: 2026, mentorId: m2.id })
    expect(mine).toMatchObject({ sessions: 1, hours: 1 })
    // The mentor list shows this month's hours, archived session left out.
    const listed = await base.ok('mentor.get', { id: m2.id })
    expect(listed.hoursThisMonth).toBe(0)
    expect((await base.ok('mentor.get', { id: m1.id })).hoursThisMonth).toBe(2.5)
  })

  it('on screen lists the most hours first, ties by name, and says how many there are in all', async () => {
    const m = await mentor('张明')
    const hours = { 丁社: 1, 乙社: 2, 甲社: 3, 丙社: 2 } as const
    for (const [name, h] of Object.entries(hours)) {
      const o = await org(name)
      await pair(m.id, o.id)
      await session(o.id, m.id, {
        date: '2026-11-02',
        startTime: '09:00',
        endTime: `${String(9 + h).padStart(2, '0')}:00`,
      })
    }
    const full = mentoringStats(base.db, 2026)
    expect(full.byOrganization.map((r) => [r.name, r.hours])).toEqual([
      ['甲社', 3],
      ['丙社', 2],
      ['乙社', 2],
      ['丁社', 1],
    ])
    // Cut inside the tie: the first by name of the two with 2 hours is kept, as in the full list.
    const top = mentoringStats(base.db, 2026, undefined, 2)
    expect(top.byOrganization.map((r) => r.name)).toEqual(['甲社', '丙社'])
    expect(top.organizationCount).toBe(4)
    expect(top.byMentor).toHaveLength(1)
    expect(top.mentorCount).toBe(1)
    expect(top.hours).toBe(8)
    // The channel keeps the screen's limit, the export all rows.
    const screen = await base.ok('coaching.stats', { year: 2026 })
    expect(screen.byOrganization).toHaveLength(4)
    expect(screen.organizationCount).toBe(4)
  })

  it('counts each mentor’s organisations and each organisation’s mentors as SQL does, on a scaled base', () => {
    buildScaledBase(base.db, 400, {
      today: '2026-11-27',
      timestamp: '2026-11-27T09:00:00+08:00',
      actorName: 'test',
    })
    buildScaledMentoring(
      base.db,
      { sessions: 6000, actionItems: 50 },
      { today: '2026-11-27', timestamp: '2026-11-27T09:00:00+08:00' },
    )
    const distinct = (by: string, counted: string) =>
      new Map(
        base.db
          .prepare(
            `SELECT ${by}, count(DISTINCT ${counted}) FROM coaching_session
             WHERE archived_at IS NULL AND date BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY ${by}`,
          )
          .raw()
          .all() as [number, number][],
      )
    const stats = mentoringStats(base.db, 2026)
    const organizationsOf = distinct('mentor_id', 'organization_id')
    const mentorsOf = distinct('organization_id', 'mentor_id')
    expect(stats.byMentor.length).toBeGreaterThan(5)
    expect(stats.byOrganization.length).toBeGreaterThan(100)
    expect([...mentorsOf.values()].some((n) => n > 1)).toBe(true)
    for (const r of stats.byMentor) expect(r.organizations, r.name).toBe(organizationsOf.get(r.id!))
    for (const r of stats.byOrganization) expect(r.mentors, r.name).toBe(mentorsOf.get(r.id!))
  })
})

// ---- the edit rule ----

describe('修改规则: after the session day only its own mentor or an administrator may change it', () => {
  async function twoMentors() {
    const a = await base.as(['mentor'], 'mentora')
    const b = await base.as(['mentor'], 'mentorb')
    const o = await org()
    const ma = await mentor('甲导师', { accountId: await accountId('mentora') })
    await mentor('乙导师', { accountId: await accountId('mentorb') })
    await pair(ma.id, o.id)
    const s = await session(o.id, ma.id, { date: '2026-11-27' }, a)
    return { a, b, o, ma, s }
  }

  it('on the day any mentor may edit; the next day another mentor is refused and sees it read-only', async () => {
    const { a, b, s } = await twoMentors()
    const sameDay = await b.ok('coaching.sessionUpdate', sessionEdit(s, { topics: '乙导师补充的议题' }))
    expect(sameDay.topics).toBe('乙导师补充的议题')
    expect((await b.ok('coaching.sessionGet', { id: s.id })).editable).toBe(true)

    base.setToday('2026-11-28')
    const before = snapshotCounts(base.db)
    const refused = await b.err('coaching.sessionUpdate', sessionEdit(sameDay, { topics: '第二天再改' }))
    expect(refused.code).toBe('FORBIDDEN')
    expect(refused.key).toBe('coaching.notOwnRecord')
    expect(refused.params).toMatchObject({ date: '2026-11-27', mentor: '甲导师' })
    // Archiving, attaching and adding items follow the same rule.
    expect((await b.err('coaching.sessionArchive', { id: s.id, reason: '误登' })).key).toBe(
      'coaching.notOwnRecord',
    )
    expect(
      (
        await b.err('actionItem.add', {
          sessionId: s.id,
          title: '补交材料',
          owner: 'organization',
          dueDate: '2026-12-05',
        })
      ).key,
    ).toBe('coaching.notOwnRecord')
    expect(snapshotCounts(base.db)).toEqual(before)
    expect((await base.ok('coaching.sessionGet', { id: s.id })).topics).toBe('乙导师补充的议题')
    expect((await b.ok('coaching.sessionGet', { id: s.id })).editable).toBe(false)

    // The record's own mentor still may.
    expect((await a.ok('coaching.sessionGet', { id: s.id })).editable).toBe(true)
    const own = await a.ok('coaching.sessionUpdate', sessionEdit(sameDay, { problems: '志愿者流失' }))
    expect(own.problems).toBe('志愿者流失')
  })

  it("an administrator's correction the next day keeps the before and after in the audit log", async () => {
    const { s } = await twoMentors()
    base.setToday('2026-11-28')
    expect((await base.ok('coaching.sessionGet', { id: s.id })).editable).toBe(true)
    const corrected = await base.ok(
      'coaching.sessionUpdate',
      sessionEdit(s, { workDone: '更正：只讨论了两个项目。', endTime: '11:00' }),
    )
    expect(corrected).toMatchObject({ workDone: '更正：只讨论了两个项目。', durationMinutes: 120 })
    const log = await base.ok('audit.list', { entity: 'coaching_session' })
    const entry = log.items.find((e) => e.entityId === s.id && e.channel === 'coaching.sessionUpdate')
    expect(entry?.actor).toBe('基地管理员')
    expect(entry?.before).toMatchObject({ workDone: s.workDone, endTime: '10:30', durationMinutes: 90 })
    expect(entry?.after).toMatchObject({
      workDone: '更正：只讨论了两个项目。',
      endTime: '11:00',
      durationMinutes: 120,
    })
  })
})

// ---- action items ----

describe('待办事项: overdue from the day after the due date', () => {
  it('is on time on its due date, overdue the next day, grouped by mentor and organisation', async () => {
    const { o, m } = await world()
    const o2 = await org('阳光助残服务社')
    const m2 = await mentor('李华')
    await pair(m2.id, o2.id)
    const s = await session(o.id, m.id, {
      date: '2026-11-27',
      actionItems: [{ title: '提交项目预算', owner: 'organization', dueDate: '2026-12-10' }],
    })
    await session(o2.id, m2.id, {
      date: '2026-11-27',
      actionItems: [
        { title: '整理志愿者名册', owner: 'organization', dueDate: '2026-12-01' },
        { title: '联系街道社工站', owner: 'mentor', dueDate: '2026-12-02' },
      ],
    })
    expect(s.actionItems).toEqual([
      expect.objectContaining({ title: '提交项目预算', status: 'open', overdueDays: 0 }),
    ])

    base.setToday('2026-12-10')
    const onTheDay = await base.ok('actionItem.list', { status: 'overdue' })
    expect(onTheDay.items.map((i) => i.title)).toEqual(['整理志愿者名册', '联系街道社工站'])
    expect(onTheDay.total).toBe(2)
    const open = await base.ok('actionItem.list', { status: 'open', mentorId: m.id })
    expect(open.items).toEqual([expect.objectContaining({ title: '提交项目预算', overdueDays: 0 })])

    base.setToday('2026-12-11')
    const late = await base.ok('actionItem.list', { status: 'overdue' })
    expect(late.items.map((i) => [i.title, i.overdueDays])).toEqual([
      ['整理志愿者名册', 10],
      ['联系街道社工站', 9],
      ['提交项目预算', 1],
    ])
    expect(late.byMentor).toEqual([
      { id: m2.id, name: '李华', count: 2 },
      { id: m.id, name: '张明', count: 1 },
    ])
    expect(late.byOrganization).toEqual([
      { id: o2.id, name: '阳光助残服务社', count: 2 },
      { id: o.id, name: o.name, count: 1 },
    ])
    const mine = await base.ok('actionItem.list', { status: 'overdue', owner: 'mentor' })
    expect(mine.items.map((i) => i.title)).toEqual(['联系街道社工站'])
  })

  it('closing records when and by whom, leaves the overdue list, and cannot be done twice', async () => {
    const { o, m } = await world()
    const closer = await base.as(['mentor'], 'closer')
    const s = await session(o.id, m.id, {
      actionItems: [{ title: '提交项目预算', owner: 'organization', dueDate: '2026-12-10' }],
    })
    const itemId = s.actionItems[0]?.id ?? 0
    base.setToday('2026-12-11')
    expect((await base.ok('actionItem.list', { status: 'overdue' })).total).toBe(1)

    const closed = await closer.ok('actionItem.close', { id: itemId, note: '已收到预算表' })
    expect(closed).toMatchObject({
      status: 'done',
      closedBy: 'closer用户',
      closeNote: '已收到预算表',
      overdueDays: 0,
    })
    expect(closed.closedAt).toMatch(/^2026-12-11T\d{2}:\d{2}:\d{2}\+08:00$/)
    const after = await base.ok('actionItem.list', { status: 'overdue' })
    expect(after).toMatchObject({ total: 0, items: [], byMentor: [], byOrganization: [] })
    expect((await base.ok('actionItem.list', { status: 'done' })).items.map((i) => i.id)).toEqual([itemId])

    const before = snapshotCounts(base.db)
    const twice = await base.err('actionItem.close', { id: itemId, outcome: 'cancelled' })
    expect(twice.code).toBe('CONFLICT')
    expect(twice.key).toBe('coaching.itemClosed')
    expect(twice.message).toContain('closer用户')
    expect(snapshotCounts(base.db)).toEqual(before)
    expect((await base.ok('coaching.sessionGet', { id: s.id })).actionItems[0]?.status).toBe('done')
  })

  it('refuses a due date before the session date, on the record and added later', async () => {
    const { o, m } = await world()
    const before = snapshotCounts(base.db)
    const early = await base.err(
      'coaching.sessionCreate',
      sessionDraft(o.id, m.id, {
        date: '2026-11-20',
        actionItems: [
          { title: '准时的', owner: 'organization', dueDate: '2026-11-20' },
          { title: '早了的', owner: 'organization', dueDate: '2026-11-19' },
        ],
      }),
    )
    expect(early.code).toBe('VALIDATION')
    expect(early.fields?.['actionItems.1.dueDate']?.key).toBe('coaching.dueBeforeSession')
    expect(early.fields?.['actionItems.0.dueDate']).toBeUndefined()
    expect(snapshotCounts(base.db)).toEqual(before)

    const s = await session(o.id, m.id, { date: '2026-11-20' })
    const mark = snapshotCounts(base.db)
    const added = await base.err('actionItem.add', {
      sessionId: s.id,
      title: '补交材料',
      owner: 'organization',
      dueDate: '2026-11-19',
    })
    expect(added.fields?.dueDate?.key).toBe('coaching.dueBeforeSession')
    expect(snapshotCounts(base.db)).toEqual(mark)
    // The session date itself is a valid due date.
    const ok = await base.ok('actionItem.add', {
      sessionId: s.id,
      title: '补交材料',
      owner: 'organization',
      dueDate: '2026-11-20',
    })
    expect(ok.actionItems.map((i) => i.dueDate)).toEqual(['2026-11-20'])
  })
})

// ---- assessments ----

describe('能力评估: all five dimensions, justified by earlier sessions of the same organisation', () => {
  it('lists the history newest first with every score and its evidence', async () => {
    const { o, m } = await world()
    const evidence = await session(o.id, m.id, { date: '2026-11-20' })
    // Entered out of order: the list follows the assessment dates, not the order of entry.
    await base.ok('assessment.create', {
      organizationId: o.id,
      date: '2026-06-30',
      occasion: 'periodic',
      scores: scores([2, 3, 2, 2, 4]),
    })
    await base.ok('assessment.create', {
      organizationId: o.id,
      date: '2026-03-01',
      occasion: 'stage_change',
      stage: 'incubating',
      scores: scores([1, 2, 2, 1, 3]),
    })
    await base.ok('assessment.create', {
      organizationId: o.id,
      date: '2026-11-25',
      occasion: 'periodic',
      scores: scores([3, 4, 3, 2, 5]),
      sessionIds: [evidence.id],
    })
    const history = await base.ok('assessment.list', { organizationId: o.id })
    expect(history.map((h) => h.date)).toEqual(['2026-11-25', '2026-06-30', '2026-03-01'])
    expect(history[0]?.scores.map((x) => [x.dimension, x.score])).toEqual([
      ['capacity', 3],
      ['project_design', 4],
      ['implementation', 3],
      ['evaluation', 2],
      ['party_building', 5],
    ])
    expect(history[0]?.sessions.map((x) => x.id)).toEqual([evidence.id])
    expect(history[0]).toMatchObject({ occasion: 'periodic', stage: null, assessor: '基地管理员' })
    expect(history[1]?.scores.map((x) => x.score)).toEqual([2, 3, 2, 2, 4])
    expect(history[2]?.scores.map((x) => x.score)).toEqual([1, 2, 2, 1, 3])
    expect(history[2]).toMatchObject({ occasion: 'stage_change', stage: 'incubating', sessions: [] })
  })

  it('refuses missing scores, foreign or later evidence and a stage change without a stage', async () => {
    const { o, m } = await world()
    const other = await org('阳光助残服务社')
    await pair(m.id, other.id)
    const foreign = await session(other.id, m.id, { date: '2026-11-20' })
    const later = await session(o.id, m.id, { date: '2026-11-26' })
    const earlier = await session(o.id, m.id, { date: '2026-11-25' })
    const draft = {
      organizationId: o.id,
      date: '2026-11-25',
      occasion: 'periodic' as const,
      scores: scores([3, 3, 3, 3, 3]),
    }
    const before = snapshotCounts(base.db)

    const missing = await base.err('assessment.create', {
      ...draft,
      scores: scores([3, 3, 3, 3], ALL_DIMENSIONS.slice(0, 4)),
    })
    expect(missing.code).toBe('VALIDATION')
    expect(missing.fields?.scores?.key).toBe('coaching.scoresMissing')
    expect(missing.fields?.scores?.params).toMatchObject({ count: 1 })

    const twice = await base.err('assessment.create', {
      ...draft,
      scores: [...scores([3, 3, 3, 3], ALL_DIMENSIONS.slice(0, 4)), { dimension: 'capacity', score: 4 }],
    })
    expect(twice.fields?.scores?.key).toBe('coaching.scoreTwice')

    const otherOrg = await base.err('assessment.create', { ...draft, sessionIds: [foreign.id] })
    expect(otherOrg.fields?.sessionIds?.key).toBe('coaching.evidenceForeign')

    const afterDate = await base.err('assessment.create', { ...draft, sessionIds: [earlier.id, later.id] })
    expect(afterDate.fields?.sessionIds?.key).toBe('coaching.evidenceAfter')
    expect(afterDate.fields?.sessionIds?.params).toMatchObject({ date: '2026-11-26', assessed: '2026-11-25' })

    const noStage = await base.err('assessment.create', { ...draft, occasion: 'stage_change' })
    expect(noStage.fields?.stage?.key).toBe('coaching.stageRequired')

    expect(snapshotCounts(base.db)).toEqual(before)
    // Evidence on the assessment's own date is fine.
    const ok = await base.ok('assessment.create', { ...draft, sessionIds: [earlier.id] })
    expect(ok).toHaveLength(1)
  })
})

// ---- pairings and capacity ----

describe('结对: planned hours against the mentor’s monthly capacity', () => {
  it('asks to confirm a pairing that takes the mentor over capacity while both run', async () => {
    const m = await mentor('张明', { monthlyCapacityHours: 10 })
    const o1 = await org()
    const o2 = await org()
    const first = await base.ok('pairing.create', {
      mentorId: m.id,
      organizationId: o1.id,
      dimensions: ['capacity'],
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      monthlyHours: 6,
    })
    expect(first).toMatchObject({ monthlyHours: 6, endDate: '2026-06-30', active: false })
    const draft = {
      mentorId: m.id,
      organizationId: o2.id,
      dimensions: ['project_design' as const],
      startDate: '2026-06-01',
      endDate: '2026-12-31',
      monthlyHours: 6,
    }
    const before = snapshotCounts(base.db)
    const over = await base.err('pairing.create', draft)
    expect(over.code).toBe('NEEDS_CONFIRMATION')
    expect(over.warnings?.monthlyHours?.key).toBe('coaching.capacityExceeded')
    expect(over.warnings?.monthlyHours?.params).toMatchObject({ capacity: 10, planned: 12, over: 2 })
    expect(snapshotCounts(base.db)).toEqual(before)
    const accepted = await base.ok('pairing.create', { ...draft, acceptWarnings: true })
    expect(accepted).toMatchObject({ organizationId: o2.id, monthlyHours: 6, active: true })
    expect((await base.ok('mentor.get', { id: m.id })).plannedHours).toBe(6)
  })

  it('gives no warning when the second pairing starts after the first has ended', async () => {
    const m = await mentor('张明', { monthlyCapacityHours: 10 })
    const o1 = await org()
    const o2 = await org()
    await base.ok('pairing.create', {
      mentorId: m.id,
      organizationId: o1.id,
      dimensions: ['capacity'],
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      monthlyHours: 6,
    })
    const next = await base.ok('pairing.create', {
      mentorId: m.id,
      organizationId: o2.id,
      dimensions: ['capacity'],
      startDate: '2026-07-01',
      monthlyHours: 6,
    })
    expect(next.active).toBe(true)
  })

  it('counts a later pairing that starts inside the new period', async () => {
    const m = await mentor('张明', { monthlyCapacityHours: 10 })
    const o1 = await org()
    const o2 = await org()
    await base.ok('pairing.create', {
      mentorId: m.id,
      organizationId: o1.id,
      dimensions: ['capacity'],
      startDate: '2027-03-01',
      monthlyHours: 6,
    })
    // Nothing runs on 2026-12-01, but from 2027-03-01 both would.
    const over = await base.err('pairing.create', {
      mentorId: m.id,
      organizationId: o2.id,
      dimensions: ['capacity'],
      startDate: '2026-12-01',
      monthlyHours: 6,
    })
    expect(over.code).toBe('NEEDS_CONFIRMATION')
    expect(over.warnings?.monthlyHours?.key).toBe('coaching.capacityExceeded')
  })

  it('refuses a second overlapping pairing of the same mentor and organisation; a following one is fine', async () => {
    const m = await mentor('张明')
    const o = await org()
    await base.ok('pairing.create', {
      mentorId: m.id,
      organizationId: o.id,
      dimensions: ['capacity'],
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      monthlyHours: 2,
    })
    const before = snapshotCounts(base.db)
    const overlap = await base.err('pairing.create', {
      mentorId: m.id,
      organizationId: o.id,
      dimensions: ['evaluation'],
      startDate: '2026-06-30',
      monthlyHours: 2,
      acceptWarnings: true,
    })
    expect(overlap.code).toBe('VALIDATION')
    expect(overlap.fields?.startDate?.key).toBe('coaching.pairingOverlap')
    expect(overlap.fields?.startDate?.params).toMatchObject({ start: '2026-01-01' })
    expect(snapshotCounts(base.db)).toEqual(before)
    await base.ok('pairing.create', {
      mentorId: m.id,
      organizationId: o.id,
      dimensions: ['evaluation'],
      startDate: '2026-07-01',
      monthlyHours: 2,
    })
    expect(await base.ok('pairing.list', { mentorId: m.id })).toHaveLength(2)
  })

  it('asks to confirm a session of a mentor not paired with the organisation on that date', async () => {
    const m = await mentor('张明')
    const o = await org()
    await base.ok('pairing.create', {
      mentorId: m.id,
      organizationId: o.id,
      dimensions: ['capacity'],
      startDate: '2026-11-01',
      monthlyHours: 2,
    })
    const before = snapshotCounts(base.db)
    const unpaired = await base.err(
      'coaching.sessionCreate',
      sessionDraft(o.id, m.id, { date: '2026-10-31' }),
    )
    expect(unpaired.code).toBe('NEEDS_CONFIRMATION')
    expect(unpaired.warnings?.mentorId?.key).toBe('coaching.notPaired')
    expect(unpaired.warnings?.mentorId?.params).toMatchObject({ mentor: '张明', date: '2026-10-31' })
    expect(snapshotCounts(base.db)).toEqual(before)
    await base.ok(
      'coaching.sessionCreate',
      sessionDraft(o.id, m.id, { date: '2026-10-31', acceptWarnings: true }),
    )
    // On the pairing's first day no confirmation is needed.
    await base.ok('coaching.sessionCreate', sessionDraft(o.id, m.id, { date: '2026-11-01' }))
  })
})

// ---- attachments ----

describe('附件: copied into the data folder under their SHA-256 and checked when read back', () => {
  it('stores the bytes by hash, returns them, and tells a corrupt file from a missing one', async () => {
    const { o, m } = await world()
    const s = await session(o.id, m.id)
    const bytes = Buffer.from('指导纪要：2026-11-20 年度项目计划梳理\n', 'utf8')
    const sha = createHash('sha256').update(bytes).digest('hex')
    const detail = await base.ok('coaching.attachmentAdd', {
      sessionId: s.id,
      fileName: '纪要.txt',
      contentBase64: bytes.toString('base64'),
    })
    expect(detail.attachments).toEqual([
      expect.objectContaining({ fileName: '纪要.txt', sizeBytes: bytes.length, sha256: sha }),
    ])
    const file = join(base.dir, 'attachments', sha.slice(0, 2), sha)
    expect(existsSync(file)).toBe(true)
    expect(readFileSync(file).equals(bytes)).toBe(true)
    const id = detail.attachments[0]?.id ?? 0
    const back = await base.ok('coaching.attachmentGet', { id })
    expect(back.sha256).toBe(sha)
    expect(Buffer.from(back.contentBase64, 'base64').equals(bytes)).toBe(true)

    writeFileSync(file, 'changed by hand')
    const corrupt = await base.err('coaching.attachmentGet', { id })
    expect(corrupt.code).toBe('CONFLICT')
    expect(corrupt.key).toBe('coaching.attachmentCorrupt')
    expect(corrupt.params).toMatchObject({ file: '纪要.txt' })

    rmSync(file)
    const missing = await base.err('coaching.attachmentGet', { id })
    expect(missing.code).toBe('CONFLICT')
    expect(missing.key).toBe('coaching.attachmentMissing')
  })

  it('refuses content that is not base64, writing nothing', async () => {
    const { o, m } = await world()
    const s = await session(o.id, m.id)
    const before = snapshotCounts(base.db)
    const bad = await base.err('coaching.attachmentAdd', {
      sessionId: s.id,
      fileName: '纪要.txt',
      contentBase64: '这不是base64!!',
    })
    expect(bad.key).toBe('coaching.fileUnreadable')
    expect(snapshotCounts(base.db)).toEqual(before)
    expect(existsSync(join(base.dir, 'attachments'))).toBe(false)
  })
})

// ---- organisations left without coaching ----

describe('久未指导: organisations in residence without a session for N days', () => {
  it('lists those never coached first, then the longest silence; 30 days ago is still on time, 31 is not', async () => {
    const m = await mentor('张明')
    const never = await org('从未指导服务社', 'resident')
    const thirty = await org('三十天服务社', 'incubating')
    const thirtyOne = await org('三十一天服务社', 'venture_guidance')
    const recent = await org('最近指导服务社', 'capacity_building')
    await org('刚申请服务社', 'applied')
    for (const o of [never, thirty, thirtyOne, recent]) await pair(m.id, o.id)
    await session(thirty.id, m.id, { date: '2026-10-28' })
    await session(thirtyOne.id, m.id, { date: '2026-10-27' })
    await session(recent.id, m.id, { date: '2026-11-20' })

    expect(await base.ok('mentoring.settings', {})).toEqual({ inactiveDays: 30 })
    const report = await base.ok('coaching.inactive', {})
    expect(report).toMatchObject({ days: 30, since: '2026-10-28' })
    expect(report.rows.map((r) => [r.organizationName, r.lastSessionDate, r.daysSince])).toEqual([
      ['从未指导服务社', null, null],
      ['三十一天服务社', '2026-10-27', 31],
    ])
    expect(report.rows[0]).toMatchObject({ stage: 'resident', mentors: ['张明'] })

    await base.ok('mentoring.updateSettings', { inactiveDays: 20 })
    const stricter = await base.ok('coaching.inactive', {})
    expect(stricter.rows.map((r) => r.organizationName)).toEqual([
      '从未指导服务社',
      '三十一天服务社',
      '三十天服务社',
    ])
    expect(stricter.total).toBe(3)
    // An explicit number of days wins over the setting.
    const looser = await base.ok('coaching.inactive', { days: 31 })
    expect(looser.rows.map((r) => r.organizationName)).toEqual(['从未指导服务社'])
    expect(looser.total).toBe(1)
  })

  it('gives the screen the first ones in the same order, with the count of all; the export lists every one', async () => {
    const m = await mentor('张明')
    const names = ['甲服务社', '乙服务社', '丙服务社', '丁服务社']
    const ids: number[] = []
    for (const name of names) ids.push((await org(name, 'resident')).id)
    for (const id of ids) await pair(m.id, id)
    for (const [i, id] of ids.entries()) await session(id, m.id, { date: `2026-09-0${i + 1}` })
    const first = inactiveOrganizations(base.db, '2026-11-27', 30, 2)
    expect(first.total).toBe(4)
    expect(first.rows.map((r) => [r.organizationName, r.daysSince])).toEqual([
      ['甲服务社', 87],
      ['乙服务社', 86],
    ])
    const file = await base.ok('mentoring.export', { table: 'inactive', labels: {} })
    expect(file.rows).toBe(4)
  })

  it('an archived session does not count as coaching', async () => {
    const { o, m } = await world()
    const s = await session(o.id, m.id, { date: '2026-11-20' })
    expect((await base.ok('coaching.inactive', {})).rows).toEqual([])
    await base.ok('coaching.sessionArchive', { id: s.id, reason: '登记错了组织' })
    const report = await base.ok('coaching.inactive', {})
    expect(report.rows.map((r) => [r.organizationId, r.lastSessionDate])).toEqual([[o.id, null]])
  })
})

// ---- export ----

describe('导出 Excel', () => {
  it('writes the hours by mentor with the headings it was given, and records the export', async () => {
    const { o, m } = await world()
    await session(o.id, m.id, { date: '2026-11-20', startTime: '09:00', endTime: '10:30' })
    await session(o.id, m.id, { date: '2026-05-06', startTime: '14:00', endTime: '16:00' })
    await session(o.id, m.id, { date: '2025-05-06', startTime: '14:00', endTime: '16:00' })
    const file = await base.ok('mentoring.export', {
      table: 'hoursByMentor',
      year: 2026,
      labels: { 'heading.mentor': '导师', 'title.hoursByMentor': '导师工时', 'heading.hours': '小时' },
    })
    expect(file).toMatchObject({ fileName: '导师工时-2026-11-27.xlsx', rows: 1 })
    const workbook = new ExcelJS.Workbook()
    // ExcelJS types its input as an ArrayBuffer: hand it one holding the file's bytes.
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer)
    const sheet = workbook.worksheets[0]
    expect(sheet?.name).toBe('导师工时')
    expect(sheet?.getRow(1).getCell(1).value).toBe('导师')
    expect(sheet?.getRow(1).getCell(3).value).toBe('小时')
    expect(sheet?.getRow(2).getCell(1).value).toBe('张明')
    expect(sheet?.getRow(2).getCell(2).value).toBe(2)
    expect(sheet?.getRow(2).getCell(3).value).toBe(3.5)
    expect(sheet?.rowCount).toBe(2)

    const log = await base.ok('audit.list', { entity: 'export' })
    expect(log.items).toHaveLength(1)
    expect(log.items[0]).toMatchObject({
      channel: 'mentoring.export',
      actor: '基地管理员',
      after: { table: 'hoursByMentor', rows: 1, year: 2026 },
    })
  })
})

// ---- permissions ----

describe('权限 in behaviour', () => {
  it('front desk manages mentors and pairings but may not record a session', async () => {
    const desk = await base.as(['front_desk'])
    const o = await org()
    const m = await mentor('张明', {}, desk)
    await desk.ok('pairing.create', {
      mentorId: m.id,
      organizationId: o.id,
      dimensions: ['capacity'],
      startDate: '2026-01-01',
      monthlyHours: 4,
    })
    const before = snapshotCounts(base.db)
    const refused = await desk.err('coaching.sessionCreate', sessionDraft(o.id, m.id))
    expect(refused.code).toBe('FORBIDDEN')
    expect(refused.key).toBe('common.forbidden')
    expect(snapshotCounts(base.db)).toEqual(before)
    expect((await desk.err('mentoring.updateSettings', { inactiveDays: 10 })).code).toBe('FORBIDDEN')
  })

  it('read-only accounts see everything and change nothing; a mentor records but does not manage', async () => {
    const { o, m } = await world()
    const s = await session(o.id, m.id, {
      actionItems: [{ title: '提交项目预算', owner: 'organization', dueDate: '2026-12-10' }],
    })
    const reader = await base.as(['read_only'])
    const coach = await base.as(['mentor'])
    expect((await reader.ok('mentor.list', {})).items.map((x) => x.name)).toEqual(['张明'])
    expect((await reader.ok('pairing.list', {})).map((p) => p.mentorId)).toEqual([m.id])
    expect((await reader.ok('coaching.sessionList', {})).items.map((x) => x.id)).toEqual([s.id])
    expect((await reader.ok('actionItem.list', { status: 'open' })).total).toBe(1)
    expect((await reader.ok('coaching.stats', { year: 2026 })).sessions).toBe(1)
    const before = snapshotCounts(base.db)
    expect((await reader.err('coaching.sessionUpdate', sessionEdit(s, { topics: '改' }))).code).toBe(
      'FORBIDDEN',
    )
    expect((await reader.err('actionItem.close', { id: s.actionItems[0]?.id })).code).toBe('FORBIDDEN')
    expect(
      (
        await reader.err('mentor.save', {
          name: '王',
          kind: 'staff',
          dimensions: ['capacity'],
          serviceAreas: [],
          monthlyCapacityHours: 1,
        })
      ).code,
    ).toBe('FORBIDDEN')
    expect(
      (
        await coach.err('pairing.create', {
          mentorId: m.id,
          organizationId: o.id,
          dimensions: ['capacity'],
          startDate: '2027-01-01',
          monthlyHours: 1,
        })
      ).code,
    ).toBe('FORBIDDEN')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('links a mentor only to a mentor account, one account to one mentor', async () => {
    await base.as(['mentor'], 'coach')
    await base.as(['front_desk'], 'desk')
    const coachId = await accountId('coach')
    const linked = await mentor('张明', { accountId: coachId })
    expect(linked).toMatchObject({ accountId: coachId, accountName: 'coach用户' })
    const before = snapshotCounts(base.db)
    const notMentor = await base.err('mentor.save', {
      name: '李华',
      kind: 'staff',
      dimensions: ['capacity'],
      serviceAreas: [],
      monthlyCapacityHours: 10,
      accountId: await accountId('desk'),
    })
    expect(notMentor.fields?.accountId?.key).toBe('coaching.accountNotMentor')
    const taken = await base.err('mentor.save', {
      name: '李华',
      kind: 'staff',
      dimensions: ['capacity'],
      serviceAreas: [],
      monthlyCapacityHours: 10,
      accountId: coachId,
    })
    expect(taken.fields?.accountId?.key).toBe('coaching.accountTaken')
    expect(taken.fields?.accountId?.params).toMatchObject({ name: '张明' })
    expect(snapshotCounts(base.db)).toEqual(before)
  })
})
