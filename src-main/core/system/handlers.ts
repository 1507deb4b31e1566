import type { SystemStatus } from '../../shared/entities'
import type { Database } from '../db/open'
import type { Clock } from '../lib/clock'
import { DomainError, fail, notice } from '../errors'
import { defineHandlers } from '../registry'
import { loadDemoBase } from '../demo/demo'
import { countOrganizations } from '../organizations/repository'
import { hashPassword, passwordProblem } from '../auth/passwords'
import { countUsers, insertUser } from '../auth/repository'
import { sessionInfo } from '../auth/handlers'
import { readSetting, readSettings, writeSetting, writeSettings } from './settings'

declare const __APP_VERSION__: string | undefined
const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.1.0'

function status(db: Database, clock: Clock): SystemStatus {
  const base = readSetting(db, 'base')
  return {
    initialized: base !== null,
    baseName: base?.baseName ?? null,
    totalAreaM2: base?.totalAreaM2 ?? null,
    organizationCount: countOrganizations(db, true),
    today: clock.today(),
    appVersion: APP_VERSION,
  }
}

export const systemHandlers = defineHandlers({
  'system.status': {
    permission: 'session',
    write: false,
    run: ({ db, clock }) => status(db, clock),
  },
  /** 首次启动: the base's name and total area, and the administrator, who is signed in at once. */
  'system.setup': {
    permission: 'public',
    write: true,
    run: (env, { adminUsername, adminDisplayName, adminPassword, ...base }) => {
      const { db, clock, sessions, audit } = env
      // A base without accounts (a file made by `npm run demo`) is still waiting for its first start.
      if (countUsers(db) > 0) fail('CONFLICT', 'system.alreadyInitialized')
      const problem = passwordProblem(adminPassword, adminUsername)
      if (problem) {
        throw new DomainError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { adminPassword: notice(problem) },
        })
      }
      writeSetting(db, 'base', base)
      const userId = insertUser(
        db,
        {
          username: adminUsername,
          displayName: adminDisplayName,
          roles: ['admin'],
          password: hashPassword(adminPassword),
          mustChange: false,
        },
        clock.timestamp(),
      )
      audit({ entity: 'setting', entityId: null, before: null, after: { base } })
      audit({
        entity: 'account',
        entityId: userId,
        before: null,
        after: { username: adminUsername, roles: ['admin'] },
      })
      const session = sessions.open(userId)
      return { status: status(db, clock), login: { token: session.token, ...sessionInfo(env, session) } }
    },
  },
  'system.updateBase': {
    permission: 'system.manage',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const before = readSetting(db, 'base')
      if (!before) fail('CONFLICT', 'system.notInitialized')
      writeSetting(db, 'base', input)
      audit({ entity: 'setting', entityId: null, before: { base: before }, after: { base: input } })
      return status(db, clock)
    },
  },
  'system.settings': {
    permission: 'system.manage',
    write: false,
    run: ({ settings }) => settings(),
  },
  /** 系统设置: the idle lock and how many automatic backups are kept. */
  'system.updateSettings': {
    permission: 'system.manage',
    write: true,
    run: ({ db, audit, reloadSettings }, input) => {
      const before = readSettings(db)
      writeSettings(db, input)
      reloadSettings()
      audit({ entity: 'setting', entityId: null, before, after: input })
      return readSettings(db)
    },
  },
  /** 载入示例数据: offered at first start, only into an empty base. */
  'demo.load': {
    permission: 'system.manage',
    write: true,
    run: ({ db, clock, actor, audit }) => {
      if (!readSetting(db, 'base')) fail('CONFLICT', 'system.notInitialized')
      if (countOrganizations(db, true) > 0) fail('CONFLICT', 'system.demoNotEmpty')
      const result = loadDemoBase(db, {
        today: clock.today(),
        timestamp: clock.timestamp(),
        actorName: actor.name,
      })
      audit({ entity: 'demo', entityId: null, before: null, after: result })
      return result
    },
  },
})
