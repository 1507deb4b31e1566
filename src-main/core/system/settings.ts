// 系统设置: small JSON values by key. Later modules add their own keys with defaults here.
import type { Database } from '../db/open'
import { cached } from '../db/statements'

export interface BaseInfo {
  baseName: string
  totalAreaM2: number
}

interface SettingValues {
  base: BaseInfo
}

const statements = cached((db: Database) => ({
  get: db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?'),
  put: db.prepare<[string, string]>(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}))

export function readSetting<K extends keyof SettingValues>(db: Database, key: K): SettingValues[K] | null {
  const row = statements(db).get.get(key)
  return row ? (JSON.parse(row.value) as SettingValues[K]) : null
}

export function writeSetting<K extends keyof SettingValues>(
  db: Database,
  key: K,
  value: SettingValues[K],
): void {
  statements(db).put.run(key, JSON.stringify(value))
}
