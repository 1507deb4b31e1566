// Backup files: SQLite's online backup into a single self-contained file, optional AES-256-GCM encryption with
// a scrypt-derived key, verification before a restore, and the retention of automatic backups.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
} from 'node:fs'
import { open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { BackupFile, BackupKind } from '../../shared/entities'
import { DomainError, notice } from '../errors'
import { openPlain, openReadOnly, schemaVersionOf, type Database } from '../db/open'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'

const MAGIC = Buffer.from('SHBAK\u0000\u0001\u0000', 'latin1') // 8 bytes: name, format version 1
const SALT_BYTES = 16
const IV_BYTES = 12
const TAG_BYTES = 16
const HEADER_BYTES = MAGIC.length + SALT_BYTES + IV_BYTES
const KDF = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

function backupError(
  key: Parameters<typeof notice>[0],
  params?: Record<string, string | number>,
): DomainError {
  return new DomainError({ code: 'CONFLICT', ...notice(key, params) })
}

/** SQLite's online backup of a live database into `file`, left as one file (rollback journal, not WAL). */
export async function onlineBackup(db: Database, file: string): Promise<void> {
  await db.backup(file)
  consolidate(file)
}

/** Folds a WAL (when one lies beside the file) into the file and leaves it in rollback-journal mode. */
export function consolidate(file: string): void {
  const db = openPlain(file)
  try {
    db.pragma('journal_mode = DELETE')
  } finally {
    db.close()
  }
}

export function isEncrypted(file: string): boolean {
  const size = statSync(file).size
  if (size < HEADER_BYTES + TAG_BYTES) return false
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(MAGIC.length)
    readSync(fd, head, 0, MAGIC.length, 0)
    return head.equals(MAGIC)
  } finally {
    closeSync(fd)
  }
}

const deriveKey = (password: string, salt: Buffer) => scryptSync(password.normalize('NFC'), salt, 32, KDF)

/** Encrypts `plainFile` into `encryptedFile`: magic, salt, iv, ciphertext, then the GCM tag. */
export async function encryptFile(plainFile: string, encryptedFile: string, password: string): Promise<void> {
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', deriveKey(password, salt), iv)
  async function* encrypted(): AsyncGenerator<Buffer> {
    yield Buffer.concat([MAGIC, salt, iv])
    for await (const chunk of createReadStream(plainFile)) {
      const out = cipher.update(chunk as Buffer)
      if (out.length > 0) yield out
    }
    const last = cipher.final()
    if (last.length > 0) yield last
    yield cipher.getAuthTag()
  }
  try {
    await pipeline(encrypted, createWriteStream(encryptedFile, { flags: 'wx' }))
    const handle = await open(encryptedFile, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (err) {
    await rm(encryptedFile, { force: true })
    throw err
  }
}

/** Decrypts into `plainFile`; a wrong password (or a damaged file) fails the tag check and leaves nothing. */
export async function decryptFile(encryptedFile: string, plainFile: string, password: string): Promise<void> {
  const size = statSync(encryptedFile).size
  const fd = await open(encryptedFile, 'r')
  let header: Buffer
  let tag: Buffer
  try {
    header = Buffer.alloc(HEADER_BYTES)
    await fd.read(header, 0, HEADER_BYTES, 0)
    tag = Buffer.alloc(TAG_BYTES)
    await fd.read(tag, 0, TAG_BYTES, size - TAG_BYTES)
  } finally {
    await fd.close()
  }
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES)
  const iv = header.subarray(MAGIC.length + SALT_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(password, salt), iv)
  decipher.setAuthTag(tag)
  try {
    await pipeline(
      createReadStream(encryptedFile, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(plainFile, { flags: 'wx' }),
    )
  } catch {
    await rm(plainFile, { force: true })
    throw backupError('backup.wrongPassword')
  }
}

/** A restore source must be an intact 双核 database no newer than this build. */
export function verifyDatabaseFile(file: string, shownName: string): void {
  let db: Database | undefined
  try {
    db = openReadOnly(file)
    const result = db.pragma('integrity_check', { simple: true }) as string
    if (result !== 'ok') throw backupError('backup.sourceCorrupt', { detail: String(result).slice(0, 120) })
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    )
    if (!tables.has('schema_migrations') || !tables.has('organization')) {
      throw backupError('backup.sourceNotDatabase', { path: shownName })
    }
    const version = schemaVersionOf(db)
    if (version > LATEST_SCHEMA_VERSION) {
      throw backupError('backup.sourceTooNew', { found: version, supported: LATEST_SCHEMA_VERSION })
    }
  } catch (err) {
    if (err instanceof DomainError) throw err
    const code = (err as { code?: string }).code
    if (code === 'SQLITE_CORRUPT') throw backupError('backup.sourceCorrupt', { detail: code })
    throw backupError('backup.sourceNotDatabase', { path: shownName })
  } finally {
    db?.close()
  }
}

// ---- the backup folder ----

const PATTERNS: [BackupKind, RegExp][] = [
  ['daily', /^daily-(\d{4}-\d{2}-\d{2})\.db$/],
  ['pre-migration', /^pre-migration-.*\.db$/],
  ['pre-restore', /^pre-restore-.*\.db$/],
  ['manual', /^manual-.*\.(db|shbak)$/],
]

export function listBackupFiles(folder: string): BackupFile[] {
  if (!existsSync(folder)) return []
  const files: BackupFile[] = []
  for (const name of readdirSync(folder)) {
    const kind = PATTERNS.find(([, re]) => re.test(name))?.[0]
    if (!kind) continue
    const path = join(folder, name)
    const stat = statSync(path)
    files.push({
      name,
      path,
      kind,
      createdAt: stat.mtime.toISOString(),
      bytes: stat.size,
      encrypted: name.endsWith('.shbak'),
    })
  }
  return files.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/**
 * Which daily backups to keep: the newest `keepDaily`, and the first of each month for the newest
 * `keepMonthly` months. Takes and returns file names like `daily-2026-11-27.db`.
 */
export function dailyBackupsToDelete(
  names: readonly string[],
  keepDaily: number,
  keepMonthly: number,
): string[] {
  const dated = names
    .map((name) => ({ name, date: /^daily-(\d{4}-\d{2}-\d{2})\.db$/.exec(name)?.[1] }))
    .filter((f): f is { name: string; date: string } => f.date !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date))
  const keep = new Set(dated.slice(0, keepDaily).map((f) => f.name))
  const firstOfMonth = new Map<string, string>()
  for (const f of [...dated].reverse())
    if (!firstOfMonth.has(f.date.slice(0, 7))) firstOfMonth.set(f.date.slice(0, 7), f.name)
  const months = [...firstOfMonth.keys()].sort().reverse().slice(0, keepMonthly)
  for (const m of months) keep.add(firstOfMonth.get(m) ?? '')
  return dated.filter((f) => !keep.has(f.name)).map((f) => f.name)
}
