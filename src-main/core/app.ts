// createApp: the registry of handlers and the one `dispatch` both transports call.
import type { z } from 'zod'
import { CHANNELS, isChannel, type Channel } from '../shared/channels'
import { inputSchemas, type ChannelOutput } from '../shared/contract'
import type { SystemSettings } from '../shared/entities'
import type { AppError, Notice, Result } from '../shared/errors'
import type { MessageKey } from '../shared/messages'
import type { Database } from './db/open'
import type { Clock } from './lib/clock'
import {
  ANONYMOUS,
  actorCan,
  type Actor,
  type AuditEntry,
  type HandlerEnv,
  type HostServices,
  type RequestContext,
} from './context'
import { DomainError, notice } from './errors'
import type { Handler, HandlerMap } from './registry'
import { accountHandlers, actorOf } from './auth/handlers'
import { findUser, rolesOf } from './auth/repository'
import { SessionStore, type Session } from './auth/sessions'
import { auditHandlers } from './audit/handlers'
import { backupHandlers } from './backup/handlers'
import { memberHandlers } from './members/handlers'
import { spaceHandlers } from './space/handlers'
import { allocationHandlers } from './space/allocations'
import { bookingHandlers } from './space/bookings'
import { occupancyHandlers } from './space/occupancy'
import { mentorHandlers } from './mentoring/mentors'
import { planHandlers } from './mentoring/plan'
import { sessionHandlers } from './mentoring/sessions'
import { statsHandlers } from './mentoring/stats'
import { organizationHandlers } from './organizations/handlers'
import { systemHandlers } from './system/handlers'
import { readSettings } from './system/settings'
import { meetingHandlers } from './branch/meetings'
import { complianceHandlers } from './branch/compliance'
import { developmentHandlers } from './branch/development'
import { duesHandlers } from './branch/dues'
import { branchProfileHandlers } from './branch/profile'
import { organizationPartyHandlers } from './coverage/organizationParty'
import { crossPostHandlers } from './coverage/crossPosts'
import { recordsHandlers } from './organizations/records'
import { honourHandlers } from './organizations/honours'
import { ratingsOverviewHandlers } from './organizations/ratingsOverview'
import { sixSyncHandlers } from './coverage/sixSync'
import { coverageRateHandlers } from './coverage/rates'
import { serviceProjectHandlers } from './projects/serviceProjects'
import { ventureHandlers } from './projects/venture'
import { fundHandlers } from './projects/funds'
import { dashboardHandlers } from './dashboard/summary'
import { searchHandlers } from './dashboard/search'
import { reminderHandlers } from './reminders/queue'
import { importHandlers } from './imports/handlers'
import { listExportHandlers } from './exports/listExports'
import { reportHandlers } from './reports/handlers'

const DOMAINS: readonly HandlerMap[] = [
  accountHandlers,
  systemHandlers,
  auditHandlers,
  backupHandlers,
  organizationHandlers,
  memberHandlers,
  spaceHandlers,
  allocationHandlers,
  bookingHandlers,
  occupancyHandlers,
  mentorHandlers,
  sessionHandlers,
  planHandlers,
  statsHandlers,
  meetingHandlers,
  complianceHandlers,
  developmentHandlers,
  duesHandlers,
  branchProfileHandlers,
  organizationPartyHandlers,
  crossPostHandlers,
  recordsHandlers,
  honourHandlers,
  ratingsOverviewHandlers,
  sixSyncHandlers,
  coverageRateHandlers,
  serviceProjectHandlers,
  ventureHandlers,
  fundHandlers,
  dashboardHandlers,
  searchHandlers,
  reminderHandlers,
  importHandlers,
  listExportHandlers,
  reportHandlers,
]

/** A result now, or a promise of one: callers `await` it either way. */
export type MaybePromise<T> = T | Promise<T>

export interface App {
  dispatch<C extends Channel>(
    ctx: RequestContext,
    channel: C,
    input: unknown,
  ): MaybePromise<Result<ChannelOutput<C>>>
  dispatch(ctx: RequestContext, channel: string, input: unknown): MaybePromise<Result<unknown>>
  readonly channels: readonly Channel[]
  readonly db: Database
  readonly clock: Clock
  readonly sessions: SessionStore
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

/** The permission each channel declares, for the permissions test and the UI. */
export function channelPermissions(): Record<Channel, Handler<Channel>['permission']> {
  const registry = buildRegistry()
  return Object.fromEntries(CHANNELS.map((c) => [c, registry.get(c)?.permission])) as Record<
    Channel,
    Handler<Channel>['permission']
  >
}

const isMessageKey = (s: string): s is MessageKey => /^[a-z][A-Za-z]*\.[A-Za-z]+$/.test(s)

/** Turn zod's issues into field notices (by first path segment) or one BAD_INPUT error. */
export function inputError(error: z.ZodError): AppError {
  const fields: Record<string, Notice> = {}
  const loose: string[] = []
  for (const issue of error.issues) {
    // A field of a row in a list (`actionItems.0.title`) is named in full; an item of a plain list by its list.
    const field =
      issue.path.length >= 3 && typeof issue.path[0] === 'string' ? issue.path.join('.') : issue.path[0]
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

const failure = (code: AppError['code'], key: MessageKey): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, ...notice(key) },
})

