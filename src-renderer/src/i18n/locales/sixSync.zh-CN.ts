// 党建覆盖 · sixSync texts (zh-CN), kept beside the main catalog.
const sixSyncZhCN = {
  title: '党建覆盖',
}

export default sixSyncZhCN
