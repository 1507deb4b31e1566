// Crash safety: a child process writes through the real core's `dispatch` and is killed with SIGKILL at
// random moments, 20 times, on the same database file. After every kill the file passes
// `PRAGMA integrity_check`, and every write the child reported as committed is there, with its audit row.
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../src-main/core/db/open'
import { tempDir } from './helpers'
import { seededRandom } from '../../src-main/core/lib/random'

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const ENTRY = join(ROOT, 'tests/core/fixtures/crash-writer.ts')
const RUNS = 20

let work = ''
let bundle = ''

beforeAll(async () => {
  work = tempDir()
  // The child needs Vite's transforms (import.meta.glob of the migrations), so it runs as a bundle; its
  // node_modules dependencies stay external and are found through NODE_PATH.
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      ssr: ENTRY,
      outDir: join(work, 'bundle'),
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: 'crash-writer.cjs' } },
    },
  })
  bundle = join(work, 'bundle', 'crash-writer.cjs')
}, 30_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

interface KillPlan {
  /** Count the delay from the child's first committed write (true) or from its start (false). */
  afterFirstCommit: boolean
  delayMs: number
}

interface ChildRun {
  lines: string[]
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
}

/** Starts the writer on `file`, kills it with SIGKILL as planned, and returns the complete lines it printed. */
function runWriter(file: string, run: number, plan: KillPlan): Promise<ChildRun> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [bundle, file, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    })
    const lines: string[] = []
    let pending = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    const kill = () => child.kill('SIGKILL')
    const arm = () => (timer ??= setTimeout(kill, plan.delayMs))
    // A writer that never commits anything would hang the test: give up after a generous while.
    const guard = setTimeout(kill, 15_000)
    if (!plan.afterFirstCommit) arm()
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      pending += chunk
      const parts = pending.split('\n')
      pending = parts.pop() ?? ''
      for (const line of parts) {
        lines.push(line)
        if (line.startsWith('committed ')) arm()
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', failed)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(guard)
      // A line cut off by the kill was never fully reported: it does not count.
      done({ lines, signal, code, stderr })
    })
  })
}

interface Reported {
  creates: Set<number>
  /** note → the organisation and the stage it was moved to. */
  changes: Map<string, { id: number; stage: string }>
  /** Each organisation's stage after the last write reported for it. */
  lastStage: Map<number, string>
}

function record(reported: Reported, line: string): void {
  const [word, kind, id, stage, note] = line.split(' ')
  if (word !== 'committed') return
  const orgId = Number(id)
  if (kind === 'org') reported.creates.add(orgId)
  else if (kind === 'stage' && note) reported.changes.set(note, { id: orgId, stage: stage ?? '' })
  else throw new Error(`unexpected line from the writer: ${line}`)
  reported.lastStage.set(orgId, stage ?? '')
}

interface Written {
  /** Writes found in the file that the child did not report (committed just before the kill). */
  unreported: { creates: number[]; changes: string[] }
}

