// 项目与资金 · serviceProjects texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const serviceProjectsEn: LocaleMessages['serviceProjects'] = {
  tabs: { services: 'Service projects & brands', venture: 'Venture funding', funds: 'Funding ledger' },
  title: 'Projects & Funds',
}

export default serviceProjectsEn
