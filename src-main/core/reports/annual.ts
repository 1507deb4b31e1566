// 年度工作报告 (issue 9): one year's figures of every area the caller may read, as small tables. The screen, the
// printed page and the workbook are all made from `annualReport`, and every figure comes from the module's own
// query (occupancy, coaching hours, fund tally, coverage rates, six-sync totals, 三会一课 compliance, dues ledger),
// so the report says what the module's screen says. Aggregates only: no ID number or phone is ever read.
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import { enumLabelsZhCN } from '../../shared/messages'
import type {
  AnnualReport,
  ComplianceCell,
  ComplianceRow,
  ReportArea,
  ReportAreaKey,
  ReportCell,
  ReportColumn,
  ReportTable,
  ReportValueKind,
} from '../../shared/entities'
import {
  BRAND_STAGES,
  COACHING_DIMENSIONS,
  LEGAL_TYPES,
  PARTY_ORG_STATUSES,
  SERVICE_AREAS,
  STAGES,
  UNIT_TYPES,
  type Stage,
} from '../../shared/enums'
import { complianceSummary } from '../branch/compliance'
import { duesLedger } from '../branch/dues'
import { listMeetings } from '../branch/meetings'
import { actorCan, type Actor } from '../context'
import { coverageRates } from '../coverage/rates'
import { sixSyncRows, statusDateOf } from '../coverage/sixSync'
import type { Database } from '../db/open'
import { stageOnSql } from '../organizations/repository'
import { labelsWith, type Labels } from '../lib/labels'
import { itemWhere } from '../mentoring/sessions'
import { mentoringStats } from '../mentoring/stats'
import { fundTotals } from '../projects/funds'
import { inKindValue, occupancyByMonth, occupancyOn } from '../space/occupancy'
import { readSetting } from '../system/settings'

