// 登录、锁定、账号: sessions, the lockout after five wrong passwords, and account administration.
import type { AuthStatus, SessionInfo } from '../../shared/entities'
import type { Role } from '../../shared/enums'
import type { Actor, HandlerEnv } from '../context'
import { DomainError, fail, notice } from '../errors'
import { localTime } from '../lib/clock'
import { defineHandlers } from '../registry'
import { readSetting } from '../system/settings'
import { hashPassword, passwordProblem, verifyPassword } from './passwords'
import {
  activeAdminIds,
  clearExpiredLock,
  clearFailures,
  countUsers,
  findUser,
  findUserByName,
  insertUser,
  listUsers,
  recordLoginFailure,
  recordLoginSuccess,
  rolesOf,
  setPassword,
  toAccount,
  updateUser,
  type UserRow,
} from './repository'
import { permissionsOf } from './roles'
import type { Session } from './sessions'

export const MAX_FAILED_LOGINS = 5
export const LOCKOUT_MINUTES = 15

/** Compared against when the username is unknown, so that both answers take as long. */
const DUMMY_HASH = hashPassword('dummy-password-0')

export function actorOf(user: UserRow, roles: Role[]): Actor {
  return {
    userId: user.id,
    name: user.display_name,
    roles,
    permissions: permissionsOf(roles),
    mustChangePassword: user.must_change_password === 1,
  }
}

export function sessionInfo(env: Pick<HandlerEnv, 'db' | 'settings'>, session: Session): SessionInfo {
  const user = findUser(env.db, session.userId)
  if (!user) fail('UNAUTHENTICATED', 'common.unauthenticated')
  const roles = rolesOf(env.db, user.id)
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      roles,
      permissions: [...permissionsOf(roles)].sort(),
      mustChangePassword: user.must_change_password === 1,
    },
    locked: session.locked,
    idleLockMinutes: env.settings().idleLockMinutes,
  }
}

function status(env: HandlerEnv): AuthStatus {
  const base = readSetting(env.db, 'base')
  return {
    initialized: base !== null && countUsers(env.db) > 0,
    baseName: base?.baseName ?? null,
    session: env.session ? sessionInfo(env, env.session) : null,
  }
}

function requireSession(env: HandlerEnv): Session {
  if (!env.session) fail('UNAUTHENTICATED', 'common.unauthenticated')
  return env.session
}

function fieldError(
  field: string,
  key: Parameters<typeof notice>[0],
  params?: Record<string, string | number>,
): never {
  throw new DomainError({
    code: 'VALIDATION',
    ...notice('common.invalidFields', { count: 1 }),
    fields: { [field]: notice(key, params) },
  })
}

function checkNewPassword(field: string, password: string, username: string): void {
  const problem = passwordProblem(password, username)
  if (problem) fieldError(field, problem)
}

/**
 * Checks a password against an account, counting failures: the fifth in a row locks the account for
 * 15 minutes. Returns the account's row as it now stands.
 */
function checkPassword(env: HandlerEnv, row: UserRow, password: string, field: string): UserRow {
  const nowMs = env.clock.nowMs()
  const current = clearExpiredLock(env.db, row, nowMs)
  if (current.locked_until_ms !== null) {
    fail('FORBIDDEN', 'account.accountLocked', { until: lockEnds(current.locked_until_ms) })
  }
  if (verifyPassword(password, { hash: current.password_hash, salt: current.password_salt })) {
    if (current.failed_attempts > 0) clearFailures(env.db, current.id)
    return { ...current, failed_attempts: 0 }
  }
  const failures = current.failed_attempts + 1
  const lockUntil = failures >= MAX_FAILED_LOGINS ? nowMs + LOCKOUT_MINUTES * 60_000 : null
  recordLoginFailure(env.db, current.id, lockUntil)
  env.audit({
    entity: 'account',
    entityId: current.id,
    before: null,
    after: { event: 'passwordRejected', username: current.username, failures, locked: lockUntil !== null },
  })
  if (lockUntil !== null) {
    env.sessions.closeAllOf(current.id)
    fail('FORBIDDEN', 'account.accountLocked', { until: lockEnds(lockUntil) })
  }
  return fieldError(field, 'account.loginFailedRemaining', { remaining: MAX_FAILED_LOGINS - failures })
}

/** The end of a lock as `HH:mm`, rounded up: trying at the minute it names always works. */
function lockEnds(ms: number): string {
  return localTime(Math.ceil(ms / 60_000) * 60_000)
}

/** What a login attempt records of the typed name: only something shaped like a username (never a password typed into the wrong box). */
function typedName(username: string): string {
  return /^[A-Za-z0-9._-]{1,32}$/.test(username) ? username : '（格式不符的用户名）'
}

