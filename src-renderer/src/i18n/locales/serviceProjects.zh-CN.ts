// 项目与资金 · serviceProjects texts (zh-CN), kept beside the main catalog.
const serviceProjectsZhCN = {
  tabs: { services: '服务项目与品牌', venture: '公益创投', funds: '资金台账' },
  title: '项目与资金',
}

export default serviceProjectsZhCN
