// The migrations bundled into the build: `NNNN_name.sql`, applied in order, never edited once shipped.

export interface Migration {
  version: number
  name: string
  sql: string
}

const files = import.meta.glob<string>('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export const MIGRATIONS: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const m = /\/(\d{4})_([\w-]+)\.sql$/.exec(path)
    if (!m) throw new Error(`Migration file name must be NNNN_name.sql: ${path}`)
    return { version: Number(m[1]), name: m[2] ?? '', sql }
  })
  .sort((a, b) => a.version - b.version)

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0
