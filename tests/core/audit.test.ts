// 操作日志: appended by every write, filtered and paged for reading, never edited or deleted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src-main/shared/channels'
import type { AuditEntryView } from '../../src-main/shared/entities'
import { createApp } from '../../src-main/core/app'
import { SYSTEM_ACTOR } from '../../src-main/core/context'
import { createClock } from '../../src-main/core/lib/clock'
import { ADMIN, count, freshBase, orgDraft, orgUpdate, type Caller, type TestBase } from './helpers'

let base: TestBase
let frontDesk: Caller
beforeEach(async () => {
  base = await freshBase()
  frontDesk = await base.as(['front_desk'], 'qian.desk')
}, 20_000)
afterEach(() => base.close())

const FRONT_DESK_NAME = 'qian.desk用户'

/** Every row through the channel, newest first, as the 操作日志 page would fetch them. */
async function allEntries(filter: Record<string, string> = {}): Promise<AuditEntryView[]> {
  const entries: AuditEntryView[] = []
  for (let page = 1; ; page++) {
    const result = await base.ok('audit.list', { ...filter, page, pageSize: 100 })
    entries.push(...result.items)
    if (result.items.length < 100) return entries
  }
}

/** Three organisations by two people, one of them edited and moved on a stage. */
async function someWrites() {
  const a = await base.ok('organization.create', orgDraft())
  const b = await frontDesk.ok(
    'organization.create',
    orgDraft({ name: '福山区青禾公益发展中心', uscc: null, legalType: 'preparing' }),
  )
  await base.ok('organization.update', orgUpdate(a.id, { shortName: '春风' }))
  await frontDesk.ok('organization.changeStage', {
    id: b.id,
    stage: 'review',
    date: '2026-11-20',
    note: '初审',
  })
  return { a, b }
}

describe('writing the log', () => {
  it('each write appends one row naming who did it, with the record before and after', async () => {
    const rowsBefore = count(base.db, 'audit_log')
    const { a, b } = await someWrites()
    expect(count(base.db, 'audit_log')).toBe(rowsBefore + 4)

    const newest = (await base.ok('audit.list', {})).items.slice(0, 4)
    expect(newest.map((e) => [e.channel, e.actor, e.entity, e.entityId])).toEqual([
      ['organization.changeStage', FRONT_DESK_NAME, 'organization', b.id],
      ['organization.update', ADMIN.displayName, 'organization', a.id],
      ['organization.create', FRONT_DESK_NAME, 'organization', b.id],
      ['organization.create', ADMIN.displayName, 'organization', a.id],
    ])
    const [stage, update, , create] = newest
    expect(create?.before).toBeNull()
    expect(create?.after).toMatchObject({ name: '烟台市福山区春风助老服务中心', shortName: '春风助老' })
    expect(update?.before).toMatchObject({ shortName: '春风助老' })
    expect(update?.after).toMatchObject({ shortName: '春风' })
    expect(stage?.before).toMatchObject({ stage: 'applied' })
    expect(stage?.after).toMatchObject({ stage: 'review' })
    for (const e of newest) expect(e.at).toMatch(/^2026-11-27T\d\d:\d\d:\d\d\+08:00$/)
  })

  it('a refused write leaves no row', async () => {
    await base.ok('organization.create', orgDraft())
    const rows = count(base.db, 'audit_log')
    await base.err('organization.create', orgDraft())
    await frontDesk.err('account.create', {
      username: 'x',
      displayName: 'x',
      roles: ['mentor'],
      password: 'Xyz12345',
    })
    expect(count(base.db, 'audit_log')).toBe(rows)
  })
})

