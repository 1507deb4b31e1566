// 待办提醒 · reminders texts (zh-CN), kept beside the main catalog.
const remindersZhCN = {
  title: '待办提醒',
}

export default remindersZhCN
