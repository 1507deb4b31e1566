// 基地党支部 · 党费 texts (zh-CN), kept beside the main catalog.
const duesZhCN = {
  title: '党费',
}

export default duesZhCN
