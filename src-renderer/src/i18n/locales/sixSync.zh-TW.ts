// 党建覆盖 · sixSync texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'
const sixSyncZhTW: LocaleMessages['sixSync'] = {
  title: '黨建覆蓋',
}

export default sixSyncZhTW
