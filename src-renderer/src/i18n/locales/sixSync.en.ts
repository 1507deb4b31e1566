// 党建覆盖 · sixSync texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'
const sixSyncEn: LocaleMessages['sixSync'] = {
  title: 'Party Coverage',
}

export default sixSyncEn
