// 基地黨支部 · 发展党员 texts (zh-TW).
import type { LocaleMessages } from './zh-CN'

const developmentZhTW: LocaleMessages['development'] = {
  title: '发展党员',
}

export default developmentZhTW
