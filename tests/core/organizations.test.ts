import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeUscc, orgCodeCheckChar } from '../../src-main/core/lib/uscc'
import { count, freshBase, orgDraft, orgUpdate, snapshotCounts, type TestBase } from './helpers'

let base: TestBase
beforeEach(async () => {
  base = await freshBase({ today: '2026-11-27' })
})
afterEach(() => base.close())

/** A valid code for the given type digit and serial, with a valid embedded organisation code. */
function code(typeDigit: string, serial: number): string {
  const body = `MJ${String(serial).padStart(6, '0')}`
  return completeUscc(`5${typeDigit}370611${body}${orgCodeCheckChar(body)}`)
}

describe('新增 入驻组织', () => {
  it('saves a valid organisation with its first stage entry and an audit row', async () => {
    const created = await base.ok('organization.create', orgDraft())
    expect(created).toMatchObject({
      name: '烟台市福山区春风助老服务中心',
      uscc: '51370600MJD0000110',
      stage: 'applied',
      stageDate: '2026-11-01',
      serviceAreas: ['elderly_orphan_sick_disabled'],
      archivedAt: null,
    })
    expect(created.stageHistory).toEqual([
      expect.objectContaining({ stage: 'applied', date: '2026-11-01', note: '', recordedBy: '基地管理员' }),
    ])
    const audit = base.db.prepare("SELECT * FROM audit_log WHERE channel = 'organization.create'").all() as {
      entity: string
      entity_id: number
      before_json: string | null
      after_json: string
      actor: string
      at: string
    }[]
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      entity: 'organization',
      entity_id: created.id,
      before_json: null,
      actor: '基地管理员',
    })
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ name: created.name, uscc: created.uscc })
    expect(audit[0]?.at).toMatch(/^2026-11-27T/)
  })

  it('normalises the code (spaces, lower case) and the phone (spaces)', async () => {
    const created = await base.ok(
      'organization.create',
      orgDraft({ uscc: ' 5137 0600mjd0000110', contactPhone: '135 1234 5678' }),
    )
    expect(created.uscc).toBe('51370600MJD0000110')
    expect(created.contactPhone).toBe('13512345678')
  })

  it('a wrong check character is refused, saying which one was expected, and nothing is written', async () => {
    const before = snapshotCounts(base.db)
    const error = await base.err('organization.create', orgDraft({ uscc: '51370600MJD0000111' }))
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.uscc?.message).toBe(
      '校验位不正确：按 GB 32100 计算，第 18 位应为“0”，实际为“1”。请核对证书后重新输入。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('names the forbidden letters I, O, S, V, Z', async () => {
    const error = await base.err('organization.create', orgDraft({ uscc: '51370600MJD00001IO' }))
    expect(error.fields?.uscc?.message).toContain('不使用字母 I、O')
  })

  it('requires a code for registered types, but not for 筹备中 or 备案', async () => {
    expect((await base.err('organization.create', orgDraft({ uscc: null }))).fields?.uscc?.key).toBe(
      'uscc.requiredForType',
    )
    expect(
      (await base.err('organization.create', orgDraft({ uscc: '', legalType: 'foundation' }))).fields?.uscc
        ?.key,
    ).toBe('uscc.requiredForType')
    const team = await base.ok('organization.create', orgDraft({ uscc: null, legalType: 'preparing' }))
    expect(team.uscc).toBeNull()
    await base.ok('organization.create', orgDraft({ name: '邻里守望互助会', uscc: '', legalType: 'filed' }))
    expect(count(base.db, 'organization')).toBe(2)
  })

  it('gives field messages for required fields, phone, email and dates, all at once', async () => {
    const error = await base.err('organization.create', {
      ...orgDraft(),
      name: '  ',
      contactPerson: '',
      contactPhone: '12345',
      email: 'not-an-email',
      agreementStart: '2026-03-01',
      agreementEnd: '2026-02-30',
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.name?.message).toBe('此项为必填项。')
    expect(error.fields?.contactPerson?.message).toBe('此项为必填项。')
    expect(error.fields?.agreementEnd?.message).toContain('YYYY-MM-DD')
    // Schema problems come first; the rules (phone, email) run once the shape is right.
    const rules = await base.err('organization.create', orgDraft({ contactPhone: '12345', email: 'x@' }))
    expect(rules.fields?.contactPhone?.message).toContain('联系电话格式不正确')
    expect(rules.fields?.email?.message).toContain('电子邮箱格式不正确')
    expect(count(base.db, 'organization')).toBe(0)
  })

  it('accepts mobiles and landlines with area codes', async () => {
    await base.ok('organization.create', orgDraft({ contactPhone: '0535-6688123' }))
    await base.ok(
      'organization.create',
      orgDraft({ name: '另一个组织', uscc: code('1', 1), contactPhone: '05356688123' }),
    )
    expect(
      (
        await base.err(
          'organization.create',
          orgDraft({ name: '第三个', uscc: code('1', 2), contactPhone: '6688123' }),
        )
      ).fields?.contactPhone?.key,
    ).toBe('field.phone')
  })

  it('refuses an agreement that ends before it starts, or has only one date', async () => {
    const reversed = await base.err(
      'organization.create',
      orgDraft({ agreementStart: '2026-03-01', agreementEnd: '2026-03-01' }),
    )
    expect(reversed.fields?.agreementEnd?.message).toBe('协议结束日期应晚于开始日期（2026-03-01）。')
    const half = await base.err('organization.create', orgDraft({ agreementStart: '2026-03-01' }))
    expect(half.fields?.agreementEnd?.key).toBe('organization.agreementIncomplete')
  })

  it('refuses a stage date after today', async () => {
    const error = await base.err('organization.create', orgDraft({ stageDate: '2026-11-28' }))
    expect(error.fields?.stageDate?.message).toBe('日期不能晚于今天（2026-11-27）。')
  })

  it('an embedded org-code mismatch is a warning the user may accept', async () => {
    const error = await base.err('organization.create', orgDraft({ uscc: '51370600MJD0000123' }))
    expect(error.code).toBe('NEEDS_CONFIRMATION')
    expect(error.warnings?.uscc?.message).toContain('第 17 位应为“1”')
    expect(count(base.db, 'organization')).toBe(0)
    const saved = await base.ok(
      'organization.create',
      orgDraft({ uscc: '51370600MJD0000123', acceptWarnings: true }),
    )
    expect(saved.uscc).toBe('51370600MJD0000123')
  })

  it('a type digit that disagrees with 组织类型 is a warning naming both', async () => {
    const error = await base.err(
      'organization.create',
      orgDraft({ uscc: code('2', 7), legalType: 'social_group' }),
    )
    expect(error.code).toBe('NEEDS_CONFIRMATION')
    expect(error.warnings?.uscc?.message).toBe(
      '第 2 位机构类别代码为“2”（民办非企业单位），与所选组织类型“社会团体”不一致。请核对；确认无误可继续保存。',
    )
    expect(
      (await base.ok('organization.create', orgDraft({ uscc: code('2', 7), acceptWarnings: true })))
        .legalType,
    ).toBe('social_group')
  })

  it('a code from another registration department (not 5 = 民政) is a warning', async () => {
    const error = await base.err(
      'organization.create',
      orgDraft({ uscc: '91350100M000100Y43', legalType: 'foundation' }),
    )
    expect(error.code).toBe('NEEDS_CONFIRMATION')
    expect(error.warnings?.uscc?.key).toBe('uscc.departmentWarning')
  })

  it('errors win over warnings: a warned code with a bad phone is refused outright', async () => {
    const error = await base.err(
      'organization.create',
      orgDraft({ uscc: '51370600MJD0000123', contactPhone: '1', acceptWarnings: true }),
    )
    expect(error.code).toBe('VALIDATION')
    expect(count(base.db, 'organization')).toBe(0)
  })
})

