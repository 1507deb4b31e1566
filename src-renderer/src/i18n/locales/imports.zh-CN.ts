// 导入 Excel · imports texts (zh-CN), kept beside the main catalog.
const importsZhCN = {
  title: '导入 Excel',
}

export default importsZhCN
