// 党建覆盖 of one organisation: 党组织状态 over time, 党建指导员/联络员, its Party members (roster and elsewhere),
// 应建未建 (≥ 3 正式党员, no own branch), 双向进入、交叉任职 and the instructors' view. Today is 2026-11-27.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { OrganizationPartyView } from '../../src-main/shared/entities'
import {
  fullMemberCountsOn,
  fullMembersOnSql,
  shouldFormBranchSql,
} from '../../src-main/core/coverage/partyMembers'
import { freshBase, orgDraft, snapshotCounts, type Caller, type TestBase } from './helpers'
import { partyMemberDraft } from './party-fixtures'

let base: TestBase
let secretary: Caller
let orgId: number
beforeEach(async () => {
  base = await freshBase({ today: '2026-11-27' })
  secretary = await base.as(['branch_secretary'])
  orgId = (
    await base.ok(
      'organization.create',
      orgDraft({ name: '烟台市福山区春风助老服务中心', stage: 'incubating', stageDate: '2024-03-01' }),
    )
  ).id
}, 20_000)
afterEach(() => base.close())

const view = (date?: string, organizationId = orgId): Promise<OrganizationPartyView> =>
  secretary.ok('partyOrg.organization', { organizationId, ...(date ? { date } : {}) })

/** A member working there, membership elsewhere: 正式 all along unless told, in the organisation from 2025-01-01. */
function elsewhere(
  name: string,
  extra: Partial<ChannelInput<'partyOrg.memberSave'>> = {},
): Promise<OrganizationPartyView> {
  return secretary.ok('partyOrg.memberSave', {
    organizationId: orgId,
    name,
    category: 'full',
    membershipPlace: '福山区清洋街道党工委',
    startDate: '2025-01-01',
    ...extra,
  })
}

/** A roster member working in the organisation (正式 on the roster from 2020-01-01 unless told). */
async function rosterMember(
  name: string,
  extra: Partial<ChannelInput<'member.create'>> = {},
): Promise<number> {
  return (await secretary.ok('member.create', partyMemberDraft(name, { organizationId: orgId, ...extra }))).id
}

/** What the bulk and the SQL forms say for the organisation on a date: the lead's lists read these. */
function sqlOn(date: string): { full: number; flagged: boolean; bulk: number } {
  const row = base.db
    .prepare(
      `SELECT ${fullMembersOnSql('o.id', '@date')} AS full, ${shouldFormBranchSql('o.id', '@date')} AS flagged
         FROM organization o WHERE o.id = @org`,
    )
    .get({ org: orgId, date }) as { full: number; flagged: number }
  return {
    full: row.full,
    flagged: row.flagged === 1,
    bulk: fullMemberCountsOn(base.db, date).get(orgId) ?? 0,
  }
}

async function expectCount(date: string, full: number, flagged: boolean): Promise<void> {
  const v = await view(date)
  expect([v.fullMembers, v.shouldFormBranch], date).toEqual([full, flagged])
  expect(sqlOn(date), date).toEqual({ full, flagged, bulk: full })
}

