// 待办提醒 through dispatch on a real database with a fixed clock: for each kind, the day before its boundary, the
// day of it and the day after (not yet / due soon / due today / overdue by 1); fixing the record clears the item;
// 暂缓 hides an item until its date and it comes back on that date; 忽略 hides it for good, and a changed record
// brings a new item; reasons are required (a Chinese message, nothing written); only the kinds a role may read are
// listed, only its module's writers may handle them; the badge count equals the list's total.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReminderItem } from '../../src-main/shared/entities'
import type { ReminderKind } from '../../src-main/shared/reminders'
import { completeUscc } from '../../src-main/core/lib/uscc'
import { addMembers, idNumberFor } from './party-fixtures'
import { freshBase, orgDraft, orgUpdate, snapshotCounts, type Caller, type TestBase } from './helpers'

const TODAY = '2026-11-27'
let base: TestBase
let orgSeq = 0
/** 基地管理员 who is also 支部书记: may read and handle every kind. */
let all: Caller

beforeEach(async () => {
  base = await freshBase({ today: TODAY })
  all = await base.as(['admin', 'branch_secretary'], 'allroles')
  orgSeq = 0
}, 20_000)
afterEach(() => base.close())

async function items(kind: ReminderKind, caller: Caller = all): Promise<ReminderItem[]> {
  return (await caller.ok('reminder.list', { kind, view: 'all', pageSize: 100 })).items
}

/** The items of a kind on a day: severity and days left, by key. */
async function on(date: string, kind: ReminderKind): Promise<{ severity: string; daysLeft: number }[]> {
  base.setToday(date)
  return (await items(kind)).map((i) => ({ severity: i.severity, daysLeft: i.daysLeft }))
}

/** A 筹备中 team in residence whose 入驻协议 ends on `agreementEnd` (no 年检 expected of it); returns its id. */
const team = (agreementEnd: string) =>
  resident({ legalType: 'preparing', uscc: null, registeredOn: null, agreementEnd })

/** A registered resident (社会团体, in residence since 2024) with its 入驻协议; returns its id. */
async function resident(overrides: Parameters<typeof orgDraft>[0] = {}): Promise<number> {
  orgSeq += 1
  const org = await all.ok(
    'organization.create',
    orgDraft({
      name: `烟台市福山区第${orgSeq}社区服务中心`,
      shortName: `第${orgSeq}中心`,
      uscc: completeUscc(
        `5${overrides.legalType === 'foundation' ? '3' : '1'}370600MJD0000${String(orgSeq).padStart(2, '0')}`,
      ),
      stage: 'incubating',
      stageDate: '2024-01-01',
      registeredOn: '2020-03-01',
      agreementStart: '2024-01-01',
      agreementEnd: '2027-12-31',
      acceptWarnings: true,
      ...overrides,
    }),
  )
  return org.id
}

describe('入驻协议 and 分配 ending (the 30 days of 30 天内到期的分配)', () => {
  it('lists an agreement from 30 days before its end, due today on it, overdue the day after; renewing clears it', async () => {
    const id = await resident({ agreementEnd: '2026-12-27' })
    expect(await on('2026-11-26', 'agreement')).toEqual([])
    expect(await on('2026-11-27', 'agreement')).toEqual([{ severity: 'due_soon', daysLeft: 30 }])
    expect(await on('2026-12-27', 'agreement')).toEqual([{ severity: 'due_today', daysLeft: 0 }])
    expect(await on('2026-12-28', 'agreement')).toEqual([{ severity: 'overdue', daysLeft: -1 }])
    const [item] = await items('agreement')
    expect(item?.title).toBe('入驻协议到期：烟台市福山区第1社区服务中心')
    expect(item?.route).toBe(`/organizations/${id}`)
    expect(item?.key).toBe(`agreement:${id}:2026-12-27`)
    await all.ok(
      'organization.update',
      orgUpdate(id, {
        name: '烟台市福山区第1社区服务中心',
        shortName: '第1中心',
        uscc: completeUscc('51370600MJD000001'),
        registeredOn: '2020-03-01',
        agreementStart: '2024-01-01',
        agreementEnd: '2028-12-31',
        acceptWarnings: true,
      }),
    )
    expect(await items('agreement')).toEqual([])
  })

  it('lists an allocation exactly as the space page does: its last day within 30 days, gone once it has ended', async () => {
    const orgId = await resident()
    const at = '2026-01-01 00:00:00'
    base.db
      .prepare("INSERT INTO space_floor (id, name, created_at, updated_at) VALUES (1, '一楼', ?, ?)")
      .run(at, at)
    base.db
      .prepare(
        `INSERT INTO space_unit (id, floor_id, code, unit_type, area_centi, created_at, updated_at)
         VALUES (1, 1, 'A101', 'office', 2000, ?, ?)`,
      )
      .run(at, at)
    const allocation = await all.ok('allocation.create', {
      unitId: 1,
      organizationId: orgId,
      startDate: '2026-01-01',
      endDate: '2026-12-27',
    })
    for (const [day, expected] of [
      ['2026-11-26', []],
      ['2026-11-27', [{ severity: 'due_soon', daysLeft: 30 }]],
      ['2026-12-27', [{ severity: 'due_today', daysLeft: 0 }]],
      ['2026-12-28', []],
    ] as const) {
      expect(await on(day, 'allocation')).toEqual(expected)
      // The space page's card: the same allocations.
      const card = await all.ok('allocation.list', { endingWithinDays: 30, pageSize: 100 })
      expect(card.items.map((a) => `allocation:${a.id}:${a.endDate}`)).toEqual(
        (await items('allocation')).map((i) => i.key),
      )
    }
    base.setToday(TODAY)
    expect((await items('allocation'))[0]?.title).toBe('分配到期：A101（烟台市福山区第1社区服务中心）')
    await all.ok('allocation.extend', { id: allocation.id, endDate: '2027-06-30', note: '续签' })
    expect(await items('allocation')).toEqual([])
  })
})

