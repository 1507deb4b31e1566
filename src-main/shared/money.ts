// Money is integer 分 (domain §0): the one place 元 text becomes 分 and 分 becomes 元 text. Never a float.

/** 1,000,000 元: the largest amount accepted unless the caller says otherwise. */
export const DEFAULT_MAX_FEN = 100_000_000

export type YuanParse =
  { ok: true; fen: number } | { ok: false; reason: 'empty' | 'format' | 'decimals' | 'tooLarge' }

/**
 * An amount typed in 元 (`3200`, `3,200.5`, `97.50`, `￥97.50`) as integer 分: the one place the UI turns 元 into
 * 分. Digits are read as text, never through a float. More than 2 decimals, a sign or anything else is refused.
 */
export function yuanToFen(text: string, maxFen: number = DEFAULT_MAX_FEN): YuanParse {
  const cleaned = text
    .trim()
    .replace(/^[￥¥]\s*/, '')
    .replace(/[,，\s]/g, '')
  if (cleaned === '') return { ok: false, reason: 'empty' }
  const m = /^(\d+)(?:\.(\d*))?$/.exec(cleaned)
  if (!m) return { ok: false, reason: 'format' }
  const decimals = m[2] ?? ''
  if (decimals.length > 2) return { ok: false, reason: 'decimals' }
  const whole = (m[1] ?? '0').replace(/^0+(?=\d)/, '')
  // More digits than any accepted amount has: refused before the number could lose precision.
  if (whole.length > String(maxFen).length) return { ok: false, reason: 'tooLarge' }
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'))
  if (fen > maxFen) return { ok: false, reason: 'tooLarge' }
  return { ok: true, fen }
}

/** 分 as 元 with two decimals, `9750` → `97.50` (grouped: `1,234,567.00` with `grouped`). */
export function fenToYuan(fen: number, grouped = false): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const cents = String(abs % 100).padStart(2, '0')
  const whole = String((abs - (abs % 100)) / 100)
  return `${sign}${grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${cents}`
}
