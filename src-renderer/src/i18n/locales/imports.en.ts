// 导入 Excel · imports texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const importsEn: LocaleMessages['imports'] = {
  title: 'Import Excel',
}

export default importsEn
