// Party branch · branchProfile texts (en).
import type { LocaleMessages } from './zh-CN'

const branchProfileEn: LocaleMessages['branchProfile'] = {
  title: 'branchProfile',
}

export default branchProfileEn
