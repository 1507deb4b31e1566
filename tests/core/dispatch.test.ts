import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src-main/shared/channels'
import { inputSchemas } from '../../src-main/shared/contract'
import { buildRegistry } from '../../src-main/core/app'
import { PERMISSIONS } from '../../src-main/core/auth/roles'
import { SYSTEM_ACTOR, type Actor } from '../../src-main/core/context'
import { organizationHandlers } from '../../src-main/core/organizations/handlers'
import { systemHandlers } from '../../src-main/core/system/handlers'
import { callerFor, count, freshBase, orgDraft, snapshotCounts, type TestBase } from './helpers'

let base: TestBase
beforeEach(async () => {
  base = await freshBase()
})
afterEach(() => base.close())

describe('dispatch', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL instead of throwing', async () => {
    const result = await base.app.dispatch(base.ctx, 'organization.drop', {})
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: '未知的操作“organization.drop”，未做任何修改。' },
    })
  })

  it('refuses unknown fields and wrong types as BAD_INPUT or VALIDATION, writing nothing', async () => {
    const before = snapshotCounts(base.db)
    expect((await base.err('organization.create', { ...orgDraft(), isAdmin: true })).code).toBe('BAD_INPUT')
    expect((await base.err('organization.create', 'DROP TABLE organization')).code).toBe('BAD_INPUT')
    expect((await base.err('organization.create', { ...orgDraft(), name: 42 })).code).toBe('VALIDATION')
    expect((await base.err('organization.list', { page: -1 })).code).toBe('VALIDATION')
    expect((await base.err('organization.get', { id: '1; DROP TABLE organization' })).code).toBe('VALIDATION')
    expect(
      (await base.err('organization.create', { ...orgDraft(), name: '名'.repeat(101) })).fields?.name
        ?.message,
    ).toBe('不能超过 100 个字符。')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('checks the declared permission before running the handler', async () => {
    const readOnly = await base.as(['read_only'])
    expect((await readOnly.err('organization.create', orgDraft())).code).toBe('FORBIDDEN')
    expect((await readOnly.ok('organization.list', {})).total).toBe(0)
    expect(count(base.db, 'organization')).toBe(0)
    // A trusted in-process caller (the demo command) names its actor; its permissions are checked the same way.
    const narrow: Actor = { ...SYSTEM_ACTOR, name: '只读工具', permissions: new Set(['organization.read']) }
    expect(await base.app.dispatch({ actor: narrow }, 'organization.create', orgDraft())).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('rolls a failing write back whole and reports INTERNAL with a plain message', async () => {
    await base.ok('organization.create', orgDraft())
    const before = snapshotCounts(base.db)
    // A trigger makes the stage-history insert fail after the organisation row was updated.
    base.db.exec(
      `CREATE TRIGGER boom BEFORE INSERT ON organization_stage_history BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`,
    )
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const error = await base.err('organization.changeStage', {
      id: 1,
      stage: 'review',
      date: '2026-11-20',
      note: '初审',
    })
    spy.mockRestore()
    expect(error).toMatchObject({
      code: 'INTERNAL',
      message: '操作未完成，数据未被修改。请重试；如仍失败，请联系管理员。',
    })
    expect(snapshotCounts(base.db)).toEqual(before)
    expect((await base.ok('organization.get', { id: 1 })).stage).toBe('applied')
  })

  it('writes one audit row per write and none for reads', async () => {
    const rows = count(base.db, 'audit_log')
    await base.ok('organization.list', {})
    await base.ok('system.status', {})
    expect(count(base.db, 'audit_log')).toBe(rows)
    await base.ok('organization.create', orgDraft())
    expect(count(base.db, 'audit_log')).toBe(rows + 1)
  })
})

describe('the registry', () => {
  it('has one handler with a schema and a permission for every declared channel', () => {
    const registry = buildRegistry()
    expect([...registry.keys()].sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) {
      expect(inputSchemas[channel], channel).toBeDefined()
      expect(Object.keys(PERMISSIONS), channel).toContain(registry.get(channel)?.permission)
    }
  })

  it('stops start-up when a channel is registered twice', () => {
    expect(() =>
      buildRegistry([
        systemHandlers,
        organizationHandlers,
        { 'organization.list': organizationHandlers['organization.list'] },
      ]),
    ).toThrow('Channel "organization.list" is registered twice')
  })

  it('stops start-up when a channel has no handler', () => {
    expect(() => buildRegistry([systemHandlers])).toThrow(
      /Channels without a handler: auth\.status, .*organization\.list/,
    )
  })
})

describe('first start', () => {
  it('setup happens once; demo data loads only into an empty, set-up base', async () => {
    const fresh = await freshBase({ setUp: false })
    try {
      const anonymous = fresh.anonymous
      expect(await anonymous.ok('auth.status', {})).toEqual({
        initialized: false,
        baseName: null,
        session: null,
      })
      expect((await anonymous.err('system.status', {})).code).toBe('UNAUTHENTICATED')
      expect((await anonymous.err('demo.load', {})).code).toBe('UNAUTHENTICATED')
      const admin = { adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'Admin2026' }
      expect(
        (await anonymous.err('system.setup', { baseName: '', totalAreaM2: 0, ...admin })).fields,
      ).toMatchObject({
        baseName: { key: 'field.required' },
        totalAreaM2: { key: 'field.positiveNumber' },
      })
      const weak = await anonymous.err('system.setup', {
        baseName: '福山基地',
        totalAreaM2: 1400,
        ...admin,
        adminPassword: 'short',
      })
      expect(weak.fields?.adminPassword?.message).toBe('密码至少 8 位。')
      const setup = await anonymous.ok('system.setup', { baseName: '福山基地', totalAreaM2: 1400, ...admin })
      expect(setup.login.user).toMatchObject({ username: 'admin', displayName: '管理员', roles: ['admin'] })
      expect(
        (await anonymous.err('system.setup', { baseName: '又一次', totalAreaM2: 1, ...admin })).code,
      ).toBe('CONFLICT')
      const signedIn = callerFor(fresh.app, { session: setup.login.token })
      expect(await signedIn.ok('demo.load', {})).toMatchObject({ organizations: 36, units: 36 })
      expect(await signedIn.ok('system.status', {})).toMatchObject({
        initialized: true,
        baseName: '福山基地',
        organizationCount: 36,
        today: '2026-11-27',
      })
      expect((await signedIn.err('demo.load', {})).message).toBe(
        '数据库中已有入驻组织，示例数据只能载入到空的数据库。',
      )
      const updated = await signedIn.ok('system.updateBase', {
        baseName: '福山区社会组织创业园',
        totalAreaM2: 5000,
      })
      expect(updated).toMatchObject({ baseName: '福山区社会组织创业园', totalAreaM2: 5000 })
      expect(await anonymous.ok('auth.status', {})).toMatchObject({
        initialized: true,
        baseName: '福山区社会组织创业园',
      })
    } finally {
      fresh.close()
    }
  })

  it('the demo base is valid data: every stage, every type, valid codes, ordered histories', async () => {
    await base.ok('demo.load', {})
    const all = (await base.ok('organization.list', { archived: 'all', pageSize: 100 })).items
    expect(new Set(all.map((o) => o.stage)).size).toBe(8)
    expect(new Set(all.map((o) => o.legalType)).size).toBe(5)
    for (const o of all) {
      const check = await base.ok('organization.check', {
        id: o.id,
        name: o.name,
        uscc: o.uscc ?? '',
        legalType: o.legalType,
      })
      expect(check, o.name).toEqual({ fields: {}, warnings: {} })
      const detail = await base.ok('organization.get', { id: o.id })
      const dates = detail.stageHistory.map((h) => h.date)
      expect(dates).toEqual([...dates].sort())
      expect(dates.at(-1)! <= '2026-11-27').toBe(true)
      expect(detail.stageHistory.at(-1)?.stage).toBe(detail.stage)
    }
  })
})
