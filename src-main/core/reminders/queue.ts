// 待办提醒 · the queue: every kind the actor may read, derived from the records on each read, minus what a user
// decided about an item (暂缓 until a date, 忽略), with the channels to list, count, snooze, dismiss and undo.
// A decision names the item's key (kind + record + due date): when the record changes, its key changes and the
// old decision no longer hides it. Undoing a decision archives it, with the reason; nothing is deleted.
import type { ParsedInput } from '../../shared/contract'
import type { ReminderCount, ReminderHandling, ReminderItem, ReminderPage } from '../../shared/entities'
import {
  REMINDER_KINDS,
  REMINDER_SEVERITIES,
  kindOfKey,
  reminderKey,
  severityOn,
  type ReminderKind,
  type ReminderSeverity,
} from '../../shared/reminders'
import { actorCan, type Actor, type Permission } from '../context'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { fail, invalidField } from '../errors'
import { daysBetween } from '../lib/dates'
import { defineHandlers } from '../registry'
import { COLLECTORS } from './sources'
import { reminderTitle } from './titles'

/** The module permissions of each kind: reading it lists it, writing it may snooze or dismiss it. */
export const REMINDER_PERMISSIONS: Record<ReminderKind, { read: Permission; write: Permission }> = {
  agreement: { read: 'organization.read', write: 'organization.write' },
  allocation: { read: 'space.read', write: 'space.write' },
  inspection: { read: 'organization.read', write: 'organization.write' },
  rating: { read: 'organization.read', write: 'organization.write' },
  tax: { read: 'organization.read', write: 'organization.write' },
  meeting: { read: 'branch.read', write: 'branch.write' },
  development: { read: 'branch.read', write: 'branch.write' },
  dues: { read: 'dues.read', write: 'dues.write' },
  actionItem: { read: 'mentoring.read', write: 'mentoring.write' },
  tranche: { read: 'project.read', write: 'project.write' },
  term: { read: 'branch.read', write: 'branch.write' },
}

interface HandlingRow {
  id: number
  item_key: string
  action: 'snooze' | 'dismiss'
  snooze_until: string | null
  reason: string
  created_by: string
  created_at: string
}

const s = cached((db: Database) => ({
  totalChanges: db.prepare<[], number>('SELECT total_changes()').pluck(),
  live: db.prepare<[], HandlingRow>(
    `SELECT id, item_key, action, snooze_until, reason, created_by, created_at FROM reminder_handling
     WHERE archived_at IS NULL`,
  ),
  liveOfKey: db.prepare<[string], HandlingRow>(
    `SELECT id, item_key, action, snooze_until, reason, created_by, created_at FROM reminder_handling
     WHERE archived_at IS NULL AND item_key = ?`,
  ),
  byId: db.prepare<[number], HandlingRow & { archived_at: string | null }>(
    'SELECT * FROM reminder_handling WHERE id = ?',
  ),
  insert: db.prepare<{
    key: string
    action: 'snooze' | 'dismiss'
    until: string | null
    reason: string
    by: string
    at: string
  }>(
    `INSERT INTO reminder_handling (item_key, action, snooze_until, reason, created_by, created_at)
     VALUES (@key, @action, @until, @reason, @by, @at)`,
  ),
  archive: db.prepare<{ id: number; at: string; by: string; reason: string }>(
    `UPDATE reminder_handling SET archived_at = @at, archived_by = @by, archive_reason = @reason
     WHERE id = @id AND archived_at IS NULL`,
  ),
}))

const toHandling = (r: HandlingRow): ReminderHandling => ({
  id: r.id,
  action: r.action,
  snoozeUntil: r.snooze_until,
  reason: r.reason,
  createdBy: r.created_by,
  createdAt: r.created_at,
})

/** A decision hides its item while it holds: 忽略 for good, 暂缓 until (not on) its date. */
const hides = (h: ReminderHandling, today: string): boolean =>
  h.action === 'dismiss' || (h.snoozeUntil !== null && h.snoozeUntil > today)

/** The kinds the actor may read, in queue order. */
export const readableKinds = (actor: Actor): ReminderKind[] =>
  REMINDER_KINDS.filter((k) => actorCan(actor, REMINDER_PERMISSIONS[k].read))

const SEVERITY_ORDER: Record<ReminderSeverity, number> = { overdue: 0, due_today: 1, due_soon: 2 }

/** An item as its record gives it, before the actor and the decisions about it. */
type Derived = Omit<ReminderItem, 'permission' | 'canHandle' | 'handling'>

/**
 * The derived items per kind, and merged most urgent first per set of kinds, kept while nothing is written and the
 * day is the same: the badge asks on every route change, and on a large base deriving the queue takes a while.
 * Stamped like the six-sync matrix and the search names: total_changes() of this connection (every write, audit
 * rows included), data_version for any other. The decisions are read fresh on every call.
 */
interface DerivedCache {
  stamp: string
  byKind: Map<ReminderKind, Derived[]>
  merged: Map<string, Derived[]>
}
const derivedCache = new WeakMap<Database, DerivedCache>()

