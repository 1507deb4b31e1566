// Errors inside the core are thrown as DomainError and turned into values by dispatch; nothing else crosses.
import type { AppError, ErrorCode, Notice } from '../shared/errors'
import { formatMessage, type MessageKey, type MessageParams } from '../shared/messages'

export function notice(key: MessageKey, params?: MessageParams): Notice {
  return params ? { key, params, message: formatMessage(key, params) } : { key, message: formatMessage(key) }
}

export class DomainError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message)
    this.name = 'DomainError'
  }
}

export function fail(code: ErrorCode, key: MessageKey, params?: MessageParams): never {
  throw new DomainError({ code, ...notice(key, params) })
}

/** Refuses the request with these field errors (one message per field, under the field). */
export function invalid(fields: Record<string, Notice>): never {
  throw new DomainError({
    code: 'VALIDATION',
    ...notice('common.invalidFields', { count: Object.keys(fields).length }),
    fields,
  })
}

/** Refuses the request with one field's error. */
export function invalidField(field: string, key: MessageKey, params?: MessageParams): never {
  invalid({ [field]: notice(key, params) })
}

/** Field errors refuse the request; field warnings alone ask the user to confirm. */
export function failOnProblems(
  fields: Record<string, Notice>,
  warnings: Record<string, Notice>,
  acceptWarnings: boolean,
): void {
  const errorCount = Object.keys(fields).length
  if (errorCount > 0) {
    throw new DomainError({
      code: 'VALIDATION',
      ...notice('common.invalidFields', { count: errorCount }),
      fields,
      ...(Object.keys(warnings).length > 0 ? { warnings } : {}),
    })
  }
  const warningCount = Object.keys(warnings).length
  if (warningCount > 0 && !acceptWarnings) {
    throw new DomainError({
      code: 'NEEDS_CONFIRMATION',
      ...notice('common.needsConfirmation', { count: warningCount }),
      warnings,
    })
  }
}