function accountView(env: HandlerEnv, id: number) {
  const row = findUser(env.db, id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return toAccount(row, rolesOf(env.db, id), env.clock.nowMs())
}

/** Refuses to leave the base without an active administrator. */
function keepAnAdmin(env: HandlerEnv, id: number, staysAdmin: boolean): void {
  if (staysAdmin) return
  const admins = activeAdminIds(env.db)
  if (admins.length === 1 && admins[0] === id) fail('CONFLICT', 'account.lastAdmin')
}

export const accountHandlers = defineHandlers({
  'auth.status': {
    permission: 'public',
    write: false,
    allowLocked: true,
    allowBeforePasswordChange: true,
    passive: true,
    run: (env) => status(env),
  },
  /** 登录. Wrong passwords count; five in a row lock the account for 15 minutes. */
  'auth.login': {
    permission: 'public',
    write: false,
    run: (env, { username, password }) => {
      const row = findUserByName(env.db, username)
      if (!row) {
        verifyPassword(password, DUMMY_HASH)
        env.audit({
          entity: 'account',
          entityId: null,
          before: null,
          after: { event: 'unknownUsername', username: typedName(username) },
        })
        return fieldError('password', 'account.loginFailed')
      }
      // The password first: a deactivated account says so only to someone who knows its password.
      const user = checkPassword(env, row, password, 'password')
      if (user.active !== 1) fail('FORBIDDEN', 'account.inactive')
      const at = env.clock.timestamp()
      recordLoginSuccess(env.db, user.id, at)
      if (env.session) env.sessions.close(env.session.token)
      const session = env.sessions.open(user.id)
      env.audit({
        entity: 'account',
        entityId: user.id,
        before: null,
        after: { event: 'login', username: user.username },
      })
      return { token: session.token, ...sessionInfo(env, session) }
    },
  },
  'auth.logout': {
    permission: 'session',
    write: false,
    allowLocked: true,
    allowBeforePasswordChange: true,
    run: (env) => {
      const session = requireSession(env)
      env.sessions.close(session.token)
      env.audit({ entity: 'account', entityId: session.userId, before: null, after: { event: 'logout' } })
      return status({ ...env, session: null })
    },
  },
  /** 锁定: by hand, or by the renderer when the idle time has passed. */
  'auth.lock': {
    permission: 'session',
    write: false,
    allowBeforePasswordChange: true,
    run: (env) => {
      requireSession(env).locked = true
      return status(env)
    },
  },
  'auth.unlock': {
    permission: 'session',
    write: false,
    allowLocked: true,
    allowBeforePasswordChange: true,
    run: (env, { password }) => {
      const session = requireSession(env)
      const row = findUser(env.db, session.userId)
      if (!row) fail('UNAUTHENTICATED', 'common.unauthenticated')
      try {
        checkPassword(env, row, password, 'password')
      } catch (err) {
        if (err instanceof DomainError && err.appError.code === 'VALIDATION') {
          fieldError('password', 'account.unlockWrongPassword')
        }
        throw err
      }
      session.locked = false
      env.sessions.touch(session)
      return sessionInfo(env, session)
    },
  },
  /** The renderer reports activity (typing, clicking) that made no other call. */
  'auth.touch': {
    permission: 'session',
    write: false,
    allowBeforePasswordChange: true,
    run: (env) => sessionInfo(env, requireSession(env)),
  },
  /** 修改密码 (one's own). Other sessions of the account are signed out. */
  'account.changePassword': {
    permission: 'session',
    // Not a plain write: a wrong current password must count towards the lockout even though it refuses.
    write: false,
    allowBeforePasswordChange: true,
    run: (env, { currentPassword, newPassword }) => {
      const session = requireSession(env)
      const row = findUser(env.db, session.userId)
      if (!row) fail('UNAUTHENTICATED', 'common.unauthenticated')
      try {
        checkPassword(env, row, currentPassword, 'currentPassword')
      } catch (err) {
        if (err instanceof DomainError && err.appError.code === 'VALIDATION') {
          fieldError('currentPassword', 'account.currentPasswordWrong')
        }
        throw err
      }
      checkNewPassword('newPassword', newPassword, row.username)
      if (newPassword === currentPassword) fieldError('newPassword', 'account.samePassword')
      const hash = hashPassword(newPassword)
      env.db.transaction(() => {
        setPassword(env.db, row.id, hash, false)
        env.audit({ entity: 'account', entityId: row.id, before: null, after: { event: 'passwordChanged' } })
      })()
      env.sessions.closeAllOf(row.id, session.token)
      env.sessions.forget(row.id)
      return sessionInfo(env, session)
    },
  },
  'account.list': {
    permission: 'account.manage',
    write: false,
    run: (env) => listUsers(env.db).map(({ row, roles }) => toAccount(row, roles, env.clock.nowMs())),
  },
  /** 新增账号 with an initial password the user must change at the first login. */
  'account.create': {
    permission: 'account.manage',
    write: true,
    run: (env, input) => {
      if (findUserByName(env.db, input.username))
        fieldError('username', 'account.usernameTaken', { username: input.username })
      checkNewPassword('password', input.password, input.username)
      const id = insertUser(
        env.db,
        { ...input, password: hashPassword(input.password), mustChange: true },
        env.clock.timestamp(),
      )
      const after = accountView(env, id)
      env.audit({ entity: 'account', entityId: id, before: null, after })
      return after
    },
  },
  'account.update': {
    permission: 'account.manage',
    write: true,
    run: (env, { id, displayName, roles, active }) => {
      const before = accountView(env, id)
      keepAnAdmin(env, id, active && roles.includes('admin'))
      updateUser(env.db, id, displayName, active, roles)
      // New roles or a deactivation take effect at once: the account's sessions end.
      if (!active || [...new Set(roles)].sort().join() !== before.roles.join()) {
        env.sessions.closeAllOf(id, id === env.actor.userId ? env.session?.token : undefined)
      }
      env.sessions.forget(id)
      const after = accountView(env, id)
      env.audit({ entity: 'account', entityId: id, before, after })
      return after
    },
  },
  /** 重置密码: a new initial password, the lock lifted, the account's sessions ended. */
  'account.resetPassword': {
    permission: 'account.manage',
    write: true,
    run: (env, { id, password }) => {
      const before = accountView(env, id)
      checkNewPassword('password', password, before.username)
      setPassword(env.db, id, hashPassword(password), true)
      env.sessions.closeAllOf(id)
      const after = accountView(env, id)
      env.audit({ entity: 'account', entityId: id, before, after: { ...after, event: 'passwordReset' } })
      return after
    },
  },
})
