// 党建覆盖 · coverage texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'
const coverageEn: LocaleMessages['coverage'] = {
  title: 'Party Coverage',
  tabs: {
    rates: 'Coverage rates',
    sixSync: 'Six-sync',
    crossPosts: 'Cross-holding posts',
    instructors: 'Instructors',
    ratings: 'Inspections & ratings',
    honours: 'Honours',
  },
}

export default coverageEn
