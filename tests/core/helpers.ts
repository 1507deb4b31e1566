// A fresh database file per test, the real core on it, and a fixed "today".
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Channel } from '../../src-main/shared/channels'
import type { ChannelInput, ChannelOutput } from '../../src-main/shared/contract'
import type { AppError } from '../../src-main/shared/errors'
import { createApp, type App } from '../../src-main/core/app'
import { LOCAL_OPERATOR, type RequestContext } from '../../src-main/core/context'
import { openDatabase, type Database } from '../../src-main/core/db/open'
import { createClock } from '../../src-main/core/lib/clock'

export interface TestBase {
  app: App
  db: Database
  file: string
  dir: string
  /** Calls a channel and returns its data; fails the test with the error when the call fails. */
  ok<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C>
  /** Calls a channel that must fail and returns the error. */
  err<C extends Channel>(channel: C, input: unknown): AppError
  close(): void
}

export const CONTEXT: RequestContext = { actor: LOCAL_OPERATOR }

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'shuanghe-test-'))
}

export function freshBase(options: { today?: string; setUp?: boolean } = {}): TestBase {
  const dir = tempDir()
  const file = join(dir, 'test.db')
  const db = openDatabase(file)
  const app = createApp({ db, clock: createClock(options.today ?? '2026-11-27') })
  const base: TestBase = {
    app,
    db,
    file,
    dir,
    ok(channel, input) {
      const result = app.dispatch(CONTEXT, channel, input)
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
      return result.data
    },
    err(channel, input) {
      const result = app.dispatch(CONTEXT, channel, input)
      if (result.ok) throw new Error(`${channel} should have failed, got ${JSON.stringify(result.data)}`)
      return result.error
    },
    close() {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  if (options.setUp !== false) base.ok('system.setup', { baseName: '测试孵化基地', totalAreaM2: 1400 })
  return base
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

/** The editable profile of a draft, for organization.update. */
export function orgUpdate(
  id: number,
  overrides: Partial<ChannelInput<'organization.update'>> = {},
): ChannelInput<'organization.update'> {
  const { stage: _stage, stageDate: _stageDate, ...profile } = orgDraft()
  return { ...profile, id, ...overrides }
}
