// The whole app over a fake HTTP core: which page the user gets (首次启动, 登录, the app), the session token on
// every call after login, the sidebar by permission, and what happens when the core ends or locks the session.
// Only `fetch` is faked: the real api module, its headers and its onAuthProblem path run as in the browser.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { Channel } from '@shared/channels'
import type { ChannelInput, ChannelOutput } from '@shared/contract'
import type { SessionInfo } from '@shared/entities'
import type { AppError, Result } from '@shared/errors'
import { formatMessage, type MessageKey, type MessageParams } from '@shared/messages'
import { setSession } from '@/api'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { useAuthStore } from '@/stores/auth'
import {
  FRONT_DESK,
  appPlugins,
  buttonIn,
  listItem,
  sessionInfo,
  settle,
  systemStatus,
  textOf,
  typeInto,
} from './support'

// ---- a fake core behind fetch ----

/** One request as it left the renderer. */
interface Sent {
  channel: string
  input: unknown
  /** The x-shuanghe-session header ('' when signed out). */
  session: string
  /** The x-shuanghe-token header of the web host. */
  token: string
}

class Refusal extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
  }
}

function refuse(code: AppError['code'], key: MessageKey, params?: MessageParams): never {
  throw new Refusal({ code, key, ...(params ? { params } : {}), message: formatMessage(key, params) })
}

type Core = {
  [C in Channel]?: (input: ChannelInput<C>, request: Sent) => ChannelOutput<C>
}

const BASE = '烟台市福山区社会组织孵化基地'
const WEB_TOKEN = 'web-host-token'

interface Account {
  password: string
  session: () => SessionInfo
}

const ACCOUNTS: Record<string, Account> = {
  wangxm: {
    password: 'Fushan2026',
    session: () => sessionInfo(FRONT_DESK, { id: 2, username: 'wangxm', displayName: '王晓梅' }),
  },
  lisj: {
    password: 'Dangjian2026',
    session: () =>
      sessionInfo(
        [
          'session',
          'organization.read',
          'member.read',
          'member.write',
          'member.reveal',
          'audit.read',
          'space.read',
          'booking.write',
          'mentoring.read',
          'coverage.read',
          'project.read',
        ],
        { id: 3, username: 'lisj', displayName: '李书记', roles: ['branch_secretary'] },
      ),
  },
}

/** The core's state: whether the base is set up, and its open sessions by token. */
let initialized: boolean
let sessions: Map<string, SessionInfo>
let issued: number
let sent: Sent[]
let unexpected: string[]

/** Channels that work while locked (as in the core). */
const ALLOWED_LOCKED = new Set<string>(['auth.status', 'auth.logout', 'auth.unlock'])
const PUBLIC = new Set<string>(['auth.status', 'auth.login'])

function sessionOf(request: Sent): SessionInfo {
  const info = sessions.get(request.session)
  if (!info) refuse('UNAUTHENTICATED', 'common.unauthenticated')
  if (info.locked && !ALLOWED_LOCKED.has(request.channel)) refuse('LOCKED', 'common.locked')
  return info
}

function requirePermission(request: Sent, permission: string): void {
  if (!sessionOf(request).user.permissions.includes(permission)) refuse('FORBIDDEN', 'common.forbidden')
}

const status = (request: Sent) => ({
  initialized,
  baseName: initialized ? BASE : null,
  session: sessions.get(request.session) ?? null,
})

