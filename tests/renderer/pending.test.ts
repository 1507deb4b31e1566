// Modules not built yet say so plainly, invent no figures, and lead back to 入驻组织.
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { NAV_ITEMS, type NavKey } from '@/router'
import ModulePending from '@/views/pending/ModulePending.vue'
import { appPlugins, memoryRouter, textOf } from './support'

let wrapper: VueWrapper | undefined

async function mountPending(module: NavKey) {
  const { plugins } = appPlugins('zh-CN')
  const router = memoryRouter([{ path: `/${module}`, component: ModulePending, props: { module } }])
  await router.push(`/${module}`)
  await router.isReady()
  wrapper = mount(ModulePending, { props: { module }, global: { plugins: [...plugins, router] } })
  await flushPromises()
  return { wrapper, router }
}

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('ModulePending', () => {
  it('统计报表 says it is not open yet and shows no figures', async () => {
    const { wrapper } = await mountPending('reports')
    const text = textOf(wrapper.element as Element)
    expect(textOf(wrapper.find('.el-result__title').element)).toBe('统计报表尚未开放')
    expect(text).toContain('目前没有可显示的数据')
    expect(text).not.toMatch(/\d/)
  })

  const glossary: Partial<Record<NavKey, string>> = {
    dashboard: '工作台',
    space: '空间管理',
    mentoring: '陪伴指导',
    projects: '项目与资金',
    partyCoverage: '党建覆盖',
    branch: '基地党支部',
    reports: '统计报表',
  }

  it.each(NAV_ITEMS.filter((item) => !item.ready).map((item) => item.key))(
    '%s names its module by the glossary and contains no digits',
    async (key) => {
      const { wrapper } = await mountPending(key)
      expect(glossary[key], `a glossary term for ${key}`).toBeDefined()
      expect(textOf(wrapper.find('.el-result__title').element)).toBe(`${glossary[key]}尚未开放`)
      expect(textOf(wrapper.element as Element)).not.toMatch(/\d/)
    },
  )

  it('前往入驻组织 goes to the organization list', async () => {
    const { wrapper, router } = await mountPending('reports')
    const go = wrapper.findAll('button').find((b) => textOf(b.element) === '前往入驻组织')
    expect(go).toBeDefined()
    await go!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/organizations')
  })
})
