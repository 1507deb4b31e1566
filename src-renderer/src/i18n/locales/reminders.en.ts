// 待办提醒 · reminders texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const remindersEn: LocaleMessages['reminders'] = {
  title: 'Reminders',
}

export default remindersEn
