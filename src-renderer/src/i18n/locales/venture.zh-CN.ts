// 项目与资金 · venture texts (zh-CN), kept beside the main catalog.
const ventureZhCN = {
  title: '项目与资金',
}

export default ventureZhCN
