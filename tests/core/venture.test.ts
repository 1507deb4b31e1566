// 公益创投 through dispatch on a real database, today 2026-11-27: tranche percentages must sum to exactly 100%;
// amounts sum to the grant; a tranche is paid only when its trigger is met (a missing or failed evaluation blocks
// it with its message and changes nothing, a passed one releases it); paying writes exactly one ledger outflow and
// never twice; the lifecycle only moves forward, dated in order and not in the future; who may write; the audit.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VentureProjectDetail } from '../../src-main/shared/entities'
import { freshBase, orgDraft, snapshotCounts, type Caller, type TestBase } from './helpers'

const TODAY = '2026-11-27'
let base: TestBase
let frontDesk: Caller
let orgId: number
let roundId: number

beforeEach(async () => {
  base = await freshBase({ today: TODAY })
  frontDesk = await base.as(['front_desk'])
  const org = await frontDesk.ok(
    'organization.create',
    orgDraft({ stage: 'incubating', stageDate: '2024-01-01', registeredOn: '2020-03-01' }),
  )
  orgId = org.id
  const rounds = await frontDesk.ok('venture.roundSave', {
    name: '第三届福山区公益创投大赛',
    year: 2026,
    tranchePlan: '60/40',
    budgetFen: 50_000_000,
  })
  roundId = rounds[0]?.id ?? 0
}, 20_000)
afterEach(() => base.close())

/** A signed project (立项签约 on 2026-03-01) with a grant of 100,000 元 and the round's 60/40 plan. */
async function signedProject(grantFen = 10_000_000): Promise<VentureProjectDetail> {
  return frontDesk.ok('venture.projectSave', {
    roundId,
    organizationId: orgId,
    title: '幸福来敲门',
    category: 'elderly_orphan_sick_disabled',
    grantFen,
    stage: 'signed',
    stageDate: '2026-03-01',
  })
}

const ledgerRows = () =>
  base.db.prepare('SELECT * FROM fund_entry ORDER BY id').all() as {
    direction: string
    amount_fen: number
    source_kind: string
    organization_id: number
    venture_project_id: number
    summary: string
  }[]

