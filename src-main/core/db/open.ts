// Opening the SQLite file: runtime check, version check (before anything is written), pragmas, migrations.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import type BetterSqlite3 from 'better-sqlite3'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations'

export type Database = BetterSqlite3.Database

export type DatabaseOpenProblem = 'node-version' | 'too-new' | 'not-a-database'

/** Opening failed for a reason a person can act on; `message` says what and how to fix it. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseOpenProblem,
    message: string,
  ) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}

export const MIN_NODE_MAJOR = 22

/**
 * better-sqlite3 13 crashes the process without a word on Node < 22, so say so before loading it.
 */
export function assertNodeRuntime(version: string = process.versions.node): void {
  const major = Number(version.split('.')[0])
  if (!(major >= MIN_NODE_MAJOR)) {
    throw new DatabaseOpenError(
      'node-version',
      `双核需要 Node.js ${MIN_NODE_MAJOR} 或更高版本，当前为 ${version}。请用 npm run … 启动（项目自带 Node 22），不要直接用系统的 node 命令。` +
        ` (Shuanghe needs Node.js ${MIN_NODE_MAJOR}+, found ${version}: run it through npm scripts.)`,
    )
  }
}

type DatabaseConstructor = typeof BetterSqlite3

let loadedConstructor: DatabaseConstructor | undefined
function sqlite(): DatabaseConstructor {
  assertNodeRuntime()
  // Loaded lazily so that the runtime check above runs first.
  loadedConstructor ??= createRequire(__filename)('better-sqlite3') as DatabaseConstructor
  return loadedConstructor
}

export function schemaVersionOf(db: Database): number {
  const table = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
    )
    .get()
  if (!table) return 0
  const row = db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get()
  return row?.v ?? 0
}

function tooNewMessage(found: number, supported: number): string {
  return (
    `该数据文件由更新版本的双核写入（数据版本 ${found}，本程序最高支持 ${supported}）。为防止损坏，已拒绝打开，文件未被改动。` +
    '请升级双核后再打开它。'
  )
}

/** Reads the schema version without writing a byte; refuses files newer than this build. */
function inspectExisting(file: string, latest: number): void {
  let db: Database | undefined
  try {
    db = openReadOnly(file)
    const version = schemaVersionOf(db)
    if (version > latest) throw new DatabaseOpenError('too-new', tooNewMessage(version, latest))
  } catch (err) {
    if (err instanceof DatabaseOpenError) throw err
    const code = (err as { code?: string }).code
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DatabaseOpenError(
        'not-a-database',
        `“${file}”不是双核的数据文件，或已损坏，未做任何改动。请检查路径。`,
      )
    }
    throw err
  } finally {
    db?.close()
  }
}

export interface OpenOptions {
  /** Defaults to the migrations bundled into this build. */
  migrations?: readonly Migration[]
  /** False leaves pending migrations for the caller (the host backs the file up first). */
  migrate?: boolean
}

/** Opens (creating if needed) and, unless told not to, migrates the database file. */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const migrations = options.migrations ?? MIGRATIONS
  const latest = migrations.at(-1)?.version ?? 0
  if (file !== ':memory:' && existsSync(file)) inspectExisting(file, latest)
  const db = openUnmigrated(file)
  try {
    if (options.migrate !== false) migrate(db, migrations)
    return db
  } catch (err) {
    db.close()
    throw err
  }
}

/** The connection with the app's pragmas, schema untouched. */
export function openUnmigrated(file: string): Database {
  const Sqlite = sqlite()
  const db = new Sqlite(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    // Savepoints (one per imported row) copy every page they touch to a statement journal: in memory, not a temp
    // file. A 10,000-row import preview takes about a quarter less time.
    db.pragma('temp_store = MEMORY')
    return db
  } catch (err) {
    db.close()
    throw err
  }
}

/** A connection with SQLite's defaults, for handling backup copies (no app pragmas, no migrations). */
export function openPlain(file: string): Database {
  const Sqlite = sqlite()
  return new Sqlite(file, { fileMustExist: true })
}

/** A read-only connection, for looking at a file without writing a byte. */
export function openReadOnly(file: string): Database {
  const Sqlite = sqlite()
  return new Sqlite(file, { readonly: true, fileMustExist: true })
}

/** Migrations not yet applied to `db`. */
export function pendingMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get()
  const current = hasTable ? schemaVersionOf(db) : 0
  return migrations.filter((m) => m.version > current)
}

/** Applies every pending migration in one transaction and records each. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`)
  const current = schemaVersionOf(db)
  const latest = migrations.at(-1)?.version ?? 0
  if (current > latest) throw new DatabaseOpenError('too-new', tooNewMessage(current, latest))
  const pending = migrations.filter((m) => m.version > current)
  if (pending.length === 0) return current
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql)
      record.run(m.version, m.name, new Date().toISOString())
    }
  })()
  return latest
}

export { LATEST_SCHEMA_VERSION }
