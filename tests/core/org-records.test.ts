// 年检, 等级评估, 公益性捐赠税前扣除资格 and 荣誉 through dispatch, on a real database, today 2026-11-27: a rating valid
// on its last day and lapsed the day after; 不可参评 from the last two 年检; what a grade unlocks; the 6-month
// warning; a tax qualification only with a valid 3A+; one 年检 per 年度; a renamed result label that keeps its
// grade; the overview's flags agreeing with each organisation's card; honours; who may write; archiving keeps rows.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { OrgRecords } from '../../src-main/shared/entities'
import { writeSetting } from '../../src-main/core/system/settings'
import { freshBase, orgDraft, snapshotCounts, type Caller, type TestBase } from './helpers'
import { partyMemberDraft } from './party-fixtures'

const TODAY = '2026-11-27'
let base: TestBase
let frontDesk: Caller
let seq = 0

beforeEach(async () => {
  base = await freshBase({ today: TODAY })
  frontDesk = await base.as(['front_desk'])
  seq = 0
}, 20_000)
afterEach(() => base.close())

/** An organisation in residence (孵化培育), registered on `registeredOn` (2020 unless told otherwise). */
async function resident(
  name: string,
  overrides: Partial<ChannelInput<'organization.create'>> = {},
): Promise<number> {
  seq += 1
  const org = await frontDesk.ok(
    'organization.create',
    orgDraft({
      name: `${name}${seq}`,
      shortName: null,
      uscc: null,
      legalType: 'filed',
      stage: 'incubating',
      stageDate: '2024-01-01',
      registeredOn: '2020-03-01',
      acceptWarnings: true,
      ...overrides,
    }),
  )
  return org.id
}

type InspectionInput = ChannelInput<'orgRecords.saveInspection'>
const inspect = (
  organizationId: number,
  year: number,
  result: string,
  extra: Partial<InspectionInput> = {},
) => frontDesk.ok('orgRecords.saveInspection', { organizationId, year, result, ...extra })

type RatingInput = ChannelInput<'orgRecords.saveRating'>
const rate = (organizationId: number, grade: number, ratedOn: string, extra: Partial<RatingInput> = {}) =>
  frontDesk.ok('orgRecords.saveRating', { organizationId, grade, ratedOn, acceptWarnings: true, ...extra })

/** Two good 年检 (2024, 2025): rateable, so ratings save without warnings. */
async function inGoodStanding(organizationId: number): Promise<void> {
  await inspect(organizationId, 2024, '合格')
  await inspect(organizationId, 2025, '合格')
}

const get = (organizationId: number, caller: Caller = frontDesk) =>
  caller.ok('orgRecords.get', { organizationId })

