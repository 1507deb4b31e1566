// 统计报表 · annual report texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const reportsZhTW: LocaleMessages['reports'] = {
  title: '統計報表',
}

export default reportsZhTW
