// 党建覆盖 · partyOrg texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'
const partyOrgEn: LocaleMessages['partyOrg'] = {
  title: 'Party Coverage',
}

export default partyOrgEn
