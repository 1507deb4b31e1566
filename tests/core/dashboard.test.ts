// 工作台 and 全局搜索 through dispatch on a real database: every card says what the module's own page says (the demo
// base, today 2026-11-27), a card the role may not read is left out, the venture card counts exactly the tranches
// waiting for an evaluation, and the search finds organisations, people, projects and units by name, code or pinyin
// initials, only of the kinds the role may read, and sees a new record at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAGES } from '../../src-main/shared/enums'
import { freshBase, orgDraft, type TestBase } from './helpers'

const TODAY = '2026-11-27'

describe('工作台 on the demo base', () => {
  let base: TestBase
  beforeAll(async () => {
    base = await freshBase({ today: TODAY })
    await base.ok('demo.load', {})
  }, 60_000)
  afterAll(() => base.close())

  it('each figure equals the list or page behind it', async () => {
    const secretary = await base.as(['admin', 'branch_secretary'], 'all')
    const d = await secretary.ok('dashboard.summary', {})
    expect(d.today).toBe(TODAY)

    // Residents by stage: each count is the total of the organisation list filtered by that stage.
    expect(d.residents?.map((r) => r.stage)).toEqual([...STAGES])
    for (const row of d.residents ?? []) {
      const list = await secretary.ok('organization.list', { stages: [row.stage], page: 1, pageSize: 20 })
      expect(row.count, row.stage).toBe(list.total)
    }
    expect(d.residents?.reduce((a, r) => a + r.count, 0)).toBeGreaterThan(0)

    const occupancy = await secretary.ok('occupancy.summary', { date: TODAY })
    expect(d.occupancy?.rate).toBe(occupancy.overall.rate)
    expect(d.occupancy?.byMonth.map((m) => m.month).at(-1)).toBe('2026-11')

    const coverage = await secretary.ok('coverage.rates', { date: TODAY })
    expect(d.coverage).toEqual(coverage)

    const stats = await secretary.ok('coaching.stats', { year: 2026 })
    const november = stats.byMonth.find((m) => m.key === '2026-11')
    expect(d.coaching?.hours).toBe(november?.hours)
    const overdue = await secretary.ok('actionItem.list', { status: 'overdue', page: 1, pageSize: 20 })
    expect(d.coaching?.overdueActionItems).toBe(overdue.total)

    const ledger = await secretary.ok('dues.ledger', { year: 2026 })
    expect(d.dues?.paidFen).toBe(ledger.totals.paidFen)
    expect(d.dues?.dueFen).toBe(ledger.totals.dueFen)

    const compliance = await secretary.ok('compliance.summary', { year: 2026 })
    const q4 = compliance.rows.map((r) => r.quarters[3]).filter((c) => c !== undefined && c.required > 0)
    expect(d.compliance?.quarter).toBe(4)
    expect(d.compliance?.required).toBe(q4.length)
    expect(d.compliance?.met).toBe(q4.filter((c) => c?.status === 'met').length)

    const totals = await secretary.ok('fund.totals', { year: 2026 })
    const year = totals.years.find((y) => y.year === 2026)
    expect(d.funds?.inFen).toBe(year?.inFen)
    expect(d.funds?.bySource.map((s) => s.sourceKind)).toEqual(year?.bySource.map((s) => s.sourceKind))

    // The venture card: the projects behind it are exactly the ones listed with the same filter.
    const waiting = await secretary.ok('venture.projects', {
      awaitingEvaluation: true,
      page: 1,
      pageSize: 100,
    })
    expect(d.venture?.projects).toBe(waiting.total)
  })

  it('leaves out the cards a role may not read', async () => {
    const mentor = await base.as(['mentor'])
    const d = await mentor.ok('dashboard.summary', {})
    expect(d.residents).not.toBeNull()
    expect(d.coaching).not.toBeNull()
    expect(d.coverage).not.toBeNull()
    expect(d.compliance).toBeNull()
    expect(d.dues).toBeNull()
    expect(d.funds).toBeNull()
    const frontDesk = await base.as(['front_desk'])
    const f = await frontDesk.ok('dashboard.summary', {})
    expect(f.funds).not.toBeNull()
    expect(f.dues).toBeNull()
  })
})