describe('tranche percentages', () => {
  it('refuses a plan that does not sum to exactly 100%, saying the sum and the gap', async () => {
    const project = await signedProject()
    const before = snapshotCounts(base.db)
    const less = await frontDesk.err('venture.setTranches', {
      projectId: project.id,
      tranches: [
        { percentBp: 6000, trigger: 'signing' },
        { percentBp: 3999, trigger: 'mid_evaluation' },
      ],
    })
    expect(less.fields?.tranches?.message).toBe(
      '各期比例合计为 99.99%，必须正好是 100%；请调整各期比例（还差 0.01%）。',
    )
    const more = await frontDesk.err('venture.setTranches', {
      projectId: project.id,
      tranches: [
        { percentBp: 6001, trigger: 'signing' },
        { percentBp: 4000, trigger: 'mid_evaluation' },
      ],
    })
    expect(more.fields?.tranches?.message).toContain('100.01%')
    expect(more.fields?.tranches?.message).toContain('多了 0.01%')
    const round = await frontDesk.err('venture.roundSave', {
      name: '第四届',
      year: 2027,
      tranchePlan: '50/30/10',
    })
    expect(round.fields?.tranchePlan?.message).toContain('合计为 90%')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('splits an awkward grant so the amounts sum to exactly the grant', async () => {
    const project = await signedProject(100)
    const thirds = await frontDesk.ok('venture.setTranches', {
      projectId: project.id,
      tranches: [
        { percentBp: 3333, trigger: 'signing' },
        { percentBp: 3333, trigger: 'mid_evaluation' },
        { percentBp: 3334, trigger: 'final_evaluation' },
      ],
    })
    expect(thirds.tranches.map((t) => t.amountFen)).toEqual([33, 33, 34])
    expect(project.tranches.map((t) => [t.percentBp, t.amountFen, t.trigger])).toEqual([
      [6000, 60, 'signing'],
      [4000, 40, 'mid_evaluation'],
    ])
  })

  it('wants a 签约 tranche first', async () => {
    const project = await signedProject()
    const err = await frontDesk.err('venture.setTranches', {
      projectId: project.id,
      tranches: [
        { percentBp: 5000, trigger: 'mid_evaluation' },
        { percentBp: 5000, trigger: 'signing' },
      ],
    })
    expect(err.fields?.tranches?.message).toContain('第 1 期应在签约后拨付')
  })
})

describe('paying tranches', () => {
  it('pays the signing tranche into the ledger once, and moves the project to 首期拨付', async () => {
    const project = await signedProject()
    expect(project.tranches[0]?.state).toBe('payable')
    expect(project.dueFen).toBe(6_000_000)
    const paid = await frontDesk.ok('venture.payTranche', {
      projectId: project.id,
      seq: 1,
      paidOn: '2026-03-10',
      documentNo: '记-017',
    })
    expect(paid.stage).toBe('first_paid')
    expect(paid.paidFen).toBe(6_000_000)
    expect(paid.tranches[0]?.paidOn).toBe('2026-03-10')
    const rows = ledgerRows()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      direction: 'out',
      amount_fen: 6_000_000,
      source_kind: 'welfare_lottery',
      organization_id: orgId,
      venture_project_id: project.id,
      summary: '第三届福山区公益创投大赛 第1期拨付',
    })
    expect(paid.tranches[0]?.fundEntryId).toBeGreaterThan(0)
    const twice = await frontDesk.err('venture.payTranche', { projectId: project.id, seq: 1, paidOn: TODAY })
    expect(twice.message).toContain('第 1 期已于 2026-03-10 拨付')
    expect(ledgerRows()).toHaveLength(1)
  })

  it('blocks the mid-term tranche while the evaluation is missing or failed, releases it when passed', async () => {
    const project = await signedProject()
    await frontDesk.ok('venture.payTranche', { projectId: project.id, seq: 1, paidOn: '2026-03-10' })
    const before = snapshotCounts(base.db)
    const missing = await frontDesk.err('venture.payTranche', {
      projectId: project.id,
      seq: 2,
      paidOn: TODAY,
    })
    expect(missing.message).toBe('中期评估尚未登记，第 2 期拨付（40%，¥40,000.00）不能拨付。')
    expect(snapshotCounts(base.db)).toEqual(before)

    const failed = await frontDesk.ok('venture.evaluate', {
      projectId: project.id,
      kind: 'mid',
      date: '2026-06-30',
      scoreTenths: 585,
      result: 'fail',
      reviewer: '李明',
    })
    expect(failed.stage).toBe('mid_evaluation')
    expect(failed.tranches[1]?.state).toBe('blocked')
    expect(failed.tranches[1]?.hold?.message).toBe(
      '中期评估未通过（2026-06-30，评审：李明），第 2 期不能拨付。',
    )
    expect(failed.blockedFen).toBe(4_000_000)
    const afterFail = snapshotCounts(base.db)
    const refused = await frontDesk.err('venture.payTranche', {
      projectId: project.id,
      seq: 2,
      paidOn: TODAY,
    })
    expect(refused.message).toBe('中期评估未通过（2026-06-30，评审：李明），第 2 期不能拨付。')
    expect(snapshotCounts(base.db)).toEqual(afterFail)

    // A correction: the failed record is archived, a passing one recorded.
    const again = await frontDesk.err('venture.evaluate', {
      projectId: project.id,
      kind: 'mid',
      date: '2026-07-15',
      result: 'pass',
      reviewer: '李明',
    })
    expect(again.message).toContain('已有中期评估（2026-06-30，未通过）')
    const evaluationId = failed.evaluations[0]?.id ?? 0
    await frontDesk.ok('venture.evaluationArchive', { id: evaluationId, reason: '复评通过，原记录作废' })
    const passed = await frontDesk.ok('venture.evaluate', {
      projectId: project.id,
      kind: 'mid',
      date: '2026-07-15',
      scoreTenths: 865,
      result: 'pass',
      reviewer: '李明',
    })
    expect(passed.tranches[1]?.state).toBe('payable')
    expect(passed.dueFen).toBe(4_000_000)
    const early = await frontDesk.err('venture.payTranche', {
      projectId: project.id,
      seq: 2,
      paidOn: '2026-07-01',
    })
    expect(early.fields?.paidOn?.message).toContain('不能早于中期评估日期（2026-07-15）')
    const done = await frontDesk.ok('venture.payTranche', {
      projectId: project.id,
      seq: 2,
      paidOn: '2026-07-20',
    })
    expect(done.stage).toBe('followup_paid')
    expect(done.paidFen).toBe(10_000_000)
    expect(ledgerRows().map((r) => r.amount_fen)).toEqual([6_000_000, 4_000_000])
    const archive = await frontDesk.err('venture.evaluationArchive', {
      id: passed.evaluations[0]?.id,
      reason: '错',
    })
    expect(archive.message).toContain('第 2 期已于 2026-07-20 拨付')
    const edit = await frontDesk.err('venture.setTranches', {
      projectId: project.id,
      tranches: [{ percentBp: 10_000, trigger: 'signing' }],
    })
    expect(edit.message).toContain('第 1 期已于 2026-03-10 拨付')
  })

  it('refuses paying before signing, and a later tranche before an earlier one', async () => {
    const applied = await frontDesk.ok('venture.projectSave', {
      roundId,
      organizationId: orgId,
      title: '四点半课堂',
      category: 'youth',
      grantFen: 5_000_000,
    })
    expect(applied.stage).toBe('applied')
    const err = await frontDesk.err('venture.payTranche', { projectId: applied.id, seq: 1, paidOn: TODAY })
    expect(err.message).toBe('项目尚未立项签约，第 1 期拨付（60%，¥30,000.00）不能拨付。')
    const project = await signedProject()
    await frontDesk.ok('venture.evaluate', {
      projectId: project.id,
      kind: 'mid',
      date: '2026-06-30',
      result: 'pass',
      reviewer: '李明',
    })
    const later = await frontDesk.err('venture.payTranche', { projectId: project.id, seq: 2, paidOn: TODAY })
    expect(later.message).toBe('第 1 期尚未拨付，请先拨付第 1 期，再拨付第 2 期。')
    expect(ledgerRows()).toHaveLength(0)
  })
})

