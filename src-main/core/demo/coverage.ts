// The scaled 党建覆盖 data of the benchmark: for every organisation of the scaled base a Party organisation status
// history, instructors, Party members whose membership is elsewhere and some hand-set 两关六同步 items — enough rows
// that the coverage rates, the lists and the matrix are measured at size (年检, ratings and honours:
// `buildScaledOrgRecords`).
import type { PartyOrgStatus } from '../../shared/enums'
import type { Database } from '../db/open'
import { addDays } from '../lib/dates'
import { seededRandom } from '../lib/random'

const STATUS_WEIGHTS: [PartyOrgStatus, number][] = [
  ['standalone', 0.08],
  ['joint', 0.22],
  ['fallback', 0.25],
  ['combined', 0.05],
  ['work_only', 0.2],
  ['none', 0.2],
]

export interface ScaledCoverage {
  statuses: number
  contacts: number
  externalMembers: number
  sixSyncEntries: number
}

/** Call inside a transaction, after the scaled organisations (and mentors, if any) exist. */
export function buildScaledCoverage(
  db: Database,
  options: { today: string; timestamp: string },
): ScaledCoverage {
  const random = seededRandom(7007)
  const pick = (): PartyOrgStatus => {
    let r = random()
    for (const [status, weight] of STATUS_WEIGHTS) {
      r -= weight
      if (r <= 0) return status
    }
    return 'none'
  }
  const dayIn = (from: string, days: number) => addDays(from, Math.floor(random() * days))
  const thisYear = Number(options.today.slice(0, 4))
  const at = options.timestamp
  const orgs = db.prepare('SELECT id FROM organization WHERE archived_at IS NULL ORDER BY id').all() as {
    id: number
  }[]
  const mentors = db.prepare('SELECT id FROM mentor ORDER BY id').pluck().all() as number[]
  const insertStatus = db.prepare(
    `INSERT INTO org_party_status (organization_id, status, start_date, covering_branch, by_base_branch, created_by,
       created_at) VALUES (?, ?, ?, ?, ?, 'bench', ?)`,
  )
  const insertContact = db.prepare(
    `INSERT INTO org_party_contact (organization_id, role, mentor_id, person_name, start_date, end_date, created_by,
       created_at) VALUES (?, ?, ?, ?, ?, ?, 'bench', ?)`,
  )
  const insertMember = db.prepare(
    `INSERT INTO org_party_member (organization_id, name, category, full_on, management_post, start_date, end_date,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertSync = db.prepare(
    `INSERT INTO six_sync_entry (organization_id, year, item, status, date, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, 'bench', ?)`,
  )
  const out: ScaledCoverage = {
    statuses: 0,
    contacts: 0,
    externalMembers: 0,
    sixSyncEntries: 0,
  }
  for (const org of orgs) {
    // One to three statuses since 2021, a few organisations with none recorded.
    if (random() < 0.85) {
      let date = dayIn(`${thisYear - 5}-01-01`, 700)
      const changes = 1 + Math.floor(random() * 3)
      for (let i = 0; i < changes && date <= options.today; i += 1) {
        const status = pick()
        const byBase = (status === 'fallback' || status === 'combined') && random() < 0.6 ? 1 : 0
        const branch =
          status === 'none' || status === 'work_only'
            ? null
            : byBase
              ? '基地兜底党支部'
              : `第${org.id % 97}联合党支部`
        insertStatus.run(org.id, status, date, branch, byBase, at)
        out.statuses += 1
        date = dayIn(addDays(date, 200), 500)
      }
    }
    if (mentors.length > 0 && random() < 0.4) {
      const start = dayIn(`${thisYear - 3}-01-01`, 900)
      const ended = random() < 0.3 ? addDays(start, 365) : null
      insertContact.run(org.id, 'instructor', mentors[org.id % mentors.length], null, start, ended, at)
      out.contacts += 1
    }
    if (random() < 0.15) {
      insertContact.run(
        org.id,
        'liaison',
        null,
        `联络员${org.id}`,
        dayIn(`${thisYear - 2}-01-01`, 600),
        null,
        at,
      )
      out.contacts += 1
    }
    if (random() < 0.3) {
      const count = 1 + Math.floor(random() * 5)
      for (let i = 0; i < count; i += 1) {
        const probationary = random() < 0.2
        const start = dayIn(`${thisYear - 4}-01-01`, 1400)
        insertMember.run(
          org.id,
          `党员${org.id}-${i}`,
          probationary ? 'probationary' : 'full',
          probationary || random() < 0.7 ? null : addDays(start, 90),
          random() < 0.3 ? 1 : 0,
          start,
          random() < 0.1 ? addDays(start, 400) : null,
          at,
          at,
        )
        out.externalMembers += 1
      }
    }
    if (random() < 0.1) {
      for (const item of [1, 4, 6]) {
        insertSync.run(
          org.id,
          thisYear,
          item,
          random() < 0.7 ? 'synced' : 'not_applicable',
          `${thisYear}-03-01`,
          at,
        )
        out.sixSyncEntries += 1
      }
    }
  }
  return out
}
