// 示例数据 for 党建覆盖: each resident's 党组织状态 over the last three years (every status; some 无 → 兜底 → 联合组建, one
// 单独组建 founded this year, so the year-over-year coverage changes), a few 应建未建 (3 or more 正式党员 and no
// branch of their own), the 党建指导员 and 联络员 by period, the Party members working there whose membership is
// elsewhere (正式 and 预备, one who became 正式 last year, one who left), and roster members with management posts —
// all of them on the committee. Call inside a transaction, after the branch (its 兜底 rows are kept) and mentoring.
import type { Database } from '../db/open'
import type { PartyOrgStatus } from '../../shared/enums'
import { fullMemberCountsOn } from '../coverage/partyMembers'
import { seededRandom } from '../lib/random'

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶'
const GIVEN = [
  '建华',
  '秀梅',
  '志刚',
  '丽萍',
  '海军',
  '晓东',
  '春燕',
  '国华',
  '文博',
  '静怡',
  '明远',
  '玉洁',
  '立军',
]
const MANAGEMENT_POSTS = ['理事长', '秘书长', '监事', '主任', '副主任', '副理事长']
const OTHER_POSTS = ['项目主管', '社工', '财务', '志愿者', '项目专员', '行政']
const MEMBERSHIP_PLACES = [
  '福山区清洋街道党工委',
  '芝罘区毓璜顶街道只楚社区党委',
  '莱山区黄海路街道党工委',
  '烟台大学人文学院党总支',
  '烟台某机械公司党支部',
  '福山区退休干部第三党支部',
]

/** Roster members (demo/branch.ts) who hold a management post in their organisation; all are on the committee. */
const ROSTER_MANAGERS = ['王建国', '张志强', '黄丽华', '胡建军', '孙丽娟']

interface StatusStep {
  status: PartyOrgStatus
  /** Years before this one and month-day, e.g. [2, '05-01'] = two years ago on 1 May. */
  at: [number, string]
  branch?: string
  byBase?: boolean
  note?: string
}

interface Plan {
  /** Index among the residents (the same order as demo/branch.ts). */
  resident: number
  steps: StatusStep[]
  /** 正式党员 (roster and elsewhere together) wanted today; elsewhere members are added up to it. */
  full?: number
  probationary?: number
}

const JOINT = '福山区社会组织第一联合党支部'
const JOINT_2 = '福山区社会组织第二联合党支部'

/**
 * The residents' histories. Residents 0–5 are covered by the base's branch (兜底) from 2023 (demo/branch.ts);
 * 0 has 3 正式党员 and so is 应建未建, 1 went on to a joint branch last year.
 */
const PLANS: readonly Plan[] = [
  { resident: 0, steps: [{ status: 'none', at: [4, '06-01'] }], full: 3, probationary: 1 },
  {
    resident: 1,
    steps: [
      { status: 'none', at: [4, '09-01'] },
      { status: 'joint', at: [1, '09-01'], branch: JOINT, note: '与两家入驻组织联合组建' },
    ],
    full: 2,
    probationary: 1,
  },
  { resident: 2, steps: [], probationary: 1 },
  {
    resident: 6,
    steps: [
      { status: 'none', at: [2, '05-01'] },
      { status: 'joint', at: [1, '03-01'], branch: JOINT },
      {
        status: 'standalone',
        at: [0, '03-01'],
        branch: '中共{short}支部委员会',
        note: '经上级党组织批复单独组建',
      },
    ],
    full: 4,
    probationary: 1,
  },
  {
    resident: 7,
    steps: [{ status: 'standalone', at: [3, '07-01'], branch: '中共{short}支部委员会' }],
    full: 5,
  },
  { resident: 8, steps: [{ status: 'joint', at: [2, '06-01'], branch: JOINT_2 }], full: 2 },
  {
    resident: 9,
    steps: [
      { status: 'none', at: [3, '01-10'] },
      { status: 'combined', at: [2, '10-01'], branch: '福山区清洋街道社区兼合式党支部' },
    ],
    full: 1,
  },
  {
    resident: 10,
    steps: [{ status: 'combined', at: [1, '04-01'], byBase: true, note: '由基地党支部兼合式覆盖' }],
    full: 1,
  },
  { resident: 11, steps: [{ status: 'work_only', at: [1, '06-01'] }] },
  { resident: 12, steps: [{ status: 'work_only', at: [2, '03-01'] }] },
  { resident: 13, steps: [{ status: 'none', at: [2, '01-15'] }] },
  {
    resident: 14,
    steps: [
      { status: 'none', at: [3, '03-01'] },
      { status: 'fallback', at: [1, '11-01'], byBase: true },
    ],
  },
  // 2 正式党员 and a third from last summer (added below): 应建未建 from then on.
  { resident: 15, steps: [{ status: 'joint', at: [2, '09-01'], branch: JOINT_2 }], full: 2 },
  { resident: 16, steps: [], full: 4, probationary: 1 },
]

/** A date `years` before today's year on `monthDay`, never after today. */
function dateOf(today: string, [years, monthDay]: [number, string]): string {
  const d = `${Number(today.slice(0, 4)) - years}-${monthDay}`
  return d > today ? today : d
}

