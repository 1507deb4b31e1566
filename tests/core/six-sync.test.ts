// 两关六同步: the prefill rules one by one (the record that triggers each, its absence, archived records, the year
// boundary), manual entries over the prefill, 恢复自动, the refusals, the year's matrix (who is in it, filters,
// totals over every row, paging), permissions and the audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SixSyncChecklist } from '../../src-main/shared/entities'
import type { LegalType, Stage } from '../../src-main/shared/enums'
import { completeUscc, orgCodeCheckChar } from '../../src-main/core/lib/uscc'
import { freshBase, snapshotCounts, type TestBase } from './helpers'
import { partyMemberDraft } from './party-fixtures'

const AT = '2026-01-02T09:00:00+08:00'
let base: TestBase
let sequence = 0

beforeEach(async () => {
  base = await freshBase({ today: '2026-11-27' })
})
afterEach(() => base.close())

/** A resident organisation (stage 孵化培育 from 2024 unless told), registered or not; returns its id. */
async function addOrg(
  name: string,
  options: { legalType?: LegalType; registeredOn?: string | null; stage?: Stage; stageDate?: string } = {},
): Promise<number> {
  const legalType = options.legalType ?? 'social_group'
  sequence++
  const body8 = `MJD${String(10000 + sequence).slice(1)}0`.slice(0, 8)
  const uscc =
    legalType === 'preparing' || legalType === 'filed'
      ? null
      : completeUscc(`51370602${body8}${orgCodeCheckChar(body8)}`)
  const org = await base.ok('organization.create', {
    name,
    uscc,
    legalType,
    contactPerson: '王海燕',
    contactPhone: '13512345678',
    registeredOn: options.registeredOn === undefined ? '2020-05-01' : options.registeredOn,
    stage: options.stage ?? 'incubating',
    stageDate: options.stageDate ?? '2024-03-01',
    acceptWarnings: true,
  })
  return org.id
}

// ---- records of the other parts of 党建覆盖 and 陪伴指导, written straight into their tables ----

const archivedColumns = (archived: boolean) => (archived ? [AT, '录错'] : [null, null])

function partyStatus(org: number, status: string, startDate: string, archived = false): void {
  base.db
    .prepare(
      `INSERT INTO org_party_status (organization_id, status, start_date, created_by, created_at, archived_at,
         archive_reason) VALUES (?, ?, ?, '测试', ?, ?, ?)`,
    )
    .run(org, status, startDate, AT, ...archivedColumns(archived))
}

function inspection(
  org: number,
  year: number,
  concludedOn: string | null,
  checked: boolean,
  archived = false,
): void {
  base.db
    .prepare(
      `INSERT INTO annual_inspection (organization_id, year, result, grade, concluded_on, party_work_checked,
         created_by, created_at, updated_at, archived_at, archive_reason)
       VALUES (?, ?, '合格', 'pass', ?, ?, '测试', ?, ?, ?, ?)`,
    )
    .run(org, year, concludedOn, checked ? 1 : 0, AT, AT, ...archivedColumns(archived))
}

function rating(org: number, ratedOn: string, assessed: boolean, archived = false): void {
  base.db
    .prepare(
      `INSERT INTO org_rating (organization_id, grade, rated_on, valid_until, party_building_assessed, created_by,
         created_at, updated_at, archived_at, archive_reason) VALUES (?, 4, ?, '2031-01-01', ?, '测试', ?, ?, ?, ?)`,
    )
    .run(org, ratedOn, assessed ? 1 : 0, AT, AT, ...archivedColumns(archived))
}

function assessment(org: number, date: string, archived = false): void {
  base.db
    .prepare(
      `INSERT INTO capability_assessment (organization_id, date, occasion, assessor, archived_at, created_at)
       VALUES (?, ?, 'periodic', '测试', ?, ?)`,
    )
    .run(org, date, archived ? AT : null, AT)
}