describe('应建未建: 3 or more 正式党员 on the date and no branch of its own', () => {
  it('flags at 3 正式党员, not at 2; 预备 do not count; roster and elsewhere both count', async () => {
    await rosterMember('王强')
    await elsewhere('李娜')
    await elsewhere('赵敏', { category: 'probationary' })
    await rosterMember('孙丽', { category: 'probationary', joinedOn: '2026-03-01', entryDate: '2026-03-01' })
    const two = await view()
    expect([two.fullMembers, two.probationaryMembers, two.shouldFormBranch]).toEqual([2, 2, false])
    expect(sqlOn('2026-11-27')).toEqual({ full: 2, flagged: false, bulk: 2 })

    await elsewhere('周明')
    await expectCount('2026-11-27', 3, true)
    const names = (await view()).members.map((m) => [m.name, m.source, m.category])
    expect(names).toEqual([
      ['孙丽', 'roster', 'probationary'],
      ['王强', 'roster', 'full'],
      ['李娜', 'elsewhere', 'full'],
      ['赵敏', 'elsewhere', 'probationary'],
      ['周明', 'elsewhere', 'full'],
    ])
  })

  it('counts a 预备 from the day they become 正式, and no longer counts one who left', async () => {
    await rosterMember('王强')
    await rosterMember('何伟', { category: 'full', joinedOn: '2025-06-01', fullOn: '2026-06-01' })
    const { members } = await elsewhere('李娜', { startDate: '2026-03-01' })
    await expectCount('2026-02-28', 1, false)
    await expectCount('2026-03-01', 2, false)
    await expectCount('2026-05-31', 2, false)
    await expectCount('2026-06-01', 3, true)

    // 李娜 leaves the organisation: her last day counts, the day after does not.
    const li = members.find((m) => m.name === '李娜')!
    await secretary.ok('partyOrg.memberEnd', { id: li.id, endDate: '2026-09-30' })
    await expectCount('2026-09-30', 3, true)
    await expectCount('2026-10-01', 2, false)
    // A roster member who transfers out no longer counts from the exit date (the first day off the roster).
    await secretary.ok('partyOrg.memberSave', {
      organizationId: orgId,
      name: '周明',
      category: 'full',
      startDate: '2026-10-01',
    })
    await expectCount('2026-10-01', 3, true)
    const wang = (await view()).members.find((m) => m.name === '王强')!
    await secretary.ok('member.exit', { id: wang.id, kind: 'transfer_out', date: '2026-11-01', note: null })
    await expectCount('2026-10-31', 3, true)
    await expectCount('2026-11-01', 2, false)
  })

  it('is not flagged once the organisation has its own branch (单独组建)', async () => {
    for (const name of ['王强', '李娜', '赵敏']) await rosterMember(name)
    await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'standalone',
      startDate: '2026-07-01',
      coveringBranch: '中共春风助老服务中心支部委员会',
    })
    await expectCount('2026-06-30', 3, true)
    await expectCount('2026-07-01', 3, false)
  })
})

