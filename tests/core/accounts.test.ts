// 登录、锁定、账号: sessions, the lockout after five wrong passwords, the idle lock and account administration.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '../../src-main/shared/enums'
import type { Result } from '../../src-main/shared/errors'
import type { LoginResult } from '../../src-main/shared/entities'
import { ADMIN, callerFor, count, freshBase, type Caller, type TestBase } from './helpers'

let base: TestBase
beforeEach(async () => {
  base = await freshBase()
})
afterEach(() => base.close())

const START = Date.parse('2026-11-27T09:00:00+08:00')
const MINUTE = 60_000

interface AuditRow {
  id: number
  at: string
  actor: string
  actor_id: number | null
  channel: string
  entity: string
  entity_id: number | null
  before_json: string | null
  after_json: string | null
}

function auditRows(where = '1 = 1', ...params: (string | number)[]): AuditRow[] {
  return base.db.prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`).all(...params) as AuditRow[]
}
const json = (text: string | null): unknown => (text === null ? null : JSON.parse(text))

const login = async (username: string, password: string): Promise<Result<LoginResult>> =>
  base.app.dispatch({ session: null }, 'auth.login', { username, password })

async function loginOk(username: string, password: string): Promise<LoginResult> {
  const result = await login(username, password)
  if (!result.ok) throw new Error(`login of ${username} failed: ${JSON.stringify(result.error)}`)
  return result.data
}

/** The message a failed login shows: the field's message where there is one, else the error's. */
async function loginMessage(username: string, password: string): Promise<string> {
  const result = await login(username, password)
  if (result.ok) throw new Error(`login of ${username} should have failed`)
  return result.error.fields?.password?.message ?? result.error.message
}

async function createAccount(username: string, password: string, roles: Role[] = ['front_desk']) {
  return base.ok('account.create', { username, displayName: `${username}的名字`, roles, password })
}

/** An account that has signed in and set its own password: returns its caller and its password. */
async function signedIn(
  username: string,
  roles: Role[] = ['front_desk'],
): Promise<{ caller: Caller; password: string; id: number }> {
  const account = await createAccount(username, 'Initial2026', roles)
  const first = await loginOk(username, 'Initial2026')
  const caller = callerFor(base.app, { session: first.token })
  const password = `${username}Own2026`
  await caller.ok('account.changePassword', { currentPassword: 'Initial2026', newPassword: password })
  return { caller, password, id: account.id }
}

/** The instant named by `请于 HH:mm 后再试` on the test's date. */
function namedInstant(message: string): number {
  const hhmm = /请于 (\d\d:\d\d) 后再试/.exec(message)?.[1]
  if (!hhmm) throw new Error(`no time in “${message}”`)
  return Date.parse(`2026-11-27T${hhmm}:00+08:00`)
}

describe('登录', () => {
  it('the right password returns a session token with the roles and what they allow', async () => {
    await createAccount('wang.li', 'Chunfeng2026', ['front_desk', 'mentor'])
    const result = await loginOk('wang.li', 'Chunfeng2026')
    expect(result.token).toMatch(/^[0-9a-f]{64}$/)
    expect(result).toMatchObject({
      locked: false,
      idleLockMinutes: 10,
      user: {
        username: 'wang.li',
        displayName: 'wang.li的名字',
        roles: ['front_desk', 'mentor'],
        permissions: [
          'booking.write',
          'coverage.read',
          'fund.read',
          'fund.write',
          'honour.write',
          'mentoring.manage',
          'mentoring.read',
          'mentoring.write',
          'organization.read',
          'organization.write',
          'project.read',
          'project.write',
          'session',
          'space.read',
          'space.write',
        ],
        mustChangePassword: true,
      },
    })
    // The token is the session: auth.status with it names the account.
    const status = await callerFor(base.app, { session: result.token }).ok('auth.status', {})
    expect(status.session?.user.username).toBe('wang.li')
    // The administrator's own login carries the admin permissions.
    const admin = await loginOk(ADMIN.username, ADMIN.password)
    expect(admin.user.roles).toEqual(['admin'])
    expect(admin.user.permissions).toContain('account.manage')
    expect(admin.user.permissions).not.toContain('member.read')
  })

  it('a wrong password says so and how many tries remain', async () => {
    await createAccount('wang.li', 'Chunfeng2026')
    const first = await login('wang.li', 'Chunfeng2025')
    expect(first).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { password: { message: '用户名或密码不正确。再输错 4 次，账号将锁定 15 分钟。' } },
      },
    })
    expect(await loginMessage('wang.li', 'chunfeng2026')).toBe(
      '用户名或密码不正确。再输错 3 次，账号将锁定 15 分钟。',
    )
    // The username is not case-sensitive; the password is.
    expect(await loginMessage('WANG.LI', 'CHUNFENG2026')).toBe(
      '用户名或密码不正确。再输错 2 次，账号将锁定 15 分钟。',
    )
    expect((await loginOk('Wang.Li', 'Chunfeng2026')).user.username).toBe('wang.li')
  })

  it('an unknown username gets the same basic message, does not say it is unknown, and is audited', async () => {
    await createAccount('wang.li', 'Chunfeng2026')
    const unknown = await login('nobody', 'Chunfeng2026')
    const known = await login('wang.li', 'Wrong2026')
    if (unknown.ok || known.ok) throw new Error('both logins should have failed')
    // Same code, same headline, same field: only the count of remaining tries follows the known account.
    expect(unknown.error.code).toBe(known.error.code)
    expect(unknown.error.message).toBe(known.error.message)
    expect(Object.keys(unknown.error.fields ?? {})).toEqual(Object.keys(known.error.fields ?? {}))
    const a = unknown.error.fields?.password?.message ?? ''
    const b = known.error.fields?.password?.message ?? ''
    let common = 0
    while (common < a.length && a[common] === b[common]) common++
    expect(a.slice(0, common)).toBe('用户名或密码不正确。')
    expect(a).toBe('用户名或密码不正确。')
    expect(a + b).not.toMatch(/不存在|未注册|unknown/i)

    const attempts = auditRows("channel = 'auth.login' AND entity_id IS NULL")
    expect(attempts).toHaveLength(1)
    expect(attempts[0]).toMatchObject({ actor: '未登录', entity: 'account', before_json: null })
    expect(json(attempts[0]!.after_json)).toEqual({ event: 'unknownUsername', username: 'nobody' })
  })
})

describe('连续输错 5 次锁定 15 分钟', () => {
  it('locks the account, naming the time; even the right password waits; afterwards the count starts afresh', async () => {
    const { caller, password } = await signedIn('zhao.min')
    const messages: string[] = []
    for (let i = 0; i < 5; i++) messages.push(await loginMessage('zhao.min', `Wrong${i}pass`))
    expect(messages).toEqual([
      '用户名或密码不正确。再输错 4 次，账号将锁定 15 分钟。',
      '用户名或密码不正确。再输错 3 次，账号将锁定 15 分钟。',
      '用户名或密码不正确。再输错 2 次，账号将锁定 15 分钟。',
      '用户名或密码不正确。再输错 1 次，账号将锁定 15 分钟。',
      '该账号因连续输错密码已锁定，请于 09:15 后再试，或请管理员重置密码。',
    ])
    // The lock ends the account's open sessions.
    expect((await caller.err('organization.list', {})).code).toBe('UNAUTHENTICATED')

    base.advance(14 * MINUTE)
    const during = await login('zhao.min', password)
    expect(during).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: '该账号因连续输错密码已锁定，请于 09:15 后再试，或请管理员重置密码。',
      },
    })
    // (The administrator's own session has gone idle meanwhile: a fresh login.)
    const admin = callerFor(base.app, { session: (await loginOk(ADMIN.username, ADMIN.password)).token })
    const account = (await admin.ok('account.list', {})).find((a) => a.username === 'zhao.min')
    expect(account).toMatchObject({
      failedAttempts: 5,
      lockedUntil: new Date(START + 15 * MINUTE).toISOString(),
    })

    base.advance(MINUTE + 1000) // 15 minutes and 1 second after the fifth try
    expect(await loginMessage('zhao.min', 'StillWrong1')).toBe(
      '用户名或密码不正确。再输错 4 次，账号将锁定 15 分钟。',
    )
    expect((await loginOk('zhao.min', password)).user.username).toBe('zhao.min')

    const rejected = auditRows("channel = 'auth.login' AND after_json LIKE '%passwordRejected%'").map((r) =>
      json(r.after_json),
    )
    expect(rejected).toHaveLength(6)
    expect(rejected[4]).toEqual({
      event: 'passwordRejected',
      username: 'zhao.min',
      failures: 5,
      locked: true,
    })
  }, 30_000)

  it('a successful login resets the count (4 wrong, 1 right, 4 wrong: not locked)', async () => {
    await createAccount('zhao.min', 'Zhaomin2026')
    for (let i = 0; i < 4; i++) await loginMessage('zhao.min', `Wrong${i}pass`)
    await loginOk('zhao.min', 'Zhaomin2026')
    const again: string[] = []
    for (let i = 0; i < 4; i++) again.push(await loginMessage('zhao.min', `Wrong${i}pass`))
    expect(again.at(-1)).toBe('用户名或密码不正确。再输错 1 次，账号将锁定 15 分钟。')
    expect((await loginOk('zhao.min', 'Zhaomin2026')).user.username).toBe('zhao.min')
  }, 30_000)

  it('the time it names is when the lock really ends: trying just after it works', async () => {
    await createAccount('zhao.min', 'Zhaomin2026')
    base.advance(30_000) // the fifth wrong password at 09:00:30
    let message = ''
    for (let i = 0; i < 5; i++) message = await loginMessage('zhao.min', `Wrong${i}pass`)
    expect(message).toMatch(/请于 \d\d:\d\d 后再试/)
    // “请于 HH:mm 后再试”: one second after that minute began, the account must open again.
    base.advance(namedInstant(message) + 1000 - (START + 30_000))
    const result = await login('zhao.min', 'Zhaomin2026')
    expect(result.ok ? 'signed in' : result.error.message).toBe('signed in')
  }, 30_000)
})

describe('空闲锁定', () => {
  it('after 10 idle minutes the next call answers LOCKED; activity restarts the count', async () => {
    base.advance(10 * MINUTE - 1000)
    await base.ok('organization.list', {})
    base.advance(10 * MINUTE - 1000)
    await base.ok('organization.list', {})
    base.advance(10 * MINUTE + 1000)
    expect(await base.err('organization.list', {})).toMatchObject({
      code: 'LOCKED',
      message: '双核已锁定，请输入密码解锁后继续。',
    })
    expect((await base.err('auth.touch', {})).code).toBe('LOCKED')
    expect((await base.err('account.create', {})).code).toBe('LOCKED')
    expect((await base.ok('auth.status', {})).session).toMatchObject({
      locked: true,
      user: { username: 'admin' },
    })
  })

  it('a status check is not activity', async () => {
    base.advance(9 * MINUTE)
    expect((await base.ok('auth.status', {})).session?.locked).toBe(false)
    base.advance(2 * MINUTE)
    expect((await base.err('organization.list', {})).code).toBe('LOCKED')
  })

  it('unlocking: a wrong password fails and keeps it locked; the right one opens it again', async () => {
    base.advance(10 * MINUTE + 1000)
    expect((await base.err('organization.list', {})).code).toBe('LOCKED')
    const wrong = await base.err('auth.unlock', { password: 'NotMine2026' })
    expect(wrong.code).toBe('VALIDATION')
    expect(wrong.fields?.password?.message).toBe('密码不正确，未能解锁。')
    expect((await base.err('organization.list', {})).code).toBe('LOCKED')
    const unlocked = await base.ok('auth.unlock', { password: ADMIN.password })
    expect(unlocked).toMatchObject({ locked: false, user: { username: 'admin' } })
    expect((await base.ok('organization.list', {})).total).toBe(0)
    // The wrong unlock counted like a wrong login.
    expect(auditRows("channel = 'auth.unlock'").map((r) => json(r.after_json))).toEqual([
      { event: 'passwordRejected', username: 'admin', failures: 1, locked: false },
    ])
  })

  it('a right unlock ends a run of wrong ones: misses spread over the day never lock the account', async () => {
    for (let round = 0; round < 3; round++) {
      await base.ok('auth.lock', {})
      for (let i = 0; i < 4; i++) await base.err('auth.unlock', { password: 'NotMine2026' })
      expect((await base.ok('auth.unlock', { password: ADMIN.password })).locked).toBe(false)
    }
    // Twelve wrong passwords in all, never five in a row: still signed in, and the account is not locked.
    expect((await base.ok('organization.list', {})).total).toBe(0)
    expect((await base.ok('account.list', {}))[0]).toMatchObject({
      username: 'admin',
      lockedUntil: null,
      failedAttempts: 0,
    })
  })

  it('系统设置 changes the idle limit', async () => {
    const settings = await base.ok('system.updateSettings', {
      idleLockMinutes: 1,
      backupKeepDaily: 7,
      backupKeepMonthly: 12,
    })
    expect(settings.idleLockMinutes).toBe(1)
    expect((await base.ok('auth.touch', {})).idleLockMinutes).toBe(1)
    base.advance(59_000)
    await base.ok('organization.list', {})
    base.advance(61_000)
    expect((await base.err('organization.list', {})).code).toBe('LOCKED')
  })

  it('auth.lock locks at once; a locked session may still ask its status and log out', async () => {
    const locked = await base.ok('auth.lock', {})
    expect(locked.session?.locked).toBe(true)
    expect((await base.err('organization.list', {})).code).toBe('LOCKED')
    expect((await base.err('auth.lock', {})).code).toBe('LOCKED')
    expect((await base.ok('auth.status', {})).session?.locked).toBe(true)
    const out = await base.ok('auth.logout', {})
    expect(out).toMatchObject({ initialized: true, session: null })
    expect((await base.ok('auth.status', {})).session).toBeNull()
    expect((await base.err('organization.list', {})).code).toBe('UNAUTHENTICATED')
  })
})

describe('密码的存储', () => {
  it('stores salted hashes only, and no audit row holds a password or a hash', async () => {
    const same = 'Same2026pass'
    const one = await createAccount('li.one', same)
    const two = await createAccount('li.two', same)
    const rows = base.db
      .prepare('SELECT id, password_hash, password_salt FROM app_user WHERE id IN (?, ?) ORDER BY id')
      .all(one.id, two.id) as { id: number; password_hash: string; password_salt: string }[]
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^[0-9a-f]{128}$/)
      expect(row.password_hash).not.toContain(same)
      expect(row.password_hash).not.toContain(Buffer.from(same).toString('hex'))
    }
    expect(rows[0]!.password_hash).not.toBe(rows[1]!.password_hash)
    expect(rows[0]!.password_salt).not.toBe(rows[1]!.password_salt)

    // Every way a password passes through the core.
    const typed = [same, 'WrongGuess1', 'Li2026changed', 'Reset2026li', 'Unlock9wrong', ADMIN.password]
    await loginMessage('li.one', 'WrongGuess1')
    const session = await loginOk('li.one', same)
    const li = callerFor(base.app, { session: session.token })
    await li.ok('account.changePassword', { currentPassword: same, newPassword: 'Li2026changed' })
    await li.ok('auth.lock', {})
    await li.err('auth.unlock', { password: 'Unlock9wrong' })
    await li.ok('auth.unlock', { password: 'Li2026changed' })
    await base.ok('account.resetPassword', { id: two.id, password: 'Reset2026li' })

    const secrets = new Set(typed)
    for (const r of base.db.prepare('SELECT password_hash, password_salt FROM app_user').all() as {
      password_hash: string
      password_salt: string
    }[]) {
      secrets.add(r.password_hash)
      secrets.add(r.password_salt)
    }
    for (const r of rows) {
      secrets.add(r.password_hash)
      secrets.add(r.password_salt)
    }
    const audit = auditRows()
    expect(audit.length).toBeGreaterThan(8)
    const text = JSON.stringify(audit)
    for (const secret of secrets)
      expect(text, 'audit_log must not contain a password or hash').not.toContain(secret)
    // Nor do the accounts the administrator sees.
    const accounts = await base.ok('account.list', {})
    for (const secret of secrets) expect(JSON.stringify(accounts)).not.toContain(secret)
    for (const account of accounts)
      expect(Object.keys(account).join()).not.toMatch(/hash|salt|^password|,password/i)
  }, 30_000)
})

describe('新增账号', () => {
  it('requires 8 characters with letters and digits, and writes nothing otherwise', async () => {
    const users = count(base.db, 'app_user')
    const attempt = (password: string) =>
      base.err('account.create', { username: 'sun.li', displayName: '孙丽', roles: ['mentor'], password })
    expect((await attempt('Ab12345')).fields?.password?.message).toBe('密码至少 8 位。')
    expect((await attempt('abcdefgh')).fields?.password?.message).toBe('密码须同时包含字母和数字。')
    expect((await attempt('12345678')).fields?.password?.message).toBe('密码须同时包含字母和数字。')
    expect(count(base.db, 'app_user')).toBe(users)
    const created = await base.ok('account.create', {
      username: 'sun.li',
      displayName: '孙丽',
      roles: ['mentor'],
      password: 'Abc12345',
    })
    expect(created).toMatchObject({
      username: 'sun.li',
      roles: ['mentor'],
      active: true,
      mustChangePassword: true,
    })
  })

  it('refuses a username already taken, whatever its case, naming it', async () => {
    await createAccount('Zhang.San', 'Zhang2026')
    const users = count(base.db, 'app_user')
    const error = await base.err('account.create', {
      username: 'zhang.san',
      displayName: '另一个张三',
      roles: ['mentor'],
      password: 'Other2026',
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.username?.message).toBe('用户名“zhang.san”已被使用，请换一个。')
    expect(
      (
        await base.err('account.create', {
          username: 'ADMIN',
          displayName: '管',
          roles: ['admin'],
          password: 'Admin2027',
        })
      ).fields?.username?.message,
    ).toBe('用户名“ADMIN”已被使用，请换一个。')
    expect(count(base.db, 'app_user')).toBe(users)
  })

  it('a new account must change its initial password before doing anything else', async () => {
    await createAccount('qian.jin', 'Initial2026')
    const first = await loginOk('qian.jin', 'Initial2026')
    expect(first.user.mustChangePassword).toBe(true)
    const qian = callerFor(base.app, { session: first.token })
    for (const channel of ['organization.list', 'system.status', 'organization.filterOptions'] as const) {
      expect(await qian.err(channel, {})).toMatchObject({ code: 'FORBIDDEN', message: '请先修改初始密码。' })
    }
    expect((await qian.ok('auth.status', {})).session?.user.mustChangePassword).toBe(true)
    expect((await qian.ok('auth.touch', {})).user.username).toBe('qian.jin')

    const wrong = await qian.err('account.changePassword', {
      currentPassword: 'Initial2025',
      newPassword: 'Qian2026new',
    })
    expect(wrong.fields?.currentPassword?.message).toBe('当前密码不正确，密码未修改。')
    const same = await qian.err('account.changePassword', {
      currentPassword: 'Initial2026',
      newPassword: 'Initial2026',
    })
    expect(same.fields?.newPassword?.message).toBe('新密码不能与当前密码相同。')
    const weak = await qian.err('account.changePassword', {
      currentPassword: 'Initial2026',
      newPassword: 'qianjinxx',
    })
    expect(weak.fields?.newPassword?.message).toBe('密码须同时包含字母和数字。')
    expect((await qian.err('organization.list', {})).message).toBe('请先修改初始密码。')

    const changed = await qian.ok('account.changePassword', {
      currentPassword: 'Initial2026',
      newPassword: 'Qian2026new',
    })
    expect(changed.user.mustChangePassword).toBe(false)
    expect((await qian.ok('organization.list', {})).total).toBe(0)
    expect(await loginMessage('qian.jin', 'Initial2026')).toMatch(/^用户名或密码不正确。/)
    expect((await loginOk('qian.jin', 'Qian2026new')).user.mustChangePassword).toBe(false)
    // The wrong current password counted towards the lockout, like any wrong password.
    expect(auditRows("channel = 'account.changePassword'").map((r) => json(r.after_json))).toEqual([
      { event: 'passwordRejected', username: 'qian.jin', failures: 1, locked: false },
      { event: 'passwordChanged' },
    ])
  }, 30_000)
})

describe('重置密码', () => {
  it("ends the account's sessions, lifts a lockout and forces a change at the next login", async () => {
    const { caller, id } = await signedIn('zhou.yu', ['mentor'])
    await base.ok('account.resetPassword', { id, password: 'Reset2026a' })
    expect((await caller.err('organization.list', {})).code).toBe('UNAUTHENTICATED')

    for (let i = 0; i < 5; i++) await loginMessage('zhou.yu', `Wrong${i}pass`)
    expect(await loginMessage('zhou.yu', 'Reset2026a')).toContain('已锁定')
    const reset = await base.ok('account.resetPassword', { id, password: 'Reset2026b' })
    expect(reset).toMatchObject({ failedAttempts: 0, lockedUntil: null, mustChangePassword: true })
    const next = await loginOk('zhou.yu', 'Reset2026b')
    expect(next.user.mustChangePassword).toBe(true)
    expect((await callerFor(base.app, { session: next.token }).err('organization.list', {})).message).toBe(
      '请先修改初始密码。',
    )

    const rows = auditRows("channel = 'account.resetPassword'")
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => r.actor)).toEqual([ADMIN.displayName, ADMIN.displayName])
    expect(json(rows[1]!.before_json)).toMatchObject({ username: 'zhou.yu', failedAttempts: 5 })
    expect((json(rows[1]!.before_json) as { lockedUntil: string | null }).lockedUntil).not.toBeNull()
    expect(json(rows[1]!.after_json)).toMatchObject({
      event: 'passwordReset',
      failedAttempts: 0,
      lockedUntil: null,
      mustChangePassword: true,
    })
  }, 30_000)
})

describe('编辑账号', () => {
  it("changing an account's roles ends its sessions; the new roles hold at the next login", async () => {
    const { caller, password, id } = await signedIn('wu.gang', ['mentor'])
    await base.ok('account.update', { id, displayName: '吴刚', roles: ['read_only'], active: true })
    expect((await caller.err('organization.list', {})).code).toBe('UNAUTHENTICATED')
    expect((await loginOk('wu.gang', password)).user).toMatchObject({
      displayName: '吴刚',
      roles: ['read_only'],
    })
    const row = auditRows("channel = 'account.update' AND entity_id = ?", id).at(-1)!
    expect(json(row.before_json)).toMatchObject({ roles: ['mentor'] })
    expect(json(row.after_json)).toMatchObject({ roles: ['read_only'], displayName: '吴刚' })
  }, 30_000)

  it('renaming an account without touching its roles leaves it signed in', async () => {
    // Roles in the order a form lists them (front_desk before branch_secretary), unchanged.
    const { caller, id } = await signedIn('ma.li', ['front_desk', 'branch_secretary'])
    await base.ok('account.update', {
      id,
      displayName: '马丽（前台）',
      roles: ['front_desk', 'branch_secretary'],
      active: true,
    })
    const status = await caller.ok('auth.status', {})
    expect(status.session?.user.displayName ?? 'signed out').toBe('马丽（前台）')
    expect((await caller.ok('organization.list', {})).total).toBe(0)
  }, 30_000)

  it('a deactivated account is signed out and cannot log in until reactivated', async () => {
    const { caller, password, id } = await signedIn('he.tao', ['mentor'])
    await base.ok('account.update', { id, displayName: '何涛', roles: ['mentor'], active: false })
    expect((await caller.err('organization.list', {})).code).toBe('UNAUTHENTICATED')
    expect(await login('he.tao', password)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '该账号已停用，请联系管理员。' },
    })
    const row = auditRows("channel = 'account.update' AND entity_id = ?", id).at(-1)!
    expect(json(row.before_json)).toMatchObject({ active: true })
    expect(json(row.after_json)).toMatchObject({ active: false })
    await base.ok('account.update', { id, displayName: '何涛', roles: ['mentor'], active: true })
    expect((await loginOk('he.tao', password)).user.displayName).toBe('何涛')
  }, 30_000)

  it('the last active administrator can neither be deactivated nor lose the admin role', async () => {
    const adminId = (await base.ok('account.list', {})).find((a) => a.username === 'admin')!.id
    const before = { users: count(base.db, 'app_user'), audit: count(base.db, 'audit_log') }
    const refusals = [
      { id: adminId, displayName: ADMIN.displayName, roles: ['admin'] as Role[], active: false },
      { id: adminId, displayName: ADMIN.displayName, roles: ['front_desk'] as Role[], active: true },
    ]
    for (const input of refusals) {
      expect(await base.err('account.update', input)).toMatchObject({
        code: 'CONFLICT',
        message: '至少要保留一个启用的管理员账号。',
      })
    }
    expect(count(base.db, 'audit_log')).toBe(before.audit)
    expect((await base.ok('account.list', {})).find((a) => a.id === adminId)).toMatchObject({
      active: true,
      roles: ['admin'],
    })
    // A second administrator, once inactive, does not count.
    const second = await createAccount('admin.two', 'Second2026', ['admin'])
    await base.ok('account.update', {
      id: second.id,
      displayName: '副管理员',
      roles: ['admin'],
      active: false,
    })
    expect((await base.err('account.update', refusals[0]!)).code).toBe('CONFLICT')
    await base.ok('account.update', {
      id: second.id,
      displayName: '副管理员',
      roles: ['admin'],
      active: true,
    })
    // With two active administrators, the other one may step down.
    const steppedDown = await base.ok('account.update', {
      id: second.id,
      displayName: '副管理员',
      roles: ['mentor'],
      active: true,
    })
    expect(steppedDown.roles).toEqual(['mentor'])
    expect(count(base.db, 'app_user')).toBe(before.users + 1)
  })

  it('creating and editing accounts writes audit rows with before and after', async () => {
    const created = await createAccount('lu.xin', 'Luxin2026', ['mentor'])
    await base.ok('account.update', {
      id: created.id,
      displayName: '陆鑫',
      roles: ['mentor', 'read_only'],
      active: true,
    })
    const rows = auditRows('entity = ? AND entity_id = ?', 'account', created.id)
    expect(rows.map((r) => r.channel)).toEqual(['account.create', 'account.update'])
    expect(rows.every((r) => r.actor === ADMIN.displayName && r.at.startsWith('2026-11-27T'))).toBe(true)
    expect(rows[0]!.before_json).toBeNull()
    expect(json(rows[0]!.after_json)).toMatchObject({
      username: 'lu.xin',
      displayName: 'lu.xin的名字',
      roles: ['mentor'],
      mustChangePassword: true,
    })
    expect(json(rows[1]!.before_json)).toMatchObject({ displayName: 'lu.xin的名字', roles: ['mentor'] })
    expect(json(rows[1]!.after_json)).toMatchObject({ displayName: '陆鑫', roles: ['mentor', 'read_only'] })
  })
})
