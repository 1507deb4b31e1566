// 示例数据 for 发展党员: people at every stage, dated from "today" — an application whose interview is overdue
// (a violated check), an 入党积极分子 about to complete the year, 发展对象 with and without their sponsors and
// training, 预备党员 awaiting approval, awaiting 转正, and one with an extended probation, a 正式党员 who went the
// whole way, and one 取消资格. Sponsors are 正式党员 already on the roster on the day they were named (the
// roster's demo is loaded first); a person who would need sponsors is left out when there are not two.
import type { Gender } from '../../shared/enums'
import { probationEnd } from '../../shared/development'
import type { Database } from '../db/open'
import { ADMITTED_NOTE } from '../branch/development'
import { addDays, addMonths, addYears } from '../lib/dates'
import { idCheckChar } from '../lib/idcard'
import { findByIdNumber, insertMember } from '../members/repository'
import { rosterOn, startPeriod } from '../members/roster'

export interface DemoDevelopmentOptions {
  today: string
  timestamp: string
}

/** One demo person: dates as offsets from today (months, then days), filled in by `plan`. */
interface Person {
  name: string
  gender: Gender
  birthDate: string
  post: string
  phone: string
  applied: string
  interviewed?: string
  activist?: string
  reviews?: string[]
  candidate?: string
  /** How many sponsors to name (on the candidate date). */
  sponsors?: number
  training?: { days: number; hours: number; on: string }
  admitted?: string
  approved?: string
  extension?: { months: number; decided: string; reason: string }
  fullDecided?: string
  disqualified?: { on: string; reason: string }
  note?: string
}

