// 项目与资金 · funds texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const fundsZhTW: LocaleMessages['funds'] = {
  title: '項目與資金',
}

export default fundsZhTW
