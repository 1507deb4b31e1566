// Shared pieces of the renderer tests: realistic core values, the app's real plugins, a routed fake core.
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter, type RouteRecordRaw, type Router } from 'vue-router'
import { defineComponent, h, type Plugin } from 'vue'
import type { Channel } from '@shared/channels'
import type { ChannelInput, ChannelOutput } from '@shared/contract'
import type { OrganizationDetail, OrganizationListItem, SystemStatus } from '@shared/entities'
import type { AppError } from '@shared/errors'
import { formatMessage, type MessageKey, type MessageParams } from '@shared/messages'
import { ApiError } from '@/api'
import { createAppI18n, type Locale } from '@/i18n'
import { useAuthStore } from '@/stores/auth'

/** A Notice exactly as the core sends it: key, params and the zh-CN text. */
export function notice(key: MessageKey, params?: MessageParams) {
  return { key, ...(params ? { params } : {}), message: formatMessage(key, params) }
}

/** The ApiError `call` throws when the core answers `{ ok: false, error }`. */
export function apiError(error: Partial<AppError> & Pick<AppError, 'code' | 'key'>): ApiError {
  return new ApiError({ message: formatMessage(error.key, error.params), ...error })
}

export const TODAY = '2026-11-27'

export function systemStatus(overrides: Partial<SystemStatus> = {}): SystemStatus {
  return {
    initialized: true,
    baseName: '烟台市福山区社会组织孵化基地',
    totalAreaM2: 1200,
    organizationCount: 2,
    today: TODAY,
    appVersion: '0.1.0',
    ...overrides,
  }
}

export function listItem(overrides: Partial<OrganizationListItem> = {}): OrganizationListItem {
  return {
    id: 1,
    name: '福山区星火青少年服务中心',
    shortName: '星火青少年',
    uscc: '52370611MJE123456X',
    legalType: 'private_non_enterprise',
    stage: 'incubating',
    stageDate: '2026-03-01',
    serviceAreas: ['youth', 'education_science_culture_health_sports'],
    contactPerson: '王晓梅',
    contactPhone: '13512345678',
    agreementStart: '2026-01-01',
    agreementEnd: '2027-12-31',
    archivedAt: null,
    updatedAt: '2026-11-20 09:30:00',
    ...overrides,
  }
}

export function organizationDetail(overrides: Partial<OrganizationDetail> = {}): OrganizationDetail {
  const base = listItem(overrides)
  return {
    ...base,
    legalRepresentative: null,
    email: null,
    address: null,
    registeredOn: null,
    registrar: null,
    agreementNo: null,
    description: null,
    archiveReason: null,
    createdAt: '2026-11-27 10:00:00',
    stageHistory: [
      {
        id: 1,
        stage: base.stage,
        date: base.stageDate,
        note: '',
        recordedAt: '2026-11-27 10:00:00',
        recordedBy: 'admin',
      },
    ],
    ...overrides,
  }
}

export type Handlers = {
  [C in Channel]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}

/** A fake core for the mocked `call`: answers from `handlers`, fails loudly for any other channel. */
export function fakeCore(handlers: Handlers) {
  return async (channel: Channel, input: unknown): Promise<unknown> => {
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined
    if (!handler) throw new Error(`unexpected call to ${channel}`)
    return await handler(input)
  }
}

const Blank = defineComponent({ render: () => h('div') })

export function memoryRouter(routes: RouteRecordRaw[] = []): Router {
  return createRouter({
    history: createMemoryHistory(),
    routes: [...routes, { path: '/:rest(.*)*', component: Blank }],
  })
}

/** The app's real plugins: a fresh Pinia (made active so a test can set store state first), i18n, Element Plus. */
export function appPlugins(locale: Locale = 'zh-CN'): { pinia: Pinia; plugins: Plugin[] } {
  const pinia = createPinia()
  setActivePinia(pinia)
  return { pinia, plugins: [pinia, createAppI18n(locale), ElementPlus] }
}

/** Visible text with whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** A signed-in account with these permissions, as the core reports it (call after appPlugins). */
export function signIn(permissions: string[], displayName = '前台小王'): void {
  useAuthStore().status = {
    initialized: true,
    baseName: '烟台市福山区社会组织孵化基地',
    session: {
      user: {
        id: 1,
        username: 'user',
        displayName,
        roles: ['front_desk'],
        permissions,
        mustChangePassword: false,
      },
      locked: false,
      idleLockMinutes: 10,
    },
  }
}

export const FRONT_DESK = ['session', 'organization.read', 'organization.write']
