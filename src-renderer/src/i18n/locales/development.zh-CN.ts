// 基地党支部 · 发展党员 texts (zh-CN), kept beside the main catalog.
const developmentZhCN = {
  title: '发展党员',
}

export default developmentZhCN
