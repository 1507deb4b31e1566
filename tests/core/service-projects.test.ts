// 服务项目 / 品牌 (issue 8): saving and its refusals, the list's filters, paging and search, archiving, attachments
// kept under their SHA-256, the brand wall, the Excel export, who may do what and the audit trail.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import { freshBase, orgDraft, snapshotCounts, type TestBase } from './helpers'

let base: TestBase

beforeEach(async () => {
  base = await freshBase({ today: '2026-11-27' })
})
afterEach(() => base.close())

async function resident(name: string): Promise<number> {
  const org = await base.ok(
    'organization.create',
    orgDraft({
      name,
      shortName: null,
      uscc: null,
      legalType: 'filed',
      stage: 'incubating',
      stageDate: '2024-01-01',
      registeredOn: '2020-03-01',
      acceptWarnings: true,
    }),
  )
  return org.id
}

type Draft = ChannelInput<'serviceProject.save'>
const draft = (organizationId: number, overrides: Partial<Draft> = {}): Draft => ({
  organizationId,
  name: '幸福来敲门',
  category: 'elderly_orphan_sick_disabled',
  startDate: '2025-03-01',
  endDate: null,
  place: '福山区清洋街道',
  beneficiaryCount: 320,
  beneficiaryKind: '独居老人',
  serviceCount: 1200,
  serviceUnit: 'visit',
  brandName: '幸福来敲门',
  brandStage: 'brand',
  outcomes: '每周上门探访',
  description: null,
  ...overrides,
})

const auditCount = (entity: string): number =>
  (base.db.prepare('SELECT count(*) AS n FROM audit_log WHERE entity = ?').get(entity) as { n: number }).n

