// 基地黨支部 · 党费 texts (zh-TW).
import type { LocaleMessages } from './zh-CN'

const duesZhTW: LocaleMessages['dues'] = {
  title: '党费',
}

export default duesZhTW