describe('等级评估: validity, what a grade unlocks, the 6-month warning', () => {
  it('is valid on its last day (rated on + 5 years) and lapsed the day after', async () => {
    const id = await resident('期满')
    await inGoodStanding(id)
    const saved = await rate(id, 4, '2021-11-27')
    expect(saved.ratings[0]).toMatchObject({ grade: 4, ratedOn: '2021-11-27', validUntil: '2026-11-27' })
    let standing = saved.standing
    expect(standing.rating).toMatchObject({ grade: 4, validUntil: '2026-11-27', validity: 'expiring' })
    expect(standing.qualifications).toContain('simplified_inspection')

    base.setToday('2026-11-28')
    standing = (await get(id)).standing
    expect(standing.rating).toMatchObject({ grade: 4, validity: 'lapsed' })
    expect(standing.qualifications).toEqual([])
  })

  it('of a rating on 02-29 ends on 02-28 five years on', async () => {
    const id = await resident('闰日')
    await inGoodStanding(id)
    const saved = await rate(id, 3, '2024-02-29')
    expect(saved.ratings[0]?.validUntil).toBe('2029-02-28')
    base.setToday('2029-02-28')
    expect((await get(id)).standing.rating?.validity).toBe('expiring')
    base.setToday('2029-03-01')
    expect((await get(id)).standing.rating?.validity).toBe('lapsed')
  })

  it('unlocks nothing at 2A, the priorities and 税前扣除资格 at 3A, and a simplified 年检 from 4A', async () => {
    const [two, three, four] = [await resident('二A'), await resident('三A'), await resident('四A')]
    for (const id of [two, three, four]) await inGoodStanding(id)
    expect((await rate(two, 2, '2025-06-01')).standing.qualifications).toEqual([])
    expect((await rate(three, 3, '2025-06-01')).standing.qualifications).toEqual([
      'government_purchase',
      'function_transfer',
      'awards',
      'tax_deduction',
    ])
    expect((await rate(four, 4, '2025-06-01')).standing.qualifications).toEqual([
      'government_purchase',
      'function_transfer',
      'awards',
      'tax_deduction',
      'simplified_inspection',
    ])
  })

  it('applies the latest rating: a re-rating down to 2A takes the qualifications away', async () => {
    const id = await resident('复评')
    await inGoodStanding(id)
    await rate(id, 4, '2022-03-01')
    const after = await rate(id, 2, '2026-03-01')
    expect(after.standing.rating).toMatchObject({ grade: 2, ratedOn: '2026-03-01' })
    expect(after.standing.qualifications).toEqual([])
  })

  it('warns when validity ends within 6 months: on today + 6 months yes, the day after no', async () => {
    const [edge, past] = [await resident('临界'), await resident('界外')]
    for (const id of [edge, past]) await inGoodStanding(id)
    // 2027-05-27 is today + 6 months.
    expect((await rate(edge, 3, '2022-05-27')).standing.rating).toMatchObject({
      validUntil: '2027-05-27',
      validity: 'expiring',
    })
    expect((await rate(past, 3, '2022-05-28')).standing.rating).toMatchObject({
      validUntil: '2027-05-28',
      validity: 'valid',
    })
  })

  it('refuses a rating date after today and a second rating on the same day, writing nothing', async () => {
    const id = await resident('同日')
    await inGoodStanding(id)
    await rate(id, 3, '2025-06-01')
    const before = snapshotCounts(base.db)
    const future = await frontDesk.err('orgRecords.saveRating', {
      organizationId: id,
      grade: 3,
      ratedOn: '2026-11-28',
    })
    expect(future.fields?.ratedOn?.message).toContain('2026-11-27')
    const twin = await frontDesk.err('orgRecords.saveRating', {
      organizationId: id,
      grade: 4,
      ratedOn: '2025-06-01',
    })
    expect(twin.fields?.ratedOn?.message).toContain('已有一条等级评估记录（3A）')
    const score = await frontDesk.err('orgRecords.saveRating', {
      organizationId: id,
      grade: 6,
      ratedOn: '2025-07-01',
      scoreTenths: 10_001,
    })
    expect(score.fields?.scoreTenths?.message).toBe(
      '评估得分应为 0 至 1000 之间的数，最多一位小数（如 86.5）。',
    )
    expect(score.fields?.grade?.message).toBe('请选择 1A 至 5A 中的一个等级。')
    expect(snapshotCounts(base.db)).toEqual(before)
  })
})