describe('党组织状态 over time', () => {
  it('keeps the history as periods; a same-day or future status is refused and changes nothing', async () => {
    await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'none',
      startDate: '2024-03-01',
    })
    await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'joint',
      startDate: '2025-06-01',
      coveringBranch: '福山区社会组织第一联合党支部',
      note: '与两家组织联合组建',
    })
    const v = await view()
    expect(v.periods.map((p) => [p.status, p.startDate, p.endDate, p.coveringBranch])).toEqual([
      ['joint', '2025-06-01', null, '福山区社会组织第一联合党支部'],
      ['none', '2024-03-01', '2025-05-31', null],
    ])
    expect(v.current?.status).toBe('joint')
    expect((await view('2025-05-31')).current?.status).toBe('none')
    expect((await view('2024-02-29')).current).toBeNull()

    const before = snapshotCounts(base.db)
    const sameDay = await secretary.err('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'work_only',
      startDate: '2025-06-01',
    })
    expect(sameDay.fields?.startDate?.message).toBe(
      '2025-06-01 已登记了一条党组织状态；同一天只能有一条，请改日期或先作废那一条。',
    )
    const future = await secretary.err('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'work_only',
      startDate: '2026-11-28',
    })
    expect(future.fields?.startDate?.key).toBe('field.dateFuture')
    const noBranch = await secretary.err('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'joint',
      startDate: '2026-01-01',
    })
    expect(noBranch.fields?.coveringBranch?.message).toBe('联合组建请填写联合党支部的名称。')
    const standalone = await secretary.err('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'standalone',
      startDate: '2026-01-01',
    })
    expect(standalone.fields?.coveringBranch?.message).toBe('单独组建请填写本组织党支部的名称。')
    const wrongBase = await secretary.err('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'joint',
      startDate: '2026-01-01',
      byBaseBranch: true,
    })
    expect(wrongBase.fields?.byBaseBranch?.message).toBe('只有兜底和兼合式可以由本基地党支部覆盖。')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('兜底 by the base branch needs the branch saved, then shows under 支部与班子 with its period', async () => {
    const notSaved = await secretary.err('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'fallback',
      startDate: '2026-01-01',
      byBaseBranch: true,
    })
    expect(notSaved.fields?.byBaseBranch?.message).toContain('请先在“基地党支部 → 支部与班子”中保存支部名称')
    await secretary.ok('branch.save', { name: '基地兜底党支部', kind: 'fallback', foundedOn: '2020-07-01' })
    const covered = await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'fallback',
      startDate: '2026-01-01',
      byBaseBranch: true,
    })
    expect(covered.current).toMatchObject({
      status: 'fallback',
      coveringBranch: '基地兜底党支部',
      byBaseBranch: true,
    })
    await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'none',
      startDate: '2026-11-01',
    })
    const overview = await secretary.ok('branch.overview', {})
    expect(overview.coverage.map((c) => [c.organizationName, c.startDate, c.endDate])).toEqual([
      ['烟台市福山区春风助老服务中心', '2026-01-01', '2026-10-31'],
    ])
    // Covered again from today: a second period.
    await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'combined',
      startDate: '2026-11-27',
      byBaseBranch: true,
    })
    const again = await secretary.ok('branch.overview', {})
    expect(again.coverage.map((c) => [c.startDate, c.endDate])).toEqual([
      ['2026-11-27', null],
      ['2026-01-01', '2026-10-31'],
    ])
  })

  it('asks before 单独组建 with fewer than 3 正式党员, and records that the warning was accepted', async () => {
    await rosterMember('王强')
    await elsewhere('李娜')
    const input = {
      organizationId: orgId,
      status: 'standalone' as const,
      startDate: '2026-09-01',
      coveringBranch: '中共春风助老服务中心支部委员会',
    }
    const before = snapshotCounts(base.db)
    const asked = await secretary.err('partyOrg.setStatus', input)
    expect(asked.code).toBe('NEEDS_CONFIRMATION')
    expect(asked.warnings?.status?.message).toBe(
      '2026-09-01 该组织的正式党员只有 2 名，不足 3 名，按规定不能单独组建党支部（可联合组建或由兜底覆盖）。确认情况属实可继续保存。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
    const saved = await secretary.ok('partyOrg.setStatus', { ...input, acceptWarnings: true })
    expect(saved.current?.status).toBe('standalone')
    const audit = base.db
      .prepare("SELECT entity, after_json FROM audit_log WHERE channel = 'partyOrg.setStatus'")
      .get() as { entity: string; after_json: string }
    expect(audit.entity).toBe('org_party_status')
    expect(JSON.parse(audit.after_json)).toMatchObject({
      organization: '烟台市福山区春风助老服务中心',
      status: 'standalone',
      acceptedWarnings: true,
    })
  })

  it('archives a mistaken status with its reason: the one before holds on', async () => {
    await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'joint',
      startDate: '2025-01-01',
      coveringBranch: '第一联合党支部',
    })
    const wrong = await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'standalone',
      startDate: '2026-02-01',
      coveringBranch: '中共春风助老服务中心支部',
      acceptWarnings: true,
    })
    const id = wrong.current!.id
    const after = await secretary.ok('partyOrg.statusArchive', { id, reason: '选错了组织' })
    expect(after.current).toMatchObject({ status: 'joint', endDate: null })
    expect(after.archivedStatuses).toMatchObject([{ id, status: 'standalone', archiveReason: '选错了组织' }])
    const twice = await secretary.err('partyOrg.statusArchive', { id, reason: '再次' })
    expect(twice.code).toBe('CONFLICT')
    // The day is free again.
    await secretary.ok('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'none',
      startDate: '2026-02-01',
    })
  })

  it('leaves an archived organisation read-only', async () => {
    await base.ok('organization.archive', { id: orgId, reason: '已注销' })
    const refused = await secretary.err('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'none',
      startDate: '2026-01-01',
    })
    expect(refused.message).toBe(
      '“烟台市福山区春风助老服务中心”已归档，它的党建信息不能再修改；如需修改，请先恢复该组织。',
    )
    expect((await view()).archived).toBe(true)
  })
})

