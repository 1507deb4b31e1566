// 导入 Excel · imports texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const importsZhTW: LocaleMessages['imports'] = {
  title: '匯入 Excel',
}

export default importsZhTW
