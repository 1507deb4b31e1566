// Party branch · dues texts (en).
import type { LocaleMessages } from './zh-CN'

const duesEn: LocaleMessages['dues'] = {
  title: 'dues',
}

export default duesEn