describe('lifecycle', () => {
  it('moves forward only, dated in order and not after today', async () => {
    const project = await frontDesk.ok('venture.projectSave', {
      roundId,
      organizationId: orgId,
      title: '网上问法',
      category: 'community_governance',
      grantFen: 3_000_000,
      stageDate: '2026-02-01',
    })
    const back = await frontDesk.err('venture.advance', {
      projectId: project.id,
      stage: 'applied',
      date: TODAY,
    })
    expect(back.fields?.stage?.message).toBe('项目当前处于“申报”，只能按顺序推进到下一步（或终止）。')
    const skip = await frontDesk.err('venture.advance', {
      projectId: project.id,
      stage: 'review',
      date: TODAY,
    })
    expect(skip.fields?.stage).toBeDefined()
    const early = await frontDesk.err('venture.advance', {
      projectId: project.id,
      stage: 'qualification',
      date: '2026-01-31',
    })
    expect(early.fields?.date?.message).toBe('日期不能早于上一步“申报”的日期（2026-02-01）。')
    const future = await frontDesk.err('venture.advance', {
      projectId: project.id,
      stage: 'qualification',
      date: '2026-11-28',
    })
    expect(future.fields?.date?.message).toContain('不能晚于今天（2026-11-27）')
    const moved = await frontDesk.ok('venture.advance', {
      projectId: project.id,
      stage: 'qualification',
      date: '2026-02-10',
    })
    expect(moved.events.map((e) => [e.stage, e.date])).toEqual([
      ['applied', '2026-02-01'],
      ['qualification', '2026-02-10'],
    ])
    const rejected = await frontDesk.ok('venture.advance', {
      projectId: project.id,
      stage: 'rejected',
      date: '2026-03-01',
    })
    expect(rejected.nextStages).toEqual([])
    expect(rejected.tranches.every((t) => t.state === 'pending')).toBe(true)
    expect(rejected.blockedFen).toBe(0)
    expect(rejected.tranches[0]?.hold?.message).toBe(
      '项目未通过评审，第 1 期拨付（60%，¥18,000.00）不能拨付。',
    )
    const evaluation = await frontDesk.err('venture.evaluate', {
      projectId: project.id,
      kind: 'mid',
      date: TODAY,
      result: 'pass',
      reviewer: '李明',
    })
    expect(evaluation.message).toContain('尚未立项签约')
  })
})