describe('不可参评 and 可申请评估', () => {
  async function reasonsWith(inspections: [number, string][]) {
    const id = await resident('参评')
    for (const [year, result] of inspections) await inspect(id, year, result)
    return (await get(id)).standing
  }

  it('when last year’s 年检 is missing', async () => {
    const s = await reasonsWith([[2024, '合格']])
    expect(s.notRateable).toEqual([{ code: 'inspectionMissing', year: 2025 }])
    expect(s.mayApply).toBe(false)
  })

  it('when last year’s 年检 is 不合格', async () => {
    const s = await reasonsWith([
      [2024, '合格'],
      [2025, '不合格'],
    ])
    expect(s.notRateable).toEqual([{ code: 'inspectionFailed', year: 2025 }])
  })

  it('when 基本合格 two years running', async () => {
    const s = await reasonsWith([
      [2024, '基本合格'],
      [2025, '基本合格'],
    ])
    expect(s.notRateable).toEqual([{ code: 'basicTwice', years: [2024, 2025] }])
  })

  it('not for a single 基本合格, nor for 合格 after 基本合格', async () => {
    const single = await reasonsWith([
      [2024, '合格'],
      [2025, '基本合格'],
    ])
    expect(single.notRateable).toEqual([])
    expect(single.mayApply).toBe(true)
    const recovered = await reasonsWith([
      [2024, '基本合格'],
      [2025, '合格'],
    ])
    expect(recovered.notRateable).toEqual([])
  })

  it('reads only live records: an archived 年检 counts as missing', async () => {
    const id = await resident('归档年检')
    await inGoodStanding(id)
    const last = (await get(id)).inspections.find((i) => i.year === 2025)!
    const after = await frontDesk.ok('orgRecords.archiveInspection', { id: last.id, reason: '录错年度' })
    expect(after.standing.notRateable).toEqual([{ code: 'inspectionMissing', year: 2025 }])
  })

  it('may apply only after 2 full years registered; without a registration date, not at all', async () => {
    const recent = await resident('新登记', { registeredOn: '2024-11-28' })
    const exact = await resident('满两年', { registeredOn: '2024-11-27' })
    const none = await resident('未登记', { registeredOn: null })
    for (const id of [recent, exact, none]) await inGoodStanding(id)
    expect((await get(recent)).standing).toMatchObject({
      registration: { code: 'tooRecent', eligibleFrom: '2026-11-28' },
      mayApply: false,
    })
    expect((await get(exact)).standing).toMatchObject({ registration: null, mayApply: true })
    expect((await get(none)).standing).toMatchObject({
      registration: { code: 'notRegistered' },
      mayApply: false,
    })
  })

  it('a rating of an organisation not rateable then asks first, with each reason, and saves when accepted', async () => {
    const id = await resident('先确认', { registeredOn: '2024-08-10' })
    await inspect(id, 2024, '基本合格')
    await inspect(id, 2025, '基本合格')
    const draft = { organizationId: id, grade: 3, ratedOn: '2026-06-01' }
    const before = snapshotCounts(base.db)
    const asked = await frontDesk.err('orgRecords.saveRating', draft)
    expect(asked.code).toBe('NEEDS_CONFIRMATION')
    expect(Object.values(asked.warnings ?? {}).map((w) => w.message)).toEqual([
      '评估日期 2026-06-01 时，2024、2025 年度年检连续两年基本合格，按规定不可参评。',
      '该组织 2024-08-10 登记，评估日期 2026-06-01 时登记未满两年（2026-08-10 起可申请评估）。',
    ])
    expect(snapshotCounts(base.db)).toEqual(before)
    const saved = await frontDesk.ok('orgRecords.saveRating', { ...draft, acceptWarnings: true })
    expect(saved.ratings).toHaveLength(1)
    // Editing its note later does not ask again.
    const edited = await frontDesk.ok('orgRecords.saveRating', {
      ...draft,
      id: saved.ratings[0]!.id,
      note: '市民政局',
    })
    expect(edited.ratings[0]?.note).toBe('市民政局')
  })
})

