// 导出 Excel · list exports texts (zh-CN), kept beside the main catalog.
const listExportsZhCN = {
  title: '导出 Excel',
}

export default listExportsZhCN
