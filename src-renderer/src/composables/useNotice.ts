import { useI18n } from 'vue-i18n'
import type { Notice } from '@shared/errors'
import { ApiError } from '@/api'

/** Translate a notice from the core into the user's language, falling back to its zh-CN text. */
export function useNotice() {
  const i18n = useI18n()
  function text(n: Notice): string {
    const key = `errors.${n.key}`
    return i18n.te(key) ? i18n.t(key, { at: '@', ...(n.params ?? {}) }) : n.message
  }
  function errorText(err: unknown): string {
    if (err instanceof ApiError) return text(err.error)
    return err instanceof Error ? err.message : String(err)
  }
  return { text, errorText }
}
