// 党费 through dispatch, on a real database, today 2026-11-27: bases over time (a raise mid-year, corrections
// kept in the history), months owed across 转出 / 转入, payments for one month or several, a month never paid
// twice, payments more than 6 months ahead or behind confirmed first, arrears with the 6-month flag, the yearly
// ledger and its totals, 冲正, refusals that write nothing, an export without ID numbers, and who may do what.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { DuesLedger, DuesLedgerRow, DuesMonthState } from '../../src-main/shared/entities'
import { loadDemoDues } from '../../src-main/core/demo/dues'
import { idCheckChar } from '../../src-main/core/lib/idcard'
import { DEFAULT_BRANCH_SETTINGS, writeSetting } from '../../src-main/core/system/settings'
import { freshBase, snapshotCounts, type Caller, type TestBase } from './helpers'

const TODAY = '2026-11-27'
let base: TestBase
let secretary: Caller
let seq = 0
const idNumbers: string[] = []

beforeEach(async () => {
  base = await freshBase({ today: TODAY })
  secretary = await base.as(['branch_secretary'])
  seq = 0
  idNumbers.length = 0
}, 20_000)
afterEach(() => base.close())

/** A member on the roster from `entryDate`, with a valid, unique ID number (kept to look for in exports). */
async function addMember(name: string, entryDate = '2020-01-01', birthYear = 1980): Promise<number> {
  seq += 1
  const day = String(seq).padStart(2, '0')
  const first17 = `370602${birthYear}01${day}${String(seq * 2 + 1).padStart(3, '0')}`
  const idNumber = first17 + idCheckChar(first17)
  idNumbers.push(idNumber)
  const member = await secretary.ok('member.create', {
    name,
    gender: 'male',
    birthDate: `${birthYear}-01-${day}`,
    idNumber,
    category: 'full',
    relation: 'formal',
    entryDate,
  })
  return member.id
}

type BaseInput = ChannelInput<'dues.baseSave'>
const employed = (memberId: number, fromMonth: string, yuan: number): BaseInput => ({
  memberId,
  fromMonth,
  kind: 'employed',
  baseFen: yuan * 100,
})

function pay(
  memberId: number,
  fromMonth: string,
  toMonth: string,
  paidOn: string,
  extra: Partial<ChannelInput<'dues.pay'>> = {},
): ChannelInput<'dues.pay'> {
  return { memberId, fromMonth, toMonth, paidOn, ...extra }
}

const rowOf = (ledger: DuesLedger, memberId: number): DuesLedgerRow => {
  const row = ledger.rows.find((r) => r.memberId === memberId)
  if (!row) throw new Error(`member ${memberId} is not in the ledger`)
  return row
}
/** The twelve states of a member's row, as letters: P paid, A arrears, D due, U upcoming, N no base, - off. */
const LETTER: Record<DuesMonthState, string> = {
  paid: 'P',
  arrears: 'A',
  due: 'D',
  upcoming: 'U',
  no_base: 'N',
  off_roster: '-',
}
const states = (row: DuesLedgerRow) => row.months.map((m) => LETTER[m.state]).join('')
const dueOf = (row: DuesLedgerRow) => row.months.map((m) => m.dueFen)

