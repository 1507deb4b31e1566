// 覆盖率 (domain §3) on a worked example, under both denominator settings: the three formulas, the organisations
// behind every figure, the year-over-year series, the Excel export, and the rules of 系统设置.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import { freshBase, orgDraft, snapshotCounts, type Caller, type TestBase } from './helpers'

/** The reporting date of the example; "today" is later, so statuses set after it show the difference. */
const D = '2026-06-30'

describe('覆盖率 on a worked example', () => {
  let base: TestBase
  let secretary: Caller
  const ids: Record<string, number> = {}

  async function resident(
    key: string,
    name: string,
    overrides: Partial<ChannelInput<'organization.create'>> = {},
  ) {
    const org = await base.ok(
      'organization.create',
      orgDraft({
        name,
        shortName: null,
        uscc: null,
        legalType: 'preparing',
        stage: 'incubating',
        stageDate: '2024-01-01',
        acceptWarnings: true,
        ...overrides,
      }),
    )
    ids[key] = org.id
    return org.id
  }

  let memberNo = 0
  async function fullMembers(key: string, count: number, fullOn: string | null = null) {
    for (let i = 0; i < count; i += 1) {
      memberNo += 1
      await secretary.ok('partyOrg.memberSave', {
        organizationId: ids[key]!,
        name: `${key}党员${memberNo}`,
        category: 'full',
        fullOn,
        startDate: '2024-01-01',
      })
    }
  }

  async function status(key: string, value: ChannelInput<'partyOrg.setStatus'>['status'], startDate: string) {
    await secretary.ok('partyOrg.setStatus', {
      organizationId: ids[key]!,
      status: value,
      startDate,
      coveringBranch: value === 'none' || value === 'work_only' ? null : `${key}所在党支部`,
      acceptWarnings: true,
    })
  }

  beforeAll(async () => {
    base = await freshBase({ today: '2026-11-27' })
    secretary = await base.as(['branch_secretary'])
    await resident('A', '甲单独组建社工服务中心')
    await resident('B', '乙联合组建志愿者协会')
    await resident('C', '丙兜底助老服务社')
    await resident('D', '丁兼合式文化促进会')
    await resident('E', '戊指导员公益发展中心')
    await resident('F', '己应建未建青少年服务中心')
    await resident('G', '庚未覆盖读书会')
    await resident('H', '辛联合组建应建未建环保协会')
    await resident('I', '壬年中兜底邻里互助会')
    await resident('J', '癸已出壳法律服务中心')
    await resident('K', '子已归档社工站')
    await resident('L', '丑申请中公益团队', { stage: 'applied', stageDate: '2026-01-01' })
    await base.ok('organization.changeStage', {
      id: ids.J!,
      stage: 'graduated',
      date: '2026-03-01',
      note: '期满出壳',
    })
    await base.ok('organization.archive', { id: ids.K!, reason: '重复登记' })

    await status('A', 'standalone', '2025-03-01')
    await status('B', 'joint', '2024-05-01')
    await status('C', 'fallback', '2025-01-01')
    await status('D', 'combined', '2024-01-01')
    await status('E', 'work_only', '2025-06-01')
    await status('H', 'joint', '2024-02-01')
    await status('I', 'fallback', '2026-07-01')
    await status('J', 'joint', '2024-01-01')
    await status('L', 'standalone', '2026-01-01')

    await fullMembers('A', 4)
    await fullMembers('B', 2)
    await fullMembers('F', 2)
    await fullMembers('F', 1, '2026-05-01') // 转正 before D: counts on D
    await fullMembers('H', 3)
    await fullMembers('G', 2)
    await fullMembers('G', 1, '2026-08-01') // 转正 after D: 预备 on D
  }, 60_000)
  afterAll(() => base.close())

  it('counts the organisations in residence on the date, whatever their status: 组织覆盖率, 单独组建率, 工作覆盖率', async () => {
    const rates = await secretary.ok('coverage.rates', { date: D })
    // A–I are in residence on D; J left (出壳) before it, K is archived, L has only applied.
    expect(rates).toMatchObject({
      date: D,
      denominator: 'in_residence',
      inResidence: 9,
      total: 9,
      byStatus: { standalone: 1, joint: 2, fallback: 1, combined: 1, work_only: 1, none: 3 },
      organizational: 5,
      work: 6,
      uncovered: 3,
      shouldForm: 2,
      ableToForm: 3,
      rates: { organizational: 55.6, standalone: 11.1, work: 66.7 },
    })
  })

  it('moves with the date: a status that starts later does not count before it', async () => {
    const today = await secretary.ok('coverage.rates', {})
    expect(today.date).toBe('2026-11-27')
    expect(today.byStatus.fallback).toBe(2)
    expect(today.rates).toEqual({ organizational: 66.7, standalone: 11.1, work: 77.8 })
  })

  it('opens the organisations behind every figure, by name, searchable, with status and 正式党员', async () => {
    const shouldForm = await secretary.ok('coverage.organizations', { date: D, bucket: 'shouldForm' })
    expect(shouldForm.items.map((o) => [o.name, o.status, o.fullMembers, o.shouldForm])).toEqual([
      ['己应建未建青少年服务中心', 'none', 3, true],
      ['辛联合组建应建未建环保协会', 'joint', 3, true],
    ])
    const uncovered = await secretary.ok('coverage.organizations', { date: D, bucket: 'uncovered' })
    expect(uncovered.items.map((o) => o.name).sort()).toEqual(
      ['己应建未建青少年服务中心', '庚未覆盖读书会', '壬年中兜底邻里互助会'].sort(),
    )
    const organizational = await secretary.ok('coverage.organizations', {
      date: D,
      bucket: 'organizational',
      pageSize: 20,
    })
    expect(organizational.total).toBe(5)
    const joint = organizational.items.find((o) => o.name === '乙联合组建志愿者协会')
    expect(joint).toMatchObject({ status: 'joint', statusSince: '2024-05-01', coveringBranch: 'B所在党支部' })
    const searched = await secretary.ok('coverage.organizations', {
      date: D,
      bucket: 'total',
      search: '助老',
    })
    expect(searched.items.map((o) => o.name)).toEqual(['丙兜底助老服务社'])
    const everyone = await secretary.ok('coverage.organizations', { date: D, bucket: 'inResidence' })
    expect(everyone.total).toBe(9)
    expect(everyone.items.map((o) => o.name)).not.toContain('癸已出壳法律服务中心')
  })

  it('counts only the organisations able to form a branch when the setting says so', async () => {
    const before = await base.ok('coverage.settings', {})
    await base.ok('coverage.updateSettings', { ...before, denominator: 'able_to_form' })
    try {
      const rates = await secretary.ok('coverage.rates', { date: D })
      // A (4), F (3 on D) and H (3); G has 3 only from 08-01.
      expect(rates).toMatchObject({
        denominator: 'able_to_form',
        inResidence: 9,
        ableToForm: 3,
        total: 3,
        byStatus: { standalone: 1, joint: 1, fallback: 0, combined: 0, work_only: 0, none: 1 },
        organizational: 2,
        work: 2,
        shouldForm: 2,
        rates: { organizational: 66.7, standalone: 33.3, work: 66.7 },
      })
      const total = await secretary.ok('coverage.organizations', { date: D, bucket: 'total' })
      expect(total.items.map((o) => o.name).sort()).toEqual(
        ['甲单独组建社工服务中心', '己应建未建青少年服务中心', '辛联合组建应建未建环保协会'].sort(),
      )
    } finally {
      await base.ok('coverage.updateSettings', before)
    }
  })

  it('gives a year-over-year series at each 12-31 and today, oldest first', async () => {
    const series = await secretary.ok('coverage.series', {})
    expect(series.points.map((p) => p.date)).toEqual([
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
      '2026-11-27',
    ])
    const [y2022, , y2024, y2025, now] = series.points
    expect(y2022).toMatchObject({ total: 0, rates: { organizational: null, standalone: null, work: null } })
    // 2024-12-31: A–J in residence (10); B, D, H, J covered.
    expect(y2024).toMatchObject({
      total: 10,
      organizational: 4,
      rates: { organizational: 40, standalone: 0 },
    })
    // 2025-12-31: A, C, E added; J still in residence.
    expect(y2025).toMatchObject({
      total: 10,
      organizational: 6,
      work: 7,
      rates: { organizational: 60, work: 70 },
    })
    expect(now).toMatchObject({ total: 9, rates: { organizational: 66.7, work: 77.8 } })
  })

  it('exports the rates with their definitions, every organisation counted, and the series', async () => {
    const file = await secretary.ok('coverage.export', { date: D })
    expect(file.fileName).toBe(`党建覆盖率（${D}）.xlsx`)
    expect(file.rows).toBe(9)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['覆盖率', '组织明细', '逐年对比'])
    const figures = workbook.getWorksheet('覆盖率')!
    const row = (name: string) =>
      (figures.getSheetValues() as unknown[][]).find((r) => Array.isArray(r) && r[1] === name)?.slice(1)
    // A rate is a percent cell: the fraction, shown as 55.6%.
    expect(row('组织覆盖率')).toEqual([
      '组织覆盖率',
      5,
      0.556,
      '（单独组建 + 联合组建 + 兜底/兼合式）÷ 统计总数',
    ])
    expect(figures.getRow(3).getCell(3).numFmt).toBe('0.0%')
    expect(row('统计总数')).toEqual(['统计总数', 9, undefined, '报告日在驻的全部组织'])
    expect(workbook.getWorksheet('组织明细')!.rowCount).toBe(10)
  })

  it('refuses settings that would leave a rule without a result, and changes nothing', async () => {
    const before = snapshotCounts(base.db)
    const settings = await base.ok('coverage.settings', {})
    const noFail = await base.err('coverage.updateSettings', {
      denominator: 'in_residence',
      inspectionResults: [
        { label: '合格', grade: 'pass' },
        { label: '基本合格', grade: 'basic' },
      ],
    })
    expect(noFail.code).toBe('VALIDATION')
    expect(JSON.stringify(noFail)).toContain('年检结果中至少要有一项表示“不合格”，否则无法判断参评资格。')
    const twice = await base.err('coverage.updateSettings', {
      ...settings,
      inspectionResults: [...settings.inspectionResults, { label: '合格', grade: 'pass' }],
    })
    expect(JSON.stringify(twice)).toContain('年检结果的名称不能重复。')
    expect(await base.ok('coverage.settings', {})).toEqual(settings)
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('lets every role read the rates, and only 管理员 change the rules', async () => {
    const mentor = await base.as(['mentor'])
    expect((await mentor.ok('coverage.rates', { date: D })).total).toBe(9)
    const settings = await base.ok('coverage.settings', {})
    expect((await secretary.err('coverage.updateSettings', settings)).code).toBe('FORBIDDEN')
  })
})