describe('who may, and what is kept', () => {
  it('lets every role read and only 前台/管理员 write; every write is audited', async () => {
    const project = await signedProject()
    const mentor = await base.as(['mentor'])
    const list = await mentor.ok('venture.projects', { roundId })
    expect(list.items.map((p) => [p.title, p.dueFen])).toEqual([['幸福来敲门', 6_000_000]])
    const denied = await mentor.err('venture.payTranche', { projectId: project.id, seq: 1, paidOn: TODAY })
    expect(denied.code).toBe('FORBIDDEN')
    await frontDesk.ok('venture.payTranche', { projectId: project.id, seq: 1, paidOn: TODAY })
    const audited = base.db
      .prepare(
        "SELECT entity, count(*) AS n FROM audit_log WHERE entity LIKE 'venture%' OR entity = 'fund_entry' GROUP BY entity ORDER BY entity",
      )
      .all()
    expect(audited).toEqual([
      { entity: 'fund_entry', n: 1 },
      { entity: 'venture_project', n: 1 },
      { entity: 'venture_round', n: 1 },
      { entity: 'venture_tranche', n: 1 },
    ])
    const archive = await frontDesk.err('venture.projectArchive', { id: project.id, reason: '录入错误' })
    expect(archive.message).toBe('该项目已拨付 1 期（共 ¥60,000.00），不能作废。')
  })
})

describe('export', () => {
  it("exports a round's projects with paid, payable and blocked as money cells in 元", async () => {
    const project = await signedProject(12_345_601)
    await frontDesk.ok('venture.payTranche', { projectId: project.id, seq: 1, paidOn: TODAY })
    const file = await frontDesk.ok('venture.export', {
      roundId,
      labels: { 'category.elderly_orphan_sick_disabled': '扶老' },
    })
    expect(file.rows).toBe(1)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer)
    const sheet = book.worksheets[0]
    expect(sheet?.name).toBe('第三届福山区公益创投大赛')
    // The stage date is a date cell; amounts are money cells in 元, exact to the 分 once × 100.
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '烟台市福山区春风助老服务中心',
      '幸福来敲门',
      '扶老',
      '首期拨付',
      new Date(`${TODAY}T00:00:00Z`),
      123456.01,
      74073.61,
      0,
      0,
    ])
    expect(sheet?.getRow(2).getCell(5).numFmt).toBe('yyyy-mm-dd')
    expect(sheet?.getRow(2).getCell(6).numFmt).toBe('#,##0.00')
    expect(Math.round((sheet?.getRow(2).getCell(6).value as number) * 100)).toBe(12_345_601)
  })
})

describe('demo data', () => {
  it('has two rounds, one project blocked by its failed mid-term evaluation, and every payment in the ledger', async () => {
    const demo = await freshBase({ today: TODAY })
    try {
      await demo.ok('demo.load', {})
      const rounds = await demo.ok('venture.rounds', {})
      expect(rounds.map((r) => [r.name, r.year, r.tranchePlan])).toEqual([
        ['第三届福山区公益创投大赛', 2026, '50/30/20'],
        ['第二届福山区公益创投大赛', 2025, '60/40'],
      ])
      const list = await demo.ok('venture.projects', { pageSize: 50 })
      expect(list.total).toBe(8)
      const blocked = list.items.filter((p) => p.blockedFen > 0 && p.stage === 'mid_evaluation')
      expect(blocked.map((p) => p.title)).toEqual(['阳光心灵·青少年心理疏导'])
      const detail = await demo.ok('venture.project', { id: blocked[0]?.id ?? 0 })
      expect(detail.tranches[1]?.hold?.message).toMatch(
        /^中期评估未通过（\d{4}-\d{2}-\d{2}，评审：福山区民政局评审组），第 2 期不能拨付。$/,
      )
      const paidTotal = list.items.reduce((a, p) => a + p.paidFen, 0)
      const ledger = demo.db
        .prepare(
          "SELECT sum(amount_fen) AS fen FROM fund_entry WHERE venture_project_id IS NOT NULL AND direction = 'out'",
        )
        .get() as { fen: number }
      expect(ledger.fen).toBe(paidTotal)
      expect(list.items.some((p) => p.dueFen > 0)).toBe(true)
    } finally {
      demo.close()
    }
  })
})
