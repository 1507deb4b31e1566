// 发展党员 timers at their boundaries: the day before, the day itself and the day after, with the month-end
// cases (2024-02-29, 2023-02-28 → 2024-02-28/29). The checks are one pure function shared by core and screens.
import { describe, expect, it } from 'vitest'
import {
  developmentChecks,
  nextDue,
  probationEnd,
  worstStatus,
  type DevelopmentCheckKey,
  type DevelopmentFacts,
} from '../../src-main/shared/development'

function facts(overrides: Partial<DevelopmentFacts> = {}): DevelopmentFacts {
  return {
    birthDate: '1998-05-04',
    appliedOn: '2024-01-10',
    interviewedOn: null,
    activistOn: null,
    candidateOn: null,
    reviews: [],
    sponsors: [],
    trainingDays: null,
    trainingHours: null,
    trainedOn: null,
    admittedOn: null,
    approvedOn: null,
    extensionMonths: null,
    extensionDecidedOn: null,
    fullDecidedOn: null,
    disqualifiedOn: null,
    ...overrides,
  }
}

function check(f: DevelopmentFacts, today: string, key: DevelopmentCheckKey) {
  const found = developmentChecks(f, today).find((c) => c.key === key)
  if (!found) throw new Error(`no check ${key}`)
  return found
}

/** Status (and warning flag) of one check on each of several days. */
function statuses(f: DevelopmentFacts, key: DevelopmentCheckKey, days: string[]): string[] {
  return days.map((d) => {
    const c = check(f, d, key)
    return c.warning ? `${c.status}!` : c.status
  })
}

describe('age: 18 or older on the day of application', () => {
  it('passes from the 18th birthday, not the day before', () => {
    const born = { birthDate: '2006-06-15' }
    expect(check(facts({ ...born, appliedOn: '2024-06-14' }), '2024-06-20', 'age')).toMatchObject({
      status: 'violated',
      reason: 'ageUnder',
      dueDate: '2024-06-15',
    })
    expect(check(facts({ ...born, appliedOn: '2024-06-15' }), '2024-06-20', 'age').status).toBe('passed')
    expect(check(facts({ ...born, appliedOn: '2024-06-16' }), '2024-06-20', 'age').status).toBe('passed')
  })

  it('born on 2008-02-29: 18 on 2026-02-28, as the year has no 29 February', () => {
    const born = { birthDate: '2008-02-29' }
    expect(check(facts({ ...born, appliedOn: '2026-02-27' }), '2026-03-05', 'age').status).toBe('violated')
    expect(check(facts({ ...born, appliedOn: '2026-02-28' }), '2026-03-05', 'age')).toMatchObject({
      status: 'passed',
      dueDate: '2026-02-28',
    })
    expect(check(facts({ ...born, appliedOn: '2026-03-01' }), '2026-03-05', 'age').status).toBe('passed')
  })

  it('born on 2006-02-28: 18 on 2024-02-28, and 29 February 2024 is after it', () => {
    const born = { birthDate: '2006-02-28' }
    expect(check(facts({ ...born, appliedOn: '2024-02-27' }), '2024-03-05', 'age').status).toBe('violated')
    expect(check(facts({ ...born, appliedOn: '2024-02-28' }), '2024-03-05', 'age').status).toBe('passed')
    expect(check(facts({ ...born, appliedOn: '2024-02-29' }), '2024-03-05', 'age').status).toBe('passed')
  })
})

