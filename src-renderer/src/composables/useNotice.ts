import { useI18n } from 'vue-i18n'
import type { Notice } from '@shared/errors'
import { ENUM_PARAMS } from '@shared/messages'
import { ApiError } from '@/api'

/** Translate a notice from the core into the user's language, falling back to its zh-CN text. */
export function useNotice() {
  const i18n = useI18n()
  function text(n: Notice): string {
    const key = `errors.${n.key}`
    if (!i18n.te(key)) return n.message
    // Codes in parameters (维修 / 停用, unit types …) are shown in the user's language.
    const params: Record<string, unknown> = { at: '@' }
    for (const [name, value] of Object.entries(n.params ?? {})) {
      const group = ENUM_PARAMS[name]
      const label = group ? `enums.${group}.${String(value)}` : null
      params[name] = label && i18n.te(label) ? i18n.t(label) : value
    }
    return i18n.t(key, params)
  }
  function errorText(err: unknown): string {
    if (err instanceof ApiError) return text(err.error)
    return err instanceof Error ? err.message : String(err)
  }
  return { text, errorText }
}
