// 示例数据 for 基地党支部: the branch itself, about 25 members (some 预备, some 流动; one transferred out, one
// deceased), two 党小组, a committee term whose 换届 is due, and the residents it covers; and, for the benchmark,
// thousands of members.
import type { Gender, MemberCategory, MemberRelation } from '../../shared/enums'
import type { Database } from '../db/open'
import { addDays, addMonths, addYears } from '../lib/dates'
import { idCheckChar } from '../lib/idcard'
import { seededRandom } from '../lib/random'

interface DemoMember {
  name: string
  gender: Gender
  birth: string
  category: MemberCategory
  relation: MemberRelation
  joined: string
  /** 转正 date for members who became full while on this roster. */
  fullOn?: string
  post?: string
  group: 0 | 1
  veteranMember?: boolean
  veteranCadre?: boolean
  /** On the roster from (default 2022-03-01, 建档登记). */
  entry?: { date: string; kind: 'registered' | 'transfer_in'; note?: string }
  exit?: { date: string; kind: 'transfer_out' | 'deceased'; note: string }
}

const MEMBERS: readonly DemoMember[] = [
  {
    name: '王建国',
    gender: 'male',
    birth: '1968-04-12',
    category: 'full',
    relation: 'formal',
    joined: '1992-07-01',
    post: '理事长',
    group: 0,
  },
  {
    name: '李秀英',
    gender: 'female',
    birth: '1949-12-31',
    category: 'full',
    relation: 'formal',
    joined: '1975-07-01',
    group: 0,
    veteranMember: true,
    veteranCadre: true,
  },
  {
    name: '张志强',
    gender: 'male',
    birth: '1979-09-03',
    category: 'full',
    relation: 'formal',
    joined: '2003-06-18',
    post: '秘书长',
    group: 0,
  },
  {
    name: '刘红梅',
    gender: 'female',
    birth: '1985-02-14',
    category: 'full',
    relation: 'formal',
    joined: '2008-05-20',
    post: '项目主管',
    group: 0,
  },
  {
    name: '陈立新',
    gender: 'male',
    birth: '1990-11-08',
    category: 'full',
    relation: 'concurrent',
    joined: '2012-11-09',
    post: '社工',
    group: 0,
  },
  {
    name: '杨雪',
    gender: 'female',
    birth: '1994-07-22',
    category: 'full',
    relation: 'formal',
    joined: '2016-06-30',
    post: '财务',
    group: 0,
  },
  {
    name: '赵海涛',
    gender: 'male',
    birth: '1976-03-30',
    category: 'full',
    relation: 'mobile',
    joined: '2001-07-01',
    group: 0,
  },
  {
    name: '黄丽华',
    gender: 'female',
    birth: '1988-08-16',
    category: 'full',
    relation: 'formal',
    joined: '2010-12-20',
    post: '负责人',
    group: 0,
  },
  {
    name: '周明',
    gender: 'male',
    birth: '1983-01-25',
    category: 'full',
    relation: 'formal',
    joined: '2006-04-12',
    group: 0,
  },
  {
    name: '吴晓燕',
    gender: 'female',
    birth: '1992-05-19',
    category: 'full',
    relation: 'concurrent',
    joined: '2014-10-28',
    post: '志愿者协调',
    group: 0,
  },
  {
    name: '徐国栋',
    gender: 'male',
    birth: '1953-10-01',
    category: 'full',
    relation: 'formal',
    joined: '1978-09-15',
    group: 1,
    veteranMember: true,
  },
  {
    name: '孙丽娟',
    gender: 'female',
    birth: '1987-12-02',
    category: 'full',
    relation: 'formal',
    joined: '2009-07-01',
    post: '理事',
    group: 1,
  },
  {
    name: '马俊',
    gender: 'male',
    birth: '1995-03-11',
    category: 'full',
    relation: 'mobile',
    joined: '2018-05-04',
    group: 1,
  },
  {
    name: '朱婷婷',
    gender: 'female',
    birth: '1997-09-27',
    category: 'full',
    relation: 'formal',
    joined: '2020-06-30',
    post: '项目专员',
    group: 1,
  },
  {
    name: '胡建军',
    gender: 'male',
    birth: '1972-06-06',
    category: 'full',
    relation: 'formal',
    joined: '1996-06-28',
    post: '监事',
    group: 1,
  },
  {
    name: '郭晓峰',
    gender: 'male',
    birth: '1991-04-17',
    category: 'full',
    relation: 'formal',
    joined: '2013-12-01',
    group: 1,
  },
  {
    name: '林芳',
    gender: 'female',
    birth: '1986-10-09',
    category: 'full',
    relation: 'formal',
    joined: '2011-05-18',
    post: '社工督导',
    group: 1,
  },
  {
    name: '何伟',
    gender: 'male',
    birth: '1993-02-21',
    category: 'full',
    relation: 'formal',
    joined: '2024-06-28',
    fullOn: '2025-06-28',
    post: '社工',
    group: 1,
  },
  {
    name: '高敏',
    gender: 'female',
    birth: '1998-12-12',
    category: 'probationary',
    relation: 'formal',
    joined: '2026-06-26',
    post: '项目助理',
    group: 0,
  },
  {
    name: '罗斌',
    gender: 'male',
    birth: '1996-08-08',
    category: 'probationary',
    relation: 'formal',
    joined: '2026-01-15',
    group: 1,
  },
  {
    name: '梁静',
    gender: 'female',
    birth: '1999-04-04',
    category: 'probationary',
    relation: 'mobile',
    joined: '2025-12-20',
    post: '志愿者',
    group: 1,
  },
  {
    name: '宋海燕',
    gender: 'female',
    birth: '1984-07-07',
    category: 'full',
    relation: 'mobile',
    joined: '2007-07-01',
    group: 0,
    entry: { date: '2025-09-10', kind: 'transfer_in', note: '由莱山区某街道党工委转入' },
  },
  {
    name: '郑凯',
    gender: 'male',
    birth: '1989-05-30',
    category: 'full',
    relation: 'formal',
    joined: '2012-06-29',
    group: 1,
    entry: { date: '2026-04-01', kind: 'transfer_in', note: '由牟平区某社区党委转入' },
  },
  {
    name: '谢文',
    gender: 'male',
    birth: '1980-01-15',
    category: 'full',
    relation: 'formal',
    joined: '2004-07-01',
    group: 0,
    exit: { date: '2026-05-01', kind: 'transfer_out', note: '组织关系转至开发区党工委' },
  },
  {
    name: '韩玉兰',
    gender: 'female',
    birth: '1938-03-08',
    category: 'full',
    relation: 'formal',
    joined: '1960-07-01',
    group: 1,
    veteranMember: true,
    exit: { date: '2026-02-14', kind: 'deceased', note: '因病去世' },
  },
]

