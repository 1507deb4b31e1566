// 示例数据 for 资金台账: three years (this year and the two before it, up to today) of the base's own money — 运营经费
// from 财政专项, 党建工作经费, 党费返拨, 福彩公益金, 政府购买服务, donations and a foundation grant, and what was spent —
// and of several resident organisations: their 政府购买服务 contracts, donations and grants, and project spending.
// Runs after the venture demo (its tranche payments may already be in the ledger). Deterministic for a "today".
// `buildScaledFunds` fills a million rows for the benchmark.
import type { FundDirection, FundSourceKind } from '../../shared/enums'
import { FUND_SOURCE_KINDS } from '../../shared/enums'
import type { Database } from '../db/open'
import { seededRandom } from '../lib/random'

export interface DemoFundsOptions {
  today: string
  timestamp: string
  seed?: number
}

const BY = '示例数据'

interface Planned {
  date: string
  direction: FundDirection
  fen: number
  source: FundSourceKind
  organizationId: number | null
  serviceProjectId: number | null
  counterparty: string
  summary: string
}

const pad = (n: number) => String(n).padStart(2, '0')

export function loadDemoFunds(db: Database, options: DemoFundsOptions): { fundEntries: number } {
  const random = seededRandom(options.seed ?? 806)
  const { today, timestamp } = options
  const thisYear = Number(today.slice(0, 4))
  /** An amount in 分 around `yuan` (±20%), to the 元, sometimes with 角分. */
  const about = (yuan: number): number => {
    const whole = Math.round(yuan * (0.8 + random() * 0.4))
    return whole * 100 + (random() < 0.3 ? Math.floor(random() * 100) : 0)
  }
  const planned: Planned[] = []
  const plan = (p: Omit<Planned, 'organizationId' | 'serviceProjectId'> & Partial<Planned>) =>
    planned.push({ organizationId: null, serviceProjectId: null, ...p })

  // The base's own money.
  for (let year = thisYear - 2; year <= thisYear; year++) {
    const d = (m: number, day: number) => `${year}-${pad(m)}-${pad(day)}`
    plan({
      date: d(3, 12),
      direction: 'in',
      fen: 48_000_000,
      source: 'fiscal_special',
      counterparty: '福山区民政局',
      summary: `${year} 年度社会组织孵化基地运营经费（财政专项）`,
    })
    plan({
      date: d(4, 8),
      direction: 'in',
      fen: 6_000_000,
      source: 'party_work_fund',
      counterparty: '中共福山区委组织部',
      summary: `${year} 年度社会组织党建工作经费`,
    })
    plan({
      date: d(5, 20),
      direction: 'in',
      fen: about(18_000),
      source: 'party_dues_refund',
      counterparty: '中共福山区委社会工作部',
      summary: `全额返拨 ${year - 1} 年度党费，用于支部党员教育`,
    })
    plan({
      date: d(6, 3),
      direction: 'in',
      fen: 30_000_000,
      source: 'welfare_lottery',
      counterparty: '烟台市民政局',
      summary: `${year} 年度福彩公益金（公益创投专项）`,
    })
    plan({
      date: d(7, 15),
      direction: 'in',
      fen: about(120_000),
      source: 'government_purchase',
      counterparty: '福山区民政局',
      summary: `${year} 年度社会组织能力建设培训服务（政府购买服务）`,
    })
    plan({
      date: d(9, 9),
      direction: 'in',
      fen: about(50_000),
      source: 'donation',
      counterparty: '烟台万华爱心基金',
      summary: '“99 公益日”配捐款',
    })
    if (year !== thisYear - 1)
      plan({
        date: d(10, 26),
        direction: 'in',
        fen: about(80_000),
        source: 'foundation_grant',
        counterparty: '山东省慈善总会',
        summary: '社区社会组织培育项目资助',
      })
    if (year === thisYear - 1)
      plan({
        date: d(11, 18),
        direction: 'in',
        fen: 2_000_000,
        source: 'reward',
        counterparty: '烟台市民政局',
        summary: '全市优秀社会组织孵化基地奖励',
      })
    // Spending, month by month and at the big moments of the year.
    for (let m = 1; m <= 12; m++) {
      if (d(m, 25) > today) break
      plan({
        date: d(m, 25),
        direction: 'out',
        fen: about(9_500),
        source: 'fiscal_special',
        counterparty: '福山区城市物业服务中心',
        summary: `${m} 月孵化基地场地物业、水电费`,
      })
      if (m % 3 === 0)
        plan({
          date: d(m, 28),
          direction: 'out',
          fen: about(6_000),
          source: 'government_purchase',
          counterparty: '烟台社会工作培训学院',
          summary: `第 ${m / 3} 季度社会组织能力建设培训`,
        })
      if (m % 2 === 0)
        plan({
          date: d(m, 18),
          direction: 'out',
          fen: about(2_500),
          source: 'party_work_fund',
          counterparty: '基地党支部',
          summary: m === 6 ? '“七一”主题党日活动' : '主题党日及党员教育学习资料',
        })
    }
    plan({
      date: d(12, 10),
      direction: 'out',
      fen: about(12_000),
      source: 'party_dues_refund',
      counterparty: '基地党支部',
      summary: '党费返拨资金：党员教育培训、慰问困难党员',
    })
  }

  // Several residents: their contracts, donations and grants, and what their projects spent.
  const organizations = db
    .prepare(`SELECT id, name FROM organization WHERE archived_at IS NULL ORDER BY id LIMIT 8`)
    .all() as { id: number; name: string }[]
  const projectOf = db.prepare(
    'SELECT id, name FROM service_project WHERE organization_id = ? AND archived_at IS NULL ORDER BY id LIMIT 1',
  )
  const incomes: [FundSourceKind, string, string, number][] = [
    ['government_purchase', '福山区民政局', '居家养老上门服务（政府购买服务）', 160_000],
    ['donation', '烟台爱心企业联合会', '爱心企业定向捐赠', 30_000],
    ['foundation_grant', '中国社会福利基金会', '社区公益项目资助', 60_000],
    ['special_subsidy', '福山区财政局', '社会组织品牌项目专项补助', 20_000],
    ['donation', '个人爱心捐赠（汇总）', '“99 公益日”网络募捐', 12_000],
  ]
  organizations.forEach((org, i) => {
    const project = projectOf.get(org.id) as { id: number; name: string } | undefined
    for (let year = thisYear - 2; year <= thisYear; year++) {
      const plans = [incomes[i % incomes.length], incomes[(i + 2) % incomes.length]]
      plans.forEach((inc, k) => {
        if (!inc) return
        const [source, counterparty, summary, yuan] = inc
        const month = 2 + ((i * 3 + k * 4 + year) % 9)
        const date = `${year}-${pad(month)}-${pad(5 + ((i + k) % 20))}`
        if (date > today) return
        const fen = about(yuan)
        plan({
          date,
          direction: 'in',
          fen,
          source,
          organizationId: org.id,
          serviceProjectId: project && k === 0 ? project.id : null,
          counterparty,
          summary: project && k === 0 ? `${summary}：${project.name}` : summary,
        })
        // Spent in two parts over the following months, never more than came in.
        for (const [part, later] of [
          [0.45, 1],
          [0.35, 3],
        ] as const) {
          const m = month + later
          const spentOn = m <= 12 ? `${year}-${pad(m)}-${pad(10 + k)}` : null
          if (!spentOn || spentOn > today) continue
          plan({
            date: spentOn,
            direction: 'out',
            fen: Math.floor((fen * Math.round(part * 100)) / 100),
            source,
            organizationId: org.id,
            serviceProjectId: project && k === 0 ? project.id : null,
            counterparty: later === 1 ? '项目执行团队（劳务）' : '活动物资供应商',
            summary: later === 1 ? `${summary}——项目人员劳务及交通补贴` : `${summary}——活动物资采购`,
          })
        }
      })
    }
  })

  planned.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const insert = db.prepare(
    `INSERT INTO fund_entry (date, direction, amount_fen, source_kind, organization_id, service_project_id,
       counterparty, summary, document_no, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const numbers = new Map<string, number>()
  let count = 0
  for (const p of planned) {
    if (p.date > today) continue
    const year = p.date.slice(0, 4)
    const n = (numbers.get(year) ?? 0) + 1
    numbers.set(year, n)
    insert.run(
      p.date,
      p.direction,
      p.fen,
      p.source,
      p.organizationId,
      p.serviceProjectId,
      p.counterparty,
      p.summary,
      `记-${year}-${String(n).padStart(3, '0')}`,
      BY,
      timestamp,
    )
    count += 1
  }
  // One mistaken entry, 冲销 with its reason, as a user would have done.
  const last = db
    .prepare('SELECT id FROM fund_entry WHERE created_by = ? ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(BY)
  if (typeof last === 'number') {
    const id = Number(
      insert.run(
        `${thisYear - 1}-12-25`,
        'out',
        950_000,
        'fiscal_special',
        null,
        null,
        '福山区城市物业服务中心',
        '12 月孵化基地场地物业、水电费',
        `记-${thisYear - 1}-900`,
        BY,
        timestamp,
      ).lastInsertRowid,
    )
    db.prepare('UPDATE fund_entry SET archived_at = ?, archive_reason = ? WHERE id = ?').run(
      timestamp,
      '与记账凭证重复登记，冲销',
      id,
    )
    count += 1
  }
  return { fundEntries: count }
}

/**
 * `count` ledger rows over the ten years up to `today`, across every source, a quarter of them the base's own and
 * the rest spread over `organizations` organisations (ids 1…n), in one INSERT … SELECT. The triggers of migration
 * 0010 keep the tally as each row goes in, exactly as for a row typed in the form.
 */
export function buildScaledFunds(
  db: Database,
  options: { count: number; organizations: number; today: string; timestamp: string },
): { fundEntries: number } {
  const start = `${Number(options.today.slice(0, 4)) - 9}-01-01`
  const days = (Date.parse(options.today) - Date.parse(start)) / 86_400_000 + 1
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
     INSERT INTO fund_entry (date, direction, amount_fen, source_kind, organization_id, counterparty, summary,
       document_no, created_by, created_at)
     SELECT date(@start, '+' || CAST((i * 7919) % @days AS INTEGER) || ' days'),
       CASE WHEN i % 3 = 0 THEN 'out' ELSE 'in' END,
       CAST(1 + (i * 104729) % 50000000 AS INTEGER),
       json_extract(@sources, '$[' || CAST((i * 31) % @sourceCount AS INTEGER) || ']'),
       CASE WHEN i % 4 = 0 THEN NULL ELSE CAST(1 + (i * 15485863) % @organizations AS INTEGER) END,
       '基准测试往来单位', '基准测试收支 ' || i, '记-' || i, '基准测试', @timestamp
     FROM n`,
  ).run({
    count: options.count,
    start,
    days,
    sources: JSON.stringify(FUND_SOURCE_KINDS),
    sourceCount: FUND_SOURCE_KINDS.length,
    organizations: options.organizations,
    timestamp: options.timestamp,
  })
  return { fundEntries: options.count }
}
