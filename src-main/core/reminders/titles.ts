// 待办提醒 · the title of an item, from its parameters and the words of a language: zh-CN by default (the 工作台
// overview, the audit, the tests), or the `reminders.titles` texts the renderer sends with an export, so that the
// file says what the user's screen says.
import { fillPlaceholders, ENUM_LABELS_ZH_CN } from '../../shared/messages'
import {
  REMINDER_HOLDS_ZH_CN,
  REMINDER_TITLES_ZH_CN,
  wordReminderTitle,
  type ReminderKind,
} from '../../shared/reminders'
import type { Labels } from '../lib/labels'

type Params = Record<string, string | number>

const prefixed = (prefix: string, words: Record<string, string>): Labels =>
  Object.fromEntries(Object.entries(words).map(([key, text]) => [`${prefix}.${key}`, text]))

/** The zh-CN words of titles: `titles.<kind>` templates, and the meeting kinds, development steps and holds. */
export const REMINDER_TITLE_WORDS_ZH_CN: Labels = {
  ...prefixed('titles', REMINDER_TITLES_ZH_CN),
  ...prefixed('meetingKind', ENUM_LABELS_ZH_CN.meetingKind),
  // The step a reminder names (the development page's check names, with 预备期 said as what is due: 转正).
  'check.age': '年满 18 周岁',
  'check.interview': '一个月内谈话',
  'check.activistPeriod': '培养考察满一年',
  'check.reviews': '每半年考察',
  'check.sponsors': '两名入党介绍人',
  'check.training': '短期集中培训',
  'check.approval': '上级党委审批',
  'check.probation': '预备期满转正',
  'check.extension': '延长预备期',
  ...prefixed('hold', REMINDER_HOLDS_ZH_CN),
}

/** The title of an item of `kind`; `labels` (keys as above) take the place of the zh-CN words they name. */
export const reminderTitle = (kind: ReminderKind, params: Params, labels: Labels = {}): string =>
  wordReminderTitle(kind, params, (key, p = {}) =>
    fillPlaceholders(labels[key] ?? REMINDER_TITLE_WORDS_ZH_CN[key] ?? key, p),
  )
