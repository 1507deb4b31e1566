import type { SystemStatus } from '../../shared/entities'
import type { Database } from '../db/open'
import type { Clock } from '../lib/clock'
import { fail } from '../errors'
import { defineHandlers } from '../registry'
import { loadDemoBase } from '../demo/demo'
import { countOrganizations } from '../organizations/repository'
import { readSetting, writeSetting } from './settings'

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
    permission: 'system.read',
    write: false,
    run: ({ db, clock }) => status(db, clock),
  },
  /** 首次启动: the base's name and total area. */
  'system.setup': {
    permission: 'system.setup',
    write: true,
    run: ({ db, clock, audit }, input) => {
      if (readSetting(db, 'base')) fail('CONFLICT', 'system.alreadyInitialized')
      writeSetting(db, 'base', input)
      audit({ entity: 'setting', entityId: null, before: null, after: { base: input } })
      return status(db, clock)
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
  /** 载入示例数据: offered at first start, only into an empty base. */
  'demo.load': {
    permission: 'system.setup',
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
