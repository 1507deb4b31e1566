// The one contract between renderer and core: each channel's input schema and output type.
import type { z } from 'zod'
import type { Channel } from './channels'
import type {
  ActionItem,
  ActionItemPage,
  AttachmentContent,
  CapabilityAssessment,
  CoachingGoal,
  CoachingSession,
  CoachingSessionListItem,
  ExportFile,
  InactiveReport,
  Mentor,
  MentorDetail,
  MentorOption,
  MentoringSettings,
  MentoringStats,
  Pairing,
  Allocation,
  Booking,
  Floor,
  FloorPlan,
  InKindReport,
  OccupancyMonth,
  OccupancySummary,
  RoomUsageMonth,
  SeriesPreview,
  SeriesResult,
  SpaceSettings,
  SpaceUnit,
  SpaceUnitDetail,
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
  // ---- begin meetings: 会议与合规 (issue 6) ----
  // ---- end meetings ----
  // ---- begin development: 发展党员 (issue 6) ----
  // ---- end development ----
  // ---- begin dues: 党费 (issue 6) ----
  // ---- end dues ----
  // ---- begin branchProfile: 支部、班子、党小组 (issue 6) ----
  // ---- end branchProfile ----
} from './entities'
import {
  actionItemAddInput,
  actionItemCloseInput,
  actionItemListInput,
  assessmentArchiveInput,
  assessmentCreateInput,
  attachmentAddInput,
  goalSaveInput,
  inactiveInput,
  mentorListInput,
  mentorSaveInput,
  mentoringExportInput,
  mentoringSettingsInput,
  mentoringStatsInput,
  organizationIdInput,
  pairingCreateInput,
  pairingEndInput,
  pairingListInput,
  sessionArchiveInput,
  sessionCreateInput,
  sessionFeedbackInput,
  sessionListInput,
  sessionUpdateInput,
  allocationCancelInput,
  allocationChangeInput,
  allocationCreateInput,
  allocationEndAllInput,
  allocationListInput,
  bookingCancelInput,
  bookingCancelRangeInput,
  bookingCreateInput,
  bookingListInput,
  bookingSeriesInput,
  bookingSeriesPreviewInput,
  dateInput,
  floorSaveInput,
  layoutInput,
  outageAddInput,
  outageCancelInput,
  planInput,
  spaceSettingsInput,
  unitListInput,
  unitSaveInput,
  yearInput,
  accountCreateInput,
  accountResetPasswordInput,
  accountUpdateInput,
  auditListInput,
  backupCreateInput,
  backupRestoreInput,
  changePasswordInput,
  loginInput,
  memberCreateInput,
  memberExitInput,
  memberTransferInInput,
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
  'member.exit': memberExitInput,
  'member.transferIn': memberTransferInInput,
  'space.floors': emptyInput,
  'space.floorSave': floorSaveInput,
  'space.units': unitListInput,
  'space.unitGet': byIdInput,
  'space.unitSave': unitSaveInput,
  'space.unitArchive': byIdInput,
  'space.unitRestore': byIdInput,
  'space.outageAdd': outageAddInput,
  'space.outageCancel': outageCancelInput,
  'space.saveLayout': layoutInput,
  'space.plan': planInput,
  'space.settings': emptyInput,
  'space.updateSettings': spaceSettingsInput,
  'allocation.list': allocationListInput,
  'allocation.create': allocationCreateInput,
  'allocation.extend': allocationChangeInput,
  'allocation.endEarly': allocationChangeInput,
  'allocation.cancel': allocationCancelInput,
  'allocation.endAllFor': allocationEndAllInput,
  'booking.list': bookingListInput,
  'booking.create': bookingCreateInput,
  'booking.previewSeries': bookingSeriesPreviewInput,
  'booking.createSeries': bookingSeriesInput,
  'booking.cancel': bookingCancelInput,
  'booking.cancelRange': bookingCancelRangeInput,
  'occupancy.summary': dateInput,
  'occupancy.monthly': yearInput,
  'occupancy.rooms': yearInput,
  'occupancy.inKind': yearInput,
  'demo.load': emptyInput,
  'mentor.list': mentorListInput,
  'mentor.options': emptyInput,
  'mentor.get': byIdInput,
  'mentor.save': mentorSaveInput,
  'pairing.list': pairingListInput,
  'pairing.create': pairingCreateInput,
  'pairing.end': pairingEndInput,
  'coaching.plan': organizationIdInput,
  'coaching.goalSave': goalSaveInput,
  'coaching.sessionList': sessionListInput,
  'coaching.sessionGet': byIdInput,
  'coaching.sessionCreate': sessionCreateInput,
  'coaching.sessionUpdate': sessionUpdateInput,
  'coaching.sessionFeedback': sessionFeedbackInput,
  'coaching.sessionArchive': sessionArchiveInput,
  'coaching.attachmentAdd': attachmentAddInput,
  'coaching.attachmentGet': byIdInput,
  'coaching.attachmentArchive': byIdInput,
  'actionItem.list': actionItemListInput,
  'actionItem.add': actionItemAddInput,
  'actionItem.close': actionItemCloseInput,
  'assessment.list': organizationIdInput,
  'assessment.create': assessmentCreateInput,
  'assessment.archive': assessmentArchiveInput,
  'coaching.stats': mentoringStatsInput,
  'coaching.inactive': inactiveInput,
  'mentoring.settings': emptyInput,
  'mentoring.updateSettings': mentoringSettingsInput,
  'mentoring.export': mentoringExportInput,
  'organization.list': organizationListInput,
  'organization.filterOptions': emptyInput,
  'organization.get': byIdInput,
  'organization.check': organizationCheckInput,
  'organization.create': organizationCreateInput,
  'organization.update': organizationUpdateInput,
  'organization.changeStage': organizationChangeStageInput,
  'organization.archive': organizationArchiveInput,
  'organization.restore': byIdInput,
  // ---- begin meetings: 会议与合规 (issue 6) ----
  // ---- end meetings ----
  // ---- begin development: 发展党员 (issue 6) ----
  // ---- end development ----
  // ---- begin dues: 党费 (issue 6) ----
  // ---- end dues ----
  // ---- begin branchProfile: 支部、班子、党小组 (issue 6) ----
  // ---- end branchProfile ----
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
  'member.exit': PartyMember
  'member.transferIn': PartyMember
  'space.floors': Floor[]
  'space.floorSave': Floor
  'space.units': Page<SpaceUnit>
  'space.unitGet': SpaceUnitDetail
  'space.unitSave': SpaceUnit
  'space.unitArchive': SpaceUnit
  'space.unitRestore': SpaceUnit
  'space.outageAdd': SpaceUnitDetail
  'space.outageCancel': SpaceUnitDetail
  'space.saveLayout': FloorPlan
  'space.plan': FloorPlan
  'space.settings': SpaceSettings
  'space.updateSettings': SpaceSettings
  'allocation.list': Page<Allocation>
  'allocation.create': Allocation
  'allocation.extend': Allocation
  'allocation.endEarly': Allocation
  'allocation.cancel': Allocation
  'allocation.endAllFor': { ended: number }
  'booking.list': Booking[]
  'booking.create': Booking
  'booking.previewSeries': SeriesPreview
  'booking.createSeries': SeriesResult
  'booking.cancel': Booking
  'booking.cancelRange': { cancelled: number }
  'occupancy.summary': OccupancySummary
  'occupancy.monthly': OccupancyMonth[]
  'occupancy.rooms': RoomUsageMonth[]
  'occupancy.inKind': InKindReport
  'demo.load': DemoLoadResult
  'mentor.list': Page<Mentor>
  'mentor.options': MentorOption[]
  'mentor.get': MentorDetail
  'mentor.save': MentorDetail
  'pairing.list': Pairing[]
  'pairing.create': Pairing
  'pairing.end': Pairing
  'coaching.plan': CoachingGoal[]
  'coaching.goalSave': CoachingGoal[]
  'coaching.sessionList': Page<CoachingSessionListItem>
  'coaching.sessionGet': CoachingSession
  'coaching.sessionCreate': CoachingSession
  'coaching.sessionUpdate': CoachingSession
  'coaching.sessionFeedback': CoachingSession
  'coaching.sessionArchive': CoachingSession
  'coaching.attachmentAdd': CoachingSession
  'coaching.attachmentGet': AttachmentContent
  'coaching.attachmentArchive': CoachingSession
  'actionItem.list': ActionItemPage
  'actionItem.add': CoachingSession
  'actionItem.close': ActionItem
  'assessment.list': CapabilityAssessment[]
  'assessment.create': CapabilityAssessment[]
  'assessment.archive': CapabilityAssessment[]
  'coaching.stats': MentoringStats
  'coaching.inactive': InactiveReport
  'mentoring.settings': MentoringSettings
  'mentoring.updateSettings': MentoringSettings
  'mentoring.export': ExportFile
  'organization.list': Page<OrganizationListItem>
  'organization.filterOptions': OrganizationFilterOptions
  'organization.get': OrganizationDetail
  'organization.check': DraftCheck
  'organization.create': OrganizationDetail
  'organization.update': OrganizationDetail
  'organization.changeStage': OrganizationDetail
  'organization.archive': OrganizationDetail
  'organization.restore': OrganizationDetail
  // ---- begin meetings: 会议与合规 (issue 6) ----
  // ---- end meetings ----
  // ---- begin development: 发展党员 (issue 6) ----
  // ---- end development ----
  // ---- begin dues: 党费 (issue 6) ----
  // ---- end dues ----
  // ---- begin branchProfile: 支部、班子、党小组 (issue 6) ----
  // ---- end branchProfile ----
}

/** What the caller sends (defaults may be left out). */
export type ChannelInput<C extends Channel> = z.input<(typeof inputSchemas)[C]>
/** What the handler receives, after parsing. */
export type ParsedInput<C extends Channel> = z.output<(typeof inputSchemas)[C]>
export type ChannelOutput<C extends Channel> = ChannelOutputs[C]

export type { Channel }