const core: Core = {
  'auth.status': (_input, request) => status(request),
  'auth.login': ({ username, password }) => {
    const account = ACCOUNTS[username]
    if (!account || account.password !== password) {
      throw new Refusal({
        code: 'VALIDATION',
        key: 'common.invalidFields',
        params: { count: 1 },
        message: formatMessage('common.invalidFields', { count: 1 }),
        fields: { password: { key: 'account.loginFailed', message: formatMessage('account.loginFailed') } },
      })
    }
    const token = `sess-${++issued}`
    const info = account.session()
    sessions.set(token, info)
    return { token, ...info }
  },
  'auth.logout': (_input, request) => {
    sessionOf(request)
    sessions.delete(request.session)
    return status({ ...request, session: '' })
  },
  'auth.unlock': ({ password }, request) => {
    const info = sessionOf(request)
    const account = Object.values(ACCOUNTS).find((a) => a.session().user.id === info.user.id)
    if (account?.password !== password) {
      throw new Refusal({
        code: 'VALIDATION',
        key: 'common.invalidFields',
        params: { count: 1 },
        message: formatMessage('common.invalidFields', { count: 1 }),
        fields: {
          password: {
            key: 'account.unlockWrongPassword',
            message: formatMessage('account.unlockWrongPassword'),
          },
        },
      })
    }
    const unlocked = { ...info, locked: false }
    sessions.set(request.session, unlocked)
    return unlocked
  },
  'auth.touch': (_input, request) => sessionOf(request),
  'system.status': (_input, request) => {
    sessionOf(request)
    return systemStatus()
  },
  // The 待办提醒 badge on 工作台, counted on sign-in and on every route change.
  'reminder.count': (_input, request) => {
    sessionOf(request)
    return { open: 0, overdue: 0 }
  },
  // 工作台, where the app opens: the cards of the modules the account may read (none of them matter here).
  'dashboard.summary': (_input, request) => {
    sessionOf(request)
    return {
      today: '2026-11-27',
      residents: null,
      occupancy: null,
      coaching: null,
      coverage: null,
      compliance: null,
      dues: null,
      venture: null,
      funds: null,
    }
  },
  'organization.list': (input, request) => {
    requirePermission(request, 'organization.read')
    return { items: [listItem()], total: 1, page: input.page ?? 1, pageSize: input.pageSize ?? 20 }
  },
  'organization.filterOptions': (_input, request) => {
    requirePermission(request, 'organization.read')
    return { entryYears: [2026] }
  },
  'member.list': (input, request) => {
    requirePermission(request, 'member.read')
    return { items: [], total: 0, page: input.page ?? 1, pageSize: input.pageSize ?? 20 }
  },
}

