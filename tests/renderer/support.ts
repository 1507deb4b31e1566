// Shared pieces of the renderer tests: realistic core values, the app's real plugins, a routed fake core.
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import ElementPlus from 'element-plus'
import * as ElementPlusIcons from '@element-plus/icons-vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw, type Router } from 'vue-router'
import { DOMWrapper, flushPromises } from '@vue/test-utils'
import { defineComponent, h, nextTick, type Plugin } from 'vue'
import type { Channel } from '@shared/channels'
import type { ChannelInput, ChannelOutput } from '@shared/contract'
import type { OrganizationDetail, OrganizationListItem, SessionInfo, SystemStatus } from '@shared/entities'
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

/** Element Plus's icons, registered globally as main.ts does (`<Lock />`, `icon="Plus"`). */
const icons: Plugin = {
  install(app) {
    for (const [name, component] of Object.entries(ElementPlusIcons)) app.component(name, component)
  },
}

/**
 * The app's real plugins: a fresh Pinia (made active so a test can set store state first), i18n, Element Plus
 * and its icons.
 */
export function appPlugins(locale: Locale = 'zh-CN'): { pinia: Pinia; plugins: Plugin[] } {
  const pinia = createPinia()
  setActivePinia(pinia)
  return { pinia, plugins: [pinia, createAppI18n(locale), ElementPlus, icons] }
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

/** What the core grants the 前台 role (src-main/core/auth/roles.ts). */
export const FRONT_DESK = [
  'session',
  'organization.read',
  'organization.write',
  'space.read',
  'space.write',
  'booking.write',
  'mentoring.read',
  'mentoring.manage',
  'coverage.read',
  'honour.write',
  'project.read',
  'fund.read',
  'fund.write',
  'project.write',
]

// ---- helpers for the account, settings and roster views ----

/** The inputs of every call the mocked `call` received on one channel, in order. */
export function callsTo<C extends Channel>(
  mock: { mock: { calls: unknown[][] } },
  channel: C,
): ChannelInput<C>[] {
  return mock.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as ChannelInput<C>)
}

/** Let the core's answers arrive and Element Plus show field messages (it debounces them by 100 ms). */
export async function settle(): Promise<void> {
  await flushPromises()
  await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 150))
  await flushPromises()
}

/** The form item labelled `label` inside `root` (labels are compared as the user reads them). */
export function formItem(root: ParentNode, label: string): Element {
  const item = [...root.querySelectorAll('.el-form-item')].find(
    (el) => textOf(el.querySelector('.el-form-item__label')) === label,
  )
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

/** The message Element Plus shows under the form item labelled `label`, or ''. */
export function errorUnder(root: ParentNode, label: string): string {
  return textOf(formItem(root, label).querySelector('.el-form-item__error'))
}

/** The labels of the buttons inside `root`, as shown. */
export function buttonLabels(root: ParentNode | null | undefined): string[] {
  return [...(root?.querySelectorAll('button') ?? [])].map((b) => textOf(b))
}

/** The button labelled `label` inside `root`, wrapped for VTU's user actions. */
export function buttonIn(root: ParentNode | null | undefined, label: string): DOMWrapper<HTMLButtonElement> {
  const found = [...(root?.querySelectorAll('button') ?? [])].find((b) => textOf(b) === label)
  if (!found) throw new Error(`no button labelled ${label}; there are: ${buttonLabels(root).join(', ')}`)
  return new DOMWrapper(found)
}

/** A teleported Element Plus dialog (`el-dialog`) by its data-testid, or null before it first opens. */
export function dialogByTestId(testId: string): HTMLElement | null {
  return document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
}

/** Whether that dialog is open: rendered and its overlay not hidden. */
export function isDialogOpen(testId: string): boolean {
  const dialog = dialogByTestId(testId)
  if (!dialog) return false
  const overlay = dialog.closest<HTMLElement>('.el-overlay')
  return (overlay?.style.display ?? '') !== 'none'
}

/** Type into the input called `name` inside `root`. */
export async function typeInto(
  root: ParentNode | null | undefined,
  name: string,
  value: string,
): Promise<void> {
  const input = root?.querySelector<HTMLInputElement>(`input[name="${name}"]`)
  if (!input) throw new Error(`no input named ${name}`)
  await new DOMWrapper(input).setValue(value)
}

/** The message box (ElMessageBox) now shown, or null. */
export function messageBox(): HTMLElement | null {
  const boxes = [...document.body.querySelectorAll<HTMLElement>('.el-message-box')].filter(
    (box) => box.closest<HTMLElement>('.el-overlay')?.style.display !== 'none',
  )
  return boxes.at(-1) ?? null
}

/** A signed-in session as the core reports it (auth.status, auth.unlock, account.changePassword). */
export function sessionInfo(
  permissions: string[],
  user: Partial<SessionInfo['user']> = {},
  overrides: Partial<Omit<SessionInfo, 'user'>> = {},
): SessionInfo {
  return {
    user: {
      id: 1,
      username: 'user',
      displayName: '前台小王',
      roles: ['front_desk'],
      permissions,
      mustChangePassword: false,
      ...user,
    },
    locked: false,
    idleLockMinutes: 10,
    ...overrides,
  }
}
