// Every channel's name, once. The preload's allowlist and the contract are both checked against it.
export const CHANNELS = [
  'system.status',
  'system.setup',
  'system.updateBase',
  'demo.load',
  'organization.list',
  'organization.filterOptions',
  'organization.get',
  'organization.check',
  'organization.create',
  'organization.update',
  'organization.changeStage',
  'organization.archive',
  'organization.restore',
] as const
export type Channel = (typeof CHANNELS)[number]

const known: ReadonlySet<string> = new Set(CHANNELS)
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && known.has(name)
}

/** The one Electron IPC channel the preload uses; the core channel travels as its first argument. */
export const IPC_INVOKE = 'shuanghe:invoke'
