// 入驻组织 → 党建工作 card: the 应建未建 tag and the hint to record 仅有党建指导员/联络员 (which opens the form with that
// status chosen and sends it), roster members marked and linked only for roster readers, and nothing editable for
// readers or for an archived organisation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { OrganizationPartyView } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { useSystemStore } from '@/stores/system'
import OrganizationParty from '@/views/partyCoverage/OrganizationParty.vue'
import {
  appPlugins,
  buttonIn,
  buttonLabels,
  callsTo,
  dialogByTestId,
  fakeCore,
  isDialogOpen,
  settle,
  signIn,
  systemStatus,
  textOf,
  type Handlers,
} from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})
// The 两关六同步 checklist is another card with its own calls; here it is a blank.
vi.mock('@/views/partyCoverage/SixSyncChecklist.vue', () => ({
  __esModule: true,
  default: defineComponent({ render: () => h('div', { 'data-testid': 'six-sync-stub' }) }),
}))

const callMock = vi.mocked(call)
const READER = ['session', 'organization.read', 'coverage.read']
const WRITER = [...READER, 'coverage.write', 'member.read', 'mentoring.read']

function partyView(overrides: Partial<OrganizationPartyView> = {}): OrganizationPartyView {
  return {
    organizationId: 7,
    organizationName: '烟台市福山区春风助老服务中心',
    archived: false,
    date: '2026-11-27',
    current: null,
    periods: [],
    archivedStatuses: [],
    fullMembers: 3,
    probationaryMembers: 1,
    shouldFormBranch: true,
    suggestWorkOnly: true,
    contacts: [
      {
        id: 1,
        organizationId: 7,
        role: 'instructor',
        mentorId: 6,
        mentorKind: 'party_instructor',
        name: '郑国强',
        phone: '13805353206',
        startDate: '2026-01-01',
        endDate: null,
        note: null,
        current: true,
      },
    ],
    members: [
      {
        source: 'roster',
        id: 11,
        name: '王建国',
        gender: 'male',
        category: 'full',
        fullOn: null,
        post: '理事长',
        managementPost: true,
        membershipPlace: '基地兜底党支部',
        phoneMasked: null,
        startDate: null,
        endDate: null,
        note: null,
        current: true,
      },
      {
        source: 'elsewhere',
        id: 3,
        name: '李娜',
        gender: 'female',
        category: 'full',
        fullOn: null,
        post: '秘书长',
        managementPost: true,
        membershipPlace: '福山区清洋街道党工委',
        phoneMasked: '139****5678',
        startDate: '2025-01-01',
        endDate: null,
        note: null,
        current: true,
      },
    ],
    baseBranchName: '基地兜底党支部',
    ...overrides,
  }
}

let wrapper: VueWrapper | undefined
function answer(handlers: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({ 'partyOrg.organization': () => partyView(), ...handlers }) as typeof call,
  )
}
async function mountCard(permissions: string[], archived = false) {
  const { plugins } = appPlugins('zh-CN')
  signIn(permissions, '李书记')
  useSystemStore().status = systemStatus()
  wrapper = mount(OrganizationParty, {
    props: { organizationId: 7, organizationName: '烟台市福山区春风助老服务中心', archived },
    global: { plugins },
    attachTo: document.body,
  })
  await settle()
  return wrapper
}
const card = () => wrapper!.get('[data-testid="org-party"]').element