describe('公益性捐赠税前扣除资格', () => {
  const grant = (organizationId: number, grantedOn: string) =>
    frontDesk.err('orgRecords.saveTaxQualification', { organizationId, grantedOn })

  it('is refused without a valid 3A+ rating on the day granted, saying the rating must be recorded first', async () => {
    const id = await resident('税前')
    await inGoodStanding(id)
    const before = snapshotCounts(base.db)
    expect((await grant(id, '2025-06-01')).fields?.grantedOn?.message).toBe(
      '2025-06-01 该组织没有等级评估记录。公益性捐赠税前扣除资格须以有效的 3A 及以上评估等级为前提，请先登记等级评估记录。',
    )
    await rate(id, 4, '2020-06-01')
    // 4A from 2020-06-01 is valid through 2025-06-01 and lapsed on the 2nd.
    const lapsed = await grant(id, '2025-06-02')
    expect(lapsed.fields?.grantedOn?.message).toContain('评估等级 4A 已于 2025-06-01 到期')
    expect(lapsed.fields?.grantedOn?.message).toContain('请先登记新的等级评估记录')
    // A later 2A applies from its day on, even while the 4A would still run.
    await rate(id, 2, '2021-05-01')
    expect((await grant(id, '2025-06-01')).fields?.grantedOn?.message).toContain('评估等级为 2A')
    const counts = snapshotCounts(base.db)
    expect(counts.tax_deduction_qualification).toBe(before.tax_deduction_qualification)
  })

  it('is valid 3 years, and shows as expiring within 6 months and lapsed after', async () => {
    const id = await resident('税前有效')
    await inGoodStanding(id)
    await rate(id, 3, '2023-01-10')
    const saved = await frontDesk.ok('orgRecords.saveTaxQualification', {
      organizationId: id,
      grantedOn: '2024-02-29',
      documentNo: '烟财税〔2024〕3号',
    })
    expect(saved.taxQualifications[0]).toMatchObject({ grantedOn: '2024-02-29', validUntil: '2027-02-28' })
    expect(saved.standing.tax).toMatchObject({ validUntil: '2027-02-28', validity: 'expiring' })
    base.setToday('2027-03-01')
    expect((await get(id)).standing.tax?.validity).toBe('lapsed')
  })
})

describe('年检', () => {
  it('is one live record per 年度: a second is refused naming the first; edit it instead', async () => {
    const id = await resident('年检')
    const first = await inspect(id, 2025, '基本合格', { concludedOn: '2026-05-20', partyWorkChecked: true })
    expect(first.inspections[0]).toMatchObject({
      year: 2025,
      result: '基本合格',
      grade: 'basic',
      partyWorkChecked: true,
    })
    const before = snapshotCounts(base.db)
    const twin = await frontDesk.err('orgRecords.saveInspection', {
      organizationId: id,
      year: 2025,
      result: '合格',
    })
    expect(twin.fields?.year?.message).toMatch(/2025 年度的年检已登记（结果：基本合格）.*请编辑那条记录/)
    expect(snapshotCounts(base.db)).toEqual(before)
    const edited = await inspect(id, 2025, '合格', { id: first.inspections[0]!.id })
    expect(edited.inspections).toHaveLength(1)
    expect(edited.inspections[0]).toMatchObject({ result: '合格', grade: 'pass', partyWorkChecked: false })
  })

  it('refuses a 年度 after this year, a date before the 年度 or after today, and a result not in the list', async () => {
    const id = await resident('年度')
    const e = await frontDesk.err('orgRecords.saveInspection', {
      organizationId: id,
      year: 2027,
      result: '优秀',
      concludedOn: '2026-12-01',
    })
    expect(e.fields?.year?.message).toBe('年度不能晚于今年（2026）。')
    expect(e.fields?.result?.message).toBe(
      '年检结果“优秀”不在系统设置的年检结果（合格、基本合格、不合格）中，请从列表中选择。',
    )
    expect(e.fields?.concludedOn?.message).toContain('不能晚于今天')
    const early = await frontDesk.err('orgRecords.saveInspection', {
      organizationId: id,
      year: 2025,
      result: '合格',
      concludedOn: '2024-12-31',
    })
    expect(early.fields?.concludedOn?.message).toBe('办结日期 2024-12-31 早于 2025 年度，请核对年度和日期。')
  })

  it('keeps the grade of a result whose label 系统设置 renames later', async () => {
    const id = await resident('改名')
    const saved = await inspect(id, 2025, '基本合格')
    const recordId = saved.inspections[0]!.id
    writeSetting(base.db, 'coverage', {
      denominator: 'in_residence',
      inspectionResults: [
        { label: '合格', grade: 'pass' },
        { label: '基本合格（限期整改）', grade: 'basic' },
        { label: '不合格', grade: 'fail' },
      ],
    })
    const after = await get(id)
    expect(after.inspections[0]).toMatchObject({ result: '基本合格', grade: 'basic' })
    expect(after.inspectionResults.map((r) => r.label)).toContain('基本合格（限期整改）')
    // Its note can still be edited: the old label stays, and so does its grade.
    const edited = await inspect(id, 2025, '基本合格', { id: recordId, note: '已整改' })
    expect(edited.inspections[0]).toMatchObject({ result: '基本合格', grade: 'basic', note: '已整改' })
    // A new record may only use the labels of today's list.
    const refused = await frontDesk.err('orgRecords.saveInspection', {
      organizationId: id,
      year: 2024,
      result: '基本合格',
    })
    expect(refused.fields?.result?.key).toBe('orgRecords.resultNotInList')
    expect(
      (await inspect(id, 2024, '基本合格（限期整改）')).inspections.find((i) => i.year === 2024)?.grade,
    ).toBe('basic')
  })
})