describe('reading the log', () => {
  it('filters by actor, entity and channel', async () => {
    await someWrites()
    const all = await allEntries()

    const byDesk = await allEntries({ actor: FRONT_DESK_NAME })
    expect(byDesk.length).toBeGreaterThanOrEqual(2)
    expect(byDesk.every((e) => e.actor === FRONT_DESK_NAME)).toBe(true)
    expect(byDesk).toEqual(all.filter((e) => e.actor === FRONT_DESK_NAME))

    const organizations = await allEntries({ entity: 'organization' })
    expect(organizations).toHaveLength(4)
    expect(organizations).toEqual(all.filter((e) => e.entity === 'organization'))

    const created = await allEntries({ channel: 'organization.create' })
    expect(created.map((e) => e.actor)).toEqual([FRONT_DESK_NAME, ADMIN.displayName])

    const combined = await base.ok('audit.list', { actor: ADMIN.displayName, channel: 'organization.update' })
    expect(combined.total).toBe(1)
    expect(combined.items[0]?.entity).toBe('organization')

    expect((await base.ok('audit.list', { actor: '没有这个人' })).total).toBe(0)
    expect((await base.ok('audit.list', { channel: "organization.create' OR '1'='1" })).total).toBe(0)
  })

  it('filters by a date range, whole days from and to', async () => {
    await someWrites()
    // Two days earlier, the command-line tool (系统) wrote through the same core on the same database.
    const earlier = createApp({
      db: base.db,
      clock: createClock('2026-11-25', () => Date.parse('2026-11-25T16:30:00+08:00')),
    })
    const old = await earlier.dispatch(
      { actor: SYSTEM_ACTOR },
      'organization.create',
      orgDraft({ name: '旧的组织', uscc: null, legalType: 'filed' }),
    )
    expect(old.ok).toBe(true)

    const total = count(base.db, 'audit_log')
    const today = await base.ok('audit.list', { from: '2026-11-27', to: '2026-11-27', pageSize: 100 })
    expect(today.total).toBe(total - 1)
    expect(today.items.every((e) => e.at.startsWith('2026-11-27T'))).toBe(true)
    expect((await base.ok('audit.list', { from: '2026-11-28' })).total).toBe(0)
    expect((await base.ok('audit.list', { to: '2026-11-26' })).items.map((e) => [e.actor, e.at])).toEqual([
      ['系统', '2026-11-25T16:30:00+08:00'],
    ])
    expect((await base.ok('audit.list', { from: '2026-11-25', to: '2026-11-25' })).total).toBe(1)
    expect((await base.ok('audit.list', { from: '2026-11-25' })).total).toBe(total)
    expect((await base.ok('audit.list', { from: '2026-11-26', to: '2026-11-26' })).total).toBe(0)
    expect((await base.ok('audit.list', { from: '2026-11-28', to: '2026-11-01' })).total).toBe(0)
    expect((await base.err('audit.list', { from: '2026-02-30' })).fields?.from?.key).toBe('field.date')
    expect((await base.err('audit.list', { to: '20261127' })).code).toBe('VALIDATION')
  })

  it('pages by 20, 50 or 100, newest first', async () => {
    for (let i = 0; i < 120; i++) {
      await base.ok('system.updateSettings', {
        idleLockMinutes: 10 + (i % 50),
        backupKeepDaily: 7,
        backupKeepMonthly: 12,
      })
    }
    const total = count(base.db, 'audit_log')
    expect(total).toBeGreaterThan(120)
    const ids = (base.db.prepare('SELECT id FROM audit_log ORDER BY id DESC').all() as { id: number }[]).map(
      (r) => r.id,
    )

    for (const pageSize of [20, 50, 100] as const) {
      const first = await base.ok('audit.list', { pageSize })
      expect(first).toMatchObject({ total, page: 1, pageSize })
      expect(first.items.map((e) => e.id)).toEqual(ids.slice(0, pageSize))
      const second = await base.ok('audit.list', { pageSize, page: 2 })
      expect(second.items.map((e) => e.id)).toEqual(ids.slice(pageSize, 2 * pageSize))
    }
    const last = Math.ceil(total / 50)
    expect((await base.ok('audit.list', { pageSize: 50, page: last })).items).toHaveLength(
      total - 50 * (last - 1),
    )
    expect((await base.ok('audit.list', { pageSize: 50, page: last + 1 })).items).toEqual([])
    // The newest row is the last change: idle minutes 10 + 119 % 50.
    expect((await base.ok('audit.list', {})).items[0]).toMatchObject({
      channel: 'system.updateSettings',
      entity: 'setting',
      before: { idleLockMinutes: 10 + (118 % 50) },
      after: { idleLockMinutes: 10 + (119 % 50) },
    })
    for (const pageSize of [10, 30, 1000]) {
      expect((await base.err('audit.list', { pageSize })).code, `pageSize ${pageSize}`).toBe('VALIDATION')
    }
  }, 30_000)

  it('offers the actors, entities and channels present as filter choices', async () => {
    await someWrites()
    const options = await base.ok('audit.filterOptions', {})
    expect(options.actors).toEqual(expect.arrayContaining([ADMIN.displayName, FRONT_DESK_NAME]))
    expect(options.entities).toEqual(expect.arrayContaining(['account', 'organization', 'setting']))
    expect(options.channels).toEqual(
      expect.arrayContaining([
        'organization.create',
        'organization.update',
        'organization.changeStage',
        'auth.login',
      ]),
    )
    expect(options.actors).toEqual([...new Set(options.actors)].sort())
  })

  it('reading the log is not itself logged', async () => {
    const rows = count(base.db, 'audit_log')
    await base.ok('audit.list', {})
    await base.ok('audit.filterOptions', {})
    expect(count(base.db, 'audit_log')).toBe(rows)
  })
})

describe('the log cannot be changed', () => {
  it('no channel edits or deletes it', () => {
    // Reading only: the list, its filter options and its Excel export.
    expect(CHANNELS.filter((c) => c.startsWith('audit.')).sort()).toEqual([
      'audit.export',
      'audit.filterOptions',
      'audit.list',
    ])
    expect(CHANNELS.filter((c) => /audit|log(?!in|out)/i.test(c) && !c.startsWith('audit.'))).toEqual([])
  })

  it('the database refuses UPDATE and DELETE on audit_log', async () => {
    await someWrites()
    const before = JSON.stringify(base.db.prepare('SELECT * FROM audit_log ORDER BY id').all())
    expect(() => base.db.prepare("UPDATE audit_log SET actor = '某人'").run()).toThrow(
      'audit_log is append-only',
    )
    expect(() => base.db.prepare('UPDATE audit_log SET after_json = NULL WHERE id = 1').run()).toThrow(
      'audit_log is append-only',
    )
    expect(() => base.db.prepare('DELETE FROM audit_log').run()).toThrow('audit_log is append-only')
    expect(() =>
      base.db.prepare('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)').run(),
    ).toThrow('audit_log is append-only')
    expect(JSON.stringify(base.db.prepare('SELECT * FROM audit_log ORDER BY id').all())).toBe(before)
  })
})
