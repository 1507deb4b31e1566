// 党员名册 over time and 支部与班子: dated 转出/转入/出党/去世, the roster on a past date, 正式/预备 as of a date,
// the committee only with 7 正式党员, 换届 reminded 6 months ahead, 党小组, the roster export (masked unless asked and
// allowed) and the branch rules in 系统设置. Today is 2026-11-27.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BranchOverview } from '../../src-main/shared/entities'
import { freshBase, snapshotCounts, type Caller, type TestBase } from './helpers'
import { addMembers, partyMemberDraft } from './party-fixtures'

let base: TestBase
let secretary: Caller
beforeEach(async () => {
  base = await freshBase({ today: '2026-11-27' })
  secretary = await base.as(['branch_secretary'])
}, 20_000)
afterEach(() => base.close())

const namesOn = async (asOf?: string, scope: 'current' | 'left' | 'all' = 'current') =>
  (await secretary.ok('member.list', { page: 1, pageSize: 100, scope, ...(asOf ? { asOf } : {}) })).items.map(
    (m) => m.name,
  )

describe('名册 on a date: 转出, 转入, 去世 are dated and nobody is deleted', () => {
  it('shows who was on the roster on any past date; the exit date is the first day off it', async () => {
    const [wang, li, zhao] = await addMembers(secretary, ['王强', '李娜', '赵敏'])
    await secretary.ok('member.exit', {
      id: wang!,
      kind: 'transfer_out',
      date: '2026-03-01',
      note: '转至区委',
    })
    await secretary.ok('member.transferIn', { id: wang!, date: '2026-09-15', note: '转回' })
    await secretary.ok('member.exit', { id: li!, kind: 'deceased', date: '2026-06-10', note: null })
    await secretary.ok(
      'member.create',
      partyMemberDraft('孙丽', { entryDate: '2026-05-01', entryKind: 'transfer_in' }),
    )

    expect(await namesOn('2026-02-28')).toEqual(['李娜', '王强', '赵敏'])
    expect(await namesOn('2026-03-01')).toEqual(['李娜', '赵敏'])
    expect(await namesOn('2026-06-09')).toEqual(['孙丽', '李娜', '赵敏'])
    expect(await namesOn('2026-06-10')).toEqual(['孙丽', '赵敏'])
    expect(await namesOn('2026-09-15')).toEqual(['孙丽', '王强', '赵敏'])
    expect(await namesOn()).toEqual(['孙丽', '王强', '赵敏'])
    expect(await namesOn(undefined, 'left')).toEqual(['李娜'])
    expect(await namesOn(undefined, 'all')).toHaveLength(4)

    const detail = await secretary.ok('member.get', { id: wang! })
    expect(detail.periods.map((p) => [p.startDate, p.startKind, p.endDate, p.endKind])).toEqual([
      ['2020-01-01', 'registered', '2026-03-01', 'transfer_out'],
      ['2026-09-15', 'transfer_in', null, null],
    ])
    const gone = await secretary.ok('member.get', { id: li! })
    expect(gone).toMatchObject({ onRoster: false, exit: { kind: 'deceased', date: '2026-06-10' } })
    expect(zhao).toBeGreaterThan(0)
  })

  it('a 预备党员 shows as 正式 only from the 转正 date', async () => {
    const draft = partyMemberDraft('周杰', { category: 'probationary', joinedOn: '2025-07-01' })
    const { id } = await secretary.ok('member.create', draft)
    const { idNumber: _kept, entryDate: _e, ...fields } = draft
    await secretary.ok('member.update', { ...fields, id, category: 'full', fullOn: '2026-07-01' })
    const on = async (asOf: string) =>
      (await secretary.ok('member.list', { page: 1, pageSize: 20, asOf })).items[0]?.category
    expect(await on('2026-06-30')).toBe('probationary')
    expect(await on('2026-07-01')).toBe('full')
    const full = await secretary.ok('member.list', {
      page: 1,
      pageSize: 20,
      asOf: '2026-06-30',
      category: 'full',
    })
    expect(full.total).toBe(0)
  })

  it('refuses what cannot have happened, naming why, and writes nothing', async () => {
    const [wang] = await addMembers(secretary, ['王强'])
    const before = snapshotCounts(base.db)
    const early = await secretary.err('member.exit', { id: wang!, kind: 'transfer_out', date: '2019-12-31' })
    expect(early.fields?.date?.message).toBe('离开日期不能早于本次在册的开始日期 2020-01-01。')
    const future = await secretary.err('member.exit', { id: wang!, kind: 'transfer_out', date: '2026-11-28' })
    expect(future.fields?.date?.message).toBe('日期不能晚于今天（2026-11-27）。')
    const stillHere = await secretary.err('member.transferIn', { id: wang!, date: '2026-11-27' })
    expect(stillHere.message).toBe('“王强”目前在册，无需转入。')
    expect(snapshotCounts(base.db)).toEqual(before)

    await secretary.ok('member.exit', { id: wang!, kind: 'expelled', date: '2026-10-01' })
    const again = await secretary.err('member.exit', { id: wang!, kind: 'deceased', date: '2026-11-01' })
    expect(again.message).toBe('“王强”已不在册（出党，2026-10-01），不能再办理离开。')
    const back = await secretary.err('member.transferIn', { id: wang!, date: '2026-11-01' })
    expect(back.message).toBe('只有已转出的党员才能再转入；“王强”的记录是出党（2026-10-01）。')
    const probationaryWithDate = await secretary.err(
      'member.create',
      partyMemberDraft('钱多', { category: 'probationary', fullOn: '2026-01-01' }),
    )
    expect(probationaryWithDate.fields?.fullOn?.message).toContain('预备党员没有转正日期')
  })
})