describe('who may do what, and archiving', () => {
  it('front desk writes; a mentor and a read-only account only read', async () => {
    const id = await resident('权限')
    await inspect(id, 2025, '合格')
    for (const roles of [['mentor'], ['read_only']] as const) {
      const reader = await base.as([...roles])
      expect((await get(id, reader)).inspections).toHaveLength(1)
      const refused = await reader.err('orgRecords.saveInspection', {
        organizationId: id,
        year: 2024,
        result: '合格',
      })
      expect(refused.code).toBe('FORBIDDEN')
    }
  })

  it('archiving keeps the row with its reason; an archived record can no longer change', async () => {
    const id = await resident('归档')
    await inGoodStanding(id)
    const rated = await rate(id, 3, '2025-06-01')
    const ratingId = rated.ratings[0]!.id
    const after = await frontDesk.ok('orgRecords.archiveRating', {
      id: ratingId,
      reason: '文号录错，重新登记',
    })
    expect(after.ratings).toHaveLength(1)
    expect(after.ratings[0]).toMatchObject({ archiveReason: '文号录错，重新登记' })
    expect(after.ratings[0]?.archivedAt).not.toBeNull()
    expect(after.standing.rating).toBeNull()
    const again = await frontDesk.err('orgRecords.archiveRating', { id: ratingId, reason: '再次' })
    expect(again.message).toContain('已于 2026-11-27 归档')
    const edit = await frontDesk.err('orgRecords.saveRating', {
      id: ratingId,
      organizationId: id,
      grade: 4,
      ratedOn: '2025-06-01',
    })
    expect(edit.key).toBe('orgRecords.recordArchived')
    // The day is free again for the right record.
    expect((await rate(id, 4, '2025-06-01')).ratings.filter((r) => !r.archivedAt)).toHaveLength(1)
    const audit = base.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'org_rating'")
      .get() as { n: number }
    expect(audit.n).toBe(3)
  })

  it('changes nothing of an archived organisation', async () => {
    const id = await resident('已归档组织')
    await inspect(id, 2025, '合格')
    await frontDesk.ok('organization.archive', { id, reason: '退出' })
    const e = await frontDesk.err('orgRecords.saveInspection', {
      organizationId: id,
      year: 2024,
      result: '合格',
    })
    expect(e.message).toContain('已归档，恢复后才能登记或修改')
    const record = (await get(id)).inspections[0]!
    expect(
      (await frontDesk.err('orgRecords.archiveInspection', { id: record.id, reason: '录错' })).code,
    ).toBe('CONFLICT')
  })
})