describe('interview within 1 month of application (the last day included)', () => {
  it('without an interview: due until the day, violated the day after', () => {
    const f = facts({ appliedOn: '2024-03-10' })
    expect(statuses(f, 'interview', ['2024-04-09', '2024-04-10', '2024-04-11'])).toEqual([
      'due',
      'due',
      'violated',
    ])
    expect(check(f, '2024-04-10', 'interview').dueDate).toBe('2024-04-10')
    expect(check(f, '2024-04-11', 'interview').reason).toBe('interviewMissing')
  })

  it('applied 2024-01-31: the month ends on 2024-02-29 (leap year)', () => {
    const applied = { appliedOn: '2024-01-31' }
    expect(check(facts(applied), '2024-02-20', 'interview').dueDate).toBe('2024-02-29')
    expect(statuses(facts(applied), 'interview', ['2024-02-28', '2024-02-29', '2024-03-01'])).toEqual([
      'due',
      'due',
      'violated',
    ])
    expect(check(facts({ ...applied, interviewedOn: '2024-02-29' }), '2024-06-01', 'interview').status).toBe(
      'passed',
    )
    expect(
      check(facts({ ...applied, interviewedOn: '2024-03-01' }), '2024-06-01', 'interview'),
    ).toMatchObject({
      status: 'violated',
      reason: 'interviewLate',
    })
  })

  it('applied 2023-01-31: the month ends on 2023-02-28', () => {
    const applied = { appliedOn: '2023-01-31' }
    expect(statuses(facts(applied), 'interview', ['2023-02-27', '2023-02-28', '2023-03-01'])).toEqual([
      'due',
      'due',
      'violated',
    ])
    expect(check(facts({ ...applied, interviewedOn: '2023-02-28' }), '2023-06-01', 'interview').status).toBe(
      'passed',
    )
  })

  it('applied on 2024-02-29: interview by 2024-03-29', () => {
    const applied = { appliedOn: '2024-02-29' }
    for (const [interviewedOn, status] of [
      ['2024-03-28', 'passed'],
      ['2024-03-29', 'passed'],
      ['2024-03-30', 'violated'],
    ] as const) {
      expect(check(facts({ ...applied, interviewedOn }), '2024-06-01', 'interview').status).toBe(status)
    }
  })
})

describe('1 year as 入党积极分子 before 发展对象', () => {
  it('not applicable before 入党积极分子', () => {
    expect(check(facts(), '2024-05-01', 'activistPeriod').status).toBe('not_applicable')
  })

  it('activist on 2023-02-28: eligible from 2024-02-28 (not the 29th)', () => {
    const f = facts({ appliedOn: '2022-10-01', interviewedOn: '2022-10-15', activistOn: '2023-02-28' })
    expect(statuses(f, 'activistPeriod', ['2024-02-27', '2024-02-28', '2024-02-29'])).toEqual([
      'due',
      'passed',
      'passed',
    ])
    expect(check(f, '2024-01-01', 'activistPeriod').dueDate).toBe('2024-02-28')
    expect(check({ ...f, candidateOn: '2024-02-27' }, '2024-03-01', 'activistPeriod').status).toBe('violated')
    expect(check({ ...f, candidateOn: '2024-02-28' }, '2024-03-01', 'activistPeriod').status).toBe('passed')
  })

  it('activist on 2024-02-29: eligible from 2025-02-28', () => {
    const f = facts({ appliedOn: '2023-10-01', interviewedOn: '2023-10-15', activistOn: '2024-02-29' })
    expect(statuses(f, 'activistPeriod', ['2025-02-27', '2025-02-28', '2025-03-01'])).toEqual([
      'due',
      'passed',
      'passed',
    ])
    expect(check({ ...f, candidateOn: '2025-02-27' }, '2025-03-05', 'activistPeriod')).toMatchObject({
      status: 'violated',
      reason: 'activistShort',
      dueDate: '2025-02-28',
    })
    expect(check({ ...f, candidateOn: '2025-02-28' }, '2025-03-05', 'activistPeriod').status).toBe('passed')
  })
})

