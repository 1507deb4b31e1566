// 待办提醒: the kinds of reminder, how urgent one is, and the windows that make a coming date "due soon". The rules
// themselves stay in each module (allocations, records, compliance, development, dues, action items, venture,
// the committee term); this file only names what the queue shows.

/** Every kind of reminder, in the order the queue groups them. */
export const REMINDER_KINDS = [
  'agreement',
  'allocation',
  'inspection',
  'rating',
  'tax',
  'meeting',
  'development',
  'dues',
  'actionItem',
  'tranche',
  'term',
] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** 已逾期 (the date has passed), 今天到期, 即将到期. */
export const REMINDER_SEVERITIES = ['overdue', 'due_today', 'due_soon'] as const
export type ReminderSeverity = (typeof REMINDER_SEVERITIES)[number]

/** 暂缓 (snooze until a date) or 忽略 (dismiss). */
export const REMINDER_ACTIONS = ['snooze', 'dismiss'] as const
export type ReminderAction = (typeof REMINDER_ACTIONS)[number]

/**
 * The window of "ending soon" of 入驻协议 and 分配: the same 30 days as the space page's 30 天内到期的分配, so the
 * queue and that card list the same allocations.
 */
export const ENDING_SOON_DAYS = 30

/** 待办事项 due within this many days are listed as due soon (the coaching follow-up is short). */
export const ACTION_ITEM_SOON_DAYS = 7

/** The default "due soon" window of a dated step (发展党员 steps, 年检 deadlines, a meeting period's end). */
export const DUE_SOON_DAYS = 30

/** How urgent a reminder about `dueDate` is on `today`. */
export function severityOn(dueDate: string, today: string): ReminderSeverity {
  if (dueDate < today) return 'overdue'
  return dueDate === today ? 'due_today' : 'due_soon'
}

/** The key of an item: its kind, the record it is about and the date it is due; a changed record makes a new key. */
export const reminderKey = (kind: ReminderKind, recordId: string | number, dueDate: string): string =>
  `${kind}:${recordId}:${dueDate}`

/** The kind a key is about (the part before the first colon), or null when it names none. */
export function kindOfKey(key: string): ReminderKind | null {
  const kind = key.slice(0, key.indexOf(':'))
  return (REMINDER_KINDS as readonly string[]).includes(kind) ? (kind as ReminderKind) : null
}
