import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src-main/shared/channels'
import { inputSchemas } from '../../src-main/shared/contract'
import { buildRegistry } from '../../src-main/core/app'
import type { Actor } from '../../src-main/core/context'
import { organizationHandlers } from '../../src-main/core/organizations/handlers'
import { systemHandlers } from '../../src-main/core/system/handlers'
import { count, freshBase, orgDraft, snapshotCounts, type TestBase } from './helpers'

let base: TestBase
beforeEach(() => {
  base = freshBase()
})
afterEach(() => base.close())

describe('dispatch', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL instead of throwing', () => {
    const result = base.app.dispatch({ actor: { name: 'x', permissions: 'all' } }, 'organization.drop', {})
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: '未知的操作“organization.drop”，未做任何修改。' },
    })
  })

  it('refuses unknown fields and wrong types as BAD_INPUT or VALIDATION, writing nothing', () => {
    const before = snapshotCounts(base.db)
    expect(base.err('organization.create', { ...orgDraft(), isAdmin: true }).code).toBe('BAD_INPUT')
    expect(base.err('organization.create', 'DROP TABLE organization').code).toBe('BAD_INPUT')
    expect(base.err('organization.create', { ...orgDraft(), name: 42 }).code).toBe('VALIDATION')
    expect(base.err('organization.list', { page: -1 }).code).toBe('VALIDATION')
    expect(base.err('organization.get', { id: '1; DROP TABLE organization' }).code).toBe('VALIDATION')
    expect(
      base.err('organization.create', { ...orgDraft(), name: '名'.repeat(101) }).fields?.name?.message,
    ).toBe('不能超过 100 个字符。')
    expect(snapshotCounts(base.db)).toEqual(before)
  })

  it('checks the declared permission before running the handler', () => {
    const readOnly: Actor = { name: '只读', permissions: new Set(['organization.read', 'system.read']) }
    const denied = base.app.dispatch({ actor: readOnly }, 'organization.create', orgDraft())
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(base.app.dispatch({ actor: readOnly }, 'organization.list', {}).ok).toBe(true)
    expect(count(base.db, 'organization')).toBe(0)
  })

  it('rolls a failing write back whole and reports INTERNAL with a plain message', () => {
    base.ok('organization.create', orgDraft())
    const before = snapshotCounts(base.db)
    // A trigger makes the stage-history insert fail after the organisation row was updated.
    base.db.exec(
      `CREATE TRIGGER boom BEFORE INSERT ON organization_stage_history BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`,
    )
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const error = base.err('organization.changeStage', {
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
    expect(base.ok('organization.get', { id: 1 }).stage).toBe('applied')
  })

  it('writes one audit row per write and none for reads', () => {
    const rows = count(base.db, 'audit_log')
    base.ok('organization.list', {})
    base.ok('system.status', {})
    expect(count(base.db, 'audit_log')).toBe(rows)
    base.ok('organization.create', orgDraft())
    expect(count(base.db, 'audit_log')).toBe(rows + 1)
  })
})

describe('the registry', () => {
  it('has one handler with a schema and a permission for every declared channel', () => {
    const registry = buildRegistry()
    expect([...registry.keys()].sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) {
      expect(inputSchemas[channel], channel).toBeDefined()
      expect(registry.get(channel)?.permission, channel).toMatch(/^[a-z]+\.[a-z]+$/)
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
    expect(() => buildRegistry([systemHandlers])).toThrow(/Channels without a handler: organization\.list/)
  })
})

describe('first start', () => {
  it('setup happens once; demo data loads only into an empty, set-up base', () => {
    const fresh = freshBase({ setUp: false })
    try {
      expect(fresh.ok('system.status', {})).toMatchObject({
        initialized: false,
        baseName: null,
        today: '2026-11-27',
      })
      expect(fresh.err('demo.load', {}).message).toBe('请先完成首次启动设置（基地名称和总面积）。')
      expect(fresh.err('system.setup', { baseName: '', totalAreaM2: 0 }).fields).toMatchObject({
        baseName: { key: 'field.required' },
        totalAreaM2: { key: 'field.positiveNumber' },
      })
      fresh.ok('system.setup', { baseName: '福山基地', totalAreaM2: 1400 })
      expect(fresh.err('system.setup', { baseName: '又一次', totalAreaM2: 1 }).code).toBe('CONFLICT')
      expect(fresh.ok('demo.load', {})).toEqual({ organizations: 36 })
      expect(fresh.ok('system.status', {})).toMatchObject({
        initialized: true,
        baseName: '福山基地',
        organizationCount: 36,
      })
      expect(fresh.err('demo.load', {}).message).toBe('数据库中已有入驻组织，示例数据只能载入到空的数据库。')
      const updated = fresh.ok('system.updateBase', { baseName: '福山区社会组织创业园', totalAreaM2: 5000 })
      expect(updated).toMatchObject({ baseName: '福山区社会组织创业园', totalAreaM2: 5000 })
    } finally {
      fresh.close()
    }
  })

  it('the demo base is valid data: every stage, every type, valid codes, ordered histories', () => {
    base.ok('demo.load', {})
    const all = base.ok('organization.list', { archived: 'all', pageSize: 100 }).items
    expect(new Set(all.map((o) => o.stage)).size).toBe(8)
    expect(new Set(all.map((o) => o.legalType)).size).toBe(5)
    for (const o of all) {
      const check = base.ok('organization.check', {
        id: o.id,
        name: o.name,
        uscc: o.uscc ?? '',
        legalType: o.legalType,
      })
      expect(check, o.name).toEqual({ fields: {}, warnings: {} })
      const detail = base.ok('organization.get', { id: o.id })
      const dates = detail.stageHistory.map((h) => h.date)
      expect(dates).toEqual([...dates].sort())
      expect(dates.at(-1)! <= '2026-11-27').toBe(true)
      expect(detail.stageHistory.at(-1)?.stage).toBe(detail.stage)
    }
  })
})
