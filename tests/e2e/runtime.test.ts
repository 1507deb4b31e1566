// The built web host refuses to run where it cannot: an old Node (better-sqlite3 13 would crash it with a
// segmentation fault) and an impossible --today. Both must fail fast, with a sentence, before any data is touched.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const WEB_ENTRY = resolve(import.meta.dirname, '../../out/main/web.js')
const SYSTEM_NODE = '/usr/bin/node'

/** The major version of the system's Node, or null when there is none (or it does not answer). */
function systemNodeMajor(): number | null {
  if (!existsSync(SYSTEM_NODE)) return null
  const result = spawnSync(SYSTEM_NODE, ['-v'], { encoding: 'utf8', timeout: 10_000 })
  const match = /^v(\d+)\./.exec(result.stdout ?? '')
  return match ? Number(match[1]) : null
}

const systemMajor = systemNodeMajor()
// The refusal can only be seen with a Node older than 22. On machines whose /usr/bin/node is missing or
// already 22 or newer there is nothing to refuse, so that test is skipped there.
const noOldSystemNode = systemMajor === null || systemMajor >= 22

describe('the web host refuses bad runtimes and flags', () => {
  let dir = ''

  beforeAll(() => {
    if (!existsSync(WEB_ENTRY)) throw new Error(`${WEB_ENTRY} 不存在：请先运行 npx electron-vite build。`)
    dir = mkdtempSync(join(tmpdir(), 'shuanghe-runtime-'))
  })

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.skipIf(noOldSystemNode)(
    `an old system Node (${String(systemMajor)}) exits at once with a sentence, not a crash`,
    () => {
      const dbFile = join(dir, 'old-node.db')
      const started = Date.now()
      const result = spawnSync(SYSTEM_NODE, [WEB_ENTRY, '--db', dbFile, '--port', '0'], {
        encoding: 'utf8',
        timeout: 20_000,
        killSignal: 'SIGKILL',
      })
      const elapsed = Date.now() - started
      expect(result.signal).toBeNull()
      expect(result.status).not.toBe(0)
      expect(result.status).not.toBeNull()
      expect(elapsed).toBeLessThan(10_000)
      expect(result.stderr).toContain('双核需要 Node.js 22')
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/segmentation fault|Web host:/i)
      expect(existsSync(dbFile)).toBe(false)
    },
  )

  it('an impossible --today exits with code 2 and names the flag', () => {
    const dbFile = join(dir, 'bad-today.db')
    // process.execPath is the Node 22 running the tests.
    const result = spawnSync(
      process.execPath,
      [WEB_ENTRY, '--db', dbFile, '--port', '0', '--today', '2026-02-30'],
      { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' },
    )
    expect(result.signal).toBeNull()
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--today')
    expect(result.stderr).toContain('2026-02-30')
    expect(result.stdout).not.toContain('Web host:')
    expect(existsSync(dbFile)).toBe(false)
  })
})