describe('保存服务项目', () => {
  it('creates and updates a project, each write in the audit log', async () => {
    const org = await resident('春风助老服务中心')
    const created = await base.ok('serviceProject.save', draft(org))
    expect(created).toMatchObject({
      organizationName: '春风助老服务中心',
      brandName: '幸福来敲门',
      brandStage: 'brand',
      beneficiaryCount: 320,
      serviceUnit: 'visit',
      editable: true,
      attachments: [],
    })
    const updated = await base.ok('serviceProject.save', {
      ...draft(org, { endDate: '2026-06-30', serviceCount: 1500 }),
      id: created.id,
    })
    expect(updated).toMatchObject({ id: created.id, endDate: '2026-06-30', serviceCount: 1500 })
    expect((await base.ok('serviceProject.get', { id: created.id })).serviceCount).toBe(1500)
    const rows = base.db
      .prepare("SELECT before_json, after_json FROM audit_log WHERE entity = 'service_project' ORDER BY id")
      .all() as { before_json: string | null; after_json: string }[]
    expect(rows).toHaveLength(2)
    expect(rows[0]?.before_json).toBeNull()
    expect(JSON.parse(rows[1]?.before_json ?? '{}')).toMatchObject({ serviceCount: 1200 })
    expect(JSON.parse(rows[1]?.after_json ?? '{}')).toMatchObject({ serviceCount: 1500 })
  })

  it.each([
    [
      'an end before the start',
      { startDate: '2025-03-01', endDate: '2025-02-28' },
      'endDate',
      'serviceProject.endBeforeStart',
    ],
    [
      'a negative beneficiary count',
      { beneficiaryCount: -1 },
      'beneficiaryCount',
      'serviceProject.countNegative',
    ],
    ['a negative service count', { serviceCount: -5 }, 'serviceCount', 'serviceProject.countNegative'],
    ['a fractional count', { serviceCount: 2.5 }, 'serviceCount', 'serviceProject.countWhole'],
    [
      'a stage without a brand name',
      { brandName: null, brandStage: 'formed' },
      'brandName',
      'serviceProject.brandNameRequired',
    ],
    [
      'a brand name without a stage',
      { brandName: '四点半课堂', brandStage: null },
      'brandStage',
      'serviceProject.brandStageRequired',
    ],
    ['an empty name', { name: '  ' }, 'name', 'field.required'],
    [
      'no organisation chosen',
      { organizationId: 0 },
      'organizationId',
      'serviceProject.organizationRequired',
    ],
  ] as const)('refuses %s, saying where, and changes nothing', async (_what, overrides, field, key) => {
    const org = await resident('春风助老服务中心')
    const before = snapshotCounts(base.db)
    const error = await base.err('serviceProject.save', draft(org, overrides))
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.[field]?.key).toBe(key)
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('names every problem of a draft at once', async () => {
    const error = await base.err(
      'serviceProject.save',
      draft(0, { category: '' as never, endDate: '2025-01-01', brandName: '快乐周末', brandStage: null }),
    )
    expect(Object.fromEntries(Object.entries(error.fields ?? {}).map(([f, n]) => [f, n.key]))).toEqual({
      organizationId: 'serviceProject.organizationRequired',
      category: 'serviceProject.categoryRequired',
      endDate: 'serviceProject.endBeforeStart',
      brandStage: 'serviceProject.brandStageRequired',
    })
  })

  it('refuses a project of an archived organisation, and any change of its projects', async () => {
    const org = await resident('春风助老服务中心')
    const project = await base.ok('serviceProject.save', draft(org))
    await base.ok('organization.archive', { id: org, reason: '协议到期' })
    const before = snapshotCounts(base.db)
    const add = await base.err('serviceProject.save', draft(org, { name: '新项目' }))
    expect(add).toMatchObject({ code: 'CONFLICT', key: 'serviceProject.organizationArchived' })
    expect(add.message).toContain('春风助老服务中心')
    const change = await base.err('serviceProject.save', { ...draft(org), id: project.id })
    expect(change.key).toBe('serviceProject.organizationArchived')
    expect(snapshotCounts(base.db)).toEqual(before)
    expect((await base.ok('serviceProject.get', { id: project.id })).editable).toBe(false)
  })

  it('refuses an organisation that does not exist', async () => {
    const error = await base.err('serviceProject.save', draft(9999))
    expect(error.fields?.organizationId?.key).toBe('serviceProject.organizationMissing')
  })
})

describe('归档', () => {
  it('keeps the row with its reason, out of the list unless asked, and frozen', async () => {
    const org = await resident('春风助老服务中心')
    const project = await base.ok('serviceProject.save', draft(org))
    const archived = await base.ok('serviceProject.archive', { id: project.id, reason: '重复登记' })
    expect(archived).toMatchObject({ archiveReason: '重复登记', editable: false })
    expect(archived.archivedAt).not.toBeNull()
    expect((await base.ok('serviceProject.list', {})).total).toBe(0)
    const all = await base.ok('serviceProject.list', { includeArchived: true })
    expect(all.items.map((p) => p.id)).toEqual([project.id])
    const change = await base.err('serviceProject.save', { ...draft(org), id: project.id })
    expect(change.key).toBe('serviceProject.projectArchived')
    expect(auditCount('service_project')).toBe(2)
  })
})

describe('列表: filters, search, sort and paging in the core', () => {
  it('filters by organisation, category, brand stage, brand presence and year, and searches three names', async () => {
    const a = await resident('春风助老服务中心')
    const b = await resident('阳光青少年发展中心')
    const p1 = await base.ok('serviceProject.save', draft(a))
    const p2 = await base.ok(
      'serviceProject.save',
      draft(b, {
        name: '课后托管',
        category: 'youth',
        startDate: '2023-09-01',
        endDate: '2024-06-30',
        brandName: '四点半课堂',
        brandStage: 'formed',
      }),
    )
    const p3 = await base.ok(
      'serviceProject.save',
      draft(b, {
        name: '心理讲座',
        category: 'mental_health',
        startDate: '2026-01-10',
        brandName: null,
        brandStage: null,
      }),
    )
    const ids = async (q: ChannelInput<'serviceProject.list'>) =>
      (await base.ok('serviceProject.list', q)).items.map((p) => p.id).sort()
    expect(await ids({ organizationId: b })).toEqual([p2.id, p3.id].sort())
    expect(await ids({ category: 'youth' })).toEqual([p2.id])
    expect(await ids({ brandStage: 'brand' })).toEqual([p1.id])
    expect(await ids({ hasBrand: false })).toEqual([p3.id])
    expect(await ids({ hasBrand: true })).toEqual([p1.id, p2.id].sort())
    // 2024: only the after-school project ran (it ended 2024-06-30); 2025: it had ended, 幸福来敲门 had begun.
    expect(await ids({ year: 2024 })).toEqual([p2.id])
    expect(await ids({ year: 2025 })).toEqual([p1.id])
    expect(await ids({ search: '四点半' })).toEqual([p2.id])
    expect(await ids({ search: '阳光' })).toEqual([p2.id, p3.id].sort())
    expect(await ids({ search: '心理' })).toEqual([p3.id])
    expect(await ids({ search: '100%' })).toEqual([])
  })

  it('sorts by start date (newest first) or name, and pages with the total', async () => {
    const org = await resident('春风助老服务中心')
    for (let i = 0; i < 25; i++) {
      await base.ok(
        'serviceProject.save',
        draft(org, {
          name: `项目${String(i).padStart(2, '0')}`,
          startDate: `2024-01-${String(i + 1).padStart(2, '0')}`,
        }),
      )
    }
    const first = await base.ok('serviceProject.list', { page: 1, pageSize: 20 })
    expect(first.total).toBe(25)
    expect(first.items).toHaveLength(20)
    expect(first.items[0]?.startDate).toBe('2024-01-25')
    const second = await base.ok('serviceProject.list', { page: 2, pageSize: 20 })
    expect(second.items.map((p) => p.name)).toEqual(['项目04', '项目03', '项目02', '项目01', '项目00'])
    const byName = await base.ok('serviceProject.list', { sortBy: 'name' })
    expect(byName.items[0]?.name).toBe('项目00')
  })
})

describe('附件: stored under their SHA-256 and checked when read back', () => {
  it('round-trips the bytes, and refuses a tampered file', async () => {
    const org = await resident('春风助老服务中心')
    const project = await base.ok('serviceProject.save', draft(org))
    const bytes = Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0,
      1,
      2,
      3,
      255,
      ...Buffer.from('幸福来敲门 2025 年度总结'),
    ])
    const sha = createHash('sha256').update(bytes).digest('hex')
    const detail = await base.ok('serviceProject.attachmentAdd', {
      projectId: project.id,
      fileName: '年度总结.png',
      contentBase64: bytes.toString('base64'),
    })
    expect(detail.attachments).toEqual([
      expect.objectContaining({ fileName: '年度总结.png', sizeBytes: bytes.length, sha256: sha }),
    ])
    const file = join(base.dir, 'attachments', sha.slice(0, 2), sha)
    expect(readFileSync(file).equals(bytes)).toBe(true)
    const id = detail.attachments[0]?.id ?? 0
    const back = await base.ok('serviceProject.attachmentGet', { id })
    expect(back.sha256).toBe(sha)
    expect(Buffer.from(back.contentBase64, 'base64').equals(bytes)).toBe(true)
    expect((await base.ok('serviceProject.list', {})).items[0]?.attachmentCount).toBe(1)
    expect(auditCount('service_project_attachment')).toBe(1)

    writeFileSync(file, 'changed by hand')
    const corrupt = await base.err('serviceProject.attachmentGet', { id })
    expect(corrupt).toMatchObject({ code: 'CONFLICT', key: 'serviceProject.attachmentCorrupt' })
    expect(corrupt.message).toContain('年度总结.png')
  })

  it('removes an attachment from the project, and refuses unreadable content writing nothing', async () => {
    const org = await resident('春风助老服务中心')
    const project = await base.ok('serviceProject.save', draft(org))
    const before = snapshotCounts(base.db)
    const bad = await base.err('serviceProject.attachmentAdd', {
      projectId: project.id,
      fileName: '照片.jpg',
      contentBase64: '这不是base64!!',
    })
    expect(bad.key).toBe('serviceProject.fileUnreadable')
    expect(snapshotCounts(base.db)).toEqual(before)
    expect(existsSync(join(base.dir, 'attachments'))).toBe(false)

    const added = await base.ok('serviceProject.attachmentAdd', {
      projectId: project.id,
      fileName: '照片.jpg',
      contentBase64: Buffer.from('photo').toString('base64'),
    })
    const id = added.attachments[0]?.id ?? 0
    const after = await base.ok('serviceProject.attachmentArchive', { id })
    expect(after.attachments).toEqual([])
    expect((await base.err('serviceProject.attachmentGet', { id })).code).toBe('NOT_FOUND')
  })
})

