// 导入 Excel · imports texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const importsEn: LocaleMessages['imports'] = {
  title: 'Import Excel',
  open: 'Import Excel',
  dialogTitle: {
    organization: 'Import organizations',
    unit: 'Import space units',
    member: 'Import Party members',
  },
  stepTemplate: '1. Download the template and fill it in',
  templateButton: 'Download the template',
  templateHint:
    'Row 1 holds the headers (red ones are required), row 2 an example; the second sheet (填写说明) explains each column and its allowed values.',
  stepFile: '2. Choose the filled-in file',
  chooseFile: 'Choose an Excel file',
  chooseAgain: 'Choose another file',
  fileHint:
    'Only .xlsx files, at most 10 MB and {rows} rows. Every row is checked in a preview first; nothing is written before you confirm.',
  tooLarge: 'The file is larger than 10 MB. Split the data into several files.',
  previewing: 'Checking every row…',
  stepPreview: '3. Check the preview',
  summary:
    '"{file}" has {total} rows: {valid} can be imported, {invalid} have errors, {warnings} have warnings.',
  onlyErrors: 'Only rows with errors',
  columns: {
    row: 'Row',
    label: 'Record',
    status: 'Status',
    issues: 'Problems (column: reason)',
  },
  status: {
    ok: 'Ready',
    error: 'Error',
    warning: 'Warning',
  },
  rowN: 'Row {row}',
  noRowsShown: 'No rows to show.',
  stepMode: '4. Choose how to import, then confirm',
  modeValidOnly: 'Import only the {valid} rows without errors; skip the others',
  modeAllOrNothing: 'All or nothing: if any row has an error, write no row at all',
  allOrNothingBlocked: '{invalid} rows have errors: confirming all-or-nothing will write nothing.',
  confirm: 'Confirm import',
  confirmHint: 'On confirming, every row is checked again against the latest data.',
  resultDone: 'Import finished: {created} records added, {skipped} rows skipped.',
  resultRefused:
    '{invalid} rows have errors, so all-or-nothing wrote nothing. Correct the file and choose it again, or import only the rows without errors.',
  resultErrors: 'These rows failed the checks when writing and were skipped:',
  close: 'Close',
  exportList: 'Export Excel',
  exported: 'Exported {rows} records: {file}',
}

export default importsEn
