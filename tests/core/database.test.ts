import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  assertNodeRuntime,
  DatabaseOpenError,
  LATEST_SCHEMA_VERSION,
  migrate,
  openDatabase,
  pendingMigrations,
} from '../../src-main/core/db/open'
import { MIGRATIONS, type Migration } from '../../src-main/core/db/migrations'
import { tempDir } from './helpers'

const dirs: string[] = []
function tempFile(name = 'db.sqlite'): string {
  const dir = tempDir()
  dirs.push(dir)
  return join(dir, name)
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('opening the SQLite file', () => {
  it('sets WAL, foreign keys, synchronous FULL and a busy timeout', () => {
    const db = openDatabase(tempFile())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000)
    db.close()
  })

  it('applies the bundled migrations once, in order, and records them', () => {
    const file = tempFile()
    const db = openDatabase(file)
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })))
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)?.version)
    db.close()
    const again = openDatabase(file)
    expect(again.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({
      n: MIGRATIONS.length,
    })
    again.close()
  })

  it('applies only the pending migrations of an older database, and reports what is pending', () => {
    const file = tempFile()
    const v1: Migration[] = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' }]
    openDatabase(file, { migrations: v1 }).close()
    const v3: Migration[] = [
      ...v1,
      { version: 2, name: 'two', sql: 'CREATE TABLE b (x INTEGER);' },
      { version: 3, name: 'three', sql: 'CREATE TABLE c (x INTEGER);' },
    ]
    const unmigrated = openDatabase(file, { migrations: v3, migrate: false })
    expect(pendingMigrations(unmigrated, v3).map((m) => m.version)).toEqual([2, 3])
    unmigrated.close()
    const db = openDatabase(file, { migrations: v3 })
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([
      1, 2, 3,
    ])
    expect(pendingMigrations(db, v3)).toEqual([])
    db.close()
  })

  it('a failing migration leaves the database as it was', () => {
    const file = tempFile()
    const v1: Migration[] = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' }]
    openDatabase(file, { migrations: v1 }).close()
    const broken: Migration[] = [
      ...v1,
      { version: 2, name: 'two', sql: 'CREATE TABLE b (x INTEGER);' },
      { version: 3, name: 'bad', sql: 'CREATE TABLE a (x INTEGER);' },
    ]
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/already exists/)
    const db = openDatabase(file, { migrations: v1 })
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined()
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(1)
    db.close()
  })

  it('refuses a database written by a newer version, with a clear message, and leaves the file untouched', () => {
    const file = tempFile()
    const db = openDatabase(file)
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')").run()
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    const before = sha(file)
    let error: unknown
    try {
      openDatabase(file)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(DatabaseOpenError)
    expect((error as DatabaseOpenError).problem).toBe('too-new')
    expect((error as Error).message).toContain(`数据版本 9999，本程序最高支持 ${LATEST_SCHEMA_VERSION}`)
    expect((error as Error).message).toContain('请升级双核')
    expect(sha(file)).toBe(before)
  })

  it('refuses a file that is not a database, without changing it', () => {
    const file = tempFile('notes.txt')
    writeFileSync(file, '这不是数据库文件'.repeat(200))
    const before = sha(file)
    expect(() => openDatabase(file)).toThrow(/不是双核的数据文件/)
    expect(sha(file)).toBe(before)
  })

  it('migrate refuses to go backwards', () => {
    const db = openDatabase(tempFile())
    expect(() => migrate(db, [])).toThrow(DatabaseOpenError)
    db.close()
  })

  it('the audit log cannot be edited or deleted', () => {
    const db = openDatabase(tempFile())
    db.prepare("INSERT INTO audit_log (at, actor, channel, entity) VALUES ('t', 'a', 'c', 'e')").run()
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    db.close()
  })
})

describe('the runtime check', () => {
  it('stops on Node < 22 with a sentence saying what to do', () => {
    expect(() => assertNodeRuntime('20.20.2')).toThrow(/双核需要 Node\.js 22 或更高版本，当前为 20\.20\.2/)
    expect(() => assertNodeRuntime('22.0.0')).not.toThrow()
    expect(() => assertNodeRuntime('24.1.0')).not.toThrow()
  })
})
