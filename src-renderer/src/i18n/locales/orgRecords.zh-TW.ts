// 党建覆盖 · orgRecords texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'
const orgRecordsZhTW: LocaleMessages['orgRecords'] = {
  title: '黨建覆蓋',
}

export default orgRecordsZhTW
