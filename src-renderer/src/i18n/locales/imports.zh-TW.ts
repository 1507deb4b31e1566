// 导入 Excel · imports texts (zh-TW), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const importsZhTW: LocaleMessages['imports'] = {
  title: '匯入 Excel',
  open: '匯入 Excel',
  dialogTitle: {
    organization: '匯入入駐組織',
    unit: '匯入空間單元',
    member: '匯入黨員名冊',
  },
  stepTemplate: '1. 下載範本，按範本填寫',
  templateButton: '下載匯入範本',
  templateHint:
    '範本第 1 列是表頭（紅色為必填），第 2 列是範例；第二張表「填写说明」寫明每一欄怎麼填、可填哪些值。',
  stepFile: '2. 選擇填好的檔案',
  chooseFile: '選擇 Excel 檔案',
  chooseAgain: '重新選擇檔案',
  fileHint: '只支援 .xlsx 檔案，最大 10 MB、{rows} 列。先預覽檢查每一列，確認之前不會寫入任何資料。',
  tooLarge: '檔案超過 10 MB，請把資料分成幾個檔案分別匯入。',
  previewing: '正在逐列檢查…',
  stepPreview: '3. 檢查預覽結果',
  summary: '「{file}」共 {total} 列：{valid} 列可以匯入，{invalid} 列有錯誤，{warnings} 列有提醒。',
  onlyErrors: '只看有錯誤的列',
  columns: {
    row: '列號',
    label: '記錄',
    status: '狀態',
    issues: '問題（欄名：原因）',
  },
  status: {
    ok: '可匯入',
    error: '有錯誤',
    warning: '有提醒',
  },
  rowN: '第 {row} 列',
  noRowsShown: '沒有需要顯示的列。',
  stepMode: '4. 選擇匯入方式並確認',
  modeValidOnly: '只匯入沒有錯誤的 {valid} 列，有錯誤的列略過',
  modeAllOrNothing: '全部無誤才匯入：只要有一列錯誤，就一列都不寫入',
  allOrNothingBlocked: '目前有 {invalid} 列錯誤：按「全部無誤才匯入」確認，將不會寫入任何資料。',
  confirm: '確認匯入',
  confirmHint: '確認時會按資料庫中的最新資料再檢查一遍每一列。',
  resultDone: '匯入完成：新增 {created} 筆記錄，略過 {skipped} 列。',
  resultRefused:
    '檔案中有 {invalid} 列錯誤，按「全部無誤才匯入」沒有寫入任何資料。請修改檔案後重新選擇，或改為只匯入沒有錯誤的列。',
  resultErrors: '以下各列在寫入時沒有通過檢查，已略過：',
  close: '關閉',
  exportList: '匯出 Excel',
  exported: '已匯出 {rows} 筆記錄：{file}',
}

export default importsZhTW
