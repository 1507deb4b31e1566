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
  AttendanceReport,
  ComplianceSummary,
  ExpectedList,
  Meeting,
  MeetingListItem,
  MeetingOptions,
  DevelopmentListItem,
  DevelopmentOverview,
  DevelopmentRecord,
  SponsorOption,
  DuesArrears,
  DuesLedger,
  DuesMemberDetail,
  BranchOverview,
  BranchSettings,
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
  memberExportInput,
  branchSaveInput,
  groupSaveInput,
  groupArchiveInput,
  termCreateInput,
  postAddInput,
  postEndInput,
  termArchiveInput,
  branchSettingsInput,
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
  meetingArchiveInput,
  meetingCreateInput,
  meetingExpectedInput,
  meetingExportInput,
  meetingListInput,
  meetingUpdateInput,
} from './schemas'
import {
  duesBaseCorrectInput,
  duesBaseSaveInput,
  duesExportInput,
  duesMemberInput,
  duesPayInput,
  duesPaymentArchiveInput,
  duesYearInput,
} from './schemas'
import {
  developmentAdvanceInput,
  developmentApproveInput,
  developmentArchiveInput,
  developmentCreateInput,
  developmentDisqualifyInput,
  developmentExtendInput,
  developmentListInput,
  developmentReviewInput,
  developmentSponsorsInput,
  developmentUpcomingInput,
  developmentUpdateInput,
} from './schemas'
import {
  crossPostsExportInput,
  crossPostsInput,
  instructorsInput,
  partyArchiveInput,
  partyContactAddInput,
  partyEndInput,
  partyMemberGetInput,
  partyMemberSaveInput,
  partyOrgInput,
  partyStatusSetInput,
} from './schemas'
import type { CrossPosts, InstructorsView, OrganizationPartyView, OrgPartyMemberRecord } from './entities'
import {
  honourExportInput,
  honourListInput,
  honourSaveInput,
  inspectionSaveInput,
  orgRecordArchiveInput,
  ratingSaveInput,
  ratingsOverviewExportInput,
  ratingsOverviewInput,
  taxQualificationSaveInput,
} from './schemas'
import type { Honour, OrgRecords, RatingsOverview } from './entities'
import {
  sixSyncExportInput,
  sixSyncGetInput,
  sixSyncMatrixInput,
  sixSyncResetInput,
  sixSyncSetInput,
} from './schemas'
import type { SixSyncChecklist, SixSyncMatrix } from './entities'
import type { CoverageBucket } from './coverage'
import {
  coverageExportInput,
  coverageOrganizationsInput,
  coverageRatesInput,
  coverageSettingsInput,
} from './schemas'
import type { CoverageOrganization, CoverageRates, CoverageSeries, CoverageSettings } from './entities'

