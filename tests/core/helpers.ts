// A fresh database file per test, the real core on it, a fixed "today", and signed-in accounts.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Channel } from '../../src-main/shared/channels'
import type { ChannelInput, ChannelOutput } from '../../src-main/shared/contract'
import type { Role } from '../../src-main/shared/enums'
import type { AppError } from '../../src-main/shared/errors'
import { createApp, type App } from '../../src-main/core/app'
import type { RequestContext } from '../../src-main/core/context'
import { openDatabase, type Database } from '../../src-main/core/db/open'
import { createClock, type Clock } from '../../src-main/core/lib/clock'

/** The repository's `resources/` (import templates), as the transports hand the program's own to the core. */
export const RESOURCES_DIR = fileURLToPath(new URL('../../resources', import.meta.url))

export const ADMIN = { username: 'admin', displayName: '基地管理员', password: 'Admin2026' }

/** Calls channels as one caller. */
export interface Caller {
  ctx: RequestContext
  /** Calls a channel and returns its data; fails the test with the error when the call fails. */
  ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** Calls a channel that must fail and returns the error. */
  err(channel: Channel, input: unknown): Promise<AppError>
}

export interface TestBase extends Caller {
  app: App
  db: Database
  file: string
  dir: string
  clock: Clock
  /** Moves the clock's "now" forward (the date stays fixed). */
  advance(ms: number): void
  /** Turns "today" to another date (the time of day is unchanged). */
  setToday(date: string): void
  /** A signed-in account with these roles (created on first use). */
  as(roles: Role[], username?: string): Promise<Caller>
  anonymous: Caller
  close(): void
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'shuanghe-test-'))
}

export function callerFor(app: App, ctx: RequestContext): Caller {
  return {
    ctx,
    async ok(channel, input) {
      const result = await app.dispatch(ctx, channel, input)
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
      return result.data
    },
    async err(channel, input) {
      const result = await app.dispatch(ctx, channel, input)
      if (result.ok) throw new Error(`${channel} should have failed, got ${JSON.stringify(result.data)}`)
      return result.error
    },
  }
}

/**
 * A new database with the base set up by its administrator, who is signed in: `ok` and `err` call as them.
 * `setUp: false` leaves the first start to the test.
 */
export async function freshBase(options: { today?: string; setUp?: boolean } = {}): Promise<TestBase> {
  const dir = tempDir()
  const file = join(dir, 'test.db')
  const db = openDatabase(file)
  let now = Date.parse('2026-11-27T09:00:00+08:00')
  let today = options.today ?? '2026-11-27'
  const clock = createClock(
    () => today,
    () => now,
  )
  const app = createApp({ db, clock, attachmentsDir: join(dir, 'attachments'), resourcesDir: RESOURCES_DIR })
  const anonymous = callerFor(app, { session: null })
  let admin: Caller = anonymous
  if (options.setUp !== false) {
    const setup = await anonymous.ok('system.setup', {
      baseName: '测试孵化基地',
      totalAreaM2: 1400,
      adminUsername: ADMIN.username,
      adminDisplayName: ADMIN.displayName,
      adminPassword: ADMIN.password,
    })
    admin = callerFor(app, { session: setup.login.token })
  }
  const accounts = new Map<string, Caller>()
  return {
    ...admin,
    get ctx() {
      return admin.ctx
    },
    app,
    db,
    file,
    dir,
    clock,
    anonymous,
    advance: (ms) => void (now += ms),
    setToday: (date) => void (today = date),
    async as(roles, username = roles.join('-').replace(/_/g, '')) {
      const known = accounts.get(username)
      if (known) return known
      const password = `Pass${username}2026`
      await admin.ok('account.create', { username, displayName: `${username}用户`, roles, password })
      const first = await anonymous.ok('auth.login', { username, password })
      const newPassword = `${password}x`
      await callerFor(app, { session: first.token }).ok('account.changePassword', {
        currentPassword: password,
        newPassword,
      })
      const caller = callerFor(app, { session: first.token })
      accounts.set(username, caller)
      return caller
    },
    close() {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A valid, complete organisation draft; override what the test is about. */
export function orgDraft(
  overrides: Partial<ChannelInput<'organization.create'>> = {},
): ChannelInput<'organization.create'> {
  return {
    name: '烟台市福山区春风助老服务中心',
    shortName: '春风助老',
    uscc: '51370600MJD0000110',
    legalType: 'social_group',
    serviceAreas: ['elderly_orphan_sick_disabled'],
    contactPerson: '王海燕',
    contactPhone: '13512345678',
    stage: 'applied',
    stageDate: '2026-11-01',
    ...overrides,
  }
}

/** The editable profile of a draft, for organization.update. */
export function orgUpdate(
  id: number,
  overrides: Partial<ChannelInput<'organization.update'>> = {},
): ChannelInput<'organization.update'> {
  const { stage: _stage, stageDate: _stageDate, ...profile } = orgDraft()
  return { ...profile, id, ...overrides }
}

export function count(db: Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}

/** Row counts of every table: a refused write must leave all of them as they were. */
export function snapshotCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[]
  return Object.fromEntries(tables.map((t) => [t.name, count(db, t.name)]))
}
