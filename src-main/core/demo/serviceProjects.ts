// 示例数据 for 服务项目 / 品牌: most residents run one to three projects over the last three years, in their own
// service areas, with realistic beneficiaries and service counts. The article's brands 幸福来敲门, 四点半课堂 and
// 网上问法 stand at 品牌; a few others are 成型 or still 培育; one mistaken entry is archived with its reason.
// Deterministic for a given "today"; no attachments (the demo carries no binary files).
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import type { BrandStage, ServiceArea, ServiceUnit } from '../../shared/enums'
import type { Database } from '../db/open'
import { seededRandom } from '../lib/random'

export interface DemoServiceProjectOptions {
  today: string
  timestamp: string
}

const BY = '示例数据'

/** Residents and those who have grown out of the base (they keep serving). */
const SERVING_STAGES: readonly string[] = [...IN_RESIDENCE_STAGES, 'graduated']

interface Template {
  name: string
  kind: string
  unit: ServiceUnit
  /** Typical beneficiaries and services of one year. */
  people: [number, number]
  services: [number, number]
  outcome: string
}

const TEMPLATES: Record<ServiceArea, Template[]> = {
  poverty_relief: [
    {
      name: '困难家庭帮扶',
      kind: '困难家庭',
      unit: 'visit',
      people: [40, 150],
      services: [200, 800],
      outcome: '建立帮扶台账，逐户落实帮扶措施',
    },
    {
      name: '爱心助农直播',
      kind: '果农',
      unit: 'session',
      people: [30, 120],
      services: [12, 40],
      outcome: '帮助农户拓宽苹果销路',
    },
  ],
  elderly_orphan_sick_disabled: [
    {
      name: '独居老人入户探访',
      kind: '老年人',
      unit: 'visit',
      people: [80, 400],
      services: [600, 2400],
      outcome: '每周上门探访，及时发现并转介老人需求',
    },
    {
      name: '残疾人康复陪伴',
      kind: '残疾人',
      unit: 'visit',
      people: [20, 80],
      services: [150, 600],
      outcome: '陪伴康复训练，协助链接辅具资源',
    },
    {
      name: '社区长者助餐',
      kind: '老年人',
      unit: 'visit',
      people: [60, 200],
      services: [3000, 9000],
      outcome: '为高龄老人提供助餐和送餐服务',
    },
  ],
  emergency_relief: [
    {
      name: '应急救护培训',
      kind: '社区居民',
      unit: 'session',
      people: [200, 800],
      services: [10, 36],
      outcome: '居民掌握心肺复苏等急救技能',
    },
  ],
  education_science_culture_health_sports: [
    {
      name: '亲子共读会',
      kind: '社区居民',
      unit: 'session',
      people: [100, 400],
      services: [24, 60],
      outcome: '常态化开展亲子阅读活动',
    },
    {
      name: '健康知识讲座',
      kind: '社区居民',
      unit: 'session',
      people: [150, 600],
      services: [12, 30],
      outcome: '普及慢病防治知识',
    },
  ],
  environment: [
    {
      name: '海岸净滩行动',
      kind: '志愿者',
      unit: 'session',
      people: [80, 300],
      services: [10, 30],
      outcome: '清理海岸垃圾，倡导减塑生活',
    },
    {
      name: '垃圾分类宣传',
      kind: '社区居民',
      unit: 'session',
      people: [300, 1200],
      services: [15, 40],
      outcome: '提升小区垃圾分类准确率',
    },
  ],
  youth: [
    {
      name: '课后作业辅导',
      kind: '青少年',
      unit: 'session',
      people: [40, 150],
      services: [80, 200],
      outcome: '解决双职工家庭放学后看护难题',
    },
    {
      name: '青少年成长营',
      kind: '青少年',
      unit: 'session',
      people: [30, 100],
      services: [8, 20],
      outcome: '提升青少年自信与团队协作能力',
    },
  ],
  community_governance: [
    {
      name: '楼院议事会',
      kind: '社区居民',
      unit: 'session',
      people: [100, 500],
      services: [12, 36],
      outcome: '协商解决楼院公共事务',
    },
    {
      name: '邻里互助服务',
      kind: '社区居民',
      unit: 'visit',
      people: [100, 400],
      services: [300, 1200],
      outcome: '搭建邻里互助平台',
    },
  ],
  mental_health: [
    {
      name: '心理健康讲座',
      kind: '青少年',
      unit: 'session',
      people: [150, 500],
      services: [10, 30],
      outcome: '普及心理健康知识，识别求助信号',
    },
    {
      name: '心理疏导热线',
      kind: '社区居民',
      unit: 'visit',
      people: [100, 300],
      services: [200, 700],
      outcome: '为有需要的居民提供倾听与疏导',
    },
  ],
  other: [
    {
      name: '公益法律咨询',
      kind: '社区居民',
      unit: 'visit',
      people: [200, 1000],
      services: [300, 1500],
      outcome: '律师志愿者解答群众法律问题',
    },
    {
      name: '社会组织能力建设',
      kind: '社会组织',
      unit: 'session',
      people: [20, 60],
      services: [6, 12],
      outcome: '提升社会组织项目管理能力',
    },
  ],
}

