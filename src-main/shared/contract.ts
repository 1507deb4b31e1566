// The one contract between renderer and core: each channel's input schema and output type.
import type { z } from 'zod'
import type { Channel } from './channels'
import type {
  Account,
  AuditEntryView,
  AuditFilterOptions,
  AuthStatus,
  BackupList,
  BackupResult,
  LoginResult,
  PartyMember,
  PartyMemberListItem,
  RestoreResult,
  RevealedIdNumber,
  SessionInfo,
  SetupResult,
  SystemSettings,
  DemoLoadResult,
  DraftCheck,
  OrganizationDetail,
  OrganizationFilterOptions,
  OrganizationListItem,
  Page,
  SystemStatus,
} from './entities'
import {
  accountCreateInput,
  accountResetPasswordInput,
  accountUpdateInput,
  auditListInput,
  backupCreateInput,
  backupRestoreInput,
  changePasswordInput,
  loginInput,
  memberCreateInput,
  memberListInput,
  memberUpdateInput,
  settingsInput,
  setupInput,
  unlockInput,
  baseInfoInput,
  byIdInput,
  emptyInput,
  organizationArchiveInput,
  organizationChangeStageInput,
  organizationCheckInput,
  organizationCreateInput,
  organizationListInput,
  organizationUpdateInput,
} from './schemas'

export const inputSchemas = {
  'auth.status': emptyInput,
  'auth.login': loginInput,
  'auth.logout': emptyInput,
  'auth.lock': emptyInput,
  'auth.unlock': unlockInput,
  'auth.touch': emptyInput,
  'account.changePassword': changePasswordInput,
  'account.list': emptyInput,
  'account.create': accountCreateInput,
  'account.update': accountUpdateInput,
  'account.resetPassword': accountResetPasswordInput,
  'system.status': emptyInput,
  'system.setup': setupInput,
  'system.updateBase': baseInfoInput,
  'system.settings': emptyInput,
  'system.updateSettings': settingsInput,
  'audit.list': auditListInput,
  'audit.filterOptions': emptyInput,
  'backup.list': emptyInput,
  'backup.create': backupCreateInput,
  'backup.restore': backupRestoreInput,
  'member.list': memberListInput,
  'member.get': byIdInput,
  'member.create': memberCreateInput,
  'member.update': memberUpdateInput,
  'member.revealIdNumber': byIdInput,
  'demo.load': emptyInput,
  'organization.list': organizationListInput,
  'organization.filterOptions': emptyInput,
  'organization.get': byIdInput,
  'organization.check': organizationCheckInput,
  'organization.create': organizationCreateInput,
  'organization.update': organizationUpdateInput,
  'organization.changeStage': organizationChangeStageInput,
  'organization.archive': organizationArchiveInput,
  'organization.restore': byIdInput,
} satisfies Record<Channel, z.ZodType>

export interface ChannelOutputs {
  'auth.status': AuthStatus
  'auth.login': LoginResult
  'auth.logout': AuthStatus
  'auth.lock': AuthStatus
  'auth.unlock': SessionInfo
  'auth.touch': SessionInfo
  'account.changePassword': SessionInfo
  'account.list': Account[]
  'account.create': Account
  'account.update': Account
  'account.resetPassword': Account
  'system.status': SystemStatus
  'system.setup': SetupResult
  'system.updateBase': SystemStatus
  'system.settings': SystemSettings
  'system.updateSettings': SystemSettings
  'audit.list': Page<AuditEntryView>
  'audit.filterOptions': AuditFilterOptions
  'backup.list': BackupList
  'backup.create': BackupResult
  'backup.restore': RestoreResult
  'member.list': Page<PartyMemberListItem>
  'member.get': PartyMember
  'member.create': PartyMember
  'member.update': PartyMember
  'member.revealIdNumber': RevealedIdNumber
  'demo.load': DemoLoadResult
  'organization.list': Page<OrganizationListItem>
  'organization.filterOptions': OrganizationFilterOptions
  'organization.get': OrganizationDetail
  'organization.check': DraftCheck
  'organization.create': OrganizationDetail
  'organization.update': OrganizationDetail
  'organization.changeStage': OrganizationDetail
  'organization.archive': OrganizationDetail
  'organization.restore': OrganizationDetail
}

/** What the caller sends (defaults may be left out). */
export type ChannelInput<C extends Channel> = z.input<(typeof inputSchemas)[C]>
/** What the handler receives, after parsing. */
export type ParsedInput<C extends Channel> = z.output<(typeof inputSchemas)[C]>
export type ChannelOutput<C extends Channel> = ChannelOutputs[C]

export type { Channel }
