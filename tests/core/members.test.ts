// 党员名册: ID numbers checked by GB 11643, shown masked, revealed in full only through an audited call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import { freshBase, orgDraft, snapshotCounts, type Caller, type TestBase } from './helpers'

let base: TestBase
let secretary: Caller
beforeEach(async () => {
  base = await freshBase()
  secretary = await base.as(['branch_secretary'])
}, 20_000)
afterEach(() => base.close())

/** 李秀英: the GB 11643 example number (female, born 1949-12-31). */
function memberDraft(overrides: Partial<ChannelInput<'member.create'>> = {}): ChannelInput<'member.create'> {
  return {
    name: '李秀英',
    gender: 'female',
    birthDate: '1949-12-31',
    idNumber: '11010519491231002X',
    category: 'full',
    relation: 'formal',
    post: '会计',
    phone: '13500002210',
    joinedOn: '1975-07-01',
    ...overrides,
  }
}

/** 张建国: male, born 1990-01-01; the domain's masking example 370***********1239. */
const ZHANG = {
  name: '张建国',
  gender: 'male',
  birthDate: '1990-01-01',
  idNumber: '370602199001011239',
} as const

interface AuditRow {
  actor: string
  actor_id: number | null
  channel: string
  entity: string
  entity_id: number | null
  before_json: string | null
  after_json: string | null
}
const auditText = () => JSON.stringify(base.db.prepare('SELECT * FROM audit_log').all())