describe('支部委员会: only with 7 or more 正式党员; 换届 reminded 6 months before the term ends', () => {
  async function overview(): Promise<BranchOverview> {
    return secretary.ok('branch.overview', {})
  }

  it('below 7 正式党员 a secretary only; from 7 a committee of 3 to 5 正式党员', async () => {
    const six = await addMembers(secretary, ['甲一', '乙二', '丙三', '丁四', '戊五', '己六'])
    const [probationary] = await addMembers(secretary, ['庚七'], {
      category: 'probationary',
      joinedOn: '2026-01-01',
    })
    expect(await overview()).toMatchObject({
      fullMembers: 6,
      probationaryMembers: 1,
      committeeAllowed: false,
    })

    const before = snapshotCounts(base.db)
    const tooFew = await secretary.err('branch.termCreate', {
      startDate: '2026-11-01',
      hasCommittee: true,
      posts: [
        { memberId: six[0]!, role: 'secretary' },
        { memberId: six[1]!, role: 'organization' },
        { memberId: six[2]!, role: 'propaganda' },
      ],
    })
    expect(tooFew.fields?.hasCommittee?.message).toBe(
      '2026-11-01 在册正式党员 6 名，不足 7 名，不能成立支部委员会，只设书记（可设副书记）。',
    )
    const wrongRoles = await secretary.err('branch.termCreate', {
      startDate: '2026-11-01',
      hasCommittee: false,
      posts: [
        { memberId: six[0]!, role: 'secretary' },
        { memberId: six[1]!, role: 'organization' },
      ],
    })
    expect(wrongRoles.fields?.posts?.message).toBe('不设支部委员会时只设书记和副书记（副书记最多 1 名）。')
    const probationarySecretary = await secretary.err('branch.termCreate', {
      startDate: '2026-11-01',
      hasCommittee: false,
      posts: [{ memberId: probationary!, role: 'secretary' }],
    })
    expect(probationarySecretary.fields?.['posts.0.memberId']?.message).toBe(
      '“庚七”在 2026-11-01 不是在册正式党员，不能担任支部委员。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)

    const small = await secretary.ok('branch.termCreate', {
      startDate: '2024-01-10',
      hasCommittee: false,
      posts: [
        { memberId: six[0]!, role: 'secretary' },
        { memberId: six[1]!, role: 'deputy_secretary' },
      ],
    })
    expect(small.currentTerm).toMatchObject({
      startDate: '2024-01-10',
      endDate: '2027-01-10',
      hasCommittee: false,
    })
    expect(small.currentTerm?.posts.map((p) => [p.memberName, p.role])).toEqual([
      ['甲一', 'secretary'],
      ['乙二', 'deputy_secretary'],
    ])
    // 2027-01-10 − 6 months = 2026-07-10: the reminder shows today.
    expect(small.termReminder).toEqual({ endDate: '2027-01-10', remindFrom: '2026-07-10', daysLeft: 44 })

    // A seventh 正式党员: the next term may have a committee; the old posts end on its start date.
    const [seventh] = await addMembers(secretary, ['辛八'])
    const sizeTwo = await secretary.err('branch.termCreate', {
      startDate: '2026-11-20',
      hasCommittee: true,
      posts: [
        { memberId: six[0]!, role: 'secretary' },
        { memberId: seventh!, role: 'organization' },
      ],
    })
    expect(sizeTwo.fields?.posts?.message).toBe('支部委员会由 3 至 5 名委员组成，当前为 2 名。')
    const committee = await secretary.ok('branch.termCreate', {
      startDate: '2026-11-20',
      hasCommittee: true,
      posts: [
        { memberId: six[2]!, role: 'propaganda' },
        { memberId: six[0]!, role: 'secretary' },
        { memberId: seventh!, role: 'organization' },
      ],
    })
    expect(committee.currentTerm?.posts.map((p) => p.role)).toEqual([
      'secretary',
      'organization',
      'propaganda',
    ])
    expect(committee.currentTerm).toMatchObject({ fullMembers: 7, endDate: '2029-11-20' })
    expect(committee.termReminder).toBeNull()
    expect(committee.terms[1]?.posts.every((p) => p.endDate === '2026-11-20')).toBe(true)

    // The reminder from 2029-05-20, not the day before.
    base.setToday('2029-05-19')
    expect((await overview()).termReminder).toBeNull()
    base.setToday('2029-05-20')
    expect((await overview()).termReminder).toMatchObject({ endDate: '2029-11-20', daysLeft: 184 })
  })

  it('a member who leaves the roster leaves their post the same day', async () => {
    const [a] = await addMembers(secretary, ['甲一'])
    await secretary.ok('branch.termCreate', {
      startDate: '2025-01-01',
      hasCommittee: false,
      posts: [{ memberId: a!, role: 'secretary' }],
    })
    await secretary.ok('member.exit', { id: a!, kind: 'transfer_out', date: '2026-10-01' })
    const o = await overview()
    expect(o.currentTerm?.posts[0]).toMatchObject({ memberName: '甲一', endDate: '2026-10-01' })
  })
})

describe('党小组', () => {
  it('groups have unique names, count their members, and cannot be archived while they have any', async () => {
    const o = await secretary.ok('branch.groupSave', { name: '第一党小组', leaderId: null, note: null })
    const groupId = o.groups[0]!.id
    await secretary.ok('member.create', partyMemberDraft('王强', { groupId }))
    const twin = await secretary.err('branch.groupSave', { name: '第一党小组', leaderId: null, note: null })
    expect(twin.fields?.name?.message).toBe('已有名为“第一党小组”的党小组，请换一个名称。')
    expect((await secretary.ok('branch.overview', {})).groups[0]).toMatchObject({ memberCount: 1 })
    const busy = await secretary.err('branch.groupArchive', { id: groupId, reason: '合并' })
    expect(busy.message).toBe('党小组“第一党小组”还有 1 名在册党员，请先把他们调到其他党小组再归档。')
    const inGroup = await secretary.ok('member.list', { page: 1, pageSize: 20, groupId })
    expect(inGroup.items.map((m) => [m.name, m.groupName])).toEqual([['王强', '第一党小组']])
  })
})

describe('导出党员名册', () => {
  async function rows(contentBase64: string): Promise<string[][]> {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer)
    const out: string[][] = []
    book.worksheets[0]!.eachRow((row) =>
      out.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')),
      ),
    )
    return out
  }

  it('masks ID numbers unless full numbers are asked for, and records each export', async () => {
    const draft = partyMemberDraft('王强')
    await secretary.ok('member.create', draft)
    const labels = { title: '党员名册', 'heading.name': '姓名', 'heading.idNumber': '公民身份号码' }
    const masked = await rows((await secretary.ok('member.export', { labels })).contentBase64)
    expect(masked[0]?.slice(0, 4)).toEqual(['姓名', 'heading.gender', 'heading.birthDate', '公民身份号码'])
    expect(masked[1]?.[3]).toBe(`${draft.idNumber.slice(0, 3)}***********${draft.idNumber.slice(-4)}`)
    const full = await rows(
      (await secretary.ok('member.export', { labels, revealIdNumbers: true })).contentBase64,
    )
    expect(full[1]?.[3]).toBe(draft.idNumber)
    const exports = base.db
      .prepare("SELECT after_json FROM audit_log WHERE channel = 'member.export' ORDER BY id")
      .pluck()
      .all() as string[]
    expect(exports.map((j) => (JSON.parse(j) as { idNumbers: string }).idNumbers)).toEqual(['masked', 'full'])
    expect(exports.join()).not.toContain(draft.idNumber)
  })

  it('others may not export the roster at all', async () => {
    const frontDesk = await base.as(['front_desk'], 'qiantai')
    expect((await frontDesk.err('member.export', {})).code).toBe('FORBIDDEN')
  })
})

