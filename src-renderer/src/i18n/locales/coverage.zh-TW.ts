// 党建覆盖 · coverage texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'
const coverageZhTW: LocaleMessages['coverage'] = {
  title: '黨建覆蓋',
  tabs: {
    rates: '覆蓋率',
    sixSync: '兩關六同步',
    crossPosts: '雙向進入、交叉任職',
    instructors: '黨建指導員',
    ratings: '年檢與評估',
    honours: '榮譽',
  },
}

export default coverageZhTW
