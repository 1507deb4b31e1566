// 基地党支部 · 支部与班子 texts (zh-CN), kept beside the main catalog.
const branchProfileZhCN = {
  title: '支部与班子',
}

export default branchProfileZhCN
