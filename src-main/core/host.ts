// The host owns the database file: it opens it (backing it up before a migration and once a day), gives the
// transports one `dispatch`, and performs backups and restores, swapping in a fresh app after a restore.
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises'
import { constants, existsSync, statSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { dirname, extname, isAbsolute, join } from 'node:path'
import type { Channel } from '../shared/channels'
import type { ChannelOutput } from '../shared/contract'
import type { BackupList, BackupResult, RestoreResult } from '../shared/entities'
import type { Result } from '../shared/errors'
import { createApp, type App, type MaybePromise } from './app'
import type { Actor, HostServices, RequestContext } from './context'
import { DomainError, notice } from './errors'
import { migrate, openDatabase, pendingMigrations, schemaVersionOf, type Database } from './db/open'
import { LATEST_SCHEMA_VERSION } from './db/migrations'
import type { Clock } from './lib/clock'
import {
  consolidate,
  dailyBackupsToDelete,
  decryptFile,
  encryptFile,
  isEncrypted,
  listBackupFiles,
  onlineBackup,
  verifyDatabaseFile,
} from './backup/files'
import { readSetting, readSettings, writeSetting } from './system/settings'

export interface HostOptions {
  file: string
  clock: Clock
  /** Defaults to `backups/` beside the database file. */
  backupsDir?: string
  /** Daily automatic backup at start-up (default true). */
  automaticBackup?: boolean
  /** The program's `resources/` folder (import templates), handed to the core. */
  resourcesDir?: string
}

const stamp = (clock: Clock) => clock.timestamp().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')

/** `<folder>/<prefix>-<stamp><ext>`, with `-2`, `-3`… when that name is taken (two backups in one second). */
function freshName(folder: string, prefix: string, clock: Clock, ext: string): string {
  const base = join(folder, `${prefix}-${stamp(clock)}`)
  let candidate = `${base}${ext}`
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}${ext}`
  return candidate
}

/** A private temporary file in the backup folder; removed with its SQLite side files. */
const tempFile = (folder: string, kind: string) => join(folder, `.${kind}-${randomUUID()}.tmp`)
async function removeTemp(file: string): Promise<void> {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) await rm(f, { force: true })
}

function refuse(key: Parameters<typeof notice>[0], params?: Record<string, string | number>): never {
  throw new DomainError({ code: 'CONFLICT', ...notice(key, params) })
}

export class Host implements HostServices {
  private app: App
  private busy: Promise<unknown> | null = null
  /** Backups and restores take turns. */
  private queue: Promise<unknown> = Promise.resolve()

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.catch(() => undefined)
    return run
  }

  private constructor(
    private db: Database,
    readonly file: string,
    readonly backupsDir: string,
    private readonly clock: Clock,
    private readonly resourcesDir: string | undefined,
  ) {
    this.app = this.appFor(db)
  }

  private appFor(db: Database): App {
    return createApp({
      db,
      clock: this.clock,
      services: this,
      attachmentsDir: join(dirname(this.file), 'attachments'),
      ...(this.resourcesDir ? { resourcesDir: this.resourcesDir } : {}),
    })
  }

  /** Opens the file: a pre-migration backup when the schema is about to change, then the daily backup. */
  static async open(options: HostOptions): Promise<Host> {
    const backupsDir = options.backupsDir ?? join(dirname(options.file), 'backups')
    await mkdir(backupsDir, { recursive: true })
    const db = openDatabase(options.file, { migrate: false })
    try {
      const pending = pendingMigrations(db)
      if (pending.length > 0) {
        const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get()
        const from = hasTable ? schemaVersionOf(db) : 0
        if (from > 0) {
          await onlineBackup(
            db,
            join(
              backupsDir,
              `pre-migration-v${from}-to-v${LATEST_SCHEMA_VERSION}-${stamp(options.clock)}.db`,
            ),
          )
        }
        migrate(db)
      }
    } catch (err) {
      db.close()
      throw err
    }
    const host = new Host(db, options.file, backupsDir, options.clock, options.resourcesDir)
    if (options.automaticBackup !== false) await host.dailyBackup()
    return host
  }

  get current(): App {
    return this.app
  }

  dispatch<C extends Channel>(
    ctx: RequestContext,
    channel: C | string,
    input: unknown,
  ): MaybePromise<Result<ChannelOutput<C>>> {
    // A restore swaps the database: calls that arrive meanwhile wait for the new one.
    if (this.busy) return this.afterRestore(ctx, channel, input)
    return this.app.dispatch(ctx, channel, input) as MaybePromise<Result<ChannelOutput<C>>>
  }

  private async afterRestore<C extends Channel>(
    ctx: RequestContext,
    channel: C | string,
    input: unknown,
  ): Promise<Result<ChannelOutput<C>>> {
    while (this.busy) await this.busy.catch(() => undefined)
    return (await this.app.dispatch(ctx, channel, input)) as Result<ChannelOutput<C>>
  }

  close(): void {
    this.db.close()
  }

  /** At most once a day, and only for a base that has been set up; then old daily backups are pruned. */
  async dailyBackup(): Promise<string | null> {
    const today = this.clock.today()
    if (!readSetting(this.db, 'base') || readSetting(this.db, 'lastAutomaticBackup') === today) return null
    const file = join(this.backupsDir, `daily-${today}.db`)
    if (existsSync(file)) await rm(file)
    await onlineBackup(this.db, file)
    writeSetting(this.db, 'lastAutomaticBackup', today)
    const { backupKeepDaily, backupKeepMonthly } = readSettings(this.db)
    const names = listBackupFiles(this.backupsDir)
      .filter((f) => f.kind === 'daily')
      .map((f) => f.name)
    for (const name of dailyBackupsToDelete(names, backupKeepDaily, backupKeepMonthly)) {
      await rm(join(this.backupsDir, name), { force: true })
    }
    return file
  }

  listBackups(): BackupList {
    return { folder: this.backupsDir, files: listBackupFiles(this.backupsDir) }
  }

  createBackup(destination: string | null, password: string | null): Promise<BackupResult> {
    return this.exclusive(() => this.performBackup(destination, password))
  }

  private async performBackup(destination: string | null, password: string | null): Promise<BackupResult> {
    const encrypted = password !== null
    const target =
      destination ?? freshName(this.backupsDir, 'manual', this.clock, encrypted ? '.shbak' : '.db')
    if (!isAbsolute(target)) refuse('backup.destinationNotAbsolute')
    if (extname(target).toLowerCase() !== (encrypted ? '.shbak' : '.db')) refuse('backup.extension')
    if (!existsSync(dirname(target))) refuse('backup.destinationFolderMissing', { folder: dirname(target) })
    if (existsSync(target)) refuse('backup.destinationExists', { path: target })
    const temp = tempFile(this.backupsDir, 'backup')
    try {
      await onlineBackup(this.db, temp)
      if (password !== null) await encryptFile(temp, target, password)
      else {
        await copyFile(temp, target, constants.COPYFILE_EXCL)
        await syncFile(target)
      }
    } catch (err) {
      if (err instanceof DomainError) throw err
      refuse('backup.failed', { detail: (err as Error).message.slice(0, 120) })
    } finally {
      await removeTemp(temp)
    }
    return { path: target, bytes: statSync(target).size, encrypted }
  }

  /**
   * 恢复: (1) decrypt if needed and check integrity and schema version; (2) back up the current database;
   * (3) replace the file and reopen it. A refusal at (1) changes nothing.
   */
  restore(source: string, password: string | null, actor: Actor): Promise<RestoreResult> {
    const work = this.exclusive(() => this.performRestore(source, password, actor))
    this.busy = work
    return work.finally(() => {
      if (this.busy === work) this.busy = null
    })
  }

  private async performRestore(
    source: string,
    password: string | null,
    actor: Actor,
  ): Promise<RestoreResult> {
    if (!isAbsolute(source)) refuse('backup.destinationNotAbsolute')
    if (!existsSync(source) || !statSync(source).isFile()) refuse('backup.sourceMissing', { path: source })
    const plain = tempFile(this.backupsDir, 'restore')
    try {
      if (isEncrypted(source)) {
        if (password === null) refuse('backup.passwordNeeded')
        await decryptFile(source, plain, password)
      } else {
        // A live data file may carry recent writes in its WAL: take it along and fold it in.
        await copyFile(source, plain)
        if (existsSync(`${source}-wal`)) await copyFile(`${source}-wal`, `${plain}-wal`)
        try {
          consolidate(plain)
        } catch (err) {
          const code = (err as { code?: string }).code
          if (code === 'SQLITE_CORRUPT') refuse('backup.sourceCorrupt', { detail: code })
          refuse('backup.sourceNotDatabase', { path: source })
        }
      }
      verifyDatabaseFile(plain, source)

      const safetyBackup = freshName(this.backupsDir, 'pre-restore', this.clock, '.db')
      await onlineBackup(this.db, safetyBackup)

      this.db.close()
      try {
        await this.replaceFileWith(plain)
        this.reopen()
      } catch (err) {
        // Put the database back as it was, and say so.
        await this.replaceFileWith(safetyBackup)
        this.reopen()
        refuse('backup.restoreFailed', { detail: (err as Error).message.slice(0, 120) })
      }
      const result: RestoreResult = { restoredFrom: source, safetyBackup }
      this.db
        .prepare(
          `INSERT INTO audit_log (at, actor, actor_id, channel, entity, entity_id, before_json, after_json)
           VALUES (?, ?, ?, 'backup.restore', 'backup', NULL, NULL, ?)`,
        )
        .run(
          this.clock.timestamp(),
          actor.name,
          actor.userId,
          JSON.stringify({ event: 'restore', ...result }),
        )
      return result
    } finally {
      await removeTemp(plain)
    }
  }

  private async replaceFileWith(file: string): Promise<void> {
    const incoming = `${this.file}.incoming`
    await copyFile(file, incoming)
    await syncFile(incoming)
    await rm(`${this.file}-wal`, { force: true })
    await rm(`${this.file}-shm`, { force: true })
    await rename(incoming, this.file)
  }

  private reopen(): void {
    this.db = openDatabase(this.file)
    this.app = this.appFor(this.db)
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
