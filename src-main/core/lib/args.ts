// Command-line flags shared by the CLIs (`npm run web`, `npm run demo`): `--name value` or `--name=value`.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { isRealDate } from '../../shared/schemas'

export function parseFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (!arg.startsWith('--')) continue
    const eq = arg.indexOf('=')
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1))
    else {
      const next = argv[i + 1]
      if (next !== undefined && !next.startsWith('--')) {
        flags.set(arg.slice(2), next)
        i++
      } else flags.set(arg.slice(2), 'true')
    }
  }
  return flags
}

/** A CLI mistake: printed as is, exit code 2. */
export class UsageError extends Error {}

export function todayFlag(flags: Map<string, string>): string | undefined {
  const today = flags.get('today')
  if (today !== undefined && !isRealDate(today)) {
    throw new UsageError(`--today 应为真实日期，格式 YYYY-MM-DD（如 2026-11-27），收到“${today}”。`)
  }
  return today
}

export function intFlag(
  flags: Map<string, string>,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = flags.get(name)
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} 应为 ${min} 到 ${max} 之间的整数，收到“${raw}”。`)
  }
  return n
}

/** Where Electron keeps the app's data (`userData`), computed without Electron. */
export function defaultDataDirectory(platform: NodeJS.Platform = process.platform): string {
  const home = homedir()
  const appData =
    platform === 'win32'
      ? (process.env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(home, '.config'))
  return join(appData, 'shuanghe')
}

/** `--db`, else `SHUANGHE_DB`, else the app's data folder. */
export function databasePath(flags: Map<string, string>): string {
  return flags.get('db') ?? process.env.SHUANGHE_DB ?? join(defaultDataDirectory(), 'shuanghe.db')
}