let mentorId: number | null = null
/** A coaching session; `mask` is the dimension bit mask (16 = 党建指导). */
function session(org: number, date: string, mask: number, archived = false): void {
  mentorId ??= Number(
    base.db
      .prepare(
        `INSERT INTO mentor (name, kind, monthly_capacity_min, created_at, updated_at)
         VALUES ('张明', 'party_instructor', 600, ?, ?)`,
      )
      .run(AT, AT).lastInsertRowid,
  )
  base.db
    .prepare(
      `INSERT INTO coaching_session (organization_id, mentor_id, date, start_min, end_min, duration_min, mode,
         dimension_mask, dimension_count, topics, work_done, archived_at, archive_reason, created_at, updated_at)
       VALUES (?, ?, ?, 540, 600, 60, 'onsite', ?, 1, '党建', '指导', ?, ?, ?, ?)`,
    )
    .run(org, mentorId, date, mask, ...archivedColumns(archived), AT, AT)
}

function honour(values: {
  org?: number | null
  memberId?: number | null
  person?: string | null
  awardedOn: string
  partyRelated?: boolean
  archived?: boolean
  title?: string
}): void {
  base.db
    .prepare(
      `INSERT INTO honour (title, level, awarded_on, recipient_kind, organization_id, person_name, member_id,
         party_related, created_by, created_at, updated_at, archived_at, archive_reason)
       VALUES (?, 'district', ?, ?, ?, ?, ?, ?, '测试', ?, ?, ?, ?)`,
    )
    .run(
      values.title ?? '先进基层党组织',
      values.awardedOn,
      values.person ? 'person' : 'organization',
      values.org ?? null,
      values.person ?? null,
      values.memberId ?? null,
      values.partyRelated === false ? 0 : 1,
      AT,
      AT,
      ...archivedColumns(values.archived ?? false),
    )
}

async function item(org: number, year: number, n: number) {
  const list = await base.ok('sixSync.get', { organizationId: org, year })
  const found = list.items[n - 1]
  if (!found) throw new Error(`no item ${n}`)
  return found
}

describe('prefill, item 1 · 登记注册与党组织设立同步审批', () => {
  it('is 已同步 on the registration day when 组织覆盖 is in force then, or from a later start that year', async () => {
    const onDay = await addOrg('当日覆盖社', { registeredOn: '2026-03-02' })
    partyStatus(onDay, 'fallback', '2026-01-15')
    const later = await addOrg('后来覆盖社', { registeredOn: '2026-03-02' })
    partyStatus(later, 'work_only', '2026-03-01')
    partyStatus(later, 'joint', '2026-06-01')
    expect(await item(onDay, 2026, 1)).toMatchObject({
      status: 'synced',
      date: '2026-03-02',
      source: 'prefill',
      prefill: { explanation: { message: '2026-03-02 登记注册，当日已有党组织覆盖（组建或兜底）' } },
    })
    expect(await item(later, 2026, 1)).toMatchObject({ status: 'synced', date: '2026-06-01' })
  })

  it('is 未开始 when registered in the year without coverage (work coverage and archived rows do not count)', async () => {
    const org = await addOrg('无覆盖社', { registeredOn: '2026-03-02' })
    partyStatus(org, 'work_only', '2026-03-01')
    partyStatus(org, 'standalone', '2026-04-01', true)
    expect(await item(org, 2026, 1)).toMatchObject({ status: 'not_started', date: null })
  })

  it('is 不适用 in other years and for unregistered types', async () => {
    const org = await addOrg('年末登记社', { registeredOn: '2025-12-31' })
    partyStatus(org, 'fallback', '2025-12-01')
    expect(await item(org, 2025, 1)).toMatchObject({ status: 'synced', date: '2025-12-31' })
    expect(await item(org, 2026, 1)).toMatchObject({
      status: 'not_applicable',
      prefill: { explanation: { message: '2025-12-31 登记注册，不在本年度' } },
    })
    const preparing = await addOrg('筹备队', { legalType: 'preparing', registeredOn: '2026-03-02' })
    expect(await item(preparing, 2026, 1)).toMatchObject({
      status: 'not_applicable',
      prefill: { explanation: { message: '本年度未登记注册' } },
    })
  })
})

