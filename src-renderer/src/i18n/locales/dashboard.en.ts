// 工作台 · dashboard and 全局搜索 texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const dashboardEn: LocaleMessages['dashboard'] = {
  tabs: { overview: 'Overview', reminders: 'Reminders' },
  title: 'Dashboard',
}

export default dashboardEn
