// 工作台 · dashboard and 全局搜索 texts (zh-CN), kept beside the main catalog.
const dashboardZhCN = {
  tabs: { overview: '概览', reminders: '待办提醒' },
  title: '工作台',
}

export default dashboardZhCN