const fetchMock = vi.fn((url: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const path = typeof url === 'string' ? url : url instanceof URL ? url.pathname : new URL(url.url).pathname
  const headers = new Headers(init?.headers)
  const request: Sent = {
    channel: decodeURIComponent(path.replace(/^\/api\//, '')),
    input: JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as unknown,
    session: headers.get('x-shuanghe-session') ?? '(none)',
    token: headers.get('x-shuanghe-token') ?? '(none)',
  }
  sent.push(request)
  const handler = core[request.channel as Channel] as ((input: unknown, r: Sent) => unknown) | undefined
  let body: Result<unknown>
  if (!handler) {
    unexpected.push(request.channel)
    body = { ok: false, error: { code: 'UNKNOWN_CHANNEL', key: 'common.unknownChannel', message: '?' } }
  } else if (!PUBLIC.has(request.channel) && !sessions.has(request.session)) {
    body = {
      ok: false,
      error: { code: 'UNAUTHENTICATED', key: 'common.unauthenticated', message: '请先登录。' },
    }
  } else {
    try {
      body = { ok: true, data: handler(request.input, request) }
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      body = { ok: false, error: err.error }
    }
  }
  return Promise.resolve(
    new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
  )
})

// ---- the app ----

let wrapper: VueWrapper | undefined

async function mountApp() {
  const { plugins } = appPlugins('zh-CN')
  const router = createAppRouter()
  wrapper = mount(App, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await router.isReady()
  await settle()
  return { wrapper, router }
}

/** A session the core already knows, as after a reload (the api keeps the token per window). */
function alreadySignedIn(account: keyof typeof ACCOUNTS): string {
  const token = `sess-kept-${account}`
  sessions.set(token, ACCOUNTS[account]!.session())
  setSession(token)
  return token
}

const root = () => wrapper!.element as Element
const loginPage = () => root().querySelector('[data-testid="login"]')
const sidebar = () => root().querySelector('[data-testid="sidebar"]')
const lockScreen = () => root().querySelector('[data-testid="lock-screen"]')
const sidebarLabels = () => [...(sidebar()?.querySelectorAll('.el-menu-item') ?? [])].map((li) => textOf(li))
const sentTo = (channel: Channel) => sent.filter((r) => r.channel === channel)

async function logIn(username: string, password: string): Promise<void> {
  await typeInto(loginPage(), 'username', username)
  await typeInto(loginPage(), 'password', password)
  await buttonIn(loginPage(), '登录').trigger('click')
  await settle()
}

/** Something the user does that makes a call: 搜索 on the organization list (opened from the sidebar). */
async function searchOrganizations(): Promise<void> {
  if (!root().querySelector('[data-testid="organization-list"]')) {
    // Opening the page calls the core too (the list, the 待办提醒 badge): a refusal may end it right there.
    sidebar()!.querySelector<HTMLElement>('[data-nav="organizations"]')!.click()
    const settled = () =>
      root().querySelector('[data-testid="organization-list"]') ?? loginPage() ?? lockScreen()
    for (let i = 0; i < 20 && !settled(); i++) await settle()
    if (!root().querySelector('[data-testid="organization-list"]')) return
  }
  const page = root().querySelector('[data-testid="organization-list"]')
  await buttonIn(page, '搜索').trigger('click')
  await settle()
}

beforeAll(() => {
  // The web host's token, as the api keeps it after taking it from the start address.
  sessionStorage.setItem('shuanghe.token', WEB_TOKEN)
  vi.stubGlobal('fetch', fetchMock)
})

beforeEach(() => {
  initialized = true
  sessions = new Map()
  issued = 0
  sent = []
  unexpected = []
  setSession(null)
  window.location.hash = ''
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  expect(unexpected, 'calls to channels the fake core does not serve').toEqual([])
})

describe('App: which page first', () => {
  it('shows 首次启动 when the base is not set up', async () => {
    initialized = false
    await mountApp()

    expect(sentTo('auth.status')).toHaveLength(1)
    expect(textOf(root())).toContain('欢迎使用双核')
    expect(root().querySelector('[data-testid="setup-base"]')).not.toBeNull()
    expect(loginPage()).toBeNull()
    expect(sidebar()).toBeNull()
  })

  it('shows the login page when the base is set up and nobody is signed in', async () => {
    await mountApp()

    expect(textOf(loginPage()?.querySelector('h1'))).toBe('登录双核')
    expect(textOf(loginPage())).toContain(BASE)
    expect(sidebar()).toBeNull()
    expect(root().querySelector('[data-testid="setup-base"]')).toBeNull()
    // No session yet, but the web host's token goes with the call.
    expect(sentTo('auth.status')[0]).toMatchObject({ session: '', token: WEB_TOKEN })
  })

  it('opens the app directly with a session the core still knows', async () => {
    alreadySignedIn('wangxm')
    await mountApp()

    expect(loginPage()).toBeNull()
    expect(sidebar()).not.toBeNull()
    expect(textOf(root().querySelector('[data-testid="user-menu"]'))).toBe('王晓梅（前台）')
    // The app opens on 工作台.
    for (let i = 0; i < 20 && !root().querySelector('[data-testid="dashboard"]'); i++) await settle()
    expect(root().querySelector('[data-testid="dashboard"]')).not.toBeNull()
  })

  it('says so when the data service cannot be reached', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await mountApp()

    expect(textOf(root().querySelector('.el-result__title'))).toBe(
      '无法连接到双核的数据服务（Failed to fetch），未做任何修改。',
    )
    expect(loginPage()).toBeNull()
  })
})

describe('App: signing in', () => {
  it('after login, every call carries the session token the core gave', async () => {
    await mountApp()
    await logIn('wangxm', 'Fushan2026')

    expect(loginPage()).toBeNull()
    expect(sidebar()).not.toBeNull()
    expect(sentTo('auth.login')).toEqual([
      expect.objectContaining({ input: { username: 'wangxm', password: 'Fushan2026' }, session: '' }),
    ])
    const afterLogin = sent.slice(sent.findIndex((r) => r.channel === 'auth.login') + 1)
    expect(afterLogin.map((r) => r.channel)).toEqual(
      expect.arrayContaining(['system.status', 'dashboard.summary']),
    )
    for (const request of afterLogin) {
      expect(request, request.channel).toMatchObject({ session: 'sess-1', token: WEB_TOKEN })
    }
    // Kept for this window, so a reload stays signed in.
    expect(sessionStorage.getItem('shuanghe.session')).toBe('sess-1')
  })

  it('a wrong password keeps the user on the login page with the reason under 密码', async () => {
    await mountApp()
    await logIn('wangxm', 'Fushan2025')

    expect(sidebar()).toBeNull()
    expect(textOf(loginPage()?.querySelector('.el-form-item__error'))).toBe('用户名或密码不正确。')
    expect(sessionStorage.getItem('shuanghe.session')).toBeNull()
  })

  it('退出登录 returns to the login page and later calls carry no session', async () => {
    alreadySignedIn('wangxm')
    await mountApp()
    await wrapper!.get('[data-testid="user-menu"] button').trigger('click')
    await settle()
    const logout = [...document.body.querySelectorAll('.el-dropdown-menu__item')].find(
      (item) => textOf(item) === '退出登录',
    )
    expect(logout, 'a 退出登录 item').toBeDefined()
    logout!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await settle()

    expect(sentTo('auth.logout')).toEqual([expect.objectContaining({ session: 'sess-kept-wangxm' })])
    expect(loginPage()).not.toBeNull()
    expect(sidebar()).toBeNull()
    expect(sessionStorage.getItem('shuanghe.session')).toBeNull()
  })
})

describe('App: the sidebar follows permissions', () => {
  it('a front-desk user sees no 基地党支部', async () => {
    alreadySignedIn('wangxm')
    await mountApp()

    expect(sidebarLabels()).toEqual([
      '工作台',
      '入驻组织',
      '空间管理',
      '陪伴指导',
      '项目与资金',
      '党建覆盖',
      '统计报表',
      '系统设置',
    ])
  })

  it('a user with member.read sees 基地党支部, in its place', async () => {
    alreadySignedIn('lisj')
    await mountApp()

    expect(sidebarLabels()).toEqual([
      '工作台',
      '入驻组织',
      '空间管理',
      '陪伴指导',
      '项目与资金',
      '党建覆盖',
      '基地党支部',
      '统计报表',
      '系统设置',
    ])
  })

  it('a front-desk user who types the roster’s address is sent to 入驻组织', async () => {
    alreadySignedIn('wangxm')
    const { router } = await mountApp()
    await router.push('/branch')
    await settle()

    expect(router.currentRoute.value.path).toBe('/organizations')
    expect(root().querySelector('[data-testid="branch"]')).toBeNull()
    expect(sentTo('member.list')).toEqual([])
  })

  it('an address that names no page (an old bookmark) opens 工作台', async () => {
    alreadySignedIn('wangxm')
    const { router } = await mountApp()
    await router.push('/reminders')
    await settle()

    expect(router.currentRoute.value.path).toBe('/dashboard')
  })

  /** 李书记 opens 基地党支部, signs out; 王晓梅 (front desk) signs in at the same window. */
  async function branchThenFrontDesk(): Promise<void> {
    await mountApp()
    await logIn('lisj', 'Dangjian2026')
    sidebar()!.querySelector<HTMLElement>('[data-nav="branch"]')!.click()
    // The page is loaded on first use: on a busy machine that may take more than one settle.
    for (let i = 0; i < 20 && !root().querySelector('[data-testid="branch"]'); i++) await settle()
    expect(root().querySelector('[data-testid="branch"]')).not.toBeNull()

    await wrapper!.get('[data-testid="user-menu"] button').trigger('click')
    await settle()
    const logout = [...document.body.querySelectorAll('.el-dropdown-menu__item')].find(
      (item) => textOf(item) === '退出登录',
    )
    logout!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await settle()
    await logIn('wangxm', 'Fushan2026')
  }

  it('after 切换账号, a front-desk user lands on 入驻组织, not the previous user’s 基地党支部', async () => {
    await branchThenFrontDesk()
    const router = wrapper!.vm.$router
    expect(root().querySelector('[data-testid="branch"]')).toBeNull()
    expect(router.currentRoute.value.path).toBe('/organizations')
    expect(root().querySelector('[data-testid="organization-list"]')).not.toBeNull()
  })

  // Regression: the previous page must not render (and call the core) for the next account.
  it('after 切换账号, the front-desk user sees no refusal caused by the previous page', async () => {
    await branchThenFrontDesk()
    expect(sentTo('member.list').filter((r) => r.session === 'sess-2')).toEqual([])
    expect(document.body.querySelector('.el-message--error')).toBeNull()
  })
})

describe('App: the core ends or locks the session', () => {
  it('returns to the login page, saying why, when a call answers UNAUTHENTICATED', async () => {
    const token = alreadySignedIn('wangxm')
    await mountApp()
    expect(sidebar()).not.toBeNull()

    // The core ends the session on its own (a restore, a password reset by the administrator).
    sessions.delete(token)
    await searchOrganizations()

    expect(sidebar()).toBeNull()
    expect(loginPage()).not.toBeNull()
    expect(textOf(document.body.querySelector('.el-message--warning'))).toBe('登录已失效，请重新登录。')
    expect(sessionStorage.getItem('shuanghe.session')).toBeNull()
    expect(useAuthStore().session).toBeNull()
  })

  it('signs in again after the session ended and carries the new token', async () => {
    const token = alreadySignedIn('wangxm')
    await mountApp()
    sessions.delete(token)
    await searchOrganizations()
    await logIn('wangxm', 'Fushan2026')

    expect(sidebar()).not.toBeNull()
    expect(sent.at(-1)).toMatchObject({ session: 'sess-1' })
  })

  it('shows the lock screen over the app when a call answers LOCKED, and unlocks with the password', async () => {
    const token = alreadySignedIn('wangxm')
    await mountApp()
    expect(lockScreen()).toBeNull()

    // The core locked the session (idle too long on another check, or 锁定 from elsewhere).
    sessions.set(token, { ...sessions.get(token)!, locked: true })
    await searchOrganizations()

    expect(lockScreen()).not.toBeNull()
    expect(textOf(lockScreen())).toContain('请输入“王晓梅”的密码解锁。')
    // Still signed in: the app stays behind the lock, the session is kept.
    expect(sidebar()).not.toBeNull()
    expect(sessionStorage.getItem('shuanghe.session')).toBe(token)

    await typeInto(lockScreen(), 'unlockPassword', 'Fushan2026')
    await buttonIn(lockScreen(), '解锁').trigger('click')
    await settle()

    expect(sentTo('auth.unlock')).toEqual([
      expect.objectContaining({ input: { password: 'Fushan2026' }, session: token }),
    ])
    expect(lockScreen()).toBeNull()
    expect(sidebar()).not.toBeNull()
  })

  it('a wrong password leaves the lock screen up', async () => {
    const token = alreadySignedIn('wangxm')
    await mountApp()
    sessions.set(token, { ...sessions.get(token)!, locked: true })
    await searchOrganizations()

    await typeInto(lockScreen(), 'unlockPassword', 'Fushan2025')
    await buttonIn(lockScreen(), '解锁').trigger('click')
    await settle()

    expect(lockScreen()).not.toBeNull()
    expect(textOf(lockScreen()?.querySelector('.el-form-item__error'))).toBe('密码不正确，未能解锁。')
  })

  it('切换账号 on the lock screen goes to the login page', async () => {
    const token = alreadySignedIn('wangxm')
    await mountApp()
    sessions.set(token, { ...sessions.get(token)!, locked: true })
    await searchOrganizations()

    await buttonIn(lockScreen(), '切换账号').trigger('click')
    await settle()

    expect(sentTo('auth.logout')).toHaveLength(1)
    expect(lockScreen()).toBeNull()
    expect(loginPage()).not.toBeNull()
  })
})
