// 项目与资金 · venture texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const ventureZhTW: LocaleMessages['venture'] = {
  title: '項目與資金',
}

export default ventureZhTW