describe('the 年检与评估 overview', () => {
  it('lists the residents only, with flags and counts that agree with each card', async () => {
    const ok = await resident('甲正常')
    await inGoodStanding(ok)
    await rate(ok, 4, '2024-03-01')
    const expiring = await resident('乙将到期')
    await inGoodStanding(expiring)
    await rate(expiring, 3, '2022-01-10')
    const lapsed = await resident('丙已过期')
    await inspect(lapsed, 2025, '不合格')
    await rate(lapsed, 3, '2020-05-01')
    const missing = await resident('丁缺年检')
    await inspect(missing, 2024, '合格')
    // Registered this year, or not at all: no 年检 was due last year, so none is missing.
    const recent = await resident('庚新登记', { registeredOn: '2026-03-01' })
    const team = await resident('辛筹备', { registeredOn: null, legalType: 'preparing' })
    await resident('戊申请中', { stage: 'applied', stageDate: '2026-11-01' })
    const archived = await resident('己已归档')
    await frontDesk.ok('organization.archive', { id: archived, reason: '退出' })

    const all = await frontDesk.ok('orgRecords.overview', {})
    expect(all.residents).toBe(6)
    expect(all.lastYear).toBe(2025)
    expect(all.counts).toEqual({ expiring: 1, lapsed: 1, notRateable: 2, missingLastYear: 1, priority: 2 })
    expect(all.items.map((r) => r.organizationId).sort()).toEqual(
      [ok, expiring, lapsed, missing, recent, team].sort(),
    )
    expect(all.items.find((r) => r.organizationId === recent)).toMatchObject({
      notRateable: [],
      registration: { code: 'tooRecent', eligibleFrom: '2028-03-01' },
    })
    expect(all.items.find((r) => r.organizationId === team)).toMatchObject({
      notRateable: [],
      registration: { code: 'notRegistered' },
      mayApply: false,
    })

    const cards = new Map<number, OrgRecords>()
    for (const r of all.items) cards.set(r.organizationId, await get(r.organizationId))
    for (const row of all.items) {
      const card = cards.get(row.organizationId)!.standing
      expect(row.notRateable).toEqual(card.notRateable)
      expect(row.mayApply).toBe(card.mayApply)
      expect(row.rating?.validity ?? null).toBe(card.rating?.validity ?? null)
    }

    const only = async (flag: ChannelInput<'orgRecords.overview'>['flag']) =>
      (await frontDesk.ok('orgRecords.overview', { flag })).items.map((r) => r.organizationId).sort()
    expect(await only('expiring')).toEqual([expiring])
    expect(await only('lapsed')).toEqual([lapsed])
    expect(await only('notRateable')).toEqual([lapsed, missing].sort())
    expect(await only('missingLastYear')).toEqual([missing])
    expect(await only('priority')).toEqual([ok, expiring].sort())

    const row = all.items.find((r) => r.organizationId === lapsed)!
    expect(row.lastInspection).toEqual({ year: 2025, result: '不合格', grade: 'fail' })
    expect(row.previousInspection).toBeNull()

    const found = await frontDesk.ok('orgRecords.overview', { search: '乙将' })
    expect(found.items.map((r) => r.organizationId)).toEqual([expiring])
    expect(found).toMatchObject({ total: 1, residents: 1 })
    expect(found.counts.expiring).toBe(1)

    const soonest = await frontDesk.ok('orgRecords.overview', { sortBy: 'validUntil' })
    expect(soonest.items.map((r) => r.rating?.validUntil ?? null)).toEqual([
      '2025-05-01',
      '2027-01-10',
      '2029-03-01',
      null,
      null,
      null,
    ])

    // The counts follow the search, not the flag: an empty page still brings them.
    const empty = await frontDesk.ok('orgRecords.overview', { search: '甲正常', flag: 'lapsed' })
    expect(empty).toMatchObject({ items: [], total: 0, residents: 1 })
    expect(empty.counts).toEqual({ expiring: 0, lapsed: 0, notRateable: 0, missingLastYear: 0, priority: 1 })
    const beyond = await frontDesk.ok('orgRecords.overview', { page: 3 })
    expect(beyond).toMatchObject({ items: [], total: 6 })
  })

  it('exports the filtered list to Excel with the reasons in words', async () => {
    const a = await resident('导出甲')
    await inspect(a, 2024, '基本合格')
    await inspect(a, 2025, '基本合格')
    const file = await frontDesk.ok('orgRecords.exportOverview', { flag: 'notRateable' })
    expect(file.rows).toBe(1)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer)
    const sheet = book.worksheets[0]!
    expect(sheet.getRow(1).getCell(4).value).toBe('2025 年度年检')
    expect(sheet.getRow(2).getCell(10).value).toBe('连续两年（2024、2025）年检基本合格')
  })
})