describe('a review every half year while 入党积极分子 or 发展对象', () => {
  const activist = { appliedOn: '2023-06-01', interviewedOn: '2023-06-10', activistOn: '2023-08-31' }

  it('activist on 2023-08-31: the first mark is 2024-02-29, the second 2024-08-31 (each counted from the start)', () => {
    const f = facts(activist)
    expect(check(f, '2024-01-01', 'reviews')).toMatchObject({ status: 'due', dueDate: '2024-02-29' })
    expect(statuses(f, 'reviews', ['2024-02-28', '2024-02-29', '2024-03-01'])).toEqual([
      'due',
      'due',
      'violated',
    ])
    expect(check(f, '2024-03-01', 'reviews')).toMatchObject({
      reason: 'reviewsMissed',
      dueDate: '2024-02-29',
    })
  })

  it('a review on the mark counts for it; the day after counts only for the next half year', () => {
    const onMark = facts({ ...activist, reviews: [{ reviewedOn: '2024-02-29' }] })
    expect(check(onMark, '2024-03-01', 'reviews')).toMatchObject({ status: 'due', dueDate: '2024-08-31' })
    const late = facts({ ...activist, reviews: [{ reviewedOn: '2024-03-01' }] })
    expect(check(late, '2024-03-02', 'reviews').status).toBe('violated')
  })

  it('with each half year reviewed, the next mark is due; a review already made moves it on', () => {
    const f = facts({
      ...activist,
      reviews: [{ reviewedOn: '2024-02-20' }, { reviewedOn: '2024-08-01' }],
    })
    // Second half year already reviewed on 2024-08-01: the next mark without a review is 2025-02-28.
    expect(check(f, '2024-08-15', 'reviews')).toMatchObject({ status: 'due', dueDate: '2025-02-28' })
    expect(statuses(f, 'reviews', ['2024-08-30', '2024-08-31', '2024-09-01'])).toEqual(['due', 'due', 'due'])
    expect(statuses(f, 'reviews', ['2025-02-27', '2025-02-28', '2025-03-01'])).toEqual([
      'due',
      'due',
      'violated',
    ])
  })

  it('after admission: marks before the admission day needed a review; a mark on that day does not', () => {
    const reviewed = {
      ...activist,
      candidateOn: '2024-09-01',
      reviews: [{ reviewedOn: '2024-02-01' }, { reviewedOn: '2024-08-01' }],
    }
    expect(check(facts({ ...reviewed, admittedOn: '2025-02-28' }), '2025-06-01', 'reviews')).toMatchObject({
      status: 'passed',
      params: { count: 2 },
    })
    expect(check(facts({ ...reviewed, admittedOn: '2025-03-01' }), '2025-06-01', 'reviews')).toMatchObject({
      status: 'violated',
      dueDate: '2025-02-28',
    })
  })
})

describe('sponsors and training, by admission', () => {
  const candidate = {
    appliedOn: '2022-01-01',
    interviewedOn: '2022-01-10',
    activistOn: '2022-03-01',
    candidateOn: '2023-03-01',
  }

  it('two 正式党员 sponsors: due while 发展对象, violated if admitted without them', () => {
    const one = [{ namedOn: '2023-03-01', qualified: true }]
    const two = [...one, { namedOn: '2023-03-05', qualified: true }]
    const notFull = [...one, { namedOn: '2023-03-05', qualified: false }]
    expect(check(facts(candidate), '2023-04-01', 'sponsors')).toMatchObject({
      status: 'due',
      params: { count: 0 },
    })
    expect(check(facts({ ...candidate, sponsors: one }), '2023-04-01', 'sponsors').status).toBe('due')
    expect(check(facts({ ...candidate, sponsors: notFull }), '2023-04-01', 'sponsors').status).toBe('due')
    expect(check(facts({ ...candidate, sponsors: two }), '2023-04-01', 'sponsors').status).toBe('passed')
    expect(
      check(facts({ ...candidate, sponsors: notFull, admittedOn: '2023-06-01' }), '2023-07-01', 'sponsors')
        .status,
    ).toBe('violated')
    // Named after the admission: they were not sponsors of it.
    expect(
      check(facts({ ...candidate, sponsors: two, admittedOn: '2023-03-04' }), '2023-07-01', 'sponsors')
        .status,
    ).toBe('violated')
  })

  it('training: 3 days or 24 class hours, either one', () => {
    const at = (days: number | null, hours: number | null) =>
      check(facts({ ...candidate, trainingDays: days, trainingHours: hours }), '2023-04-01', 'training')
        .status
    expect(at(2, 23)).toBe('due')
    expect(at(3, null)).toBe('passed')
    expect(at(null, 24)).toBe('passed')
    expect(at(2, 24)).toBe('passed')
    expect(at(null, 23)).toBe('due')
    const admitted = { ...candidate, admittedOn: '2023-06-01' }
    expect(check(facts({ ...admitted, trainingHours: 23 }), '2023-07-01', 'training').status).toBe('violated')
    expect(
      check(facts({ ...admitted, trainingDays: 3, trainedOn: '2023-06-01' }), '2023-07-01', 'training')
        .status,
    ).toBe('passed')
    expect(
      check(facts({ ...admitted, trainingDays: 3, trainedOn: '2023-06-02' }), '2023-07-01', 'training')
        .status,
    ).toBe('violated')
  })
})

