// 统计报表 · annual report texts (zh-CN), kept beside the main catalog.
const reportsZhCN = {
  title: '统计报表',
}

export default reportsZhCN
