// `npm run demo -- --db <file> [--scale N] [--today YYYY-MM-DD]`: a demo base in a database file.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { createApp } from '../app'
import { SYSTEM_ACTOR } from '../context'
import { DatabaseOpenError, openDatabase } from '../db/open'
import { databasePath, intFlag, parseFlags, todayFlag, UsageError } from '../lib/args'
import { createClock } from '../lib/clock'
import { countOrganizations } from '../organizations/repository'
import { readSetting, writeSetting } from '../system/settings'
import { buildScaledBase } from './demo'

export const DEMO_BASE = { baseName: '烟台市福山区社会组织孵化基地', totalAreaM2: 1400 }

async function main(argv: readonly string[]): Promise<void> {
  const flags = parseFlags(argv)
  const file = databasePath(flags)
  const scale = intFlag(flags, 'scale', 1, 40_000)
  const clock = createClock(todayFlag(flags))
  mkdirSync(dirname(file), { recursive: true })
  const db = openDatabase(file)
  try {
    if (countOrganizations(db, true) > 0) {
      throw new UsageError(`“${file}”中已有入驻组织，示例数据只写入空的数据库。请换一个文件名。`)
    }
    if (!readSetting(db, 'base')) writeSetting(db, 'base', DEMO_BASE)
    const started = performance.now()
    if (scale !== undefined) {
      buildScaledBase(db, scale, {
        today: clock.today(),
        timestamp: clock.timestamp(),
        actorName: '示例数据',
      })
    } else {
      const result = await createApp({ db, clock }).dispatch({ actor: SYSTEM_ACTOR }, 'demo.load', {})
      if (!result.ok) throw new UsageError(result.error.message)
    }
    const ms = Math.round(performance.now() - started)
    console.log(`示例基地已写入 ${file}：${countOrganizations(db, true)} 个入驻组织（${ms} ms）。`)
  } finally {
    db.close()
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof DatabaseOpenError) {
    console.error(err.message)
    process.exitCode = 2
  } else throw err
})
