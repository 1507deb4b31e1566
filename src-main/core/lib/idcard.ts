// 公民身份号码 (GB 11643-1999), and how personal numbers are shown masked (domain.md §5).
import type { Gender } from '../../shared/enums'
import type { MessageKey, MessageParams } from '../../shared/messages'
import { isRealDate } from '../../shared/schemas'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type IdNumberCheck =
  | { ok: true; value: string; birthDate: string; gender: Gender }
  | { ok: false; key: MessageKey; params?: MessageParams }

export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS.charAt(sum % 11)
}

/** Checks an 18-character number; a lower-case x is accepted as X. */
export function checkIdNumber(raw: string, today: string): IdNumberCheck {
  const value = raw.replace(/\s+/g, '').toUpperCase()
  if (value.length !== 18) return { ok: false, key: 'member.idLength', params: { length: value.length } }
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, key: 'member.idFormat' }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (!isRealDate(birthDate)) return { ok: false, key: 'member.idBirthDate', params: { date: birthDate } }
  if (birthDate > today) return { ok: false, key: 'member.idFuture', params: { date: birthDate } }
  const expected = idCheckChar(value.slice(0, 17))
  const actual = value.charAt(17)
  if (expected !== actual) return { ok: false, key: 'member.idCheckChar', params: { expected, actual } }
  return { ok: true, value, birthDate, gender: Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female' }
}

/** First 3 and last 4 shown: `370***********1239`. */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length)
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
}

/** Mobiles as `135****2210`; other numbers keep their first 3 and last 4 characters. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\s+/g, '')
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  if (digits.length <= 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}
