// 全局搜索: Ctrl+K opens it from anywhere; hits come grouped by kind with the group's name; ↓/↑ move across the
// groups (wrapping), Enter opens the chosen hit's record, and a slower answer to an older keystroke never replaces
// the newer one.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { GlobalSearchResult } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import GlobalSearch from '@/components/GlobalSearch.vue'
import { appPlugins, fakeCore, memoryRouter, settle, textOf } from './support'

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

const RESULT: GlobalSearchResult = {
  query: 'xf',
  groups: [
    {
      kind: 'organization',
      total: 9,
      hits: [
        {
          kind: 'organization',
          id: 12,
          title: '烟台市芝罘区幸福来敲门助老服务中心',
          detail: '52370602MJD00002XH',
          code: 'incubating',
        },
      ],
    },
    {
      kind: 'partyMember',
      total: 1,
      hits: [
        {
          kind: 'partyMember',
          id: 5,
          title: '徐芳',
          detail: '烟台市芝罘区幸福来敲门助老服务中心',
          code: null,
        },
      ],
    },
    {
      kind: 'unit',
      total: 1,
      hits: [{ kind: 'unit', id: 3, title: '幸福会议室', detail: 'meeting_room', code: 'B-201' }],
    },
  ],
}

async function open() {
  const router = memoryRouter()
  await router.push('/dashboard')
  const { plugins } = appPlugins()
  wrapper = mount(GlobalSearch, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }))
  await settle()
  const input = document.querySelector<HTMLInputElement>(
    '[data-testid=search-input] input, input[data-testid=search-input]',
  )
  if (!input) throw new Error('the search box did not open')
  return { router, input }
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text
  input.dispatchEvent(new Event('input'))
  await new Promise((resolve) => setTimeout(resolve, 200))
  await settle()
}

const key = async (input: HTMLInputElement, name: string) => {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }))
  await settle()
}

describe('GlobalSearch', () => {
  it('groups hits by kind and opens the chosen one with the keyboard', async () => {
    callMock.mockImplementation(fakeCore({ 'search.global': () => RESULT }) as typeof call)
    const { router, input } = await open()
    await type(input, 'xf')
    const results = document.querySelector('[data-testid=search-results]')
    expect([...(results?.querySelectorAll('.group-title') ?? [])].map((g) => textOf(g))).toEqual([
      '入驻组织共 9 条，显示前 1 条',
      '党员',
      '空间单元',
    ])
    const hits = () => [...document.querySelectorAll('[data-testid=search-hit]')]
    expect(textOf(hits()[2])).toBe('幸福会议室B-201 · 会议室')
    expect(hits()[0]?.classList.contains('active')).toBe(true)

    await key(input, 'ArrowUp') // wraps to the last hit
    expect(hits()[2]?.classList.contains('active')).toBe(true)
    await key(input, 'ArrowDown') // back to the first
    await key(input, 'ArrowDown') // the Party member
    expect(hits()[1]?.classList.contains('active')).toBe(true)
    await key(input, 'Enter')
    expect(router.currentRoute.value.fullPath).toBe('/branch/roster?member=5')
    expect(callMock.mock.calls.filter(([c]) => c === 'search.global').at(-1)?.[1]).toEqual({
      query: 'xf',
      limit: 6,
    })
  })

  it('keeps the newer answer when an older one arrives late, and says when nothing matches', async () => {
    let releaseSlow: (r: GlobalSearchResult) => void = () => undefined
    callMock.mockImplementation(((_channel: string, input: { query: string }) =>
      input.query === 'x'
        ? new Promise<GlobalSearchResult>((resolve) => (releaseSlow = resolve))
        : Promise.resolve({ query: input.query, groups: [] })) as unknown as typeof call)
    const { input } = await open()
    await type(input, 'x')
    await type(input, 'xyz')
    releaseSlow(RESULT)
    await settle()
    expect(document.querySelectorAll('[data-testid=search-hit]').length).toBe(0)
    expect(textOf(document.querySelector('[data-testid=search-results]'))).toBe('没有找到与“xyz”相符的记录')
  })
})
