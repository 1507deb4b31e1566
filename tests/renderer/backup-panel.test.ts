// 备份与恢复 in the browser (no desktop bridge): paths are typed, not browsed; a backup goes where the user says;
// a restore asks first and then signs everyone out; the Electron menu's action opens its dialog at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { RouterView } from 'vue-router'
import type { BackupList } from '@shared/entities'
import type * as Api from '@/api'
import { call } from '@/api'
import { createAppRouter } from '@/router'
import { useAuthStore } from '@/stores/auth'
import BackupPanel from '@/views/settings/BackupPanel.vue'
import {
  apiError,
  appPlugins,
  buttonIn,
  buttonLabels,
  callsTo,
  dialogByTestId,
  errorUnder,
  fakeCore,
  isDialogOpen,
  messageBox,
  notice,
  settle,
  signIn,
  textOf,
  typeInto,
  type Handlers,
} from './support'

vi.mock('@/api', async () => {
  const actual = await vi.importActual<typeof Api>('@/api')
  return { ...actual, call: vi.fn(), invoke: vi.fn() }
})

const callMock = vi.mocked(call)

const FOLDER = '/home/jidi/.config/shuanghe/backups'
const DAILY = `${FOLDER}/shuanghe-2026-11-27-daily.db`

const LIST: BackupList = {
  folder: FOLDER,
  files: [
    {
      name: 'shuanghe-2026-11-27-daily.db',
      path: DAILY,
      kind: 'daily',
      createdAt: '2026-11-27T00:05:00.000Z',
      bytes: 3 * 1024 * 1024,
      encrypted: false,
    },
    {
      name: 'shuanghe-2026-11-20-manual.shbak',
      path: `${FOLDER}/shuanghe-2026-11-20-manual.shbak`,
      kind: 'manual',
      createdAt: '2026-11-20T08:00:00.000Z',
      bytes: 200 * 1024,
      encrypted: true,
    },
  ],
}

const SIGNED_OUT = { initialized: true, baseName: '烟台市福山区社会组织孵化基地', session: null }

function answer(handlers: Handlers = {}): void {
  callMock.mockImplementation(
    fakeCore({ 'backup.list': () => LIST, 'auth.logout': () => SIGNED_OUT, ...handlers }) as typeof call,
  )
}

let wrapper: VueWrapper | undefined

async function mountPanel(action: 'backup' | 'restore' | null = null) {
  const { plugins } = appPlugins('zh-CN')
  signIn(['session', 'backup.manage', 'system.manage'], '张管理')
  wrapper = mount(BackupPanel, { props: { action }, global: { plugins }, attachTo: document.body })
  await settle()
  return wrapper
}

const panel = () => wrapper!.get('[data-testid="settings-backup"]').element
const backupDialog = () => dialogByTestId('backup-dialog')!
const restoreDialog = () => dialogByTestId('restore-dialog')!
const footer = (dialog: Element) => dialog.querySelector('.el-dialog__footer')

async function openBackup(): Promise<void> {
  await wrapper!.get('[data-testid="backup-open"]').trigger('click')
  await settle()
}

async function openRestore(): Promise<void> {
  await wrapper!.get('[data-testid="restore-open"]').trigger('click')
  await settle()
}

async function runBackup(): Promise<void> {
  await buttonIn(footer(backupDialog()), '立即备份').trigger('click')
  await settle()
}

async function tickEncrypt(): Promise<void> {
  backupDialog().querySelector<HTMLInputElement>('[data-testid="backup-encrypt"] input')!.click()
  await settle()
}

async function runRestore(): Promise<void> {
  await buttonIn(footer(restoreDialog()), '恢复').trigger('click')
  await settle()
}