function plan(today: string): Person[] {
  const at = (months: number, days = 0) => addDays(addMonths(today, months), days)
  const everyHalfYear = (from: string, until: string) => {
    const out: string[] = []
    for (let k = 1; ; k++) {
      const review = addDays(addMonths(from, 6 * k), -20)
      if (review > until) return out
      out.push(review)
    }
  }
  const activistLong = at(-24)
  const candidateLong = at(-11)
  const jiangAdmitted = at(-12, 20)
  const huangAdmitted = at(-14)
  const caoAdmitted = at(-26)
  return [
    {
      name: '王思远',
      gender: 'male',
      birthDate: '2001-09-12',
      post: '项目专员',
      phone: '13805351101',
      applied: at(0, -10),
      note: '递交申请书后待谈话。',
    },
    {
      name: '李雨桐',
      gender: 'female',
      birthDate: '1999-04-23',
      post: '社工',
      phone: '13805351102',
      applied: at(0, -40),
      interviewed: at(0, -30),
    },
    {
      name: '赵子涵',
      gender: 'male',
      birthDate: '1996-11-30',
      post: '财务',
      phone: '13805351103',
      applied: at(0, -75),
      note: '申请人出差，谈话未按期进行。',
    },
    {
      name: '陈嘉怡',
      gender: 'female',
      birthDate: '1997-02-14',
      post: '志愿者协调员',
      phone: '13805351104',
      applied: at(-8),
      interviewed: at(-8, 10),
      activist: at(-4),
    },
    {
      name: '刘浩然',
      gender: 'male',
      birthDate: '1993-07-08',
      post: '办公室主任',
      phone: '13805351105',
      applied: at(-14),
      interviewed: at(-14, 12),
      activist: addDays(addYears(today, -1), 15),
      reviews: [at(-12, 15 + 150), at(-12, 15 + 330)],
    },
    {
      name: '孙悦',
      gender: 'female',
      birthDate: '1995-12-01',
      post: '项目主管',
      phone: '13805351106',
      applied: at(-27),
      interviewed: at(-27, 15),
      activist: activistLong,
      reviews: everyHalfYear(activistLong, today),
      candidate: candidateLong,
      sponsors: 2,
      training: { days: 5, hours: 40, on: at(-2) },
    },
    {
      name: '周明轩',
      gender: 'male',
      birthDate: '1990-03-19',
      post: '理事',
      phone: '13805351107',
      applied: at(-20),
      interviewed: at(-20, 14),
      activist: at(-15),
      reviews: everyHalfYear(at(-15), at(-2)),
      candidate: at(-2),
      sponsors: 1,
    },
    {
      name: '吴佳琪',
      gender: 'female',
      birthDate: '1994-08-27',
      post: '活动策划',
      phone: '13805351108',
      applied: at(-30),
      interviewed: at(-30, 9),
      activist: at(-28),
      reviews: everyHalfYear(at(-28), at(0, -80)),
      candidate: at(-14),
      sponsors: 2,
      training: { days: 3, hours: 24, on: at(-4) },
      admitted: at(0, -80),
    },
    {
      name: '蒋子墨',
      gender: 'male',
      birthDate: '1988-05-05',
      post: '秘书长',
      phone: '13805351109',
      applied: at(-36),
      interviewed: at(-36, 20),
      activist: at(-34),
      reviews: everyHalfYear(at(-34), jiangAdmitted),
      candidate: at(-21),
      sponsors: 2,
      training: { days: 4, hours: 30, on: at(-13) },
      admitted: jiangAdmitted,
      approved: addMonths(jiangAdmitted, 1),
    },
    {
      name: '黄婷',
      gender: 'female',
      birthDate: '1992-10-10',
      post: '社工督导',
      phone: '13805351110',
      applied: at(-40),
      interviewed: at(-40, 10),
      activist: at(-38),
      reviews: everyHalfYear(at(-38), huangAdmitted),
      candidate: at(-24),
      sponsors: 2,
      training: { days: 3, hours: 26, on: at(-15) },
      admitted: huangAdmitted,
      approved: addMonths(huangAdmitted, 2),
      extension: {
        months: 6,
        decided: addDays(addYears(huangAdmitted, 1), -10),
        reason: '预备期内参加组织生活不够经常，需继续考察。',
      },
    },
    {
      name: '曹宇航',
      gender: 'male',
      birthDate: '1986-01-16',
      post: '理事长',
      phone: '13805351111',
      applied: at(-52),
      interviewed: at(-52, 18),
      activist: at(-50),
      reviews: everyHalfYear(at(-50), caoAdmitted),
      candidate: at(-36),
      sponsors: 2,
      training: { days: 5, hours: 36, on: at(-28) },
      admitted: caoAdmitted,
      approved: addMonths(caoAdmitted, 1),
      fullDecided: addDays(addYears(caoAdmitted, 1), 12),
    },
    {
      name: '何静',
      gender: 'female',
      birthDate: '1998-06-21',
      post: '行政助理',
      phone: '13805351112',
      applied: at(-20),
      interviewed: at(-20, 8),
      activist: at(-18),
      reviews: everyHalfYear(at(-18), at(-3)),
      disqualified: { on: at(-3), reason: '本人书面申请撤回入党申请。' },
    },
  ]
}

/** A valid 公民身份号码 (莱山区 370613) not yet used on the roster or in a development record. */
function idNumber(db: Database, birthDate: string, gender: Gender, n: number): string {
  for (let seq = n * 2 + (gender === 'male' ? 1 : 0); ; seq += 2) {
    const first17 = `370613${birthDate.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`
    const value = first17 + idCheckChar(first17)
    const used =
      findByIdNumber(db, value) ??
      db.prepare('SELECT 1 FROM development_record WHERE id_number = ?').get(value)
    if (!used) return value
  }
}