describe('prefill, item 2 · 年检与党建工作同步检查', () => {
  it('is 已同步 from a 年检 concluded in the year with the Party-work check', async () => {
    const org = await addOrg('年检社')
    inspection(org, 2025, '2026-04-10', true)
    expect(await item(org, 2026, 2)).toMatchObject({
      status: 'synced',
      date: '2026-04-10',
      prefill: { explanation: { message: '来自 2026-04-10 的年检记录（已同步检查党建工作）' } },
    })
  })

  it('counts a 年检 by the year it concluded in: 12-31 belongs to that year, an undated one to 年度 + 1', async () => {
    const org = await addOrg('年末年检社')
    inspection(org, 2024, '2025-12-31', true)
    expect(await item(org, 2025, 2)).toMatchObject({ status: 'synced', date: '2025-12-31' })
    expect(await item(org, 2026, 2)).toMatchObject({
      status: 'not_started',
      prefill: { explanation: { message: '本年度没有年检记录' } },
    })
    const undated = await addOrg('无日期年检社')
    inspection(undated, 2025, null, true)
    expect(await item(undated, 2026, 2)).toMatchObject({ status: 'synced', date: null })
    expect(await item(undated, 2025, 2)).toMatchObject({ status: 'not_started' })
  })

  it('is 未开始 without the check or with only an archived record; 不适用 for unregistered or newly registered', async () => {
    const unchecked = await addOrg('未查党建社')
    inspection(unchecked, 2025, '2026-05-20', false)
    expect(await item(unchecked, 2026, 2)).toMatchObject({
      status: 'not_started',
      prefill: { explanation: { message: '2026-05-20 的年检记录未同步检查党建工作' } },
    })
    const archived = await addOrg('年检作废社')
    inspection(archived, 2025, '2026-05-20', true, true)
    expect(await item(archived, 2026, 2)).toMatchObject({ status: 'not_started' })
    const filed = await addOrg('备案队', { legalType: 'filed', registeredOn: null })
    expect(await item(filed, 2026, 2)).toMatchObject({ status: 'not_applicable' })
    const fresh = await addOrg('新登记社', { registeredOn: '2026-02-01' })
    expect(await item(fresh, 2026, 2)).toMatchObject({ status: 'not_applicable' })
  })
})

describe('prefill, item 3 · 等级评估与党组织规范化建设评估同步开展', () => {
  it('is 已同步 with the Party assessment, 未开始 without, 不适用 with no rating in the year', async () => {
    const assessed = await addOrg('评估同步社')
    rating(assessed, '2026-06-01', true)
    const plain = await addOrg('评估未同步社')
    rating(plain, '2026-06-01', false)
    const none = await addOrg('未评估社')
    rating(none, '2025-12-31', true)
    rating(none, '2026-06-01', true, true)
    expect(await item(assessed, 2026, 3)).toMatchObject({ status: 'synced', date: '2026-06-01' })
    expect(await item(plain, 2026, 3)).toMatchObject({ status: 'not_started', date: null })
    expect(await item(none, 2026, 3)).toMatchObject({
      status: 'not_applicable',
      prefill: { explanation: { message: '本年度未参加等级评估' } },
    })
    expect(await item(none, 2025, 3)).toMatchObject({ status: 'synced', date: '2025-12-31' })
  })
})

describe('prefill, item 4 · 自身建设与党组织建设同步考核', () => {
  it('needs both a 能力评估 and a 党建指导 session in the year; the date is the later one', async () => {
    const both = await addOrg('双评社')
    assessment(both, '2026-03-01')
    session(both, '2026-05-01', 16 | 1)
    expect(await item(both, 2026, 4)).toMatchObject({ status: 'synced', date: '2026-05-01' })

    const otherDimension = await addOrg('只有能力指导社')
    assessment(otherDimension, '2026-03-01')
    session(otherDimension, '2026-05-01', 1)
    session(otherDimension, '2026-06-01', 16, true)
    session(otherDimension, '2025-12-31', 16)
    expect(await item(otherDimension, 2026, 4)).toMatchObject({
      status: 'not_started',
      prefill: { explanation: { message: '本年度有能力评估（2026-03-01），但没有党建指导记录' } },
    })

    const noAssessment = await addOrg('只有党建指导社')
    assessment(noAssessment, '2026-02-01', true)
    session(noAssessment, '2026-05-01', 16)
    expect(await item(noAssessment, 2026, 4)).toMatchObject({ status: 'not_started' })
  })
})

