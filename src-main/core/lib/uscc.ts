// 统一社会信用代码 (GB 32100-2015) and the embedded 组织机构代码 (GB 11714). See domain.md §1.
import type { MessageKey, MessageParams } from '../../shared/messages'

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const USCC_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
const FORBIDDEN_LETTERS = ['I', 'O', 'S', 'V', 'Z']

export interface UsccProblem {
  key: MessageKey
  params?: MessageParams
}

export type UsccCheck =
  { ok: false; code: string; error: UsccProblem } | { ok: true; code: string; warnings: UsccProblem[] }

/** Trim, drop inner spaces, upper-case. */
export function normalizeUscc(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

/** The check character for the first 17 characters (which must be valid alphabet characters). */
export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * (USCC_WEIGHTS[i] ?? 0)
  const c = 31 - (sum % 31)
  return USCC_ALPHABET.charAt(c === 31 ? 0 : c)
}

function orgCodeValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48
  return ch.charCodeAt(0) - 55 // A = 10 … Z = 35
}

/** The check character of an 8-character organisation-code body (GB 11714). */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += orgCodeValue(body8.charAt(i)) * (ORG_CODE_WEIGHTS[i] ?? 0)
  const c = 11 - (sum % 11)
  return c === 10 ? 'X' : c === 11 ? '0' : String(c)
}

/** Build a full valid code from its 17-character body, for demo data and tests. */
export function completeUscc(first17: string): string {
  return first17 + usccCheckChar(first17)
}

/**
 * Checks a code. Errors: length, letters I/O/S/V/Z by name, other bad characters, the division
 * block, the check character (saying which one was expected). Warning: the embedded org code's
 * check. Whether positions 1–2 fit the organisation's legal type is the organisation rules' business.
 */
export function checkUscc(raw: string): UsccCheck {
  const code = normalizeUscc(raw)
  const forbidden = FORBIDDEN_LETTERS.filter((l) => code.includes(l))
  if (forbidden.length > 0) {
    return {
      ok: false,
      code,
      error: { key: 'uscc.forbiddenLetters', params: { letters: forbidden.join('、') } },
    }
  }
  const badChars = [...new Set([...code].filter((ch) => !USCC_ALPHABET.includes(ch)))]
  if (badChars.length > 0) {
    return { ok: false, code, error: { key: 'uscc.badChars', params: { chars: badChars.join('') } } }
  }
  if (code.length !== 18) {
    return { ok: false, code, error: { key: 'uscc.length', params: { length: code.length } } }
  }
  if (!USCC_FORMAT.test(code)) {
    return { ok: false, code, error: { key: 'uscc.division' } }
  }
  const expected = usccCheckChar(code.slice(0, 17))
  const actual = code.charAt(17)
  if (expected !== actual) {
    return { ok: false, code, error: { key: 'uscc.checkChar', params: { expected, actual } } }
  }
  const warnings: UsccProblem[] = []
  const orgExpected = orgCodeCheckChar(code.slice(8, 16))
  const orgActual = code.charAt(16)
  if (orgExpected !== orgActual) {
    warnings.push({ key: 'uscc.orgCodeWarning', params: { expected: orgExpected, actual: orgActual } })
  }
  return { ok: true, code, warnings }
}