/** Loads the demo people; call inside the demo's transaction, after the roster's demo. */
export function loadDemoDevelopment(db: Database, options: DemoDevelopmentOptions): { developing: number } {
  const { today, timestamp } = options
  const organizations = (
    db.prepare('SELECT id FROM organization WHERE archived_at IS NULL ORDER BY id LIMIT 12').all() as {
      id: number
    }[]
  ).map((o) => o.id)
  let created = 0
  plan(today).forEach((p, i) => {
    // Sponsors: 正式党员 on the roster on the day of 确定为发展对象, taken in turn.
    const wanted = p.sponsors ?? 0
    const pool = p.candidate ? rosterOn(db, p.candidate).filter((m) => m.category === 'full') : []
    if (pool.length < wanted) return
    const sponsors = Array.from({ length: wanted }, (_, k) => pool[(i * 3 + k) % pool.length]?.memberId ?? 0)
    if (new Set(sponsors).size < wanted) return

    const stage = p.disqualified
      ? 'disqualified'
      : p.fullDecided
        ? 'full'
        : p.admitted
          ? 'probationary'
          : p.candidate
            ? 'candidate'
            : p.activist
              ? 'activist'
              : 'applicant'
    const organizationId = organizations.length ? (organizations[i % organizations.length] ?? null) : null
    const id = idNumber(db, p.birthDate, p.gender, i + 1)
    let memberId: number | null = null
    const fullOn = p.admitted && p.fullDecided ? probationEnd(p.admitted, p.extension?.months ?? null) : null
    if (p.admitted) {
      memberId = insertMember(
        db,
        {
          name: p.name,
          gender: p.gender,
          birthDate: p.birthDate,
          idNumber: id,
          category: fullOn ? 'full' : 'probationary',
          relation: 'formal',
          organizationId,
          post: p.post,
          phone: p.phone,
          joinedOn: p.admitted,
          veteranMember: false,
          veteranCadre: false,
          note: null,
          fullOn,
          groupId: null,
        },
        timestamp,
      )
      startPeriod(db, memberId, p.admitted, 'admitted', ADMITTED_NOTE)
    }
    const recordId = Number(
      db
        .prepare(
          `INSERT INTO development_record (name, gender, birth_date, id_number, organization_id, post, phone, stage,
             applied_on, interviewed_on, activist_on, candidate_on, training_days, training_hours, trained_on,
             admitted_on, approved_on, extension_months, extension_decided_on, extension_reason, full_decided_on,
             full_on, disqualified_on, disqualify_reason, member_id, note, created_at, updated_at)
           VALUES (@name, @gender, @birthDate, @idNumber, @organizationId, @post, @phone, @stage, @applied,
             @interviewed, @activist, @candidate, @trainingDays, @trainingHours, @trainedOn, @admitted, @approved,
             @extensionMonths, @extensionDecided, @extensionReason, @fullDecided, @fullOn, @disqualifiedOn,
             @disqualifyReason, @memberId, @note, @at, @at)`,
        )
        .run({
          name: p.name,
          gender: p.gender,
          birthDate: p.birthDate,
          idNumber: id,
          organizationId,
          post: p.post,
          phone: p.phone,
          stage,
          applied: p.applied,
          interviewed: p.interviewed ?? null,
          activist: p.activist ?? null,
          candidate: p.candidate ?? null,
          trainingDays: p.training?.days ?? null,
          trainingHours: p.training?.hours ?? null,
          trainedOn: p.training?.on ?? null,
          admitted: p.admitted ?? null,
          approved: p.approved ?? null,
          extensionMonths: p.extension?.months ?? null,
          extensionDecided: p.extension?.decided ?? null,
          extensionReason: p.extension?.reason ?? null,
          fullDecided: p.fullDecided ?? null,
          fullOn,
          disqualifiedOn: p.disqualified?.on ?? null,
          disqualifyReason: p.disqualified?.reason ?? null,
          memberId,
          note: p.note ?? null,
          at: timestamp,
        }).lastInsertRowid,
    )
    for (const [k, reviewedOn] of (p.reviews ?? []).entries()) {
      db.prepare(
        'INSERT INTO development_review (record_id, reviewed_on, note, created_at) VALUES (?, ?, ?, ?)',
      ).run(recordId, reviewedOn, REVIEW_NOTES[(i + k) % REVIEW_NOTES.length] ?? '表现良好。', timestamp)
    }
    for (const sponsor of sponsors) {
      db.prepare(
        'INSERT INTO development_sponsor (record_id, member_id, named_on, created_at) VALUES (?, ?, ?, ?)',
      ).run(recordId, sponsor, p.candidate, timestamp)
    }
    created++
  })
  return { developing: created }
}

const REVIEW_NOTES = [
  '思想上积极要求进步，按时参加党课学习和主题党日活动，工作中能起带头作用。',
  '认真学习党章和党的创新理论，撰写思想汇报两篇，在组织的志愿服务中表现突出。',
  '入党动机端正，联系群众较好；需进一步加强理论学习，提高写作能力。',
]