describe('higher committee approval: within 3 months, warning to 6, violation beyond', () => {
  const admitted = (admittedOn: string) =>
    facts({
      appliedOn: '2021-01-01',
      interviewedOn: '2021-01-10',
      activistOn: '2021-03-01',
      candidateOn: '2022-03-01',
      admittedOn,
    })

  it('admitted 2023-11-30: due to 2024-02-29, warning to 2024-05-30, violated from 2024-05-31', () => {
    const f = admitted('2023-11-30')
    expect(check(f, '2024-01-01', 'approval')).toMatchObject({
      status: 'due',
      dueDate: '2024-02-29',
      warning: false,
    })
    expect(statuses(f, 'approval', ['2024-02-28', '2024-02-29', '2024-03-01'])).toEqual([
      'due',
      'due',
      'due!',
    ])
    expect(check(f, '2024-03-01', 'approval')).toMatchObject({
      reason: 'approvalLate',
      dueDate: '2024-05-30',
    })
    expect(statuses(f, 'approval', ['2024-05-29', '2024-05-30', '2024-05-31'])).toEqual([
      'due!',
      'due!',
      'violated',
    ])
  })

  it('approved on the third month day passes; a day later passes with a warning; after 6 months is violated', () => {
    const f = admitted('2023-11-30')
    const on = (approvedOn: string) => {
      const c = check({ ...f, approvedOn }, '2024-12-01', 'approval')
      return c.warning ? `${c.status}!` : c.status
    }
    expect(on('2024-02-29')).toBe('passed')
    expect(on('2024-03-01')).toBe('passed!')
    expect(on('2024-05-30')).toBe('passed!')
    expect(on('2024-05-31')).toBe('violated')
  })

  it('admitted 2023-11-29 and 2024-02-29', () => {
    expect(check(admitted('2023-11-29'), '2024-01-01', 'approval').dueDate).toBe('2024-02-29')
    const leap = admitted('2024-02-29')
    expect(statuses(leap, 'approval', ['2024-05-28', '2024-05-29', '2024-05-30'])).toEqual([
      'due',
      'due',
      'due!',
    ])
    expect(statuses(leap, 'approval', ['2024-08-28', '2024-08-29', '2024-08-30'])).toEqual([
      'due!',
      'due!',
      'violated',
    ])
  })
})

