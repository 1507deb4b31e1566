import type { Channel } from '../shared/channels'
import type { Clock } from './lib/clock'
import type { Database } from './db/open'

/** A permission a handler declares; roles are granted sets of these. */
export type Permission =
  | 'system.read'
  | 'system.setup' // first-run steps; only while the base is not set up
  | 'system.manage'
  | 'organization.read'
  | 'organization.write'

/** Who is calling. Until accounts exist, every caller is the local operator with all permissions. */
export interface Actor {
  name: string
  permissions: ReadonlySet<Permission> | 'all'
}

export interface RequestContext {
  actor: Actor
}

export const LOCAL_OPERATOR: Actor = { name: '本机操作员', permissions: 'all' }

export interface AuditEntry {
  entity: string
  entityId: number | null
  before: unknown
  after: unknown
}

/** What a handler sees. `audit` is only collected for write handlers, inside their transaction. */
export interface HandlerEnv {
  db: Database
  clock: Clock
  actor: Actor
  channel: Channel
  audit: (entry: AuditEntry) => void
}
