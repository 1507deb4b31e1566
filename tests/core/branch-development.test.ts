// 发展党员 through dispatch: the pipeline step by step, admission putting the person on the roster as 预备党员,
// 转正 making them 正式 from the day probation ends, every refusal leaving the database as it was, and who may
// do it. The demo people are loaded onto a roster of 正式党员 made here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { DevelopmentRecord } from '../../src-main/shared/entities'
import { categoryOn, isOnRoster, memberPeriods, rosterOn } from '../../src-main/core/members/roster'
import { loadDemoDevelopment } from '../../src-main/core/demo/development'
import { ADMITTED_NOTE } from '../../src-main/core/branch/development'
import { freshBase, snapshotCounts, type Caller, type TestBase } from './helpers'
import { addMembers, idNumberFor } from './party-fixtures'

const TODAY = '2026-11-27'

let base: TestBase
let secretary: Caller
/** 正式党员 on the roster from 2020-01-01. */
let sponsors: number[]

beforeEach(async () => {
  base = await freshBase({ today: TODAY })
  secretary = await base.as(['branch_secretary'])
  sponsors = await addMembers(secretary, ['王建国', '李秀英', '张志强'])
}, 20_000)
afterEach(() => base.close())

function person(
  overrides: Partial<ChannelInput<'development.create'>> = {},
): ChannelInput<'development.create'> {
  const birthDate = overrides.birthDate ?? '1998-05-04'
  const gender = overrides.gender ?? 'female'
  return {
    name: '林晓雨',
    gender,
    birthDate,
    idNumber: idNumberFor(birthDate, gender),
    post: '社工',
    phone: '13805351234',
    appliedOn: '2024-02-29',
    ...overrides,
  }
}

const checkOf = (r: DevelopmentRecord, key: string) => r.checks.find((c) => c.key === key)

/** Creates someone and takes them to 发展对象 (applied 2024-02-29, activist 2024-03-29, candidate 2025-03-29). */
async function candidate(
  overrides: Partial<ChannelInput<'development.create'>> = {},
): Promise<DevelopmentRecord> {
  const created = await secretary.ok(
    'development.create',
    person({ interviewedOn: '2024-03-10', ...overrides }),
  )
  await secretary.ok('development.advance', { id: created.id, stage: 'activist', date: '2024-03-29' })
  await secretary.ok('development.addReview', { id: created.id, reviewedOn: '2024-09-20', note: '表现良好' })
  await secretary.ok('development.addReview', { id: created.id, reviewedOn: '2025-03-20', note: '进步明显' })
  return secretary.ok('development.advance', { id: created.id, stage: 'candidate', date: '2025-03-29' })
}

/** …and admits them on 2025-06-01 with two sponsors and 3 days of training. */
async function admitted(): Promise<DevelopmentRecord> {
  const c = await candidate()
  await secretary.ok('development.setSponsors', {
    id: c.id,
    sponsors: [
      { memberId: sponsors[0]!, namedOn: '2025-03-29' },
      { memberId: sponsors[1]!, namedOn: '2025-03-29' },
    ],
  })
  await secretary.ok('development.update', { ...editable(c), trainingDays: 3, trainedOn: '2025-05-20' })
  return secretary.ok('development.advance', { id: c.id, stage: 'probationary', date: '2025-06-01' })
}

/** The update payload that keeps a record as it is. */
function editable(r: DevelopmentRecord): ChannelInput<'development.update'> {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birthDate,
    organizationId: r.organizationId,
    post: r.post,
    phone: r.phone,
    appliedOn: r.appliedOn,
    interviewedOn: r.interviewedOn,
    trainingDays: r.trainingDays,
    trainingHours: r.trainingHours,
    trainedOn: r.trainedOn,
    note: r.note,
  }
}

/** Calls that must fail and write nothing at all (not even an audit row). */
async function refused(channel: Parameters<Caller['err']>[0], input: unknown) {
  const before = snapshotCounts(base.db)
  const rows = base.db.prepare('SELECT * FROM development_record ORDER BY id').all()
  const error = await secretary.err(channel, input)
  expect(snapshotCounts(base.db)).toEqual(before)
  expect(base.db.prepare('SELECT * FROM development_record ORDER BY id').all()).toEqual(rows)
  return error
}

