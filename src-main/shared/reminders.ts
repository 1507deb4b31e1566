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

/**
 * The zh-CN words of the queue, one copy for the zh-CN screen (`reminders.*` of its catalog) and for the core (the
 * 工作台 overview, the audit, an export sent without words): each kind (类型), and the templates of the titles.
 */
export const REMINDER_KINDS_ZH_CN: Record<ReminderKind, string> = {
  agreement: '入驻协议到期',
  allocation: '分配到期',
  inspection: '年检',
  rating: '等级评估到期',
  tax: '税前扣除资格到期',
  meeting: '三会一课',
  development: '发展党员',
  dues: '党费欠缴',
  actionItem: '待办事项',
  tranche: '公益创投拨付',
  term: '支部换届',
}

export const REMINDER_TITLES_ZH_CN: Record<ReminderKind | 'groupSuffix' | 'duesFlag', string> = {
  agreement: '入驻协议到期：{name}',
  allocation: '分配到期：{unit}（{name}）',
  inspection: '{year} 年度年检未登记：{name}',
  rating: '等级评估（{grade}）到期：{name}',
  tax: '公益性捐赠税前扣除资格到期：{name}',
  meeting: '{meetingKind}{group}未达最低次数，还差 {needed} 次',
  groupSuffix: '（{group}）',
  development: '发展党员 {name}：{step}',
  dues: '党费欠缴：{name}，{months} 个月{flag}',
  duesFlag: '（连续 6 个月以上未缴）',
  actionItem: '待办事项：{title}（{name}）',
  tranche: '公益创投“{project}”第 {seq} 期拨付受阻：{hold}',
  term: '支部委员会任期（{start} 起）届满，需换届',
}

/** Why a tranche is held (`<hold>_<stage>`), in the titles. */
export const REMINDER_HOLDS_ZH_CN = {
  evaluationMissing_mid: '中期评估待登记',
  evaluationMissing_final: '结项评估待登记',
  evaluationFailed_mid: '中期评估未通过',
  evaluationFailed_final: '结项评估未通过',
}

/**
 * A word of a title by key — `titles.<kind>`, `titles.groupSuffix`, `titles.duesFlag`, `meetingKind.<kind>`,
 * `check.<step>`, `hold.<hold>_<stage>` — with its placeholders filled.
 */
export type ReminderWord = (key: string, params?: Record<string, string | number>) => string

/** The title of an item, worded by `word`: the screen's catalog, or the core's zh-CN words and an export's labels. */
export function wordReminderTitle(
  kind: ReminderKind,
  params: Record<string, string | number>,
  word: ReminderWord,
): string {
  const p = { ...params }
  if (kind === 'meeting') {
    p.meetingKind = word(`meetingKind.${String(params.meetingKind)}`)
    p.group = params.group ? word('titles.groupSuffix', { group: params.group }) : ''
  }
  if (kind === 'development') p.step = word(`check.${String(params.step)}`)
  if (kind === 'tranche') p.hold = word(`hold.${String(params.hold).replace('.', '_')}`)
  if (kind === 'dues') p.flag = params.flagged ? word('titles.duesFlag') : ''
  return word(`titles.${kind}`, p)
}
