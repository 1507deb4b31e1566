// Party branch · development texts (en).
import type { LocaleMessages } from './zh-CN'

const developmentEn: LocaleMessages['development'] = {
  title: 'development',
}

export default developmentEn
