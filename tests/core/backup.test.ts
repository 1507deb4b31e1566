// 备份与恢复 through the host, on real files: backups to the folder or a chosen file, encrypted backups,
// restores that bring every table back, refusals that change nothing, the daily backup and its retention,
// and the backup taken before a migration.
import { createCipheriv, createHash, randomBytes, scryptSync } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { Channel } from '../../src-main/shared/channels'
import type { ChannelInput, ChannelOutput } from '../../src-main/shared/contract'
import type { AppError } from '../../src-main/shared/errors'
import { formatMessage } from '../../src-main/shared/messages'
import type { RequestContext } from '../../src-main/core/context'
import { Host } from '../../src-main/core/host'
import { dailyBackupsToDelete } from '../../src-main/core/backup/files'
import { MIGRATIONS } from '../../src-main/core/db/migrations'
import {
  LATEST_SCHEMA_VERSION,
  openDatabase,
  openReadOnly,
  schemaVersionOf,
  type Database,
} from '../../src-main/core/db/open'
import { createClock } from '../../src-main/core/lib/clock'
import { completeUscc, orgCodeCheckChar } from '../../src-main/core/lib/uscc'
import { ADMIN, orgDraft, tempDir } from './helpers'

const TODAY = '2026-11-27'
const START = Date.parse('2026-11-27T09:00:00+08:00')
const PASSWORD = 'U盘备份-2026'

// ---- files and folders ----

