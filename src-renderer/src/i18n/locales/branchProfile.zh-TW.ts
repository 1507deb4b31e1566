// 基地黨支部 · 支部与班子 texts (zh-TW).
import type { LocaleMessages } from './zh-CN'

const branchProfileZhTW: LocaleMessages['branchProfile'] = {
  title: '支部与班子',
}

export default branchProfileZhTW