describe('prefill, item 5 · 创先争优同步表彰', () => {
  it('is 已同步 with a party-related honour to the organisation or one of its people', async () => {
    const org = await addOrg('先进社')
    honour({ org, awardedOn: '2026-07-01', title: '先进基层党组织' })
    expect(await item(org, 2026, 5)).toMatchObject({
      status: 'synced',
      date: '2026-07-01',
      prefill: { explanation: { message: '来自 2026-07-01 获得的荣誉“先进基层党组织”' } },
    })

    const viaMember = await addOrg('党员获奖社')
    const secretary = await base.as(['branch_secretary'])
    const member = await secretary.ok(
      'member.create',
      partyMemberDraft('刘建国', { organizationId: viaMember }),
    )
    honour({ memberId: member.id, person: '刘建国', awardedOn: '2026-06-30', title: '优秀共产党员' })
    expect(await item(viaMember, 2026, 5)).toMatchObject({ status: 'synced', date: '2026-06-30' })

    const viaNamedPerson = await addOrg('负责人获奖社')
    honour({ org: viaNamedPerson, person: '李娟', awardedOn: '2026-01-01', title: '优秀党务工作者' })
    expect(await item(viaNamedPerson, 2026, 5)).toMatchObject({ status: 'synced', date: '2026-01-01' })
  })

  it('ignores honours that are not party-related, archived, or of another year', async () => {
    const org = await addOrg('普通荣誉社')
    honour({ org, awardedOn: '2026-07-01', partyRelated: false, title: '齐鲁和谐使者' })
    honour({ org, awardedOn: '2026-08-01', archived: true })
    honour({ org, awardedOn: '2025-12-31' })
    expect(await item(org, 2026, 5)).toMatchObject({ status: 'not_started', date: null })
    expect(await item(org, 2025, 5)).toMatchObject({ status: 'synced', date: '2025-12-31' })
  })
})

describe('prefill, item 6 · 换届调整班子同步', () => {
  it('is 未开始 until a person sets it', async () => {
    const org = await addOrg('换届社')
    expect(await item(org, 2026, 6)).toMatchObject({ status: 'not_started', source: 'prefill' })
  })
})