describe('党支部规则 in 系统设置', () => {
  it('ships the domain defaults; only an administrator changes them', async () => {
    const rules = await secretary.ok('branch.settings', {})
    expect(rules).toMatchObject({ termYears: 3, flatDuesFen: 20, duesRounding: 'half_up' })
    expect(rules.meetingMinimums.general_assembly).toEqual({ period: 'quarter', count: 1 })
    expect((await secretary.err('branch.updateSettings', { ...rules, termYears: 5 })).code).toBe('FORBIDDEN')
    const changed = await base.ok('branch.updateSettings', { ...rules, termYears: 5 })
    expect(changed.termYears).toBe(5)
    const bad = await base.err('branch.updateSettings', { ...rules, farmerDuesFen: 150 })
    expect(bad.fields?.farmerDuesFen?.message).toBe('农民党员党费须为 0.20 至 1.00 元。')
  })
})

describe('示例数据', () => {
  it('a branch of about 25 members (some 预备, some 流动), two groups, a committee whose 换届 is due, residents covered', async () => {
    await base.ok('demo.load', {})
    const o = await secretary.ok('branch.overview', {})
    expect(o.branch).toMatchObject({ kind: 'fallback' })
    // 25 registered (2 of them left) and 4 admitted through 发展党员 (one of them full since).
    expect(o).toMatchObject({ fullMembers: 21, probationaryMembers: 6, committeeAllowed: true })
    expect(o.currentTerm?.posts.map((p) => p.role)).toEqual([
      'secretary',
      'deputy_secretary',
      'organization',
      'propaganda',
      'discipline',
    ])
    expect(o.termReminder).toMatchObject({ endDate: '2027-03-15' })
    expect(o.groups.map((g) => [g.name, g.memberCount])).toEqual([
      ['第一党小组', 12],
      ['第二党小组', 11],
    ])
    // The six residents covered from 2023–2024, and those the 党建覆盖 demo covers later.
    expect(o.coverage.filter((c) => c.startDate <= '2024-04-01')).toHaveLength(6)
    expect(o.coverage.length).toBeGreaterThan(6)
    const all = await secretary.ok('member.list', { page: 1, pageSize: 100, scope: 'all' })
    expect(all.total).toBe(29)
    expect(all.items.filter((m) => m.relation === 'mobile').length).toBeGreaterThanOrEqual(3)
    // 韩玉兰 died on 2026-02-14: on the roster the day before, not after.
    expect(await namesOn('2026-02-13')).toContain('韩玉兰')
    expect(await namesOn('2026-02-14')).not.toContain('韩玉兰')
  })
})
