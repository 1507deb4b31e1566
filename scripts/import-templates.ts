// Writes the import templates into resources/templates/ from the importer's columns:
//   npx vite-node --config vite.scripts.mts scripts/import-templates.ts
// Run it after changing src-main/core/imports/columns.ts, and commit the files (a test compares them).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { IMPORT_KINDS } from '../src-main/shared/schemas'
import { TEMPLATE_FILES } from '../src-main/core/imports/columns'
import { buildTemplate } from '../src-main/core/imports/templates'

const folder = join(process.cwd(), 'resources', 'templates')
mkdirSync(folder, { recursive: true })
for (const kind of IMPORT_KINDS) {
  const file = join(folder, TEMPLATE_FILES[kind])
  writeFileSync(file, await buildTemplate(kind))
  console.log(`wrote ${file}`)
}