describe('manual entries', () => {
  it('win over the prefill, keep it underneath, and 恢复自动 brings it back keeping the entry', async () => {
    const affairs = await base.as(['party_affairs'])
    const org = await addOrg('手动社')
    inspection(org, 2025, '2026-04-10', true)
    const set = await affairs.ok('sixSync.set', {
      organizationId: org,
      year: 2026,
      item: 2,
      status: 'not_started',
      note: '年检时未实际检查党建工作，记录有误',
    })
    expect(set.items[1]).toMatchObject({
      status: 'not_started',
      date: null,
      source: 'manual',
      note: '年检时未实际检查党建工作，记录有误',
      prefill: { status: 'synced', date: '2026-04-10' },
      manual: { recordedBy: 'partyaffairs用户' },
    })
    expect(set.syncedCount).toBe(0)

    const reset = await affairs.ok('sixSync.reset', { organizationId: org, year: 2026, item: 2 })
    expect(reset.items[1]).toMatchObject({
      status: 'synced',
      date: '2026-04-10',
      source: 'prefill',
      manual: null,
    })
    expect(reset.items[1]?.history).toHaveLength(1)
    expect(reset.items[1]?.history[0]).toMatchObject({ status: 'not_started' })
    const rows = base.db
      .prepare('SELECT superseded_at FROM six_sync_entry WHERE organization_id = ?')
      .all(org) as { superseded_at: string | null }[]
    expect(rows).toHaveLength(1)
    expect(rows[0]?.superseded_at).not.toBeNull()

    expect((await affairs.err('sixSync.reset', { organizationId: org, year: 2026, item: 2 })).key).toBe(
      'sixSync.nothingToReset',
    )
  })

  it('a new entry supersedes the live one', async () => {
    const org = await addOrg('两次登记社')
    const secretary = await base.as(['branch_secretary'])
    await secretary.ok('sixSync.set', {
      organizationId: org,
      year: 2026,
      item: 6,
      status: 'not_applicable',
      note: '本年度未换届',
    })
    const second = await secretary.ok('sixSync.set', {
      organizationId: org,
      year: 2026,
      item: 6,
      status: 'synced',
      date: '2026-09-15',
      note: '理事会换届，同步调整党组织班子',
    })
    expect(second.items[5]).toMatchObject({ status: 'synced', date: '2026-09-15', source: 'manual' })
    expect(second.items[5]?.history.map((h) => h.status)).toEqual(['not_applicable'])
    const live = base.db
      .prepare('SELECT count(*) AS n FROM six_sync_entry WHERE organization_id = ? AND superseded_at IS NULL')
      .get(org) as { n: number }
    expect(live.n).toBe(1)
  })

  it('refuses what does not fit, with a message that says how to fix it, and changes nothing', async () => {
    const affairs = await base.as(['party_affairs'])
    const org = await addOrg('校验社')
    const before = snapshotCounts(base.db)
    const input = { organizationId: org, year: 2026, item: 4 as const }

    const noDate = await affairs.err('sixSync.set', { ...input, status: 'synced' })
    expect(noDate.fields?.date?.message).toBe('标为“已同步”请填写同步的日期。')
    const future = await affairs.err('sixSync.set', { ...input, status: 'synced', date: '2026-11-28' })
    expect(future.fields?.date?.key).toBe('sixSync.dateFuture')
    const otherYear = await affairs.err('sixSync.set', { ...input, status: 'synced', date: '2025-12-31' })
    expect(otherYear.fields?.date?.message).toContain('日期须在 2026 年内（2026-01-01 至 2026-12-31）')
    const dated = await affairs.err('sixSync.set', { ...input, status: 'not_started', date: '2026-03-01' })
    expect(dated.fields?.date?.key).toBe('sixSync.dateNotStarted')
    const noReason = await affairs.err('sixSync.set', { ...input, status: 'not_applicable' })
    expect(noReason.fields?.note?.key).toBe('sixSync.reasonRequired')
    const nextYear = await affairs.err('sixSync.set', {
      ...input,
      year: 2027,
      status: 'synced',
      date: '2026-05-01',
    })
    expect(nextYear).toMatchObject({ code: 'VALIDATION', key: 'sixSync.yearInFuture' })
    expect(nextYear.message).toContain('2027 年还没有到')

    await base.ok('organization.archive', { id: org, reason: '已退出' })
    const archived = await affairs.err('sixSync.set', { ...input, status: 'synced', date: '2026-05-01' })
    expect(archived).toMatchObject({ code: 'CONFLICT', key: 'sixSync.organizationArchived' })
    // Only the archiving itself was written (and audited); none of the refused entries.
    expect({ ...snapshotCounts(base.db), audit_log: 0 }).toEqual({ ...before, audit_log: 0 })
    expect(snapshotCounts(base.db).six_sync_entry).toBe(0)
    const list = await affairs.ok('sixSync.get', { organizationId: org, year: 2026 })
    expect(list).toMatchObject({ archived: true, editableYear: true })
  })

  it('lets front desk and read-only read, not write; the write is audited', async () => {
    const org = await addOrg('权限社')
    const front = await base.as(['front_desk'])
    const readOnly = await base.as(['read_only'])
    expect((await front.ok('sixSync.get', { organizationId: org, year: 2026 })).items).toHaveLength(6)
    const before = await readOnly.ok('sixSync.matrix', { year: 2026 })
    expect(before.total).toBe(1)
    expect(before.items[0]?.cells[4]).toMatchObject({ status: 'not_started', source: 'prefill' })
    const refused = await front.err('sixSync.set', {
      organizationId: org,
      year: 2026,
      item: 5,
      status: 'synced',
      date: '2026-07-01',
    })
    expect(refused.code).toBe('FORBIDDEN')

    const affairs = await base.as(['party_affairs'])
    await affairs.ok('sixSync.set', {
      organizationId: org,
      year: 2026,
      item: 5,
      status: 'synced',
      date: '2026-07-01',
      note: '获评区级先进基层党组织',
    })
    // The same matrix asked again shows the new entry (nothing stale is kept across a write).
    expect((await readOnly.ok('sixSync.matrix', { year: 2026 })).items[0]?.cells[4]).toMatchObject({
      status: 'synced',
      source: 'manual',
      note: '获评区级先进基层党组织',
    })
    honour({ org, awardedOn: '2026-08-01' })
    expect((await readOnly.ok('sixSync.matrix', { year: 2026 })).totals[4]).toMatchObject({ synced: 1 })
    await affairs.ok('sixSync.reset', { organizationId: org, year: 2026, item: 5 })
    expect((await readOnly.ok('sixSync.matrix', { year: 2026 })).items[0]?.cells[4]).toMatchObject({
      status: 'synced',
      source: 'prefill',
      date: '2026-08-01',
    })
    const audit = base.db
      .prepare("SELECT actor, entity, before_json, after_json FROM audit_log WHERE channel = 'sixSync.set'")
      .all() as { actor: string; entity: string; before_json: string; after_json: string }[]
    expect(audit).toHaveLength(1)
    expect(audit[0]?.entity).toBe('six_sync_entry')
    expect(JSON.parse(audit[0]?.before_json ?? '{}')).toMatchObject({
      source: 'prefill',
      status: 'not_started',
    })
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({
      organization: '权限社',
      item: 5,
      status: 'synced',
      date: '2026-07-01',
    })
  })
})

