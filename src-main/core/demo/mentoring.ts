// 示例数据 for 陪伴指导: mentors, pairings for the residents, a year of sessions with action items, plans and
// assessments at stage changes; and, for the benchmark, hundreds of thousands of sessions and items.
import type { CoachingDimension, CoachingMode, Stage } from '../../shared/enums'
import { COACHING_DIMENSIONS, COACHING_MODES } from '../../shared/enums'
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import type { Database } from '../db/open'
import { addDays, addMonths } from '../lib/dates'
import { seededRandom } from '../lib/random'
import { writeSetting } from '../system/settings'
import { dimensionBit, maskOf } from '../mentoring/repository'

interface DemoMentor {
  name: string
  kind: 'staff' | 'expert' | 'party_instructor'
  affiliation: string | null
  phone: string
  dimensions: CoachingDimension[]
  capacityHours: number
}

const MENTORS: readonly DemoMentor[] = [
  {
    name: '刘晓梅',
    kind: 'staff',
    affiliation: '基地运营部',
    phone: '13905351201',
    dimensions: ['capacity', 'implementation'],
    capacityHours: 40,
  },
  {
    name: '孙建华',
    kind: 'staff',
    affiliation: '基地运营部',
    phone: '13905351202',
    dimensions: ['project_design', 'evaluation'],
    capacityHours: 36,
  },
  {
    name: '赵文静',
    kind: 'staff',
    affiliation: '基地财务托管中心',
    phone: '13905351203',
    dimensions: ['capacity'],
    capacityHours: 30,
  },
  {
    name: '周立新',
    kind: 'expert',
    affiliation: '烟台大学社会学系',
    phone: '13605352204',
    dimensions: ['project_design', 'evaluation'],
    capacityHours: 12,
  },
  {
    name: '吴海燕',
    kind: 'expert',
    affiliation: '山东某会计师事务所',
    phone: '13605352205',
    dimensions: ['capacity', 'evaluation'],
    capacityHours: 8,
  },
  {
    name: '郑国强',
    kind: 'party_instructor',
    affiliation: '区社会组织党委',
    phone: '13805353206',
    dimensions: ['party_building'],
    capacityHours: 24,
  },
]

const TOPICS: Record<CoachingDimension, readonly [string, string, string, string][]> = {
  capacity: [
    [
      '财务制度与票据管理',
      '逐条讲解财务管理制度，核对近三个月票据',
      '报销凭证缺少经手人签字',
      '建立报销审批单，每月 5 日前完成对账',
    ],
    ['理事会运作', '列席理事会，指导会议记录和表决程序', '理事会记录不完整', '按章程补齐表决记录并归档'],
    ['志愿者管理', '梳理志愿者招募、培训和激励流程', '志愿服务时长未登记', '使用志愿服务平台登记时长'],
  ],
  project_design: [
    ['公益创投项目书', '帮助梳理项目需求分析和目标', '目标表述笼统，不可衡量', '按 SMART 原则改写项目目标'],
    ['项目预算编制', '核对预算科目和测算依据', '人员费用占比过高', '调整预算结构，补充测算说明'],
  ],
  implementation: [
    ['活动执行与安全预案', '现场查看社区活动组织情况', '缺少活动安全预案', '制定安全预案并报基地备案'],
    ['服务台账', '检查服务对象台账和签到表', '部分签到表缺失', '每次活动后 3 日内整理台账'],
  ],
  evaluation: [
    ['中期评估准备', '讲解评估指标，梳理佐证材料', '成效数据不完整', '补充服务前后对比数据'],
    ['服务满意度调查', '设计满意度问卷并试用', '样本量偏少', '扩大问卷发放范围至 50 份以上'],
  ],
  party_building: [
    [
      '党建工作覆盖',
      '了解组织内党员情况，讲解兜底覆盖和联合组建',
      '党员组织关系未转入',
      '协助党员办理组织关系转接',
    ],
    ['主题党日活动', '指导结合业务开展主题党日', '活动记录不规范', '按“三会一课”要求规范记录'],
  ],
}

const ITEMS = [
  '修订财务管理制度',
  '补齐理事会会议记录',
  '提交项目书修改稿',
  '整理服务台账',
  '补充活动照片和签到表',
  '完成满意度问卷汇总',
  '报送党员信息表',
  '制定安全预案',
]

export interface DemoMentoringOptions {
  today: string
  timestamp: string
  actorName: string
  seed?: number
}

