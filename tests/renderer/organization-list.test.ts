// 入驻组织 list: rows in Chinese, search and filters sent to the core, empty states that say why.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { ChannelInput } from '@shared/contract'
import type { OrganizationListItem } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import OrganizationList from '@/views/organizations/OrganizationList.vue'
import { useSystemStore } from '@/stores/system'
import {
  appPlugins,
  fakeCore,
  FRONT_DESK,
  listItem,
  memoryRouter,
  signIn,
  systemStatus,
  textOf,
} from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)

const ROWS: OrganizationListItem[] = [
  listItem(),
  listItem({
    id: 2,
    name: '福山区夕阳红为老服务协会',
    shortName: null,
    uscc: '51370611MJE2345678',
    legalType: 'social_group',
    stage: 'review',
    stageDate: '2026-10-15',
    serviceAreas: ['elderly_orphan_sick_disabled'],
    contactPerson: '李建国',
    contactPhone: '0535-6688123',
    agreementStart: null,
    agreementEnd: null,
    updatedAt: '2026-11-25 16:05:00',
  }),
]

/** The core's answer to organization.list; `rows(input)` decides which items match. */
let rows: (input: ChannelInput<'organization.list'>) => OrganizationListItem[]
let total: number | null

function listCalls(): ChannelInput<'organization.list'>[] {
  return callMock.mock.calls
    .filter(([channel]) => channel === 'organization.list')
    .map(([, input]) => input as ChannelInput<'organization.list'>)
}
const lastListCall = () => listCalls().at(-1)

let wrapper: VueWrapper | undefined

async function settle(): Promise<void> {
  await flushPromises()
  await nextTick()
  await flushPromises()
}

