// 待办提醒 · reminders texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const remindersZhTW: LocaleMessages['reminders'] = {
  title: '待辦提醒',
}

export default remindersZhTW