describe('品牌墙 and export', () => {
  it('groups the brands of live projects by stage, brand first, without archived projects', async () => {
    const org = await resident('春风助老服务中心')
    await base.ok('serviceProject.save', draft(org))
    await base.ok(
      'serviceProject.save',
      draft(org, { name: '邻里', brandName: '邻里守望', brandStage: 'nurturing' }),
    )
    const gone = await base.ok(
      'serviceProject.save',
      draft(org, { name: '旧', brandName: '旧品牌', brandStage: 'formed' }),
    )
    await base.ok('serviceProject.save', draft(org, { name: '无品牌', brandName: null, brandStage: null }))
    await base.ok('serviceProject.archive', { id: gone.id, reason: '项目已合并' })
    const wall = await base.ok('serviceProject.brands', {})
    expect(wall.stages.map((s) => [s.stage, s.total, s.projects.map((p) => p.brandName)])).toEqual([
      ['brand', 1, ['幸福来敲门']],
      ['formed', 0, []],
      ['nurturing', 1, ['邻里守望']],
    ])
    // A brand stays on the wall when its organisation leaves the base, marked so.
    await base.ok('organization.archive', { id: org, reason: '协议到期' })
    const after = await base.ok('serviceProject.brands', {})
    expect(after.stages[0]?.projects.map((p) => [p.brandName, p.organizationArchived])).toEqual([
      ['幸福来敲门', true],
    ])
  })

  it('exports the filtered list with its words', async () => {
    const org = await resident('春风助老服务中心')
    await base.ok('serviceProject.save', draft(org))
    await base.ok('serviceProject.save', draft(org, { name: '无品牌', brandName: null, brandStage: null }))
    const file = await base.ok('serviceProject.export', { hasBrand: true, labels: {} })
    expect(file.rows).toBe(1)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer)
    const sheet = book.worksheets[0]
    expect(sheet?.getRow(1).getCell(2).value).toBe('项目名称')
    expect(sheet?.getRow(2).getCell(1).value).toBe('春风助老服务中心')
    expect(sheet?.getRow(2).getCell(12).value).toBe('品牌')
    expect(sheet?.rowCount).toBe(2)
  })
})

describe('权限', () => {
  it('a mentor reads projects and attachments but cannot write', async () => {
    const org = await resident('春风助老服务中心')
    const project = await base.ok('serviceProject.save', draft(org))
    const added = await base.ok('serviceProject.attachmentAdd', {
      projectId: project.id,
      fileName: '照片.jpg',
      contentBase64: Buffer.from('photo').toString('base64'),
    })
    const mentor = await base.as(['mentor'])
    expect((await mentor.ok('serviceProject.list', {})).total).toBe(1)
    const seen = await mentor.ok('serviceProject.get', { id: project.id })
    expect(seen.editable).toBe(false)
    await mentor.ok('serviceProject.attachmentGet', { id: added.attachments[0]?.id ?? 0 })
    const before = snapshotCounts(base.db)
    expect((await mentor.err('serviceProject.save', draft(org))).code).toBe('FORBIDDEN')
    expect((await mentor.err('serviceProject.archive', { id: project.id, reason: '试试' })).code).toBe(
      'FORBIDDEN',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
    const frontDesk = await base.as(['front_desk'])
    await frontDesk.ok('serviceProject.save', draft(org, { name: '前台登记' }))
  })
})