describe('入党申请人 → 入党积极分子 → 发展对象', () => {
  it('an application on 2024-02-29: the interview is due by 2024-03-29, the ID number is kept masked', async () => {
    base.setToday('2024-03-05')
    const created = await secretary.ok(
      'development.create',
      person({ idNumber: idNumberFor('1998-05-04', 'female') }),
    )
    expect(created).toMatchObject({ stage: 'applicant', stageDate: '2024-02-29', worst: 'due' })
    expect(created.idNumberMasked).toMatch(/^370\*{11}\d{3}[\dX]$/)
    expect(checkOf(created, 'interview')).toMatchObject({ status: 'due', dueDate: '2024-03-29' })
    expect(checkOf(created, 'age')?.status).toBe('passed')
    base.setToday('2024-03-30')
    const late = await secretary.ok('development.get', { id: created.id })
    expect(checkOf(late, 'interview')?.status).toBe('violated')
    const list = await secretary.ok('development.list', {})
    expect(list.items[0]).toMatchObject({ name: '林晓雨', worst: 'violated', violations: ['interview'] })
  })

  it('the audit log has the masked number only', async () => {
    const id = idNumberFor('1998-05-04', 'female')
    await secretary.ok('development.create', person({ idNumber: id }))
    const audit = JSON.stringify(
      base.db.prepare("SELECT * FROM audit_log WHERE channel LIKE 'development.%'").all(),
    )
    expect(audit).toContain('林晓雨')
    expect(audit).not.toContain(id)
    expect(audit).toContain(`${id.slice(0, 3)}***********${id.slice(-4)}`)
  })

  it('the ID number must agree with birth date and gender; someone on the roster cannot be entered', async () => {
    const mismatch = await refused(
      'development.create',
      person({ idNumber: idNumberFor('1998-05-05', 'female') }),
    )
    expect(mismatch.fields?.birthDate?.key).toBe('member.birthMismatch')
    const gender = await refused(
      'development.create',
      person({ gender: 'male', idNumber: idNumberFor('1998-05-04', 'female') }),
    )
    expect(gender.fields?.gender?.key).toBe('member.genderMismatch')
    const onRoster = base.db
      .prepare('SELECT id_number FROM party_member WHERE id = ?')
      .pluck()
      .get(sponsors[0]) as string
    const member = await refused(
      'development.create',
      person({ idNumber: onRoster, birthDate: '1985-05-20', gender: 'male' }),
    )
    expect(member.fields?.idNumber?.message).toContain('王建国')
  })

  it('moving on needs the interview, an adult applicant and a full year as 入党积极分子', async () => {
    const c = await secretary.ok('development.create', person())
    const noInterview = await refused('development.advance', {
      id: c.id,
      stage: 'activist',
      date: '2024-03-29',
    })
    expect(noInterview.key).toBe('development.interviewFirst')

    // Applied the day before turning 18: recorded and shown, but not taken further.
    const young = await secretary.ok(
      'development.create',
      person({
        name: '高一鸣',
        birthDate: '2006-02-28',
        appliedOn: '2024-02-27',
        interviewedOn: '2024-03-01',
      }),
    )
    expect(checkOf(young, 'age')).toMatchObject({ status: 'violated', dueDate: '2024-02-28' })
    const under = await refused('development.advance', {
      id: young.id,
      stage: 'activist',
      date: '2024-04-01',
    })
    expect(under.message).toContain('2024-02-28 年满 18 周岁')

    const wrongOrder = await refused('development.advance', {
      id: c.id,
      stage: 'candidate',
      date: '2025-06-01',
    })
    expect(wrongOrder.key).toBe('development.toCandidateStage')

    await secretary.ok('development.update', { ...editable(c), interviewedOn: '2024-03-10' })
    const early = await refused('development.advance', { id: c.id, stage: 'activist', date: '2024-03-09' })
    expect(early.fields?.date?.key).toBe('development.beforeStep')
    const future = await refused('development.advance', { id: c.id, stage: 'activist', date: '2026-11-28' })
    expect(future.fields?.date?.key).toBe('field.dateFuture')
    const activist = await secretary.ok('development.advance', {
      id: c.id,
      stage: 'activist',
      date: '2024-03-29',
    })
    expect(activist).toMatchObject({ stage: 'activist', activistOn: '2024-03-29' })
    // 2024-03-29 + 1 year = 2025-03-29: the day before is refused.
    const short = await refused('development.advance', { id: c.id, stage: 'candidate', date: '2025-03-28' })
    expect(short.fields?.date?.message).toContain('2025-03-29')
    const ok = await secretary.ok('development.advance', { id: c.id, stage: 'candidate', date: '2025-03-29' })
    expect(ok).toMatchObject({ stage: 'candidate', candidateOn: '2025-03-29' })
    expect(checkOf(ok, 'activistPeriod')?.status).toBe('passed')
    // No reviews were recorded: the half-year marks 2024-09-29 and 2025-03-29... the first is missed.
    expect(checkOf(ok, 'reviews')).toMatchObject({ status: 'violated', dueDate: '2024-09-29' })
  })
})

