// `npm run web -- --db <file> [--port <n>] [--token <t>] [--today <YYYY-MM-DD>]`
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { DatabaseOpenError } from '../core/db/open'
import { Host } from '../core/host'
import { databasePath, intFlag, parseFlags, todayFlag, UsageError } from '../core/lib/args'
import { createClock } from '../core/lib/clock'
import { startHttpHost } from './server'

async function main(argv: readonly string[]): Promise<void> {
  const flags = parseFlags(argv)
  const staticDir = join(__dirname, '../renderer')
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new UsageError(`未找到界面文件 ${staticDir}/index.html：请先运行 npm run build。`)
  }
  const token = flags.get('token') ?? randomBytes(24).toString('hex')
  if (!/^[\w-]{16,128}$/.test(token)) {
    throw new UsageError('--token 应为 16–128 个字母、数字、下划线或连字符。')
  }
  const port = intFlag(flags, 'port', 0, 65535) ?? 0
  const clock = createClock(todayFlag(flags))
  const file = databasePath(flags)
  mkdirSync(dirname(file), { recursive: true })
  const core = await Host.open({ file, clock, resourcesDir: join(__dirname, '../../resources') })
  const web = await startHttpHost({ app: core, staticDir, token, port, host: flags.get('host') })
  console.log(`Web host: ${web.url}`)
  const stop = () => {
    void web.close().then(() => {
      core.close()
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof DatabaseOpenError) console.error(err.message)
  else console.error(err)
  process.exit(2)
})