describe('tranches awaiting evaluation', () => {
  it('counts an unpaid tranche until its evaluation is recorded, not one that is still far off or failed', async () => {
    const base = await freshBase({ today: TODAY })
    try {
      const frontDesk = await base.as(['front_desk'])
      const org = await frontDesk.ok(
        'organization.create',
        orgDraft({ stage: 'incubating', stageDate: '2024-01-01' }),
      )
      const [round] = await frontDesk.ok('venture.roundSave', {
        name: '第三届福山区公益创投大赛',
        year: 2026,
        tranchePlan: '50/30/20',
        budgetFen: 50_000_000,
      })
      const project = await frontDesk.ok('venture.projectSave', {
        roundId: round?.id ?? 0,
        organizationId: org.id,
        title: '幸福来敲门',
        category: 'elderly_orphan_sick_disabled',
        grantFen: 10_000_000,
        stage: 'signed',
        stageDate: '2026-03-01',
      })
      const card = async () => (await frontDesk.ok('dashboard.summary', {})).venture
      // 50 on signing, 30 after the mid-term, 20 after the final evaluation: two wait for an evaluation.
      expect(await card()).toEqual({ projects: 1, tranches: 2 })
      await frontDesk.ok('venture.evaluate', {
        projectId: project.id,
        kind: 'mid',
        date: '2026-06-30',
        scoreTenths: 800,
        result: 'pass',
        reviewer: '李明',
      })
      expect(await card()).toEqual({ projects: 1, tranches: 1 })
      const listed = await frontDesk.ok('venture.projects', {
        awaitingEvaluation: true,
        page: 1,
        pageSize: 20,
      })
      expect(listed.items.map((p) => p.id)).toEqual([project.id])
      await frontDesk.ok('venture.evaluate', {
        projectId: project.id,
        kind: 'final',
        date: '2026-11-20',
        scoreTenths: 550,
        result: 'fail',
        reviewer: '李明',
      })
      // A failed evaluation is recorded: the tranche is 受阻, no longer waiting.
      expect(await card()).toEqual({ projects: 0, tranches: 0 })
      expect(
        (await frontDesk.ok('venture.projects', { awaitingEvaluation: true, page: 1, pageSize: 20 })).total,
      ).toBe(0)
    } finally {
      base.close()
    }
  })
})

describe('全局搜索', () => {
  let base: TestBase
  beforeAll(async () => {
    base = await freshBase({ today: TODAY })
    await base.ok('demo.load', {})
  }, 60_000)
  afterAll(() => base.close())

  it('finds an organisation by pinyin initials, a unit by code and a project by name', async () => {
    const org = await base.ok(
      'organization.create',
      orgDraft({ name: '烟台市芝罘区晨曦青年志愿服务队', legalType: 'preparing', uscc: null }),
    )
    const hits = await base.ok('search.global', { query: 'cxqnzy', limit: 6 })
    const orgs = hits.groups.find((g) => g.kind === 'organization')
    expect(orgs?.hits.map((h) => h.id)).toContain(org.id)

    const unit = base.db
      .prepare('SELECT id, code FROM space_unit WHERE archived_at IS NULL LIMIT 1')
      .get() as {
      id: number
      code: string
    }
    const units = (await base.ok('search.global', { query: unit.code, limit: 6 })).groups.find(
      (g) => g.kind === 'unit',
    )
    expect(units?.hits[0]?.id).toBe(unit.id)

    const projects = (await base.ok('search.global', { query: '四点半', limit: 6 })).groups.find(
      (g) => g.kind === 'serviceProject',
    )
    expect(projects?.hits.some((h) => h.title.includes('四点半课堂'))).toBe(true)
  })

  it('shows people only to roles that may read them, and a new member at once', async () => {
    const secretary = await base.as(['branch_secretary'])
    const member = base.db.prepare('SELECT id, name FROM party_member LIMIT 1').get() as {
      id: number
      name: string
    }
    const people = (await secretary.ok('search.global', { query: member.name, limit: 6 })).groups.find(
      (g) => g.kind === 'partyMember',
    )
    expect(people?.hits.map((h) => h.id)).toContain(member.id)

    const frontDesk = await base.as(['front_desk'])
    const asFrontDesk = await frontDesk.ok('search.global', { query: member.name, limit: 6 })
    expect(asFrontDesk.groups.some((g) => g.kind === 'partyMember')).toBe(false)

    // Initials of a name typed with gaps still find it, ranked after direct hits.
    const mentor = base.db.prepare('SELECT id, name FROM mentor WHERE active = 1 LIMIT 1').get() as {
      id: number
      name: string
    }
    const mentors = (await frontDesk.ok('search.global', { query: mentor.name, limit: 20 })).groups.find(
      (g) => g.kind === 'mentor',
    )
    expect(mentors?.hits[0]?.title).toBe(mentor.name)
  })

  it('an empty query finds nothing and a query with no hits has no groups', async () => {
    expect((await base.ok('search.global', { query: '   ', limit: 6 })).groups).toEqual([])
    expect((await base.ok('search.global', { query: '不存在的名称甲乙丙', limit: 6 })).groups).toEqual([])
  })
})
