// 账号 storage. Rows carry the hash and salt; entities never do.
import type { Role } from '../../shared/enums'
import type { Account } from '../../shared/entities'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import type { PasswordHash } from './passwords'

export interface UserRow {
  id: number
  username: string
  display_name: string
  password_hash: string
  password_salt: string
  active: number
  must_change_password: number
  failed_attempts: number
  locked_until_ms: number | null
  last_login_at: string | null
  created_at: string
}

const s = cached((db: Database) => ({
  byId: db.prepare<[number], UserRow>('SELECT * FROM app_user WHERE id = ?'),
  byUsername: db.prepare<[string], UserRow>('SELECT * FROM app_user WHERE username = ? COLLATE NOCASE'),
  all: db.prepare<[], UserRow>('SELECT * FROM app_user ORDER BY active DESC, username COLLATE NOCASE'),
  count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM app_user'),
  rolesOf: db.prepare<[number], { role: Role }>(
    'SELECT role FROM app_user_role WHERE user_id = ? ORDER BY role',
  ),
  allRoles: db.prepare<[], { user_id: number; role: Role }>('SELECT user_id, role FROM app_user_role'),
  deleteRoles: db.prepare<[number]>('DELETE FROM app_user_role WHERE user_id = ?'),
  insertRole: db.prepare<[number, string]>('INSERT INTO app_user_role (user_id, role) VALUES (?, ?)'),
  activeAdmins: db.prepare<[], { id: number }>(
    `SELECT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id AND r.role = 'admin' WHERE u.active = 1`,
  ),
  insert: db.prepare(
    `INSERT INTO app_user (username, display_name, password_hash, password_salt, active, must_change_password, created_at)
     VALUES (@username, @displayName, @hash, @salt, 1, @mustChange, @at)`,
  ),
  update: db.prepare<[string, number, number]>(
    'UPDATE app_user SET display_name = ?, active = ? WHERE id = ?',
  ),
  setPassword: db.prepare<[string, string, number, number]>(
    `UPDATE app_user SET password_hash = ?, password_salt = ?, must_change_password = ?, failed_attempts = 0,
       locked_until_ms = NULL WHERE id = ?`,
  ),
  loginFailed: db.prepare<[number | null, number]>(
    'UPDATE app_user SET failed_attempts = failed_attempts + 1, locked_until_ms = ? WHERE id = ?',
  ),
  resetFailures: db.prepare<[number]>(
    'UPDATE app_user SET failed_attempts = 0, locked_until_ms = NULL WHERE id = ?',
  ),
  loginSucceeded: db.prepare<[string, number]>(
    'UPDATE app_user SET failed_attempts = 0, locked_until_ms = NULL, last_login_at = ? WHERE id = ?',
  ),
}))

export function toAccount(row: UserRow, roles: Role[], nowMs: number): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles,
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
    failedAttempts: row.failed_attempts,
    lockedUntil:
      row.locked_until_ms !== null && row.locked_until_ms > nowMs
        ? new Date(row.locked_until_ms).toISOString()
        : null,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  }
}

export const findUser = (db: Database, id: number) => s(db).byId.get(id)
export const findUserByName = (db: Database, username: string) => s(db).byUsername.get(username)
export const rolesOf = (db: Database, id: number): Role[] =>
  s(db)
    .rolesOf.all(id)
    .map((r) => r.role)
export const countUsers = (db: Database): number => s(db).count.get()?.n ?? 0
export const activeAdminIds = (db: Database): number[] =>
  s(db)
    .activeAdmins.all()
    .map((r) => r.id)

export function listUsers(db: Database): { row: UserRow; roles: Role[] }[] {
  const roles = new Map<number, Role[]>()
  for (const r of s(db).allRoles.all()) roles.set(r.user_id, [...(roles.get(r.user_id) ?? []), r.role])
  return s(db)
    .all.all()
    .map((row) => ({ row, roles: (roles.get(row.id) ?? []).sort() }))
}

export function insertUser(
  db: Database,
  user: {
    username: string
    displayName: string
    roles: readonly Role[]
    password: PasswordHash
    mustChange: boolean
  },
  at: string,
): number {
  const id = Number(
    s(db).insert.run({
      username: user.username,
      displayName: user.displayName,
      hash: user.password.hash,
      salt: user.password.salt,
      mustChange: user.mustChange ? 1 : 0,
      at,
    }).lastInsertRowid,
  )
  setRoles(db, id, user.roles)
  return id
}

export function updateUser(
  db: Database,
  id: number,
  displayName: string,
  active: boolean,
  roles: readonly Role[],
): void {
  s(db).update.run(displayName, active ? 1 : 0, id)
  setRoles(db, id, roles)
}

function setRoles(db: Database, id: number, roles: readonly Role[]): void {
  s(db).deleteRoles.run(id)
  for (const role of new Set(roles)) s(db).insertRole.run(id, role)
}

export function setPassword(db: Database, id: number, password: PasswordHash, mustChange: boolean): void {
  s(db).setPassword.run(password.hash, password.salt, mustChange ? 1 : 0, id)
}

export function recordLoginFailure(db: Database, id: number, lockedUntilMs: number | null): void {
  s(db).loginFailed.run(lockedUntilMs, id)
}

/** A right password ends a run of wrong ones: the lockout counts failures in a row. */
export function clearFailures(db: Database, id: number): void {
  s(db).resetFailures.run(id)
}

/** A lock that has run out is forgotten, with its count: the next five tries start afresh. */
export function clearExpiredLock(db: Database, row: UserRow, nowMs: number): UserRow {
  if (row.locked_until_ms === null || row.locked_until_ms > nowMs) return row
  s(db).resetFailures.run(row.id)
  return { ...row, failed_attempts: 0, locked_until_ms: null }
}

export function recordLoginSuccess(db: Database, id: number, at: string): void {
  s(db).loginSucceeded.run(at, id)
}