/** zh-CN words when the caller sent none (the command line, tests); the renderer sends the user's language. */
export const DEFAULT_LABELS: Labels = {
  'w.reportTitle': '{base} {year} 年度工作报告',
  'w.defaultBase': '孵化基地',
  'w.areaResidents': '入驻组织',
  'w.areaSpace': '空间管理',
  'w.areaCoaching': '陪伴指导',
  'w.areaProjects': '项目与资金',
  'w.areaCoverage': '党建覆盖与两关六同步',
  'w.areaBranch': '基地党支部',
  'w.item': '项目',
  'w.count': '数量',
  'w.value': '数值',
  'w.month': '月份',
  'w.monthN': '{month} 月',
  'w.total': '合计',
  'w.keyFigures': '主要数字',
  'w.asOf': '（截至 {date}）',
  'w.inResidence': '在驻组织数',
  'w.servedInYear': '本年度在驻过的组织数',
  'w.entered': '本年新入驻',
  'w.graduated': '本年出壳',
  'w.exited': '本年退出',
  'w.byStage': '按孵化阶段',
  'w.byLegalType': '在驻组织按组织类型',
  'w.byServiceArea': '在驻组织按服务领域',
  'w.stageNote': '阶段以统计日当天的孵化阶段记录为准；已归档的组织不计入。',
  'w.residentList': '本年度在驻组织名单',
  'w.name': '组织名称',
  'w.legalType': '组织类型',
  'w.serviceAreas': '服务领域',
  'w.stage': '孵化阶段',
  'w.agreementStart': '入驻协议开始',
  'w.agreementEnd': '入驻协议结束',
  'w.unitsByType': '空间单元',
  'w.unitType': '单元类型',
  'w.units': '单元数',
  'w.areaM2': '面积（m²）',
  'w.allocationsStarted': '本年新签分配',
  'w.allocationsActive': '在用分配',
  'w.occupancyNow': '办公空间占用率（%）',
  'w.occupancyByMonth': '办公空间月度占用率',
  'w.rate': '占用率（%）',
  'w.bookings': '预约（按单元类型）',
  'w.bookingCount': '预约次数',
  'w.bookingHours': '预约时长（小时）',
  'w.inKindOrgs': '受支持组织数',
  'w.inKindTotal': '折算价值合计（元）',
  'w.referenceRent': '参考租金（元/m²·天）',
  'w.occupancyNote': '占用率按天加权：已分配面积×天数 ÷ 可分配面积×天数（独立办公室、工位）。',
  'w.sessions': '指导次数',
  'w.hours': '指导时长（小时）',
  'w.mentorCount': '参与导师数',
  'w.coachedOrgs': '受指导组织数',
  'w.coachingByMonth': '按月指导情况',
  'w.coachingByDimension': '按指导维度',
  'w.dimension': '指导维度',
  'w.dimensionNote': '一次指导涉及多个维度时，时长在这些维度间平均分摊；合计只计一次。',
  'w.actionItems': '待办事项',
  'w.itemsOpened': '本年新增',
  'w.itemsDone': '本年完成',
  'w.itemsCancelled': '本年取消',
  'w.itemsOverdue': '逾期未完成',
  'w.topMentors': '导师指导时长（前 10 位）',
  'w.mentor': '导师',
  'w.organizations': '组织数',
  'w.serviceProjects': '服务项目',
  'w.projectsRunning': '本年开展的服务项目',
  'w.projectsStarted': '本年新开展',
  'w.beneficiaries': '受益人数',
  'w.brandsByStage': '服务品牌（按品牌阶段，当前）',
  'w.brandStage': '品牌阶段',
  'w.venture': '公益创投',
  'w.rounds': '本年创投轮次',
  'w.ventureProjects': '本年轮次的项目数',
  'w.grants': '资助金额合计（元）',
  'w.tranchesPaid': '本年拨付笔数',
  'w.tranchesPaidFen': '本年拨付金额（元）',
  'w.fundsBySource': '资金台账（按资金来源）',
  'w.source': '资金来源',
  'w.inFen': '收入（元）',
  'w.outFen': '支出（元）',
  'w.netFen': '结余（元）',
  'w.entries': '笔数',
  'w.fundsNote': '与“资金统计”同一口径：未归档的台账记录按日期所在年度汇总。',
  'w.coverageRates': '覆盖率',
  'w.rateOrganizational': '组织覆盖率（%）',
  'w.rateStandalone': '单独组建率（%）',
  'w.rateWork': '工作覆盖率（%）',
  'w.coverageTotal': '统计总数',
  'w.organizational': '组织覆盖',
  'w.work': '工作覆盖',
  'w.uncovered': '未覆盖',
  'w.shouldForm': '应建未建',
  'w.ableToForm': '正式党员3人以上',
  'w.coverageNote':
    '组织覆盖率 =（单独组建 + 联合组建 + 兜底/兼合式）÷ 统计总数；单独组建率 = 单独组建 ÷ 统计总数；工作覆盖率 =（组织覆盖 + 仅有党建指导员/联络员）÷ 统计总数。',
  'w.byPartyStatus': '按党组织状态',
  'w.partyStatus': '党组织状态',
  'w.sixSync': '两关六同步（本年）',
  'w.sixSyncItem': '同步事项',
  'w.synced': '已同步',
  'w.notApplicable': '不适用',
  'w.notStarted': '未开始',
  'w.sixSyncNote': '纳入统计的组织数：{rows}；六项均已完成的组织数：{complete}。',
  'w.withGroup': '{kind}（{group}）',
  'w.meetings': '三会一课',
  'w.meetingKind': '会议类型',
  'w.minimum': '最低要求',
  'w.perPeriod': '每{period} {count} 次',
  'w.periodMonth': '月',
  'w.periodQuarter': '季度',
  'w.periodYear': '年',
  'w.q1': '第一季度',
  'w.q2': '第二季度',
  'w.q3': '第三季度',
  'w.q4': '第四季度',
  'w.yearHeld': '全年已开',
  'w.yearRequired': '全年应开',
  'w.shortPeriods': '未达标期数',
  'w.meetingsHeld': '本年召开会议次数',
  'w.meetingsShortfalls': '未达最低要求的期数',
  'w.meetingsNote': '各季度为“已开/应开”；一次会议可同时计入多种类型。',
  'w.dues': '党费收缴（按月）',
  'w.duesArrears': '党费欠缴',
  'w.dueFen': '应缴（元）',
  'w.paidFen': '已缴（元）',
  'w.collectionRate': '收缴率（%）',
  'w.arrearsMembers': '有欠缴的党员人数',
  'w.arrearsFen': '欠缴合计（元）',
  'w.duesNote': '应缴计至当月；收缴率 = 已缴 ÷ 应缴。',
  'w.heldOfRequired': '{held}/{required}',
  ...enumLabelsZhCN('stage'),
  ...enumLabelsZhCN('legalType'),
  ...enumLabelsZhCN('serviceArea'),
  ...enumLabelsZhCN('unitType'),
  'dimension.capacity': '能力提升',
  'dimension.project_design': '项目谋划',
  'dimension.implementation': '组织实施',
  'dimension.evaluation': '效果评估',
  'dimension.party_building': '党建指导',
  'brandStage.nurturing': '培育',
  'brandStage.formed': '成型',
  'brandStage.brand': '品牌',
  'fundSourceKind.fiscal_special': '财政专项资金',
  'fundSourceKind.welfare_lottery': '福利彩票公益金',
  'fundSourceKind.government_purchase': '政府购买服务',
  'fundSourceKind.party_work_fund': '党建工作经费（财政专拨）',
  'fundSourceKind.party_dues_allocation': '党费下拨',
  'fundSourceKind.party_dues_refund': '党费全额返拨',
  'fundSourceKind.reward': '奖励拨款',
  'fundSourceKind.special_subsidy': '专项补助',
  'fundSourceKind.donation': '社会捐赠',
  'fundSourceKind.foundation_grant': '基金会资助',
  'fundSourceKind.other': '其他',
  'partyOrgStatus.standalone': '单独组建',
  'partyOrgStatus.joint': '联合组建',
  'partyOrgStatus.fallback': '兜底',
  'partyOrgStatus.combined': '兼合式',
  'partyOrgStatus.work_only': '仅有党建指导员/联络员',
  'partyOrgStatus.none': '无',
  'sixSyncItem.1': '登记注册与党组织设立同步审批',
  'sixSyncItem.2': '年检与党建工作同步检查',
  'sixSyncItem.3': '等级评估与党组织规范化建设评估同步开展',
  'sixSyncItem.4': '自身建设与党组织建设同步考核',
  'sixSyncItem.5': '创先争优同步表彰',
  'sixSyncItem.6': '换届调整班子同步',
  ...enumLabelsZhCN('meetingKind'),
}

