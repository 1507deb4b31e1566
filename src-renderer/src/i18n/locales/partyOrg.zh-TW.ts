// 党建覆盖 · partyOrg texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'
const partyOrgZhTW: LocaleMessages['partyOrg'] = {
  title: '黨建覆蓋',
}

export default partyOrgZhTW
