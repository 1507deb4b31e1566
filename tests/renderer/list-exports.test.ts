// 导出 Excel beside a list's filters: the export asks the core with the very filters the list shows (no paging),
// and sends the words of the file in the user's language (title, headings, enum words).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount, type VueWrapper } from '@vue/test-utils'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import AllocationList from '@/views/space/AllocationList.vue'
import { appPlugins, callsTo, fakeCore, memoryRouter, settle, signIn, systemStatus } from './support'
import { SPACE_READER, allocation } from './space-fixtures'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)
let wrapper: VueWrapper | undefined

beforeEach(() => {
  callMock.mockReset()
  callMock.mockImplementation(
    fakeCore({
      'space.units': () => ({ items: [], total: 0, page: 1, pageSize: 100 }),
      'organization.list': () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
      'allocation.list': (q) => ({ items: [allocation()], total: 1, page: q.page ?? 1, pageSize: 20 }),
      'allocation.export': () => ({ fileName: '空间分配-2026-11-27.xlsx', contentBase64: 'AA==', rows: 1 }),
    }) as typeof call,
  )
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

async function mountList(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const { plugins } = appPlugins(locale)
  signIn(SPACE_READER)
  useSystemStore().status = systemStatus()
  wrapper = mount(AllocationList, {
    global: { plugins: [...plugins, memoryRouter()] },
    attachTo: document.body,
  })
  await settle()
}

const exportButton = () =>
  new DOMWrapper(document.body.querySelector<HTMLButtonElement>('[data-testid="allocation-export"]'))

describe('空间分配 导出 Excel', () => {
  it('exports with the filters on screen, not the page, and the words of the file in Chinese', async () => {
    await mountList()
    expect(exportButton().text()).toBe('导出 Excel')
    // 包含已撤销, as the user ticks it: the list reloads with it, and the export takes it too.
    await new DOMWrapper(document.body.querySelector<HTMLElement>('.el-checkbox')).trigger('click')
    await settle()
    expect(callsTo(callMock, 'allocation.list').at(-1)).toMatchObject({ includeCancelled: true })

    await exportButton().trigger('click')
    await settle()
    const [sent] = callsTo(callMock, 'allocation.export')
    expect(sent).toBeDefined()
    const { labels, ...filters } = sent!
    expect(filters).toEqual({ includeCancelled: true })
    expect(labels).toMatchObject({
      title: '空间分配',
      'heading.unitCode': '单元编号',
      'heading.startDate': '开始日期',
      'unitType.office': '独立办公室',
      'word.yes': '是',
    })
  })

  it('sends the words of the user language', async () => {
    await mountList('en')
    await exportButton().trigger('click')
    await settle()
    const [sent] = callsTo(callMock, 'allocation.export')
    expect(sent?.labels).toMatchObject({ title: 'Space allocations', 'heading.unitCode': 'Unit' })
  })
})