const word = labelsWith(DEFAULT_LABELS)

/** Who may see each area: the module's own read permission (either one for the two-module areas). */
export const AREA_ACCESS: Record<ReportAreaKey, (actor: Actor) => boolean> = {
  residents: (a) => actorCan(a, 'organization.read'),
  space: (a) => actorCan(a, 'space.read'),
  coaching: (a) => actorCan(a, 'mentoring.read'),
  projects: (a) => actorCan(a, 'project.read') || actorCan(a, 'fund.read'),
  coverage: (a) => actorCan(a, 'coverage.read'),
  branch: (a) => actorCan(a, 'branch.read') || actorCan(a, 'dues.read'),
}

const AREA_WORD: Record<ReportAreaKey, string> = {
  residents: 'w.areaResidents',
  space: 'w.areaSpace',
  coaching: 'w.areaCoaching',
  projects: 'w.areaProjects',
  coverage: 'w.areaCoverage',
  branch: 'w.areaBranch',
}

const IN_RESIDENCE = IN_RESIDENCE_STAGES.map((s) => `'${s}'`).join(',')

/** Percent with one decimal (0–100) of a ratio, or null without a denominator. */
const percentOf = (ratio: number | null): number | null =>
  ratio === null ? null : Math.round(ratio * 1000) / 10
const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part * 1000) / whole) / 10 : null
const oneDecimal = (n: number): number => Math.round(n * 10) / 10

/** What every area builder gets. */
interface Ctx {
  db: Database
  actor: Actor
  year: number
  from: string
  to: string
  asOf: string
  today: string
  labels: Labels
  w: (key: string, params?: Record<string, string | number>) => string
}

function table(
  ctx: Ctx,
  key: string,
  titleKey: string,
  columns: [string, ReportValueKind][],
  rows: ReportCell[][],
  noteKey: string | null = null,
): ReportTable {
  return {
    key,
    title: ctx.w(titleKey),
    columns: columns.map(([k, kind]): ReportColumn => ({ title: ctx.w(k), kind })),
    rows,
    note: noteKey ? ctx.w(noteKey) : null,
    rowKinds: null,
  }
}

/** Item / value rows, the key figures of an area: each value has its own kind (a count, 元, a percentage). */
function keyFigures(
  ctx: Ctx,
  key: string,
  titleKey: string,
  rows: [string, number | null, ReportValueKind][],
): ReportTable {
  return {
    ...table(
      ctx,
      key,
      titleKey,
      [
        ['w.item', 'text'],
        ['w.value', 'integer'],
      ],
      rows.map(([k, v]) => [ctx.w(k), v]),
    ),
    rowKinds: rows.map(([, , kind]) => kind),
  }
}

// ---- 入驻组织 ----

/** The stage of each organisation (archived ones left out) on a date, from the stage history. */
function stagesOn(db: Database, date: string): { id: number; legal_type: string; stage: Stage | null }[] {
  return db
    .prepare(
      `SELECT o.id, o.legal_type, ${stageOnSql('o.id', '@date')} AS stage
       FROM organization o WHERE o.archived_at IS NULL`,
    )
    .all({ date }) as { id: number; legal_type: string; stage: Stage | null }[]
}

