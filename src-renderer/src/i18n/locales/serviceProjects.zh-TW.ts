// 项目与资金 · serviceProjects texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const serviceProjectsZhTW: LocaleMessages['serviceProjects'] = {
  tabs: { services: '服務項目與品牌', venture: '公益創投', funds: '資金台賬' },
  title: '項目與資金',
}

export default serviceProjectsZhTW