describe('荣誉', () => {
  type HonourInput = ChannelInput<'orgRecords.saveHonour'>
  const honour = (extra: Partial<HonourInput> & Pick<HonourInput, 'title' | 'recipientKind'>) =>
    frontDesk.ok('orgRecords.saveHonour', { level: 'municipal', awardedOn: '2026-06-30', ...extra })

  it('for organisations and people, 创先争优 by title unless said, listed with filters and exported', async () => {
    const org = await resident('荣誉组织')
    const a = await honour({
      title: '齐鲁和谐使者',
      level: 'provincial',
      recipientKind: 'organization',
      organizationId: org,
    })
    expect(a).toMatchObject({ partyRelated: false, organizationId: org, personName: null })
    const b = await honour({
      title: '优秀共产党员',
      recipientKind: 'person',
      personName: '王海燕',
      organizationId: org,
    })
    expect(b.partyRelated).toBe(true)
    const c = await honour({
      title: '烟台和谐使者',
      recipientKind: 'person',
      personName: '李建国',
      awardedOn: '2025-03-01',
    })
    const d = await honour({
      title: '先进基层党组织',
      recipientKind: 'organization',
      organizationId: org,
      partyRelated: false,
    })
    expect(d.partyRelated).toBe(false)

    const ids = async (filter: Partial<ChannelInput<'orgRecords.honours'>>) =>
      (await frontDesk.ok('orgRecords.honours', filter)).items.map((h) => h.id)
    expect(await ids({})).toEqual([d.id, b.id, a.id, c.id])
    expect(await ids({ year: 2025 })).toEqual([c.id])
    expect(await ids({ recipientKind: 'person' })).toEqual([b.id, c.id])
    expect(await ids({ partyRelated: true })).toEqual([b.id])
    expect(await ids({ level: 'provincial' })).toEqual([a.id])
    expect(await ids({ organizationId: org })).toEqual([d.id, b.id, a.id])
    expect(await ids({ search: '海燕' })).toEqual([b.id])
    expect(await ids({ search: '荣誉组织' })).toEqual([d.id, b.id, a.id])
    expect((await get(org)).honours.map((h) => h.id)).toEqual([d.id, b.id, a.id])

    const archived = await frontDesk.ok('orgRecords.archiveHonour', { id: c.id, reason: '重复登记' })
    expect(archived.archiveReason).toBe('重复登记')
    expect(await ids({ year: 2025 })).toEqual([])

    const file = await frontDesk.ok('orgRecords.exportHonours', { recipientKind: 'person' })
    expect(file.rows).toBe(1)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer)
    const row = book.worksheets[0]!.getRow(2)
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(7).value, row.getCell(8).value]).toEqual([
      '优秀共产党员',
      '市级',
      '王海燕',
      '是',
    ])
  })

  it('needs the organisation or the person, and links a roster member only for an account that reads the roster', async () => {
    const before = snapshotCounts(base.db)
    const noOrg = await frontDesk.err('orgRecords.saveHonour', {
      title: '先进社会组织',
      level: 'district',
      awardedOn: '2026-01-05',
      recipientKind: 'organization',
    })
    expect(noOrg.fields?.organizationId?.message).toBe('请选择获得荣誉的组织。')
    const noName = await frontDesk.err('orgRecords.saveHonour', {
      title: '烟台和谐使者',
      level: 'municipal',
      awardedOn: '2026-01-05',
      recipientKind: 'person',
    })
    expect(noName.fields?.personName?.message).toBe('请填写获得荣誉的个人姓名。')
    const secretary = await base.as(['branch_secretary'])
    const member = await secretary.ok('member.create', partyMemberDraft('赵红霞', { gender: 'female' }))
    const linked = {
      title: '优秀党务工作者',
      level: 'district',
      awardedOn: '2026-07-01',
      recipientKind: 'person',
      memberId: member.id,
    } as const
    expect((await frontDesk.err('orgRecords.saveHonour', linked)).fields?.memberId?.key).toBe(
      'orgRecords.memberNotAllowed',
    )
    expect(snapshotCounts(base.db).honour).toBe(before.honour)
    const both = await base.as(['front_desk', 'party_affairs'])
    const saved = await both.ok('orgRecords.saveHonour', linked)
    expect(saved).toMatchObject({ memberId: member.id, personName: '赵红霞', partyRelated: true })
    // The front desk may still edit it, keeping the link it cannot see.
    const edited = await frontDesk.ok('orgRecords.saveHonour', {
      ...linked,
      id: saved.id,
      personName: '赵红霞',
      note: '区委表彰',
    })
    expect(edited).toMatchObject({ memberId: member.id, note: '区委表彰' })
  })
})

