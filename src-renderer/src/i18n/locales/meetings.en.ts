// Party branch · meetings texts (en).
import type { LocaleMessages } from './zh-CN'

const meetingsEn: LocaleMessages['meetings'] = {
  title: 'meetings',
}

export default meetingsEn
