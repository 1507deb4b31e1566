import type { MessageKey, MessageParams } from './messages'

/** What went wrong, for code; the message says it for people. */
export const ERROR_CODES = [
  'BAD_INPUT', // the payload does not fit the channel's schema
  'VALIDATION', // fields break a rule; see `fields`
  'NEEDS_CONFIRMATION', // only warnings; resend with acceptWarnings: true
  'CONFLICT', // a duplicate or a rule about existing records
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED', // no valid session: log in
  'LOCKED', // the session was locked (idle or by hand): unlock with the password
  'UNKNOWN_CHANNEL',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** A message with its translation key; `message` is the zh-CN text. */
export interface Notice {
  key: MessageKey
  params?: MessageParams
  message: string
}

export interface AppError extends Notice {
  code: ErrorCode
  /** Field-level errors, keyed by the input's field name. */
  fields?: Record<string, Notice>
  /** Warnings the user may accept (code NEEDS_CONFIRMATION), keyed by field name. */
  warnings?: Record<string, Notice>
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError }
