// The 年检、等级评估与荣誉 card on an organisation's page: the standing reads as tags in order (grade and its last
// valid day, what it unlocks, the tax qualification, eligibility), with a warning line for what ends soon;
// 不可参评 names each reason; the front desk gets add / edit / archive, a mentor and an archived organisation none.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { OrgRecords, OrgStanding } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import OrganizationRecords from '@/views/organizations/OrganizationRecords.vue'
import { FRONT_DESK, TODAY, appPlugins, buttonLabels, fakeCore, settle, signIn, textOf } from './support'

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

const META = {
  organizationId: 20,
  note: null,
  createdBy: '前台小王',
  createdAt: '2026-01-05 09:00:00',
  updatedAt: '2026-01-05 09:00:00',
  archivedAt: null,
  archiveReason: null,
}

function standing(overrides: Partial<OrgStanding> = {}): OrgStanding {
  return {
    today: TODAY,
    rating: { id: 1, grade: 4, ratedOn: '2022-03-27', validUntil: '2027-03-27', validity: 'expiring' },
    qualifications: [
      'government_purchase',
      'function_transfer',
      'awards',
      'tax_deduction',
      'simplified_inspection',
    ],
    notRateable: [],
    registration: null,
    mayApply: true,
    tax: { id: 1, grantedOn: '2024-01-27', validUntil: '2027-01-27', validity: 'expiring' },
    ...overrides,
  }
}

function records(overrides: Partial<OrgRecords> = {}): OrgRecords {
  return {
    organizationId: 20,
    organizationName: '烟台市招远市和美家庭服务中心',
    archived: false,
    registeredOn: '2018-09-03',
    standing: standing(),
    inspections: [
      {
        ...META,
        id: 2,
        year: 2025,
        result: '合格',
        grade: 'pass',
        concludedOn: '2026-05-25',
        partyWorkChecked: true,
      },
      {
        ...META,
        id: 1,
        year: 2023,
        result: '合格',
        grade: 'pass',
        concludedOn: null,
        partyWorkChecked: false,
        archivedAt: '2026-02-01 10:00:00',
        archiveReason: '录入年度有误',
      },
    ],
    ratings: [],
    taxQualifications: [],
    honours: [],
    inspectionResults: [
      { label: '合格', grade: 'pass' },
      { label: '基本合格', grade: 'basic' },
      { label: '不合格', grade: 'fail' },
    ],
    ...overrides,
  }
}

async function mountCard(
  data: OrgRecords,
  permissions: string[] = FRONT_DESK,
  locale: 'zh-CN' | 'en' = 'zh-CN',
  archived = false,
): Promise<Element> {
  const { plugins } = appPlugins(locale)
  signIn(permissions)
  callMock.mockImplementation(fakeCore({ 'orgRecords.get': () => data }) as typeof call)
  wrapper = mount(OrganizationRecords, {
    props: { organizationId: 20, organizationName: data.organizationName, archived },
    global: { plugins },
    attachTo: document.body,
  })
  await settle()
  return wrapper.element as Element
}

const tags = (root: Element) =>
  [...root.querySelectorAll('[data-testid="records-standing"] .el-tag')].map((t) => textOf(t))
const warnings = (root: Element) => [...root.querySelectorAll('.el-alert')].map((a) => textOf(a))

describe('the standing', () => {
  it('reads grade, qualifications, tax and eligibility as tags, and warns of what ends within 6 months', async () => {
    const root = await mountCard(records())
    expect(tags(root)).toEqual([
      '4A · 有效至 2027-03-27',
      '可优先承接政府购买服务',
      '可承接政府职能转移',
      '可参加评优表彰',
      '可申请税前扣除资格',
      '年检可简化',
      '税前扣除资格有效至 2027-01-27',
      '可申请评估',
    ])
    expect(warnings(root)).toEqual([
      '评估等级将于 2027-03-27 到期，请及时申请复评',
      '公益性捐赠税前扣除资格将于 2027-01-27 到期，请及时申请重新确认',
    ])
  })

  it('in English too', async () => {
    const root = await mountCard(records(), FRONT_DESK, 'en')
    expect(tags(root)[0]).toBe('4A · valid until 2027-03-27')
    expect(warnings(root)[0]).toBe('The rating expires on 2027-03-27: apply for a new rating in time')
  })

  it('names every reason an organisation may not be rated, and a lapsed rating unlocks nothing', async () => {
    const root = await mountCard(
      records({
        standing: standing({
          rating: { id: 1, grade: 3, ratedOn: '2021-07-27', validUntil: '2026-07-27', validity: 'lapsed' },
          qualifications: [],
          tax: null,
          notRateable: [{ code: 'basicTwice', years: [2024, 2025] }],
          registration: { code: 'tooRecent', registeredOn: '2025-04-23', eligibleFrom: '2027-04-23' },
          mayApply: false,
        }),
      }),
    )
    expect(tags(root)).toEqual([
      '3A · 已于 2026-07-27 到期',
      '不可参评：连续两年（2024、2025）年检基本合格',
      '登记未满两年（2027-04-23 起可申请评估）',
    ])
    expect(warnings(root)).toEqual(['评估等级已于 2026-07-27 到期，目前没有有效的评估等级，请及时申请复评'])
  })
})

describe('who may change what', () => {
  const rowsOf = (root: Element) =>
    root.querySelectorAll('[data-testid="records-inspections"] .el-table__body tr')

  it('the front desk adds, edits and archives live records; archived ones are hidden until asked for', async () => {
    const root = await mountCard(records())
    expect(buttonLabels(root.querySelector('.head'))).toContain('登记年检')
    expect(rowsOf(root)).toHaveLength(1)
    expect(buttonLabels(rowsOf(root)[0])).toEqual(['编辑', '归档'])
    root.querySelector<HTMLElement>('[data-testid="records-show-archived"]')?.click()
    await settle()
    expect(rowsOf(root)).toHaveLength(2)
    expect(textOf(rowsOf(root)[1])).toContain('已归档：录入年度有误')
    expect(buttonLabels(rowsOf(root)[1])).toEqual([])
  })

  it('a mentor, and anyone on an archived organisation, only reads', async () => {
    const reader = await mountCard(records(), ['session', 'organization.read'])
    expect(buttonLabels(reader)).toEqual([])
    wrapper?.unmount()
    const archived = await mountCard(records({ archived: true }), FRONT_DESK, 'zh-CN', true)
    expect(buttonLabels(archived)).toEqual([])
    expect(tags(archived)[0]).toBe('4A · 有效至 2027-03-27')
  })
})
