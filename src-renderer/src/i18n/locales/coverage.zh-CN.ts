// 党建覆盖 · coverage texts (zh-CN), kept beside the main catalog.
const coverageZhCN = {
  title: '党建覆盖',
  tabs: {
    rates: '覆盖率',
    sixSync: '两关六同步',
    crossPosts: '双向进入、交叉任职',
    instructors: '党建指导员',
    ratings: '年检与评估',
    honours: '荣誉',
  },
}

export default coverageZhCN