beforeEach(() => {
  callMock.mockReset()
  answer()
  delete window.shuanghe
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('BackupPanel: the list', () => {
  it('shows the backup folder and each backup in Chinese, at the base’s time', async () => {
    await mountPanel()
    expect(textOf(panel())).toContain(`备份文件夹：${FOLDER}`)
    const rows = [...panel().querySelectorAll('.el-table__body tr.el-table__row')].map((r) => textOf(r))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('shuanghe-2026-11-27-daily.db')
    expect(rows[0]).toContain('每日自动')
    // 00:05 UTC is 08:05 at the base (Asia/Shanghai), whatever the computer's zone (the tests run in UTC).
    expect(rows[0]).toContain('2026/11/27 08:05:00')
    expect(rows[0]).toContain('3.0 MB')
    expect(rows[0]).toContain('否')
    expect(rows[1]).toContain('手动')
    expect(rows[1]).toContain('200 KB')
    expect(rows[1]).toContain('是')
  })
})

describe('BackupPanel: 备份到…', () => {
  it('offers no 浏览… button in the browser: the path is typed', async () => {
    await mountPanel()
    await openBackup()
    expect(isDialogOpen('backup-dialog')).toBe(true)
    expect(buttonLabels(backupDialog())).not.toContain('浏览…')
    expect(backupDialog().querySelector('input[name="destination"]')).not.toBeNull()

    await openRestore()
    expect(buttonLabels(restoreDialog())).not.toContain('浏览…')
    expect(restoreDialog().querySelector('input[name="source"]')).not.toBeNull()
  })

  it('with the path left empty, backs up into the backup folder (destination null)', async () => {
    answer({
      'backup.create': () => ({
        path: `${FOLDER}/shuanghe-2026-11-27-manual.db`,
        bytes: 4096,
        encrypted: false,
      }),
    })
    await mountPanel()
    await openBackup()
    await runBackup()

    expect(callsTo(callMock, 'backup.create')).toEqual([{ destination: null, password: null }])
    expect(textOf(document.body.querySelector('.el-message--success'))).toBe(
      `备份完成：${FOLDER}/shuanghe-2026-11-27-manual.db`,
    )
    expect(isDialogOpen('backup-dialog')).toBe(false)
    expect(callsTo(callMock, 'backup.list')).toHaveLength(2)
  })

  it('a path of only spaces also means the backup folder', async () => {
    answer({ 'backup.create': () => ({ path: `${FOLDER}/x.db`, bytes: 4096, encrypted: false }) })
    await mountPanel()
    await openBackup()
    await typeInto(backupDialog(), 'destination', '   ')
    await runBackup()

    expect(callsTo(callMock, 'backup.create')).toEqual([{ destination: null, password: null }])
  })

  it('sends a typed path, trimmed', async () => {
    answer({ 'backup.create': (input) => ({ path: input.destination!, bytes: 4096, encrypted: false }) })
    await mountPanel()
    await openBackup()
    await typeInto(backupDialog(), 'destination', '  /media/usb/shuanghe.db ')
    await runBackup()

    expect(callsTo(callMock, 'backup.create')).toEqual([
      { destination: '/media/usb/shuanghe.db', password: null },
    ])
  })

  it('with 加密 ticked, refuses two different passwords without asking the core', async () => {
    answer({ 'backup.create': () => ({ path: `${FOLDER}/x.shbak`, bytes: 4096, encrypted: true }) })
    await mountPanel()
    await openBackup()
    expect(backupDialog().querySelector('input[name="backupPassword"]')).toBeNull()
    await tickEncrypt()
    await typeInto(backupDialog(), 'backupPassword', 'Upan2026')
    await typeInto(backupDialog(), 'backupPasswordConfirm', 'Upan2027')
    await runBackup()

    expect(errorUnder(backupDialog(), '确认备份密码')).toBe('两次输入的密码不一致。')
    expect(callsTo(callMock, 'backup.create')).toEqual([])
    expect(isDialogOpen('backup-dialog')).toBe(true)
  })

  it('with 加密 ticked and matching passwords, sends the password', async () => {
    answer({ 'backup.create': () => ({ path: '/media/usb/shuanghe.shbak', bytes: 4096, encrypted: true }) })
    await mountPanel()
    await openBackup()
    await typeInto(backupDialog(), 'destination', '/media/usb/shuanghe.shbak')
    await tickEncrypt()
    await typeInto(backupDialog(), 'backupPassword', 'Upan2026')
    await typeInto(backupDialog(), 'backupPasswordConfirm', 'Upan2026')
    await runBackup()

    expect(callsTo(callMock, 'backup.create')).toEqual([
      { destination: '/media/usb/shuanghe.shbak', password: 'Upan2026' },
    ])
  })

  it('untick 加密 again and the backup is not encrypted, whatever was typed', async () => {
    answer({ 'backup.create': () => ({ path: `${FOLDER}/x.db`, bytes: 4096, encrypted: false }) })
    await mountPanel()
    await openBackup()
    await tickEncrypt()
    await typeInto(backupDialog(), 'backupPassword', 'Upan2026')
    await typeInto(backupDialog(), 'backupPasswordConfirm', 'Upan2026')
    await tickEncrypt()
    expect(backupDialog().querySelector('input[name="backupPassword"]')).toBeNull()
    await runBackup()

    expect(callsTo(callMock, 'backup.create')).toEqual([{ destination: null, password: null }])
  })

  it('shows the core’s objection to the path under 保存位置', async () => {
    answer({
      'backup.create': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { destination: notice('backup.destinationNotAbsolute') },
        })
      },
    })
    await mountPanel()
    await openBackup()
    await typeInto(backupDialog(), 'destination', 'shuanghe.db')
    await runBackup()

    expect(errorUnder(backupDialog(), '保存位置')).toBe(
      '请填写完整路径，例如 D:\\双核备份\\shuanghe.db 或 /media/usb/shuanghe.shbak。',
    )
    expect(isDialogOpen('backup-dialog')).toBe(true)
  })
})