describe('sponsors: 正式党员 on the roster the day they are named', () => {
  it('a 预备党员, someone not yet 正式 that day, or someone who had left is refused; the same person twice too', async () => {
    const c = await candidate()
    const [probationary] = await addMembers(secretary, ['周新'], {
      category: 'probationary',
      joinedOn: '2024-07-01',
      entryDate: '2024-07-01',
    })
    const [lateFull] = await addMembers(secretary, ['吴彤'], {
      category: 'full',
      fullOn: '2025-04-01',
      joinedOn: '2024-04-01',
      entryDate: '2024-04-01',
    })
    await secretary.ok('member.exit', { id: sponsors[2]!, kind: 'transfer_out', date: '2025-01-01' })

    const named = (memberId: number, namedOn = '2025-03-29') => ({
      id: c.id,
      sponsors: [
        { memberId: sponsors[0]!, namedOn: '2025-03-29' },
        { memberId, namedOn },
      ],
    })
    expect(
      (await refused('development.setSponsors', named(probationary!))).fields?.sponsors?.message,
    ).toContain('周新')
    expect((await refused('development.setSponsors', named(lateFull!))).fields?.sponsors?.message).toContain(
      '2025-03-29 不是在册的正式党员',
    )
    expect((await refused('development.setSponsors', named(sponsors[2]!))).fields?.sponsors?.key).toBe(
      'development.sponsorNotFull',
    )
    expect((await refused('development.setSponsors', named(sponsors[0]!))).fields?.sponsors?.key).toBe(
      'development.sponsorTwice',
    )
    // 正式 from 2025-04-01: named that day, accepted.
    const ok = await secretary.ok('development.setSponsors', named(lateFull!, '2025-04-01'))
    expect(ok.sponsors.map((s) => [s.memberName, s.qualified])).toEqual([
      ['王建国', true],
      ['吴彤', true],
    ])
    expect(checkOf(ok, 'sponsors')?.status).toBe('passed')
    const options = await secretary.ok('development.sponsorOptions', { date: '2025-03-29' })
    expect(options.map((o) => o.name).sort()).toEqual(['李秀英', '王建国'].sort())
  })

  it('replacing a sponsor keeps the old row, marked replaced', async () => {
    const c = await candidate()
    await secretary.ok('development.setSponsors', {
      id: c.id,
      sponsors: [
        { memberId: sponsors[0]!, namedOn: '2025-03-29' },
        { memberId: sponsors[1]!, namedOn: '2025-03-29' },
      ],
    })
    const after = await secretary.ok('development.setSponsors', {
      id: c.id,
      sponsors: [
        { memberId: sponsors[0]!, namedOn: '2025-03-29' },
        { memberId: sponsors[2]!, namedOn: '2025-04-10' },
      ],
    })
    expect(after.sponsors.map((s) => s.memberName)).toEqual(['王建国', '张志强'])
    const rows = base.db
      .prepare('SELECT member_id, replaced_at FROM development_sponsor ORDER BY id')
      .all() as {
      member_id: number
      replaced_at: string | null
    }[]
    expect(rows.map((r) => [r.member_id, r.replaced_at !== null])).toEqual([
      [sponsors[0], false],
      [sponsors[1], true],
      [sponsors[2], false],
    ])
  })
})