/** Brands by a word of the organisation's name: the article's three at 品牌, others on their way. */
const BRANDS: { word: string; brand: string; stage: BrandStage; project: Template; category: ServiceArea }[] =
  [
    {
      word: '幸福来敲门',
      brand: '幸福来敲门',
      stage: 'brand',
      category: 'elderly_orphan_sick_disabled',
      project: {
        name: '幸福来敲门·空巢老人入户关爱',
        kind: '独居、空巢老人',
        unit: 'visit',
        people: [400, 600],
        services: [4000, 6000],
        outcome: '每周入户探访，建立老人需求档案，获评市级优秀志愿服务项目',
      },
    },
    {
      word: '四点半课堂',
      brand: '四点半课堂',
      stage: 'brand',
      category: 'youth',
      project: {
        name: '四点半课堂·放学后托管辅导',
        kind: '小学生',
        unit: 'session',
        people: [150, 220],
        services: [200, 240],
        outcome: '为双职工家庭子女提供课业辅导与兴趣课程，家长满意度 98%',
      },
    },
    {
      word: '网上问法',
      brand: '网上问法',
      stage: 'brand',
      category: 'community_governance',
      project: {
        name: '网上问法·律师在线答疑',
        kind: '社区居民',
        unit: 'visit',
        people: [8000, 12000],
        services: [20000, 30000],
        outcome: '律师志愿者在线解答法律问题，累计访问量逾百万次',
      },
    },
  ]
/** Brands still growing: the organisation's flagship project, by a word of its name. */
const OTHER_BRANDS: Record<string, { stage: BrandStage; category: ServiceArea; project: Template }> = {
  夕阳红: {
    stage: 'formed',
    category: 'elderly_orphan_sick_disabled',
    project: {
      name: '夕阳红助餐',
      kind: '高龄老人',
      unit: 'visit',
      people: [120, 200],
      services: [6000, 9000],
      outcome: '社区食堂助餐、送餐上门，形成固定服务流程',
    },
  },
  蓝色海洋: {
    stage: 'formed',
    category: 'environment',
    project: {
      name: '蓝色海岸守护者',
      kind: '志愿者',
      unit: 'session',
      people: [200, 400],
      services: [20, 36],
      outcome: '每月净滩，累计清理海岸垃圾数吨',
    },
  },
  书香: {
    stage: 'formed',
    category: 'education_science_culture_health_sports',
    project: {
      name: '书香伴成长',
      kind: '儿童及家长',
      unit: 'session',
      people: [150, 300],
      services: [40, 60],
      outcome: '社区亲子阅读角常态化运营',
    },
  },
  心语: {
    stage: 'nurturing',
    category: 'mental_health',
    project: {
      name: '心语倾听',
      kind: '青少年',
      unit: 'visit',
      people: [80, 200],
      services: [200, 500],
      outcome: '开通倾听热线，建立转介机制',
    },
  },
  邻里守望: {
    stage: 'nurturing',
    category: 'community_governance',
    project: {
      name: '邻里守望',
      kind: '社区居民',
      unit: 'visit',
      people: [100, 300],
      services: [300, 800],
      outcome: '楼栋志愿者结对守望独居居民',
    },
  },
  慈心: {
    stage: 'nurturing',
    category: 'poverty_relief',
    project: {
      name: '慈心暖冬',
      kind: '困难家庭',
      unit: 'visit',
      people: [100, 250],
      services: [100, 250],
      outcome: '冬季为困难家庭送去御寒物资',
    },
  },
}

const PLACES = [
  '清洋街道',
  '福新街道',
  '奇山街道',
  '只楚街道',
  '黄务街道',
  '门楼镇',
  '莱山街道',
  '世回尧街道',
]

