// 项目与资金 · funds texts (zh-CN), kept beside the main catalog.
const fundsZhCN = {
  title: '项目与资金',
}

export default fundsZhCN