/** A valid 公民身份号码 for a birth date and gender (Yantai 福山区 area code, running sequence). */
function idNumber(birth: string, gender: Gender, sequence: number): string {
  const seq = (sequence % 499) * 2 + (gender === 'male' ? 1 : 0)
  const first17 = `370611${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

function insertMember(
  db: Database,
  m: DemoMember,
  sequence: number,
  groupIds: number[],
  organizationId: number | null,
  at: string,
): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO party_member (name, gender, birth_date, id_number, category, relation, organization_id, post, phone,
           joined_on, veteran_member, veteran_cadre, note, full_on, group_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
      )
      .run(
        m.name,
        m.gender,
        m.birth,
        idNumber(m.birth, m.gender, sequence),
        m.category,
        m.relation,
        organizationId,
        m.post ?? null,
        `1390535${String(2000 + sequence).padStart(4, '0')}`,
        m.joined,
        m.veteranMember ? 1 : 0,
        m.veteranCadre ? 1 : 0,
        m.fullOn ?? null,
        groupIds[m.group] ?? null,
        at,
        at,
      ).lastInsertRowid,
  )
  const entry = m.entry ?? {
    date: m.category === 'probationary' || m.fullOn ? m.joined : '2022-03-01',
    kind: m.category === 'probationary' || m.fullOn ? ('admitted' as const) : ('registered' as const),
  }
  db.prepare(
    `INSERT INTO party_member_period (member_id, start_date, start_kind, start_note, end_date, end_kind, end_note)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    entry.date,
    entry.kind,
    'note' in entry ? (entry.note ?? null) : null,
    m.exit?.date ?? null,
    m.exit?.kind ?? null,
    m.exit?.note ?? null,
  )
  return id
}

