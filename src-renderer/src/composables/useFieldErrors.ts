import { reactive, ref } from 'vue'
import { ElMessage } from 'element-plus'
import type { Notice } from '@shared/errors'
import { ApiError } from '@/api'
import { useNotice } from './useNotice'

/** Field-level messages from the core, shown under each form item (`:error="fieldErrors.name"`). */
export function useFieldErrors() {
  const { text, errorText } = useNotice()
  const errors = reactive<Record<string, string>>({})
  const warnings = reactive<Record<string, string>>({})

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key]
    for (const key of Object.keys(warnings)) delete warnings[key]
  }

  function show(target: Record<string, string>, notices: Record<string, Notice> | undefined): void {
    for (const [field, n] of Object.entries(notices ?? {})) target[field] = text(n)
  }

  /** Show the error's field messages; true when it had any (so no toast is needed). */
  function apply(err: unknown): boolean {
    if (!(err instanceof ApiError)) return false
    clear()
    show(errors, err.error.fields)
    show(warnings, err.error.warnings)
    return Object.keys(errors).length > 0
  }

  const busy = ref(false)
  /**
   * Runs a save: old messages cleared, the button busy meanwhile; field errors go under their fields and any
   * other refusal into a message. True when the work succeeded.
   */
  async function submit(work: () => Promise<void>): Promise<boolean> {
    busy.value = true
    clear()
    try {
      await work()
      return true
    } catch (err) {
      if (!apply(err)) ElMessage.error(errorText(err))
      return false
    } finally {
      busy.value = false
    }
  }

  return { errors, warnings, clear, show, apply, busy, submit }
}
