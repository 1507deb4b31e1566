// 全局搜索 (Ctrl+K): organisations, people, projects and space units by name, code or pinyin initials, grouped by kind.
// Organisations use the list's own search (the stored search column, the same hits as 入驻组织). The other kinds are
// small tables: their names and pinyin are held in memory, rebuilt after any write (pinyin of a name is computed once
// per process), so a keystroke costs a scan of a few thousand strings, not a query per kind with pinyin in SQL.
import type { GlobalSearchHit, GlobalSearchResult, SearchKind } from '../../shared/entities'
import type { Permission } from '../auth/roles'
import { actorCan, type Actor } from '../context'
import type { Database } from '../db/open'
import { namePinyin } from '../lib/text'
import { listOrganizations } from '../organizations/repository'
import { defineHandlers } from '../registry'

interface IndexEntry {
  kind: Exclude<SearchKind, 'organization'>
  id: number
  title: string
  /** What the hit shows under its title: a code, the organisation, a category code. */
  detail: string | null
  code: string | null
  /** Lower-cased name and code, then the name's pinyin initials and full spelling. */
  text: string
  initials: string
}

/** Who may see a kind of hit. */
const KIND_PERMISSION: Record<SearchKind, Permission> = {
  organization: 'organization.read',
  partyMember: 'member.read',
  mentor: 'mentoring.read',
  serviceProject: 'project.read',
  ventureProject: 'project.read',
  unit: 'space.read',
}

const pinyinOf = new Map<string, { initials: string; full: string }>()
function cachedPinyin(name: string): { initials: string; full: string } {
  let p = pinyinOf.get(name)
  if (!p) pinyinOf.set(name, (p = namePinyin(name)))
  return p
}

const SOURCES: { kind: IndexEntry['kind']; sql: string }[] = [
  {
    kind: 'partyMember',
    sql: `SELECT m.id, m.name, NULL, o.name FROM party_member m LEFT JOIN organization o ON o.id = m.organization_id`,
  },
  { kind: 'mentor', sql: `SELECT id, name, NULL, organization_name FROM mentor WHERE active = 1` },
  {
    kind: 'serviceProject',
    sql: `SELECT p.id, p.name, p.brand_name, o.name FROM service_project p JOIN organization o ON o.id = p.organization_id
          WHERE p.archived_at IS NULL`,
  },
  {
    kind: 'ventureProject',
    sql: `SELECT p.id, p.title, NULL, o.name FROM venture_project p JOIN organization o ON o.id = p.organization_id
          WHERE p.archived_at IS NULL`,
  },
  {
    kind: 'unit',
    sql: `SELECT id, coalesce(name, code), code, unit_type FROM space_unit WHERE archived_at IS NULL`,
  },
]

const lastIndex = new WeakMap<Database, { key: string; entries: IndexEntry[] }>()

function searchIndex(db: Database): IndexEntry[] {
  // Rebuilt when anything was written: total_changes() of this connection, data_version for any other.
  const key = `${db.prepare('SELECT total_changes()').pluck().get() as number}:${db.pragma('data_version', { simple: true }) as number}`
  const last = lastIndex.get(db)
  if (last?.key === key) return last.entries
  const entries: IndexEntry[] = []
  for (const source of SOURCES) {
    for (const [id, title, code, detail] of db.prepare(source.sql).raw().all() as [
      number,
      string,
      string | null,
      string | null,
    ][]) {
      const { initials, full } = cachedPinyin(title)
      entries.push({
        kind: source.kind,
        id,
        title,
        code,
        detail,
        text: `${title}\u0000${code ?? ''}\u0000${initials}\u0000${full}`.toLowerCase(),
        initials,
      })
    }
  }
  lastIndex.set(db, { key, entries })
  return entries
}

/** 0: the name or code starts with the text; 1: contains it; 2: pinyin; 3: initials typed with gaps. */
function rankOf(entry: IndexEntry, text: string): number | null {
  const name = entry.title.toLowerCase()
  const code = entry.code?.toLowerCase() ?? ''
  if (name.startsWith(text) || (code && code.startsWith(text))) return 0
  if (name.includes(text) || code.includes(text)) return 1
  if (entry.text.includes(text)) return 2
  if (/^[a-z]{3,}$/.test(text)) {
    let at = 0
    for (const ch of entry.initials) if (ch === text[at] && ++at === text.length) return 3
  }
  return null
}

export function globalSearch(db: Database, actor: Actor, query: string, limit: number): GlobalSearchResult {
  const text = query.toLowerCase().replace(/\s+/g, '')
  const groups: GlobalSearchResult['groups'] = []
  if (!text) return { query, groups }
  if (actorCan(actor, KIND_PERMISSION.organization)) {
    const page = listOrganizations(db, {
      search: query,
      archived: 'active',
      page: 1,
      pageSize: 20,
      sortBy: 'name',
      sortOrder: 'asc',
    })
    if (page.total > 0) {
      groups.push({
        kind: 'organization',
        total: page.total,
        hits: page.items.slice(0, limit).map((o) => ({
          kind: 'organization',
          id: o.id,
          title: o.name,
          detail: o.uscc ?? o.shortName ?? null,
          code: o.stage,
        })),
      })
    }
  }
  const found = new Map<IndexEntry['kind'], { rank: number; entry: IndexEntry }[]>()
  for (const entry of searchIndex(db)) {
    if (!actorCan(actor, KIND_PERMISSION[entry.kind])) continue
    const rank = rankOf(entry, text)
    if (rank === null) continue
    const list = found.get(entry.kind)
    if (list) list.push({ rank, entry })
    else found.set(entry.kind, [{ rank, entry }])
  }
  for (const source of SOURCES) {
    const list = found.get(source.kind)
    if (!list) continue
    list.sort(
      (a, b) =>
        a.rank - b.rank || a.entry.title.localeCompare(b.entry.title, 'zh-CN') || a.entry.id - b.entry.id,
    )
    groups.push({
      kind: source.kind,
      total: list.length,
      hits: list.slice(0, limit).map(({ entry }): GlobalSearchHit => ({
        kind: entry.kind,
        id: entry.id,
        title: entry.title,
        detail: entry.detail,
        code: entry.code,
      })),
    })
  }
  return { query, groups }
}

export const searchHandlers = defineHandlers({
  'search.global': {
    permission: 'session',
    write: false,
    run: ({ db, actor }, { query, limit }) => globalSearch(db, actor, query, limit),
  },
})