/** Checks the database against what the child reported; returns what it holds beyond that. */
function check(db: Database, reported: Reported): Written {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  expect(db.pragma('foreign_key_check')).toEqual([])

  const orgs = new Map(
    (db.prepare('SELECT id, stage FROM organization').all() as { id: number; stage: string }[]).map((o) => [
      o.id,
      o.stage,
    ]),
  )
  const changes = new Map(
    (
      db
        .prepare("SELECT organization_id AS id, stage, note FROM organization_stage_history WHERE note <> ''")
        .all() as { id: number; stage: string; note: string }[]
    ).map((c) => [c.note, { id: c.id, stage: c.stage }]),
  )
  const audit = db
    .prepare(
      `SELECT channel, entity_id AS id, json_extract(after_json, '$.note') AS note FROM audit_log
       WHERE channel IN ('organization.create', 'organization.changeStage')`,
    )
    .all() as { channel: string; id: number; note: string | null }[]

  // Every reported write is there …
  for (const id of reported.creates) expect(orgs.has(id), `organisation ${id}`).toBe(true)
  for (const [note, change] of reported.changes) expect(changes.get(note), note).toEqual(change)
  // … and every write in the file, reported or not, has exactly its audit row (same transaction).
  const createAudits = audit.filter((a) => a.channel === 'organization.create').map((a) => a.id)
  const changeAudits = audit.filter((a) => a.channel === 'organization.changeStage')
  expect(createAudits.sort((a, b) => a - b)).toEqual([...orgs.keys()].sort((a, b) => a - b))
  expect(changeAudits.map((a) => a.note).sort()).toEqual([...changes.keys()].sort())
  for (const a of changeAudits) expect(changes.get(a.note ?? '')?.id).toBe(a.id)

  // Each organisation's current stage is that of its newest history entry (the two rows move together) …
  const newest = db
    .prepare(
      `SELECT h.organization_id AS id, h.stage FROM organization_stage_history h
       WHERE h.id = (SELECT max(id) FROM organization_stage_history WHERE organization_id = h.organization_id)`,
    )
    .all() as { id: number; stage: string }[]
  expect(newest.length).toBe(orgs.size)
  for (const n of newest) expect(orgs.get(n.id), `stage of ${n.id}`).toBe(n.stage)

  const unreported = {
    creates: [...orgs.keys()].filter((id) => !reported.creates.has(id)),
    changes: [...changes.keys()].filter((note) => !reported.changes.has(note)),
  }
  // … and, unless a write the child did not get to report touched it since, the stage it reported.
  const touched = new Set([
    ...unreported.creates,
    ...unreported.changes.map((note) => changes.get(note)?.id ?? 0),
  ])
  for (const [id, stage] of reported.lastStage) {
    if (!touched.has(id)) expect(orgs.get(id), `reported stage of ${id}`).toBe(stage)
  }
  return { unreported }
}

/** Opens a copy of the killed child's files (main file and WAL, no shared-memory index), as a restart would. */
function openCopy(file: string, dir: string, run: number): Database {
  const copy = join(dir, `after-kill-${run}.db`)
  copyFileSync(file, copy)
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`)
  return openDatabase(copy)
}

describe('crash safety', () => {
  it('a writer killed with SIGKILL 20 times leaves an intact file holding every write it reported', async () => {
    const file = join(work, 'crash.db')
    const copies = join(work, 'copies')
    mkdirSync(copies)
    const random = seededRandom(20261127)
    const reported: Reported = { creates: new Set(), changes: new Map(), lastStage: new Map() }
    let unreportedSoFar = 0
    const perRun: number[] = []

    for (let run = 1; run <= RUNS; run++) {
      const r = random()
      // Mostly 5–50 ms after the first committed write; some much later; some counted from the start,
      // which may land while the child is still opening (or, the first time, migrating) the file.
      const plan: KillPlan =
        run % 5 === 0
          ? { afterFirstCommit: false, delayMs: Math.floor(r * 400) }
          : run % 3 === 0
            ? { afterFirstCommit: true, delayMs: 100 + Math.floor(r * 500) }
            : { afterFirstCommit: true, delayMs: 5 + Math.floor(r * 46) }
      const child = await runWriter(file, run, plan)
      const failure = child.lines.find((l) => l.startsWith('error'))
      expect(failure ?? child.stderr, `run ${run} must not fail by itself`).toBe('')
      expect(child.signal, `run ${run} ended by SIGKILL`).toBe('SIGKILL')
      const committed = child.lines.filter((l) => l.startsWith('committed '))
      for (const line of committed) record(reported, line)
      perRun.push(committed.length)

      const db = openCopy(file, copies, run)
      try {
        const { unreported } = check(db, reported)
        // At most the one write in flight when the kill came may be in the file without its line.
        const count = unreported.creates.length + unreported.changes.length
        expect(count - unreportedSoFar, `run ${run}: writes without a reported line`).toBeLessThanOrEqual(1)
        unreportedSoFar = count
      } finally {
        db.close()
      }
    }

    // The original file itself, reopened after the last kill.
    const db = openDatabase(file)
    try {
      check(db, reported)
    } finally {
      db.close()
    }
    expect(reported.creates.size + reported.changes.size).toBeGreaterThan(0)
    expect(perRun.filter((n) => n > 0).length).toBeGreaterThan(RUNS / 2)
  }, 60_000)
})
