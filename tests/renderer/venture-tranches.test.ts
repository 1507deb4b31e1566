// 拨付方案 editor: the running sum says how far from 100% the plan is, and each amount in 元 appears only once the
// plan sums to exactly 100%, split so the amounts add up to the grant (¥1.00 in thirds: 0.33 / 0.33 / 0.34).
import { describe, expect, it } from 'vitest'
import { DOMWrapper, mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import VentureTrancheEditor from '@/views/projects/VentureTrancheEditor.vue'
import type { TrancheRowDraft } from '@/views/projects/ventureText'
import { appPlugins, settle, textOf } from './support'

function mountEditor(rows: TrancheRowDraft[], grantFen: number | null) {
  const model = ref(rows)
  const Host = defineComponent(
    () => () =>
      h(VentureTrancheEditor, {
        modelValue: model.value,
        'onUpdate:modelValue': (v: TrancheRowDraft[]) => (model.value = v),
        grantFen,
      }),
  )
  const { plugins } = appPlugins()
  return { wrapper: mount(Host, { global: { plugins } }), model }
}

const byTestId = (root: Element, id: string) => root.querySelector(`[data-testid="${id}"]`)
const percentInput = (root: Element, i: number): HTMLInputElement => {
  const el = byTestId(root, `tranche-percent-${i}`)
  const input = el instanceof HTMLInputElement ? el : el?.querySelector('input')
  if (!input) throw new Error(`no percent input ${i}`)
  return input
}

describe('VentureTrancheEditor', () => {
  it('shows the running sum and what is missing or too much, with amounts only at exactly 100%', async () => {
    const { wrapper } = mountEditor(
      [
        { percent: '60', trigger: 'signing' },
        { percent: '40', trigger: 'mid_evaluation' },
      ],
      10_000_000,
    )
    const root = wrapper.element as Element
    expect(textOf(byTestId(root, 'tranche-sum'))).toBe('合计 100%，各期金额之和等于资助金额')
    expect(textOf(byTestId(root, 'tranche-amount-0'))).toBe('¥60,000.00')
    expect(textOf(byTestId(root, 'tranche-amount-1'))).toBe('¥40,000.00')
    await new DOMWrapper(percentInput(root, 1)).setValue('39.99')
    await settle()
    expect(textOf(byTestId(root, 'tranche-sum'))).toBe('合计 99.99%，还差 0.01%')
    expect(textOf(byTestId(root, 'tranche-amount-1'))).toBe('—')
    await new DOMWrapper(percentInput(root, 1)).setValue('40.01')
    await settle()
    expect(textOf(byTestId(root, 'tranche-sum'))).toBe('合计 100.01%，多了 0.01%')
    wrapper.unmount()
  })

  it('splits an awkward grant so the amounts add up to it', () => {
    const { wrapper } = mountEditor(
      [
        { percent: '33.33', trigger: 'signing' },
        { percent: '33.33', trigger: 'mid_evaluation' },
        { percent: '33.34', trigger: 'final_evaluation' },
      ],
      100,
    )
    const root = wrapper.element as Element
    expect([0, 1, 2].map((i) => textOf(byTestId(root, `tranche-amount-${i}`)))).toEqual([
      '¥0.33',
      '¥0.33',
      '¥0.34',
    ])
    wrapper.unmount()
  })
})
