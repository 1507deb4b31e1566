// 导入 Excel channels: the template of each kind, a preview that writes nothing, and the confirmed import; plus
// the 导出 Excel of the organisation and unit lists, whose columns are the templates' (export → import round-trips).
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportKind, ImportMode, ImportPreview, ImportResult } from '../../shared/entities'
import type { HandlerEnv } from '../context'
import { fail } from '../errors'
import { defineHandlers } from '../registry'
import { TEMPLATE_FILES, TEMPLATE_TITLES } from './columns'
import { checkRows, type ImportSpec } from './engine'
import { exportOrganizations, exportUnits } from './exports'
import { memberSpec, organizationSpec, unitSpec } from './kinds'
import { readImportFile, type ParsedFile } from './workbook'

/** A previewed file, kept a while so that the confirmation checks (and writes) exactly the rows the user saw. */
interface Remembered {
  kind: ImportKind
  userId: number | null
  fileName: string
  file: ParsedFile
  expiresAt: number
}

const remembered = new Map<string, Remembered>()
/** A preview stays confirmable for half an hour; a few at most are kept (each holds a whole file). */
const PREVIEW_TTL_MS = 30 * 60_000
const MAX_REMEMBERED = 8

function remember(env: HandlerEnv, kind: ImportKind, fileName: string, file: ParsedFile): string {
  const now = env.clock.nowMs()
  for (const [token, entry] of remembered) if (entry.expiresAt <= now) remembered.delete(token)
  while (remembered.size >= MAX_REMEMBERED) {
    const oldest = remembered.keys().next().value
    if (oldest === undefined) break
    remembered.delete(oldest)
  }
  const token = randomUUID()
  remembered.set(token, { kind, userId: env.actor.userId, fileName, file, expiresAt: now + PREVIEW_TTL_MS })
  return token
}

function recall(env: HandlerEnv, kind: ImportKind, token: string): Remembered {
  const entry = remembered.get(token)
  if (
    !entry ||
    entry.kind !== kind ||
    entry.userId !== env.actor.userId ||
    entry.expiresAt <= env.clock.nowMs()
  ) {
    fail('CONFLICT', 'imports.tokenExpired')
  }
  return entry
}

async function preview<C>(
  env: HandlerEnv,
  spec: ImportSpec<C>,
  input: { fileName: string; contentBase64: string },
): Promise<ImportPreview> {
  const file = await readImportFile(input.contentBase64, spec.columns)
  const checked = checkRows(env, spec, file, 'preview')
  return {
    kind: spec.kind,
    token: remember(env, spec.kind, input.fileName, file),
    fileName: input.fileName,
    total: checked.total,
    valid: checked.valid,
    invalid: checked.invalid,
    withWarnings: checked.withWarnings,
    rows: checked.rows,
  }
}

/** Checks every row again inside this write (the base may have changed since the preview), then writes. */
function commit<C>(
  env: HandlerEnv,
  spec: ImportSpec<C>,
  input: { token: string; mode: ImportMode },
): ImportResult {
  const entry = recall(env, spec.kind, input.token)
  const checked = checkRows(env, spec, entry.file, input.mode)
  const refused = input.mode === 'allOrNothing' && checked.invalid > 0
  for (const audit of checked.audits) env.audit(audit)
  env.audit({
    entity: 'import',
    entityId: null,
    before: null,
    after: {
      kind: spec.kind,
      mode: input.mode,
      fileName: entry.fileName,
      rows: checked.total,
      created: checked.created,
      withErrors: checked.invalid,
      refused,
    },
  })
  // A refused file may still be imported without its bad rows; a written one not twice.
  if (!refused) remembered.delete(input.token)
  return {
    kind: spec.kind,
    mode: input.mode,
    total: checked.total,
    created: checked.created,
    skipped: checked.total - checked.created,
    refused,
    rows: checked.rows.filter((r) => r.errors.length > 0),
  }
}

export const importHandlers = defineHandlers({
  /** The shipped template of a kind, as the file to save. */
  'import.template': {
    permission: 'session',
    write: false,
    run: async ({ resourcesDir }, { kind }) => {
      const file = TEMPLATE_FILES[kind]
      if (!resourcesDir) fail('CONFLICT', 'imports.templateMissing', { file })
      let bytes: Buffer
      try {
        bytes = await readFile(join(resourcesDir, 'templates', file))
      } catch {
        fail('CONFLICT', 'imports.templateMissing', { file })
      }
      return { fileName: `${TEMPLATE_TITLES[kind]}.xlsx`, contentBase64: bytes.toString('base64'), rows: 0 }
    },
  },
  'organization.importPreview': {
    permission: 'organization.write',
    write: false,
    run: (env, input) => preview(env, organizationSpec, input),
  },
  'organization.import': {
    permission: 'organization.write',
    write: true,
    run: (env, input) => commit(env, organizationSpec, input),
  },
  'organization.export': {
    permission: 'organization.read',
    write: false,
    run: (env, input) => exportOrganizations(env, input),
  },
  'unit.importPreview': {
    permission: 'space.write',
    write: false,
    run: (env, input) => preview(env, unitSpec, input),
  },
  'unit.import': {
    permission: 'space.write',
    write: true,
    run: (env, input) => commit(env, unitSpec, input),
  },
  'unit.export': {
    permission: 'space.read',
    write: false,
    run: (env, input) => exportUnits(env, input),
  },
  'member.importPreview': {
    permission: 'member.write',
    write: false,
    run: (env, input) => preview(env, memberSpec, input),
  },
  'member.import': {
    permission: 'member.write',
    write: true,
    run: (env, input) => commit(env, memberSpec, input),
  },
})
