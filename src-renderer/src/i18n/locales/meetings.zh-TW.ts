// 基地黨支部 · 会议与合规 texts (zh-TW).
import type { LocaleMessages } from './zh-CN'

const meetingsZhTW: LocaleMessages['meetings'] = {
  title: '会议与合规',
}

export default meetingsZhTW
