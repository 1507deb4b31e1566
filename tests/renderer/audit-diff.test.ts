// 操作日志's 修改前 / 修改后: one line per field, the changed ones marked, a creation showing only what was created.
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import AuditDiff from '@/views/settings/AuditDiff.vue'
import { appPlugins, textOf } from './support'

let wrapper: VueWrapper | undefined

function mountDiff(before: unknown, after: unknown) {
  const { plugins } = appPlugins('zh-CN')
  wrapper = mount(AuditDiff, { props: { before, after }, global: { plugins } })
  return wrapper
}

interface Line {
  field: string
  before: string
  after: string
  changed: boolean
}

/** The table as the user reads it: field, 修改前, 修改后, and whether the line is marked. */
function lines(): Line[] {
  return wrapper!.findAll('tbody tr').map((tr) => {
    const [field, before, after] = tr.findAll('td').map((td) => textOf(td.element))
    return { field: field ?? '', before: before ?? '', after: after ?? '', changed: tr.classes('changed') }
  })
}

const line = (field: string) => lines().find((l) => l.field === field)

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('AuditDiff', () => {
  it('heads the columns 修改前 and 修改后', () => {
    mountDiff({ name: 'a' }, { name: 'b' })
    expect(wrapper!.findAll('thead th').map((th) => textOf(th.element))).toEqual(['', '修改前', '修改后'])
  })

  it('marks the fields whose value changed, and only those', () => {
    mountDiff(
      {
        name: '福山区星火青少年服务中心',
        stage: 'applied',
        contactPhone: '13512345678',
        stageDate: '2026-03-01',
      },
      {
        name: '福山区星火青少年服务中心',
        stage: 'review',
        contactPhone: '13512345678',
        stageDate: '2026-04-15',
      },
    )

    expect(lines()).toEqual([
      {
        field: 'name',
        before: '福山区星火青少年服务中心',
        after: '福山区星火青少年服务中心',
        changed: false,
      },
      { field: 'stage', before: 'applied', after: 'review', changed: true },
      { field: 'contactPhone', before: '13512345678', after: '13512345678', changed: false },
      { field: 'stageDate', before: '2026-03-01', after: '2026-04-15', changed: true },
    ])
  })

  it('compares lists and numbers by value: equal ones are not marked', () => {
    mountDiff(
      { serviceAreas: ['youth', 'other'], totalAreaM2: 1200, roles: ['admin'] },
      { serviceAreas: ['youth', 'other'], totalAreaM2: 1250, roles: ['admin', 'mentor'] },
    )

    expect(line('serviceAreas')).toEqual({
      field: 'serviceAreas',
      before: '["youth","other"]',
      after: '["youth","other"]',
      changed: false,
    })
    expect(line('totalAreaM2')).toMatchObject({ before: '1200', after: '1250', changed: true })
    expect(line('roles')).toMatchObject({ before: '["admin"]', after: '["admin","mentor"]', changed: true })
  })

  it('shows an emptied field as — and marks it', () => {
    mountDiff({ email: 'xinghuo@example.com', address: null }, { email: null, address: null })

    expect(line('email')).toEqual({
      field: 'email',
      before: 'xinghuo@example.com',
      after: '—',
      changed: true,
    })
    expect(line('address')).toEqual({ field: 'address', before: '—', after: '—', changed: false })
  })

  it('a creation (no 修改前) shows the created values only, every line new', () => {
    mountDiff(null, { username: 'liudw', displayName: '刘党务', roles: ['party_affairs'], active: true })

    expect(lines()).toEqual([
      { field: 'username', before: '', after: 'liudw', changed: true },
      { field: 'displayName', before: '', after: '刘党务', changed: true },
      { field: 'roles', before: '', after: '["party_affairs"]', changed: true },
      { field: 'active', before: '', after: 'true', changed: true },
    ])
    // Nothing suggests an old value: no — in the 修改前 column.
    expect(wrapper!.findAll('tbody tr').map((tr) => textOf(tr.findAll('td')[1]!.element))).toEqual([
      '',
      '',
      '',
      '',
    ])
  })

  it('a field added by the change shows after only; one removed shows before only', () => {
    mountDiff({ name: '星火', archiveReason: '迁出' }, { name: '星火', agreementNo: 'FS-2026-018' })

    expect(line('archiveReason')).toEqual({
      field: 'archiveReason',
      before: '迁出',
      after: '',
      changed: true,
    })
    expect(line('agreementNo')).toEqual({
      field: 'agreementNo',
      before: '',
      after: 'FS-2026-018',
      changed: true,
    })
    expect(line('name')?.changed).toBe(false)
  })

  it('an event without fields (a login) shows its details as created', () => {
    mountDiff(null, { event: 'login', username: 'wangxm' })
    expect(lines()).toEqual([
      { field: 'event', before: '', after: 'login', changed: true },
      { field: 'username', before: '', after: 'wangxm', changed: true },
    ])
  })

  it('shows nothing for two empty sides', () => {
    mountDiff(null, null)
    expect(lines()).toEqual([])
  })
})