describe('the demo', () => {
  it('has every 年检 result, ratings that lapsed and end soon, tax qualifications and honours of both kinds', async () => {
    await base.ok('demo.load', {})
    const overview = await frontDesk.ok('orgRecords.overview', { pageSize: 100 })
    expect(overview.counts.expiring).toBeGreaterThanOrEqual(1)
    expect(overview.counts.lapsed).toBeGreaterThanOrEqual(1)
    expect(overview.counts.priority).toBeGreaterThanOrEqual(2)
    const reasons = new Set(overview.items.flatMap((r) => r.notRateable.map((x) => x.code)))
    expect([...reasons].sort()).toEqual(['basicTwice', 'inspectionFailed', 'inspectionMissing'])
    const singleBasic = overview.items.find(
      (r) => r.lastInspection?.grade === 'basic' && r.previousInspection?.grade === 'pass',
    )
    expect(singleBasic?.notRateable).toEqual([])
    const grades = new Set(overview.items.flatMap((r) => (r.rating ? [r.rating.grade] : [])))
    expect(grades.size).toBeGreaterThanOrEqual(3)

    const expiringOrg = overview.items.find((r) => r.rating?.validity === 'expiring')!
    const card = await get(expiringOrg.organizationId)
    expect(card.standing.tax?.validity).toBe('expiring')
    expect(card.ratings.some((r) => r.partyBuildingAssessed)).toBe(true)

    const honours = (await frontDesk.ok('orgRecords.honours', { pageSize: 100 })).items
    for (const title of ['齐鲁和谐使者', '烟台和谐使者'])
      expect(new Set(honours.filter((h) => h.title === title).map((h) => h.recipientKind))).toEqual(
        new Set(['organization', 'person']),
      )
    expect(honours.filter((h) => h.partyRelated).length).toBeGreaterThanOrEqual(2)
    expect(honours.some((h) => h.memberId !== null)).toBe(true)
    expect(honours.every((h) => h.awardedOn <= TODAY)).toBe(true)
  })
})
