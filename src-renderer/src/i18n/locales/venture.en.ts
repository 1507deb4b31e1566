// 项目与资金 · venture texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const ventureEn: LocaleMessages['venture'] = {
  title: 'Projects & Funds',
}

export default ventureEn
