// 导入 Excel: the preview lists every row's errors (row, column, reason) and writes nothing; the import writes the
// valid rows or nothing at all, checking each row again; export → import recreates the records.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportRow } from '../../src-main/shared/entities'
import { IMPORT_KINDS } from '../../src-main/shared/schemas'
import { completeUscc, orgCodeCheckChar } from '../../src-main/core/lib/uscc'
import { CHOICE_LABELS, IMPORT_COLUMNS, TEMPLATE_FILES } from '../../src-main/core/imports/columns'
import { HELP_SHEET } from '../../src-main/core/imports/templates'
import zhCN from '../../src-renderer/src/i18n/locales/zh-CN'
import { RESOURCES_DIR, freshBase, orgDraft, snapshotCounts, type TestBase } from './helpers'
import { idNumberFor, partyMemberDraft } from './party-fixtures'

type CellValue = string | number | Date | null

/** An .xlsx with one sheet: a header row, then the rows, as a user's file would be. */
async function xlsx(headers: string[], rows: CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('数据')
  sheet.addRow(headers)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

/** A valid 统一社会信用代码 of a 社会团体 (51…) with a correct organisation code inside. */
function uscc(n: number): string {
  const body = `MJD${String(n).padStart(5, '0')}`
  return completeUscc(`51370602${body}${orgCodeCheckChar(body)}`)
}

const byRow = (preview: { rows: ImportRow[] }, row: number) => {
  const found = preview.rows.find((r) => r.row === row)
  if (!found) throw new Error(`row ${row} missing`)
  return found
}
/** Each error of a row as `column: key`. */
const errorsOf = (preview: { rows: ImportRow[] }, row: number) =>
  byRow(preview, row).errors.map((e) => `${e.column}: ${e.notice.key}`)

const ORG_HEADERS = ['组织名称', '统一社会信用代码', '组织类型', '阶段日期', '联系人', '联系电话', '服务领域']
const orgRow = (name: string, code: string | null, overrides: Partial<Record<string, CellValue>> = {}) => {
  const values: Record<string, CellValue> = {
    组织名称: name,
    统一社会信用代码: code,
    组织类型: '社会团体',
    阶段日期: '2026-03-01',
    联系人: '李强',
    联系电话: '13512345678',
    服务领域: '社区治理；青少年',
    ...overrides,
  }
  return ORG_HEADERS.map((h) => values[h] ?? null)
}

let base: TestBase | null = null
afterEach(() => {
  base?.close()
  base = null
})
async function open(): Promise<TestBase> {
  base = await freshBase()
  return base
}

describe('import templates', () => {
  it.each(IMPORT_KINDS)(
    'the shipped %s template has the headers the importer reads, and a 填写说明 sheet',
    async (kind) => {
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(join(RESOURCES_DIR, 'templates', TEMPLATE_FILES[kind]))
      const [data, help] = workbook.worksheets
      const headers = (data?.getRow(1).values as unknown[]).slice(1)
      expect(headers).toEqual(IMPORT_COLUMNS[kind].map((c) => c.header))
      expect(data?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(data?.getColumn(1).width).toBe(IMPORT_COLUMNS[kind][0]?.width)
      expect(data?.getRow(2).values).not.toEqual([])
      expect(help?.name).toBe(HELP_SHEET)
      const described = new Set((help?.getColumn(1).values ?? []).map(String))
      for (const c of IMPORT_COLUMNS[kind]) expect(described.has(c.header)).toBe(true)
    },
  )

  it('downloads each template as the file shipped in resources/', async () => {
    const b = await open()
    for (const kind of IMPORT_KINDS) {
      const file = await b.ok('import.template', { kind })
      const shipped = readFileSync(join(RESOURCES_DIR, 'templates', TEMPLATE_FILES[kind]))
      expect(Buffer.from(file.contentBase64, 'base64').equals(shipped)).toBe(true)
      expect(file.fileName).toMatch(/导入模板\.xlsx$/)
    }
  })

  it('accepts the words the forms show for every coded value', () => {
    const enums = zhCN.enums as Record<string, Record<string, string>>
    expect(CHOICE_LABELS.legalType).toEqual(enums.legalType)
    expect(CHOICE_LABELS.stage).toEqual(enums.stage)
    expect(CHOICE_LABELS.serviceArea).toEqual(enums.serviceArea)
    expect(CHOICE_LABELS.unitType).toEqual(enums.unitType)
    expect(CHOICE_LABELS.gender).toEqual(enums.gender)
    expect(CHOICE_LABELS.memberCategory).toEqual(enums.memberCategory)
    expect(CHOICE_LABELS.memberRelation).toEqual(enums.memberRelation)
  })

  it('the example row of each template previews without errors', async () => {
    const b = await open()
    await b.ok('space.floorSave', { name: '一层', sortOrder: 1, gridWidth: 40, gridHeight: 24 })
    const secretary = await b.as(['admin', 'branch_secretary'])
    for (const kind of IMPORT_KINDS) {
      // The member example works at the organisation of the organisation example.
      if (kind === 'member') {
        await b.ok(
          'organization.create',
          orgDraft({ name: '芝罘区幸福来敲门邻里互助中心', uscc: null, legalType: 'preparing' }),
        )
      }
      const content = readFileSync(join(RESOURCES_DIR, 'templates', TEMPLATE_FILES[kind])).toString('base64')
      const channel = `${kind}.importPreview` as const
      const preview = await secretary.ok(channel, { fileName: 't.xlsx', contentBase64: content })
      expect(preview.rows.flatMap((r) => r.errors)).toEqual([])
      expect(preview.valid).toBe(1)
    }
  })
})

describe('organisation import preview', () => {
  it('names every error by row, column and reason, and writes nothing', async () => {
    const b = await open()
    await b.ok('organization.create', orgDraft({ name: '库里已有的组织', uscc: uscc(900) }))
    const badCheck = `${uscc(2).slice(0, 17)}${uscc(2).endsWith('1') ? '2' : '1'}`
    const warnOnly = (() => {
      // A valid code whose embedded organisation code has the wrong check digit: a warning, not an error.
      const body = 'MJD00003'
      const wrong = orgCodeCheckChar(body) === '1' ? '2' : '1'
      return completeUscc(`51370602${body}${wrong}`)
    })()
    const content = await xlsx(ORG_HEADERS, [
      orgRow('芝罘区春晖助老服务中心', uscc(1)), // 2: fine
      orgRow('芝罘区晨光青少年服务中心', badCheck), // 3: bad code
      orgRow('芝罘区绿叶环保协会', uscc(4), { 组织类型: '社会组织' }), // 4: unknown type
      orgRow('芝罘区邻里守望服务社', uscc(5), { 联系人: null }), // 5: missing required value
      orgRow('芝罘区社工发展中心', uscc(6), { 阶段日期: '2026-02-30' }), // 6: no such date
      orgRow('芝罘区春晖助老服务中心', uscc(7)), // 7: same name as row 2
      orgRow('库里已有的组织', uscc(8)), // 8: name already in the base
      orgRow('芝罘区心桥心理服务中心', warnOnly), // 9: warning only
      orgRow('芝罘区新组织', uscc(900)), // 10: code already in the base
      orgRow('芝罘区服务领域有误中心', uscc(11), { 服务领域: '社区治理；养老' }), // 11: unknown area
    ])
    const before = snapshotCounts(b.db)
    const preview = await b.ok('organization.importPreview', {
      fileName: 'orgs.xlsx',
      contentBase64: content,
    })
    expect(snapshotCounts(b.db)).toEqual(before)

    expect(errorsOf(preview, 2)).toEqual([])
    expect(errorsOf(preview, 3)).toEqual(['统一社会信用代码: uscc.checkChar'])
    expect(errorsOf(preview, 4)).toEqual(['组织类型: imports.unknownValue'])
    expect(byRow(preview, 4).errors[0]?.notice.message).toContain('“社会组织”不是可选的值')
    expect(byRow(preview, 4).errors[0]?.notice.message).toContain('民办非企业单位')
    expect(errorsOf(preview, 5)).toEqual(['联系人: field.required'])
    expect(errorsOf(preview, 6)).toEqual(['阶段日期: imports.badDate'])
    expect(errorsOf(preview, 7)).toEqual(['组织名称: imports.duplicateInFile'])
    expect(byRow(preview, 7).errors[0]?.notice.message).toBe(
      '与第 2 行重复（芝罘区春晖助老服务中心），同一文件中只能出现一次。',
    )
    expect(errorsOf(preview, 8)).toEqual(['组织名称: organization.duplicateName'])
    expect(errorsOf(preview, 9)).toEqual([])
    expect(byRow(preview, 9).warnings.map((w) => `${w.column}: ${w.notice.key}`)).toEqual([
      '统一社会信用代码: uscc.orgCodeWarning',
    ])
    expect(errorsOf(preview, 10)).toEqual(['统一社会信用代码: organization.duplicateCode'])
    expect(errorsOf(preview, 11)).toEqual(['服务领域: imports.unknownValue'])
    expect(byRow(preview, 2).label).toBe('芝罘区春晖助老服务中心')
    expect(preview).toMatchObject({ total: 10, valid: 2, invalid: 8, withWarnings: 1 })
  })

  it('refuses a file without a required column, naming it', async () => {
    const b = await open()
    const content = await xlsx(['组织名称', '组织类型'], [['某组织', '社会团体']])
    const error = await b.err('organization.importPreview', { fileName: 'x.xlsx', contentBase64: content })
    expect(error.key).toBe('imports.missingColumns')
    expect(error.message).toContain('阶段日期、联系人、联系电话')
  })

  it('refuses a file that is not an .xlsx, and an empty one', async () => {
    const b = await open()
    const notXlsx = Buffer.from('名称,类型\n甲,乙').toString('base64')
    expect(
      (await b.err('organization.importPreview', { fileName: 'a.csv', contentBase64: notXlsx })).key,
    ).toBe('imports.fileUnreadable')
    const empty = await xlsx(ORG_HEADERS, [])
    expect(
      (await b.err('organization.importPreview', { fileName: 'e.xlsx', contentBase64: empty })).key,
    ).toBe('imports.noRows')
  })
})

describe('confirmed import', () => {
  async function previewOf(b: TestBase): Promise<ImportPreview> {
    const content = await xlsx(ORG_HEADERS, [
      orgRow('甲组织', uscc(21)),
      orgRow('乙组织', 'NOT-A-CODE'),
      orgRow('丙组织', uscc(23), { 组织类型: '基金会' }),
    ])
    return b.ok('organization.importPreview', { fileName: 'orgs.xlsx', contentBase64: content })
  }
  const names = (b: TestBase) =>
    (b.db.prepare('SELECT name FROM organization ORDER BY id').all() as { name: string }[]).map((r) => r.name)

  it('all-or-nothing writes nothing when one row is bad; valid-rows-only then writes exactly the good rows', async () => {
    const b = await open()
    const preview = await previewOf(b)
    expect(preview.invalid).toBe(1)
    const before = snapshotCounts(b.db)
    const refused = await b.ok('organization.import', { token: preview.token, mode: 'allOrNothing' })
    expect(refused).toMatchObject({ refused: true, created: 0, skipped: 3 })
    expect(refused.rows.map((r) => r.row)).toEqual([3])
    expect({ ...snapshotCounts(b.db), audit_log: 0 }).toEqual({ ...before, audit_log: 0 })
    expect(names(b)).toEqual([])

    const done = await b.ok('organization.import', { token: preview.token, mode: 'validOnly' })
    expect(done).toMatchObject({ refused: false, created: 2, skipped: 1, total: 3 })
    expect(names(b)).toEqual(['甲组织', '丙组织'])
    // Normal records: each with its stage history and service areas, as the form would have saved it.
    const list = await b.ok('organization.list', { search: '组织' })
    expect(list.items.map((o) => o.serviceAreas)).toEqual([
      ['youth', 'community_governance'],
      ['youth', 'community_governance'],
    ])
    const created = list.items.find((o) => o.name === '丙组织')
    const detail = await b.ok('organization.get', { id: created?.id ?? 0 })
    expect(detail.legalType).toBe('foundation')
    expect(detail.stageHistory).toHaveLength(1)
    // Audited: one entry per record created, one for the import with its counts.
    const audits = b.db
      .prepare("SELECT entity, after_json FROM audit_log WHERE channel = 'organization.import' ORDER BY id")
      .all() as { entity: string; after_json: string }[]
    expect(audits.map((a) => a.entity)).toEqual(['import', 'organization', 'organization', 'import'])
    expect(JSON.parse(audits[3]?.after_json ?? '{}')).toMatchObject({ created: 2, withErrors: 1, rows: 3 })
    // The same preview cannot be written twice.
    expect((await b.err('organization.import', { token: preview.token, mode: 'validOnly' })).key).toBe(
      'imports.tokenExpired',
    )
  })

  it('all-or-nothing writes every row of a file without errors', async () => {
    const b = await open()
    const content = await xlsx(ORG_HEADERS, [orgRow('甲组织', uscc(31)), orgRow('乙组织', uscc(32))])
    const preview = await b.ok('organization.importPreview', { fileName: 'o.xlsx', contentBase64: content })
    const done = await b.ok('organization.import', { token: preview.token, mode: 'allOrNothing' })
    expect(done).toMatchObject({ refused: false, created: 2 })
    expect(names(b)).toEqual(['甲组织', '乙组织'])
  })

  it('checks every row again when writing: a record added since the preview makes its twin an error', async () => {
    const b = await open()
    const preview = await previewOf(b)
    await b.ok('organization.create', orgDraft({ name: '甲组织', uscc: uscc(99) }))
    const done = await b.ok('organization.import', { token: preview.token, mode: 'validOnly' })
    expect(done.created).toBe(1)
    expect(done.rows.map((r) => [r.row, r.errors.map((e) => e.notice.key)])).toEqual([
      [2, ['organization.duplicateName']],
      [3, ['uscc.forbiddenLetters']],
    ])
    expect(names(b)).toEqual(['甲组织', '丙组织'])
  })

  it('a preview is confirmed only by the account that made it', async () => {
    const b = await open()
    const preview = await previewOf(b)
    const desk = await b.as(['front_desk'])
    expect((await desk.err('organization.import', { token: preview.token, mode: 'validOnly' })).key).toBe(
      'imports.tokenExpired',
    )
    expect(names(b)).toEqual([])
  })

  it('refuses callers without the module’s write permission', async () => {
    const b = await open()
    const content = await xlsx(ORG_HEADERS, [orgRow('甲组织', uscc(41))])
    const input = { fileName: 'o.xlsx', contentBase64: content }
    const readOnly = await b.as(['read_only'])
    expect((await readOnly.err('organization.importPreview', input)).code).toBe('FORBIDDEN')
    expect((await readOnly.err('unit.importPreview', input)).code).toBe('FORBIDDEN')
    const desk = await b.as(['front_desk'])
    expect((await desk.err('member.importPreview', input)).code).toBe('FORBIDDEN')
    expect((await desk.err('member.import', { token: 'x', mode: 'validOnly' })).code).toBe('FORBIDDEN')
    const mentor = await b.as(['mentor'])
    expect((await mentor.err('organization.import', { token: 'x', mode: 'validOnly' })).code).toBe(
      'FORBIDDEN',
    )
  })
})

const UNIT_HEADERS = ['楼层', '编号', '名称', '类型', '面积（平方米）', '工位或座位数', '设施']
const MEMBER_HEADERS = [
  '姓名',
  '性别',
  '出生日期',
  '公民身份号码',
  '党员类别',
  '组织关系',
  '入党日期',
  '所在入驻组织',
]

describe('unit and member previews', () => {
  it('units: unknown floor, unknown type, not a number, a code taken in the base or twice in the file', async () => {
    const b = await open()
    const floor = await b.ok('space.floorSave', { name: '一层', sortOrder: 1, gridWidth: 40, gridHeight: 24 })
    await b.ok('space.unitSave', { floorId: floor.id, code: 'A-101', unitType: 'office', areaM2: 20 })
    const content = await xlsx(UNIT_HEADERS, [
      ['一层', 'B-1', '东侧', '独立办公室', 30.5, 4, '空调；网络'], // 2: fine
      ['九层', 'B-2', null, '工位', 8, 1, null], // 3: no such floor
      ['一层', 'B-3', null, '仓库', 8, 1, null], // 4: unknown type
      ['一层', 'B-4', null, '工位', '十平米', 1, null], // 5: not a number
      ['一层', 'a-101', null, '工位', 8, 1, null], // 6: code in the base (case aside)
      ['一层', 'b-1', null, '工位', 8, 1, null], // 7: code twice in the file
      ['一层', 'B-7', null, '工位', 8, 1.5, null], // 8: seats not whole
    ])
    const before = snapshotCounts(b.db)
    const preview = await b.ok('unit.importPreview', { fileName: 'u.xlsx', contentBase64: content })
    expect(snapshotCounts(b.db)).toEqual(before)
    expect(errorsOf(preview, 2)).toEqual([])
    expect(errorsOf(preview, 3)).toEqual(['楼层: imports.unknownFloor'])
    expect(errorsOf(preview, 4)).toEqual(['类型: imports.unknownValue'])
    expect(errorsOf(preview, 5)).toEqual(['面积（平方米）: imports.notNumber'])
    expect(errorsOf(preview, 6)).toEqual(['编号: space.codeTaken'])
    expect(errorsOf(preview, 7)).toEqual(['编号: imports.duplicateInFile'])
    expect(errorsOf(preview, 8)).toEqual(['工位或座位数: field.wholeNumber'])
  })

  it('members: bad ID number, ID stored as a number, mismatch, unknown values, duplicates in the file and the base', async () => {
    const b = await open()
    const secretary = await b.as(['branch_secretary'])
    const existing = partyMemberDraft('库里已有')
    await secretary.ok('member.create', existing)
    await b.ok('organization.create', orgDraft({ name: '芝罘区春晖助老服务中心', uscc: uscc(51) }))
    const good = idNumberFor('1990-01-02', 'female')
    const bad = `${good.slice(0, 17)}${good.endsWith('1') ? '2' : '1'}`
    const content = await xlsx(MEMBER_HEADERS, [
      ['王芳', '女', '1990-01-02', good, '正式党员', '正式组织关系', '2015-07-01', '芝罘区春晖助老服务中心'], // 2
      ['李娜', '女', '1990-01-02', bad, '正式党员', '正式组织关系', null, null], // 3: check character
      ['赵磊', '男', '1988-03-04', 370602198803040000, '正式党员', '正式组织关系', null, null], // 4: as a number
      [
        '钱多',
        '男',
        '1990-01-02',
        idNumberFor('1990-01-02', 'female'),
        '正式党员',
        '正式组织关系',
        null,
        null,
      ], // 5
      [
        '孙丽',
        '女',
        '1991-05-06',
        idNumberFor('1991-05-06', 'female'),
        '积极分子',
        '正式组织关系',
        null,
        null,
      ], // 6
      ['周敏', '女', '1990-01-02', good, '正式党员', '正式组织关系', null, null], // 7: twin of row 2
      ['吴刚', '男', existing.birthDate, existing.idNumber, '正式党员', '正式组织关系', null, null], // 8
      [
        '郑红',
        '女',
        '1992-02-03',
        idNumberFor('1992-02-03', 'female'),
        '预备党员',
        '流动党员',
        null,
        '不存在的组织',
      ], // 9
      ['冯军', '男', '1993/4/5', idNumberFor('1993-04-05', 'male'), '预备党员', '兼合式', '2030-01-01', null], // 10
    ])
    const before = snapshotCounts(b.db)
    const preview = await secretary.ok('member.importPreview', { fileName: 'm.xlsx', contentBase64: content })
    expect(snapshotCounts(b.db)).toEqual(before)
    expect(errorsOf(preview, 2)).toEqual([])
    expect(errorsOf(preview, 3)).toEqual(['公民身份号码: member.idCheckChar'])
    expect(errorsOf(preview, 4)).toEqual(['公民身份号码: imports.idNumberAsNumber'])
    expect(errorsOf(preview, 5)).toEqual(['性别: member.genderMismatch'])
    expect(errorsOf(preview, 6)).toEqual(['党员类别: imports.unknownValue'])
    expect(errorsOf(preview, 7)).toEqual(['公民身份号码: imports.duplicateInFile'])
    // The number is named masked, as the roster shows it.
    expect(byRow(preview, 7).errors[0]?.notice.params).toEqual({
      row: 2,
      value: `370***********${good.slice(-4)}`,
    })
    expect(errorsOf(preview, 8)).toEqual(['公民身份号码: member.duplicateIdNumber'])
    expect(errorsOf(preview, 9)).toEqual(['所在入驻组织: imports.unknownOrganization'])
    expect(errorsOf(preview, 10)).toEqual(['入党日期: field.dateFuture'])
    expect(preview).toMatchObject({ total: 9, valid: 1, invalid: 8 })

    const done = await secretary.ok('member.import', { token: preview.token, mode: 'validOnly' })
    expect(done.created).toBe(1)
    const roster = await secretary.ok('member.list', { search: '王芳' })
    expect(roster.items.map((m) => [m.name, m.organizationName, m.joinedOn])).toEqual([
      ['王芳', '芝罘区春晖助老服务中心', '2015-07-01'],
    ])
  })
})

describe('export → import round trip', () => {
  /** A sheet's rows as header → value, in order (dates as YYYY-MM-DD, to compare what a user sees). */
  async function rowsOf(contentBase64: string): Promise<Record<string, unknown>[]> {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    const headers = (sheet?.getRow(1).values as unknown[]).slice(1).map(String)
    const out: Record<string, unknown>[] = []
    sheet?.eachRow((row, n) => {
      if (n === 1) return
      const values = (row.values as unknown[]).slice(1)
      out.push(
        Object.fromEntries(
          headers.map((h, i) => {
            const v = values[i]
            return [h, v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null)]
          }),
        ),
      )
    })
    return out
  }

  it('organisations: the export of a filtered list imports into an empty base as the same records', async () => {
    const a = await open()
    await a.ok('organization.create', {
      ...orgDraft({ name: '烟台市芝罘区春晖助老服务中心', uscc: uscc(61) }),
      shortName: '春晖',
      serviceAreas: ['elderly_orphan_sick_disabled', 'community_governance'],
      legalRepresentative: '王丽',
      email: 'chunhui@example.com',
      address: '只楚路 1 号',
      registeredOn: '2025-06-18',
      registrar: '芝罘区民政局',
      agreementNo: 'RZ-001',
      agreementStart: '2026-01-01',
      agreementEnd: '2026-12-31',
      description: '助老',
      stage: 'resident',
      stageDate: '2026-01-05',
    })
    await a.ok(
      'organization.create',
      orgDraft({ name: '筹备中的读书会', uscc: null, legalType: 'preparing' }),
    )
    await a.ok('organization.create', {
      ...orgDraft({ name: '不在筛选内的基金会', uscc: uscc(63), legalType: 'foundation' }),
      acceptWarnings: true,
    })
    const filter = { legalTypes: ['social_group', 'preparing'] as ('social_group' | 'preparing')[] }
    const exported = await a.ok('organization.export', filter)
    expect(exported.rows).toBe(2)
    const fields = (b: TestBase) =>
      b.db
        .prepare(
          `SELECT name, short_name, uscc, legal_type, stage, stage_date, legal_representative, contact_person,
             contact_phone, email, address, registered_on, registrar, agreement_no, agreement_start, agreement_end,
             description, (SELECT group_concat(area, ',') FROM (SELECT area FROM organization_service_area
               WHERE organization_id = o.id ORDER BY area)) AS areas
           FROM organization o WHERE legal_type IN ('social_group', 'preparing') ORDER BY name`,
        )
        .all()
    const original = fields(a)
    // Real date cells in the export.
    const sheetRows = await rowsOf(exported.contentBase64)
    expect(sheetRows.find((r) => r['组织名称'] === '烟台市芝罘区春晖助老服务中心')?.['阶段日期']).toBe(
      '2026-01-05',
    )
    a.close()

    const b = await freshBase()
    base = b
    const preview = await b.ok('organization.importPreview', {
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
    })
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([])
    const done = await b.ok('organization.import', { token: preview.token, mode: 'allOrNothing' })
    expect(done.created).toBe(2)
    expect(fields(b)).toEqual(original)
  })

  it('units: the export imports into a base with the same floors as the same units', async () => {
    const a = await open()
    const one = await a.ok('space.floorSave', { name: '一层', sortOrder: 1, gridWidth: 40, gridHeight: 24 })
    const two = await a.ok('space.floorSave', { name: '二层', sortOrder: 2, gridWidth: 40, gridHeight: 24 })
    await a.ok('space.unitSave', {
      floorId: one.id,
      code: '101',
      name: '东侧办公室',
      unitType: 'office',
      areaM2: 36.25,
      seats: 6,
      amenities: ['空调', '网络'],
    })
    await a.ok('space.unitSave', {
      floorId: two.id,
      code: '201',
      unitType: 'meeting_room',
      areaM2: 50,
      seats: 20,
    })
    await a.ok('space.unitSave', { floorId: two.id, code: 'W-1', unitType: 'workstation', areaM2: 4 })
    const exported = await a.ok('unit.export', {})
    expect(exported.rows).toBe(3)
    const fields = (b: TestBase) =>
      b.db
        .prepare(
          `SELECT f.name AS floor, u.code, u.name, u.unit_type, u.area_centi, u.seats, u.amenities
           FROM space_unit u JOIN space_floor f ON f.id = u.floor_id ORDER BY u.code`,
        )
        .all()
    const original = fields(a)
    a.close()

    const b = await freshBase()
    base = b
    await b.ok('space.floorSave', { name: '一层', sortOrder: 1, gridWidth: 40, gridHeight: 24 })
    await b.ok('space.floorSave', { name: '二层', sortOrder: 2, gridWidth: 40, gridHeight: 24 })
    const preview = await b.ok('unit.importPreview', {
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
    })
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([])
    await b.ok('unit.import', { token: preview.token, mode: 'allOrNothing' })
    expect(fields(b)).toEqual(original)
  })

  it('members: an export with full ID numbers imports as the same members', async () => {
    const a = await open()
    const secretary = await a.as(['admin', 'branch_secretary'])
    const org = await a.ok(
      'organization.create',
      orgDraft({ name: '芝罘区春晖助老服务中心', uscc: uscc(71) }),
    )
    await secretary.ok(
      'member.create',
      partyMemberDraft('王芳', {
        gender: 'female',
        birthDate: '1980-02-29',
        organizationId: org.id,
        post: '理事长',
        veteranMember: true,
        veteranCadre: true,
        fullOn: '2011-07-01',
      }),
    )
    await secretary.ok(
      'member.create',
      partyMemberDraft('李强', {
        category: 'probationary',
        relation: 'mobile',
        joinedOn: '2026-06-01',
        phone: '13512345678',
      }),
    )
    const zh = zhCN as unknown as {
      branch: { exportTitle: string; exportHeadings: Record<string, string>; fields: Record<string, string> }
      enums: Record<string, Record<string, string>>
    }
    const labels: Record<string, string> = { title: zh.branch.exportTitle }
    for (const [k, v] of Object.entries(zh.branch.exportHeadings)) labels[`heading.${k}`] = v
    for (const [k, v] of Object.entries(zh.enums.gender ?? {})) labels[`gender.${k}`] = v
    for (const [k, v] of Object.entries(zh.enums.memberCategory ?? {})) labels[`category.${k}`] = v
    for (const [k, v] of Object.entries(zh.enums.memberRelation ?? {})) labels[`relation.${k}`] = v
    labels['flag.veteranMember'] = zh.branch.fields.veteranMember ?? ''
    labels['flag.veteranCadre'] = zh.branch.fields.veteranCadre ?? ''
    const exported = await secretary.ok('member.export', { scope: 'current', revealIdNumbers: true, labels })
    const fields = (b: TestBase) =>
      b.db
        .prepare(
          `SELECT m.name, m.gender, m.birth_date, m.id_number, m.category, m.relation, m.joined_on, m.full_on,
             m.post, m.veteran_member, m.veteran_cadre, o.name AS organization
           FROM party_member m LEFT JOIN organization o ON o.id = m.organization_id ORDER BY m.name`,
        )
        .all()
    const original = fields(a)
    a.close()

    const b = await freshBase()
    base = b
    await b.ok('organization.create', orgDraft({ name: '芝罘区春晖助老服务中心', uscc: uscc(71) }))
    const secretaryB = await b.as(['branch_secretary'])
    const preview = await secretaryB.ok('member.importPreview', {
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
    })
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([])
    // The roster export masks phone numbers: such a number is left out, with a warning that does not block.
    expect(
      preview.rows.flatMap((r) => r.warnings.map((w) => `${r.label} ${w.column}: ${w.notice.key}`)),
    ).toEqual(['李强 手机号码: imports.phoneMasked'])
    await secretaryB.ok('member.import', { token: preview.token, mode: 'allOrNothing' })
    expect(fields(b)).toEqual(original)
  })
})