describe('支部大会接收: onto the roster as 预备党员', () => {
  it('is refused without two sponsors or enough training, and writes nothing', async () => {
    const c = await candidate()
    const noSponsors = await refused('development.advance', {
      id: c.id,
      stage: 'probationary',
      date: '2025-06-01',
    })
    expect(noSponsors.key).toBe('development.sponsorsNeeded')
    await secretary.ok('development.setSponsors', {
      id: c.id,
      sponsors: [
        { memberId: sponsors[0]!, namedOn: '2025-03-29' },
        { memberId: sponsors[1]!, namedOn: '2025-05-01' },
      ],
    })
    // The second sponsor was named after that meeting: only one counts.
    const laterSponsor = await refused('development.advance', {
      id: c.id,
      stage: 'probationary',
      date: '2025-04-30',
    })
    expect(laterSponsor.message).toContain('1 名')
    await secretary.ok('development.update', { ...editable(c), trainingDays: 2, trainingHours: 23 })
    const training = await refused('development.advance', {
      id: c.id,
      stage: 'probationary',
      date: '2025-06-01',
    })
    expect(training.key).toBe('development.trainingNeeded')
    expect(base.db.prepare("SELECT count(*) FROM party_member WHERE name = '林晓雨'").pluck().get()).toBe(0)
  })

  it('creates the 预备党员 from the meeting date, with the entry 接收 and the organisation and post copied', async () => {
    const r = await admitted()
    expect(r).toMatchObject({ stage: 'probationary', admittedOn: '2025-06-01', probationEnd: '2026-06-01' })
    expect(r.memberId).not.toBeNull()
    const member = await secretary.ok('member.get', { id: r.memberId! })
    expect(member).toMatchObject({
      name: '林晓雨',
      category: 'probationary',
      joinedOn: '2025-06-01',
      post: '社工',
      idNumberMasked: r.idNumberMasked,
    })
    expect(
      memberPeriods(base.db, r.memberId!).map((p) => [p.start_date, p.start_kind, p.start_note]),
    ).toEqual([['2025-06-01', 'admitted', ADMITTED_NOTE]])
    expect(isOnRoster(base.db, r.memberId!, '2025-05-31')).toBe(false)
    expect(isOnRoster(base.db, r.memberId!, '2025-06-01')).toBe(true)
    // Admitted on 2025-06-01 and never approved: past 6 months (2025-12-01) it is a violation.
    expect(checkOf(r, 'approval')).toMatchObject({ status: 'violated', dueDate: '2025-12-01' })
    // Person fields now live on the roster.
    const locked = await refused('development.update', { ...editable(r), name: '林小雨' })
    expect(locked.key).toBe('development.personLocked')
    const frozen = await refused('development.setSponsors', { id: r.id, sponsors: [] })
    expect(frozen.key).toBe('development.sponsorsFrozen')
  })
})

