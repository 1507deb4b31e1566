// 待办提醒 in the demo base: the other demo data already give most kinds today; this adds what would be missing —
// a resident whose 入驻协议 ends within the 30 days — and one 暂缓 with its reason, so a new user sees every kind
// and the 已处理 view. Runs after the other demo loaders (it reads what they wrote).
import { IN_RESIDENCE_STAGES } from '../../shared/coaching'
import { ENDING_SOON_DAYS, reminderKey } from '../../shared/reminders'
import type { Database } from '../db/open'
import { addDays } from '../lib/dates'
import type { DemoOptions } from './demo'

const IN_RESIDENCE = IN_RESIDENCE_STAGES.map((s) => `'${s}'`).join(', ')

export function loadDemoReminders(db: Database, options: DemoOptions): Record<string, never> {
  const { today, timestamp, actorName } = options
  const soon = addDays(today, ENDING_SOON_DAYS)
  const ending = db
    .prepare(
      `SELECT count(*) FROM organization
       WHERE archived_at IS NULL AND stage IN (${IN_RESIDENCE}) AND agreement_end <= ?`,
    )
    .pluck()
    .get(soon) as number
  if (ending === 0) {
    // The longest-standing resident among those holding no unit beyond the new end (an allocation
    // never outlasts its agreement): its 入驻协议 now ends in three weeks (renewal talks due).
    const end = addDays(today, 21)
    const next = db
      .prepare(
        `SELECT o.id FROM organization o WHERE o.archived_at IS NULL AND o.stage IN (${IN_RESIDENCE})
           AND o.agreement_end > @soon AND NOT EXISTS (SELECT 1 FROM space_allocation a
             WHERE a.organization_id = o.id AND a.cancelled_at IS NULL AND a.end_date > @end)
         ORDER BY o.agreement_start, o.id LIMIT 1`,
      )
      .pluck()
      .get({ soon, end }) as number | undefined
    if (next !== undefined) {
      db.prepare('UPDATE organization SET agreement_end = ?, updated_at = ? WHERE id = ?').run(
        end,
        timestamp,
        next,
      )
    }
  }
  // One 暂缓 with its reason: the most overdue open action item, snoozed for a week (the mentor will follow it up).
  const item = db
    .prepare(
      `SELECT id, due_date FROM coaching_action_item WHERE status = 'open' AND due_date < ?
       ORDER BY due_date, id LIMIT 1`,
    )
    .get(today) as { id: number; due_date: string } | undefined
  if (item) {
    db.prepare(
      `INSERT INTO reminder_handling (item_key, action, snooze_until, reason, created_by, created_at)
       VALUES (?, 'snooze', ?, ?, ?, ?)`,
    ).run(
      reminderKey('actionItem', item.id, item.due_date),
      addDays(today, 7),
      '导师已电话联系，对方下周补交',
      actorName,
      timestamp,
    )
  }
  return {}
}