function cacheOf(db: Database, today: string): DerivedCache {
  const stamp = `${today}:${s(db).totalChanges.get() ?? 0}:${String(db.pragma('data_version', { simple: true }))}`
  let cache = derivedCache.get(db)
  if (!cache || cache.stamp !== stamp) {
    cache = { stamp, byKind: new Map(), merged: new Map() }
    derivedCache.set(db, cache)
  }
  return cache
}

function derivedOf(cache: DerivedCache, db: Database, today: string, kind: ReminderKind): Derived[] {
  let list = cache.byKind.get(kind)
  if (!list) {
    list = COLLECTORS[kind](db, today).map((d) => ({
      key: reminderKey(d.kind, d.recordId, d.dueDate),
      kind: d.kind,
      severity: severityOn(d.dueDate, today),
      dueDate: d.dueDate,
      daysLeft: daysBetween(today, d.dueDate),
      title: reminderTitle(d.kind, d.params),
      params: d.params,
      route: d.route,
    }))
    cache.byKind.set(kind, list)
  }
  return list
}

const byUrgency = (a: Derived, b: Derived): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
  REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/** The derived items of these kinds, most urgent first. */
function mergedOf(db: Database, today: string, kinds: readonly ReminderKind[]): Derived[] {
  const cache = cacheOf(db, today)
  const signature = kinds.join(',')
  let list = cache.merged.get(signature)
  if (!list) {
    list = kinds.flatMap((k) => derivedOf(cache, db, today, k)).sort(byUrgency)
    cache.merged.set(signature, list)
  }
  return list
}

/** The live decisions, by item key. */
const decisions = (db: Database): Map<string, ReminderHandling> =>
  new Map(
    s(db)
      .live.all()
      .map((r) => [r.item_key, toHandling(r)]),
  )

/** A derived item as this actor sees it, with the decision about it. */
function itemFor(actor: Actor, d: Derived, handling: ReminderHandling | null): ReminderItem {
  const { read, write } = REMINDER_PERMISSIONS[d.kind]
  return { ...d, permission: read, canHandle: actorCan(actor, write), handling }
}

/** Every item of these kinds (of those the actor may read) on `today`, with its decision, most urgent first. */
export function reminderItems(
  db: Database,
  today: string,
  actor: Actor,
  kinds: readonly ReminderKind[] = readableKinds(actor),
): ReminderItem[] {
  const handlings = decisions(db)
  const readable = kinds.filter((k) => actorCan(actor, REMINDER_PERMISSIONS[k].read))
  return mergedOf(db, today, readable).map((d) => itemFor(actor, d, handlings.get(d.key) ?? null))
}

/** Whether an item is open (not hidden by a decision) on `today`. */
export const isOpen = (item: Pick<ReminderItem, 'handling'>, today: string): boolean =>
  item.handling === null || !hides(item.handling, today)

type ListQuery = ParsedInput<'reminder.list'>

/**
 * A page of the queue: open items (or the handled ones), filtered by kind and severity, with the counts. Only the
 * page's items are built in full; the rest are counted.
 */
export function reminderPage(db: Database, today: string, actor: Actor, q: ListQuery): ReminderPage {
  const kinds = readableKinds(actor)
  const handlings = decisions(db)
  const byKind = Object.fromEntries(REMINDER_KINDS.map((k) => [k, 0])) as Record<ReminderKind, number>
  const bySeverity = Object.fromEntries(REMINDER_SEVERITIES.map((k) => [k, 0])) as Record<
    ReminderSeverity,
    number
  >
  const from = (q.page - 1) * q.pageSize
  const items: ReminderItem[] = []
  let openCount = 0
  let handledCount = 0
  let total = 0
  for (const d of mergedOf(db, today, kinds)) {
    const handling = handlings.get(d.key) ?? null
    const open = handling === null || !hides(handling, today)
    if (open) openCount++
    else handledCount++
    if ((q.view === 'open' && !open) || (q.view === 'handled' && open)) continue
    const ofKind = q.kind === undefined || d.kind === q.kind
    const ofSeverity = q.severity === undefined || d.severity === q.severity
    if (ofSeverity) byKind[d.kind]++
    if (ofKind) bySeverity[d.severity]++
    if (!ofKind || !ofSeverity) continue
    if (total >= from && total < from + q.pageSize) items.push(itemFor(actor, d, handling))
    total++
  }
  return {
    today,
    items,
    total,
    page: q.page,
    pageSize: q.pageSize,
    kinds,
    byKind,
    bySeverity,
    openCount,
    handledCount,
  }
}

/** The sidebar badge: open items the actor may see, and how many of them are overdue. */
export function reminderCount(db: Database, today: string, actor: Actor): ReminderCount {
  const handlings = decisions(db)
  let open = 0
  let overdue = 0
  for (const d of mergedOf(db, today, readableKinds(actor))) {
    const handling = handlings.get(d.key)
    if (handling && hides(handling, today)) continue
    open++
    if (d.severity === 'overdue') overdue++
  }
  return { open, overdue }
}