import {
  serviceProjectArchiveInput,
  serviceProjectAttachmentAddInput,
  serviceProjectExportInput,
  serviceProjectListInput,
  serviceProjectSaveInput,
} from './schemas'
import type { BrandWall, ServiceProject, ServiceProjectDetail } from './entities'
import {
  ventureAdvanceInput,
  ventureArchiveInput,
  ventureEvaluateInput,
  ventureExportInput,
  venturePayInput,
  ventureProjectListInput,
  ventureProjectSaveInput,
  ventureRoundSaveInput,
  ventureSetTranchesInput,
} from './schemas'
import type { VentureProjectDetail, VentureProjectRow, VentureRound } from './entities'
import {
  fundArchiveInput,
  fundAttachmentAddInput,
  fundExportInput,
  fundListInput,
  fundProjectOptionsInput,
  fundSaveInput,
  fundTotalsInput,
} from './schemas'
import type { FundEntry, FundEntryPage, FundProjectOptions, FundTotals } from './entities'
import { dashboardSummaryInput, globalSearchInput } from './schemas'
import type { DashboardSummary, GlobalSearchResult } from './entities'
import { reminderDismissInput, reminderListInput, reminderSnoozeInput, reminderUndoInput } from './schemas'
import type { ReminderCount, ReminderItem, ReminderPage, ReminderUndone } from './entities'
import {
  importCommitInput,
  importPreviewInput,
  importTemplateInput,
  organizationExportInput,
  unitExportInput,
} from './schemas'
import type { ImportPreview, ImportResult } from './entities'
import {
  accountExportInput,
  allocationExportInput,
  reminderExportInput,
  inKindExportInput,
  auditExportInput,
  bookingExportInput,
  attendanceExportInput,
  coverageOrganizationsExportInput,
  developmentExportInput,
  instructorsExportInput,
  pairingExportInput,
} from './schemas'
import { reportExportInput, reportSummaryInput } from './schemas'
import type { AnnualReport } from './entities'
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
  'meeting.options': emptyInput,
  'meeting.list': meetingListInput,
  'meeting.get': byIdInput,
  'meeting.expected': meetingExpectedInput,
  'meeting.create': meetingCreateInput,
  'meeting.update': meetingUpdateInput,
  'meeting.archive': meetingArchiveInput,
  'meeting.export': meetingExportInput,
  'compliance.summary': yearInput,
  'compliance.attendance': yearInput,
  'development.list': developmentListInput,
  'development.get': byIdInput,
  'development.create': developmentCreateInput,
  'development.update': developmentUpdateInput,
  'development.advance': developmentAdvanceInput,
  'development.approve': developmentApproveInput,
  'development.addReview': developmentReviewInput,
  'development.setSponsors': developmentSponsorsInput,
  'development.sponsorOptions': dateInput,
  'development.extendProbation': developmentExtendInput,
  'development.disqualify': developmentDisqualifyInput,
  'development.archive': developmentArchiveInput,
  'development.upcoming': developmentUpcomingInput,
  'dues.ledger': duesYearInput,
  'dues.arrears': emptyInput,
  'dues.member': duesMemberInput,
  'dues.baseSave': duesBaseSaveInput,
  'dues.baseCorrect': duesBaseCorrectInput,
  'dues.pay': duesPayInput,
  'dues.paymentArchive': duesPaymentArchiveInput,
  'dues.export': duesExportInput,
  'branch.overview': emptyInput,
  'branch.save': branchSaveInput,
  'branch.groupSave': groupSaveInput,
  'branch.groupArchive': groupArchiveInput,
  'branch.termCreate': termCreateInput,
  'branch.postAdd': postAddInput,
  'branch.postEnd': postEndInput,
  'branch.termArchive': termArchiveInput,
  'branch.settings': emptyInput,
  'branch.updateSettings': branchSettingsInput,
  'member.export': memberExportInput,
  'partyOrg.organization': partyOrgInput,
  'partyOrg.setStatus': partyStatusSetInput,
  'partyOrg.statusArchive': partyArchiveInput,
  'partyOrg.contactAdd': partyContactAddInput,
  'partyOrg.contactEnd': partyEndInput,
  'partyOrg.contactArchive': partyArchiveInput,
  'partyOrg.memberGet': partyMemberGetInput,
  'partyOrg.memberSave': partyMemberSaveInput,
  'partyOrg.memberEnd': partyEndInput,
  'partyOrg.memberArchive': partyArchiveInput,
  'partyOrg.crossPosts': crossPostsInput,
  'partyOrg.crossPostsExport': crossPostsExportInput,
  'partyOrg.instructors': instructorsInput,
  'orgRecords.get': organizationIdInput,
  'orgRecords.saveInspection': inspectionSaveInput,
  'orgRecords.archiveInspection': orgRecordArchiveInput,
  'orgRecords.saveRating': ratingSaveInput,
  'orgRecords.archiveRating': orgRecordArchiveInput,
  'orgRecords.saveTaxQualification': taxQualificationSaveInput,
  'orgRecords.archiveTaxQualification': orgRecordArchiveInput,
  'orgRecords.honours': honourListInput,
  'orgRecords.saveHonour': honourSaveInput,
  'orgRecords.archiveHonour': orgRecordArchiveInput,
  'orgRecords.exportHonours': honourExportInput,
  'orgRecords.overview': ratingsOverviewInput,
  'orgRecords.exportOverview': ratingsOverviewExportInput,
  'sixSync.get': sixSyncGetInput,
  'sixSync.set': sixSyncSetInput,
  'sixSync.reset': sixSyncResetInput,
  'sixSync.matrix': sixSyncMatrixInput,
  'sixSync.export': sixSyncExportInput,
  'coverage.rates': coverageRatesInput,
  'coverage.series': emptyInput,
  'coverage.organizations': coverageOrganizationsInput,
  'coverage.export': coverageExportInput,
  'coverage.settings': emptyInput,
  'coverage.updateSettings': coverageSettingsInput,
  'serviceProject.list': serviceProjectListInput,
  'serviceProject.get': byIdInput,
  'serviceProject.save': serviceProjectSaveInput,
  'serviceProject.archive': serviceProjectArchiveInput,
  'serviceProject.attachmentAdd': serviceProjectAttachmentAddInput,
  'serviceProject.attachmentGet': byIdInput,
  'serviceProject.attachmentArchive': byIdInput,
  'serviceProject.export': serviceProjectExportInput,
  'serviceProject.brands': emptyInput,
  'venture.rounds': emptyInput,
  'venture.roundSave': ventureRoundSaveInput,
  'venture.projects': ventureProjectListInput,
  'venture.project': byIdInput,
  'venture.projectSave': ventureProjectSaveInput,
  'venture.advance': ventureAdvanceInput,
  'venture.setTranches': ventureSetTranchesInput,
  'venture.evaluate': ventureEvaluateInput,
  'venture.evaluationArchive': ventureArchiveInput,
  'venture.payTranche': venturePayInput,
  'venture.projectArchive': ventureArchiveInput,
  'venture.export': ventureExportInput,
  'fund.list': fundListInput,
  'fund.save': fundSaveInput,
  'fund.archive': fundArchiveInput,
  'fund.attachmentAdd': fundAttachmentAddInput,
  'fund.attachmentGet': byIdInput,
  'fund.totals': fundTotalsInput,
  'fund.projectOptions': fundProjectOptionsInput,
  'fund.export': fundExportInput,
  'dashboard.summary': dashboardSummaryInput,
  'search.global': globalSearchInput,
  'reminder.list': reminderListInput,
  'reminder.count': emptyInput,
  'reminder.snooze': reminderSnoozeInput,
  'reminder.dismiss': reminderDismissInput,
  'reminder.undo': reminderUndoInput,
  'import.template': importTemplateInput,
  'organization.importPreview': importPreviewInput,
  'organization.import': importCommitInput,
  'organization.export': organizationExportInput,
  'unit.importPreview': importPreviewInput,
  'unit.import': importCommitInput,
  'unit.export': unitExportInput,
  'member.importPreview': importPreviewInput,
  'member.import': importCommitInput,
  'allocation.export': allocationExportInput,
  'reminder.export': reminderExportInput,
  'occupancy.inKindExport': inKindExportInput,
  'booking.export': bookingExportInput,
  'pairing.export': pairingExportInput,
  'development.export': developmentExportInput,
  'account.export': accountExportInput,
  'audit.export': auditExportInput,
  'coverage.organizationsExport': coverageOrganizationsExportInput,
  'compliance.attendanceExport': attendanceExportInput,
  'partyOrg.instructorsExport': instructorsExportInput,
  'report.summary': reportSummaryInput,
  'report.export': reportExportInput,
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
  'meeting.options': MeetingOptions
  'meeting.list': Page<MeetingListItem>
  'meeting.get': Meeting
  'meeting.expected': ExpectedList
  'meeting.create': Meeting
  'meeting.update': Meeting
  'meeting.archive': Meeting
  'meeting.export': ExportFile
  'compliance.summary': ComplianceSummary
  'compliance.attendance': AttendanceReport
  'development.list': Page<DevelopmentListItem>
  'development.get': DevelopmentRecord
  'development.create': DevelopmentRecord
  'development.update': DevelopmentRecord
  'development.advance': DevelopmentRecord
  'development.approve': DevelopmentRecord
  'development.addReview': DevelopmentRecord
  'development.setSponsors': DevelopmentRecord
  'development.sponsorOptions': SponsorOption[]
  'development.extendProbation': DevelopmentRecord
  'development.disqualify': DevelopmentRecord
  'development.archive': DevelopmentRecord
  'development.upcoming': DevelopmentOverview
  'dues.ledger': DuesLedger
  'dues.arrears': DuesArrears
  'dues.member': DuesMemberDetail
  'dues.baseSave': DuesMemberDetail
  'dues.baseCorrect': DuesMemberDetail
  'dues.pay': DuesMemberDetail
  'dues.paymentArchive': DuesMemberDetail
  'dues.export': ExportFile
  'branch.overview': BranchOverview
  'branch.save': BranchOverview
  'branch.groupSave': BranchOverview
  'branch.groupArchive': BranchOverview
  'branch.termCreate': BranchOverview
  'branch.postAdd': BranchOverview
  'branch.postEnd': BranchOverview
  'branch.termArchive': BranchOverview
  'branch.settings': BranchSettings
  'branch.updateSettings': BranchSettings
  'member.export': ExportFile
  'partyOrg.organization': OrganizationPartyView
  'partyOrg.setStatus': OrganizationPartyView
  'partyOrg.statusArchive': OrganizationPartyView
  'partyOrg.contactAdd': OrganizationPartyView
  'partyOrg.contactEnd': OrganizationPartyView
  'partyOrg.contactArchive': OrganizationPartyView
  'partyOrg.memberGet': OrgPartyMemberRecord
  'partyOrg.memberSave': OrganizationPartyView
  'partyOrg.memberEnd': OrganizationPartyView
  'partyOrg.memberArchive': OrganizationPartyView
  'partyOrg.crossPosts': CrossPosts
  'partyOrg.crossPostsExport': ExportFile
  'partyOrg.instructors': InstructorsView
  'orgRecords.get': OrgRecords
  'orgRecords.saveInspection': OrgRecords
  'orgRecords.archiveInspection': OrgRecords
  'orgRecords.saveRating': OrgRecords
  'orgRecords.archiveRating': OrgRecords
  'orgRecords.saveTaxQualification': OrgRecords
  'orgRecords.archiveTaxQualification': OrgRecords
  'orgRecords.honours': Page<Honour>
  'orgRecords.saveHonour': Honour
  'orgRecords.archiveHonour': Honour
  'orgRecords.exportHonours': ExportFile
  'orgRecords.overview': RatingsOverview
  'orgRecords.exportOverview': ExportFile
  'sixSync.get': SixSyncChecklist
  'sixSync.set': SixSyncChecklist
  'sixSync.reset': SixSyncChecklist
  'sixSync.matrix': SixSyncMatrix
  'sixSync.export': ExportFile
  'coverage.rates': CoverageRates
  'coverage.series': CoverageSeries
  'coverage.organizations': Page<CoverageOrganization> & { bucket: CoverageBucket; date: string }
  'coverage.export': ExportFile
  'coverage.settings': CoverageSettings
  'coverage.updateSettings': CoverageSettings
  'serviceProject.list': Page<ServiceProject>
  'serviceProject.get': ServiceProjectDetail
  'serviceProject.save': ServiceProjectDetail
  'serviceProject.archive': ServiceProjectDetail
  'serviceProject.attachmentAdd': ServiceProjectDetail
  'serviceProject.attachmentGet': AttachmentContent
  'serviceProject.attachmentArchive': ServiceProjectDetail
  'serviceProject.export': ExportFile
  'serviceProject.brands': BrandWall
  'venture.rounds': VentureRound[]
  'venture.roundSave': VentureRound[]
  'venture.projects': Page<VentureProjectRow>
  'venture.project': VentureProjectDetail
  'venture.projectSave': VentureProjectDetail
  'venture.advance': VentureProjectDetail
  'venture.setTranches': VentureProjectDetail
  'venture.evaluate': VentureProjectDetail
  'venture.evaluationArchive': VentureProjectDetail
  'venture.payTranche': VentureProjectDetail
  'venture.projectArchive': VentureProjectDetail
  'venture.export': ExportFile
  'fund.list': FundEntryPage
  'fund.save': FundEntry
  'fund.archive': FundEntry
  'fund.attachmentAdd': FundEntry
  'fund.attachmentGet': AttachmentContent
  'fund.totals': FundTotals
  'fund.projectOptions': FundProjectOptions
  'fund.export': ExportFile
  'dashboard.summary': DashboardSummary
  'search.global': GlobalSearchResult
  'reminder.list': ReminderPage
  'reminder.count': ReminderCount
  'reminder.snooze': ReminderItem
  'reminder.dismiss': ReminderItem
  'reminder.undo': ReminderUndone
  'import.template': ExportFile
  'organization.importPreview': ImportPreview
  'organization.import': ImportResult
  'organization.export': ExportFile
  'unit.importPreview': ImportPreview
  'unit.import': ImportResult
  'unit.export': ExportFile
  'member.importPreview': ImportPreview
  'member.import': ImportResult
  'allocation.export': ExportFile
  'reminder.export': ExportFile
  'occupancy.inKindExport': ExportFile
  'booking.export': ExportFile
  'pairing.export': ExportFile
  'development.export': ExportFile
  'account.export': ExportFile
  'audit.export': ExportFile
  'coverage.organizationsExport': ExportFile
  'compliance.attendanceExport': ExportFile
  'partyOrg.instructorsExport': ExportFile
  'report.summary': AnnualReport
  'report.export': ExportFile
}

/** What the caller sends (defaults may be left out). */
export type ChannelInput<C extends Channel> = z.input<(typeof inputSchemas)[C]>
/** What the handler receives, after parsing. */
export type ParsedInput<C extends Channel> = z.output<(typeof inputSchemas)[C]>
export type ChannelOutput<C extends Channel> = ChannelOutputs[C]

export type { Channel }
