// 示例数据 for 两关六同步: a partly filled matrix for this year and last year. Most items are left to the prefill
// (which reads the status, 年检, 评估, 指导 and 荣誉 records loaded before this part); a person has set some of
// items 1, 4, 5 and 6 — 已同步 with dates and notes, a few 不适用 with their reasons, some overriding the prefill —
// and one entry was corrected once (its first version stays, superseded). Deterministic for a given "today".
import type { SixSyncStatus } from '../../shared/enums'
import { addDays, daysBetween } from '../lib/dates'
import type { Database } from '../db/open'
import { seededRandom } from '../lib/random'
import { sixSyncRows } from '../coverage/sixSync'

export interface DemoSixSyncOptions {
  today: string
  timestamp: string
  seed?: number
}

const BY = '示例数据'

/** What a person wrote, per item: 已同步 notes and 不适用 reasons. */
const SYNCED_NOTES: Record<number, readonly string[]> = {
  1: ['登记时同步报批成立党支部', '登记同时由基地兜底党支部覆盖'],
  4: ['年度考核同步考核党建工作', '能力评估会上同步听取党建工作汇报'],
  5: ['获评区级先进基层党组织', '负责人获评优秀共产党员', '获评市级五星级党组织'],
  6: ['理事会换届，同步调整党组织班子', '换届时党组织书记进入理事会'],
}
const NOT_APPLICABLE_NOTES: Record<number, readonly string[]> = {
  1: ['由外地迁入，登记注册不在本基地办理'],
  4: ['入驻不满半年，本年度不开展考核'],
  6: ['本年度未换届', '理事会任期至明年，本年度未换届'],
}

export function loadDemoSixSync(db: Database, options: DemoSixSyncOptions): { sixSyncEntries: number } {
  const random = seededRandom(options.seed ?? 707)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T
  const insert = db.prepare<[number, number, number, SixSyncStatus, string | null, string | null, string]>(
    `INSERT INTO six_sync_entry (organization_id, year, item, status, date, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, '${BY}', ?)`,
  )
  const supersede = db.prepare<[string, number]>('UPDATE six_sync_entry SET superseded_at = ? WHERE id = ?')
  const thisYear = Number(options.today.slice(0, 4))
  let count = 0
  for (const year of [thisYear - 1, thisYear]) {
    const first = `${year}-01-01`
    const last = year === thisYear ? options.today : `${year}-12-31`
    const span = daysBetween(first, last)
    const dateIn = () => addDays(first, Math.floor(random() * (span + 1)))
    // Recorded at the demo's load time: the entries are what a person set, whenever the year was.
    const recordedAt = options.timestamp
    const { rows } = sixSyncRows(
      db,
      { year, search: null, partyStatus: null, item: null, itemStatus: null, onlyIncomplete: false },
      options.today,
    )
    // About two in five organisations have something set by hand; this year fewer (the year is not over).
    const share = year === thisYear ? 0.3 : 0.45
    const setItem6 = new Set<number>()
    for (const row of rows) {
      if (random() >= share) continue
      for (const item of [1, 4, 5, 6] as const) {
        const cell = row.cells[item - 1]
        if (!cell) continue
        const roll = random()
        // Item 1 by hand only where the prefill left it open (registered this year, no coverage recorded yet).
        if (item === 1 && cell.status !== 'not_started') continue
        if (item === 5 && roll > 0.35) continue
        if (item === 6 && roll < 0.75) setItem6.add(row.id)
        if (roll < 0.6 && SYNCED_NOTES[item]) {
          insert.run(row.id, year, item, 'synced', dateIn(), pick(SYNCED_NOTES[item]), recordedAt)
          count++
        } else if (roll < 0.75 && NOT_APPLICABLE_NOTES[item]) {
          insert.run(row.id, year, item, 'not_applicable', null, pick(NOT_APPLICABLE_NOTES[item]), recordedAt)
          count++
        }
      }
    }
    // One correction: an entry first set as 不适用, then found to be 已同步; the first version stays, superseded.
    const corrected = rows.find((r) => r.cells[5]?.source === 'prefill' && !setItem6.has(r.id))
    if (corrected) {
      const firstId = Number(
        insert.run(corrected.id, year, 6, 'not_applicable', null, '本年度未换届', recordedAt).lastInsertRowid,
      )
      supersede.run(recordedAt, firstId)
      insert.run(
        corrected.id,
        year,
        6,
        'synced',
        dateIn(),
        '核实后更正：已于年内换届并同步调整班子',
        recordedAt,
      )
      count += 2
    }
  }
  return { sixSyncEntries: count }
}