describe('党建指导员 and 联络员', () => {
  async function mentor(name: string, kind: 'party_instructor' | 'staff', active = true): Promise<number> {
    return (
      await base.ok('mentor.save', {
        name,
        kind,
        dimensions: ['party_building'],
        serviceAreas: [],
        monthlyCapacityHours: 20,
        accountId: null,
        active,
      })
    ).id
  }

  it('refuses the same person in the same role in overlapping periods; one instructor serves many', async () => {
    const zheng = await mentor('郑国强', 'party_instructor')
    await mentor('冯立新', 'party_instructor')
    const other = (
      await base.ok(
        'organization.create',
        orgDraft({
          name: '烟台市芝罘区四点半课堂青少年服务中心',
          uscc: null,
          legalType: 'preparing',
          acceptWarnings: true,
        }),
      )
    ).id
    const added = await secretary.ok('partyOrg.contactAdd', {
      organizationId: orgId,
      role: 'instructor',
      mentorId: zheng,
      startDate: '2026-01-01',
    })
    expect(added.contacts).toMatchObject([
      { name: '郑国强', role: 'instructor', current: true, mentorKind: 'party_instructor' },
    ])
    expect(added.suggestWorkOnly).toBe(true)
    const overlap = await secretary.err('partyOrg.contactAdd', {
      organizationId: orgId,
      role: 'instructor',
      mentorId: zheng,
      startDate: '2026-06-01',
    })
    expect(overlap.fields?.mentorId?.message).toBe(
      '“郑国强”自 2026-01-01 起已是该组织的党建指导员，同一人的任期不能重叠。',
    )
    await secretary.ok('partyOrg.contactAdd', {
      organizationId: other,
      role: 'instructor',
      mentorId: zheng,
      startDate: '2026-02-01',
    })
    await secretary.ok('partyOrg.contactAdd', {
      organizationId: orgId,
      role: 'liaison',
      personName: '王海燕',
      phone: '13512345678',
      startDate: '2026-03-01',
    })

    const contactId = added.contacts[0]!.id
    const early = await secretary.err('partyOrg.contactEnd', { id: contactId, endDate: '2025-12-31' })
    expect(early.fields?.endDate?.message).toBe('结束日期不能早于开始日期 2026-01-01。')
    const ended = await secretary.ok('partyOrg.contactEnd', { id: contactId, endDate: '2026-06-30' })
    expect(ended.contacts.find((c) => c.id === contactId)).toMatchObject({
      endDate: '2026-06-30',
      current: false,
    })
    expect((await secretary.err('partyOrg.contactEnd', { id: contactId, endDate: '2026-07-31' })).code).toBe(
      'CONFLICT',
    )
    // Ended on 06-30: from 07-01 he may serve again.
    await secretary.ok('partyOrg.contactAdd', {
      organizationId: orgId,
      role: 'instructor',
      mentorId: zheng,
      startDate: '2026-07-01',
    })

    const instructors = await secretary.ok('partyOrg.instructors', { date: '2026-11-27' })
    expect(
      instructors.rows.map((r) => [r.name, r.roles, r.organizations.map((o) => o.organizationName).sort()]),
    ).toEqual([
      ['郑国强', ['instructor'], ['烟台市福山区春风助老服务中心', '烟台市芝罘区四点半课堂青少年服务中心']],
      ['王海燕', ['liaison'], ['烟台市福山区春风助老服务中心']],
      ['冯立新', [], []],
    ])
    expect(instructors.organizationsServed).toBe(2)
    const onceBefore = await secretary.ok('partyOrg.instructors', { date: '2026-01-15' })
    expect(onceBefore.rows[0]).toMatchObject({
      name: '郑国强',
      organizations: [{ organizationName: '烟台市福山区春风助老服务中心' }],
    })
  })

  it('wants a mentor for an instructor, a mentor or a name for a liaison, and refuses a deactivated mentor', async () => {
    const retired = await mentor('钱文博', 'staff', false)
    const noMentor = await secretary.err('partyOrg.contactAdd', {
      organizationId: orgId,
      role: 'instructor',
      personName: '张三',
      startDate: '2026-01-01',
    })
    expect(noMentor.fields?.mentorId?.key).toBe('coverage.instructorNeedsMentor')
    const nobody = await secretary.err('partyOrg.contactAdd', {
      organizationId: orgId,
      role: 'liaison',
      startDate: '2026-01-01',
    })
    expect(nobody.fields?.mentorId?.message).toBe('联络员请选择一名导师，或填写姓名，二者选一。')
    const inactive = await secretary.err('partyOrg.contactAdd', {
      organizationId: orgId,
      role: 'liaison',
      mentorId: retired,
      startDate: '2026-01-01',
    })
    expect(inactive.fields?.mentorId?.message).toContain('导师“钱文博”已停用')
  })

  it('archives an assignment with a reason; it no longer shows', async () => {
    const added = await secretary.ok('partyOrg.contactAdd', {
      organizationId: orgId,
      role: 'liaison',
      personName: '王海燕',
      startDate: '2026-01-01',
    })
    const after = await secretary.ok('partyOrg.contactArchive', {
      id: added.contacts[0]!.id,
      reason: '录错组织',
    })
    expect(after.contacts).toEqual([])
    expect(after.suggestWorkOnly).toBe(false)
  })
})

