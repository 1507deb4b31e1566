// 待办提醒 · reminders texts (zh-CN), kept beside the main catalog. The kinds and titles are the core's own words.
import { REMINDER_HOLDS_ZH_CN, REMINDER_KINDS_ZH_CN, REMINDER_TITLES_ZH_CN } from '@shared/reminders'

const remindersZhCN = {
  title: '待办提醒',
  view: { open: '待处理（{count}）', handled: '已处理（{count}）' },
  severity: { all: '全部', overdue: '已逾期', due_today: '今天到期', due_soon: '即将到期' },
  allKinds: '全部类型',
  kinds: REMINDER_KINDS_ZH_CN,
  columns: {
    severity: '紧急程度',
    kind: '类型',
    title: '事项',
    dueDate: '到期日',
    days: '剩余 / 逾期',
    actions: '处理',
  },
  days: { overdue: '逾期 {days} 天', today: '今天到期', left: '还有 {days} 天' },
  titles: REMINDER_TITLES_ZH_CN,
  holds: REMINDER_HOLDS_ZH_CN,
  handling: {
    snoozed: '已暂缓至 {date}，原因：{reason}（{by}）',
    dismissed: '已忽略，原因：{reason}（{by}）',
  },
  actions: { snooze: '暂缓', dismiss: '忽略', undo: '撤销' },
  readOnly: '仅查看',
  emptyOpen: '没有需要处理的提醒',
  emptyHandled: '没有已暂缓或已忽略的提醒',
  dialog: {
    title: { snooze: '暂缓提醒', dismiss: '忽略提醒', undo: '撤销处理' },
    hint: {
      snooze: '暂缓期间这条提醒不再显示，到所选日期会重新出现；记录有变化时会作为新提醒出现。',
      dismiss: '忽略后这条提醒不再显示；记录有变化（如到期日改变）时会作为新提醒重新出现。',
      undo: '撤销后这条提醒重新出现在待处理中；原来的处理和原因保留备查。',
    },
    until: '暂缓至',
    untilPlaceholder: '选择今天以后的日期',
    reason: '原因',
    reasonPlaceholder: {
      snooze: '例如：已电话联系，对方承诺月中补办',
      dismiss: '例如：该组织已确认出壳，无需续签',
      undo: '例如：误操作',
    },
    reasonRequired: '请填写原因：暂缓、忽略或撤销都要写明为什么，原因会保留备查。',
    untilRequired: '请选择暂缓到哪一天。',
    done: { snooze: '已暂缓', dismiss: '已忽略', undo: '已撤销，提醒重新出现' },
  },
}

export default remindersZhCN