describe('登记党员: 公民身份号码 (GB 11643)', () => {
  it('accepts 11010519491231002X, also typed with a lower-case x, and stores it upper-case', async () => {
    const created = await secretary.ok('member.create', memberDraft({ idNumber: '110105 19491231002x' }))
    expect(created).toMatchObject({
      name: '李秀英',
      gender: 'female',
      birthDate: '1949-12-31',
      idNumberMasked: '110***********002X',
    })
    expect(await secretary.ok('member.revealIdNumber', { id: created.id })).toEqual({
      id: created.id,
      idNumber: '11010519491231002X',
    })
  })

  it('accepts 440524188001010014 (male, born 1880-01-01)', async () => {
    const result = await base.app.dispatch(
      secretary.ctx,
      'member.create',
      memberDraft({
        name: '陈国栋',
        gender: 'male',
        birthDate: '1880-01-01',
        idNumber: '440524188001010014',
      }),
    )
    expect(result.ok ? result.data.idNumberMasked : result.error).toBe('440***********0014')
  })

  it('a wrong check character is refused, saying which one GB 11643 expects', async () => {
    const before = snapshotCounts(base.db)
    const error = await secretary.err(
      'member.create',
      memberDraft({ ...ZHANG, idNumber: '370602199001011231' }),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.idNumber?.message).toBe(
      '公民身份号码校验位不正确：按 GB 11643 计算，第 18 位应为“9”，实际为“1”。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('a number with a birth date that does not exist (30 February) is refused, naming the date', async () => {
    const error = await secretary.err(
      'member.create',
      memberDraft({ ...ZHANG, birthDate: '1990-02-28', idNumber: '370602199002301238' }),
    )
    expect(error.fields?.idNumber?.message).toBe('公民身份号码第 7–14 位的出生日期“1990-02-30”不存在。')
  })

  it('length and characters are checked too', async () => {
    expect(
      (await secretary.err('member.create', memberDraft({ idNumber: '1101051949123100' }))).fields?.idNumber
        ?.message,
    ).toBe('公民身份号码应为 18 位，当前为 16 位。')
    expect(
      (await secretary.err('member.create', memberDraft({ idNumber: '11010519491231A02X' }))).fields?.idNumber
        ?.message,
    ).toBe('公民身份号码前 17 位应为数字，第 18 位为数字或 X。')
  })

  it('birth date and gender must agree with the number; the messages name the date and the digit', async () => {
    const before = snapshotCounts(base.db)
    const error = await secretary.err(
      'member.create',
      memberDraft({ birthDate: '1949-12-30', gender: 'male' }),
    )
    expect(error.fields).toMatchObject({
      birthDate: { message: '出生日期与公民身份号码中的“1949-12-31”不一致。' },
      gender: { message: '性别与公民身份号码第 17 位“2”不一致（奇数为男，偶数为女）。' },
    })
    expect(error.message).toBe('有 2 项填写有误，请按提示修改后再保存，未做任何修改。')
    expect(
      (await secretary.err('member.create', memberDraft({ ...ZHANG, gender: 'female' }))).fields?.gender
        ?.message,
    ).toBe('性别与公民身份号码第 17 位“3”不一致（奇数为男，偶数为女）。')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('the same number cannot be registered twice; the refusal names who holds it', async () => {
    await secretary.ok('member.create', memberDraft())
    const before = snapshotCounts(base.db)
    const again = await secretary.err(
      'member.create',
      memberDraft({ name: '李秀云', idNumber: '11010519491231002x' }),
    )
    expect(again.fields?.idNumber?.message).toBe('该公民身份号码已登记为党员“李秀英”，不能重复登记。')
    // Nor by editing someone else to that number.
    const zhang = await secretary.ok('member.create', memberDraft({ ...ZHANG, phone: null }))
    const edit = await secretary.err('member.update', {
      ...memberDraft({ ...ZHANG }),
      id: zhang.id,
      gender: 'female',
      birthDate: '1949-12-31',
      idNumber: '11010519491231002X',
    })
    expect(edit.fields?.idNumber?.message).toBe('该公民身份号码已登记为党员“李秀英”，不能重复登记。')
    expect(snapshotCounts(base.db)).toEqual({
      ...before,
      party_member: before.party_member! + 1,
      party_member_period: before.party_member_period! + 1,
      audit_log: before.audit_log! + 1,
    })
  })

  it('the organisation must exist', async () => {
    const before = snapshotCounts(base.db)
    const error = await secretary.err('member.create', memberDraft({ organizationId: 999 }))
    expect(error.fields?.organizationId?.message).toBe('所选入驻组织不存在，请重新选择。')
    expect(snapshotCounts(base.db)).toEqual(before)
    const org = await base.ok('organization.create', orgDraft())
    const created = await secretary.ok('member.create', memberDraft({ organizationId: org.id }))
    expect(created).toMatchObject({
      organizationId: org.id,
      organizationName: '烟台市福山区春风助老服务中心',
    })
  })

  it('editing without sending the number keeps the stored one', async () => {
    const created = await secretary.ok('member.create', memberDraft())
    const { idNumber: _idNumber, ...rest } = memberDraft({ post: '组织委员' })
    const updated = await secretary.ok('member.update', { ...rest, id: created.id })
    expect(updated).toMatchObject({ post: '组织委员', idNumberMasked: '110***********002X' })
    expect((await secretary.ok('member.revealIdNumber', { id: created.id })).idNumber).toBe(
      '11010519491231002X',
    )
  })
})

describe('遮蔽', () => {
  it('lists and details show the number as first 3 + last 4 and the mobile as 135****2210', async () => {
    const li = await secretary.ok('member.create', memberDraft())
    const zhang = await secretary.ok('member.create', memberDraft({ ...ZHANG, phone: '135 1221 2210' }))
    await secretary.ok('member.update', { ...memberDraft({ post: '宣传委员' }), id: li.id })

    const list = await secretary.ok('member.list', {})
    expect(list.items.map((m) => [m.name, m.idNumberMasked, m.phoneMasked])).toEqual([
      ['张建国', '370***********1239', '135****2210'],
      ['李秀英', '110***********002X', '135****2210'],
    ])
    const detail = await secretary.ok('member.get', { id: zhang.id })
    expect(detail).toMatchObject({ idNumberMasked: '370***********1239', phoneMasked: '135****2210' })

    const shown = JSON.stringify([list, detail, await secretary.ok('member.get', { id: li.id })])
    const logged = auditText()
    for (const full of [
      '11010519491231002X',
      '11010519491231002x',
      '370602199001011239',
      '19491231',
      '19900101',
    ]) {
      expect(shown, `lists and details must not carry ${full}`).not.toContain(full)
      expect(logged, `audit_log must not carry ${full}`).not.toContain(full)
    }
  })
})

describe('查看完整身份证号码', () => {
  it('支部书记 and 党务 see the full number; each reveal is audited without the number', async () => {
    const affairs = await base.as(['party_affairs'])
    const li = await secretary.ok('member.create', memberDraft())
    expect((await secretary.ok('member.revealIdNumber', { id: li.id })).idNumber).toBe('11010519491231002X')
    expect((await affairs.ok('member.revealIdNumber', { id: li.id })).idNumber).toBe('11010519491231002X')

    const rows = base.db
      .prepare("SELECT * FROM audit_log WHERE channel = 'member.revealIdNumber' ORDER BY id")
      .all() as AuditRow[]
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => r.actor)).toEqual(['branchsecretary用户', 'partyaffairs用户'])
    for (const row of rows) {
      expect(row).toMatchObject({ entity: 'party_member', entity_id: li.id, before_json: null })
      expect(row.actor_id).not.toBeNull()
      expect(JSON.parse(row.after_json ?? 'null')).toMatchObject({ event: 'revealIdNumber', name: '李秀英' })
      expect(JSON.stringify(row)).not.toContain('11010519491231002X')
      expect(JSON.stringify(row)).not.toContain('19491231')
    }

    const seen = await secretary.ok('audit.list', { channel: 'member.revealIdNumber' })
    expect(seen.total).toBe(2)
    expect(seen.items.map((i) => [i.actor, i.entityId, (i.after as { event: string }).event])).toEqual([
      ['partyaffairs用户', li.id, 'revealIdNumber'],
      ['branchsecretary用户', li.id, 'revealIdNumber'],
    ])
    expect(JSON.stringify(seen)).not.toContain('11010519491231002X')
  }, 20_000)

  it('an unknown member is NOT_FOUND and nothing is logged', async () => {
    const before = snapshotCounts(base.db)
    expect((await secretary.err('member.revealIdNumber', { id: 4242 })).code).toBe('NOT_FOUND')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('an administrator without a branch role cannot read the roster through 操作日志 either', async () => {
    await secretary.ok('member.create', memberDraft({ post: '财务负责人', phone: '13512345678' }))
    await secretary.ok('member.revealIdNumber', { id: 1 })
    expect((await base.err('member.list', {})).code).toBe('FORBIDDEN')
    // The administrator may read the log, but the roster's personal data must not come with it.
    const log = await base.ok('audit.list', { pageSize: 100 })
    const text = JSON.stringify(log)
    for (const personal of ['李秀英', '13512345678', '1949-12-31', '财务负责人', '110***********002X'])
      expect(text, `the administrator's 操作日志 shows ${personal}`).not.toContain(personal)
  })
})
