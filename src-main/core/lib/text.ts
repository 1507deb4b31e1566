import { pinyin } from 'pinyin-pro'

/** The key two names are compared by for duplicates: no spaces, full-width brackets folded. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase()
}

/** Pinyin of a name for search: initials (`幸福来敲门` → `xflqm`) and the full spelling. */
export function namePinyin(name: string): { initials: string; full: string } {
  const clean = name.replace(/\s+/g, '')
  // One reading of the name (the slow part): the initials are the first letters of its syllables.
  const full = pinyin(clean, { toneType: 'none', type: 'array', v: true })
  const initials = full.map((syllable) => syllable.charAt(0))
  const letters = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
  return { initials: letters(initials), full: letters(full) }
}

/** Escape a user's text for a LIKE pattern with `ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}

/** 中国大陆 mobile (11 digits) or landline with area code, extension allowed. */
export function isPhone(value: string): boolean {
  const v = value.replace(/[\s]/g, '')
  return /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v) || /^400-?\d{3}-?\d{4}$/.test(v)
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
}
