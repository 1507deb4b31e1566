// createApp: the registry of handlers and the one `dispatch` both transports call.
import type { z } from 'zod'
import { CHANNELS, isChannel, type Channel } from '../shared/channels'
import { inputSchemas, type ChannelOutput } from '../shared/contract'
import type { AppError, Notice, Result } from '../shared/errors'
import type { MessageKey } from '../shared/messages'
import type { Database } from './db/open'
import type { Clock } from './lib/clock'
import type { AuditEntry, HandlerEnv, RequestContext } from './context'
import { DomainError, notice } from './errors'
import type { Handler, HandlerMap } from './registry'
import { organizationHandlers } from './organizations/handlers'
import { systemHandlers } from './system/handlers'

const DOMAINS: readonly HandlerMap[] = [systemHandlers, organizationHandlers]

export interface App {
  dispatch<C extends Channel>(ctx: RequestContext, channel: C, input: unknown): Result<ChannelOutput<C>>
  dispatch(ctx: RequestContext, channel: string, input: unknown): Result<unknown>
  readonly channels: readonly Channel[]
  readonly db: Database
  readonly clock: Clock
}

/** Merge the domains; a channel registered twice, or one without a handler, stops start-up. */
export function buildRegistry(domains: readonly HandlerMap[] = DOMAINS): Map<Channel, Handler<Channel>> {
  const registry = new Map<Channel, Handler<Channel>>()
  for (const domain of domains) {
    for (const [name, handler] of Object.entries(domain)) {
      if (!isChannel(name)) throw new Error(`Handler for undeclared channel "${name}"`)
      if (registry.has(name)) throw new Error(`Channel "${name}" is registered twice`)
      registry.set(name, handler)
    }
  }
  const missing = CHANNELS.filter((c) => !registry.has(c))
  if (missing.length > 0) throw new Error(`Channels without a handler: ${missing.join(', ')}`)
  return registry
}

const isMessageKey = (s: string): s is MessageKey => /^[a-z]+\.[A-Za-z]+$/.test(s)

/** Turn zod's issues into field notices (by first path segment) or one BAD_INPUT error. */
export function inputError(error: z.ZodError): AppError {
  const fields: Record<string, Notice> = {}
  const loose: string[] = []
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (typeof field !== 'string') {
      loose.push(issue.path.length ? `${issue.path.join('.')}: ${issue.code}` : issue.code)
      continue
    }
    if (fields[field]) continue
    if (isMessageKey(issue.message)) {
      fields[field] =
        issue.message === 'field.tooLong' && issue.code === 'too_big'
          ? notice('field.tooLong', { max: Number(issue.maximum) })
          : notice(issue.message)
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      fields[field] = notice('field.required')
    } else {
      fields[field] = notice('field.invalid')
    }
  }
  if (loose.length > 0 || Object.keys(fields).length === 0) {
    const detail = loose.concat(Object.keys(fields)).join('; ').slice(0, 200) || 'input'
    return { code: 'BAD_INPUT', ...notice('common.badInput', { detail }) }
  }
  return {
    code: 'VALIDATION',
    ...notice('common.invalidFields', { count: Object.keys(fields).length }),
    fields,
  }
}

export function createApp(options: { db: Database; clock: Clock }): App {
  const { db, clock } = options
  const registry = buildRegistry()
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (at, actor, channel, entity, entity_id, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )

  function dispatch(ctx: RequestContext, channel: string, input: unknown): Result<unknown> {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: {
          code: 'UNKNOWN_CHANNEL',
          ...notice('common.unknownChannel', { channel: String(channel).slice(0, 80) }),
        },
      }
    }
    const handler = registry.get(channel)
    if (!handler)
      return {
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', ...notice('common.unknownChannel', { channel }) },
      }
    const { actor } = ctx
    if (actor.permissions !== 'all' && !actor.permissions.has(handler.permission)) {
      return { ok: false, error: { code: 'FORBIDDEN', ...notice('common.forbidden') } }
    }
    const parsed = inputSchemas[channel].safeParse(input ?? {})
    if (!parsed.success) return { ok: false, error: inputError(parsed.error) }

    const pending: AuditEntry[] = []
    const env: HandlerEnv = { db, clock, actor, channel, audit: (entry) => pending.push(entry) }
    const run = handler.run as (env: HandlerEnv, input: unknown) => unknown
    try {
      if (!handler.write) return { ok: true, data: run(env, parsed.data) }
      const data = db
        .transaction(() => {
          const out = run(env, parsed.data)
          const at = clock.timestamp()
          for (const e of pending) {
            insertAudit.run(
              at,
              actor.name,
              channel,
              e.entity,
              e.entityId,
              e.before == null ? null : JSON.stringify(e.before),
              e.after == null ? null : JSON.stringify(e.after),
            )
          }
          return out
        })
        .immediate()
      return { ok: true, data }
    } catch (err) {
      if (err instanceof DomainError) return { ok: false, error: err.appError }
      // Unexpected: the transaction rolled back; the caller gets a plain message, the log the detail.
      console.error(`[core] ${channel} failed:`, err)
      return { ok: false, error: { code: 'INTERNAL', ...notice('common.internal') } }
    }
  }

  return { dispatch, channels: CHANNELS, db, clock }
}