describe('duplicates', () => {
  it('a code already used is refused, naming the organisation that holds it', async () => {
    await base.ok('organization.create', orgDraft())
    const error = await base.err('organization.create', orgDraft({ name: '另一个名字' }))
    expect(error.fields?.uscc?.message).toBe(
      '统一社会信用代码已被“烟台市福山区春风助老服务中心”使用，不能重复登记。',
    )
  })

  it('an identical name is refused, even with other spacing or bracket width', async () => {
    await base.ok('organization.create', orgDraft({ name: '烟台市心语（莱山）服务中心' }))
    const error = await base.err(
      'organization.create',
      orgDraft({ name: '烟台市心语(莱山) 服务中心', uscc: code('1', 3) }),
    )
    expect(error.fields?.name?.message).toBe('已有同名组织“烟台市心语（莱山）服务中心”，不能重复登记。')
  })

  it('an archived holder is named as archived, with how to restore it', async () => {
    const first = await base.ok('organization.create', orgDraft())
    await base.ok('organization.archive', { id: first.id, reason: '退出' })
    const error = await base.err('organization.create', orgDraft())
    expect(error.fields?.uscc?.key).toBe('organization.duplicateCodeArchived')
    expect(error.fields?.name?.message).toContain('已归档')
  })

  it('an organisation does not collide with itself on update', async () => {
    const org = await base.ok('organization.create', orgDraft())
    const updated = await base.ok('organization.update', orgUpdate(org.id, { address: '福山区河滨路 88 号' }))
    expect(updated.address).toBe('福山区河滨路 88 号')
  })

  it('organization.check reports identity problems while typing, and writes nothing', async () => {
    await base.ok('organization.create', orgDraft())
    const auditRows = count(base.db, 'audit_log')
    const check = await base.ok('organization.check', {
      name: '烟台市福山区春风助老服务中心',
      uscc: '51370600MJD0000111',
    })
    expect(check.fields.name?.key).toBe('organization.duplicateName')
    expect(check.fields.uscc?.params).toEqual({ expected: '0', actual: '1' })
    const own = await base.ok('organization.check', {
      id: 1,
      name: '烟台市福山区春风助老服务中心',
      uscc: '51370600MJD0000110',
    })
    expect(own).toEqual({ fields: {}, warnings: {} })
    expect(count(base.db, 'audit_log')).toBe(auditRows)
  })
})