/** The demo branch, its members, groups, committee and coverage. Call inside a transaction, after the residents. */
export function loadDemoBranch(
  db: Database,
  options: { today: string; timestamp: string },
): { members: number } {
  const at = options.timestamp
  db.prepare(
    `INSERT INTO party_branch (id, name, kind, founded_on, superior, note, updated_at)
     VALUES (1, '福山区社会组织孵化基地兜底党支部', 'fallback', '2021-07-01', '福山区委社会工作部', NULL, ?)`,
  ).run(at)
  const groupIds = ['第一党小组', '第二党小组'].map((name) =>
    Number(
      db
        .prepare('INSERT INTO party_group (name, leader_id, note, created_at) VALUES (?, NULL, NULL, ?)')
        .run(name, '2022-03-01T09:00:00+08:00').lastInsertRowid,
    ),
  )
  const residents = db
    .prepare(
      "SELECT id FROM organization WHERE archived_at IS NULL AND stage IN ('resident', 'incubating', 'venture_guidance', 'capacity_building') ORDER BY id",
    )
    .pluck()
    .all() as number[]
  const ids = MEMBERS.map((m, i) =>
    insertMember(
      db,
      m,
      i + 1,
      groupIds,
      m.post ? (residents[i % Math.max(1, residents.length)] ?? null) : null,
      at,
    ),
  )
  const idOf = (name: string) => ids[MEMBERS.findIndex((m) => m.name === name)] ?? 0
  db.prepare('UPDATE party_group SET leader_id = ? WHERE id = ?').run(idOf('张志强'), groupIds[0])
  db.prepare('UPDATE party_group SET leader_id = ? WHERE id = ?').run(idOf('孙丽娟'), groupIds[1])

  // The first term had a secretary only; the committee was formed at the 2024 election: its term ends in
  // 2027-03, so 换届 is due (reminded from 2026-09).
  const first = Number(
    db
      .prepare(
        `INSERT INTO committee_term (start_date, end_date, has_committee, full_members, note, created_at)
         VALUES ('2021-03-15', '2024-03-15', 0, 6, '首届只设书记', ?)`,
      )
      .run(at).lastInsertRowid,
  )
  db.prepare(
    `INSERT INTO committee_post (term_id, member_id, role, start_date, end_date, created_at)
     VALUES (?, ?, 'secretary', '2021-03-15', '2024-03-15', ?)`,
  ).run(first, idOf('王建国'), at)
  const start = '2024-03-15'
  const term = Number(
    db
      .prepare(
        `INSERT INTO committee_term (start_date, end_date, has_committee, full_members, note, created_at)
         VALUES (?, ?, 1, 17, NULL, ?)`,
      )
      .run(start, addYears(start, 3), at).lastInsertRowid,
  )
  const posts: [string, string][] = [
    ['王建国', 'secretary'],
    ['黄丽华', 'deputy_secretary'],
    ['张志强', 'organization'],
    ['孙丽娟', 'propaganda'],
    ['胡建军', 'discipline'],
  ]
  for (const [name, role] of posts) {
    db.prepare(
      'INSERT INTO committee_post (term_id, member_id, role, start_date, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(term, idOf(name), role, start, at)
  }

  // Residents without a Party organisation of their own: the branch covers their Party work (兜底).
  const branchName = db.prepare('SELECT name FROM party_branch WHERE id = 1').pluck().get() as string
  residents.slice(0, 6).forEach((organizationId, i) => {
    db.prepare(
      `INSERT INTO org_party_status (organization_id, status, start_date, covering_branch, by_base_branch, created_by,
         created_at) VALUES (?, 'fallback', ?, ?, 1, 'demo', ?)`,
    ).run(organizationId, addMonths('2023-01-01', i * 3), branchName, at)
  })
  return { members: MEMBERS.length }
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红飞鹏辉林波宁浩凯健俊帆斌晨楠欣婷雪琳倩颖'

/**
 * A roster of `count` members for the benchmark: joined over 15 years, about 8% 预备, with transfers out and back
 * in, so that the roster on a past date differs from today's. Call inside a transaction.
 */
export function buildScaledMembers(
  db: Database,
  count: number,
  options: { today: string; timestamp: string },
): { members: number; groups: number } {
  const random = seededRandom(66)
  const at = options.timestamp
  const groupCount = Math.max(1, Math.ceil(count / 12))
  const groupIds: number[] = []
  for (let g = 0; g < groupCount; g++) {
    groupIds.push(
      Number(
        db
          .prepare('INSERT INTO party_group (name, leader_id, note, created_at) VALUES (?, NULL, NULL, ?)')
          .run(`第${g + 1}党小组`, '2012-01-01T09:00:00+08:00').lastInsertRowid,
      ),
    )
  }
  const insert = db.prepare(
    `INSERT INTO party_member (name, gender, birth_date, id_number, category, relation, organization_id, post, phone,
       joined_on, veteran_member, veteran_cadre, note, full_on, group_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, 0, 0, NULL, ?, ?, ?, ?)`,
  )
  const period = db.prepare(
    `INSERT INTO party_member_period (member_id, start_date, start_kind, start_note, end_date, end_kind, end_note)
     VALUES (?, ?, ?, NULL, ?, ?, NULL)`,
  )
  const relations: MemberRelation[] = ['formal', 'formal', 'formal', 'concurrent', 'mobile']
  for (let i = 0; i < count; i++) {
    const gender: Gender = random() < 0.5 ? 'male' : 'female'
    const birth = addDays('1950-01-01', Math.floor(random() * 365 * 50))
    const first17 = `3706${String(10 + (i % 90)).padStart(2, '0')}${birth.replaceAll('-', '')}${String(
      ((Math.floor(i / 90) % 499) * 2 + (gender === 'male' ? 1 : 0)) % 1000,
    ).padStart(3, '0')}`
    const entry = addDays('2011-01-01', Math.floor(random() * 365 * 15))
    const probationary = entry > addDays(options.today, -365) && random() < 0.6
    const name =
      (SURNAMES[Math.floor(random() * SURNAMES.length)] ?? '王') +
      (GIVEN[Math.floor(random() * GIVEN.length)] ?? '伟') +
      (random() < 0.6 ? (GIVEN[Math.floor(random() * GIVEN.length)] ?? '') : '')
    const id = Number(
      insert.run(
        name,
        gender,
        birth,
        first17 + idCheckChar(first17),
        probationary ? 'probationary' : 'full',
        relations[i % relations.length] ?? 'formal',
        entry,
        null,
        groupIds[i % groupIds.length] ?? null,
        at,
        at,
      ).lastInsertRowid,
    )
    const r = random()
    if (r < 0.1) {
      // Left for good.
      const leave = addDays(entry, 30 + Math.floor(random() * 2000))
      period.run(
        id,
        entry,
        'registered',
        leave < options.today ? leave : null,
        leave < options.today ? 'transfer_out' : null,
      )
    } else if (r < 0.15) {
      // Out and back.
      const leave = addDays(entry, 30 + Math.floor(random() * 1000))
      const back = addDays(leave, 60 + Math.floor(random() * 400))
      if (back < options.today) {
        period.run(id, entry, 'registered', leave, 'transfer_out')
        period.run(id, back, 'transfer_in', null, null)
      } else period.run(id, entry, 'registered', null, null)
    } else period.run(id, entry, probationary ? 'admitted' : 'registered', null, null)
  }
  return { members: count, groups: groupCount }
}