describe('probation: a year from the admission meeting; 转正 on the day it ends', () => {
  const admitted = (admittedOn: string, more: Partial<DevelopmentFacts> = {}) =>
    facts({
      appliedOn: '2021-01-01',
      interviewedOn: '2021-01-10',
      activistOn: '2021-03-01',
      candidateOn: '2022-03-01',
      admittedOn,
      approvedOn: admittedOn,
      ...more,
    })

  it('admitted 2024-02-29: ends 2025-02-28; extended 6 months from there: 2025-08-28', () => {
    expect(probationEnd('2024-02-29', null)).toBe('2025-02-28')
    expect(probationEnd('2024-02-29', 6)).toBe('2025-08-28')
    expect(probationEnd('2024-02-29', 12)).toBe('2026-02-28')
    expect(probationEnd('2023-02-28', null)).toBe('2024-02-28')
    expect(probationEnd('2023-02-28', 12)).toBe('2025-02-28')
    const f = admitted('2024-02-29')
    expect(statuses(f, 'probation', ['2025-02-27', '2025-02-28', '2025-03-01'])).toEqual([
      'due',
      'due',
      'due!',
    ])
    expect(check(f, '2025-01-01', 'probation')).toMatchObject({
      dueDate: '2025-02-28',
      reason: 'probationRunning',
    })
    expect(check(f, '2025-03-01', 'probation').reason).toBe('probationEnded')
  })

  it('admitted 2023-02-28: ends 2024-02-28, the 29th is already after it', () => {
    const f = admitted('2023-02-28')
    expect(statuses(f, 'probation', ['2024-02-27', '2024-02-28', '2024-02-29'])).toEqual([
      'due',
      'due',
      'due!',
    ])
  })

  it('once 正式党员: passed, with the full membership date = the end of probation', () => {
    const f = admitted('2024-02-29', { fullDecidedOn: '2025-03-10' })
    expect(check(f, '2025-04-01', 'probation')).toMatchObject({
      status: 'passed',
      params: { date: '2025-02-28', decided: '2025-03-10' },
    })
  })

  it('extension: once, 6 to 12 months, decided no later than the day probation ends', () => {
    const ext = (months: number, decidedOn: string) =>
      check(
        admitted('2024-02-29', { extensionMonths: months, extensionDecidedOn: decidedOn }),
        '2025-03-01',
        'extension',
      ).status
    expect(check(admitted('2024-02-29'), '2025-03-01', 'extension')).toMatchObject({
      status: 'not_applicable',
      reason: 'notExtended',
    })
    expect(ext(6, '2025-02-27')).toBe('passed')
    expect(ext(6, '2025-02-28')).toBe('passed')
    expect(ext(6, '2025-03-01')).toBe('violated')
    expect(ext(5, '2025-01-01')).toBe('violated')
    expect(ext(12, '2025-01-01')).toBe('passed')
    expect(ext(13, '2025-01-01')).toBe('violated')
    // The extended probation is what is due.
    const extended = admitted('2024-02-29', { extensionMonths: 6, extensionDecidedOn: '2025-02-20' })
    expect(statuses(extended, 'probation', ['2025-08-27', '2025-08-28', '2025-08-29'])).toEqual([
      'due',
      'due',
      'due!',
    ])
  })
})

describe('the record as a whole', () => {
  it('the worst status and the next dated step', () => {
    const f = facts({ appliedOn: '2024-03-10' })
    const checks = developmentChecks(f, '2024-03-20')
    expect(worstStatus(checks)).toBe('due')
    expect(nextDue(checks)).toMatchObject({ key: 'interview', dueDate: '2024-04-10' })
    expect(worstStatus(developmentChecks(f, '2024-04-11'))).toBe('violated')
  })

  it('after 取消资格 what was still to come no longer applies; a violation stays', () => {
    const f = facts({
      appliedOn: '2024-03-10',
      interviewedOn: '2024-03-15',
      activistOn: '2024-04-01',
      disqualifiedOn: '2024-06-01',
    })
    const checks = developmentChecks(f, '2026-01-01')
    expect(checks.find((c) => c.key === 'activistPeriod')?.status).toBe('not_applicable')
    expect(checks.find((c) => c.key === 'reviews')?.status).toBe('not_applicable')
    expect(nextDue(checks)).toBeNull()
    const missed = developmentChecks({ ...f, interviewedOn: null }, '2026-01-01')
    expect(missed.find((c) => c.key === 'interview')?.status).toBe('violated')
  })
})