/** Organisations whose history reaches `stage` (any of `stages`) within the year, counted once each. */
function reachedInYear(ctx: Ctx, stages: string, firstTime: boolean): Set<number> {
  const sql = firstTime
    ? `SELECT h.organization_id FROM organization_stage_history h JOIN organization o ON o.id = h.organization_id
        WHERE o.archived_at IS NULL AND h.stage IN (${stages})
        GROUP BY h.organization_id HAVING min(h.date) BETWEEN @from AND @to`
    : `SELECT DISTINCT h.organization_id FROM organization_stage_history h JOIN organization o ON o.id = h.organization_id
        WHERE o.archived_at IS NULL AND h.stage IN (${stages}) AND h.date BETWEEN @from AND @to`
  return new Set(ctx.db.prepare(sql).pluck().all({ from: ctx.from, to: ctx.to }) as number[])
}

/** In residence at any time of the year: on 1 January, or reaching a stage in residence during it. */
export function residentsOfYear(db: Database, year: number, asOf: string): Set<number> {
  const from = `${year}-01-01`
  const ids = new Set(
    stagesOn(db, from)
      .filter((r) => r.stage !== null && IN_RESIDENCE_STAGES.includes(r.stage))
      .map((r) => r.id),
  )
  for (const id of db
    .prepare(
      `SELECT DISTINCT h.organization_id FROM organization_stage_history h JOIN organization o ON o.id = h.organization_id
        WHERE o.archived_at IS NULL AND h.stage IN (${IN_RESIDENCE}) AND h.date BETWEEN @from AND @to`,
    )
    .pluck()
    .all({ from, to: asOf }) as number[])
    ids.add(id)
  return ids
}

function residentsArea(ctx: Ctx): ReportTable[] {
  const { db, w } = ctx
  const onDate = stagesOn(db, ctx.asOf)
  const inResidence = onDate.filter((r) => r.stage !== null && IN_RESIDENCE_STAGES.includes(r.stage))
  const residentIds = new Set(inResidence.map((r) => r.id))
  const served = residentsOfYear(db, ctx.year, ctx.asOf)
  const entered = reachedInYear(ctx, IN_RESIDENCE, true)
  const graduated = reachedInYear(ctx, "'graduated'", false)
  const exited = reachedInYear(ctx, "'exited'", false)
  const byStage = new Map<string, number>()
  for (const r of onDate) if (r.stage) byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + 1)
  const byType = new Map<string, number>()
  for (const r of inResidence) byType.set(r.legal_type, (byType.get(r.legal_type) ?? 0) + 1)
  const byArea = new Map<string, number>()
  for (const r of db.prepare('SELECT organization_id, area FROM organization_service_area').raw().all() as [
    number,
    string,
  ][]) {
    if (residentIds.has(r[0])) byArea.set(r[1], (byArea.get(r[1]) ?? 0) + 1)
  }
  const asOfWord = w('w.asOf', { date: ctx.asOf })
  const countColumns = (first: string): [string, ReportValueKind][] => [
    [first, 'text'],
    ['w.count', 'integer'],
  ]
  const key = keyFigures(ctx, 'residents.key', 'w.keyFigures', [
    ['w.inResidence', residentIds.size, 'integer'],
    ['w.servedInYear', served.size, 'integer'],
    ['w.entered', entered.size, 'integer'],
    ['w.graduated', graduated.size, 'integer'],
    ['w.exited', exited.size, 'integer'],
  ])
  key.title += asOfWord
  const stages = table(
    ctx,
    'residents.stage',
    'w.byStage',
    countColumns('w.stage'),
    STAGES.map((s) => [w(`stage.${s}`), byStage.get(s) ?? 0]),
    'w.stageNote',
  )
  stages.title += asOfWord
  return [
    key,
    stages,
    table(
      ctx,
      'residents.legalType',
      'w.byLegalType',
      countColumns('w.legalType'),
      LEGAL_TYPES.map((t) => [w(`legalType.${t}`), byType.get(t) ?? 0]),
    ),
    table(
      ctx,
      'residents.serviceArea',
      'w.byServiceArea',
      countColumns('w.serviceAreas'),
      SERVICE_AREAS.map((a) => [w(`serviceArea.${a}`), byArea.get(a) ?? 0]),
    ),
  ]
}