describe('编辑', () => {
  it('updates the profile and logs before and after', async () => {
    const org = await base.ok('organization.create', orgDraft())
    const updated = await base.ok(
      'organization.update',
      orgUpdate(org.id, { contactPerson: '李建国', serviceAreas: ['youth', 'mental_health', 'youth'] }),
    )
    expect(updated.contactPerson).toBe('李建国')
    expect(updated.serviceAreas).toEqual(['youth', 'mental_health'])
    const row = base.db
      .prepare("SELECT before_json, after_json FROM audit_log WHERE channel = 'organization.update'")
      .get() as { before_json: string; after_json: string }
    expect(JSON.parse(row.before_json)).toMatchObject({ contactPerson: '王海燕' })
    expect(JSON.parse(row.after_json)).toMatchObject({
      contactPerson: '李建国',
      serviceAreas: ['youth', 'mental_health'],
    })
  })

  it('an unknown id is NOT_FOUND and an archived organisation cannot be edited', async () => {
    expect((await base.err('organization.update', orgUpdate(999))).code).toBe('NOT_FOUND')
    const org = await base.ok('organization.create', orgDraft())
    await base.ok('organization.archive', { id: org.id })
    const error = await base.err('organization.update', orgUpdate(org.id))
    expect(error).toMatchObject({ code: 'CONFLICT', message: '该组织已归档，恢复后才能修改。' })
  })
})

describe('孵化阶段 history', () => {
  it('appends dated entries and moves the current stage', async () => {
    const org = await base.ok('organization.create', orgDraft())
    await base.ok('organization.changeStage', {
      id: org.id,
      stage: 'review',
      date: '2026-11-10',
      note: '通过初审',
    })
    const after = await base.ok('organization.changeStage', {
      id: org.id,
      stage: 'resident',
      date: '2026-11-10',
      note: '签订协议',
    })
    expect(after.stage).toBe('resident')
    expect(after.stageDate).toBe('2026-11-10')
    expect(after.stageHistory.map((h) => [h.stage, h.date, h.note])).toEqual([
      ['applied', '2026-11-01', ''],
      ['review', '2026-11-10', '通过初审'],
      ['resident', '2026-11-10', '签订协议'],
    ])
  })

  it('refuses a date before the previous stage’s, naming that date', async () => {
    const org = await base.ok('organization.create', orgDraft())
    const before = snapshotCounts(base.db)
    const error = await base.err('organization.changeStage', {
      id: org.id,
      stage: 'review',
      date: '2026-10-31',
      note: '补录',
    })
    expect(error.fields?.date?.message).toBe('变更日期不能早于上一阶段的日期（2026-11-01）。')
    expect(snapshotCounts(base.db)).toEqual(before)
    expect((await base.ok('organization.get', { id: org.id })).stage).toBe('applied')
  })

  it('refuses the same stage, a future date, and a missing note', async () => {
    const org = await base.ok('organization.create', orgDraft())
    expect(
      (
        await base.err('organization.changeStage', {
          id: org.id,
          stage: 'applied',
          date: '2026-11-20',
          note: 'x',
        })
      ).fields?.stage?.key,
    ).toBe('organization.sameStage')
    expect(
      (
        await base.err('organization.changeStage', {
          id: org.id,
          stage: 'review',
          date: '2026-12-01',
          note: 'x',
        })
      ).fields?.date?.key,
    ).toBe('field.dateFuture')
    expect(
      (
        await base.err('organization.changeStage', {
          id: org.id,
          stage: 'review',
          date: '2026-11-20',
          note: ' ',
        })
      ).fields?.note?.key,
    ).toBe('field.required')
    const both = await base.err('organization.changeStage', {
      id: org.id,
      stage: 'review',
      date: '2026-10-01',
      note: '',
    })
    expect(Object.keys(both.fields ?? {}).sort()).toEqual(['date', 'note'])
    expect((await base.ok('organization.get', { id: org.id })).stageHistory).toHaveLength(1)
  })

  it('an archived organisation’s stage cannot change', async () => {
    const org = await base.ok('organization.create', orgDraft())
    await base.ok('organization.archive', { id: org.id })
    expect(
      (
        await base.err('organization.changeStage', {
          id: org.id,
          stage: 'review',
          date: '2026-11-20',
          note: 'x',
        })
      ).code,
    ).toBe('CONFLICT')
  })
})