describe('the matrix', () => {
  // A stage holds from its date: graduating on 2026-01-01 leaves no day of 2026 in residence, on 01-02 one.
  it('lists the organisations in residence at any time in the year, and those with a manual entry', async () => {
    const whole = await addOrg('全年入驻社')
    const entered = await addOrg('年中入驻社', { stage: 'review', stageDate: '2025-10-01' })
    await base.ok('organization.changeStage', {
      id: entered,
      stage: 'resident',
      date: '2026-06-01',
      note: '入驻',
    })
    const leftLastYear = await addOrg('去年出壳社', { stageDate: '2023-01-01' })
    await base.ok('organization.changeStage', {
      id: leftLastYear,
      stage: 'graduated',
      date: '2025-12-31',
      note: '出壳',
    })
    const leftThisYear = await addOrg('今年出壳社', { stageDate: '2023-01-01' })
    await base.ok('organization.changeStage', {
      id: leftThisYear,
      stage: 'graduated',
      date: '2026-01-02',
      note: '出壳',
    })
    await addOrg('仅申请社', { stage: 'applied', stageDate: '2026-01-05' })
    const applicantWithEntry = await addOrg('申请但有登记社', { stage: 'applied', stageDate: '2026-01-05' })
    const archived = await addOrg('已归档社')
    const archivedWithEntry = await addOrg('归档前登记社')
    const affairs = await base.as(['party_affairs'])
    for (const id of [applicantWithEntry, archivedWithEntry])
      await affairs.ok('sixSync.set', {
        organizationId: id,
        year: 2026,
        item: 6,
        status: 'synced',
        date: '2026-03-01',
        note: '换届',
      })
    await base.ok('organization.archive', { id: archived, reason: '退出' })
    await base.ok('organization.archive', { id: archivedWithEntry, reason: '退出' })

    const names = async (year: number) =>
      (await base.ok('sixSync.matrix', { year, pageSize: 100 })).items.map((r) => r.name).sort()
    expect(await names(2026)).toEqual(
      ['全年入驻社', '年中入驻社', '今年出壳社', '申请但有登记社', '归档前登记社'].sort(),
    )
    expect(await names(2025)).toEqual(['全年入驻社', '去年出壳社', '今年出壳社'].sort())
    const matrix = await base.ok('sixSync.matrix', { year: 2026, search: '归档前' })
    expect(matrix.items[0]).toMatchObject({ archived: true, syncedCount: 1 })
    expect(matrix.items[0]?.cells[5]).toMatchObject({
      status: 'synced',
      source: 'manual',
      date: '2026-03-01',
    })
    expect(whole).toBeGreaterThan(0)
  })

  it('filters by name, party status at the end of the year, an item and its status, and incomplete rows', async () => {
    const fallback = await addOrg('兜底助老社')
    partyStatus(fallback, 'fallback', '2025-03-01')
    partyStatus(fallback, 'joint', '2026-06-01')
    const standalone = await addOrg('单建助残社')
    partyStatus(standalone, 'standalone', '2024-01-01')
    rating(standalone, '2026-05-01', true)
    inspection(standalone, 2025, '2026-04-01', true)
    const plain = await addOrg('普通环保社')

    const m = (input: Omit<Parameters<typeof base.ok<'sixSync.matrix'>>[1], 'year'>) =>
      base.ok('sixSync.matrix', { year: 2026, ...input }).then((r) => r.items.map((i) => i.name))
    expect(await m({ search: '助' })).toEqual(expect.arrayContaining(['兜底助老社', '单建助残社']))
    expect(await m({ search: '助' })).toHaveLength(2)
    expect(await m({ partyStatus: 'joint' })).toEqual(['兜底助老社'])
    expect(
      (await base.ok('sixSync.matrix', { year: 2025, partyStatus: 'fallback' })).items.map((i) => i.name),
    ).toEqual(['兜底助老社'])
    expect(await m({ partyStatus: 'none' })).toEqual(['普通环保社'])
    expect(await m({ item: 3, itemStatus: 'synced' })).toEqual(['单建助残社'])
    expect(await m({ item: 3, itemStatus: 'not_applicable' })).toHaveLength(2)

    // Everything of 单建助残社 is in step or not applicable once items 4, 5 and 6 are set.
    const affairs = await base.as(['party_affairs'])
    for (const n of [4, 5, 6] as const)
      await affairs.ok('sixSync.set', {
        organizationId: standalone,
        year: 2026,
        item: n,
        status: 'not_applicable',
        note: '测试',
      })
    expect(await m({ onlyIncomplete: true })).not.toContain('单建助残社')
    expect(await m({ onlyIncomplete: true })).toHaveLength(2)
    const all = await base.ok('sixSync.matrix', { year: 2026 })
    expect(all.completeRows).toBe(1)
    expect(all.items.find((r) => r.organizationId === plain)?.partyStatus).toBe('none')
  })

  it('pages the rows and counts the totals over every matching row', async () => {
    const ids: number[] = []
    for (let i = 0; i < 23; i++) ids.push(await addOrg(`第${String(i + 1).padStart(2, '0')}号志愿服务社`))
    for (const id of ids.slice(0, 5)) rating(id, '2026-05-01', true)
    for (const id of ids.slice(20)) rating(id, '2026-05-01', false)

    const first = await base.ok('sixSync.matrix', { year: 2026, page: 1, pageSize: 20 })
    const second = await base.ok('sixSync.matrix', { year: 2026, page: 2, pageSize: 20 })
    expect(first.total).toBe(23)
    expect(first.items).toHaveLength(20)
    expect(second.items).toHaveLength(3)
    expect(new Set([...first.items, ...second.items].map((r) => r.organizationId)).size).toBe(23)
    const item3 = { item: 3, synced: 5, notApplicable: 15, notStarted: 3 }
    expect(first.totals[2]).toEqual(item3)
    expect(second.totals[2]).toEqual(item3)
    expect(first.totals[5]).toEqual({ item: 6, synced: 0, notApplicable: 0, notStarted: 23 })

    const filtered = await base.ok('sixSync.matrix', { year: 2026, item: 3, itemStatus: 'synced' })
    expect(filtered.total).toBe(5)
    expect(filtered.totals[2]).toEqual({ item: 3, synced: 5, notApplicable: 0, notStarted: 0 })
  })

  it('exports every matching row to Excel, audited', async () => {
    for (let i = 0; i < 3; i++) await addOrg(`导出测试社${i}`)
    const file = await base.ok('sixSync.export', { year: 2026, labels: {} })
    expect(file.rows).toBe(3)
    expect(file.fileName).toBe('2026 年两关六同步-2026-11-27.xlsx')
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK')
    const audit = base.db
      .prepare("SELECT after_json FROM audit_log WHERE channel = 'sixSync.export'")
      .all() as { after_json: string }[]
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ table: 'sixSyncMatrix', rows: 3 })
  })
})

describe('the checklist', () => {
  it('is read-only for a year still to come', async () => {
    const org = await addOrg('明年社')
    const next: SixSyncChecklist = await base.ok('sixSync.get', { organizationId: org, year: 2027 })
    expect(next.editableYear).toBe(false)
  })
})
