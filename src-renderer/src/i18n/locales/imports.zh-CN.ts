// 导入 Excel · imports texts (zh-CN), kept beside the main catalog.
const importsZhCN = {
  title: '导入 Excel',
  /** The button beside a list's 新增. */
  open: '导入 Excel',
  dialogTitle: {
    organization: '导入入驻组织',
    unit: '导入空间单元',
    member: '导入党员名册',
  },
  stepTemplate: '1. 下载模板，按模板填写',
  templateButton: '下载导入模板',
  templateHint:
    '模板第 1 行是表头（红色为必填），第 2 行是示例；第二张表“填写说明”写明每一列怎么填、可填哪些值。',
  stepFile: '2. 选择填好的文件',
  chooseFile: '选择 Excel 文件',
  chooseAgain: '重新选择文件',
  fileHint: '只支持 .xlsx 文件，最大 10 MB、{rows} 行。先预览检查每一行，确认之前不会写入任何数据。',
  tooLarge: '文件超过 10 MB，请把数据分成几个文件分别导入。',
  previewing: '正在逐行检查…',
  stepPreview: '3. 检查预览结果',
  summary: '“{file}”共 {total} 行：{valid} 行可以导入，{invalid} 行有错误，{warnings} 行有提醒。',
  onlyErrors: '只看有错误的行',
  columns: {
    row: '行号',
    label: '记录',
    status: '状态',
    issues: '问题（列名：原因）',
  },
  status: {
    ok: '可导入',
    error: '有错误',
    warning: '有提醒',
  },
  rowN: '第 {row} 行',
  noRowsShown: '没有需要显示的行。',
  stepMode: '4. 选择导入方式并确认',
  modeValidOnly: '只导入没有错误的 {valid} 行，有错误的行跳过',
  modeAllOrNothing: '全部无误才导入：只要有一行错误，就一行都不写入',
  allOrNothingBlocked: '目前有 {invalid} 行错误：按“全部无误才导入”确认，将不会写入任何数据。',
  confirm: '确认导入',
  confirmHint: '确认时会按数据库中的最新数据再检查一遍每一行。',
  resultDone: '导入完成：新增 {created} 条记录，跳过 {skipped} 行。',
  resultRefused:
    '文件中有 {invalid} 行错误，按“全部无误才导入”没有写入任何数据。请修改文件后重新选择，或改为只导入没有错误的行。',
  resultErrors: '以下行在写入时没有通过检查，已跳过：',
  close: '关闭',
  exportList: '导出 Excel',
  exported: '已导出 {rows} 条记录：{file}',
}

export default importsZhCN