/** The workbook's list of the year's residents: names, types, areas, stage and agreement dates only. */
export function residentList(ctx: Pick<Ctx, 'db' | 'year' | 'asOf' | 'w'>): ReportTable {
  const { db, w } = ctx
  const ids = residentsOfYear(db, ctx.year, ctx.asOf)
  const stage = new Map(stagesOn(db, ctx.asOf).map((r) => [r.id, r.stage]))
  const areas = new Map<number, string[]>()
  for (const [id, area] of db
    .prepare('SELECT organization_id, area FROM organization_service_area')
    .raw()
    .all() as [number, string][]) {
    if (!ids.has(id)) continue
    const list = areas.get(id) ?? []
    list.push(w(`serviceArea.${area}`))
    areas.set(id, list)
  }
  const rows = (
    db
      .prepare(
        `SELECT id, name, legal_type, agreement_start, agreement_end FROM organization
          WHERE archived_at IS NULL ORDER BY name_pinyin, id`,
      )
      .all() as {
      id: number
      name: string
      legal_type: string
      agreement_start: string | null
      agreement_end: string | null
    }[]
  )
    .filter((r) => ids.has(r.id))
    .map((r): ReportCell[] => {
      const s = stage.get(r.id)
      return [
        r.name,
        w(`legalType.${r.legal_type}`),
        (areas.get(r.id) ?? []).join('、'),
        s ? w(`stage.${s}`) : null,
        r.agreement_start,
        r.agreement_end,
      ]
    })
  return {
    key: 'residents.list',
    title: w('w.residentList'),
    columns: (
      [
        ['w.name', 'text'],
        ['w.legalType', 'text'],
        ['w.serviceAreas', 'text'],
        ['w.stage', 'text'],
        ['w.agreementStart', 'text'],
        ['w.agreementEnd', 'text'],
      ] as const
    ).map(([k, kind]) => ({ title: w(k), kind })),
    rows,
    note: null,
    rowKinds: null,
  }
}

// ---- 空间管理 ----

function spaceArea(ctx: Ctx): ReportTable[] {
  const { db, w } = ctx
  const units = db
    .prepare(
      `SELECT unit_type, count(*) AS n, sum(area_centi) AS centi FROM space_unit WHERE archived_at IS NULL
        GROUP BY unit_type`,
    )
    .all() as { unit_type: string; n: number; centi: number }[]
  const unitsBy = new Map(units.map((u) => [u.unit_type, u]))
  const started = db
    .prepare(
      `SELECT count(*) FROM space_allocation WHERE cancelled_at IS NULL AND start_date BETWEEN @from AND @to`,
    )
    .pluck()
    .get({ from: ctx.from, to: ctx.to }) as number
  const active = db
    .prepare(
      `SELECT count(*) FROM space_allocation WHERE cancelled_at IS NULL AND start_date <= @d AND end_date >= @d`,
    )
    .pluck()
    .get({ d: ctx.asOf }) as number
  const now = occupancyOn(db, ctx.asOf).overall
  const months = occupancyByMonth(db, ctx.year)
  const bookings = db
    .prepare(
      `SELECT u.unit_type, count(*) AS n, sum(b.end_min - b.start_min) AS minutes
         FROM space_booking b JOIN space_unit u ON u.id = b.unit_id
        WHERE b.cancelled_at IS NULL AND b.date BETWEEN @from AND @to GROUP BY u.unit_type`,
    )
    .all({ from: ctx.from, to: ctx.to }) as { unit_type: string; n: number; minutes: number }[]
  const inKind = inKindValue(db, ctx.year)
  const key = keyFigures(ctx, 'space.key', 'w.keyFigures', [
    ['w.allocationsStarted', started, 'integer'],
    ['w.allocationsActive', active, 'integer'],
    ['w.occupancyNow', percentOf(now.rate), 'percent'],
    ['w.inKindOrgs', inKind.rows.length, 'integer'],
    ['w.inKindTotal', inKind.totalFen, 'money'],
    ['w.referenceRent', inKind.referenceRentFen, 'money'],
  ])
  key.title += w('w.asOf', { date: ctx.asOf })
  return [
    key,
    table(
      ctx,
      'space.units',
      'w.unitsByType',
      [
        ['w.unitType', 'text'],
        ['w.units', 'integer'],
        ['w.areaM2', 'decimal'],
      ],
      UNIT_TYPES.map((t) => {
        const u = unitsBy.get(t)
        return [w(`unitType.${t}`), u?.n ?? 0, u ? u.centi / 100 : 0]
      }),
    ),
    table(
      ctx,
      'space.occupancy',
      'w.occupancyByMonth',
      [
        ['w.month', 'text'],
        ['w.rate', 'percent'],
      ],
      // Months after the reporting date (a year in progress) have no figure yet, not the allocations planned ahead.
      months.map((m, i) => [
        w('w.monthN', { month: i + 1 }),
        m.month > ctx.asOf.slice(0, 7) ? null : percentOf(m.rate),
      ]),
      'w.occupancyNote',
    ),
    table(
      ctx,
      'space.bookings',
      'w.bookings',
      [
        ['w.unitType', 'text'],
        ['w.bookingCount', 'integer'],
        ['w.bookingHours', 'decimal'],
      ],
      bookings.map((b) => [w(`unitType.${b.unit_type}`), b.n, oneDecimal(b.minutes / 60)]),
    ),
  ]
}

// ---- 陪伴指导 ----