beforeEach(() => {
  callMock.mockReset()
  answer()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('OrganizationParty', () => {
  it('flags 应建未建 with the count, and hints at 仅有党建指导员/联络员 when the status is 无 with an instructor', async () => {
    await mountCard(READER)
    expect(callsTo(callMock, 'partyOrg.organization')).toEqual([{ organizationId: 7 }])
    expect(textOf(card().querySelector('[data-testid="party-status-tag"]'))).toBe('未登记（按“无”统计）')
    expect(textOf(card().querySelector('[data-testid="party-should-form"]'))).toBe('应建未建')
    expect(textOf(card())).toContain('正式党员 3 名，已达 3 名，应单独组建党支部。')
    expect(textOf(card().querySelector('[data-testid="party-counts"]'))).toBe('正式党员 3 名 · 预备党员 1 名')
    expect(textOf(card().querySelector('[data-testid="party-work-only-hint"]'))).toContain(
      '可登记为“仅有党建指导员/联络员”',
    )
    // A reader changes nothing, and without the roster permission sees the name only.
    expect(buttonLabels(card())).not.toContain('登记党组织状态')
    expect(buttonLabels(card())).not.toContain('登记为仅有党建指导员/联络员')
    expect(buttonLabels(card())).not.toContain('王建国')
    expect(textOf(card())).toContain('王建国男基地名册')
    expect(textOf(card())).toContain('139****5678')
  })

  it('shows no tag once the organisation has its own branch, and no hint without an instructor', async () => {
    answer({
      'partyOrg.organization': () =>
        partyView({
          current: {
            id: 5,
            status: 'standalone',
            startDate: '2026-03-01',
            endDate: null,
            coveringBranch: '中共春风助老服务中心支部委员会',
            byBaseBranch: false,
            note: null,
            createdBy: '李书记',
            createdAt: '2026-03-01T09:00:00+08:00',
          },
          shouldFormBranch: false,
          suggestWorkOnly: false,
        }),
    })
    await mountCard(READER)
    expect(textOf(card().querySelector('[data-testid="party-status-tag"]'))).toBe('单独组建')
    expect(textOf(card().querySelector('[data-testid="party-summary"]'))).toContain(
      '自 2026-03-01 起覆盖党组织：中共春风助老服务中心支部委员会',
    )
    expect(card().querySelector('[data-testid="party-should-form"]')).toBeNull()
    expect(card().querySelector('[data-testid="party-work-only-hint"]')).toBeNull()
  })

  it('records 仅有党建指导员/联络员 from the hint and shows the card the core returns', async () => {
    answer({
      'partyOrg.setStatus': (input) =>
        partyView({
          current: {
            id: 9,
            status: input.status,
            startDate: input.startDate,
            endDate: null,
            coveringBranch: null,
            byBaseBranch: false,
            note: null,
            createdBy: '李书记',
            createdAt: '2026-11-27T09:00:00+08:00',
          },
          suggestWorkOnly: false,
        }),
    })
    await mountCard(WRITER)
    expect(buttonLabels(card())).toContain('登记党组织状态')
    expect(buttonLabels(card())).toContain('王建国')
    await buttonIn(card(), '登记为仅有党建指导员/联络员').trigger('click')
    await settle()
    expect(isDialogOpen('party-status-form')).toBe(true)
    const form = dialogByTestId('party-status-form')!
    // No branch is asked for a status without one.
    expect(form.querySelector('input[name="coveringBranch"]')).toBeNull()
    await buttonIn(form.querySelector('.el-dialog__footer'), '保存').trigger('click')
    await settle()
    expect(callsTo(callMock, 'partyOrg.setStatus')).toEqual([
      {
        organizationId: 7,
        status: 'work_only',
        startDate: '2026-11-27',
        coveringBranch: null,
        byBaseBranch: false,
        note: null,
        acceptWarnings: false,
      },
    ])
    expect(textOf(card().querySelector('[data-testid="party-status-tag"]'))).toBe('仅有党建指导员/联络员')
    expect(card().querySelector('[data-testid="party-work-only-hint"]')).toBeNull()
  })

  it('lets nobody change an archived organisation', async () => {
    await mountCard(WRITER, true)
    expect(buttonLabels(card())).not.toContain('登记党组织状态')
    expect(buttonLabels(card())).not.toContain('登记党员')
    expect(buttonLabels(card())).not.toContain('编辑')
    expect(textOf(card())).toContain('该组织已归档，党建信息只能查看。')
  })
})