describe('归档 and 恢复', () => {
  it('hides archived organisations by default, shows them on request, and restores them whole', async () => {
    const kept = await base.ok('organization.create', orgDraft())
    const gone = await base.ok(
      'organization.create',
      orgDraft({
        name: '烟台市牟平区微光助困服务社',
        uscc: code('2', 11),
        legalType: 'private_non_enterprise',
      }),
    )
    const archived = await base.ok('organization.archive', { id: gone.id, reason: '已退出基地' })
    expect(archived.archivedAt).toMatch(/^2026-11-27T/)
    expect(archived.archiveReason).toBe('已退出基地')

    const ids = async (scope: 'active' | 'archived' | 'all') =>
      (await base.ok('organization.list', { archived: scope, sortBy: 'name', sortOrder: 'asc' })).items.map(
        (o) => o.id,
      )
    expect(await ids('active')).toEqual([kept.id])
    expect(await ids('archived')).toEqual([gone.id])
    expect((await ids('all')).sort()).toEqual([kept.id, gone.id].sort())

    expect((await base.err('organization.archive', { id: gone.id })).message).toBe(
      '该组织已归档，无需再次归档。',
    )
    const restored = await base.ok('organization.restore', { id: gone.id })
    expect(restored).toMatchObject({
      archivedAt: null,
      archiveReason: null,
      name: gone.name,
      uscc: gone.uscc,
    })
    expect(restored.stageHistory).toEqual(gone.stageHistory)
    expect((await ids('active')).sort()).toEqual([kept.id, gone.id].sort())
    expect((await base.err('organization.restore', { id: gone.id })).code).toBe('CONFLICT')
    // Nothing was ever deleted.
    expect(count(base.db, 'organization')).toBe(2)
    const auditChannels = (
      base.db.prepare('SELECT channel FROM audit_log ORDER BY id').all() as { channel: string }[]
    ).map((r) => r.channel)
    expect(auditChannels.slice(-2)).toEqual(['organization.archive', 'organization.restore'])
  })
})