describe('members working there with their membership elsewhere', () => {
  it('asks before recording someone already on the roster for this organisation, and never shows a full phone', async () => {
    await rosterMember('王强')
    const asked = await secretary.err('partyOrg.memberSave', {
      organizationId: orgId,
      name: '王强',
      category: 'full',
      startDate: '2025-01-01',
    })
    expect(asked.code).toBe('NEEDS_CONFIRMATION')
    expect(asked.warnings?.name?.key).toBe('coverage.memberOnRoster')
    const saved = await elsewhere('李娜', { phone: '13912345678', post: '秘书长', managementPost: true })
    const li = saved.members.find((m) => m.name === '李娜')!
    expect(li).toMatchObject({ source: 'elsewhere', phoneMasked: '139****5678', managementPost: true })
    expect(JSON.stringify(saved)).not.toContain('13912345678')
    expect((await secretary.ok('partyOrg.memberGet', { id: li.id })).phone).toBe('13912345678')
    const probationaryDate = await secretary.err('partyOrg.memberSave', {
      organizationId: orgId,
      id: li.id,
      name: '李娜',
      category: 'probationary',
      fullOn: '2026-01-01',
      startDate: '2025-01-01',
    })
    expect(probationaryDate.fields?.fullOn?.key).toBe('coverage.fullOnProbationary')
    const archived = await secretary.ok('partyOrg.memberArchive', { id: li.id, reason: '重复登记' })
    expect(archived.members.map((m) => m.name)).toEqual(['王强'])
    expect((await secretary.err('partyOrg.memberEnd', { id: li.id, endDate: '2026-01-01' })).code).toBe(
      'CONFLICT',
    )
  })
})