describe('年检, 等级评估 and 税前扣除资格', () => {
  it('asks for last year’s 年检 from 30 days before 05-31 (03-31 for a 基金会), overdue after; recording it clears it', async () => {
    const group = await resident()
    const foundation = await resident({ legalType: 'foundation' })
    base.setToday('2026-03-01')
    expect((await items('inspection')).map((i) => i.key)).toEqual([`inspection:${foundation}:2026-03-31`])
    base.setToday('2026-02-28')
    expect(await items('inspection')).toEqual([])
    base.setToday('2026-03-31')
    expect((await items('inspection')).map((i) => [i.key, i.severity])).toEqual([
      [`inspection:${foundation}:2026-03-31`, 'due_today'],
    ])
    base.setToday('2026-04-30')
    expect((await items('inspection')).map((i) => [i.key, i.severity, i.daysLeft])).toEqual([
      [`inspection:${foundation}:2026-03-31`, 'overdue', -30],
    ])
    base.setToday('2026-05-01')
    expect((await items('inspection')).map((i) => [i.key, i.severity, i.daysLeft])).toEqual([
      [`inspection:${foundation}:2026-03-31`, 'overdue', -31],
      [`inspection:${group}:2026-05-31`, 'due_soon', 30],
    ])
    expect(await on('2026-05-31', 'inspection')).toContainEqual({ severity: 'due_today', daysLeft: 0 })
    expect(await on('2026-06-01', 'inspection')).toContainEqual({ severity: 'overdue', daysLeft: -1 })
    expect((await items('inspection'))[1]?.title).toBe('2025 年度年检未登记：烟台市福山区第1社区服务中心')
    await all.ok('orgRecords.saveInspection', { organizationId: group, year: 2025, result: '合格' })
    expect((await items('inspection')).map((i) => i.key)).toEqual([`inspection:${foundation}:2026-03-31`])
  })

  it('warns of a rating from 6 months before its last valid day, due on it, overdue after; a new rating clears it', async () => {
    const id = await resident()
    await all.ok('orgRecords.saveRating', {
      organizationId: id,
      grade: 4,
      ratedOn: '2021-12-27',
      acceptWarnings: true,
    })
    expect(await on('2026-06-26', 'rating')).toEqual([])
    expect(await on('2026-06-27', 'rating')).toEqual([{ severity: 'due_soon', daysLeft: 183 }])
    expect(await on('2026-12-27', 'rating')).toEqual([{ severity: 'due_today', daysLeft: 0 }])
    expect(await on('2026-12-28', 'rating')).toEqual([{ severity: 'overdue', daysLeft: -1 }])
    expect((await items('rating'))[0]?.title).toBe('等级评估（4A）到期：烟台市福山区第1社区服务中心')
    await all.ok('orgRecords.saveInspection', { organizationId: id, year: 2025, result: '合格' })
    await all.ok('orgRecords.saveRating', {
      organizationId: id,
      grade: 5,
      ratedOn: '2026-12-20',
      acceptWarnings: true,
    })
    expect(await items('rating')).toEqual([])
  })

  it('warns of a 税前扣除资格 the same way', async () => {
    const id = await resident()
    await all.ok('orgRecords.saveRating', {
      organizationId: id,
      grade: 4,
      ratedOn: '2023-06-01',
      acceptWarnings: true,
    })
    base.setToday('2023-12-27')
    await all.ok('orgRecords.saveTaxQualification', { organizationId: id, grantedOn: '2023-12-27' })
    expect(await on('2026-06-26', 'tax')).toEqual([])
    expect(await on('2026-06-27', 'tax')).toEqual([{ severity: 'due_soon', daysLeft: 183 }])
    expect(await on('2026-12-27', 'tax')).toEqual([{ severity: 'due_today', daysLeft: 0 }])
    expect(await on('2026-12-28', 'tax')).toEqual([{ severity: 'overdue', daysLeft: -1 }])
  })
})

