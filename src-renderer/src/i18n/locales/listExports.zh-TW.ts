// 导出 Excel · list exports texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const listExportsZhTW: LocaleMessages['listExports'] = {
  title: '匯出 Excel',
}

export default listExportsZhTW