export function loadDemoPartyOrg(
  db: Database,
  options: { today: string; timestamp: string; actorName: string },
): { partyStatuses: number; partyContacts: number; orgPartyMembers: number } {
  const { today, timestamp: at } = options
  const random = seededRandom(7071)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const residents = db
    .prepare(
      "SELECT id, short_name FROM organization WHERE archived_at IS NULL AND stage IN ('resident', 'incubating', 'venture_guidance', 'capacity_building') ORDER BY id",
    )
    .all() as { id: number; short_name: string | null }[]
  const baseBranch = db.prepare('SELECT name FROM party_branch WHERE id = 1').pluck().get() as
    string | undefined
  const insertStatus = db.prepare(
    `INSERT INTO org_party_status (organization_id, status, start_date, covering_branch, by_base_branch, note,
       created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  let statuses = 0
  for (const plan of PLANS) {
    const org = residents[plan.resident]
    if (!org) continue
    for (const step of plan.steps) {
      const branch = step.byBase
        ? (baseBranch ?? null)
        : (step.branch?.replace('{short}', org.short_name ?? '') ?? null)
      insertStatus.run(
        org.id,
        step.status,
        dateOf(today, step.at),
        branch,
        step.byBase ? 1 : 0,
        step.note ?? null,
        options.actorName,
        at,
      )
      statuses++
    }
  }
  // A status recorded by mistake, archived with its reason.
  const mistaken = residents[5]
  if (mistaken) {
    insertStatus.run(mistaken.id, 'joint', dateOf(today, [1, '02-01']), JOINT, 0, null, options.actorName, at)
    db.prepare(
      `UPDATE org_party_status SET archived_at = ?, archive_reason = '选错了组织，该组织仍由本支部兜底'
        WHERE id = last_insert_rowid()`,
    ).run(at)
  }

  // Roster members with a management post in their organisation (双向进入).
  const setManager = db.prepare(
    'UPDATE party_member SET management_post = 1 WHERE name = ? AND organization_id IS NOT NULL',
  )
  for (const name of ROSTER_MANAGERS) setManager.run(name)

  // Members working there with their membership elsewhere, up to the counts planned.
  const rosterFull = fullMemberCountsOn(db, today)
  const insertMember = db.prepare(
    `INSERT INTO org_party_member (organization_id, name, gender, category, full_on, post, management_post,
       membership_place, phone, start_date, end_date, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  )
  let members = 0
  const addMember = (
    organizationId: number,
    category: 'full' | 'probationary',
    extra: { fullOn?: string; endDate?: string; management?: boolean } = {},
  ) => {
    const management = extra.management ?? false
    insertMember.run(
      organizationId,
      `${pick([...SURNAMES])}${pick(GIVEN)}`,
      random() < 0.5 ? 'male' : 'female',
      category,
      extra.fullOn ?? null,
      management ? pick(MANAGEMENT_POSTS) : pick(OTHER_POSTS),
      management ? 1 : 0,
      pick(MEMBERSHIP_PLACES),
      `1386535${String(1000 + members).padStart(4, '0')}`,
      dateOf(today, [2 + Math.floor(random() * 2), pick(['02-15', '05-10', '08-20'])]),
      extra.endDate ?? null,
      at,
      at,
    )
    members++
  }
  for (const plan of PLANS) {
    const org = residents[plan.resident]
    if (!org) continue
    const missing = Math.max(0, (plan.full ?? 0) - (rosterFull.get(org.id) ?? 0))
    for (let i = 0; i < missing; i++) addMember(org.id, 'full', { management: i === 0 })
    for (let i = 0; i < (plan.probationary ?? 0); i++) addMember(org.id, 'probationary')
  }
  // One who became 正式 last summer (resident 15 is 应建未建 from then on), one who left (resident 8).
  const r15 = residents[15]
  if (r15) addMember(r15.id, 'full', { fullOn: dateOf(today, [1, '07-01']) })
  const r8 = residents[8]
  if (r8) addMember(r8.id, 'full', { endDate: dateOf(today, [0, '04-30']), management: true })

  // 党建指导员 (the demo's party-instructor mentors) and 联络员 (a staff mentor, and people named by hand).
  const instructors = db
    .prepare("SELECT id FROM mentor WHERE kind = 'party_instructor' AND active = 1 ORDER BY id")
    .pluck()
    .all() as number[]
  const staff = db
    .prepare("SELECT id FROM mentor WHERE kind = 'staff' AND active = 1 ORDER BY id")
    .pluck()
    .get() as number | undefined
  const insertContact = db.prepare(
    `INSERT INTO org_party_contact (organization_id, role, mentor_id, person_name, phone, start_date, end_date, note,
       created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  let contacts = 0
  const contact = (
    resident: number,
    role: 'instructor' | 'liaison',
    who: { mentorId?: number; person?: [string, string] },
    start: [number, string],
    end?: [number, string],
    note?: string,
  ) => {
    const org = residents[resident]
    if (!org || (who.mentorId === undefined && !who.person)) return
    insertContact.run(
      org.id,
      role,
      who.mentorId ?? null,
      who.person?.[0] ?? null,
      who.person?.[1] ?? null,
      dateOf(today, start),
      end ? dateOf(today, end) : null,
      note ?? null,
      options.actorName,
      at,
    )
    contacts++
  }
  instructors.forEach((mentorId, i) => {
    const served = i === 0 ? [11, 13, 8, 9, 14, 16] : [12, 15]
    served.forEach((resident, j) => contact(resident, 'instructor', { mentorId }, [j < 3 ? 2 : 1, '04-01']))
    // Served the joint branch's future member until it joined that branch.
    contact(1, 'instructor', { mentorId }, [3, '09-01'], [1, '08-31'], '联合组建后不再单独派驻')
  })
  if (staff !== undefined) {
    contact(12, 'liaison', { mentorId: staff }, [2, '03-01'])
    contact(0, 'liaison', { mentorId: staff }, [2, '01-10'])
  }
  contact(
    16,
    'liaison',
    { person: ['于秀梅', '13705351288'] },
    [1, '05-20'],
    undefined,
    '组织秘书长兼任联络员',
  )
  contact(10, 'liaison', { person: ['曹立军', '13905356617'] }, [1, '04-01'])
  return { partyStatuses: statuses, partyContacts: contacts, orgPartyMembers: members }
}
