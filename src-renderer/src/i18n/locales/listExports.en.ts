// 导出 Excel · list exports texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const listExportsEn: LocaleMessages['listExports'] = {
  title: 'Export Excel',
}

export default listExportsEn