function coachingArea(ctx: Ctx): ReportTable[] {
  const { db, w } = ctx
  const stats = mentoringStats(db, ctx.year)
  const count = (where: string, params: Record<string, string>): number =>
    db.prepare(`SELECT count(*) FROM coaching_action_item i WHERE ${where}`).pluck().get(params) as number
  const opened = count(
    'i.session_id IN (SELECT id FROM coaching_session WHERE archived_at IS NULL AND date BETWEEN @from AND @to)',
    { from: ctx.from, to: ctx.to },
  )
  const closedIn = (status: string) =>
    count(`i.status = '${status}' AND substr(i.closed_at, 1, 10) BETWEEN @from AND @to`, {
      from: ctx.from,
      to: ctx.to,
    })
  const overdue = itemWhere({ status: 'overdue' }, ctx.asOf)
  const overdueCount = db
    .prepare(`SELECT count(*) FROM coaching_action_item i ${overdue.where}`)
    .pluck()
    .get(overdue.params) as number
  const byDim = new Map(stats.byDimension.map((r) => [r.key, r]))
  return [
    keyFigures(ctx, 'coaching.key', 'w.keyFigures', [
      ['w.sessions', stats.sessions, 'integer'],
      ['w.hours', oneDecimal(stats.hours), 'decimal'],
      ['w.mentorCount', stats.mentorCount, 'integer'],
      ['w.coachedOrgs', stats.organizationCount, 'integer'],
    ]),
    table(
      ctx,
      'coaching.month',
      'w.coachingByMonth',
      [
        ['w.month', 'text'],
        ['w.sessions', 'integer'],
        ['w.hours', 'decimal'],
      ],
      stats.byMonth.map((r, i) => [w('w.monthN', { month: i + 1 }), r.sessions, oneDecimal(r.hours)]),
    ),
    table(
      ctx,
      'coaching.dimension',
      'w.coachingByDimension',
      [
        ['w.dimension', 'text'],
        ['w.sessions', 'integer'],
        ['w.hours', 'decimal'],
      ],
      COACHING_DIMENSIONS.map((d) => {
        const r = byDim.get(d)
        return [w(`dimension.${d}`), r?.sessions ?? 0, oneDecimal(r?.hours ?? 0)]
      }),
      'w.dimensionNote',
    ),
    table(
      ctx,
      'coaching.items',
      'w.actionItems',
      [
        ['w.item', 'text'],
        ['w.count', 'integer'],
      ],
      [
        [w('w.itemsOpened'), opened],
        [w('w.itemsDone'), closedIn('done')],
        [w('w.itemsCancelled'), closedIn('cancelled')],
        [w('w.itemsOverdue') + w('w.asOf', { date: ctx.asOf }), overdueCount],
      ],
    ),
    table(
      ctx,
      'coaching.mentors',
      'w.topMentors',
      [
        ['w.mentor', 'text'],
        ['w.sessions', 'integer'],
        ['w.hours', 'decimal'],
        ['w.organizations', 'integer'],
      ],
      stats.byMentor
        .slice(0, 10)
        .map((r) => [r.name, r.sessions, oneDecimal(r.hours), r.organizations ?? null]),
    ),
  ]
}

// ---- 项目与资金 ----