/** The first few open items, most urgent first: for the 工作台 overview. */
export function topReminders(db: Database, today: string, actor: Actor, count: number): ReminderItem[] {
  const handlings = decisions(db)
  const top: ReminderItem[] = []
  for (const d of mergedOf(db, today, readableKinds(actor))) {
    if (top.length >= count) break
    const handling = handlings.get(d.key) ?? null
    if (handling === null || !hides(handling, today)) top.push(itemFor(actor, d, handling))
  }
  return top
}

/** The item behind a key, as the actor sees it today; refused when gone, unreadable or not theirs to handle. */
function requireHandleable(db: Database, today: string, actor: Actor, key: string): ReminderItem {
  const kind = kindOfKey(key)
  if (!kind || !actorCan(actor, REMINDER_PERMISSIONS[kind].read)) fail('NOT_FOUND', 'reminders.itemGone')
  if (!actorCan(actor, REMINDER_PERMISSIONS[kind].write)) fail('FORBIDDEN', 'reminders.forbidden')
  const item = reminderItems(db, today, actor, [kind]).find((i) => i.key === key)
  if (!item) fail('NOT_FOUND', 'reminders.itemGone')
  if (item.handling && hides(item.handling, today)) {
    fail(
      'CONFLICT',
      item.handling.action === 'dismiss' ? 'reminders.alreadyDismissed' : 'reminders.alreadySnoozed',
      { date: item.handling.snoozeUntil ?? '', by: item.handling.createdBy },
    )
  }
  return item
}

export const reminderHandlers = defineHandlers({
  'reminder.list': {
    permission: 'session',
    write: false,
    run: ({ db, clock, actor }, q) => reminderPage(db, clock.today(), actor, q),
  },
  'reminder.count': {
    permission: 'session',
    write: false,
    passive: true,
    run: ({ db, clock, actor }) => reminderCount(db, clock.today(), actor),
  },
  /** 暂缓: hidden until `until` (after today), when it comes back if its record has not changed. */
  'reminder.snooze': {
    permission: 'session',
    write: true,
    run: ({ db, clock, actor, audit }, { key, until, reason }) => {
      const today = clock.today()
      if (until <= today) invalidField('until', 'reminders.snoozeNotAfterToday', { today })
      const item = requireHandleable(db, today, actor, key)
      // A snooze that has come back is replaced: the new decision is the one in force.
      const previous = s(db).liveOfKey.get(key)
      const at = clock.timestamp()
      if (previous) s(db).archive.run({ id: previous.id, at, by: actor.name, reason: '重新暂缓' })
      const id = Number(
        s(db).insert.run({ key, action: 'snooze', until, reason, by: actor.name, at }).lastInsertRowid,
      )
      audit({
        entity: 'reminder_handling',
        entityId: id,
        before: null,
        after: { item: item.title, key, action: 'snooze', until, reason },
      })
      return {
        ...item,
        handling: toHandling({
          id,
          item_key: key,
          action: 'snooze',
          snooze_until: until,
          reason,
          created_by: actor.name,
          created_at: at,
        }),
      }
    },
  },
  /** 忽略: hidden for this key; a changed record (a new key) is shown again. */
  'reminder.dismiss': {
    permission: 'session',
    write: true,
    run: ({ db, clock, actor, audit }, { key, reason }) => {
      const today = clock.today()
      const item = requireHandleable(db, today, actor, key)
      const previous = s(db).liveOfKey.get(key)
      const at = clock.timestamp()
      if (previous) s(db).archive.run({ id: previous.id, at, by: actor.name, reason: '改为忽略' })
      const id = Number(
        s(db).insert.run({ key, action: 'dismiss', until: null, reason, by: actor.name, at }).lastInsertRowid,
      )
      audit({
        entity: 'reminder_handling',
        entityId: id,
        before: null,
        after: { item: item.title, key, action: 'dismiss', reason },
      })
      return {
        ...item,
        handling: toHandling({
          id,
          item_key: key,
          action: 'dismiss',
          snooze_until: null,
          reason,
          created_by: actor.name,
          created_at: at,
        }),
      }
    },
  },
  /** 撤销处理: the decision is archived with the reason; the item is open again (while its record is unchanged). */
  'reminder.undo': {
    permission: 'session',
    write: true,
    run: ({ db, clock, actor, audit }, { id, reason }) => {
      const row = s(db).byId.get(id)
      const kind = row ? kindOfKey(row.item_key) : null
      if (!row || !kind || !actorCan(actor, REMINDER_PERMISSIONS[kind].read))
        fail('NOT_FOUND', 'common.notFound')
      if (!actorCan(actor, REMINDER_PERMISSIONS[kind].write)) fail('FORBIDDEN', 'reminders.forbidden')
      if (row.archived_at !== null)
        fail('CONFLICT', 'reminders.alreadyUndone', { date: row.archived_at.slice(0, 10) })
      s(db).archive.run({ id, at: clock.timestamp(), by: actor.name, reason })
      audit({
        entity: 'reminder_handling',
        entityId: id,
        before: toHandling(row),
        after: { archived: true, reason },
      })
      return { id, key: row.item_key }
    },
  },
})