describe('BackupPanel: 从备份恢复…', () => {
  it('asks for confirmation first, naming the file; 取消 restores nothing', async () => {
    answer({ 'backup.restore': () => ({ restoredFrom: DAILY, safetyBackup: `${FOLDER}/pre-restore.db` }) })
    await mountPanel()
    await openRestore()
    await typeInto(restoreDialog(), 'source', DAILY)
    await runRestore()

    const box = messageBox()
    expect(box, 'a confirmation box').not.toBeNull()
    expect(textOf(box?.querySelector('.el-message-box__title'))).toBe('请确认')
    expect(textOf(box)).toContain('恢复会用备份替换当前的全部数据')
    expect(textOf(box)).toContain(`确定从“${DAILY}”恢复吗？`)
    expect(callsTo(callMock, 'backup.restore')).toEqual([])

    await buttonIn(box, '取消').trigger('click')
    await settle()

    expect(callsTo(callMock, 'backup.restore')).toEqual([])
    expect(callsTo(callMock, 'auth.logout')).toEqual([])
    expect(isDialogOpen('restore-dialog')).toBe(true)
  })

  it('after a confirmed restore, says where the old data went and signs out', async () => {
    answer({
      'backup.restore': () => ({ restoredFrom: DAILY, safetyBackup: `${FOLDER}/shuanghe-pre-restore.db` }),
      'auth.logout': () => SIGNED_OUT,
    })
    await mountPanel()
    // 恢复 on a row fills in that backup's path.
    const row = [...panel().querySelectorAll('.el-table__body tr.el-table__row')][0]!
    await buttonIn(row, '恢复').trigger('click')
    await settle()
    expect(restoreDialog().querySelector<HTMLInputElement>('input[name="source"]')!.value).toBe(DAILY)
    await runRestore()

    await buttonIn(messageBox(), '恢复').trigger('click')
    await settle()

    expect(callsTo(callMock, 'backup.restore')).toEqual([{ source: DAILY, password: null }])
    const done = messageBox()
    expect(textOf(done?.querySelector('.el-message-box__title'))).toBe('从备份恢复')
    expect(textOf(done)).toContain(
      `已从备份恢复，当前数据已另存为 ${FOLDER}/shuanghe-pre-restore.db。请重新登录。`,
    )
    // Signed out once the user has read it.
    expect(callsTo(callMock, 'auth.logout')).toEqual([])
    done!.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!.click()
    await settle()

    expect(callsTo(callMock, 'auth.logout')).toEqual([{}])
    expect(useAuthStore().session).toBeNull()
    expect(isDialogOpen('restore-dialog')).toBe(false)
  })

  it('sends the backup password for an encrypted file', async () => {
    answer({ 'backup.restore': () => ({ restoredFrom: 'x', safetyBackup: 'y' }) })
    await mountPanel()
    await openRestore()
    await typeInto(restoreDialog(), 'source', '/media/usb/shuanghe.shbak')
    await typeInto(restoreDialog(), 'restorePassword', 'Upan2026')
    await runRestore()
    await buttonIn(messageBox(), '恢复').trigger('click')
    await settle()

    expect(callsTo(callMock, 'backup.restore')).toEqual([
      { source: '/media/usb/shuanghe.shbak', password: 'Upan2026' },
    ])
  })

  it('a refused restore stays signed in and shows why under the field', async () => {
    answer({
      'backup.restore': () => {
        throw apiError({
          code: 'VALIDATION',
          ...notice('common.invalidFields', { count: 1 }),
          fields: { password: notice('backup.wrongPassword') },
        })
      },
    })
    await mountPanel()
    await openRestore()
    await typeInto(restoreDialog(), 'source', '/media/usb/shuanghe.shbak')
    await typeInto(restoreDialog(), 'restorePassword', 'Upan2025')
    await runRestore()
    await buttonIn(messageBox(), '恢复').trigger('click')
    await settle()

    expect(errorUnder(restoreDialog(), '备份密码')).toBe(
      '备份密码不正确，或文件已损坏，当前数据未做任何改动。',
    )
    expect(callsTo(callMock, 'auth.logout')).toEqual([])
    expect(useAuthStore().session).not.toBeNull()
    expect(isDialogOpen('restore-dialog')).toBe(true)
  })
})