describe('the list: paging, sorting, filters and search in SQL', () => {
  beforeEach(async () => {
    await base.ok('demo.load', {})
  })

  it('pages by 20, 50 or 100 and refuses other sizes', async () => {
    const all = await base.ok('organization.list', { archived: 'all', pageSize: 20 })
    expect(all.total).toBe(36)
    expect(all.items).toHaveLength(20)
    const second = await base.ok('organization.list', { archived: 'all', pageSize: 20, page: 2 })
    expect(second.items).toHaveLength(16)
    expect(new Set([...all.items, ...second.items].map((o) => o.id)).size).toBe(36)
    expect((await base.err('organization.list', { pageSize: 30 })).code).toBe('VALIDATION')
  })

  it('sorts by name in pinyin order, both ways', async () => {
    const asc = (await base.ok('organization.list', { sortBy: 'name', sortOrder: 'asc', pageSize: 100 }))
      .items
    const pinyin = asc.map((o) => o.id)
    const desc = (
      await base.ok('organization.list', { sortBy: 'name', sortOrder: 'desc', pageSize: 100 })
    ).items.map((o) => o.id)
    expect(desc).toEqual([...pinyin].reverse())
    // 烟台市福山区… (fu) sorts before 烟台市招远市… (zhao) after the common prefix.
    const fushan = asc.findIndex((o) => o.name.startsWith('烟台市福山区'))
    const zhaoyuan = asc.findIndex((o) => o.name.startsWith('烟台市招远市'))
    expect(fushan).toBeGreaterThanOrEqual(0)
    expect(fushan).toBeLessThan(zhaoyuan)
  })

  it('sorts by stage in lifecycle order and by agreement end with empty ones last', async () => {
    const stages = (
      await base.ok('organization.list', { sortBy: 'stage', sortOrder: 'asc', pageSize: 100 })
    ).items.map((o) => o.stage)
    const order = [
      'applied',
      'review',
      'resident',
      'incubating',
      'venture_guidance',
      'capacity_building',
      'graduated',
      'exited',
    ]
    expect(stages.map((s) => order.indexOf(s))).toEqual(
      [...stages.map((s) => order.indexOf(s))].sort((a, b) => a - b),
    )
    const ends = (
      await base.ok('organization.list', { sortBy: 'agreementEnd', sortOrder: 'asc', pageSize: 100 })
    ).items.map((o) => o.agreementEnd)
    const firstNull = ends.indexOf(null)
    expect(firstNull).toBeGreaterThan(0)
    expect(ends.slice(firstNull).every((e) => e === null)).toBe(true)
    const dated = ends.slice(0, firstNull) as string[]
    expect(dated).toEqual([...dated].sort())
  })

  it('filters by 组织类型, 孵化阶段, 服务领域 and 入驻年份', async () => {
    const foundations = await base.ok('organization.list', { legalTypes: ['foundation'], archived: 'all' })
    expect(foundations.total).toBe(2)
    expect(foundations.items.every((o) => o.legalType === 'foundation')).toBe(true)

    const stageFilter = await base.ok('organization.list', {
      stages: ['applied', 'review'],
      archived: 'all',
      pageSize: 100,
    })
    expect(stageFilter.items.every((o) => o.stage === 'applied' || o.stage === 'review')).toBe(true)

    const youth = await base.ok('organization.list', { serviceArea: 'youth', pageSize: 100 })
    expect(youth.total).toBeGreaterThan(0)
    expect(youth.items.every((o) => o.serviceAreas.includes('youth'))).toBe(true)

    const years = (await base.ok('organization.filterOptions', {})).entryYears
    expect(years.length).toBeGreaterThan(0)
    const year = years[0] ?? 0
    const entered = await base.ok('organization.list', { entryYear: year, archived: 'all', pageSize: 100 })
    expect(entered.total).toBeGreaterThan(0)
    expect(entered.items.every((o) => o.agreementStart?.startsWith(String(year)))).toBe(true)
  })

  it('finds by name, short name, code, contact person and pinyin initials', async () => {
    const search = async (text: string) =>
      (await base.ok('organization.list', { search: text, archived: 'all' })).items.map((o) => o.name)
    expect(await search('幸福来敲门')).toEqual(['烟台市芝罘区幸福来敲门邻里服务中心'])
    expect(await search('xflqm')).toEqual(['烟台市芝罘区幸福来敲门邻里服务中心'])
    expect(await search('XFLQM')).toEqual(['烟台市芝罘区幸福来敲门邻里服务中心'])
    // Initials typed with gaps match as a subsequence: x·f·l(来)·…·l(邻).
    expect(await search('xfll')).toContain('烟台市芝罘区幸福来敲门邻里服务中心')
    expect(await search('xingfulai')).toEqual(['烟台市芝罘区幸福来敲门邻里服务中心'])
    expect(await search('四点半')).toEqual([expect.stringContaining('四点半课堂')])

    const org = (await base.ok('organization.list', { search: '网上问法', archived: 'all' })).items[0]
    expect(org).toBeDefined()
    expect(await search((org?.uscc ?? '').toLowerCase().slice(2, 12))).toContain(org?.name)
    expect(await search(org?.contactPerson ?? '')).toContain(org?.name)
    expect(await search('不存在的组织')).toEqual([])
  })

  it('treats % and _ in the search as text', async () => {
    expect((await base.ok('organization.list', { search: '%' })).total).toBe(0)
    expect((await base.ok('organization.list', { search: '_' })).total).toBe(0)
    expect((await base.ok('organization.list', { search: '幸福z' })).total).toBe(0)
  })
})
