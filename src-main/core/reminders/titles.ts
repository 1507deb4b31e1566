// 待办提醒 · the zh-CN title of an item (the screen words it from the same parameters in the user's language, the
// `reminders.titles` texts; this one is for the 工作台 overview, the audit and the tests).
import { ENUM_LABELS_ZH_CN } from '../../shared/messages'
import type { ReminderKind } from '../../shared/reminders'

type Params = Record<string, string | number>

const MEETING_KINDS: Record<string, string> = ENUM_LABELS_ZH_CN.meetingKind

const DEVELOPMENT_STEPS: Record<string, string> = {
  age: '年满 18 周岁',
  interview: '一个月内谈话',
  activistPeriod: '培养考察满一年',
  reviews: '每半年考察',
  sponsors: '两名入党介绍人',
  training: '短期集中培训',
  approval: '上级党委审批',
  probation: '预备期满转正',
  extension: '延长预备期',
}

const TRANCHE_HOLDS: Record<string, string> = {
  'evaluationMissing.mid': '中期评估待登记',
  'evaluationMissing.final': '结项评估待登记',
  'evaluationFailed.mid': '中期评估未通过',
  'evaluationFailed.final': '结项评估未通过',
}

const TITLES: Record<ReminderKind, (p: Params) => string> = {
  agreement: (p) => `入驻协议到期：${p.name}`,
  allocation: (p) => `分配到期：${p.unit}（${p.name}）`,
  inspection: (p) => `${p.year} 年度年检未登记：${p.name}`,
  rating: (p) => `等级评估（${p.grade}）到期：${p.name}`,
  tax: (p) => `公益性捐赠税前扣除资格到期：${p.name}`,
  meeting: (p) =>
    `${MEETING_KINDS[String(p.meetingKind)] ?? p.meetingKind}${p.group ? `（${p.group}）` : ''}未达最低次数，还差 ${p.needed} 次`,
  development: (p) => `发展党员 ${p.name}：${DEVELOPMENT_STEPS[String(p.step)] ?? p.step}`,
  dues: (p) => `党费欠缴：${p.name}，${p.months} 个月${p.flagged ? '（连续 6 个月以上未缴）' : ''}`,
  actionItem: (p) => `待办事项：${p.title}（${p.name}）`,
  tranche: (p) => `公益创投“${p.project}”第 ${p.seq} 期拨付受阻：${TRANCHE_HOLDS[String(p.hold)] ?? p.hold}`,
  term: (p) => `支部委员会任期（${p.start} 起）届满，需换届`,
}

export const reminderTitle = (kind: ReminderKind, params: Params): string => TITLES[kind](params)
