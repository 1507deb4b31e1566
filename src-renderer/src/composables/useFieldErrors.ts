import { reactive } from 'vue'
import type { Notice } from '@shared/errors'
import { ApiError } from '@/api'
import { useNotice } from './useNotice'

/** Field-level messages from the core, shown under each form item (`:error="fieldErrors.name"`). */
export function useFieldErrors() {
  const { text } = useNotice()
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

  return { errors, warnings, clear, show, apply }
}