describe('双向进入、交叉任职', () => {
  it('lists managers who are Party members, committee members who manage a resident, and observers of the year', async () => {
    const wang = await rosterMember('王强', { post: '理事长', managementPost: true })
    await rosterMember('李娜', { post: '社工' })
    await secretary.ok('member.create', partyMemberDraft('张伟', { post: '监事', managementPost: true }))
    await elsewhere('赵敏', {
      post: '秘书长',
      managementPost: true,
      membershipPlace: '莱山区黄海路街道党工委',
    })
    await elsewhere('周明', { post: '主任', managementPost: true, endDate: '2026-06-30' })
    await secretary.ok('branch.termCreate', {
      startDate: '2026-01-10',
      hasCommittee: false,
      posts: [{ memberId: wang, role: 'secretary' }],
    })
    await secretary.ok('branch.save', { name: '基地兜底党支部', kind: 'fallback' })
    const expected = await secretary.ok('meeting.expected', {
      date: '2026-05-20',
      kinds: ['theme_day'],
      groupId: null,
    })
    const meeting = (date: string, observers: { name: string; organization: string | null }[]) =>
      secretary.ok('meeting.create', {
        kinds: ['theme_day'],
        date,
        startTime: '14:00',
        endTime: '16:00',
        place: '党员活动室',
        chairId: wang,
        recorderId: wang,
        title: '主题党日',
        attendance: expected.members.map((m) => ({ memberId: m.memberId, present: true })),
        attendees: observers.map((o) => ({ kind: 'observer' as const, ...o })),
      })
    await meeting('2025-12-20', [{ name: '陈海', organization: '烟台市福山区春风助老服务中心' }])
    await meeting('2026-05-20', [
      { name: '陈海', organization: '烟台市福山区春风助老服务中心' },
      { name: '吴静', organization: '某外部单位' },
    ])
    await meeting('2026-09-20', [{ name: '陈海', organization: '春风助老' }])

    const cross = await secretary.ok('partyOrg.crossPosts', { date: '2026-11-27' })
    expect(cross.managers.map((m) => [m.name, m.source, m.post, m.membershipPlace])).toEqual([
      ['王强', 'roster', '理事长', '基地兜底党支部'],
      ['赵敏', 'elsewhere', '秘书长', '莱山区黄海路街道党工委'],
    ])
    expect(cross.committee).toMatchObject([
      { name: '王强', role: 'secretary', organizationId: orgId, post: '理事长', since: '2026-01-10' },
    ])
    // 陈海 twice this year (once written by the short name), not counting last December; 吴静's unit is not a resident.
    expect(cross.observers.map((o) => [o.name, o.organizationName, o.organizationId, o.meetings])).toEqual([
      ['陈海', '烟台市福山区春风助老服务中心', orgId, 2],
      ['吴静', '某外部单位', null, 1],
    ])
    const earlier = await secretary.ok('partyOrg.crossPosts', { date: '2026-06-30' })
    expect(earlier.managers.map((m) => m.name)).toEqual(['王强', '赵敏', '周明'])
    expect(earlier.observers.map((o) => [o.name, o.meetings])).toEqual([
      ['陈海', 1],
      ['吴静', 1],
    ])

    const file = await secretary.ok('partyOrg.crossPostsExport', {
      date: '2026-11-27',
      labels: { title: '双向进入交叉任职', 'sheet.managers': '任管理职务的党员', 'heading.name': '姓名' },
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer)
    expect(book.worksheets.map((w) => w.rowCount)).toEqual([3, 2, 3])
    expect(book.worksheets[0]?.name).toBe('任管理职务的党员')
    expect(book.worksheets[0]?.getRow(2).getCell(1).value).toBe('王强')
    expect(file.fileName).toBe('双向进入交叉任职-2026-11-27.xlsx')
  })
})

describe('who may read and write', () => {
  it('lets the front desk read the card and the lists but not change them; every write is audited', async () => {
    const desk = await base.as(['front_desk'])
    expect((await desk.ok('partyOrg.organization', { organizationId: orgId })).organizationName).toBe(
      '烟台市福山区春风助老服务中心',
    )
    await desk.ok('partyOrg.crossPosts', {})
    await desk.ok('partyOrg.instructors', {})
    const refused = await desk.err('partyOrg.setStatus', {
      organizationId: orgId,
      status: 'none',
      startDate: '2026-01-01',
    })
    expect(refused.code).toBe('FORBIDDEN')
    expect(
      (
        await desk.err('partyOrg.memberSave', {
          organizationId: orgId,
          name: '王强',
          category: 'full',
          startDate: '2026-01-01',
        })
      ).code,
    ).toBe('FORBIDDEN')

    const saved = await elsewhere('李娜')
    await secretary.ok('partyOrg.memberEnd', { id: saved.members[0]!.id, endDate: '2026-10-31' })
    const rows = base.db
      .prepare("SELECT channel, entity, actor FROM audit_log WHERE channel LIKE 'partyOrg.%' ORDER BY id")
      .all()
    expect(rows).toEqual([
      { channel: 'partyOrg.memberSave', entity: 'org_party_member', actor: 'branchsecretary用户' },
      { channel: 'partyOrg.memberEnd', entity: 'org_party_member', actor: 'branchsecretary用户' },
    ])
  })
})

describe('示例数据', () => {
  it('covers every status, a few 应建未建, instructors, members elsewhere and committee managers', async () => {
    const empty = await freshBase({ today: '2026-11-27' })
    try {
      await empty.ok('demo.load', {})
      const statuses = empty.db
        .prepare('SELECT DISTINCT status FROM org_party_status WHERE archived_at IS NULL ORDER BY status')
        .pluck()
        .all()
      expect(statuses).toEqual(['combined', 'fallback', 'joint', 'none', 'standalone', 'work_only'])
      const flagged = empty.db
        .prepare(`SELECT count(*) FROM organization o WHERE ${shouldFormBranchSql('o.id', "'2026-11-27'")}`)
        .pluck()
        .get() as number
      expect(flagged).toBeGreaterThanOrEqual(2)
      expect(flagged).toBeLessThanOrEqual(5)
      const lastYear = empty.db
        .prepare(`SELECT count(*) FROM organization o WHERE ${shouldFormBranchSql('o.id', "'2025-11-27'")}`)
        .pluck()
        .get() as number
      expect(lastYear).not.toBe(flagged)
      const secretaryOfDemo = await empty.as(['branch_secretary'])
      const cross = await secretaryOfDemo.ok('partyOrg.crossPosts', {})
      expect(cross.committee.length).toBeGreaterThanOrEqual(1)
      expect(cross.managers.some((m) => m.source === 'elsewhere')).toBe(true)
      expect(cross.observers.length).toBeGreaterThan(0)
      const instructors = await secretaryOfDemo.ok('partyOrg.instructors', {})
      expect(instructors.rows[0]?.organizations.length).toBeGreaterThanOrEqual(3)
    } finally {
      empty.close()
    }
  }, 60_000)
})