describe('转正: 正式党员 from the day probation ends', () => {
  it('needs the approval and the end of probation; then the member is 正式 from 2026-06-01', async () => {
    const r = await admitted()
    const noApproval = await refused('development.advance', { id: r.id, stage: 'full', date: '2026-06-05' })
    expect(noApproval.key).toBe('development.notApproved')
    const approved = await secretary.ok('development.approve', { id: r.id, date: '2025-08-15' })
    expect(checkOf(approved, 'approval')?.status).toBe('passed')
    const early = await refused('development.advance', { id: r.id, stage: 'full', date: '2026-05-31' })
    expect(early.fields?.date?.message).toContain('2026-06-01 届满')
    const full = await secretary.ok('development.advance', { id: r.id, stage: 'full', date: '2026-06-10' })
    expect(full).toMatchObject({
      stage: 'full',
      fullDecidedOn: '2026-06-10',
      fullOn: '2026-06-01',
      worst: 'passed',
    })
    const m = base.db.prepare('SELECT category, full_on FROM party_member WHERE id = ?').get(r.memberId) as {
      category: 'full' | 'probationary'
      full_on: string
    }
    expect(m).toEqual({ category: 'full', full_on: '2026-06-01' })
    expect(categoryOn({ category: m.category, fullOn: m.full_on }, '2026-05-31')).toBe('probationary')
    const on = (date: string) => rosterOn(base.db, date).find((e) => e.memberId === r.memberId)?.category
    expect([on('2026-05-31'), on('2026-06-01')]).toEqual(['probationary', 'full'])
    expect((await refused('development.advance', { id: r.id, stage: 'full', date: '2026-06-11' })).key).toBe(
      'development.closedFull',
    )
    expect((await refused('development.disqualify', { id: r.id, date: '2026-07-01', reason: '—' })).key).toBe(
      'development.fullCannotDisqualify',
    )
  })

  it('extension: once, 6–12 months, decided by the end; 转正 then waits for the extended end', async () => {
    const r = await admitted()
    await secretary.ok('development.approve', { id: r.id, date: '2025-07-01' })
    const tooLate = await refused('development.extendProbation', {
      id: r.id,
      months: 6,
      decidedOn: '2026-06-02',
      reason: '需继续考察',
    })
    expect(tooLate.fields?.decidedOn?.key).toBe('development.extensionTooLate')
    const range = await refused('development.extendProbation', {
      id: r.id,
      months: 13,
      decidedOn: '2026-05-20',
      reason: '需继续考察',
    })
    expect(range.fields?.months?.key).toBe('development.extensionRange')
    const ext = await secretary.ok('development.extendProbation', {
      id: r.id,
      months: 6,
      decidedOn: '2026-06-01',
      reason: '需继续考察',
    })
    expect(ext).toMatchObject({ extensionMonths: 6, probationEnd: '2026-12-01' })
    expect(checkOf(ext, 'extension')?.status).toBe('passed')
    const again = await refused('development.extendProbation', {
      id: r.id,
      months: 6,
      decidedOn: '2026-06-01',
      reason: '再延长',
    })
    expect(again.key).toBe('development.extendedAlready')
    base.setToday('2026-12-15')
    expect(
      (await refused('development.advance', { id: r.id, stage: 'full', date: '2026-11-30' })).fields?.date
        ?.key,
    ).toBe('development.probationNotOver')
    const full = await secretary.ok('development.advance', { id: r.id, stage: 'full', date: '2026-12-10' })
    expect(full.fullOn).toBe('2026-12-01')
  })
})

describe('取消资格', () => {
  it('of a 预备党员: off the roster that day, the period ended as 出党 noted 取消预备党员资格', async () => {
    const r = await admitted()
    const out = await secretary.ok('development.disqualify', {
      id: r.id,
      date: '2025-10-01',
      reason: '不履行党员义务',
    })
    expect(out).toMatchObject({ stage: 'disqualified', disqualifiedOn: '2025-10-01' })
    const periods = memberPeriods(base.db, r.memberId!)
    expect(periods.map((p) => [p.end_date, p.end_kind, p.end_note])).toEqual([
      ['2025-10-01', 'expelled', '取消预备党员资格'],
    ])
    expect(isOnRoster(base.db, r.memberId!, '2025-09-30')).toBe(true)
    expect(isOnRoster(base.db, r.memberId!, '2025-10-01')).toBe(false)
    const closed = await refused('development.addReview', {
      id: r.id,
      reviewedOn: '2025-09-01',
      note: '补录',
    })
    expect(closed.key).toBe('development.closedDisqualified')
  })

  it('of an 入党积极分子 before the last step date is refused; the person may then apply again', async () => {
    const c = await candidate()
    const before = await refused('development.disqualify', {
      id: c.id,
      date: '2025-03-28',
      reason: '本人申请',
    })
    expect(before.fields?.date?.key).toBe('development.beforeStep')
    await secretary.ok('development.disqualify', { id: c.id, date: '2025-04-10', reason: '本人申请' })
    const again = await secretary.ok(
      'development.create',
      person({
        idNumber: base.db
          .prepare('SELECT id_number FROM development_record WHERE id = ?')
          .pluck()
          .get(c.id) as string,
        appliedOn: '2026-01-05',
      }),
    )
    expect(again.stage).toBe('applicant')
  })
})

