// 工作台 · dashboard and 全局搜索 texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const dashboardZhTW: LocaleMessages['dashboard'] = {
  tabs: { overview: '概覽', reminders: '待辦提醒' },
  title: '工作台',
}

export default dashboardZhTW
