// 示例数据: a plausible Yantai incubation base, deterministic for a given "today" and seed.
// `loadDemoBase` is the first-run offer; `buildScaledBase` fills a large base for the benchmark.
import type { DemoLoadResult } from '../../shared/entities'
import type { LegalType, ServiceArea, Stage } from '../../shared/enums'
import { loadDemoMentoring } from './mentoring'
import { loadDemoBranch } from './branch'
import { loadDemoMeetings } from './meetings'
import { loadDemoDevelopment } from './development'
import { loadDemoDues } from './dues'
import { loadDemoSpace } from './space'
import { loadDemoServiceProjects } from './serviceProjects'
import { loadDemoVenture } from './venture'
import { loadDemoFunds } from './funds'
import { loadDemoReminders } from './reminders'
import { loadDemoPartyOrg } from './partyOrg'
import { loadDemoOrgRecords } from './orgRecords'
import { loadDemoSixSync } from './sixSync'
import type { Database } from '../db/open'
import { addDays, addYears } from '../lib/dates'
import { completeUscc, orgCodeCheckChar } from '../lib/uscc'
import {
  appendStage,
  insertOrganization,
  setArchived,
  type OrganizationValues,
} from '../organizations/repository'
import { seededRandom } from '../lib/random'

/** 烟台 districts with their administrative division codes. */
const DISTRICTS: readonly (readonly [string, string])[] = [
  ['芝罘区', '370602'],
  ['福山区', '370611'],
  ['牟平区', '370612'],
  ['莱山区', '370613'],
  ['蓬莱区', '370614'],
  ['龙口市', '370681'],
  ['莱阳市', '370682'],
  ['莱州市', '370683'],
  ['招远市', '370685'],
  ['栖霞市', '370686'],
  ['海阳市', '370687'],
]
const STREETS = [
  '东山街道',
  '向阳街道',
  '毓璜顶街道',
  '凤凰台街道',
  '黄务街道',
  '只楚街道',
  '清洋街道',
  '门楼街道',
  '福新街道',
  '奇山街道',
  '大季家街道',
  '初家街道',
]
const ROADS = [
  '河滨路',
  '福海路',
  '港城大街',
  '观海路',
  '南大街',
  '环山路',
  '红旗中路',
  '长江路',
  '青年路',
  '胜利路',
]

interface Profile {
  core: string
  suffix: string
  legalType: LegalType
  areas: ServiceArea[]
  description?: string
}

