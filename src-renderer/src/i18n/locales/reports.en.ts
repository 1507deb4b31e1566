// 统计报表 · annual report texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const reportsEn: LocaleMessages['reports'] = {
  title: 'Reports',
}

export default reportsEn
