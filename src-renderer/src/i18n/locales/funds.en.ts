// 项目与资金 · funds texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const fundsEn: LocaleMessages['funds'] = {
  title: 'Projects & Funds',
}

export default fundsEn