describe('steps due and the pipeline', () => {
  it('lists the steps due in the next 30 days and counts people per stage', async () => {
    base.setToday('2025-05-20')
    await candidate({ name: '林晓雨' })
    await secretary.ok(
      'development.create',
      person({
        name: '宋佳',
        appliedOn: '2025-05-01',
        birthDate: '1995-01-01',
        idNumber: idNumberFor('1995-01-01', 'female'),
      }),
    )
    const overview = await secretary.ok('development.upcoming', {})
    expect(overview).toMatchObject({ today: '2025-05-20', days: 30, until: '2025-06-19' })
    expect(overview.counts).toMatchObject({ applicant: 1, candidate: 1, activist: 0, probationary: 0 })
    expect(overview.items.map((i) => [i.name, i.key, i.dueDate])).toEqual([
      ['宋佳', 'interview', '2025-06-01'],
    ])
    // The candidate's next half-year mark is 2025-09-29: 120 days ahead, listed when asked for more days.
    const longer = await secretary.ok('development.upcoming', { days: 150 })
    expect(longer.items.map((i) => [i.name, i.key, i.dueDate])).toContainEqual([
      '林晓雨',
      'reviews',
      '2025-09-29',
    ])
  })

  it('the list filters by stage and search', async () => {
    await candidate()
    await secretary.ok(
      'development.create',
      person({
        name: '宋佳',
        birthDate: '1995-01-01',
        idNumber: idNumberFor('1995-01-01', 'female'),
        post: '会计',
      }),
    )
    expect((await secretary.ok('development.list', { stage: 'candidate' })).items.map((i) => i.name)).toEqual(
      ['林晓雨'],
    )
    expect((await secretary.ok('development.list', { search: '会计' })).items.map((i) => i.name)).toEqual([
      '宋佳',
    ])
    expect((await secretary.ok('development.list', {})).total).toBe(2)
  })
})

describe('who may do it', () => {
  it('branch roles read and write; others are refused and nothing is written', async () => {
    const affairs = await base.as(['party_affairs'])
    const created = await affairs.ok('development.create', person())
    expect(created.stage).toBe('applicant')
    for (const role of ['front_desk', 'mentor', 'read_only'] as const) {
      const caller = await base.as([role])
      const before = snapshotCounts(base.db)
      expect((await caller.err('development.list', {})).code).toBe('FORBIDDEN')
      expect((await caller.err('development.create', person({ name: '某人' }))).code).toBe('FORBIDDEN')
      expect(
        (await caller.err('development.advance', { id: created.id, stage: 'activist', date: '2024-03-01' }))
          .code,
      ).toBe('FORBIDDEN')
      expect(snapshotCounts(base.db)).toEqual(before)
    }
    // The administrator runs the base, not the branch.
    expect((await base.err('development.get', { id: created.id })).code).toBe('FORBIDDEN')
  })
})

describe('示例数据', () => {
  it('people at every stage, one violated check, one extended probation, sponsors from the roster', () => {
    const result = base.db.transaction(() =>
      loadDemoDevelopment(base.db, { today: TODAY, timestamp: '2026-11-27T09:00:00+08:00' }),
    )()
    expect(result.developing).toBe(12)
    return secretary.ok('development.upcoming', {}).then(async (overview) => {
      expect(overview.counts).toEqual({
        applicant: 3,
        activist: 2,
        candidate: 2,
        probationary: 3,
        full: 1,
        disqualified: 1,
      })
      expect(overview.violated).toBe(1)
      expect(overview.items.length).toBeGreaterThanOrEqual(3)
      const list = await secretary.ok('development.list', { pageSize: 20 })
      const violated = list.items.filter((i) => i.worst === 'violated')
      expect(violated.map((i) => [i.name, i.violations])).toEqual([['赵子涵', ['interview']]])
      const extended = list.items.find((i) => i.name === '黄婷')
      const record = await secretary.ok('development.get', { id: extended!.id })
      expect(record.extensionMonths).toBe(6)
      expect(checkOf(record, 'extension')?.status).toBe('passed')
      // Every sponsor was a 正式党员 on the roster the day named; every admitted person is on the roster.
      for (const item of list.items) {
        const r = await secretary.ok('development.get', { id: item.id })
        expect(r.sponsors.every((s) => s.qualified)).toBe(true)
        if (r.stage === 'probationary' || r.stage === 'full')
          expect(isOnRoster(base.db, r.memberId!, TODAY)).toBe(true)
      }
    })
  })
})