function insertMentor(db: Database, m: DemoMentor, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO mentor (name, kind, phone, organization_name, dimension_mask, service_areas, monthly_capacity_min,
           active, account_id, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '[]', ?, 1, NULL, NULL, ?, ?)`,
      )
      .run(m.name, m.kind, m.phone, m.affiliation, maskOf(m.dimensions), m.capacityHours * 60, at, at)
      .lastInsertRowid,
  )
}

/** Mentors, pairings and a year of coaching for the demo base's residents. Call inside a transaction. */
export function loadDemoMentoring(
  db: Database,
  options: DemoMentoringOptions,
): { mentors: number; sessions: number; actionItems: number } {
  const random = seededRandom(options.seed ?? 505)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const at = options.timestamp
  const today = options.today
  writeSetting(db, 'mentoring', { inactiveDays: 30 })
  const mentorIds = MENTORS.map((m) => insertMentor(db, m, at))
  const orgs = db
    .prepare(
      `SELECT id, stage, stage_date, agreement_start FROM organization WHERE archived_at IS NULL AND stage IN
         (${IN_RESIDENCE_STAGES.map((s) => `'${s}'`).join(',')}) ORDER BY id`,
    )
    .all() as { id: number; stage: Stage; stage_date: string; agreement_start: string | null }[]
  const insertPairing = db.prepare(
    `INSERT INTO mentor_pairing (mentor_id, organization_id, dimension_mask, start_date, end_date, monthly_min, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, ?, NULL, ?, ?)`,
  )
  const insertSession = db.prepare(
    `INSERT INTO coaching_session (organization_id, mentor_id, date, start_min, end_min, duration_min, mode, dimension_mask,
       dimension_count, topics, work_done, problems, advice, feedback_score, feedback_comment, created_by, created_at, updated_at)
     VALUES (@org, @mentor, @date, @start, @end, @minutes, @mode, @mask, @count, @topics, @work, @problems, @advice,
       @score, @comment, NULL, @at, @at)`,
  )
  const insertItem = db.prepare(
    `INSERT INTO coaching_action_item (session_id, organization_id, mentor_id, title, owner, due_date, status, closed_at,
       closed_by, closed_by_id, close_note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
  )
  const insertGoal = db.prepare(
    `INSERT INTO coaching_goal (organization_id, dimension, title, target_date, status, progress, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  )
  const insertAssessment = db.prepare(
    `INSERT INTO capability_assessment (organization_id, date, occasion, stage, assessor, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertScore = db.prepare(
    'INSERT INTO capability_score (assessment_id, dimension, score, note) VALUES (?, ?, ?, NULL)',
  )
  const insertEvidence = db.prepare(
    'INSERT INTO capability_evidence (assessment_id, session_id) VALUES (?, ?)',
  )

  let sessions = 0
  let actionItems = 0
  const yearAgo = addMonths(today, -12)
  orgs.forEach((org, index) => {
    // The organisation with the last index is left without coaching lately, so the 统计 list shows it.
    const quiet = index === orgs.length - 1
    const start = org.agreement_start && org.agreement_start > yearAgo ? org.agreement_start : yearAgo
    const paired = [mentorIds[index % 3] ?? 1, mentorIds[3 + (index % 3)] ?? 1]
    // Every other organisation also has the 党建指导员 (once).
    if (index % 2 === 0 && !paired.includes(mentorIds[5] ?? 1)) paired.push(mentorIds[5] ?? 1)
    const dimsOf = (mentorIndex: number) => MENTORS[mentorIndex]?.dimensions ?? ['capacity']
    for (const mentorId of paired) {
      insertPairing.run(
        mentorId,
        org.id,
        maskOf(dimsOf(mentorIds.indexOf(mentorId))),
        start,
        mentorId === paired[0] ? 240 : 120,
        at,
        at,
      )
    }
    const sessionIds: { id: number; date: string }[] = []
    let date = addDays(start, 3 + Math.floor(random() * 10))
    const last = quiet ? addDays(today, -45) : today
    while (date <= last) {
      const mentorId = paired[Math.floor(random() * paired.length)] ?? 1
      const dims = dimsOf(mentorIds.indexOf(mentorId))
      const dim = pick(dims)
      const [topics, work, problems, advice] = pick(TOPICS[dim])
      const startMin = (9 + Math.floor(random() * 8)) * 60 + (random() < 0.5 ? 0 : 30)
      const minutes = 60 + 30 * Math.floor(random() * 4)
      const mode: CoachingMode = random() < 0.7 ? 'onsite' : pick(COACHING_MODES)
      const score = date < addDays(today, -7) && random() < 0.8 ? 3 + Math.floor(random() * 3) : null
      const id = Number(
        insertSession.run({
          org: org.id,
          mentor: mentorId,
          date,
          start: startMin,
          end: (startMin + minutes) % 1440,
          minutes,
          mode,
          mask: dimensionBit(dim),
          count: 1,
          topics,
          work,
          problems,
          advice,
          score,
          comment: score === null ? null : score >= 4 ? '指导很实用，问题讲得清楚' : '希望下次多留时间答疑',
          at,
        }).lastInsertRowid,
      )
      sessionIds.push({ id, date })
      sessions++
      const itemCount = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0
      for (let k = 0; k < itemCount; k++) {
        const due = addDays(date, 7 + Math.floor(random() * 21))
        // Older items were mostly done; a few stayed open past their date.
        const closed = due < today && random() < 0.85
        insertItem.run(
          id,
          org.id,
          mentorId,
          pick(ITEMS),
          random() < 0.75 ? 'organization' : 'mentor',
          due,
          closed ? 'done' : 'open',
          closed ? `${due}T17:00:00+08:00` : null,
          closed ? '基地管理员' : null,
          at,
        )
        actionItems++
      }
      date = addDays(date, 10 + Math.floor(random() * 15))
    }
    // A plan: one goal per dimension the pairings cover.
    COACHING_DIMENSIONS.slice(0, 3 + (index % 3)).forEach((d, k) => {
      const target = addMonths(today, k * 2 - 2)
      const status =
        target < today ? (k % 2 === 0 ? 'achieved' : 'in_progress') : k === 0 ? 'in_progress' : 'not_started'
      insertGoal.run(
        org.id,
        dimensionBit(d),
        GOAL_TITLES[d],
        target,
        status,
        status === 'achieved' ? 100 : status === 'in_progress' ? 30 + 10 * k : 0,
        `${start}T09:00:00+08:00`,
        at,
      )
    })
    // Assessments: one when the organisation entered its present stage, one half a year before, if coached then.
    const dates = [
      addMonths(today, -6),
      org.stage_date > yearAgo ? org.stage_date : addMonths(today, -1),
    ].sort()
    dates.forEach((d, k) => {
      const evidence = sessionIds.filter((x) => x.date <= d).slice(-3)
      if (evidence.length === 0) return
      const stageChange = d === org.stage_date
      const aid = Number(
        insertAssessment.run(
          org.id,
          d,
          stageChange ? 'stage_change' : 'periodic',
          stageChange ? org.stage : null,
          MENTORS[index % 3]?.name ?? '基地',
          k === 0 ? '首次评估，基础较薄弱' : '较上次有明显进步',
          at,
        ).lastInsertRowid,
      )
      COACHING_DIMENSIONS.forEach((dim, j) => {
        insertScore.run(aid, dimensionBit(dim), Math.min(5, 1 + ((index + j) % 3) + k))
      })
      for (const e of evidence) insertEvidence.run(aid, e.id)
    })
  })
  return { mentors: mentorIds.length, sessions, actionItems }
}

const GOAL_TITLES: Record<CoachingDimension, string> = {
  capacity: '建立规范的财务和理事会制度',
  project_design: '完成一个公益创投项目的申报',
  implementation: '项目按计划执行，台账完整',
  evaluation: '通过中期评估，满意度达到 90%',
  party_building: '实现党的工作覆盖',
}

/**
 * For the benchmark: 100 mentors, `sessions` sessions spread over four years before today across the
 * organisations, and `actionItems` items (about one in twelve still open, many of them overdue).
 */
export function buildScaledMentoring(
  db: Database,
  counts: { sessions: number; actionItems: number },
  options: { today: string; timestamp: string },
): void {
  const at = options.timestamp
  const random = seededRandom(55)
  const orgIds = db.prepare('SELECT id FROM organization ORDER BY id').pluck().all() as number[]
  db.transaction(() => {
    const mentorIds = Array.from({ length: 100 }, (_, i) =>
      insertMentor(
        db,
        {
          name: `导师${String(i + 1).padStart(3, '0')}`,
          kind: i % 10 === 0 ? 'party_instructor' : i % 3 === 0 ? 'expert' : 'staff',
          affiliation: null,
          phone: `1390535${String(i).padStart(4, '0')}`,
          dimensions: [COACHING_DIMENSIONS[i % 5] ?? 'capacity'],
          capacityHours: 40,
        },
        at,
      ),
    )
    const insertSession = db.prepare(
      `INSERT INTO coaching_session (organization_id, mentor_id, date, start_min, end_min, duration_min, mode, dimension_mask,
         dimension_count, topics, work_done, created_at, updated_at)
       VALUES (?, ?, ?, 540, ?, ?, 'onsite', ?, ?, '财务制度', '逐条讲解', ?, ?)`,
    )
    const insertItem = db.prepare(
      `INSERT INTO coaching_action_item (session_id, organization_id, mentor_id, title, owner, due_date, status, created_at)
       VALUES (?, ?, ?, '补交材料', 'organization', ?, ?, ?)`,
    )
    const days = 4 * 365
    const itemsPerSession = counts.actionItems / counts.sessions
    let items = 0
    for (let i = 0; i < counts.sessions; i++) {
      const org = orgIds[i % orgIds.length] ?? 1
      const mentor = mentorIds[Math.floor(random() * mentorIds.length)] ?? 1
      const date = addDays(options.today, -Math.floor(random() * days))
      const minutes = 60 + 30 * Math.floor(random() * 4)
      const mask = 1 + Math.floor(random() * 31)
      const count = mask.toString(2).replace(/0/g, '').length
      const id = Number(
        insertSession.run(org, mentor, date, 540 + minutes, minutes, mask, count, at, at).lastInsertRowid,
      )
      const target = Math.round((i + 1) * itemsPerSession)
      for (; items < target; items++) {
        const due = addDays(date, 14)
        insertItem.run(id, org, mentor, due, random() < 0.08 ? 'open' : 'done', at)
      }
    }
  })()
}