describe('bases over time', () => {
  it('a raise from July: each month is computed from the base in force, the ledger adds them up', async () => {
    const id = await addMember('张建国', '2025-06-10')
    await secretary.ok('dues.baseSave', employed(id, '2026-01', 3000)) // 15.00 a month
    const detail = await secretary.ok('dues.baseSave', employed(id, '2026-07', 6500)) // 97.50 a month
    expect(detail.current).toMatchObject({ fromMonth: '2026-07', kind: 'employed', monthlyFen: 9750 })
    expect(detail.bases.map((b) => [b.fromMonth, b.monthlyFen])).toEqual([
      ['2026-07', 9750],
      ['2026-01', 1500],
    ])

    const ledger = await secretary.ok('dues.ledger', { year: 2026 })
    const row = rowOf(ledger, id)
    expect(dueOf(row)).toEqual([...Array<number>(6).fill(1500), ...Array<number>(6).fill(9750)])
    // Jan–Oct unpaid are arrears, November is due this month, December not yet due.
    expect(states(row)).toBe('AAAAAAAAAADU')
    expect(row).toMatchObject({
      kind: 'employed',
      monthlyFen: 9750,
      dueFen: 6 * 1500 + 5 * 9750,
      paidFen: 0,
      arrearsFen: 6 * 1500 + 4 * 9750,
      flagged: true,
    })
    // 2025: on the roster from June, but the first base is from 2026-01: nothing owed, shown as no base.
    const before = rowOf(await secretary.ok('dues.ledger', { year: 2025 }), id)
    expect(states(before)).toBe('-----NNNNNNN')
    expect(before.dueFen).toBe(0)
  })

  it('a base is never edited in place: 更正 archives it with the reason and keeps it in the history', async () => {
    const id = await addMember('李红')
    const first = await secretary.ok('dues.baseSave', employed(id, '2026-01', 3200))
    const wrong = first.bases[0]!
    const corrected = await secretary.ok('dues.baseCorrect', {
      id: wrong.id,
      fromMonth: '2026-01',
      kind: 'retired',
      baseFen: 420_000,
      reason: '已于去年退休，录错类别',
    })
    expect(corrected.bases).toHaveLength(2)
    expect(corrected.bases.find((b) => b.id === wrong.id)).toMatchObject({
      kind: 'employed',
      baseFen: 320_000,
      archiveReason: '已于去年退休，录错类别',
    })
    expect(corrected.current).toMatchObject({
      kind: 'retired',
      baseFen: 420_000,
      monthlyFen: 2100,
      archivedAt: null,
    })
    const again = await secretary.err('dues.baseCorrect', {
      id: wrong.id,
      fromMonth: '2026-01',
      kind: 'employed',
      baseFen: 300_000,
      reason: '再改',
    })
    expect(again.code).toBe('CONFLICT')
    expect(again.message).toContain('已被更正')
  })

  it('a second base from the same month is refused, pointing to 更正', async () => {
    const id = await addMember('王强')
    await secretary.ok('dues.baseSave', employed(id, '2026-03', 5000))
    const before = snapshotCounts(base.db)
    const error = await secretary.err('dues.baseSave', employed(id, '2026-03', 5400))
    expect(error.fields?.fromMonth?.message).toBe(
      '“王强”已有 2026-03 起的党费基数；如填错了，请在基数记录中点“更正”。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('the base must suit the category, saying which figure is missing', async () => {
    const id = await addMember('赵敏')
    const before = snapshotCounts(base.db)
    const noPay = await secretary.err('dues.baseSave', {
      memberId: id,
      fromMonth: '2026-01',
      kind: 'employed',
    })
    expect(noPay.fields?.baseFen?.message).toContain('税后工资收入')
    const noPension = await secretary.err('dues.baseSave', {
      memberId: id,
      fromMonth: '2026-01',
      kind: 'retired',
    })
    expect(noPension.fields?.baseFen?.message).toContain('离退休费')
    const studentWithBase = await secretary.err('dues.baseSave', {
      memberId: id,
      fromMonth: '2026-01',
      kind: 'student',
      baseFen: 100_000,
    })
    expect(studentWithBase.fields?.baseFen?.message).toContain('固定金额')
    const fraction = await secretary.err('dues.baseSave', {
      ...employed(id, '2026-01', 3000),
      baseFen: 300_000.5,
    })
    expect(fraction.fields?.baseFen?.key).toBe('dues.baseRange')
    const badMonth = await secretary.err('dues.baseSave', employed(id, '2026-13', 3000))
    expect(badMonth.fields?.fromMonth?.key).toBe('dues.monthFormat')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('the flat categories pay the amounts of the settings', async () => {
    const student = await addMember('学生党员')
    const farmer = await addMember('农民党员')
    await secretary.ok('dues.baseSave', { memberId: student, fromMonth: '2026-11', kind: 'student' })
    await secretary.ok('dues.baseSave', { memberId: farmer, fromMonth: '2026-11', kind: 'farmer' })
    let ledger = await secretary.ok('dues.ledger', { year: 2026 })
    expect(rowOf(ledger, student).months[10]?.dueFen).toBe(20)
    expect(rowOf(ledger, farmer).months[10]?.dueFen).toBe(20)
    writeSetting(base.db, 'branch', { ...DEFAULT_BRANCH_SETTINGS, flatDuesFen: 50, farmerDuesFen: 100 })
    ledger = await secretary.ok('dues.ledger', { year: 2026 })
    expect(rowOf(ledger, student).months[10]?.dueFen).toBe(50)
    expect(rowOf(ledger, farmer).months[10]?.dueFen).toBe(100)
    expect(ledger.rules).toEqual({ flatDuesFen: 50, farmerDuesFen: 100, duesRounding: 'half_up' })
  })
})

describe('months owed across 转出 and 转入', () => {
  it('owes the month of leaving and the month of coming back, not the months between', async () => {
    const id = await addMember('孙立', '2024-01-01')
    await secretary.ok('dues.baseSave', { memberId: id, fromMonth: '2026-01', kind: 'student' })
    await secretary.ok('member.exit', { id, kind: 'transfer_out', date: '2026-04-15' })
    await secretary.ok('member.transferIn', { id, date: '2026-08-20' })
    const row = rowOf(await secretary.ok('dues.ledger', { year: 2026 }), id)
    expect(states(row)).toBe('AAAA---AAADU')
    expect(row.dueFen).toBe(8 * 20)

    // Paying for a month off the roster is refused, naming it; nothing is written.
    const before = snapshotCounts(base.db)
    const error = await secretary.err('dues.pay', pay(id, '2026-04', '2026-06', '2026-11-27'))
    expect(error.fields?.months?.message).toBe('“孙立”2026-05 不在册，这个月不需缴纳党费。')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('an exit on the 1st owes nothing for that month; a member who left is listed in the ledger of that year only', async () => {
    const id = await addMember('周平', '2024-01-01')
    await secretary.ok('dues.baseSave', { memberId: id, fromMonth: '2025-01', kind: 'farmer' })
    await secretary.ok('dues.pay', { ...pay(id, '2025-01', '2025-12', '2025-12-20'), acceptWarnings: true })
    await secretary.ok('member.exit', { id, kind: 'transfer_out', date: '2026-05-01' })
    const row = rowOf(await secretary.ok('dues.ledger', { year: 2026 }), id)
    expect(states(row)).toBe('AAAA--------')
    const arrears = await secretary.ok('dues.arrears', {})
    expect(arrears.rows.find((r) => r.memberId === id)).toMatchObject({
      onRoster: false,
      months: ['2026-01', '2026-02', '2026-03', '2026-04'],
      amountFen: 80,
      flagged: false,
    })
    // Gone before 2027: not on the roster, no payment, not in that year's ledger.
    const next = await secretary.ok('dues.ledger', { year: 2027 })
    expect(next.rows.map((r) => r.memberId)).not.toContain(id)
  })
})

describe('payments', () => {
  it('several months at once: one row per month at its computed amount, sharing a batch', async () => {
    const id = await addMember('钱进')
    await secretary.ok('dues.baseSave', employed(id, '2026-01', 3200))
    await secretary.ok('dues.baseSave', employed(id, '2026-03', 5400))
    const detail = await secretary.ok(
      'dues.pay',
      pay(id, '2026-01', '2026-04', '2026-04-05', { note: '现金' }),
    )
    const live = detail.payments.filter((p) => !p.archivedAt)
    expect(live.map((p) => [p.month, p.amountFen, p.paidOn])).toEqual([
      ['2026-04', 8100, '2026-04-05'],
      ['2026-03', 8100, '2026-04-05'],
      ['2026-02', 3200, '2026-04-05'],
      ['2026-01', 3200, '2026-04-05'],
    ])
    expect(new Set(live.map((p) => p.batchId)).size).toBe(1)
    const row = rowOf(await secretary.ok('dues.ledger', { year: 2026 }), id)
    expect(states(row)).toBe('PPPPAAAAAADU')
    expect(row.paidFen).toBe(2 * 3200 + 2 * 8100)
    expect(row.months[0]).toMatchObject({ state: 'paid', paidFen: 3200, paidOn: '2026-04-05' })
  })

  it('an amount may differ from the computed one only with a reason, which is kept', async () => {
    const id = await addMember('吴芳')
    await secretary.ok('dues.baseSave', employed(id, '2026-11', 6500))
    const input = pay(id, '2026-11', '2026-11', '2026-11-20', {
      overrides: [{ month: '2026-11', amountFen: 5000 }],
    })
    const before = snapshotCounts(base.db)
    const missing = await secretary.err('dues.pay', input)
    expect(missing.fields?.overrideReason?.message).toBe(
      '有月份的金额与按基数计算的党费不同，请填写调整原因。',
    )
    const outside = await secretary.err('dues.pay', {
      ...input,
      overrides: [{ month: '2026-10', amountFen: 5000 }],
      overrideReason: '减免',
    })
    expect(outside.fields?.overrides?.message).toContain('2026-10')
    expect(snapshotCounts(base.db)).toEqual(before)
    const detail = await secretary.ok('dues.pay', { ...input, overrideReason: '经支部同意减免' })
    expect(detail.payments[0]).toMatchObject({
      amountFen: 5000,
      computedFen: 9750,
      overrideReason: '经支部同意减免',
    })
  })

  it('a month is never paid twice: refused naming the date it was paid, nothing written', async () => {
    const id = await addMember('郑凯')
    await secretary.ok('dues.baseSave', employed(id, '2026-01', 3000))
    await secretary.ok('dues.pay', pay(id, '2026-01', '2026-03', '2026-03-05'))
    const before = snapshotCounts(base.db)
    const error = await secretary.err('dues.pay', pay(id, '2026-03', '2026-05', '2026-11-27'))
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.months?.message).toBe('“郑凯”2026-03 的党费已于 2026-03-05 缴纳，不能重复登记。')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('more than 6 months ahead needs confirmation (需经支部同意); exactly 6 does not', async () => {
    const id = await addMember('冯涛')
    await secretary.ok('dues.baseSave', employed(id, '2026-11', 3000))
    // Paid in November: up to May 2027 is 6 months ahead.
    await secretary.ok('dues.pay', pay(id, '2026-11', '2027-05', '2026-11-27'))
    const before = snapshotCounts(base.db)
    const ask = await secretary.err('dues.pay', pay(id, '2027-06', '2027-06', '2026-11-27'))
    expect(ask.code).toBe('NEEDS_CONFIRMATION')
    expect(ask.warnings?.toMonth?.message).toBe(
      '2027-06 比缴纳当月（2026-11）提前 7 个月，超过 6 个月，需经支部同意。确认已经支部同意可继续保存。',
    )
    expect(snapshotCounts(base.db)).toEqual(before)
    const detail = await secretary.ok('dues.pay', {
      ...pay(id, '2027-06', '2027-06', '2026-11-27'),
      acceptWarnings: true,
    })
    expect(detail.payments.filter((p) => !p.archivedAt)).toHaveLength(8)
    const next = rowOf(await secretary.ok('dues.ledger', { year: 2027 }), id)
    expect(states(next)).toBe('PPPPPPUUUUUU')
    // The confirmation is in the audit log.
    const audit = base.db
      .prepare("SELECT after_json FROM audit_log WHERE channel = 'dues.pay' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string
    expect(JSON.parse(audit)).toMatchObject({ acceptedWarnings: true, totalFen: 1500 })
  })

  it('more than 6 months behind the month paid in needs confirmation; a late record of an old payment does not', async () => {
    const id = await addMember('陈亮')
    await secretary.ok('dues.baseSave', employed(id, '2026-01', 3000))
    // Paid today for May: 6 months behind, no question.
    await secretary.ok('dues.pay', pay(id, '2026-05', '2026-05', '2026-11-27'))
    const ask = await secretary.err('dues.pay', pay(id, '2026-03', '2026-04', '2026-11-27'))
    expect(ask.code).toBe('NEEDS_CONFIRMATION')
    expect(ask.warnings?.fromMonth?.message).toContain('晚 8 个月补缴')
    expect(ask.warnings?.fromMonth?.message).toContain('需经支部同意')
    // January paid in January, only recorded now: judged against the month it was paid in.
    await secretary.ok('dues.pay', pay(id, '2026-01', '2026-01', '2026-01-10'))
    await secretary.ok('dues.pay', { ...pay(id, '2026-03', '2026-04', '2026-11-27'), acceptWarnings: true })
  })

  it('the payment date is not in the future, the range runs forward and is not too long; before the first base refused', async () => {
    const id = await addMember('褚云')
    const other = await addMember('无基数')
    await secretary.ok('dues.baseSave', employed(id, '2026-06', 3000))
    const before = snapshotCounts(base.db)
    const future = await secretary.err('dues.pay', pay(id, '2026-06', '2026-06', '2026-11-28'))
    expect(future.fields?.paidOn?.message).toBe('缴纳日期不能晚于今天（2026-11-27）。')
    const reversed = await secretary.err('dues.pay', pay(id, '2026-08', '2026-06', '2026-11-27'))
    expect(reversed.fields?.toMonth?.message).toBe('结束月份不能早于开始月份（2026-08）。')
    const long = await secretary.err('dues.pay', pay(id, '2026-06', '2029-06', '2026-11-27'))
    expect(long.fields?.toMonth?.message).toContain('一次最多登记 36 个月')
    const early = await secretary.err('dues.pay', pay(id, '2026-05', '2026-06', '2026-11-27'))
    expect(early.fields?.months?.message).toBe(
      '“褚云”2026-05 还没有党费基数（第一条基数自 2026-06 起），请先登记该月适用的基数。',
    )
    const none = await secretary.err('dues.pay', pay(other, '2026-11', '2026-11', '2026-11-27'))
    expect(none.fields?.fromMonth?.message).toContain('还没有登记党费基数')
    const unknown = await secretary.err('dues.pay', pay(9999, '2026-11', '2026-11', '2026-11-27'))
    expect(unknown.code).toBe('NOT_FOUND')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('冲正: the payment is archived with its reason, the month is unpaid again and can be paid anew', async () => {
    const id = await addMember('卫东')
    await secretary.ok('dues.baseSave', employed(id, '2026-01', 3000))
    const paid = await secretary.ok('dues.pay', pay(id, '2026-10', '2026-11', '2026-11-05'))
    const october = paid.payments.find((p) => p.month === '2026-10')!
    const reversed = await secretary.ok('dues.paymentArchive', { id: october.id, reason: '录错党员' })
    expect(reversed.payments.find((p) => p.id === october.id)).toMatchObject({
      archiveReason: '录错党员',
      amountFen: 1500,
    })
    expect(reversed.payments).toHaveLength(2)
    const row = rowOf(await secretary.ok('dues.ledger', { year: 2026 }), id)
    expect(row.months[9]?.state).toBe('arrears')
    expect(row.months[10]?.state).toBe('paid')
    const twice = await secretary.err('dues.paymentArchive', { id: october.id, reason: '再冲' })
    expect(twice.code).toBe('CONFLICT')
    expect(twice.message).toContain('已于')
    const again = await secretary.ok('dues.pay', pay(id, '2026-10', '2026-10', '2026-11-20'))
    expect(again.payments.filter((p) => p.month === '2026-10').map((p) => p.archivedAt === null)).toEqual([
      true,
      false,
    ])
    expect(base.db.prepare('SELECT count(*) FROM dues_payment').pluck().get()).toBe(3)
  })
})

describe('arrears (欠缴) and the 6-month flag', () => {
  it('6 consecutive unpaid months are flagged, 5 are not; the current month is due, not yet in arrears', async () => {
    const six = await addMember('六个月')
    const five = await addMember('五个月')
    for (const id of [six, five]) await secretary.ok('dues.baseSave', employed(id, '2026-01', 3000))
    await secretary.ok('dues.pay', pay(six, '2026-01', '2026-04', '2026-04-02')) // May–Oct unpaid: 6
    await secretary.ok('dues.pay', pay(five, '2026-01', '2026-05', '2026-05-02')) // Jun–Oct unpaid: 5
    const arrears = await secretary.ok('dues.arrears', {})
    expect(arrears.currentMonth).toBe('2026-11')
    expect(arrears.rows.map((r) => [r.name, r.months.length, r.longestRun, r.flagged])).toEqual([
      ['六个月', 6, 6, true],
      ['五个月', 5, 5, false],
    ])
    expect(arrears.rows[0]).toMatchObject({ runFrom: '2026-05', runTo: '2026-10', amountFen: 6 * 1500 })
    expect(arrears).toMatchObject({ flaggedCount: 1, totalFen: 11 * 1500 })
    const ledger = await secretary.ok('dues.ledger', { year: 2026 })
    expect(rowOf(ledger, six).flagged).toBe(true)
    expect(rowOf(ledger, five).flagged).toBe(false)
    // On 1 December November becomes arrears: the second member reaches 6 too.
    base.setToday('2026-12-01')
    const later = await secretary.ok('dues.arrears', {})
    expect(later.rows.map((r) => [r.name, r.longestRun, r.flagged])).toEqual([
      ['六个月', 7, true],
      ['五个月', 6, true],
    ])
  })

  it('paid months break the run: 3 + 3 unpaid months with one paid between are not flagged', async () => {
    const id = await addMember('断续')
    await secretary.ok('dues.baseSave', employed(id, '2026-04', 3000))
    await secretary.ok('dues.pay', pay(id, '2026-07', '2026-07', '2026-07-02'))
    const row = (await secretary.ok('dues.arrears', {})).rows[0]!
    expect(row.months).toEqual(['2026-04', '2026-05', '2026-06', '2026-08', '2026-09', '2026-10'])
    expect(row).toMatchObject({ longestRun: 3, flagged: false })
    expect((await secretary.ok('dues.member', { memberId: id })).arrears).toMatchObject({ flagged: false })
  })
})

describe('the yearly ledger', () => {
  it('totals per member, per month and in all agree with the cells', async () => {
    const a = await addMember('甲')
    const b = await addMember('乙', '2026-03-10')
    const c = await addMember('丙')
    await secretary.ok('dues.baseSave', employed(a, '2026-01', 6500))
    await secretary.ok('dues.baseSave', {
      memberId: b,
      fromMonth: '2026-03',
      kind: 'retired',
      baseFen: 520_000,
    })
    await secretary.ok('dues.baseSave', { memberId: c, fromMonth: '2025-01', kind: 'relief' })
    await secretary.ok('dues.pay', { ...pay(a, '2026-01', '2026-11', '2026-11-02'), acceptWarnings: true })
    await secretary.ok('dues.pay', pay(b, '2026-03', '2026-08', '2026-08-02'))
    await secretary.ok('dues.pay', {
      ...pay(a, '2026-12', '2026-12', '2026-11-02', { overrides: [{ month: '2026-12', amountFen: 10_000 }] }),
      overrideReason: '多缴凑整',
    })
    const ledger = await secretary.ok('dues.ledger', { year: 2026 })
    expect(ledger.rows.map((r) => r.name)).toEqual(['丙', '乙', '甲'].sort())
    const [ra, rb, rc] = [rowOf(ledger, a), rowOf(ledger, b), rowOf(ledger, c)]
    expect(states(ra)).toBe('PPPPPPPPPPPP')
    expect(ra).toMatchObject({ dueFen: 11 * 9750, paidFen: 11 * 9750 + 10_000, arrearsFen: 0 })
    expect(states(rb)).toBe('--PPPPPPAADU')
    expect(rb).toMatchObject({ dueFen: 9 * 5200, paidFen: 6 * 5200, arrearsFen: 2 * 5200 })
    expect(states(rc)).toBe('AAAAAAAAAADU')
    expect(rc).toMatchObject({ dueFen: 11 * 20, paidFen: 0, arrearsFen: 10 * 20 })
    for (const key of ['dueFen', 'paidFen', 'arrearsFen'] as const) {
      expect(ledger.totals[key]).toBe(ra[key] + rb[key] + rc[key])
      expect(ledger.monthTotals.reduce((n, m) => n + m[key], 0)).toBe(ledger.totals[key])
    }
    expect(ledger.monthTotals[11]).toMatchObject({
      month: '2026-12',
      dueFen: 0,
      paidFen: 10_000,
      arrearsFen: 0,
    })
    expect(ledger.monthTotals[2]).toMatchObject({
      dueFen: 9750 + 5200 + 20,
      paidFen: 9750 + 5200,
      arrearsFen: 20,
    })
    expect(ledger.withoutBase).toBe(0)
    await addMember('丁')
    expect((await secretary.ok('dues.ledger', { year: 2026 })).withoutBase).toBe(1)
  })
})

describe('the Excel export of the ledger', () => {
  it('has names and amounts, never an ID number, and is recorded in the audit log', async () => {
    const a = await addMember('张建国')
    const b = await addMember('李秀英')
    await secretary.ok('dues.baseSave', employed(a, '2026-01', 6500))
    await secretary.ok('dues.baseSave', {
      memberId: b,
      fromMonth: '2026-01',
      kind: 'retired',
      baseFen: 480_000,
    })
    await secretary.ok('dues.pay', pay(a, '2026-01', '2026-06', '2026-06-30'))
    const file = await secretary.ok('dues.export', { year: 2026, labels: {} })
    expect(file.fileName).toBe('2026 年党费台账-2026-11-27.xlsx')
    expect(file.rows).toBe(2)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer)
    const sheet = workbook.worksheets[0]!
    const cells: string[][] = []
    sheet.eachRow((row) =>
      cells.push((row.values as (string | number | null | undefined)[]).slice(1).map((v) => String(v ?? ''))),
    )
    expect(cells[0]?.slice(0, 4)).toEqual(['姓名', '党费类别', '月缴党费（元）', '1 月'])
    const zhang = cells.find((r) => r[0] === '张建国')!
    expect(zhang.slice(1, 4)).toEqual(['在职', '97.5', '已缴 97.50'])
    expect(zhang[9]).toBe('欠缴 97.50') // July
    expect(zhang[14]).toBe('未到期 97.50') // December
    expect(zhang.slice(15, 18)).toEqual(['1072.5', '585', '390'])
    expect(cells.find((r) => r[0] === '李秀英')?.[18]).toBe('是') // 连续 6 个月未缴
    expect(cells.at(-1)?.[0]).toBe('合计')
    const text = JSON.stringify(cells)
    for (const idNumber of idNumbers) expect(text).not.toContain(idNumber)
    expect(text).not.toContain('370***') // not even masked
    const audit = base.db
      .prepare("SELECT entity, after_json FROM audit_log WHERE channel = 'dues.export'")
      .all() as { entity: string; after_json: string }[]
    expect(audit).toHaveLength(1)
    expect(audit[0]?.entity).toBe('export')
    expect(JSON.parse(audit[0]!.after_json)).toEqual({ table: 'duesLedger', year: 2026, rows: 2 })
  })

  it('uses the words sent by the renderer (another language)', async () => {
    const a = await addMember('张建国')
    await secretary.ok('dues.baseSave', { memberId: a, fromMonth: '2026-01', kind: 'student' })
    const file = await secretary.ok('dues.export', {
      year: 2026,
      labels: {
        'title.ledger': 'Dues ledger 2026',
        'heading.name': 'Name',
        'heading.month': 'M{month}',
        'kind.student': 'Student',
      },
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('Dues ledger 2026')
    expect(sheet.getRow(1).getCell(1).value).toBe('Name')
    expect(sheet.getRow(1).getCell(4).value).toBe('M1')
    expect(sheet.getRow(2).getCell(2).value).toBe('Student')
  })
})

describe('the audit log', () => {
  it('records bases without the income figure, and payments with their amounts', async () => {
    const id = await addMember('隐私')
    await secretary.ok('dues.baseSave', { ...employed(id, '2026-11', 8765), note: '调资' })
    await secretary.ok('dues.pay', pay(id, '2026-11', '2026-11', '2026-11-27'))
    const rows = base.db
      .prepare("SELECT channel, after_json FROM audit_log WHERE channel LIKE 'dues.%' ORDER BY id")
      .all() as { channel: string; after_json: string }[]
    expect(rows.map((r) => r.channel)).toEqual(['dues.baseSave', 'dues.pay'])
    expect(rows[0]?.after_json).not.toContain('876500')
    expect(JSON.parse(rows[0]!.after_json)).toEqual({
      member: '隐私',
      fromMonth: '2026-11',
      kind: 'employed',
      note: '调资',
    })
    expect(JSON.parse(rows[1]!.after_json)).toMatchObject({ totalFen: 13_148 })
  })
})

describe('permissions', () => {
  it('only 支部书记 and 党务 see or record dues', async () => {
    const id = await addMember('权限')
    const affairs = await base.as(['party_affairs'])
    await affairs.ok('dues.baseSave', employed(id, '2026-11', 3000))
    expect((await affairs.ok('dues.ledger', { year: 2026 })).rows).toHaveLength(1)
    for (const role of ['admin', 'front_desk', 'mentor', 'read_only'] as const) {
      const other = await base.as([role], `${role}-dues`)
      expect((await other.err('dues.ledger', { year: 2026 })).code).toBe('FORBIDDEN')
      expect((await other.err('dues.member', { memberId: id })).code).toBe('FORBIDDEN')
      expect((await other.err('dues.pay', pay(id, '2026-11', '2026-11', '2026-11-27'))).code).toBe(
        'FORBIDDEN',
      )
      expect((await other.err('dues.export', { year: 2026, labels: {} })).code).toBe('FORBIDDEN')
    }
    expect(base.db.prepare('SELECT count(*) FROM dues_payment').pluck().get()).toBe(0)
  })
})

describe('demo data', () => {
  it('gives every member on the roster a base, two years of payments, a few arrears and one 6-month flag', async () => {
    const births = [1968, 1949, 1979, 1985, 1990, 1955, 2004, 1972, 1988, 1993, 1960, 1983, 1976, 1995]
    const ids: number[] = []
    for (const [i, year] of births.entries()) ids.push(await addMember(`示例${i + 1}`, '2022-03-01', year))
    const late = await addMember('新转入', '2026-09-14', 1991)
    await secretary.ok('member.exit', { id: ids[2]!, kind: 'transfer_out', date: '2026-02-10' })
    const result = base.db.transaction(() =>
      loadDemoDues(base.db, { today: TODAY, timestamp: '2026-11-27T09:00:00+08:00' }),
    )()
    expect(result.duesPayments).toBe(base.db.prepare('SELECT count(*) FROM dues_payment').pluck().get())
    expect(result.duesPayments).toBeGreaterThan(200)

    const ledger = await secretary.ok('dues.ledger', { year: 2026 })
    expect(ledger.withoutBase).toBe(0)
    expect(new Set(ledger.rows.map((r) => r.kind))).toEqual(
      new Set(['employed', 'retired', 'student', 'farmer', 'unemployed']),
    )
    expect(states(rowOf(ledger, late))).toMatch(/^--------[PD]{2}[PD]/)
    // The member who left in February still paid up to then.
    expect(states(rowOf(ledger, ids[2]!))).toMatch(/^PP-{10}$/)
    const arrears = await secretary.ok('dues.arrears', {})
    expect(arrears.flaggedCount).toBe(1)
    expect(arrears.rows[0]).toMatchObject({ flagged: true, longestRun: 8 })
    expect(arrears.rows.length).toBeGreaterThanOrEqual(2)
    expect(arrears.rows.length).toBeLessThanOrEqual(5)
    const last = await secretary.ok('dues.ledger', { year: 2025 })
    const cells = last.rows.flatMap((r) => r.months)
    expect(cells.filter((c) => c.state === 'paid').length / cells.length).toBeGreaterThan(0.8)
    // Every amount is the computed one; nothing was paid twice.
    expect(
      base.db.prepare('SELECT count(*) FROM dues_payment WHERE amount_fen != computed_fen').pluck().get(),
    ).toBe(0)
    // The data works with the channels: a flagged member pays what is owed.
    const flagged = arrears.rows[0]!
    await secretary.ok('dues.pay', {
      ...pay(flagged.memberId, flagged.months[0]!, flagged.months.at(-1)!, TODAY),
      acceptWarnings: true,
    })
    expect((await secretary.ok('dues.arrears', {})).flaggedCount).toBe(0)
  }, 30_000)
})
