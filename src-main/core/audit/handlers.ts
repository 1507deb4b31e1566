// 操作日志: read-only here; no channel edits or deletes it (and triggers refuse it in the database).
import type { AuditEntryView } from '../../shared/entities'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { addDays } from '../lib/dates'
import { defineHandlers } from '../registry'
import { actorCan, type Actor } from '../context'

interface AuditRow {
  id: number
  at: string
  actor: string
  channel: string
  entity: string
  entity_id: number | null
  before_json: string | null
  after_json: string | null
}

const s = cached((db: Database) => ({
  actors: db.prepare<[], { v: string }>('SELECT DISTINCT actor AS v FROM audit_log ORDER BY v'),
  entities: db.prepare<[], { v: string }>('SELECT DISTINCT entity AS v FROM audit_log ORDER BY v'),
  channels: db.prepare<[], { v: string }>('SELECT DISTINCT channel AS v FROM audit_log ORDER BY v'),
}))

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json))

const mayReadRoster = (actor: Actor): boolean => actorCan(actor, 'member.read')

export const auditHandlers = defineHandlers({
  'audit.list': {
    permission: 'audit.read',
    write: false,
    run: ({ db, actor }, q) => {
      const clauses: string[] = []
      // Roster entries stay with the branch: an account that may not read the roster does not read them here.
      if (!mayReadRoster(actor)) clauses.push("entity <> 'party_member'")
      const params: Record<string, string | number> = {}
      const filter = (clause: string, name: string, value: string | undefined) => {
        if (!value) return
        clauses.push(clause)
        params[name] = value
      }
      filter('actor = @actor', 'actor', q.actor)
      filter('entity = @entity', 'entity', q.entity)
      filter('channel = @channel', 'channel', q.channel)
      filter('at >= @from', 'from', q.from)
      // `at` is a timestamp: "to" includes the whole day.
      filter('at < @to', 'to', q.to && addDays(q.to, 1))
      const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
      const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(params) as { n: number })
        .n
      const rows = db
        .prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as AuditRow[]
      const items: AuditEntryView[] = rows.map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        channel: r.channel,
        entity: r.entity,
        entityId: r.entity_id,
        before: parse(r.before_json),
        after: parse(r.after_json),
      }))
      return { items, total, page: q.page, pageSize: q.pageSize }
    },
  },
  'audit.filterOptions': {
    permission: 'audit.read',
    write: false,
    run: ({ db, actor }) => ({
      actors: s(db)
        .actors.all()
        .map((r) => r.v),
      entities: s(db)
        .entities.all()
        .map((r) => r.v)
        .filter((e) => e !== 'party_member' || mayReadRoster(actor)),
      channels: s(db)
        .channels.all()
        .map((r) => r.v),
    }),
  },
})