async function mountList(status = systemStatus(), permissions = [...FRONT_DESK, 'system.manage']) {
  const { plugins } = appPlugins('zh-CN')
  signIn(permissions)
  useSystemStore().status = status
  const router = memoryRouter([{ path: '/organizations', component: OrganizationList }])
  await router.push('/organizations')
  await router.isReady()
  wrapper = mount(OrganizationList, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await settle()
  return wrapper
}

const page = () => wrapper!.get('[data-testid="organization-list"]')
const tableRows = () => page().findAll('.el-table__body tr.el-table__row')
const emptyText = () => textOf(page().find('.el-table__empty-block').element)

function button(label: string): DOMWrapper<Element> {
  const found = page()
    .findAll('button')
    .find((b) => textOf(b.element) === label)
  if (!found) throw new Error(`no button labelled ${label}`)
  return found
}

async function search(words: string): Promise<void> {
  await page().get('[data-testid="org-search"]').setValue(words)
  await button('搜索').trigger('click')
  await settle()
}

async function chooseScope(label: string): Promise<void> {
  const radio = page()
    .findAll('[data-testid="filter-archived"] label')
    .find((l) => textOf(l.element) === label)
  if (!radio) throw new Error(`no scope ${label}`)
  await radio.get('input').setValue(true)
  await settle()
}

beforeEach(() => {
  callMock.mockReset()
  rows = () => ROWS
  total = null
  callMock.mockImplementation(
    fakeCore({
      'organization.list': (input) => {
        const items = rows(input)
        return { items, total: total ?? items.length, page: input.page ?? 1, pageSize: input.pageSize ?? 20 }
      },
      'organization.filterOptions': () => ({ entryYears: [2026, 2025] }),
    }) as typeof call,
  )
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('OrganizationList', () => {
  it('loads the first page of active organizations and shows each row in Chinese', async () => {
    await mountList()

    expect(listCalls()).toEqual([
      { page: 1, pageSize: 20, sortBy: 'updatedAt', sortOrder: 'desc', archived: 'active' },
    ])
    expect(tableRows()).toHaveLength(2)
    const [first, second] = tableRows().map((r) => textOf(r.element))
    expect(first).toContain('福山区星火青少年服务中心')
    expect(first).toContain('孵化培育')
    expect(first).toContain('民办非企业单位')
    expect(first).toContain('青少年；教育、科学、文化、卫生、体育')
    expect(first).toContain('2026-01-01')
    expect(second).toContain('福山区夕阳红为老服务协会')
    expect(second).toContain('评审')
    expect(second).toContain('社会团体')
    expect(second).toContain('扶老、救孤、恤病、助残、优抚')
    // No raw enum codes leak into the table.
    expect(textOf(page().find('.el-table__body').element)).not.toMatch(/incubating|social_group|youth/)
    expect(textOf(page().get('[data-testid="org-total"]').element)).toBe('共 2 个组织')
  })

  it('links each name to its detail page', async () => {
    await mountList()
    const link = tableRows()[0]!.get('a')
    expect(link.attributes('href')).toBe('/organizations/1')
  })

  it('offers the entry years the core reports', async () => {
    await mountList()
    await page().get('[data-testid="filter-entry-year"]').trigger('click')
    await settle()
    const options = [...document.body.querySelectorAll('.el-select-dropdown__item')].map((o) => textOf(o))
    expect(options).toEqual(expect.arrayContaining(['2026 年', '2025 年']))
  })

  it('searches from page 1 with the typed words', async () => {
    total = 45
    await mountList()
    const pager = page().get('[data-testid="org-pager"]')
    const pageTwo = pager.findAll('.el-pager li').find((li) => textOf(li.element) === '2')
    await pageTwo!.trigger('click')
    await settle()
    expect(lastListCall()).toMatchObject({ page: 2 })

    await search('星火')

    expect(lastListCall()).toMatchObject({ search: '星火', page: 1, archived: 'active' })
  })

  it('asks for archived organizations when the 已归档 scope is chosen', async () => {
    await mountList()
    await chooseScope('已归档')
    expect(lastListCall()).toMatchObject({ archived: 'archived', page: 1 })
  })

  it('重置 clears the search words and the scope', async () => {
    await mountList()
    await search('星火')
    await chooseScope('已归档')
    expect(lastListCall()).toMatchObject({ search: '星火', archived: 'archived' })

    await button('重置').trigger('click')
    await settle()

    const after = lastListCall()!
    expect(after).toMatchObject({ archived: 'active', page: 1 })
    expect(after).not.toHaveProperty('search')
    expect(page().get<HTMLInputElement>('[data-testid="org-search"]').element.value).toBe('')
  })

  it('says there are no organizations yet when the base is empty', async () => {
    rows = () => []
    await mountList()
    expect(tableRows()).toHaveLength(0)
    expect(emptyText()).toContain('还没有入驻组织')
    expect(emptyText()).not.toContain('没有符合条件的组织')
    expect(textOf(page().get('[data-testid="org-total"]').element)).toBe('共 0 个组织')
  })

  it('says nothing matches when a search finds nothing', async () => {
    rows = (input) => (input.search ? [] : ROWS)
    await mountList()
    await search('不存在的组织')

    expect(tableRows()).toHaveLength(0)
    expect(emptyText()).toContain('没有符合条件的组织')
    expect(emptyText()).not.toContain('还没有入驻组织')
  })

  it('says nothing matches when only the scope filters everything out', async () => {
    rows = (input) => (input.archived === 'archived' ? [] : ROWS)
    await mountList()
    await chooseScope('已归档')

    expect(emptyText()).toContain('没有符合条件的组织')
  })

  it('offers demo data on an empty base and shows the loaded organizations', async () => {
    let loaded = false
    rows = () => (loaded ? ROWS : [])
    callMock.mockImplementation(
      fakeCore({
        'organization.list': (input) => {
          const items = rows(input)
          return { items, total: items.length, page: 1, pageSize: input.pageSize ?? 20 }
        },
        'organization.filterOptions': () => ({ entryYears: loaded ? [2026] : [] }),
        'demo.load': () => {
          loaded = true
          return {
            organizations: 2,
            units: 0,
            allocations: 0,
            bookings: 0,
            mentors: 0,
            sessions: 0,
            actionItems: 0,
            members: 0,
            meetings: 0,
            developing: 0,
            duesPayments: 0,
          }
        },
        'system.status': () => systemStatus({ organizationCount: loaded ? 2 : 0 }),
      }) as typeof call,
    )
    await mountList(systemStatus({ organizationCount: 0 }))
    expect(emptyText()).toContain('还没有入驻组织')

    await button('载入示例数据').trigger('click')
    await settle()

    expect(callMock.mock.calls.some(([channel]) => channel === 'demo.load')).toBe(true)
    expect(tableRows()).toHaveLength(2)
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe('已载入 2 个示例组织')
  })

  it('offers no 新增 or 编辑 to an account that may only read', async () => {
    await mountList(systemStatus(), ['session', 'organization.read'])
    expect(tableRows()).toHaveLength(2)
    const labels = page()
      .findAll('button')
      .map((b) => textOf(b.element))
    expect(labels).not.toContain('新增')
    expect(labels).not.toContain('编辑')
    expect(labels).toContain('详情')
  })

  it('does not offer demo data when the base already has organizations', async () => {
    rows = () => []
    await mountList(systemStatus({ organizationCount: 5 }))
    expect(
      page()
        .findAll('button')
        .some((b) => textOf(b.element) === '载入示例数据'),
    ).toBe(false)
  })
})
