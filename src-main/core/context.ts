import type { Channel } from '../shared/channels'
import type { Role } from '../shared/enums'
import type { Clock } from './lib/clock'
import type { Database } from './db/open'
import type { Permission } from './auth/roles'
import type { Session, SessionStore } from './auth/sessions'
import type { BackupList, BackupResult, RestoreResult, SystemSettings } from '../shared/entities'

export type { Permission }

/** Who is calling: a signed-in account, or the system itself (command-line tools, tests). */
export interface Actor {
  userId: number | null
  name: string
  roles: readonly Role[]
  permissions: ReadonlySet<Permission> | 'all'
  mustChangePassword: boolean
}

/**
 * What a transport knows of a request: the session token it carried. Trusted in-process callers (the demo
 * command, tests) may name an actor instead; transports never do.
 */
export type RequestContext = { session: string | null } | { actor: Actor }

/** Whether the actor holds a permission (the system actor holds them all). */
export const actorCan = (actor: Actor, permission: Permission): boolean =>
  actor.permissions === 'all' || actor.permissions.has(permission)

/** The actor of command-line tools: all permissions, recorded as 系统. */
export const SYSTEM_ACTOR: Actor = {
  userId: null,
  name: '系统',
  roles: [],
  permissions: 'all',
  mustChangePassword: false,
}

export const ANONYMOUS: Actor = {
  userId: null,
  name: '未登录',
  roles: [],
  permissions: new Set(),
  mustChangePassword: false,
}

export interface AuditEntry {
  entity: string
  entityId: number | null
  before: unknown
  after: unknown
}

/** What the host offers handlers that reach beyond the database: backup files and restoring. */
export interface HostServices {
  listBackups(): BackupList
  createBackup(destination: string | null, password: string | null): Promise<BackupResult>
  restore(source: string, password: string | null, actor: Actor): Promise<RestoreResult>
}

/** What a handler sees. `audit` rows of a write land in its transaction; of a read, at once. */
export interface HandlerEnv {
  db: Database
  clock: Clock
  actor: Actor
  channel: Channel
  audit: (entry: AuditEntry) => void
  sessions: SessionStore
  /** The caller's session, when it came with one. */
  session: Session | null
  settings: () => SystemSettings
  reloadSettings: () => void
  services: HostServices | null
  /** Where coaching attachments are copied (the data folder's `attachments/`); null when there is none. */
  attachmentsDir: string | null
  /** The program's `resources/` (import templates); null when the transport gave none. */
  resourcesDir: string | null
}
