// The pure 公益创投 rules (shared/venture.ts): percentages read without floats, grants split into tranche amounts
// that sum to exactly the grant, trigger order, the lifecycle's next steps, and each tranche's state.
import { describe, expect, it } from 'vitest'
import {
  formatPercent,
  nextStages,
  parsePercent,
  parseTranchePlan,
  splitGrant,
  trancheStates,
  triggerProblem,
} from '../../src-main/shared/venture'

describe('percentages', () => {
  it('reads percentages as basis points and writes them back', () => {
    expect(parsePercent('60')).toBe(6000)
    expect(parsePercent('33.33%')).toBe(3333)
    expect(parsePercent('0.01')).toBe(1)
    expect(parsePercent('33.333')).toBeNull()
    expect(parsePercent('0')).toBeNull()
    expect(parsePercent('100.01')).toBeNull()
    expect(formatPercent(3334)).toBe('33.34')
    expect(formatPercent(2050)).toBe('20.5')
    expect(parseTranchePlan('50/30/20')).toEqual([5000, 3000, 2000])
    expect(parseTranchePlan('60/abc')).toBeNull()
  })
})

describe('splitGrant', () => {
  it('gives the leftover 分 to the largest remainders so the amounts sum to the grant', () => {
    expect(splitGrant(100, [3333, 3333, 3334])).toEqual([33, 33, 34])
    expect(splitGrant(1, [5000, 5000])).toEqual([1, 0])
    expect(splitGrant(10_000_000, [6000, 4000])).toEqual([6_000_000, 4_000_000])
    expect(splitGrant(99_999, [5000, 3000, 2000])).toEqual([49_999, 30_000, 20_000])
    for (const grant of [1, 7, 100, 101, 12_345_679, 999_999_999])
      for (const plan of [
        [3333, 3333, 3334],
        [1, 9999],
        [2500, 2500, 2500, 2500],
        [1667, 1667, 1666, 1667, 1667, 1666],
      ]) {
        const amounts = splitGrant(grant, plan)
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(grant)
        amounts.forEach((a, i) => expect(Math.abs(a * 10_000 - grant * (plan[i] ?? 0))).toBeLessThan(10_000))
      }
  })
})

describe('triggers and lifecycle', () => {
  it('wants 签约 first and no trigger going backwards', () => {
    expect(triggerProblem(['signing', 'mid_evaluation', 'final_evaluation'])).toBeNull()
    expect(triggerProblem(['mid_evaluation', 'signing'])).toEqual({ code: 'firstNotSigning' })
    expect(triggerProblem(['signing', 'final_evaluation', 'mid_evaluation'])).toEqual({
      code: 'backwards',
      seq: 3,
    })
  })
  it('steps forward one at a time, over a payment step, and ends early by 未通过 or 终止', () => {
    expect(nextStages('applied')).toEqual(['qualification', 'rejected'])
    expect(nextStages('signed')).toEqual(['first_paid', 'implementing', 'terminated'])
    expect(nextStages('disclosed')).toEqual([])
    expect(nextStages('rejected')).toEqual([])
  })
})

describe('trancheStates', () => {
  const plan = [
    { seq: 1, trigger: 'signing' as const, paid: true },
    { seq: 2, trigger: 'mid_evaluation' as const, paid: false },
  ]
  it('holds a mid-term tranche until the evaluation passes, blocks it when failed or missing at that step', () => {
    expect(trancheStates('implementing', plan, [])[1]?.state).toBe('pending')
    expect(trancheStates('mid_evaluation', plan, [])[1]).toEqual({
      state: 'blocked',
      hold: { code: 'evaluationMissing', kind: 'mid' },
    })
    const failed = [{ kind: 'mid' as const, result: 'fail' as const, date: '2026-06-30', reviewer: '李明' }]
    expect(trancheStates('mid_evaluation', plan, failed)[1]?.state).toBe('blocked')
    const passed = [{ kind: 'mid' as const, result: 'pass' as const, date: '2026-06-30', reviewer: '李明' }]
    expect(trancheStates('mid_evaluation', plan, passed)[1]).toEqual({ state: 'payable', hold: null })
    expect(trancheStates('terminated', plan, passed)[1]?.state).toBe('blocked')
  })
})