describe('BackupPanel: opened from the Electron menu', () => {
  it('action restore opens 从备份恢复 at once', async () => {
    await mountPanel('restore')
    expect(isDialogOpen('restore-dialog')).toBe(true)
    expect(textOf(restoreDialog().querySelector('.el-dialog__title'))).toBe('从备份恢复')
    expect(restoreDialog().querySelector<HTMLInputElement>('input[name="source"]')!.value).toBe('')
    expect(isDialogOpen('backup-dialog')).toBe(false)
  })

  it('action backup opens 备份 at once', async () => {
    await mountPanel('backup')
    expect(isDialogOpen('backup-dialog')).toBe(true)
    expect(isDialogOpen('restore-dialog')).toBe(false)
  })

  it('no action opens nothing', async () => {
    await mountPanel(null)
    expect(isDialogOpen('backup-dialog')).toBe(false)
    expect(isDialogOpen('restore-dialog')).toBe(false)
  })

  it('the menu chosen while the panel is open opens the dialog too', async () => {
    await mountPanel(null)
    await wrapper!.setProps({ action: 'restore' })
    await settle()
    expect(isDialogOpen('restore-dialog')).toBe(true)
  })
})

describe('BackupPanel: the Electron menu’s address (#/settings/backup?action=…)', () => {
  const Shell = defineComponent({ render: () => h(RouterView) })

  /** The app's real routes, with 系统设置 mounted as the menu reaches it: by setting location.hash. */
  async function openFromMenu(hash: string) {
    const { plugins } = appPlugins('zh-CN')
    signIn(['session', 'backup.manage', 'system.manage', 'account.manage', 'audit.read'], '张管理')
    window.location.hash = hash
    const router = createAppRouter()
    wrapper = mount(Shell, { global: { plugins: [...plugins, router] }, attachTo: document.body })
    await router.isReady()
    await settle()
    return router
  }

  /** What the Electron menu does: `location.hash = …` (lifecycle.ts), then the browser's hashchange. */
  async function chooseMenu(hash: string): Promise<void> {
    const before = window.location.hash
    window.location.hash = hash
    // A browser fires popstate only when the hash really changes.
    if (before !== window.location.hash) window.dispatchEvent(new PopStateEvent('popstate', { state: null }))
    await settle()
  }

  afterEach(() => {
    window.location.hash = ''
  })

  it('从备份恢复… opens the 备份与恢复 tab with the restore dialog', async () => {
    await openFromMenu('#/settings/backup?action=restore')
    expect(textOf(document.body.querySelector('.el-tabs__item.is-active'))).toBe('备份与恢复')
    expect(isDialogOpen('restore-dialog')).toBe(true)
  })

  it('备份… chosen while the restore dialog is open opens the backup dialog', async () => {
    await openFromMenu('#/settings/backup?action=restore')
    await chooseMenu('#/settings/backup?action=backup')
    expect(isDialogOpen('backup-dialog')).toBe(true)
  })

  // Regression: the menu's request is dropped from the address once handled, so it can come again.
  it('从备份恢复… chosen a second time, after closing the dialog, opens it again', async () => {
    await openFromMenu('#/settings/backup?action=restore')
    await buttonIn(footer(restoreDialog()), '取消').trigger('click')
    await settle()
    expect(isDialogOpen('restore-dialog')).toBe(false)

    await chooseMenu('#/settings/backup?action=restore')
    expect(isDialogOpen('restore-dialog')).toBe(true)
  })
})
