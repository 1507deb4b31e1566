// Passwords: scrypt with a per-user random salt. Never stored, logged or returned in any readable form.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import type { MessageKey } from '../../shared/messages'

const KEY_LENGTH = 64
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

export interface PasswordHash {
  hash: string // hex
  salt: string // hex
}

export function hashPassword(password: string): PasswordHash {
  const salt = randomBytes(16)
  return {
    hash: scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, COST).toString('hex'),
    salt: salt.toString('hex'),
  }
}

export function verifyPassword(password: string, stored: PasswordHash): boolean {
  const expected = Buffer.from(stored.hash, 'hex')
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(stored.salt, 'hex'), expected.length, COST)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** The rules of a new password; the first one broken, or null. */
export function passwordProblem(password: string, username: string): MessageKey | null {
  if (password.length < 8) return 'account.passwordTooShort'
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'account.passwordWeak'
  if (password.toLowerCase() === username.toLowerCase()) return 'account.passwordSameAsUsername'
  return null
}
