import type { Database } from './open'

/**
 * Prepared statements, made once per database and reused: `const s = cached(prepare)` then `s(db).find.get(...)`.
 */
export function cached<T>(prepare: (db: Database) => T): (db: Database) => T {
  const byDb = new WeakMap<Database, T>()
  return (db) => {
    let s = byDb.get(db)
    if (!s) {
      s = prepare(db)
      byDb.set(db, s)
    }
    return s
  }
}
