// 导入 Excel dialog: the chosen file goes to the core's preview; every row's errors show with row, column and
// reason (and can be narrowed to the rows with errors); nothing is imported until 确认导入, which sends the chosen
// mode; a file over 10 MB is refused before anything is sent; the button is only there for who may write.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type { ImportPreview, ImportResult } from '@shared/entities'
import { IMPORT_MAX_BYTES } from '@shared/schemas'
import type * as Api from '@/api'
import { call } from '@/api'
import ImportDialog from '@/components/ImportDialog.vue'
import { appPlugins, callsTo, dialogByTestId, fakeCore, notice, settle, signIn, textOf } from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  callMock.mockReset()
  document.body.innerHTML = ''
})

const PREVIEW: ImportPreview = {
  kind: 'organization',
  token: 'preview-1',
  fileName: '入驻组织.xlsx',
  total: 3,
  valid: 2,
  invalid: 1,
  withWarnings: 1,
  rows: [
    { row: 2, label: '芝罘区春晖助老服务中心', errors: [], warnings: [] },
    {
      row: 3,
      label: '芝罘区绿叶环保协会',
      errors: [
        {
          column: '组织类型',
          notice: notice('imports.unknownValue', { value: '社会组织', allowed: '社会团体 / 基金会' }),
        },
      ],
      warnings: [],
    },
    {
      row: 4,
      label: '芝罘区心桥心理服务中心',
      errors: [],
      warnings: [
        { column: '统一社会信用代码', notice: notice('uscc.orgCodeWarning', { expected: '3', actual: '1' }) },
      ],
    },
  ],
}

const RESULT: ImportResult = {
  kind: 'organization',
  mode: 'validOnly',
  total: 3,
  created: 2,
  skipped: 1,
  refused: false,
  rows: [PREVIEW.rows[1]!],
}

async function mountDialog(permissions: string[]) {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', ...permissions])
  callMock.mockImplementation(
    fakeCore({
      'organization.importPreview': () => PREVIEW,
      'organization.import': () => RESULT,
    }) as typeof call,
  )
  wrapper = mount(ImportDialog, {
    props: { kind: 'organization' },
    global: { plugins },
    attachTo: document.body,
  })
  await settle()
}

const dialog = () => dialogByTestId('import-dialog')!
const byTestId = (id: string) => dialog().querySelector<HTMLElement>(`[data-testid="${id}"]`)

async function open(): Promise<void> {
  await wrapper!.get('[data-testid="import-open"]').trigger('click')
  await settle()
}

async function choose(file: File): Promise<void> {
  const input = byTestId('import-file') as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await new DOMWrapper(input).trigger('change')
  await settle()
}

/** The preview table's rows as shown: row number, record, status, problems. */
function tableRows(): string[][] {
  return [...(byTestId('import-preview-table')?.querySelectorAll('.el-table__body tr') ?? [])].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => textOf(td)),
  )
}

describe('ImportDialog', () => {
  it('is offered only to who may write the list', async () => {
    await mountDialog(['organization.read'])
    expect(wrapper!.find('[data-testid="import-open"]').exists()).toBe(false)
  })

  it('previews the chosen file, shows each error by row, column and reason, and imports only on confirmation', async () => {
    await mountDialog(['organization.read', 'organization.write'])
    await open()
    await choose(new File(['PK'], '入驻组织.xlsx'))

    const previews = callsTo(callMock, 'organization.importPreview')
    expect(previews).toEqual([{ fileName: '入驻组织.xlsx', contentBase64: 'UEs=' }])
    expect(textOf(byTestId('import-summary'))).toContain('共 3 行：2 行可以导入，1 行有错误，1 行有提醒')
    expect(tableRows()).toEqual([
      ['2', '芝罘区春晖助老服务中心', '可导入', ''],
      ['3', '芝罘区绿叶环保协会', '有错误', '组织类型：“社会组织”不是可选的值，可填：社会团体 / 基金会。'],
      [
        '4',
        '芝罘区心桥心理服务中心',
        '有提醒',
        expect.stringMatching(/^统一社会信用代码：第 9–17 位组织机构代码/),
      ],
    ])
    // Nothing is written by choosing a file.
    expect(callsTo(callMock, 'organization.import')).toEqual([])

    await new DOMWrapper(byTestId('import-only-errors')!.querySelector('input')).setValue(true)
    await settle()
    expect(tableRows().map((r) => r[0])).toEqual(['3'])

    // With errors in the file, importing the valid rows is proposed; the user may choose all-or-nothing instead.
    const modes = byTestId('import-mode')!.querySelectorAll<HTMLInputElement>('input[type="radio"]')
    expect([...modes].find((m) => m.checked)?.value).toBe('validOnly')
    await new DOMWrapper(dialog().querySelector<HTMLButtonElement>('[data-testid="import-confirm"]')).trigger(
      'click',
    )
    await settle()
    expect(callsTo(callMock, 'organization.import')).toEqual([{ token: 'preview-1', mode: 'validOnly' }])
    expect(textOf(byTestId('import-result'))).toContain('导入完成：新增 2 条记录，跳过 1 行。')
    expect(textOf(byTestId('import-result'))).toContain('第 3 行（芝罘区绿叶环保协会）：组织类型：')
    expect(wrapper!.emitted('imported')).toEqual([[RESULT]])
  })

  it('refuses a file over 10 MB before sending anything', async () => {
    await mountDialog(['organization.write'])
    await open()
    await choose(new File([new Uint8Array(IMPORT_MAX_BYTES + 1)], 'big.xlsx'))
    expect(callsTo(callMock, 'organization.importPreview')).toEqual([])
    expect(textOf(document.body.querySelector('.el-message'))).toBe(
      '文件超过 10 MB，请把数据分成几个文件分别导入。',
    )
  })
})