/** The named residents of the demo base; the article's brands among them. */
const CURATED: readonly Profile[] = [
  {
    core: '幸福来敲门',
    suffix: '邻里服务中心',
    legalType: 'private_non_enterprise',
    areas: ['community_governance', 'elderly_orphan_sick_disabled'],
    description: '以“幸福来敲门”入户探访为品牌，为辖区独居、空巢老人提供上门关爱服务。',
  },
  {
    core: '四点半课堂',
    suffix: '青少年服务中心',
    legalType: 'private_non_enterprise',
    areas: ['youth', 'education_science_culture_health_sports'],
    description: '放学后“四点半课堂”，为双职工家庭子女提供课业辅导和兴趣活动。',
  },
  {
    core: '网上问法',
    suffix: '法律服务中心',
    legalType: 'private_non_enterprise',
    areas: ['community_governance', 'other'],
    description: '律师志愿者在线解答群众法律问题，累计访问量逾百万次。',
  },
  {
    core: '夕阳红',
    suffix: '助老服务中心',
    legalType: 'private_non_enterprise',
    areas: ['elderly_orphan_sick_disabled'],
  },
  {
    core: '爱心助残',
    suffix: '志愿者协会',
    legalType: 'social_group',
    areas: ['elderly_orphan_sick_disabled'],
  },
  { core: '蓝色海洋', suffix: '环境保护协会', legalType: 'social_group', areas: ['environment'] },
  {
    core: '慈心',
    suffix: '公益基金会',
    legalType: 'foundation',
    areas: ['poverty_relief', 'emergency_relief'],
  },
  { core: '心语', suffix: '心理健康服务中心', legalType: 'private_non_enterprise', areas: ['mental_health'] },
  {
    core: '金都',
    suffix: '社会工作服务社',
    legalType: 'private_non_enterprise',
    areas: ['community_governance'],
  },
  { core: '邻里守望', suffix: '互助会', legalType: 'filed', areas: ['community_governance'] },
  {
    core: '红帆',
    suffix: '志愿服务队',
    legalType: 'preparing',
    areas: ['community_governance', 'emergency_relief'],
  },
  {
    core: '书香',
    suffix: '阅读推广协会',
    legalType: 'social_group',
    areas: ['education_science_culture_health_sports'],
  },
  { core: '绿色家园', suffix: '环保志愿者协会', legalType: 'social_group', areas: ['environment'] },
  {
    core: '暖阳',
    suffix: '儿童关爱中心',
    legalType: 'private_non_enterprise',
    areas: ['youth', 'elderly_orphan_sick_disabled'],
  },
  {
    core: '同心',
    suffix: '社会工作服务中心',
    legalType: 'private_non_enterprise',
    areas: ['community_governance', 'poverty_relief'],
  },
  {
    core: '海之韵',
    suffix: '文化艺术团',
    legalType: 'filed',
    areas: ['education_science_culture_health_sports'],
  },
  {
    core: '康乐',
    suffix: '健康促进会',
    legalType: 'social_group',
    areas: ['education_science_culture_health_sports'],
  },
  {
    core: '阳光助学',
    suffix: '基金会',
    legalType: 'foundation',
    areas: ['education_science_culture_health_sports', 'poverty_relief'],
  },
  { core: '启航', suffix: '青年创业服务中心', legalType: 'private_non_enterprise', areas: ['youth'] },
  {
    core: '和美家庭',
    suffix: '服务中心',
    legalType: 'private_non_enterprise',
    areas: ['community_governance', 'mental_health'],
  },
  { core: '银龄', suffix: '互助志愿队', legalType: 'preparing', areas: ['elderly_orphan_sick_disabled'] },
  { core: '山海', suffix: '应急救援队', legalType: 'social_group', areas: ['emergency_relief'] },
  {
    core: '仁和',
    suffix: '调解服务中心',
    legalType: 'private_non_enterprise',
    areas: ['community_governance'],
  },
  { core: '苹果之乡', suffix: '助农服务协会', legalType: 'social_group', areas: ['poverty_relief'] },
  {
    core: '童心港湾',
    suffix: '自闭症儿童康复中心',
    legalType: 'private_non_enterprise',
    areas: ['elderly_orphan_sick_disabled', 'youth'],
  },
  { core: '葡萄酒城', suffix: '志愿者联合会', legalType: 'social_group', areas: ['community_governance'] },
  {
    core: '春晖',
    suffix: '家庭教育指导中心',
    legalType: 'private_non_enterprise',
    areas: ['education_science_culture_health_sports', 'youth'],
  },
  {
    core: '萤火虫',
    suffix: '读书会',
    legalType: 'filed',
    areas: ['education_science_culture_health_sports'],
  },
  {
    core: '安康',
    suffix: '居家养老服务中心',
    legalType: 'private_non_enterprise',
    areas: ['elderly_orphan_sick_disabled'],
  },
  { core: '益路同行', suffix: '公益服务中心', legalType: 'private_non_enterprise', areas: ['other'] },
  {
    core: '渔家',
    suffix: '文化传承协会',
    legalType: 'social_group',
    areas: ['education_science_culture_health_sports'],
  },
  {
    core: '手拉手',
    suffix: '青少年成长中心',
    legalType: 'private_non_enterprise',
    areas: ['youth', 'mental_health'],
  },
  { core: '守护', suffix: '禁毒宣传志愿队', legalType: 'preparing', areas: ['community_governance'] },
  {
    core: '橄榄枝',
    suffix: '社区矫正服务中心',
    legalType: 'private_non_enterprise',
    areas: ['community_governance'],
  },
  { core: '鲁东', suffix: '社会组织发展促进会', legalType: 'social_group', areas: ['other'] },
  { core: '微光', suffix: '助困服务社', legalType: 'private_non_enterprise', areas: ['poverty_relief'] },
]

