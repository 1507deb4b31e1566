// 党建覆盖 · orgRecords texts (zh-CN), kept beside the main catalog.
const orgRecordsZhCN = {
  title: '党建覆盖',
}

export default orgRecordsZhCN
