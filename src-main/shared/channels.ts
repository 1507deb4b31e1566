// Every channel's name, once. The preload's allowlist and the contract are both checked against it.
export const CHANNELS = [
  'auth.status',
  'auth.login',
  'auth.logout',
  'auth.lock',
  'auth.unlock',
  'auth.touch',
  'account.changePassword',
  'account.list',
  'account.create',
  'account.update',
  'account.resetPassword',
  'system.status',
  'system.setup',
  'system.updateBase',
  'system.settings',
  'system.updateSettings',
  'demo.load',
  'audit.list',
  'audit.filterOptions',
  'backup.list',
  'backup.create',
  'backup.restore',
  'member.list',
  'member.get',
  'member.create',
  'member.update',
  'member.revealIdNumber',
  'member.exit',
  'member.transferIn',
  'space.floors',
  'space.floorSave',
  'space.units',
  'space.unitGet',
  'space.unitSave',
  'space.unitArchive',
  'space.unitRestore',
  'space.outageAdd',
  'space.outageCancel',
  'space.saveLayout',
  'space.plan',
  'space.settings',
  'space.updateSettings',
  'allocation.list',
  'allocation.create',
  'allocation.extend',
  'allocation.endEarly',
  'allocation.cancel',
  'allocation.endAllFor',
  'booking.list',
  'booking.create',
  'booking.previewSeries',
  'booking.createSeries',
  'booking.cancel',
  'booking.cancelRange',
  'occupancy.summary',
  'occupancy.monthly',
  'occupancy.rooms',
  'occupancy.inKind',
  'mentor.list',
  'mentor.options',
  'mentor.get',
  'mentor.save',
  'pairing.list',
  'pairing.create',
  'pairing.end',
  'coaching.plan',
  'coaching.goalSave',
  'coaching.sessionList',
  'coaching.sessionGet',
  'coaching.sessionCreate',
  'coaching.sessionUpdate',
  'coaching.sessionFeedback',
  'coaching.sessionArchive',
  'coaching.attachmentAdd',
  'coaching.attachmentGet',
  'coaching.attachmentArchive',
  'actionItem.list',
  'actionItem.add',
  'actionItem.close',
  'assessment.list',
  'assessment.create',
  'assessment.archive',
  'coaching.stats',
  'coaching.inactive',
  'mentoring.settings',
  'mentoring.updateSettings',
  'mentoring.export',
  'organization.list',
  'organization.filterOptions',
  'organization.get',
  'organization.check',
  'organization.create',
  'organization.update',
  'organization.changeStage',
  'organization.archive',
  'organization.restore',
  // ---- begin meetings: 会议与合规 (issue 6) ----
  // ---- end meetings ----
  // ---- begin development: 发展党员 (issue 6) ----
  // ---- end development ----
  // ---- begin dues: 党费 (issue 6) ----
  // ---- end dues ----
  // ---- begin branchProfile: 支部、班子、党小组 (issue 6) ----
  // ---- end branchProfile ----
] as const
export type Channel = (typeof CHANNELS)[number]

const known: ReadonlySet<string> = new Set(CHANNELS)
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && known.has(name)
}

/** The one Electron IPC channel the preload uses; the core channel travels as its first argument. */
export const IPC_INVOKE = 'shuanghe:invoke'

/**
 * Channels the Electron transport answers itself, because they open native dialogs (no core logic). In a
 * browser they do not exist: the renderer then asks the user to type a path.
 */
export const HOST_CHANNELS = ['host.chooseBackupDestination', 'host.chooseBackupSource'] as const
export type HostChannel = (typeof HOST_CHANNELS)[number]

const hostKnown: ReadonlySet<string> = new Set(HOST_CHANNELS)
export function isHostChannel(name: unknown): name is HostChannel {
  return typeof name === 'string' && hostKnown.has(name)
}