const SCALE_CORES = [
  '幸福',
  '和谐',
  '阳光',
  '爱心',
  '同心',
  '友善',
  '明德',
  '长青',
  '康宁',
  '善行',
  '惠民',
  '睦邻',
  '晨曦',
  '暖心',
  '益家',
  '乐龄',
  '春苗',
  '海星',
  '松柏',
  '朝阳',
  '新时代',
  '众合',
  '汇爱',
  '丰泽',
  '仁爱',
  '德润',
  '博爱',
  '彩虹',
  '知行',
  '沐光',
  '启明',
  '远航',
  '星火',
  '清源',
  '安居',
  '福寿',
  '怡康',
  '聚力',
  '共享',
  '织梦',
]
const SCALE_SUFFIXES: readonly (readonly [string, LegalType])[] = [
  ['社会工作服务中心', 'private_non_enterprise'],
  ['志愿者协会', 'social_group'],
  ['养老服务中心', 'private_non_enterprise'],
  ['青少年服务中心', 'private_non_enterprise'],
  ['公益基金会', 'foundation'],
  ['文化促进会', 'social_group'],
  ['邻里互助队', 'preparing'],
  ['社区服务队', 'filed'],
]
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段'
const GIVEN = [
  '建国',
  '秀英',
  '桂兰',
  '丽娟',
  '海燕',
  '志强',
  '晓明',
  '文静',
  '春梅',
  '国庆',
  '玉兰',
  '永刚',
  '红霞',
  '子涵',
  '欣怡',
  '浩然',
  '雨萱',
  '宇轩',
  '思远',
  '立新',
  '淑珍',
  '建华',
  '明亮',
  '丹',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '娜',
  '涛',
  '军',
  '芳',
  '伟',
]
const SERVICE_AREA_POOL: readonly ServiceArea[] = [
  'poverty_relief',
  'elderly_orphan_sick_disabled',
  'emergency_relief',
  'education_science_culture_health_sports',
  'environment',
  'youth',
  'community_governance',
  'mental_health',
  'other',
]

const STAGE_NOTES: Record<Stage, string> = {
  applied: '提交入驻申请及登记材料',
  review: '经受理、初审、评审，公示无异议',
  resident: '签订入驻协议，入驻基地',
  incubating: '进入孵化培育期，配备导师',
  venture_guidance: '项目方案成型，进入创业指导阶段',
  capacity_building: '规范化建设达标，进入能力提升阶段',
  graduated: '孵化期满，通过出壳评估',
  exited: '因办公场地需求变化申请退出',
}
const PATH: readonly Stage[] = [
  'applied',
  'review',
  'resident',
  'incubating',
  'venture_guidance',
  'capacity_building',
]

interface Generated {
  values: OrganizationValues
  areas: ServiceArea[]
  history: { stage: Stage; date: string }[]
  archive: boolean
}

function stagePath(finalIndex: number, exit: boolean): Stage[] {
  if (finalIndex < PATH.length) {
    const path = PATH.slice(0, finalIndex + 1)
    return exit ? [...path, 'exited'] : path
  }
  return [...PATH, 'graduated']
}