const dirs: string[] = []
const hosts: Host[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) {
    try {
      h.close()
    } catch {
      // already closed by the test
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function folder(): string {
  const dir = tempDir()
  dirs.push(dir)
  return dir
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const listing = (dir: string) => readdirSync(dir).sort()

/** Every table's rows (with their rowid where there is one) and the schema; `except` leaves tables out. */
function dump(db: Database, except: readonly string[] = []): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {
    '(schema)': db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all(),
  }
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; sql: string }[]
  for (const { name, sql } of tables) {
    if (except.includes(name)) continue
    if (/WITHOUT ROWID/i.test(sql)) {
      const keys = (db.pragma(`table_info("${name}")`) as { name: string; pk: number }[])
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => `"${c.name}"`)
      out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY ${keys.join(', ')}`).all()
    } else {
      out[name] = db.prepare(`SELECT rowid AS "(rowid)", * FROM "${name}" ORDER BY rowid`).all()
    }
  }
  return out
}

function withFile<T>(file: string, read: (db: Database) => T): T {
  const db = openReadOnly(file)
  try {
    return read(db)
  } finally {
    db.close()
  }
}

const without = (d: Record<string, unknown[]>, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(d).filter(([k]) => !keys.includes(k)))

const dumpFile = (file: string, except: readonly string[] = []) => withFile(file, (db) => dump(db, except))

function readableAsDatabase(file: string): boolean {
  try {
    return withFile(file, (db) => db.prepare('SELECT count(*) FROM sqlite_master').get() !== undefined)
  } catch {
    return false
  }
}

/** A valid 统一社会信用代码 of a social group, unique per `n`. */
function codeFor(n: number): string {
  const body = `MJB${String(n).padStart(5, '0')}`
  return completeUscc(`51370600${body}${orgCodeCheckChar(body)}`)
}

const draft = (n: number) =>
  orgDraft({ name: `烟台市芝罘区备份测试服务中心${n}号`, shortName: `备份${n}`, uscc: codeFor(n) })

// ---- a host on a temporary file, with its administrator signed in ----

interface TestHost {
  host: Host
  dir: string
  file: string
  backups: string
  /** The administrator's session. */
  ctx: RequestContext
  ok<C extends Channel>(channel: C, input: ChannelInput<C>, ctx?: RequestContext): Promise<ChannelOutput<C>>
  err(channel: Channel, input: unknown, ctx?: RequestContext): Promise<AppError>
  /** Signs the administrator in again (a restore ends every session). */
  signIn(): Promise<void>
  /** Closes the host and opens the file again, on `today`. */
  reopen(today?: string): Promise<void>
  db(): Database
}

interface HostOptions {
  dir?: string
  today?: string
  setUp?: boolean
  /** False freezes the clock; otherwise every call happens a second after the previous one. */
  tick?: boolean
}

async function openHost(options: HostOptions = {}): Promise<TestHost> {
  const dir = options.dir ?? folder()
  const file = join(dir, 'shuanghe.db')
  let now = START
  const tick = options.tick !== false
  const clockFor = (today: string) => createClock(today, () => now)
  let host = await Host.open({ file, clock: clockFor(options.today ?? TODAY) })
  hosts.push(host)
  const t: TestHost = {
    get host() {
      return host
    },
    dir,
    file,
    backups: join(dir, 'backups'),
    ctx: { session: null },
    async ok(channel, input, ctx = t.ctx) {
      if (tick) now += 1000
      const result = await host.dispatch(ctx, channel, input)
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
      return result.data
    },
    async err(channel, input, ctx = t.ctx) {
      if (tick) now += 1000
      const result = await host.dispatch(ctx, channel, input)
      if (result.ok) throw new Error(`${channel} should have failed, got ${JSON.stringify(result.data)}`)
      return result.error
    },
    async signIn() {
      const login = await t.ok(
        'auth.login',
        { username: ADMIN.username, password: ADMIN.password },
        { session: null },
      )
      t.ctx = { session: login.token }
    },
    async reopen(today = options.today ?? TODAY) {
      host.close()
      now += 60_000
      host = await Host.open({ file, clock: clockFor(today) })
      hosts.push(host)
      if (options.setUp !== false) await t.signIn()
    },
    db: () => host.current.db,
  }
  if (options.setUp !== false) {
    const setup = await t.ok(
      'system.setup',
      {
        baseName: '烟台市社会组织孵化基地',
        totalAreaM2: 1400,
        adminUsername: ADMIN.username,
        adminDisplayName: ADMIN.displayName,
        adminPassword: ADMIN.password,
      },
      { session: null },
    )
    t.ctx = { session: setup.login.token }
  }
  return t
}

/** A base with the demo data and a few changes of its own. */
async function demoHost(options: HostOptions = {}): Promise<TestHost> {
  const t = await openHost(options)
  await t.ok('demo.load', {})
  const created = await t.ok('organization.create', draft(1))
  await t.ok('organization.changeStage', {
    id: created.id,
    stage: 'review',
    date: '2026-11-20',
    note: '材料齐全',
  })
  return t
}

/** Changes made after a backup: a new organisation, and one archived. */
async function changeAfterBackup(t: TestHost, n: number): Promise<void> {
  await t.ok('organization.create', draft(n))
  const page = await t.ok('organization.list', {})
  const first = page.items[0]
  if (!first) throw new Error('no organisation to archive')
  await t.ok('organization.archive', { id: first.id, reason: '协议到期' })
}

/** What a user could notice of the current database and its files. */
function state(t: TestHost) {
  return {
    tables: dump(t.db()),
    file: sha(t.file),
    wal: existsSync(`${t.file}-wal`) ? sha(`${t.file}-wal`) : null,
    backups: listing(t.backups),
  }
}

function expectMessage(error: AppError, key: AppError['key'], params?: Record<string, string | number>) {
  expect(error.code).toBe('CONFLICT')
  expect(error.key).toBe(key)
  expect(error.message).toBe(formatMessage(key, params))
}

/** A call the host must refuse, leaving the database, its files and the backup folder as they were. */
async function expectRefusedWithoutChange(
  t: TestHost,
  channel: 'backup.create' | 'backup.restore',
  input: unknown,
  key: AppError['key'],
  /** null: the parameters vary (SQLite's own report); only the key is checked. */
  params?: Record<string, string | number> | null,
): Promise<AppError> {
  const before = state(t)
  const error = await t.err(channel, input)
  if (params === null) {
    expect(error.code).toBe('CONFLICT')
    expect(error.key).toBe(key)
  } else {
    expectMessage(error, key, params)
  }
  expect(state(t)).toEqual(before)
  // The caller is still signed in.
  expect((await t.ok('organization.list', {})).total).toBeGreaterThan(0)
  return error
}

// ---- round trips ----

describe('backup and restore', () => {
  it('restores every table as it was at backup time, keeps a safety backup and signs everyone out', async () => {
    const t = await demoHost()
    const atBackup = dump(t.db())

    // To the backup folder …
    const manual = await t.ok('backup.create', {})
    expect(dirname(manual.path)).toBe(t.backups)
    expect(basename(manual.path)).toMatch(/^manual-\d{8}-\d{6}\.db$/)
    expect(manual).toEqual({ path: manual.path, bytes: statSync(manual.path).size, encrypted: false })
    expect(dumpFile(manual.path)).toEqual(atBackup)
    expect(existsSync(`${manual.path}-wal`) || existsSync(`${manual.path}-journal`)).toBe(false)

    // … and to a file of the user's choosing: exactly that file, nothing else beside it.
    const usb = folder()
    const chosen = join(usb, '双核备份 2026-11-27.db')
    expect(await t.ok('backup.create', { destination: chosen })).toEqual({
      path: chosen,
      bytes: statSync(chosen).size,
      encrypted: false,
    })
    expect(listing(usb)).toEqual([basename(chosen)])
    expect(dumpFile(chosen, ['audit_log'])).toEqual(dump(t.db(), ['audit_log']))
    // No temporary files are left in the backup folder.
    expect(listing(t.backups)).toEqual([basename(manual.path)])

    await changeAfterBackup(t, 2)
    const afterChanges = dump(t.db())
    expect(afterChanges.organization).not.toEqual(atBackup.organization)
    const oldSession = t.ctx

    const result = await t.ok('backup.restore', { source: manual.path })
    expect(result.restoredFrom).toBe(manual.path)
    expect(dirname(result.safetyBackup)).toBe(t.backups)
    expect(basename(result.safetyBackup)).toMatch(/^pre-restore-\d{8}-\d{6}\.db$/)

    // Every table is back, the audit log with one more row: the restore, naming its source.
    const restored = dump(t.db())
    const { audit_log: restoredAudit = [], ...restoredData } = restored
    const { audit_log: auditAtBackup = [], ...dataAtBackup } = atBackup
    expect(restoredData).toEqual(dataAtBackup)
    expect(restoredAudit.slice(0, -1)).toEqual(auditAtBackup)
    expect(restoredAudit.at(-1)).toMatchObject({ channel: 'backup.restore', actor: ADMIN.displayName })
    const restoreRow = t
      .db()
      .prepare("SELECT after_json FROM audit_log WHERE channel = 'backup.restore'")
      .pluck()
      .all() as string[]
    expect(restoreRow.map((json) => JSON.parse(json) as unknown)).toEqual([
      { event: 'restore', restoredFrom: manual.path, safetyBackup: result.safetyBackup },
    ])

    // The safety backup holds the data as it was just before the restore.
    expect(dumpFile(result.safetyBackup)).toEqual(afterChanges)

    // Everyone signs in again.
    expect((await t.err('organization.list', {}, oldSession)).code).toBe('UNAUTHENTICATED')
    await t.signIn()
    expect((await t.ok('organization.list', {})).total).toBe(
      (dataAtBackup.organization ?? []).filter((o) => (o as { archived_at: unknown }).archived_at === null)
        .length,
    )

    // The restored data is what the file holds after a restart. (Signing in records the login on the account,
    // and the restart the day's automatic backup in the settings.)
    const lasting = ['audit_log', 'setting', 'app_user']
    expect(without(dump(t.db()), lasting)).toEqual(without(atBackup, lasting))
    await t.reopen()
    expect(without(dump(t.db()), lasting)).toEqual(without(atBackup, lasting))

    // The chosen file restores just as well.
    await t.ok('backup.restore', { source: chosen })
    expect(without(dump(t.db()), ['audit_log'])).toEqual(dumpFile(chosen, ['audit_log']))
  })
})

// ---- encrypted backups ----

/**
 * A `.shbak` written to the format of backup/files.ts, independently of its code: magic `SHBAK\0\1\0`, 16-byte
 * salt, 12-byte IV, AES-256-GCM ciphertext, 16-byte tag; the key is scrypt(NFC password, salt, N 2^15, r 8, p 1).
 * Used because the core's own encryptFile never returns (see the defect tests below).
 */
function writeShbak(plainFile: string, target: string, password: string): void {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const key = scryptSync(password.normalize('NFC'), salt, 32, {
    N: 2 ** 15,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  })
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(readFileSync(plainFile)), cipher.final()])
  const magic = Buffer.from('SHBAK\u0000\u0001\u0000', 'latin1')
  writeFileSync(target, Buffer.concat([magic, salt, iv, body, cipher.getAuthTag()]), { flag: 'wx' })
}

/** Resolves to 'hung' if `work` has not settled after `ms` (generous): only used to detect a call that never returns. */
function unlessHung<T>(work: Promise<T>, ms: number): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'hung'>((done) => (timer = setTimeout(() => done('hung'), ms)))
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

describe('encrypted backups', () => {
  it('a .shbak restores only with its password; refused restores change nothing', async () => {
    const t = await demoHost()
    const atBackup = dump(t.db())
    const plain = (await t.ok('backup.create', {})).path
    const usb = folder()
    const encrypted = join(usb, 'shuanghe.shbak')
    writeShbak(plain, encrypted, PASSWORD)
    const bytes = readFileSync(encrypted)
    expect(bytes.includes('SQLite format 3')).toBe(false)
    expect(bytes.includes(Buffer.from('烟台市社会组织孵化基地'))).toBe(false)
    expect(readableAsDatabase(encrypted)).toBe(false)

    await changeAfterBackup(t, 2)
    const sourceHash = sha(encrypted)
    const needed = await expectRefusedWithoutChange(
      t,
      'backup.restore',
      { source: encrypted },
      'backup.passwordNeeded',
    )
    expect(needed.message).toBe('该备份已加密，请输入备份密码。')
    for (const password of ['不是这个密码', `${PASSWORD} `, PASSWORD.toLowerCase()]) {
      const wrong = await expectRefusedWithoutChange(
        t,
        'backup.restore',
        { source: encrypted, password },
        'backup.wrongPassword',
      )
      expect(wrong.message.startsWith('备份密码不正确')).toBe(true)
    }
    // A damaged encrypted file is refused the same way, even with the right password.
    const damaged = join(usb, 'damaged.shbak')
    const flipped = Buffer.from(bytes)
    flipped[Math.floor(flipped.length / 2)] = (flipped[Math.floor(flipped.length / 2)] ?? 0) ^ 0x01
    writeFileSync(damaged, flipped)
    await expectRefusedWithoutChange(
      t,
      'backup.restore',
      { source: damaged, password: PASSWORD },
      'backup.wrongPassword',
    )
    expect(sha(encrypted)).toBe(sourceHash)
    expect(listing(usb)).toEqual(['damaged.shbak', 'shuanghe.shbak'])

    // The right password brings the data back; no decrypted copy is left behind.
    const result = await t.ok('backup.restore', { source: encrypted, password: PASSWORD })
    expect(result.restoredFrom).toBe(encrypted)
    expect(without(dump(t.db()), ['audit_log'])).toEqual(without(atBackup, ['audit_log']))
    await t.signIn()
    expect(listing(t.backups)).toEqual([basename(plain), basename(result.safetyBackup)].sort())
  })

  // DEFECT 1 — backup/files.ts:70/74. encryptFile pipes into `out.createWriteStream({ autoClose: false })` on
  // a FileHandle; that stream keeps a reference on the handle, so the final `await out.close()` never settles.
  // backup.create with a password never answers, and createBackup's `finally` never runs: the plaintext
  // `.backup-*.tmp` copy stays in the backup folder and no audit row is written.
  it('backup.create with a password answers, writes an unreadable file, and that file round-trips', async () => {
    const t = await demoHost()
    const atBackup = dump(t.db())
    const answer = await unlessHung(t.ok('backup.create', { password: PASSWORD }), 3000)
    expect(answer, 'backup.create with a password never answered').not.toBe('hung')
    if (answer === 'hung') return
    expect(dirname(answer.path)).toBe(t.backups)
    expect(basename(answer.path)).toMatch(/^manual-\d{8}-\d{6}\.shbak$/)
    expect(answer).toEqual({ path: answer.path, bytes: statSync(answer.path).size, encrypted: true })
    expect(listing(t.backups)).toEqual([basename(answer.path)])
    const usb = folder()
    const chosen = join(usb, 'shuanghe.shbak')
    expect(await t.ok('backup.create', { destination: chosen, password: PASSWORD })).toMatchObject({
      path: chosen,
      encrypted: true,
    })
    expect(listing(usb)).toEqual(['shuanghe.shbak'])
    for (const file of [answer.path, chosen]) {
      expect(readFileSync(file).includes('SQLite format 3')).toBe(false)
      expect(readableAsDatabase(file)).toBe(false)
    }
    await changeAfterBackup(t, 2)
    expect((await t.err('backup.restore', { source: chosen })).key).toBe('backup.passwordNeeded')
    await t.ok('backup.restore', { source: chosen, password: PASSWORD })
    expect(without(dump(t.db()), ['audit_log'])).toEqual(without(atBackup, ['audit_log']))
  }, 10_000)
})

// ---- refusals ----

/** A copy of `file` with 64 bytes in the middle of the used part of the organisation table's root page overwritten. */
function corruptCopy(file: string, to: string): void {
  copyFileSync(file, to)
  const root = withFile(to, (db) =>
    db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'organization'").pluck().get(),
  ) as number
  const bytes = readFileSync(to)
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
  const start = (root - 1) * pageSize
  const contentStart = bytes.readUInt16BE(start + 5) || 65536
  const middle = start + Math.floor((contentStart + pageSize) / 2)
  bytes.fill(0xff, middle - 32, middle + 32)
  writeFileSync(to, bytes)
}

describe('refusals change nothing', () => {
  it('restore refuses damaged files, other files, newer versions, relative and missing paths', async () => {
    const t = await demoHost()
    const valid = (await t.ok('backup.create', {})).path
    await changeAfterBackup(t, 2)
    const src = folder()

    const corrupt = join(src, 'corrupt.db')
    corruptCopy(valid, corrupt)
    const corruptError = await expectRefusedWithoutChange(
      t,
      'backup.restore',
      { source: corrupt },
      'backup.sourceCorrupt',
      null,
    )
    expect(corruptError.message).toMatch(
      /^备份文件未通过完整性检查（.+），已拒绝恢复，当前数据未做任何改动。$/s,
    )

    const truncated = join(src, 'truncated.db')
    copyFileSync(valid, truncated)
    truncateSync(truncated, Math.floor(statSync(valid).size / 2 / 4096) * 4096)
    await expectRefusedWithoutChange(t, 'backup.restore', { source: truncated }, 'backup.sourceCorrupt', null)

    const random = join(src, 'random.db')
    writeFileSync(random, randomBytes(64 * 1024))
    const text = join(src, '说明.db')
    writeFileSync(text, '这不是数据库。\n'.repeat(500))
    const empty = join(src, 'empty.db')
    writeFileSync(empty, '')
    const otherApp = join(src, 'other-app.db')
    const other = new BetterSqlite3(otherApp)
    other.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello')")
    other.close()
    for (const source of [random, text, empty, otherApp]) {
      await expectRefusedWithoutChange(t, 'backup.restore', { source }, 'backup.sourceNotDatabase', {
        path: source,
      })
    }

    // A backup written by a newer 双核 (journal mode left as the backup had it).
    const newer = join(src, 'newer.db')
    copyFileSync(valid, newer)
    const future = new BetterSqlite3(newer)
    future
      .prepare(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '2030-01-01')",
      )
      .run()
    future.close()
    await expectRefusedWithoutChange(t, 'backup.restore', { source: newer }, 'backup.sourceTooNew', {
      found: 9999,
      supported: LATEST_SCHEMA_VERSION,
    })

    await expectRefusedWithoutChange(
      t,
      'backup.restore',
      { source: join('backups', basename(valid)) },
      'backup.destinationNotAbsolute',
    )
    const missing = join(src, '不存在.db')
    await expectRefusedWithoutChange(t, 'backup.restore', { source: missing }, 'backup.sourceMissing', {
      path: missing,
    })
    await expectRefusedWithoutChange(t, 'backup.restore', { source: src }, 'backup.sourceMissing', {
      path: src,
    })

    // The sources themselves are untouched.
    expect(listing(src)).toEqual(
      ['corrupt.db', 'empty.db', 'newer.db', 'other-app.db', 'random.db', 'truncated.db', '说明.db'].sort(),
    )
  })

  it('backup refuses relative paths, missing folders, existing files and wrong extensions', async () => {
    const t = await demoHost()
    const usb = folder()
    const existing = join(usb, 'existing.db')
    writeFileSync(existing, '上次的备份')
    const existingHash = sha(existing)
    const cases: [unknown, AppError['key'], Record<string, string | number>?][] = [
      [{ destination: 'shuanghe.db' }, 'backup.destinationNotAbsolute'],
      [{ destination: join('backups', 'x.db'), password: PASSWORD }, 'backup.destinationNotAbsolute'],
      [
        { destination: join(usb, '没有这个文件夹', 'x.db') },
        'backup.destinationFolderMissing',
        { folder: join(usb, '没有这个文件夹') },
      ],
      [{ destination: existing }, 'backup.destinationExists', { path: existing }],
      [{ destination: join(usb, 'shuanghe.txt') }, 'backup.extension'],
      [{ destination: join(usb, 'shuanghe.db'), password: PASSWORD }, 'backup.extension'],
      [{ destination: join(usb, 'shuanghe.shbak') }, 'backup.extension'],
    ]
    const auditRows = () =>
      t.db().prepare("SELECT count(*) FROM audit_log WHERE channel = 'backup.create'").pluck().get()
    for (const [input, key, params] of cases) {
      await expectRefusedWithoutChange(t, 'backup.create', input, key, params)
      expect(listing(usb)).toEqual(['existing.db'])
      expect(auditRows()).toBe(0)
    }
    expect(sha(existing)).toBe(existingHash)
    expect(existsSync(join(usb, '没有这个文件夹'))).toBe(false)
  })
})

// ---- the backup folder ----

describe('backup.list and permissions', () => {
  it('lists the backups with their kind, size and encryption, and nothing else', async () => {
    const t = await demoHost()
    await t.reopen() // the day's automatic backup
    const plain = await t.ok('backup.create', {})
    const encrypted = join(t.backups, 'manual-20261127-100000.shbak')
    writeShbak(plain.path, encrypted, PASSWORD)
    const { safetyBackup } = await t.ok('backup.restore', { source: plain.path })
    await t.signIn()
    writeFileSync(join(t.backups, '说明.txt'), '备份文件夹')
    writeFileSync(join(t.backups, '.backup-20261127-090000-1.tmp'), '')

    const list = await t.ok('backup.list', {})
    expect(list.folder).toBe(t.backups)
    const files = [...list.files].sort((a, b) => a.name.localeCompare(b.name))
    expect(files.map(({ name, kind, encrypted: e }) => ({ name, kind, encrypted: e }))).toEqual(
      [
        { name: `daily-${TODAY}.db`, kind: 'daily', encrypted: false },
        { name: basename(plain.path), kind: 'manual', encrypted: false },
        { name: basename(encrypted), kind: 'manual', encrypted: true },
        { name: basename(safetyBackup), kind: 'pre-restore', encrypted: false },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    )
    for (const f of files) {
      expect(f.path).toBe(join(t.backups, f.name))
      expect(f.bytes).toBe(statSync(f.path).size)
      expect(f.bytes).toBeGreaterThan(0)
      expect(Number.isNaN(Date.parse(f.createdAt))).toBe(false)
    }
    expect(files.find((f) => f.name === basename(plain.path))?.bytes).toBe(plain.bytes)
  })

  it('only administrators may list, create or restore backups', async () => {
    const t = await demoHost()
    const valid = (await t.ok('backup.create', {})).path
    const username = 'qiantai'
    await t.ok('account.create', {
      username,
      displayName: '前台',
      roles: ['front_desk'],
      password: 'Qiantai2026',
    })
    const first = await t.ok('auth.login', { username, password: 'Qiantai2026' }, { session: null })
    const frontDesk = { session: first.token }
    await t.ok(
      'account.changePassword',
      { currentPassword: 'Qiantai2026', newPassword: 'Qiantai2027' },
      frontDesk,
    )
    // A signed-in front desk account works …
    expect((await t.ok('organization.list', {}, frontDesk)).total).toBeGreaterThan(0)
    const before = state(t)
    const usb = folder()
    const calls: [Channel, unknown][] = [
      ['backup.list', {}],
      ['backup.create', {}],
      ['backup.create', { destination: join(usb, 'x.db') }],
      ['backup.restore', { source: valid }],
    ]
    // … but backups are not its business; nor anyone's who is not signed in.
    for (const [channel, input] of calls) {
      expect((await t.err(channel, input, frontDesk)).code).toBe('FORBIDDEN')
      expect((await t.err(channel, input, { session: null })).code).toBe('UNAUTHENTICATED')
    }
    expect(state(t)).toEqual(before)
    expect(listing(usb)).toEqual([])
    expect((await t.ok('organization.list', {}, frontDesk)).total).toBeGreaterThan(0)
  })
})

// ---- automatic backups ----

describe('automatic backups', () => {
  const dailies = (t: TestHost) => listing(t.backups).filter((n) => n.startsWith('daily-'))

  it('are written at start-up at most once a day, and only for a base that has been set up', async () => {
    const t = await openHost({ setUp: false })
    expect(listing(t.backups)).toEqual([])
    await t.reopen()
    expect(listing(t.backups)).toEqual([])

    // Set up, then started again the same day: one backup of the day.
    await t.ok(
      'system.setup',
      {
        baseName: '烟台市社会组织孵化基地',
        totalAreaM2: 1400,
        adminUsername: ADMIN.username,
        adminDisplayName: ADMIN.displayName,
        adminPassword: ADMIN.password,
      },
      { session: null },
    )
    await t.reopen()
    await t.signIn()
    const today = join(t.backups, `daily-${TODAY}.db`)
    expect(dailies(t)).toEqual([`daily-${TODAY}.db`])
    expect(readFileSync(today).subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
    expect(
      withFile(today, (db) => db.prepare("SELECT value FROM setting WHERE key = 'base'").pluck().get()),
    ).toBe(JSON.stringify({ baseName: '烟台市社会组织孵化基地', totalAreaM2: 1400 }))
    // A self-contained file: not in WAL mode, no side files.
    expect(withFile(today, (db) => db.pragma('journal_mode', { simple: true }))).toBe('delete')
    expect(listing(t.backups)).toEqual([`daily-${TODAY}.db`])
    const first = sha(today)

    // A change, then another start the same day: the day's backup is not written again.
    await t.ok('organization.create', draft(1))
    await t.reopen()
    expect(dailies(t)).toEqual([`daily-${TODAY}.db`])
    expect(sha(today)).toBe(first)

    // The next day: another backup, holding the change.
    await t.reopen('2026-11-28')
    expect(dailies(t)).toEqual([`daily-${TODAY}.db`, 'daily-2026-11-28.db'])
    expect(
      withFile(join(t.backups, 'daily-2026-11-28.db'), (db) =>
        db.prepare('SELECT count(*) FROM organization').pluck().get(),
      ),
    ).toBe(1)
    await t.reopen('2026-11-28')
    expect(dailies(t)).toEqual([`daily-${TODAY}.db`, 'daily-2026-11-28.db'])
  })

  it('are pruned at start-up to the configured number of daily and monthly copies', async () => {
    const t = await openHost()
    await t.ok('system.updateSettings', { idleLockMinutes: 10, backupKeepDaily: 3, backupKeepMonthly: 2 })
    const old = [
      '2026-08-31',
      '2026-09-15',
      '2026-10-01',
      '2026-10-02',
      '2026-10-15',
      '2026-11-01',
      '2026-11-20',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
    ]
    for (const day of old) writeFileSync(join(t.backups, `daily-${day}.db`), `backup of ${day}`)
    writeFileSync(join(t.backups, 'manual-20260801-090000.db'), 'a manual backup')
    writeFileSync(join(t.backups, 'daily-notes.txt'), 'not a backup')

    await t.reopen()
    expect(listing(t.backups)).toEqual([
      'daily-2026-10-01.db', // first of the second-newest month
      'daily-2026-11-01.db', // first of the newest month
      'daily-2026-11-25.db',
      'daily-2026-11-26.db',
      `daily-${TODAY}.db`,
      'daily-notes.txt',
      'manual-20260801-090000.db',
    ])
    // What was kept was not rewritten.
    expect(readFileSync(join(t.backups, 'daily-2026-11-25.db'), 'utf8')).toBe('backup of 2026-11-25')
  })
})

describe('dailyBackupsToDelete', () => {
  /** `count` consecutive days ending on `last`, as daily backup names, in random order. */
  function days(count: number, last: string): string[] {
    const end = Date.parse(`${last}T00:00:00Z`)
    const names = Array.from(
      { length: count },
      (_, i) => `daily-${new Date(end - i * 86_400_000).toISOString().slice(0, 10)}.db`,
    )
    const key = (n: string) => createHash('sha256').update(n).digest('hex')
    return names.sort((a, b) => (key(a) < key(b) ? -1 : 1))
  }
  const kept = (names: string[], keepDaily: number, keepMonthly: number) => {
    const deleted = new Set(dailyBackupsToDelete(names, keepDaily, keepMonthly))
    return names.filter((n) => !deleted.has(n)).sort()
  }

  it('keeps the newest days and the first backup of each of the newest months', () => {
    // 2026-10-20 … 2026-11-28: 12 days of October, 28 of November.
    const names = days(40, '2026-11-28')
    expect(kept(names, 7, 2)).toEqual([
      'daily-2026-10-20.db',
      'daily-2026-11-01.db',
      'daily-2026-11-22.db',
      'daily-2026-11-23.db',
      'daily-2026-11-24.db',
      'daily-2026-11-25.db',
      'daily-2026-11-26.db',
      'daily-2026-11-27.db',
      'daily-2026-11-28.db',
    ])
    expect(dailyBackupsToDelete(names, 7, 2)).toHaveLength(31)
    expect(kept(names, 7, 0)).toEqual(days(7, '2026-11-28').sort())
    expect(kept(names, 7, 1)).toEqual(['daily-2026-11-01.db', ...days(7, '2026-11-28').sort()])
  })

  it('counts months that have backups, across years', () => {
    const names = [
      'daily-2025-11-30.db',
      'daily-2025-12-05.db',
      'daily-2025-12-06.db',
      'daily-2026-01-02.db',
      'daily-2026-03-10.db',
      'daily-2026-03-11.db',
      'daily-2026-03-12.db',
    ]
    expect(kept(names, 2, 3)).toEqual([
      'daily-2025-12-05.db',
      'daily-2026-01-02.db',
      'daily-2026-03-10.db',
      'daily-2026-03-11.db',
      'daily-2026-03-12.db',
    ])
    expect(kept(names, 1, 12)).toEqual([
      'daily-2025-11-30.db',
      'daily-2025-12-05.db',
      'daily-2026-01-02.db',
      'daily-2026-03-10.db',
      'daily-2026-03-12.db',
    ])
  })

  it('deletes nothing when there are fewer backups than it keeps, and never other files', () => {
    expect(dailyBackupsToDelete(days(5, '2026-11-28'), 7, 0)).toEqual([])
    expect(dailyBackupsToDelete([], 7, 12)).toEqual([])
    const others = ['manual-20260101-090000.db', 'pre-restore-20260101-090000.db', 'daily-2026-01-01.shbak']
    expect(dailyBackupsToDelete([...others, ...days(10, '2026-11-28')], 1, 0).sort()).toEqual(
      days(10, '2026-11-28').sort().slice(0, 9),
    )
  })
})

// ---- before a migration ----

/** A database as the first release left it: only migration 0001, with a base and an organisation. */
function oldDatabase(file: string): void {
  mkdirSync(dirname(file), { recursive: true })
  const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) })
  db.prepare("INSERT INTO setting (key, value) VALUES ('base', ?)").run(
    JSON.stringify({ baseName: '老基地', totalAreaM2: 800 }),
  )
  const at = '2026-06-01T10:00:00+08:00'
  const id = db
    .prepare(
      `INSERT INTO organization (name, name_key, name_initials, name_pinyin, search_text, short_name, uscc,
         legal_type, stage, stage_date, contact_person, contact_phone, created_at, updated_at)
       VALUES (?, ?, 'ytsfsqcfzlfwzx', 'yantaishi', ?, '春风助老', ?, 'social_group', 'resident', '2026-05-01',
         '王海燕', '13512345678', ?, ?)`,
    )
    .run(
      '烟台市福山区春风助老服务中心',
      '烟台市福山区春风助老服务中心',
      '烟台市福山区春风助老服务中心 春风助老',
      codeFor(7),
      at,
      at,
    ).lastInsertRowid
  db.prepare(
    `INSERT INTO organization_stage_history (organization_id, stage, date, note, recorded_at, recorded_by)
     VALUES (?, 'resident', '2026-05-01', '', ?, '系统')`,
  ).run(id, at)
  db.prepare(
    `INSERT INTO audit_log (at, actor, channel, entity, entity_id, before_json, after_json)
     VALUES (?, '系统', 'organization.create', 'organization', ?, NULL, '{}')`,
  ).run(at, id)
  db.close()
}

describe('the backup before a migration', () => {
  it('keeps the old file in the backup folder and migrates the data intact', async () => {
    const dir = folder()
    const file = join(dir, 'shuanghe.db')
    oldDatabase(file)
    const old = dumpFile(file)
    expect(withFile(file, schemaVersionOf)).toBe(1)

    const host = await Host.open({ file, clock: createClock(TODAY, () => START) })
    hosts.push(host)
    const backups = join(dir, 'backups')
    const pre = listing(backups).filter((n) => n.startsWith('pre-migration-'))
    expect(pre).toHaveLength(1)
    expect(pre[0]).toMatch(new RegExp(`^pre-migration-v1-to-v${LATEST_SCHEMA_VERSION}-20261127-090000\\.db$`))
    const preFile = join(backups, pre[0] ?? '')
    expect(withFile(preFile, schemaVersionOf)).toBe(1)
    expect(dumpFile(preFile)).toEqual(old)
    expect(host.listBackups().files.find((f) => f.name === pre[0])?.kind).toBe('pre-migration')

    // The opened database is at the latest version, with the data as it was.
    const db = host.current.db
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION)
    const now = dump(db)
    for (const table of ['organization', 'organization_service_area', 'organization_stage_history']) {
      expect(now[table], table).toEqual(old[table])
    }
    expect(db.prepare("SELECT value FROM setting WHERE key = 'base'").pluck().get()).toBe(
      JSON.stringify({ baseName: '老基地', totalAreaM2: 800 }),
    )
    expect(
      (now.audit_log ?? []).map((r) => {
        const { actor_id: _added, ...row } = r as Record<string, unknown>
        return row
      }),
    ).toEqual(old.audit_log)

    // Opening it again migrates nothing and backs nothing up before a migration.
    host.close()
    const again = await Host.open({ file, clock: createClock(TODAY, () => START + 60_000) })
    hosts.push(again)
    expect(listing(backups).filter((n) => n.startsWith('pre-migration-'))).toEqual(pre)
  })

  // At commit 904ec7e system.setup refused a base whose `base` setting existed, so a base set up under schema 1
  // (no accounts yet) showed the first-start screen and then refused it: nobody could sign in. Fixed in the
  // working tree (system/handlers.ts: refuse only when an account exists); these two keep it fixed.
  it('after upgrading a base from schema 1, its administrator can be set up and sees the data', async () => {
    const dir = folder()
    const file = join(dir, 'shuanghe.db')
    oldDatabase(file)
    const host = await Host.open({ file, clock: createClock(TODAY, () => START) })
    hosts.push(host)
    const status = await host.dispatch({ session: null }, 'auth.status', {})
    expect(status.ok && status.data.initialized).toBe(false)
    const setup = await host.dispatch({ session: null }, 'system.setup', {
      baseName: '老基地',
      totalAreaM2: 800,
      adminUsername: ADMIN.username,
      adminDisplayName: ADMIN.displayName,
      adminPassword: ADMIN.password,
    })
    expect(setup.ok ? null : setup.error.message).toBeNull()
    if (!setup.ok) return
    const list = await host.dispatch({ session: setup.data.login.token }, 'organization.list', {})
    expect(list.ok && list.data.items.map((o) => o.name)).toEqual(['烟台市福山区春风助老服务中心'])
  })

  it('restoring the pre-migration backup brings the old data back, migrated, ready for a first administrator', async () => {
    const dir = folder()
    const file = join(dir, 'shuanghe.db')
    oldDatabase(file)
    const old = dumpFile(file)
    const t = await openHost({ dir })
    const pre = listing(t.backups).find((n) => n.startsWith('pre-migration-')) ?? ''
    await t.ok('organization.create', draft(2))

    const result = await t.ok('backup.restore', { source: join(t.backups, pre) })
    expect(schemaVersionOf(t.db())).toBe(LATEST_SCHEMA_VERSION)
    const now = dump(t.db())
    for (const table of ['organization', 'organization_service_area', 'organization_stage_history']) {
      expect(now[table], table).toEqual(old[table])
    }
    expect(
      withFile(result.safetyBackup, (db) => db.prepare('SELECT count(*) FROM organization').pluck().get()),
    ).toBe(2)
    // The old file had no accounts: after the restore's audit row, a first start again.
    expect(
      t.db().prepare("SELECT actor FROM audit_log WHERE channel = 'backup.restore'").pluck().all(),
    ).toEqual([ADMIN.displayName])
    const status = await t.ok('auth.status', {}, { session: null })
    expect(status.initialized).toBe(false)
    const setup = await t.ok(
      'system.setup',
      {
        baseName: '老基地',
        totalAreaM2: 800,
        adminUsername: ADMIN.username,
        adminDisplayName: ADMIN.displayName,
        adminPassword: ADMIN.password,
      },
      { session: null },
    )
    const list = await t.ok('organization.list', {}, { session: setup.login.token })
    expect(list.items.map((o) => o.name)).toEqual(['烟台市福山区春风助老服务中心'])
  })
})

// ---- defects found while writing these tests, kept as regression tests ----

describe('defects found while writing these tests (fixed)', () => {
  // DEFECT 2 — host.ts:133. Every createBackup in the same second uses the same temporary file
  // `.backup-<stamp>-<pid>.tmp`, and nothing serialises backups: concurrent backups write into, copy from and
  // delete each other's temporary file. Some fail with "disk I/O error" or ENOENT, and one can report success
  // with a file that is not a database. Fix: a unique temporary name per call (e.g. randomUUID()), and/or run
  // backups one at a time (like restores, through `busy`).
  it('concurrent backups to different files each succeed with a complete copy', async () => {
    const t = await demoHost({ tick: false })
    const usb = folder()
    const targets = ['a.db', 'b.db', 'c.db'].map((n) => join(usb, n))
    const results = await Promise.all(
      targets.map(async (destination) => t.host.dispatch(t.ctx, 'backup.create', { destination })),
    )
    const live = dump(t.db(), ['audit_log'])
    for (const [i, result] of results.entries()) {
      expect(result.ok ? null : result.error, targets[i]).toBeNull()
      expect(readableAsDatabase(targets[i] ?? '')).toBe(true)
      expect(dumpFile(targets[i] ?? '', ['audit_log'])).toEqual(live)
    }
  })

  // DEFECT 3 — host.ts:177. The safety backup is named `pre-restore-<stamp>.db` with a one-second stamp, and
  // onlineBackup overwrites an existing file: a second restore in the same second replaces the first safety
  // backup, and the data from before the first restore is in no backup any more (both results name the same
  // file). Fix: a name that cannot collide (add milliseconds or a counter, or refuse/skip an existing name).
  it('a second restore in the same second keeps the first safety backup', async () => {
    const t = await demoHost({ tick: false })
    const backup = (await t.ok('backup.create', { destination: join(folder(), 'before.db') })).path
    await changeAfterBackup(t, 2)
    const beforeFirstRestore = dump(t.db())
    const first = await t.ok('backup.restore', { source: backup })
    await t.signIn()
    const second = await t.ok('backup.restore', { source: backup })
    expect(second.safetyBackup).not.toBe(first.safetyBackup)
    expect(dumpFile(first.safetyBackup)).toEqual(beforeFirstRestore)
  })

  // DEFECT 4 — host.ts:128. The default name `manual-<stamp>.db` has one-second resolution: a second backup to
  // the folder in the same second (a double click) is refused with 目标文件“…manual-….db”已存在。为防止覆盖，
  // 请换一个文件名。 although the user chose no name. Fix: as for DEFECT 3.
  it('two backups to the backup folder in the same second both succeed', async () => {
    const t = await demoHost({ tick: false })
    const first = await t.ok('backup.create', {})
    const second = await t.host.dispatch(t.ctx, 'backup.create', {})
    expect(second.ok ? null : second.error.message).toBeNull()
    expect(listing(t.backups).filter((n) => n.startsWith('manual-'))).toHaveLength(2)
    expect(first.path).not.toBe(second.ok ? second.data.path : first.path)
  })

  // DEFECT 5 — host.ts:167/204 with backup/files.ts verifyDatabaseFile. A data file copied from another
  // computer is in WAL mode (its header says so even after a clean close). The restore copies it to
  // `.restore-*.tmp` and opens that read-only to verify it, which creates `.restore-*.tmp-wal` and
  // `.restore-*.tmp-shm`; the `finally` removes only the .tmp, so both side files stay in the backup folder —
  // after a successful restore and after a refused one ("a refused restore changes nothing").
  // Fix: also remove `${plain}-wal` and `${plain}-shm` in the finally (or switch the copy to
  // journal_mode=DELETE / open it with `immutable=1` before verifying).
  it('restoring a data file from another computer leaves no side files in the backup folder', async () => {
    const other = await demoHost()
    other.host.close()
    const dataFile = join(folder(), 'shuanghe.db')
    copyFileSync(other.file, dataFile)
    expect(readFileSync(dataFile)[18]).toBe(2) // WAL mode in the header
    const tooNew = join(dirname(dataFile), 'newer.db')
    copyFileSync(other.file, tooNew)
    const future = new BetterSqlite3(tooNew)
    future.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'x', 'x')").run()
    future.close()

    const t = await demoHost()
    await expectRefusedWithoutChange(t, 'backup.restore', { source: tooNew }, 'backup.sourceTooNew', {
      found: 9999,
      supported: LATEST_SCHEMA_VERSION,
    })
    const result = await t.ok('backup.restore', { source: dataFile })
    expect(listing(t.backups)).toEqual([basename(result.safetyBackup)])
  })
})
