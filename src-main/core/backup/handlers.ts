// 备份与恢复 channels. The work is the host's (it owns the database file); these only check and hand over.
import { fail } from '../errors'
import { defineHandlers } from '../registry'
import type { HostServices } from '../context'

function host(services: HostServices | null): HostServices {
  if (!services) fail('CONFLICT', 'backup.unavailable')
  return services
}

export const backupHandlers = defineHandlers({
  'backup.list': {
    permission: 'backup.manage',
    write: false,
    run: ({ services }) => host(services).listBackups(),
  },
  /** 备份: to the backup folder, or to a chosen file; with a password, encrypted for a USB stick. */
  'backup.create': {
    permission: 'backup.manage',
    write: false,
    run: async ({ services, audit }, { destination, password }) => {
      const result = await host(services).createBackup(destination, password)
      audit({ entity: 'backup', entityId: null, before: null, after: { event: 'backup', ...result } })
      return result
    },
  },
  /** 恢复: checked, the current database backed up, then replaced and reopened. Everyone signs in again. */
  'backup.restore': {
    permission: 'backup.manage',
    write: false,
    run: ({ services, actor }, { source, password }) => host(services).restore(source, password, actor),
  },
})