function generate(
  index: number,
  profile: Profile,
  district: readonly [string, string],
  random: () => number,
  today: string,
): Generated {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  // Final stage: most residents are mid-incubation; some applicants, some graduated or left.
  const roll = random()
  const finalIndex = roll < 0.08 ? 0 : roll < 0.14 ? 1 : roll < 0.86 ? 2 + Math.floor(random() * 4) : 6
  const exit = finalIndex >= 2 && finalIndex < 6 && random() < 0.08
  const stages = stagePath(finalIndex, exit)
  const gaps = stages.map((_, i) => (i === 0 ? 0 : 20 + Math.floor(random() * (i <= 2 ? 40 : 200))))
  const span = gaps.reduce((a, b) => a + b, 0)
  let date = addDays(today, -(span + Math.floor(random() * 120)))
  const history = stages.map((stage, i) => {
    date = addDays(date, gaps[i] ?? 0)
    return { stage, date }
  })
  const residentEntry = history.find((h) => h.stage === 'resident')
  const registered = profile.legalType !== 'preparing' && profile.legalType !== 'filed'
  const typeDigit =
    profile.legalType === 'social_group' ? '1' : profile.legalType === 'foundation' ? '3' : '2'
  const body8 = `MJ${String(100000 + index).padStart(6, '0')}`
  const uscc = registered
    ? completeUscc(`5${typeDigit}${district[1]}${body8}${orgCodeCheckChar(body8)}`)
    : null
  const name = `烟台市${district[0]}${profile.core}${profile.suffix}`
  const contact = `${pick([...SURNAMES])}${pick(GIVEN)}`
  const applied = history[0]?.date ?? today
  return {
    values: {
      name,
      shortName: profile.core,
      uscc,
      legalType: profile.legalType,
      legalRepresentative: registered ? `${pick([...SURNAMES])}${pick(GIVEN)}` : null,
      contactPerson: contact,
      contactPhone:
        random() < 0.85
          ? `13${5 + Math.floor(random() * 5)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
          : `0535-6${String(Math.floor(random() * 1e6)).padStart(6, '0')}`,
      email: random() < 0.5 ? `org${index}@example.org.cn` : null,
      address: `烟台市${district[0]}${pick(ROADS)}${1 + Math.floor(random() * 300)}号`,
      registeredOn: registered ? addDays(applied, -(60 + Math.floor(random() * 900))) : null,
      registrar: registered
        ? district[1] === '370600'
          ? '烟台市民政局'
          : `烟台市${district[0]}民政局`
        : null,
      agreementNo: residentEntry
        ? `FH-RZ-${residentEntry.date.slice(0, 4)}-${String(index + 1).padStart(4, '0')}`
        : null,
      agreementStart: residentEntry?.date ?? null,
      agreementEnd: residentEntry ? addYears(residentEntry.date, 2) : null,
      description: profile.description ?? null,
    },
    areas: profile.areas,
    history,
    archive: false,
  }
}

function insertGenerated(db: Database, g: Generated, timestamp: string, actorName: string): void {
  const last = g.history.at(-1) ?? { stage: 'applied' as Stage, date: timestamp.slice(0, 10) }
  const id = insertOrganization(
    db,
    { ...g.values, stage: last.stage, stageDate: last.date },
    g.areas,
    timestamp,
  )
  for (const h of g.history) {
    appendStage(db, {
      organizationId: id,
      stage: h.stage,
      date: h.date,
      note: STAGE_NOTES[h.stage],
      recordedAt: timestamp,
      recordedBy: actorName,
    })
  }
  if (g.archive) setArchived(db, id, timestamp, '示例：已退出且材料移交完毕', timestamp)
}

export interface DemoOptions {
  today: string
  timestamp: string
  actorName: string
  seed?: number
}

/** The demo base: the curated residents, spread over the districts. Call inside a transaction. */
export function loadDemoBase(db: Database, options: DemoOptions): DemoLoadResult {
  const random = seededRandom(options.seed ?? 20261127)
  CURATED.forEach((profile, i) => {
    const g = generate(
      i,
      profile,
      DISTRICTS[i % DISTRICTS.length] ?? ['福山区', '370611'],
      random,
      options.today,
    )
    g.archive = g.history.at(-1)?.stage === 'exited' && i % 2 === 0
    insertGenerated(db, g, options.timestamp, options.actorName)
  })
  return {
    organizations: CURATED.length,
    ...loadDemoSpace(db, options),
    ...loadDemoMentoring(db, options),
    ...loadDemoBranch(db, options),
    ...loadDemoMeetings(db, options),
    ...loadDemoDevelopment(db, options),
    ...loadDemoDues(db, options),
    // Order matters: 两关六同步 reads the status and records loaded before it.
    ...loadDemoPartyOrg(db, options),
    ...loadDemoOrgRecords(db, options),
    ...loadDemoSixSync(db, options),
    ...loadDemoServiceProjects(db, options),
    ...loadDemoVenture(db, options),
    ...loadDemoFunds(db, options),
    ...loadDemoReminders(db, options),
  }
}

/** A large base of `count` organisations with unique names and codes, for benchmarks. */
export function buildScaledBase(
  db: Database,
  count: number,
  options: DemoOptions,
): { organizations: number } {
  const random = seededRandom(options.seed ?? 7)
  const combos = DISTRICTS.length * STREETS.length * SCALE_CORES.length * SCALE_SUFFIXES.length
  if (count > combos) throw new Error(`--scale 最多 ${combos} 个组织`)
  // Walk the name combinations with a stride coprime to their count: unique names, well mixed.
  const stride = 7919
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      let k = (i * stride) % combos
      const suffix = SCALE_SUFFIXES[k % SCALE_SUFFIXES.length] ?? SCALE_SUFFIXES[0]
      k = Math.floor(k / SCALE_SUFFIXES.length)
      const core = SCALE_CORES[k % SCALE_CORES.length] ?? '幸福'
      k = Math.floor(k / SCALE_CORES.length)
      const street = STREETS[k % STREETS.length] ?? STREETS[0]
      k = Math.floor(k / STREETS.length)
      const district = DISTRICTS[k % DISTRICTS.length] ?? ['福山区', '370611']
      const areaCount = 1 + Math.floor(random() * 2)
      const areas = [
        ...new Set(
          Array.from({ length: areaCount }, () => SERVICE_AREA_POOL[Math.floor(random() * 9)] ?? 'other'),
        ),
      ]
      const profile: Profile = {
        core: `${street}${core}`,
        suffix: suffix?.[0] ?? '服务中心',
        legalType: suffix?.[1] ?? 'filed',
        areas,
      }
      const g = generate(1000 + i, profile, district, random, options.today)
      g.archive = random() < 0.03
      insertGenerated(db, g, options.timestamp, options.actorName)
    }
  })()
  return { organizations: count }
}
