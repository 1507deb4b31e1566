// 党建覆盖 · orgRecords texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'
const orgRecordsEn: LocaleMessages['orgRecords'] = {
  title: 'Party Coverage',
}

export default orgRecordsEn