function projectsArea(ctx: Ctx): ReportTable[] {
  const { db, w } = ctx
  const tables: ReportTable[] = []
  if (actorCan(ctx.actor, 'project.read')) {
    const p = { from: ctx.from, to: ctx.to }
    const running = db
      .prepare(
        `SELECT count(*) AS n, coalesce(sum(beneficiary_count), 0) AS people FROM service_project
          WHERE archived_at IS NULL AND start_date <= @to AND (end_date IS NULL OR end_date >= @from)`,
      )
      .get(p) as { n: number; people: number }
    const started = db
      .prepare(
        `SELECT count(*) FROM service_project WHERE archived_at IS NULL AND start_date BETWEEN @from AND @to`,
      )
      .pluck()
      .get(p) as number
    const brands = new Map(
      (
        db
          .prepare(
            `SELECT brand_stage, count(*) AS n FROM service_project
              WHERE archived_at IS NULL AND brand_stage IS NOT NULL GROUP BY brand_stage`,
          )
          .all() as { brand_stage: string; n: number }[]
      ).map((r) => [r.brand_stage, r.n]),
    )
    const venture = db
      .prepare(
        `SELECT count(DISTINCT r.id) AS rounds, count(p.id) AS projects, coalesce(sum(p.grant_fen), 0) AS grants
           FROM venture_round r LEFT JOIN venture_project p ON p.round_id = r.id AND p.archived_at IS NULL
          WHERE r.archived_at IS NULL AND r.year = @year`,
      )
      .get({ year: ctx.year }) as { rounds: number; projects: number; grants: number }
    const paid = db
      .prepare(
        `SELECT count(*) AS n, coalesce(sum(t.amount_fen), 0) AS fen FROM venture_tranche t
           JOIN venture_project p ON p.id = t.project_id
          WHERE p.archived_at IS NULL AND t.paid_on BETWEEN @from AND @to`,
      )
      .get(p) as { n: number; fen: number }
    tables.push(
      keyFigures(ctx, 'projects.services', 'w.serviceProjects', [
        ['w.projectsRunning', running.n, 'integer'],
        ['w.projectsStarted', started, 'integer'],
        ['w.beneficiaries', running.people, 'integer'],
      ]),
      table(
        ctx,
        'projects.brands',
        'w.brandsByStage',
        [
          ['w.brandStage', 'text'],
          ['w.count', 'integer'],
        ],
        BRAND_STAGES.map((s) => [w(`brandStage.${s}`), brands.get(s) ?? 0]),
      ),
      keyFigures(ctx, 'projects.venture', 'w.venture', [
        ['w.rounds', venture.rounds, 'integer'],
        ['w.ventureProjects', venture.projects, 'integer'],
        ['w.grants', venture.grants, 'money'],
        ['w.tranchesPaid', paid.n, 'integer'],
        ['w.tranchesPaidFen', paid.fen, 'money'],
      ]),
    )
  }
  if (actorCan(ctx.actor, 'fund.read')) {
    const totals = fundTotals(db, null, ctx.year)
    const year = totals.years.find((y) => y.year === ctx.year)
    const rows: ReportCell[][] = (year?.bySource ?? []).map((s) => [
      w(`fundSourceKind.${s.sourceKind}`),
      s.inFen,
      s.outFen,
      s.netFen,
      s.entries,
    ])
    rows.push([w('w.total'), year?.inFen ?? 0, year?.outFen ?? 0, year?.netFen ?? 0, year?.entries ?? 0])
    tables.push(
      table(
        ctx,
        'projects.funds',
        'w.fundsBySource',
        [
          ['w.source', 'text'],
          ['w.inFen', 'money'],
          ['w.outFen', 'money'],
          ['w.netFen', 'money'],
          ['w.entries', 'integer'],
        ],
        rows,
        'w.fundsNote',
      ),
    )
  }
  return tables
}

// ---- 党建覆盖与两关六同步 ----

function coverageArea(ctx: Ctx): ReportTable[] {
  const { db, w } = ctx
  const rates = coverageRates(db, ctx.asOf)
  const six = sixSyncRows(
    db,
    { year: ctx.year, search: null, partyStatus: null, item: null, itemStatus: null, onlyIncomplete: false },
    ctx.today,
  )
  const key = keyFigures(ctx, 'coverage.rates', 'w.coverageRates', [
    ['w.coverageTotal', rates.total, 'integer'],
    ['w.organizational', rates.organizational, 'integer'],
    ['w.rateOrganizational', rates.rates.organizational, 'percent'],
    ['w.rateStandalone', rates.rates.standalone, 'percent'],
    ['w.work', rates.work, 'integer'],
    ['w.rateWork', rates.rates.work, 'percent'],
    ['w.uncovered', rates.uncovered, 'integer'],
    ['w.ableToForm', rates.ableToForm, 'integer'],
    ['w.shouldForm', rates.shouldForm, 'integer'],
  ])
  key.title += w('w.asOf', { date: ctx.asOf })
  key.note = w('w.coverageNote')
  const complete = six.rows.filter((r) => r.cells.every((c) => c.status !== 'not_started')).length
  const sixTable = table(
    ctx,
    'coverage.sixSync',
    'w.sixSync',
    [
      ['w.sixSyncItem', 'text'],
      ['w.synced', 'integer'],
      ['w.notApplicable', 'integer'],
      ['w.notStarted', 'integer'],
    ],
    [
      ...six.totals.map((t): ReportCell[] => [
        w(`sixSyncItem.${t.item}`),
        t.synced,
        t.notApplicable,
        t.notStarted,
      ]),
    ],
  )
  sixTable.note = w('w.sixSyncNote', { rows: six.rows.length, complete })
  return [
    key,
    table(
      ctx,
      'coverage.status',
      'w.byPartyStatus',
      [
        ['w.partyStatus', 'text'],
        ['w.count', 'integer'],
      ],
      PARTY_ORG_STATUSES.map((s) => [w(`partyOrgStatus.${s}`), rates.byStatus[s]]),
    ),
    sixTable,
  ]
}

// ---- 基地党支部 ----

