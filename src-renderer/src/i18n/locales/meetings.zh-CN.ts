// 基地党支部 · 会议与合规 texts (zh-CN), kept beside the main catalog.
const meetingsZhCN = {
  title: '会议与合规',
}

export default meetingsZhCN