export interface AppOptions {
  db: Database
  clock: Clock
  /** Backups and restore, when a host owns the database file. */
  services?: HostServices
  /** The folder attachments are copied into; without one, attachments cannot be added. */
  attachmentsDir?: string
  /** The program's `resources/` folder (import templates). */
  resourcesDir?: string
}

export function createApp(options: AppOptions): App {
  const { db, clock } = options
  const registry = buildRegistry()
  const sessions = new SessionStore(clock.nowMs)
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (at, actor, actor_id, channel, entity, entity_id, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  let settingsCache: SystemSettings | null = null
  const settings = (): SystemSettings => (settingsCache ??= readSettings(db))

  function writeAudit(actor: Actor, channel: Channel, e: AuditEntry): void {
    insertAudit.run(
      clock.timestamp(),
      actor.name,
      actor.userId,
      channel,
      e.entity,
      e.entityId,
      e.before == null ? null : JSON.stringify(e.before),
      e.after == null ? null : JSON.stringify(e.after),
    )
  }

  /** The caller, from the session its transport carried, or the trusted actor it named. */
  function identify(
    ctx: RequestContext,
    handler: Handler<Channel>,
  ): { actor: Actor; session: Session | null } | { ok: false; error: AppError } {
    if ('actor' in ctx) return { actor: ctx.actor, session: null }
    const session = sessions.find(ctx.session, settings().idleLockMinutes) ?? null
    if (!session) {
      return handler.permission === 'public'
        ? { actor: ANONYMOUS, session: null }
        : failure('UNAUTHENTICATED', 'common.unauthenticated')
    }
    if (!session.actor) {
      // Deactivating an account ends its sessions, so a cached actor is always an active one.
      const user = findUser(db, session.userId)
      if (!user || user.active !== 1) {
        sessions.close(session.token)
        return handler.permission === 'public'
          ? { actor: ANONYMOUS, session: null }
          : failure('UNAUTHENTICATED', 'common.unauthenticated')
      }
      session.actor = actorOf(user, rolesOf(db, user.id))
    }
    if (session.locked && !handler.allowLocked) return failure('LOCKED', 'common.locked')
    const actor = session.actor
    if (actor.mustChangePassword && !handler.allowBeforePasswordChange) {
      return failure('FORBIDDEN', 'account.mustChangePassword')
    }
    return { actor, session }
  }

  /** An unexpected failure: the transaction rolled back; the caller gets a plain message, the log the detail. */
  function failed(channel: string, err: unknown): { ok: false; error: AppError } {
    if (err instanceof DomainError) return { ok: false, error: err.appError }
    console.error(`[core] ${channel} failed:`, err)
    return failure('INTERNAL', 'common.internal')
  }

  // Synchronous handlers answer synchronously (no promise, no extra turn of the event loop); asynchronous ones
  // (backups, restore) with a promise. Callers `await` either.
  function dispatch(
    ctx: RequestContext,
    channel: string,
    input: unknown,
  ): Result<unknown> | Promise<Result<unknown>> {
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
    if (!handler) return failure('UNKNOWN_CHANNEL', 'common.unknownChannel')
    try {
      const who = identify(ctx, handler)
      if ('error' in who) return who
      const { actor, session } = who
      const permitted =
        handler.permission === 'public' ||
        actor.permissions === 'all' ||
        (handler.permission === 'session' ? actor.userId !== null : actorCan(actor, handler.permission))
      if (!permitted) return failure('FORBIDDEN', 'common.forbidden')
      const parsed = inputSchemas[channel].safeParse(input ?? {})
      if (!parsed.success) return { ok: false, error: inputError(parsed.error) }

      const pending: AuditEntry[] = []
      const env: HandlerEnv = {
        db,
        clock,
        actor,
        channel,
        audit: handler.write ? (entry) => pending.push(entry) : (entry) => writeAudit(actor, channel, entry),
        sessions,
        session,
        settings,
        reloadSettings: () => (settingsCache = null),
        services: options.services ?? null,
        attachmentsDir: options.attachmentsDir ?? null,
        resourcesDir: options.resourcesDir ?? null,
      }
      if (session && !session.locked && !handler.passive) sessions.touch(session)
      if (!handler.write) {
        const run = handler.run as (env: HandlerEnv, input: unknown) => unknown
        const out = run(env, parsed.data)
        if (!(out instanceof Promise)) return { ok: true, data: out }
        return out.then(
          (data: unknown): Result<unknown> => ({ ok: true, data }),
          (err: unknown) => failed(channel, err),
        )
      }
      const run = handler.run as (env: HandlerEnv, input: unknown) => unknown
      const data = db
        .transaction(() => {
          const out = run(env, parsed.data)
          for (const e of pending) writeAudit(env.actor, channel, e)
          return out
        })
        .immediate()
      return { ok: true, data }
    } catch (err) {
      return failed(channel, err)
    }
  }

  return { dispatch, channels: CHANNELS, db, clock, sessions }
}
