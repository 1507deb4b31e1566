// 待办提醒 in the user's language: an item's title from its parameters (the core's zh-CN title is the fallback),
// its days ("逾期 3 天" / "今天到期" / "还有 5 天"), its decision ("已暂缓至 … ，原因：…"). Shared by the queue and
// the 工作台 overview.
import { useI18n } from 'vue-i18n'
import type { ReminderItem } from '@shared/entities'
import { wordReminderTitle } from '@shared/reminders'
import { REMINDER_TITLE_WORDS } from '@/composables/useListExport'

export function useReminderText() {
  const i18n = useI18n()
  const t = (key: string, params: Record<string, unknown> = {}): string => i18n.t(key, params)

  function title(item: ReminderItem): string {
    const key = `reminders.titles.${item.kind}`
    if (!i18n.te(key)) return item.title
    return wordReminderTitle(item.kind, item.params, (wordKey, params) => {
      const at = wordKey.indexOf('.')
      const group = wordKey.slice(0, at) as keyof typeof REMINDER_TITLE_WORDS
      // e.g. `check.probation` → `development.checks.probation` (each group is checked by the catalog tests).
      const path = REMINDER_TITLE_WORDS[group] + wordKey.slice(at)
      return t(path, params)
    })
  }

  function days(item: ReminderItem): string {
    if (item.daysLeft < 0) return t('reminders.days.overdue', { days: -item.daysLeft })
    if (item.daysLeft === 0) return t('reminders.days.today')
    return t('reminders.days.left', { days: item.daysLeft })
  }

  function handling(item: ReminderItem): string {
    const h = item.handling
    if (!h) return ''
    return h.action === 'snooze'
      ? t('reminders.handling.snoozed', { date: h.snoozeUntil ?? '', reason: h.reason, by: h.createdBy })
      : t('reminders.handling.dismissed', { reason: h.reason, by: h.createdBy })
  }

  return { title, days, handling }
}

/** Element Plus tag type of a severity. */
export const SEVERITY_TAG = { overdue: 'danger', due_today: 'warning', due_soon: 'primary' } as const

/** What the handle dialog does: 暂缓, 忽略 or 撤销处理. */
export type HandleMode = 'snooze' | 'dismiss' | 'undo'