function branchArea(ctx: Ctx): ReportTable[] {
  const { db, w } = ctx
  const tables: ReportTable[] = []
  if (actorCan(ctx.actor, 'branch.read')) {
    const compliance = complianceSummary(db, ctx.year, ctx.today)
    const held = listMeetings(db, { year: ctx.year, includeArchived: false, page: 1, pageSize: 20 }).total
    tables.push(
      keyFigures(ctx, 'branch.key', 'w.keyFigures', [
        ['w.meetingsHeld', held, 'integer'],
        ['w.meetingsShortfalls', compliance.shortfalls, 'integer'],
      ]),
      table(
        ctx,
        'branch.meetings',
        'w.meetings',
        [
          ['w.meetingKind', 'text'],
          ['w.minimum', 'text'],
          ...[1, 2, 3, 4].map((q): [string, ReportValueKind] => [`w.q${q}`, 'text']),
          ['w.yearHeld', 'integer'],
          ['w.yearRequired', 'integer'],
          ['w.shortPeriods', 'integer'],
        ],
        compliance.rows.map((r) => [
          r.groupName
            ? w('w.withGroup', { kind: w(`meetingKind.${r.kind}`), group: r.groupName })
            : w(`meetingKind.${r.kind}`),
          w('w.perPeriod', { period: w(PERIOD_WORD[r.period]), count: r.count }),
          ...r.quarters.map((c) => w('w.heldOfRequired', { held: c.held, required: c.required })),
          r.year.held,
          r.year.required,
          ownPeriods(r).filter((c) => c.status === 'shortfall').length,
        ]),
        'w.meetingsNote',
      ),
    )
  }
  if (actorCan(ctx.actor, 'dues.read')) {
    const ledger = duesLedger(db, ctx.year, ctx.today)
    const rows: ReportCell[][] = ledger.monthTotals.map((m, i) => [
      w('w.monthN', { month: i + 1 }),
      m.dueFen,
      m.paidFen,
      percent(m.paidFen, m.dueFen),
    ])
    rows.push([
      w('w.total'),
      ledger.totals.dueFen,
      ledger.totals.paidFen,
      percent(ledger.totals.paidFen, ledger.totals.dueFen),
    ])
    tables.push(
      keyFigures(ctx, 'branch.arrears', 'w.duesArrears', [
        ['w.arrearsMembers', ledger.rows.filter((r) => r.arrearsFen > 0).length, 'integer'],
        ['w.arrearsFen', ledger.totals.arrearsFen, 'money'],
      ]),
      table(
        ctx,
        'branch.dues',
        'w.dues',
        [
          ['w.month', 'text'],
          ['w.dueFen', 'money'],
          ['w.paidFen', 'money'],
          ['w.collectionRate', 'percent'],
        ],
        rows,
        'w.duesNote',
      ),
    )
  }
  return tables
}

const PERIOD_WORD = { month: 'w.periodMonth', quarter: 'w.periodQuarter', year: 'w.periodYear' } as const

/** The cells a row's minimum is judged in: a quarterly minimum by quarter, not by month. */
const ownPeriods = (r: ComplianceRow): ComplianceCell[] =>
  r.period === 'month' ? r.months : r.period === 'quarter' ? r.quarters : [r.year]

const BUILDERS: Record<ReportAreaKey, (ctx: Ctx) => ReportTable[]> = {
  residents: residentsArea,
  space: spaceArea,
  coaching: coachingArea,
  projects: projectsArea,
  coverage: coverageArea,
  branch: branchArea,
}

/** The date a year's figures are read on: its last day, or today while it is running. */
export const reportDateOf = statusDateOf

export interface ReportRequest {
  db: Database
  actor: Actor
  year: number
  today: string
  labels: Labels
}

/** The context every area's tables are built from (also the workbook's resident list). */
export function reportContext({ db, actor, year, today, labels }: ReportRequest): Ctx {
  return {
    db,
    actor,
    year,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    asOf: reportDateOf(year, today),
    today,
    labels,
    w: (key, params) => word(labels, key, params),
  }
}

/** 年度工作报告 of a year: the areas the actor may read, in the sidebar's order. */
export function annualReport(req: ReportRequest): AnnualReport {
  const ctx = reportContext(req)
  const baseName = readSetting(req.db, 'base')?.baseName || ctx.w('w.defaultBase')
  const areas: ReportArea[] = (Object.keys(BUILDERS) as ReportAreaKey[])
    .filter((key) => AREA_ACCESS[key](req.actor))
    .map((key) => ({ key, title: ctx.w(AREA_WORD[key]), tables: BUILDERS[key](ctx) }))
  return {
    year: req.year,
    asOf: ctx.asOf,
    inProgress: ctx.asOf < ctx.to,
    baseName,
    title: ctx.w('w.reportTitle', { base: baseName, year: req.year }),
    issuedOn: req.today,
    areas,
  }
}