interface Resident {
  id: number
  name: string
  areas: string | null
}

export function loadDemoServiceProjects(
  db: Database,
  options: DemoServiceProjectOptions,
): { serviceProjects: number } {
  const { today, timestamp } = options
  const year = Number(today.slice(0, 4))
  const random = seededRandom(20261128)
  const between = ([lo, hi]: [number, number]): number => lo + Math.floor(random() * (hi - lo + 1))
  // The article's brands are recorded whatever their organisation's stage now (one may have left the base).
  const residents = (
    db
      .prepare(
        `SELECT o.id, o.name, o.stage, o.archived_at,
            (SELECT group_concat(area) FROM organization_service_area a WHERE a.organization_id = o.id) AS areas
           FROM organization o ORDER BY o.id`,
      )
      .all() as (Resident & { stage: string; archived_at: string | null })[]
  ).filter(
    (r) =>
      BRANDS.some((b) => r.name.includes(b.word)) ||
      (r.archived_at === null && SERVING_STAGES.includes(r.stage)),
  )
  const insert = db.prepare(
    `INSERT INTO service_project (organization_id, name, category, start_date, end_date, place, beneficiary_count,
       beneficiary_kind, service_count, service_unit, brand_name, brand_stage, outcomes, description, created_by,
       created_at, updated_at, archived_at, archive_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  /** A start in `y` that is not after today. */
  const startIn = (y: number): string => {
    const month = 1 + Math.floor(random() * (y === year ? Number(today.slice(5, 7)) : 12))
    const date = `${y}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
    return date > today ? today : date
  }
  let count = 0
  const add = (
    r: Resident,
    t: Template,
    category: ServiceArea,
    start: string,
    end: string | null,
    brand: [string, BrandStage] | null,
    years: number,
  ): number => {
    count += 1
    return Number(
      insert.run(
        r.id,
        t.name,
        category,
        start,
        end,
        `烟台市${PLACES[count % PLACES.length] ?? '福山区'}`,
        between(t.people) * years,
        t.kind,
        between(t.services) * years,
        t.unit,
        brand?.[0] ?? null,
        brand?.[1] ?? null,
        t.outcome,
        `${r.name}开展的${t.name}项目。`,
        BY,
        timestamp,
        timestamp,
        null,
        null,
      ).lastInsertRowid,
    )
  }

  residents.forEach((r, i) => {
    const signature = BRANDS.find((b) => r.name.includes(b.word))
    if (signature) {
      // The brand has run for three years and runs on; with an organisation that has left, it ended last year.
      add(
        r,
        signature.project,
        signature.category,
        `${year - 2}-03-01`,
        r.archived_at ? `${year - 1}-12-31` : null,
        [signature.brand, signature.stage],
        3,
      )
    }
    // One resident in seven has nothing recorded yet; an organisation that has left records nothing more.
    if ((!signature && i % 7 === 6) || r.archived_at) return
    const areas = (r.areas ?? 'other').split(',') as ServiceArea[]
    const flagship = Object.entries(OTHER_BRANDS).find(([word]) => r.name.includes(word))?.[1]
    if (flagship) {
      add(
        r,
        flagship.project,
        flagship.category,
        startIn(year - 1 - (i % 2)),
        null,
        [flagship.project.name, flagship.stage],
        2,
      )
    }
    const projects = signature || flagship ? 1 : 1 + (i % 3)
    for (let k = 0; k < projects; k++) {
      const category = areas[k % areas.length] ?? 'other'
      const options = TEMPLATES[category]
      const t = options[(i + k) % options.length] ?? options[0]
      if (!t) continue
      // The second and third projects lie one and two years back.
      const y = year - k
      const start = startIn(y)
      // Earlier years' projects ran their year; this year's run on.
      const end = y < year ? `${y}-12-31` : null
      add(r, t, category, start, end, null, 1)
    }
  })

  // An entry made twice by mistake, archived with its reason (still in the list with 含已归档).
  const first = residents[3]
  const t = TEMPLATES.elderly_orphan_sick_disabled[0]
  if (first && t) {
    const id = add(
      first,
      t,
      'elderly_orphan_sick_disabled',
      `${year - 1}-05-10`,
      `${year - 1}-12-31`,
      null,
      1,
    )
    db.prepare('UPDATE service_project SET archived_at = ?, archive_reason = ? WHERE id = ?').run(
      timestamp,
      '重复登记，已合并到同名项目',
      id,
    )
  }
  return { serviceProjects: count }
}