describe('the branch: 三会一课, 换届, 发展党员, 党费', () => {
  it('lists the current quarter’s 支部党员大会 from 30 days before its end, and the short quarter after it', async () => {
    await addMembers(all, ['张建国'])
    const assembly = async (day: string) => {
      base.setToday(day)
      return (await items('meeting'))
        .filter((i) => i.params.meetingKind === 'general_assembly')
        .map((i) => [i.dueDate, i.severity, i.daysLeft])
    }
    // Q3 ended short: overdue since 09-30; Q4 not yet listed on 11-30.
    expect(await assembly('2026-11-30')).toEqual([['2026-09-30', 'overdue', -61]])
    expect(await assembly('2026-12-01')).toEqual([
      ['2026-09-30', 'overdue', -62],
      ['2026-12-31', 'due_soon', 30],
    ])
    expect(await assembly('2026-12-31')).toEqual([
      ['2026-09-30', 'overdue', -92],
      ['2026-12-31', 'due_today', 0],
    ])
    // The day after, Q4 is the latest short quarter: one overdue item, a new key.
    expect(await assembly('2027-01-01')).toEqual([['2026-12-31', 'overdue', -1]])
    base.setToday('2026-12-01')
    const titles = (await items('meeting')).map((i) => i.title)
    expect(titles).toContain('支部党员大会未达最低次数，还差 1 次')
  })

  it('reminds of 换届 from 6 months before the term ends, due on its last day, overdue after', async () => {
    base.db
      .prepare(
        `INSERT INTO committee_term (start_date, end_date, has_committee, full_members, created_at)
         VALUES ('2023-12-27', '2026-12-27', 0, 3, '2023-12-27 09:00:00')`,
      )
      .run()
    // The branch page's 换届 reminder says the same on each day.
    const page = async () => (await all.ok('branch.overview', {})).termReminder?.endDate ?? null
    expect(await on('2026-06-26', 'term')).toEqual([])
    expect(await page()).toBeNull()
    expect(await on('2026-06-27', 'term')).toEqual([{ severity: 'due_soon', daysLeft: 183 }])
    expect(await page()).toBe('2026-12-27')
    expect(await on('2026-12-27', 'term')).toEqual([{ severity: 'due_today', daysLeft: 0 }])
    expect(await on('2026-12-28', 'term')).toEqual([{ severity: 'overdue', daysLeft: -1 }])
    expect(await page()).toBe('2026-12-27')
    expect((await items('term'))[0]?.route).toBe('/branch/profile')
  })

  it('lists a 发展党员 step within the development page’s 30 days, due today on its date', async () => {
    const birthDate = '1998-05-04'
    await all.ok('development.create', {
      name: '林晓雨',
      gender: 'female',
      birthDate,
      idNumber: idNumberFor(birthDate, 'female'),
      post: '社工',
      phone: '13805351234',
      appliedOn: '2026-11-01',
    })
    const upcoming = await all.ok('development.upcoming', { days: 30 })
    const due = upcoming.items[0]?.dueDate ?? ''
    expect(due).not.toBe('')
    const dayBeforeWindow = new Date(Date.parse(`${due}T00:00:00Z`) - 31 * 86_400_000)
      .toISOString()
      .slice(0, 10)
    const windowStart = new Date(Date.parse(`${due}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10)
    expect(await on(dayBeforeWindow, 'development')).toEqual([])
    expect(await on(windowStart, 'development')).toEqual([{ severity: 'due_soon', daysLeft: 30 }])
    expect(await on(due, 'development')).toEqual([{ severity: 'due_today', daysLeft: 0 }])
    expect((await items('development'))[0]?.title).toBe('发展党员 林晓雨：一个月内谈话')
  })

  it('lists 党费欠缴 from the day after the unpaid month ends; paying it clears the item', async () => {
    const [memberId = 0] = await addMembers(all, ['李红梅'])
    await all.ok('dues.baseSave', { memberId, fromMonth: '2026-01', kind: 'employed', baseFen: 500_000 })
    await all.ok('dues.pay', {
      memberId,
      fromMonth: '2026-01',
      toMonth: '2026-09',
      paidOn: '2026-09-10',
      acceptWarnings: true,
    })
    expect(await on('2026-10-31', 'dues')).toEqual([])
    expect(await on('2026-11-01', 'dues')).toEqual([{ severity: 'overdue', daysLeft: -1 }])
    const [item] = await items('dues')
    expect(item?.title).toBe('党费欠缴：李红梅，1 个月')
    expect(item?.route).toBe('/branch/dues')
    await all.ok('dues.pay', { memberId, fromMonth: '2026-10', toMonth: '2026-10', paidOn: '2026-11-01' })
    expect(await items('dues')).toEqual([])
  })
})

describe('待办事项 and 公益创投', () => {
  async function actionItemDue(dueDate: string): Promise<number> {
    const orgId = await resident()
    const mentor = await all.ok('mentor.save', {
      name: '周敏',
      kind: 'staff',
      dimensions: ['capacity'],
      serviceAreas: [],
      monthlyCapacityHours: 20,
      accountId: null,
    })
    await all.ok('pairing.create', {
      mentorId: mentor.id,
      organizationId: orgId,
      dimensions: ['capacity'],
      startDate: '2025-01-01',
      monthlyHours: 4,
      acceptWarnings: true,
    })
    const session = await all.ok('coaching.sessionCreate', {
      organizationId: orgId,
      mentorId: mentor.id,
      date: '2026-11-20',
      startTime: '09:00',
      endTime: '10:30',
      mode: 'onsite',
      dimensions: ['capacity'],
      topics: '年度项目计划梳理',
      workDone: '逐项过了明年的三个项目。',
      actionItems: [{ title: '提交项目预算', owner: 'organization', dueDate }],
    })
    return session.actionItems[0]?.id ?? 0
  }

  it('lists an open action item from 7 days before its due date, due today on it, overdue after; closing clears it', async () => {
    const id = await actionItemDue('2026-12-10')
    expect(await on('2026-12-02', 'actionItem')).toEqual([])
    expect(await on('2026-12-03', 'actionItem')).toEqual([{ severity: 'due_soon', daysLeft: 7 }])
    expect(await on('2026-12-10', 'actionItem')).toEqual([{ severity: 'due_today', daysLeft: 0 }])
    expect(await on('2026-12-11', 'actionItem')).toEqual([{ severity: 'overdue', daysLeft: -1 }])
    const [item] = await items('actionItem')
    expect(item?.title).toBe('待办事项：提交项目预算（烟台市福山区第1社区服务中心）')
    expect(item?.route).toBe('/mentoring/actionItems')
    await all.ok('actionItem.close', { id, outcome: 'done', note: null })
    expect(await items('actionItem')).toEqual([])
  })

  it('lists a tranche blocked by a failed evaluation from its date; a passing re-evaluation clears it', async () => {
    const orgId = await resident()
    const [round] = await all.ok('venture.roundSave', {
      name: '第三届福山区公益创投大赛',
      year: 2026,
      tranchePlan: '60/40',
      budgetFen: 50_000_000,
    })
    const project = await all.ok('venture.projectSave', {
      roundId: round?.id ?? 0,
      organizationId: orgId,
      title: '幸福来敲门',
      category: 'elderly_orphan_sick_disabled',
      grantFen: 10_000_000,
      stage: 'signed',
      stageDate: '2026-03-01',
    })
    await all.ok('venture.payTranche', { projectId: project.id, seq: 1, paidOn: '2026-03-10' })
    expect(await items('tranche')).toEqual([])
    base.setToday('2026-06-30')
    const failed = await all.ok('venture.evaluate', {
      projectId: project.id,
      kind: 'mid',
      date: '2026-06-30',
      result: 'fail',
      reviewer: '李明',
    })
    expect(await on('2026-06-30', 'tranche')).toEqual([{ severity: 'due_today', daysLeft: 0 }])
    expect(await on('2026-07-01', 'tranche')).toEqual([{ severity: 'overdue', daysLeft: -1 }])
    expect((await items('tranche'))[0]?.title).toBe('公益创投“幸福来敲门”第 2 期拨付受阻：中期评估未通过')
    await all.ok('venture.evaluationArchive', { id: failed.evaluations[0]?.id ?? 0, reason: '复评' })
    // Archived: the project is at 中期评估 without one, 待评估 (a new key: due from the stage date).
    expect((await items('tranche')).map((i) => i.title)).toEqual([
      '公益创投“幸福来敲门”第 2 期拨付受阻：中期评估待登记',
    ])
    await all.ok('venture.evaluate', {
      projectId: project.id,
      kind: 'mid',
      date: '2026-07-01',
      result: 'pass',
      reviewer: '李明',
    })
    expect(await items('tranche')).toEqual([])
  })
})

describe('handling: 暂缓 and 忽略 with a reason', () => {
  it('snoozes an item until a date: gone until then, back on that date with the reason kept', async () => {
    await team('2026-12-27')
    const [item] = await items('agreement')
    const key = item?.key ?? ''
    const snoozed = await all.ok('reminder.snooze', { key, until: '2026-12-05', reason: '已约续签面谈' })
    expect(snoozed.handling).toMatchObject({
      action: 'snooze',
      snoozeUntil: '2026-12-05',
      reason: '已约续签面谈',
    })
    const open = await all.ok('reminder.list', { kind: 'agreement' })
    expect(open.items).toEqual([])
    const handled = await all.ok('reminder.list', { view: 'handled' })
    expect(handled.items.map((i) => [i.key, i.handling?.reason])).toEqual([[key, '已约续签面谈']])
    base.setToday('2026-12-04')
    expect((await all.ok('reminder.list', { kind: 'agreement' })).items).toEqual([])
    base.setToday('2026-12-05')
    const back = await all.ok('reminder.list', { kind: 'agreement' })
    expect(back.items.map((i) => i.key)).toEqual([key])
    // Came back: the decision is still shown with it.
    expect(back.items[0]?.handling?.reason).toBe('已约续签面谈')
    const audit = base.db
      .prepare("SELECT channel, entity FROM audit_log WHERE entity = 'reminder_handling'")
      .all()
    expect(audit).toEqual([{ channel: 'reminder.snooze', entity: 'reminder_handling' }])
  })

  it('dismisses an item for its key only: a changed record brings a new item', async () => {
    const id = await team('2026-12-27')
    const [item] = await items('agreement')
    await all.ok('reminder.dismiss', { key: item?.key ?? '', reason: '该组织已口头确认出壳' })
    expect((await all.ok('reminder.list', {})).items).toEqual([])
    base.setToday('2027-03-01')
    expect((await all.ok('reminder.list', { kind: 'agreement' })).items).toEqual([])
    base.setToday(TODAY)
    base.db.prepare("UPDATE organization SET agreement_end = '2026-12-20' WHERE id = ?").run(id)
    const again = await all.ok('reminder.list', { kind: 'agreement' })
    expect(again.items.map((i) => i.key)).toEqual([`agreement:${id}:2026-12-20`])
  })

  it('refuses a missing reason or a snooze date not after today in Chinese, writing nothing', async () => {
    await team('2026-12-27')
    const [item] = await items('agreement')
    const key = item?.key ?? ''
    const before = snapshotCounts(base.db)
    const noReason = await all.err('reminder.dismiss', { key, reason: '   ' })
    expect(noReason.fields?.reason?.message).toBe(
      '请填写原因：暂缓、忽略或撤销都要写明为什么，原因会保留备查。',
    )
    const today = await all.err('reminder.snooze', { key, until: TODAY, reason: '等待' })
    expect(today.fields?.until?.message).toBe('暂缓日期必须晚于今天（2026-11-27），请选择以后的日期。')
    const gone = await all.err('reminder.dismiss', { key: 'agreement:999:2026-12-27', reason: '无' })
    expect(gone.message).toBe('这条提醒已不存在（记录可能已经更新或处理），请刷新列表。')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('undoes a decision: archived with its reason, the item open again; undo needs a reason too', async () => {
    await team('2026-12-27')
    const [item] = await items('agreement')
    const dismissed = await all.ok('reminder.dismiss', { key: item?.key ?? '', reason: '误判' })
    const id = dismissed.handling?.id ?? 0
    const noReason = await all.err('reminder.undo', { id, reason: '' })
    expect(noReason.fields?.reason?.message).toContain('请填写原因')
    await all.ok('reminder.undo', { id, reason: '点错了' })
    expect((await all.ok('reminder.list', {})).total).toBe(1)
    const row = base.db
      .prepare('SELECT archived_at, archive_reason FROM reminder_handling WHERE id = ?')
      .get(id)
    expect(row).toMatchObject({ archive_reason: '点错了' })
    const twice = await all.err('reminder.undo', { id, reason: '再撤一次' })
    expect(twice.code).toBe('CONFLICT')
  })
})

describe('who sees what', () => {
  async function oneOfEach(): Promise<void> {
    await team('2026-12-27')
    const [memberId = 0] = await addMembers(all, ['王立新'])
    await all.ok('dues.baseSave', { memberId, fromMonth: '2026-01', kind: 'employed', baseFen: 500_000 })
  }

  it('lists only the kinds a role may read, with the same count on the badge', async () => {
    await oneOfEach()
    const kindsOf = async (caller: Caller) => {
      const page = await caller.ok('reminder.list', { pageSize: 100 })
      const count = await caller.ok('reminder.count', {})
      expect(count.open).toBe(page.total)
      return [...new Set(page.items.map((i) => i.kind))].sort()
    }
    expect(await kindsOf(await base.as(['front_desk']))).toEqual(['agreement'])
    expect(await kindsOf(await base.as(['branch_secretary']))).toEqual(['agreement', 'dues', 'meeting'])
    expect(await kindsOf(await base.as(['read_only']))).toEqual(['agreement'])
    expect(await kindsOf(all)).toEqual(['agreement', 'dues', 'meeting'])
  })

  it('lets only the module’s writers handle an item; a reader is refused and nothing is written', async () => {
    await oneOfEach()
    const [agreement] = await items('agreement')
    const [dues] = await items('dues')
    const readOnly = await base.as(['read_only'])
    const secretary = await base.as(['branch_secretary'])
    const frontDesk = await base.as(['front_desk'])
    const before = snapshotCounts(base.db)
    const refused = await readOnly.err('reminder.dismiss', { key: agreement?.key ?? '', reason: '不需要' })
    expect(refused.code).toBe('FORBIDDEN')
    expect(refused.message).toContain('无权处理这类提醒')
    // 前台 cannot see 党费 at all: to them the item does not exist.
    const unseen = await frontDesk.err('reminder.dismiss', { key: dues?.key ?? '', reason: '不需要' })
    expect(unseen.code).toBe('NOT_FOUND')
    expect(snapshotCounts(base.db)).toEqual(before)
    expect((await readOnly.ok('reminder.list', {})).items[0]?.canHandle).toBe(false)
    await secretary.ok('reminder.snooze', {
      key: dues?.key ?? '',
      until: '2026-12-10',
      reason: '本人出差，月中补缴',
    })
    const open = await secretary.ok('reminder.list', { pageSize: 100 })
    expect(open.items.some((i) => i.kind === 'dues')).toBe(false)
    expect((await secretary.ok('reminder.count', {})).open).toBe(open.total)
  })

  it('gives the 工作台 the first few open items, most urgent first, of the kinds the account may read', async () => {
    await oneOfEach()
    const { topReminders } = await import('../../src-main/core/reminders/queue')
    const { SYSTEM_ACTOR } = await import('../../src-main/core/context')
    const top = topReminders(base.db, TODAY, SYSTEM_ACTOR, 3)
    const page = await all.ok('reminder.list', { pageSize: 20 })
    expect(top.map((i) => i.key)).toEqual(page.items.slice(0, 3).map((i) => i.key))
    expect(top[0]?.severity).toBe('overdue')
  })

  it('counts what the list totals, open items only, with the filters adding up', async () => {
    await oneOfEach()
    const page = await all.ok('reminder.list', { pageSize: 20 })
    const count = await all.ok('reminder.count', {})
    expect(count.open).toBe(page.total)
    expect(Object.values(page.byKind).reduce((a, b) => a + b, 0)).toBe(page.total)
    expect(Object.values(page.bySeverity).reduce((a, b) => a + b, 0)).toBe(page.total)
    expect(count.overdue).toBe(page.bySeverity.overdue)
    const overdue = await all.ok('reminder.list', { severity: 'overdue', pageSize: 100 })
    expect(overdue.items.every((i) => i.severity === 'overdue')).toBe(true)
    expect(overdue.total).toBe(page.bySeverity.overdue)
  })
})
