import type {
  ActionOwner,
  ActionStatus,
  AssessmentOccasion,
  CoachingDimension,
  CoachingMode,
  GoalStatus,
  MentorKind,
  BookerKind,
  BranchKind,
  CheckStatus,
  CommitteeRole,
  CompliancePeriod,
  DevelopmentStage,
  DuesKind,
  MeetingKind,
  MemberEntryKind,
  MemberExitKind,
  AttendeeKind,
  ReviewGrade,
  Gender,
  LegalType,
  MemberCategory,
  MemberRelation,
  PlanState,
  Role,
  ServiceArea,
  Stage,
  UnitOutageKind,
  UnitType,
  CoverageDenominator,
  PartyOrgStatus,
  InspectionGrade,
} from './enums'
import type { Notice } from './errors'

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export interface SystemStatus {
  initialized: boolean
  baseName: string | null
  totalAreaM2: number | null
  organizationCount: number
  /** Today in the base's time zone, from the core's clock. */
  today: string
  appVersion: string
}

/** One row of the 入驻组织 list. */
export interface OrganizationListItem {
  id: number
  name: string
  shortName: string | null
  uscc: string | null
  legalType: LegalType
  stage: Stage
  stageDate: string
  serviceAreas: ServiceArea[]
  contactPerson: string
  contactPhone: string
  agreementStart: string | null
  agreementEnd: string | null
  archivedAt: string | null
  updatedAt: string
}

export interface StageHistoryEntry {
  id: number
  stage: Stage
  date: string
  note: string
  recordedAt: string
  recordedBy: string
}

/** 入驻组织, the whole profile. */
export interface Organization extends OrganizationListItem {
  legalRepresentative: string | null
  email: string | null
  address: string | null
  registeredOn: string | null
  registrar: string | null
  agreementNo: string | null
  description: string | null
  archiveReason: string | null
  createdAt: string
}

export interface OrganizationDetail extends Organization {
  stageHistory: StageHistoryEntry[]
}

export interface OrganizationFilterOptions {
  entryYears: number[]
}

/** The outcome of checking a draft without saving it. */
export interface DraftCheck {
  fields: Record<string, Notice>
  warnings: Record<string, Notice>
}

export interface DemoLoadResult {
  organizations: number
  units: number
  allocations: number
  bookings: number
  mentors: number
  sessions: number
  actionItems: number
  members: number
  /** 会议记录 of the base's branch (two years, with a few gaps). */
  meetings: number
  /** People in 发展党员, from 入党申请人 to 正式党员. */
  developing: number
  duesPayments: number
}

// ---- accounts and sessions ----

export interface SessionUser {
  id: number
  username: string
  displayName: string
  roles: Role[]
  /** What the roles allow, for the UI to hide what cannot be used (the core still checks every call). */
  permissions: string[]
  mustChangePassword: boolean
}

export interface SessionInfo {
  user: SessionUser
  locked: boolean
  idleLockMinutes: number
}

export interface AuthStatus {
  initialized: boolean
  baseName: string | null
  session: SessionInfo | null
}

export interface LoginResult extends SessionInfo {
  token: string
}

export interface SetupResult {
  status: SystemStatus
  login: LoginResult
}

/** 账号, as the administrator sees it (never a password or its hash). */
export interface Account {
  id: number
  username: string
  displayName: string
  roles: Role[]
  active: boolean
  mustChangePassword: boolean
  failedAttempts: number
  lockedUntil: string | null
  lastLoginAt: string | null
  createdAt: string
}

export interface SystemSettings {
  /** Minutes without activity before the app locks itself. */
  idleLockMinutes: number
  /** Automatic backups kept: the newest daily ones, and one per month for the newest months. */
  backupKeepDaily: number
  backupKeepMonthly: number
}

// ---- 操作日志 ----

export interface AuditEntryView {
  id: number
  at: string
  actor: string
  channel: string
  entity: string
  entityId: number | null
  before: unknown
  after: unknown
}

export interface AuditFilterOptions {
  actors: string[]
  entities: string[]
  channels: string[]
}

// ---- backups ----

export type BackupKind = 'daily' | 'pre-migration' | 'pre-restore' | 'manual'

export interface BackupFile {
  name: string
  path: string
  kind: BackupKind
  createdAt: string
  bytes: number
  encrypted: boolean
}

export interface BackupList {
  folder: string
  files: BackupFile[]
}

export interface BackupResult {
  path: string
  bytes: number
  encrypted: boolean
}

export interface RestoreResult {
  restoredFrom: string
  /** The copy of the database as it was just before the restore. */
  safetyBackup: string
}

// ---- 党员 (the base branch's roster) ----

export interface PartyMemberListItem {
  id: number
  name: string
  gender: Gender
  birthDate: string
  /** Always masked here: 370***********1239. */
  idNumberMasked: string
  category: MemberCategory
  relation: MemberRelation
  organizationId: number | null
  organizationName: string | null
  post: string | null
  /** 在入驻组织担任管理职务 (双向进入、交叉任职). */
  managementPost: boolean
  /** Masked: 135****2210. */
  phoneMasked: string | null
  joinedOn: string | null
  veteranMember: boolean
  veteranCadre: boolean
  /** 转正日期 (null: probationary, or full before registration). */
  fullOn: string | null
  groupId: number | null
  groupName: string | null
  /** On the roster on the date listed (today unless a past date was asked). */
  onRoster: boolean
  /** How the latest period on the roster ended, if it did. */
  exit: { kind: MemberExitKind; date: string } | null
}

/** One stretch on the roster: from 建档/转入/接收 to 转出/出党/去世 (or still running). */
export interface MemberPeriod {
  id: number
  startDate: string
  startKind: MemberEntryKind
  startNote: string | null
  endDate: string | null
  endKind: MemberExitKind | null
  endNote: string | null
}

export interface PartyMember extends PartyMemberListItem {
  /** Full phone, for the edit form. */
  phone: string | null
  note: string | null
  createdAt: string
  updatedAt: string
  /** Every period on the roster, oldest first: the dated 转入/转出/出党/去世 events. */
  periods: MemberPeriod[]
}

export interface RevealedIdNumber {
  id: number
  idNumber: string
}

// ---- 空间管理 ----

export interface Floor {
  id: number
  name: string
  sortOrder: number
  /** The plan's grid, in cells. */
  gridWidth: number
  gridHeight: number
  unitCount: number
  areaM2: number
}

export interface UnitOutage {
  id: number
  kind: UnitOutageKind
  startDate: string
  /** Inclusive; null: until further notice. */
  endDate: string | null
  note: string | null
}

export interface SpaceUnit {
  id: number
  floorId: number
  floorName: string
  code: string
  name: string | null
  unitType: UnitType
  areaM2: number
  seats: number
  amenities: string[]
  /** Position on the floor's grid; null until drawn on the plan. */
  x: number | null
  y: number | null
  w: number | null
  h: number | null
  archivedAt: string | null
}

/** 分配: a unit held by an organisation from start to end, both days included. */
export interface Allocation {
  id: number
  unitId: number
  unitCode: string
  unitType: UnitType
  floorName: string
  areaM2: number
  organizationId: number
  organizationName: string
  startDate: string
  endDate: string
  note: string | null
  cancelledAt: string | null
  history: AllocationEvent[]
}

export interface AllocationEvent {
  kind: 'created' | 'extended' | 'ended_early' | 'cancelled'
  fromEnd: string | null
  toEnd: string | null
  note: string | null
  recordedAt: string
  recordedBy: string
}

export interface SpaceUnitDetail extends SpaceUnit {
  outages: UnitOutage[]
  allocations: Allocation[]
}

export interface PlanUnit {
  id: number
  code: string
  name: string | null
  unitType: UnitType
  areaM2: number
  seats: number
  x: number
  y: number
  w: number
  h: number
  state: PlanState
  /** The holder on that date (allocated or expiring). */
  holder: { organizationId: number; organizationName: string; startDate: string; endDate: string } | null
  outage: { kind: UnitOutageKind; startDate: string; endDate: string | null } | null
}

export interface FloorPlan {
  floor: Floor
  date: string
  units: PlanUnit[]
  /** Units of the floor not yet drawn. */
  unplaced: SpaceUnit[]
}

/** 预约: a room for a time slot on one day; times `HH:mm`, end excluded. */
export interface Booking {
  id: number
  unitId: number
  unitCode: string
  unitName: string | null
  date: string
  startTime: string
  endTime: string
  bookerKind: BookerKind
  organizationId: number | null
  bookerName: string
  title: string
  attendees: number
  seriesId: number | null
  cancelledAt: string | null
  cancelReason: string | null
}

export type SeriesDateStatus = 'free' | 'conflict' | 'closed' | 'out_of_service' | 'outside_hours'

export interface SeriesDate {
  date: string
  status: SeriesDateStatus
  /** Why it cannot be booked, in zh-CN (the key for translation in `notice`). */
  notice: Notice | null
}

export interface SeriesPreview {
  dates: SeriesDate[]
  freeCount: number
}

export interface SeriesResult {
  seriesId: number
  created: number
  skipped: number
}

/** 场地规则 of 系统设置. */
export interface SpaceSettings {
  /** Minutes kept free between two bookings of a room. */
  bufferMinutes: number
  openFrom: string
  openUntil: string
  /** 0 = Sunday … 6 = Saturday. */
  closedWeekdays: number[]
  /** Holidays and other closed days, `YYYY-MM-DD`. */
  closedDates: string[]
  /** Reference rent for the in-kind value of free space, 分 per m² per day. */
  referenceRentFen: number
}

export interface OccupancyRow {
  key: string
  allocatableM2: number
  allocatedM2: number
  /** allocated ÷ allocatable, 0…1; null when nothing is allocatable. */
  rate: number | null
}

export interface OccupancySummary {
  date: string
  overall: OccupancyRow
  byType: OccupancyRow[]
  byFloor: OccupancyRow[]
}

export interface OccupancyMonth {
  month: string
  /** Day-weighted over the month: allocated m²·days ÷ allocatable m²·days. */
  rate: number | null
  allocatedM2Days: number
  allocatableM2Days: number
}

export interface RoomUsageMonth {
  unitId: number
  unitCode: string
  unitName: string | null
  month: string
  bookedHours: number
  openHours: number
  rate: number | null
}

export interface InKindRow {
  organizationId: number
  organizationName: string
  m2Days: number
  /** m²·days × reference rent, in 分. */
  valueFen: number
}

export interface InKindReport {
  year: number
  referenceRentFen: number
  rows: InKindRow[]
  totalFen: number
}

// ---- 陪伴指导 ----

/** 导师, with this month's load. */
export interface Mentor {
  id: number
  name: string
  kind: MentorKind
  phone: string | null
  /** Employer or title (外聘专家). */
  affiliation: string | null
  dimensions: CoachingDimension[]
  serviceAreas: ServiceArea[]
  monthlyCapacityHours: number
  active: boolean
  /** The account that signs in as this mentor: its records are "own records". */
  accountId: number | null
  accountName: string | null
  note: string | null
  /** Organisations paired today. */
  pairedOrganizations: number
  /** Planned hours per month of the pairings in force today. */
  plannedHours: number
  /** Hours recorded in the current month. */
  hoursThisMonth: number
}

export interface MentorOption {
  id: number
  name: string
  kind: MentorKind
  active: boolean
  accountId: number | null
}

/** 结对 */
export interface Pairing {
  id: number
  mentorId: number
  mentorName: string
  organizationId: number
  organizationName: string
  dimensions: CoachingDimension[]
  startDate: string
  endDate: string | null
  monthlyHours: number
  note: string | null
  /** In force on the day asked for (default today). */
  active: boolean
}

export interface MentorDetail extends Mentor {
  pairings: Pairing[]
}

/** A goal of the 指导计划. */
export interface CoachingGoal {
  id: number
  organizationId: number
  dimension: CoachingDimension
  title: string
  targetDate: string
  status: GoalStatus
  /** 0–100. */
  progress: number
  note: string | null
  /** Past its target date and neither achieved nor dropped. */
  overdue: boolean
  /** Sessions on this goal's dimension since the goal was set. */
  sessionCount: number
  sessionHours: number
}

export interface ActionItem {
  id: number
  sessionId: number
  sessionDate: string
  organizationId: number
  organizationName: string
  mentorId: number
  mentorName: string
  title: string
  owner: ActionOwner
  dueDate: string
  status: ActionStatus
  /** Days past the due date while open (0 on the due date itself and before). */
  overdueDays: number
  closedAt: string | null
  closedBy: string | null
  closeNote: string | null
}

export interface CoachingAttachment {
  id: number
  sessionId: number
  fileName: string
  sizeBytes: number
  sha256: string
  createdAt: string
}

export interface CoachingSessionListItem {
  id: number
  organizationId: number
  organizationName: string
  mentorId: number
  mentorName: string
  date: string
  startTime: string
  endTime: string
  /** The end time lies on the next day. */
  endsNextDay: boolean
  durationMinutes: number
  mode: CoachingMode
  dimensions: CoachingDimension[]
  topics: string
  feedbackScore: number | null
  openItems: number
  archived: boolean
}

export interface CoachingSession extends CoachingSessionListItem {
  workDone: string
  problems: string | null
  advice: string | null
  feedbackComment: string | null
  actionItems: ActionItem[]
  attachments: CoachingAttachment[]
  archiveReason: string | null
  /** Whether the caller may change the record now (the edit rule). */
  editable: boolean
  updatedAt: string
}

export interface AttachmentContent {
  fileName: string
  sha256: string
  contentBase64: string
}

export interface CapabilityScore {
  dimension: CoachingDimension
  score: number
  note: string | null
}

/** 能力评估 */
export interface CapabilityAssessment {
  id: number
  organizationId: number
  date: string
  occasion: AssessmentOccasion
  stage: Stage | null
  assessor: string
  note: string | null
  scores: CapabilityScore[]
  sessions: { id: number; date: string; mentorName: string; topics: string }[]
}

export interface OverdueGroup {
  id: number
  name: string
  count: number
}

export interface ActionItemPage extends Page<ActionItem> {
  byMentor: OverdueGroup[]
  byOrganization: OverdueGroup[]
}

export interface HoursRow {
  key: string
  id: number | null
  name: string
  sessions: number
  hours: number
  /** By mentor: how many organisations they coached. */
  organizations?: number
  /** By organisation: how many mentors coached it. */
  mentors?: number
}

/** 统计: hours of a year, four ways. */
export interface MentoringStats {
  year: number
  sessions: number
  hours: number
  /** The mentors with most hours (on screen at most `STATS_ROW_LIMIT`; the export has all). */
  byMentor: HoursRow[]
  /** How many mentors recorded sessions in the year (may be more than `byMentor` holds). */
  mentorCount: number
  /** The organisations with most hours (on screen at most `STATS_ROW_LIMIT`; the export has all). */
  byOrganization: HoursRow[]
  /** How many organisations had sessions in the year. */
  organizationCount: number
  byDimension: HoursRow[]
  byMonth: HoursRow[]
}

export interface InactiveOrganization {
  organizationId: number
  organizationName: string
  stage: Stage
  lastSessionDate: string | null
  daysSince: number | null
  mentors: string[]
}

export interface InactiveReport {
  days: number
  since: string
  /** All organisations concerned; `rows` holds the first of them (the screen's share, the export's all). */
  total: number
  rows: InactiveOrganization[]
}

export interface MentoringSettings {
  /** An organisation in residence with no session in this many days is listed. */
  inactiveDays: number
}

/** 基地党支部 rules (系统设置); defaults from domain.md §4. */
export interface BranchSettings {
  /** 支部委员会 term in years (3; some places use 5). */
  termYears: number
  /** The minimum number of meetings of each kind per period. */
  meetingMinimums: Record<MeetingKind, { period: CompliancePeriod; count: number }>
  /** Flat monthly dues in 分 of students, the unemployed and relief recipients (0.2 元). */
  flatDuesFen: number
  /** Flat monthly dues in 分 of farmers (0.2–1 元). */
  farmerDuesFen: number
  /** How a bracket's dues are rounded to the 分. */
  duesRounding: 'half_up' | 'down'
}

export interface ExportFile {
  fileName: string
  contentBase64: string
  rows: number
}

/** Whose rule a meeting votes by (shared/meetings.ts): a 党员大会 (or any other meeting) or a 支委会. */
export type VotingBody = 'assembly' | 'committee'

/** A resolution's result: passed, failed (exactly half fails), the meeting had no quorum, or too many votes. */
export type ResolutionOutcome = 'passed' | 'failed' | 'no_quorum' | 'invalid'

/** A member on a meeting's expected list (应到), as they stood on its date. */
export interface ExpectedMember {
  memberId: number
  name: string
  /** 正式 (votes) or 预备 (does not vote) on the meeting's date. */
  category: MemberCategory
  groupName: string | null
}

/** The expected list of a meeting of some kinds on a date (before saving, or as saved). */
export interface ExpectedList {
  date: string
  members: ExpectedMember[]
  votingExpected: number
  body: VotingBody
  /** The saved list of the meeting asked for (its date, kinds and group unchanged), not the roster today. */
  fromSnapshot: boolean
}

/** 应到 · 实到 · 缺席 and the vote. */
export interface MeetingTally {
  expected: number
  present: number
  absent: number
  votingExpected: number
  votingPresent: number
  body: VotingBody
  /** The meeting could vote (assembly: present voting > ½; committee: present ≥ ½). */
  quorum: boolean
}

export interface MeetingListItem {
  id: number
  date: string
  startTime: string
  endTime: string
  kinds: MeetingKind[]
  title: string
  unitId: number | null
  /** The room (code and name) or the place typed. */
  placeText: string
  groupId: number | null
  groupName: string | null
  chairName: string
  recorderName: string
  tally: MeetingTally
  attendeeCount: number
  resolutionCount: number
  /** Resolutions that passed. */
  passedCount: number
  archived: boolean
}

export interface MeetingAttendance extends ExpectedMember {
  present: boolean
  absenceReason: string | null
  /** 民主评议党员 grade, when recorded. */
  reviewGrade: ReviewGrade | null
}

/** 列席 */
export interface MeetingAttendee {
  kind: AttendeeKind
  name: string
  organization: string | null
  note: string | null
}

export interface MeetingResolution {
  title: string
  yes: number
  no: number
  abstain: number
  outcome: ResolutionOutcome
  /** The fewest yes votes that pass: more than half of the expected voting members. */
  yesNeeded: number
}

/** 会议记录, whole. */
export interface Meeting extends MeetingListItem {
  unitCode: string | null
  unitName: string | null
  /** The free-text place when no room was booked. */
  place: string | null
  bookingId: number | null
  chairId: number
  recorderId: number
  agenda: string | null
  speeches: string | null
  attendance: MeetingAttendance[]
  attendees: MeetingAttendee[]
  resolutions: MeetingResolution[]
  archivedAt: string | null
  archiveReason: string | null
  createdAt: string
  createdBy: string
  updatedAt: string
}

export interface MeetingOptions {
  /** The branch's name for the minutes' heading, when set. */
  branchName: string | null
  groups: { id: number; name: string; archived: boolean }[]
}

/** 已完成 / 未完成（过期） / 进行中 / 未到期 / 不要求. */
export type ComplianceStatus = 'met' | 'shortfall' | 'in_progress' | 'not_due' | 'not_required'

export interface ComplianceCell {
  required: number
  held: number
  status: ComplianceStatus
}

/** One kind (for 党小组会: one group) over a year: each month, each quarter, the year. */
export interface ComplianceRow {
  kind: MeetingKind
  groupId: number | null
  groupName: string | null
  /** The minimum of 系统设置: `count` per `period`. */
  period: CompliancePeriod
  count: number
  months: ComplianceCell[]
  quarters: ComplianceCell[]
  year: ComplianceCell
}

/** A meeting still needed: `needed` more by `periodEnd`. */
export interface ComplianceDue {
  kind: MeetingKind
  groupId: number | null
  groupName: string | null
  period: CompliancePeriod
  periodStart: string
  periodEnd: string
  needed: number
}

export interface ComplianceSummary {
  year: number
  today: string
  rows: ComplianceRow[]
  /** Past periods short of their minimum in the year. */
  shortfalls: number
  /** From today: for each kind (and group), the nearest period end by which a meeting is still needed. */
  dueNext: ComplianceDue[]
}

export interface MemberAttendanceRate {
  memberId: number
  name: string
  groupName: string | null
  /** Meetings of the year the member was expected at. */
  expected: number
  present: number
  /** present ÷ expected, 0…1. */
  rate: number
}

export interface AttendanceReport {
  year: number
  /** Lowest rate first. */
  rows: MemberAttendanceRate[]
}
import type { CheckReason, DevelopmentCheck, DevelopmentCheckKey } from './development'

/** 入党介绍人: `qualified` = 正式党员 on the roster the day they were named. */
export interface DevelopmentSponsor {
  id: number
  memberId: number
  memberName: string
  namedOn: string
  qualified: boolean
}

/** 培养考察: one half-year review. */
export interface DevelopmentReview {
  id: number
  reviewedOn: string
  note: string
  createdAt: string
}

/** One person in the 发展党员 list, with the worst status of their checks. */
export interface DevelopmentListItem {
  id: number
  name: string
  gender: Gender
  birthDate: string
  /** Always masked: 370***********1239. */
  idNumberMasked: string
  organizationId: number | null
  organizationName: string | null
  post: string | null
  stage: DevelopmentStage
  /** The date of the step that put them in this stage. */
  stageDate: string
  appliedOn: string
  /** The roster entry, from admission as 预备党员. */
  memberId: number | null
  worst: CheckStatus
  /** The checks violated. */
  violations: DevelopmentCheckKey[]
  /** The earliest dated step still due. */
  nextDue: { key: DevelopmentCheckKey; dueDate: string; warning: boolean } | null
}

/** The whole record: every step date, reviews, sponsors and every statutory check as of `today`. */
export interface DevelopmentRecord extends DevelopmentListItem {
  phone: string | null
  phoneMasked: string | null
  interviewedOn: string | null
  activistOn: string | null
  candidateOn: string | null
  trainingDays: number | null
  trainingHours: number | null
  trainedOn: string | null
  admittedOn: string | null
  approvedOn: string | null
  extensionMonths: number | null
  extensionDecidedOn: string | null
  extensionReason: string | null
  fullDecidedOn: string | null
  /** 转正 date: the end of probation. */
  fullOn: string | null
  disqualifiedOn: string | null
  disqualifyReason: string | null
  /** The day probation ends (with the extension), once admitted. */
  probationEnd: string | null
  note: string | null
  archivedAt: string | null
  archiveReason: string | null
  createdAt: string
  updatedAt: string
  reviews: DevelopmentReview[]
  sponsors: DevelopmentSponsor[]
  checks: DevelopmentCheck[]
  /** The day the checks were judged on. */
  today: string
}

/** A step due soon: whose, which check, by when. */
export interface DevelopmentUpcomingItem {
  recordId: number
  name: string
  stage: DevelopmentStage
  key: DevelopmentCheckKey
  dueDate: string
  warning: boolean
  reason: CheckReason
  params: Record<string, string | number>
}

/** The pipeline: people per stage, how many have a violated check, and the steps due in the next days. */
export interface DevelopmentOverview {
  today: string
  days: number
  /** The last day of the window. */
  until: string
  counts: Record<DevelopmentStage, number>
  violated: number
  items: DevelopmentUpcomingItem[]
}

/** A 正式党员 on the roster on a date: who may be named 入党介绍人 that day. */
export interface SponsorOption {
  memberId: number
  name: string
  organizationName: string | null
}
/** The settings the amount of 党费 depends on (shared/dues.ts computes with them). */
export interface DuesRuleSettings {
  flatDuesFen: number
  farmerDuesFen: number
  duesRounding: 'half_up' | 'down'
}

/** A member's dues category and monthly base from a month on. Never edited: a correction archives it. */
export interface DuesBase {
  id: number
  memberId: number
  /** `YYYY-MM`: in force from this month until a later base. */
  fromMonth: string
  kind: DuesKind
  /** 在职: after-tax regular pay; 离退休: pension; in 分. Null for the flat categories. */
  baseFen: number | null
  /** The monthly dues by today's settings, in 分. */
  monthlyFen: number
  note: string | null
  createdBy: string
  createdAt: string
  archivedAt: string | null
  archiveReason: string | null
}

/** One month's 党费 paid (缴纳). */
export interface DuesPayment {
  id: number
  memberId: number
  month: string
  amountFen: number
  /** What the rule gave for the month when the payment was recorded. */
  computedFen: number
  /** Why the amount differs from the computed one. */
  overrideReason: string | null
  paidOn: string
  /** Payments recorded together share this id. */
  batchId: number | null
  note: string | null
  createdBy: string
  createdAt: string
  /** 冲正: reversed by archiving, with the reason. */
  archivedAt: string | null
  archiveReason: string | null
}

/**
 * A month of a member in the ledger: 已缴 / 欠缴 (owed, before the current month, unpaid) / 待缴 (the current
 * month, unpaid) / 未到期 (a later month while on the roster) / 未登记基数 (on the roster before the first base) /
 * 不在册.
 */
export type DuesMonthState = 'paid' | 'arrears' | 'due' | 'upcoming' | 'no_base' | 'off_roster'

export interface DuesMonthCell {
  month: string
  state: DuesMonthState
  /** The computed dues of the month when it is owed (also for upcoming months), in 分. */
  dueFen: number | null
  /** The amount paid for the month, in 分. */
  paidFen: number | null
  paidOn: string | null
  paymentId: number | null
}

export interface DuesAmounts {
  /** Computed dues of the owed months up to and including the current month. */
  dueFen: number
  /** Paid for months of the year (ahead payments included). */
  paidFen: number
  /** Owed, before the current month, unpaid. */
  arrearsFen: number
}

export interface DuesLedgerRow extends DuesAmounts {
  memberId: number
  name: string
  /** The category and monthly dues of the base in force this month (for a past year: in its last month). */
  kind: DuesKind | null
  monthlyFen: number | null
  months: DuesMonthCell[]
  /** As of today, 6 or more consecutive unpaid months (连续 6 个月未缴), as in the arrears list. */
  flagged: boolean
}

/** 党费台账 of a year: members on the roster in that year × 12 months. */
export interface DuesLedger {
  year: number
  /** `YYYY-MM` of today. */
  currentMonth: string
  rules: DuesRuleSettings
  rows: DuesLedgerRow[]
  monthTotals: (DuesAmounts & { month: string })[]
  totals: DuesAmounts
  /** Members on the roster in the year with no dues base at all yet. */
  withoutBase: number
}

/** One member's 欠缴 up to (not including) the current month. */
export interface DuesArrearsRow {
  memberId: number
  name: string
  onRoster: boolean
  months: string[]
  amountFen: number
  /** The longest run of consecutive unpaid months. */
  longestRun: number
  runFrom: string | null
  runTo: string | null
  /** 6 or more consecutive unpaid months: reported to the secretary. */
  flagged: boolean
}

export interface DuesArrears {
  currentMonth: string
  rows: DuesArrearsRow[]
  totalFen: number
  flaggedCount: number
}

/** A member's dues: bases over time (archived ones too), payments (reversed ones too), and arrears. */
export interface DuesMemberDetail {
  memberId: number
  name: string
  onRosterNow: boolean
  /** Periods on the roster, oldest first: `endDate` is the first day off it. */
  periods: { startDate: string; endDate: string | null }[]
  rules: DuesRuleSettings
  currentMonth: string
  /** The base in force this month. */
  current: DuesBase | null
  /** Every base, newest month first; archived ones with their reason. */
  bases: DuesBase[]
  /** Every payment, latest month first; reversed ones with their reason. */
  payments: DuesPayment[]
  arrears: DuesArrearsRow | null
}
/** 基地党支部 itself. */
export interface PartyBranch {
  name: string
  kind: BranchKind
  foundedOn: string | null
  /** 上级党组织 */
  superior: string | null
  note: string | null
  updatedAt: string
}

/** A resident organisation whose Party work the branch covers (兜底), for a period. */
export interface BranchCoverage {
  id: number
  organizationId: number
  organizationName: string
  startDate: string
  /** Last day covered; null while it lasts. */
  endDate: string | null
  note: string | null
}

/** 党小组 */
export interface PartyGroup {
  id: number
  name: string
  leaderId: number | null
  leaderName: string | null
  /** Members on the roster today in this group. */
  memberCount: number
  note: string | null
  archivedAt: string | null
}

export interface CommitteePost {
  id: number
  memberId: number
  memberName: string
  role: CommitteeRole
  startDate: string
  /** Left the post early (or the member left the roster). */
  endDate: string | null
}

/** One term of the 支部委员会, or of a secretary only when there were fewer than 7 正式党员. */
export interface CommitteeTerm {
  id: number
  startDate: string
  /** The day the term ends (start + the term in years). */
  endDate: string
  hasCommittee: boolean
  /** 正式党员 on the roster on the start date. */
  fullMembers: number
  note: string | null
  posts: CommitteePost[]
  archivedAt: string | null
}

export interface BranchOverview {
  branch: PartyBranch | null
  coverage: BranchCoverage[]
  groups: PartyGroup[]
  /** The term in force today, if any. */
  currentTerm: CommitteeTerm | null
  /** Every term, newest first. */
  terms: CommitteeTerm[]
  /** 正式 and 预备 on the roster today. */
  fullMembers: number
  probationaryMembers: number
  /** 正式党员 >= 7: a 支部委员会 may be formed. */
  committeeAllowed: boolean
  /** From 6 months before the current term ends: 换届 is due. */
  termReminder: { endDate: string; remindFrom: string; daysLeft: number } | null
}

import type { PartyContactRole } from './enums'

/** A 党组织状态 period: from its start until the day before the next status (no end: still in force). */
export interface PartyStatusPeriod {
  id: number
  status: PartyOrgStatus
  startDate: string
  /** The day before the next status; null while it lasts. */
  endDate: string | null
  /** Its own branch (单独组建), the joint branch, or the branch that covers it (兜底/兼合式). */
  coveringBranch: string | null
  /** 兜底/兼合式 by the base's own branch. */
  byBaseBranch: boolean
  note: string | null
  createdBy: string
  createdAt: string
}

/** A status row archived as a mistake, with the reason. */
export interface ArchivedPartyStatus {
  id: number
  status: PartyOrgStatus
  startDate: string
  coveringBranch: string | null
  archivedAt: string
  archiveReason: string
}

/** 党建指导员 or 联络员 of an organisation for a period. */
export interface PartyContact {
  id: number
  organizationId: number
  role: PartyContactRole
  /** A mentor (导师), or null for a 联络员 named by hand. */
  mentorId: number | null
  mentorKind: MentorKind | null
  name: string
  phone: string | null
  startDate: string
  /** Last day served; null while it lasts. */
  endDate: string | null
  note: string | null
  /** Serving on the date asked. */
  current: boolean
}

/**
 * A Party member of an organisation: on the base's roster with this organisation (`roster`, id = party_member id), or
 * working there with the membership elsewhere (`elsewhere`, id = org_party_member id). No ID numbers.
 */
export interface OrgPartyMember {
  source: 'roster' | 'elsewhere'
  id: number
  name: string
  gender: Gender | null
  /** 正式 or 预备 on the date asked. */
  category: MemberCategory
  /** 转正日期, when known. */
  fullOn: string | null
  post: string | null
  managementPost: boolean
  /** 组织关系所在: the base's branch for roster members. */
  membershipPlace: string | null
  phoneMasked: string | null
  /** In the organisation from / last day (elsewhere members; unknown for roster members). */
  startDate: string | null
  endDate: string | null
  note: string | null
  /** Counted on the date asked: in the organisation then (and, for roster members, on the roster). */
  current: boolean
}

/** An org_party_member row as the edit form needs it (full phone). */
export interface OrgPartyMemberRecord {
  id: number
  organizationId: number
  name: string
  gender: Gender | null
  category: MemberCategory
  fullOn: string | null
  post: string | null
  managementPost: boolean
  membershipPlace: string | null
  phone: string | null
  startDate: string
  endDate: string | null
  note: string | null
}

/** The 党建 card of one organisation on a date. */
export interface OrganizationPartyView {
  organizationId: number
  organizationName: string
  archived: boolean
  date: string
  /** The status in force on the date; null when none was ever recorded (counts as 无). */
  current: PartyStatusPeriod | null
  /** Live status periods, newest first. */
  periods: PartyStatusPeriod[]
  archivedStatuses: ArchivedPartyStatus[]
  /** 正式 and 预备 on the date, on the roster and elsewhere together. */
  fullMembers: number
  probationaryMembers: number
  /** 应建未建: 正式党员 3 or more on the date and no branch of its own (status not 单独组建). */
  shouldFormBranch: boolean
  /** Status 无 while a 党建指导员/联络员 serves on the date: 仅有党建指导员/联络员 would say it better. */
  suggestWorkOnly: boolean
  /** Live contacts, current first, newest first. */
  contacts: PartyContact[]
  /** Roster members on the date, then every live member recorded as working there (current first). */
  members: OrgPartyMember[]
  /** The base's own branch (for 兜底/兼合式 by it); null until 支部与班子 is saved. */
  baseBranchName: string | null
}

/** 双向进入 (a): a Party member holding a management post in a resident organisation. */
export interface CrossPostManager {
  source: 'roster' | 'elsewhere'
  id: number
  name: string
  organizationId: number
  organizationName: string
  post: string | null
  category: MemberCategory
  /** 组织关系所在: the base's branch for roster members. */
  membershipPlace: string | null
}

/** 交叉任职 (b): a resident's manager on the branch committee. */
export interface CrossPostCommitteeMember {
  memberId: number
  name: string
  role: CommitteeRole
  since: string
  organizationId: number
  organizationName: string
  post: string | null
}

/** (c): a non-member head of a resident at branch meetings as 观察员 in the year. */
export interface CrossPostObserver {
  name: string
  /** As written in the minutes; the id when it names one organisation of the base. */
  organizationName: string | null
  organizationId: number | null
  meetings: number
  lastDate: string
}

export interface CrossPosts {
  date: string
  /** The year of the observers' meetings (1 January up to the date). */
  year: number
  managers: CrossPostManager[]
  committee: CrossPostCommitteeMember[]
  observers: CrossPostObserver[]
}

/** One organisation a 党建指导员/联络员 serves on the date. */
export interface InstructorAssignment {
  contactId: number
  organizationId: number
  organizationName: string
  role: PartyContactRole
  startDate: string
  endDate: string | null
}

/** A 党建指导员/联络员 (a mentor, or a person named) with the organisations they serve on the date. */
export interface InstructorRow {
  /** `m<mentorId>` or `p<name>`. */
  key: string
  mentorId: number | null
  mentorKind: MentorKind | null
  name: string
  phone: string | null
  roles: PartyContactRole[]
  organizations: InstructorAssignment[]
}

export interface InstructorsView {
  date: string
  rows: InstructorRow[]
  /** Organisations with at least one 党建指导员/联络员 on the date. */
  organizationsServed: number
}
import type { HonourLevel, HonourRecipient } from './enums'
import type {
  NotRateableReason,
  RatingQualification,
  RatingsOverviewFlag,
  RegistrationProblem,
  Validity,
} from './orgRecords'

/** 年检 of one 年度: the result label as chosen then, and what it meant for the rules (kept if the label is renamed). */
export interface AnnualInspection {
  id: number
  organizationId: number
  year: number
  result: string
  grade: InspectionGrade
  concludedOn: string | null
  /** 党建工作同步检查 (两关六同步 item 2). */
  partyWorkChecked: boolean
  note: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
  archivedAt: string | null
  archiveReason: string | null
}

/** 等级评估: 1A–5A (1–5), valid until `validUntil` (rated on + 5 years, the last valid day). */
export interface OrgRating {
  id: number
  organizationId: number
  grade: number
  ratedOn: string
  validUntil: string
  /** 评估得分 × 10. */
  scoreTenths: number | null
  /** 评估机关 */
  ratedBy: string | null
  documentNo: string | null
  /** 党组织规范化建设评估同步开展 (两关六同步 item 3). */
  partyBuildingAssessed: boolean
  note: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
  archivedAt: string | null
  archiveReason: string | null
}

/** 公益性捐赠税前扣除资格: valid 3 years (`validUntil` is the last valid day). */
export interface TaxQualification {
  id: number
  organizationId: number
  grantedOn: string
  validUntil: string
  documentNo: string | null
  note: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
  archivedAt: string | null
  archiveReason: string | null
}

/** 荣誉, of an organisation or of a person (maybe of an organisation, maybe on the base's roster). */
export interface Honour {
  id: number
  title: string
  level: HonourLevel
  awardedOn: string
  awardedBy: string | null
  recipientKind: HonourRecipient
  organizationId: number | null
  organizationName: string | null
  personName: string | null
  memberId: number | null
  /** 创先争优 (两关六同步 item 5). */
  partyRelated: boolean
  note: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
  archivedAt: string | null
  archiveReason: string | null
}

/** A dated record as the standing shows it: its dates and how it stands on the day. */
export interface ValidityOnDay {
  id: number
  validUntil: string
  validity: Validity
}

/** What an organisation's records mean on a day (computed on today). */
export interface OrgStanding {
  today: string
  /** The rating that applies (the latest rated on or before today), even when it has lapsed. */
  rating: (ValidityOnDay & { grade: number; ratedOn: string }) | null
  /** What the grade in force unlocks; none without a rating in force. */
  qualifications: RatingQualification[]
  /** 不可参评 reasons, from the last two 年度 of 年检. */
  notRateable: NotRateableReason[]
  /** Not registered, or registered less than 2 full years. */
  registration: RegistrationProblem | null
  /** 可申请评估: registered 2 full years and not 不可参评. */
  mayApply: boolean
  /** The latest 税前扣除资格 granted on or before today, even when it has lapsed. */
  tax: (ValidityOnDay & { grantedOn: string }) | null
}

/** The card on the organisation page: everything recorded (archived rows too) and the standing. */
export interface OrgRecords {
  organizationId: number
  organizationName: string
  archived: boolean
  registeredOn: string | null
  standing: OrgStanding
  inspections: AnnualInspection[]
  ratings: OrgRating[]
  taxQualifications: TaxQualification[]
  /** Honours of the organisation and of people of it. */
  honours: Honour[]
  /** The 年检 results of 系统设置, for the form. */
  inspectionResults: { label: string; grade: InspectionGrade }[]
}

/** A 年检 as the overview shows it. */
export interface InspectionCell {
  year: number
  result: string
  grade: InspectionGrade
}

/** One organisation in residence on the 年检与评估 tab. */
export interface RatingsOverviewRow {
  organizationId: number
  name: string
  stage: Stage
  registeredOn: string | null
  /** 年检 of last 年度 (this year − 1) and of the one before. */
  lastInspection: InspectionCell | null
  previousInspection: InspectionCell | null
  rating: (ValidityOnDay & { grade: number; ratedOn: string }) | null
  notRateable: NotRateableReason[]
  registration: RegistrationProblem | null
  mayApply: boolean
}

export interface RatingsOverview extends Page<RatingsOverviewRow> {
  today: string
  /** 上一年度 (this year − 1). */
  lastYear: number
  /** Organisations in residence (that the search finds) with each flag, whatever the flag filter. */
  counts: Record<RatingsOverviewFlag, number>
  /** Organisations in residence that the search finds, whatever the flag filter. */
  residents: number
}
import type { SixSyncStatus as SixSyncItemStatus } from './enums'
import type { SixSyncItem } from './sixSync'

/** Where an item's status comes from: computed from the app's records, or set by a person. */
export type SixSyncSource = 'prefill' | 'manual'

/** What a person set for an item (a row of six_sync_entry). */
export interface SixSyncEntry {
  id: number
  status: SixSyncItemStatus
  date: string | null
  note: string | null
  recordedBy: string
  recordedAt: string
  /** When a later entry, or 恢复自动, replaced it; null for the live one. */
  supersededAt: string | null
}

/** One item of a 两关六同步 checklist: the status in force and, under a manual one, what the app would say. */
export interface SixSyncItemView {
  item: SixSyncItem
  status: SixSyncItemStatus
  date: string | null
  note: string | null
  source: SixSyncSource
  /** The prefill, always (shown under a manual entry too). */
  prefill: { status: SixSyncItemStatus; date: string | null; explanation: Notice }
  /** The live manual entry, when there is one. */
  manual: SixSyncEntry | null
  /** Earlier entries of this item and year, newest first (nothing is deleted). */
  history: SixSyncEntry[]
}

/** The checklist of one organisation for one year. */
export interface SixSyncChecklist {
  organizationId: number
  organizationName: string
  year: number
  /** The organisation is archived: the checklist is read-only. */
  archived: boolean
  /** The year may be edited (not after this year). */
  editableYear: boolean
  items: SixSyncItemView[]
  syncedCount: number
}

/** A cell of the matrix. */
export interface SixSyncCell {
  status: SixSyncItemStatus
  date: string | null
  source: SixSyncSource
  /** The prefill's explanation (prefilled cells) or the person's note (manual cells), for the tooltip. */
  explanation: Notice | null
  note: string | null
}

export interface SixSyncMatrixRow {
  organizationId: number
  name: string
  archived: boolean
  /** 党组织状态 at the end of the year (today for this year). */
  partyStatus: PartyOrgStatus
  cells: SixSyncCell[]
  syncedCount: number
}

/** Per item, over every row that matches the filters (not only the page). */
export interface SixSyncItemTotals {
  item: SixSyncItem
  synced: number
  notApplicable: number
  notStarted: number
}

export interface SixSyncMatrix extends Page<SixSyncMatrixRow> {
  year: number
  /** The date the party status is read on. */
  statusOn: string
  totals: SixSyncItemTotals[]
  /** Rows with all six items 已同步 or 不适用. */
  completeRows: number
}
/** 党建覆盖 rules of 系统设置. */
export interface CoverageSettings {
  /** Who the coverage rates are out of: the organisations in residence on the date, or only those able to form a branch. */
  denominator: CoverageDenominator
  /** The 年检 results offered, in order; `grade` is what a result means for the rules. */
  inspectionResults: { label: string; grade: InspectionGrade }[]
}
/** The coverage rates on a date (domain §3). Rates are percentages with one decimal; null when nothing is counted. */
export interface CoverageRates {
  date: string
  denominator: CoverageDenominator
  /** Every organisation in residence on the date. */
  inResidence: number
  /** Of those, the ones with 正式党员3人以上 on the date. */
  ableToForm: number
  /** 统计总数: the denominator under the setting. */
  total: number
  byStatus: Record<PartyOrgStatus, number>
  /** 单独组建 + 联合组建 + 兜底 + 兼合式. */
  organizational: number
  /** 组织覆盖 + 仅有党建指导员/联络员. */
  work: number
  /** Neither. */
  uncovered: number
  /** 应建未建: 正式党员3人以上 without their own branch. */
  shouldForm: number
  rates: { organizational: number | null; standalone: number | null; work: number | null }
}

/** The rates at the end of each year (this year: today), oldest first. */
export interface CoverageSeries {
  denominator: CoverageDenominator
  points: (CoverageRates & { year: number })[]
}

/** An organisation behind a figure of the coverage page. */
export interface CoverageOrganization {
  id: number
  name: string
  legalType: LegalType
  stage: Stage
  status: PartyOrgStatus
  /** The date the status holds from; null when none was ever recorded (无). */
  statusSince: string | null
  coveringBranch: string | null
  byBaseBranch: boolean
  fullMembers: number
  shouldForm: boolean
  /** 党建指导员 and 联络员 on the date. */
  instructors: string[]
}

import type { BrandStage as SpBrandStage, ServiceUnit as SpServiceUnit } from './enums'

/** 服务项目 of a resident organisation, with its brand (品牌) if it has one. */
export interface ServiceProject {
  id: number
  organizationId: number
  organizationName: string
  /** The organisation is archived: its projects cannot change. */
  organizationArchived: boolean
  name: string
  category: ServiceArea
  startDate: string
  /** The last day (inclusive); null while it runs. */
  endDate: string | null
  place: string | null
  beneficiaryCount: number | null
  /** 受益对象: 老年人, 青少年 … */
  beneficiaryKind: string | null
  serviceCount: number | null
  /** 场次 or 人次. */
  serviceUnit: SpServiceUnit
  brandName: string | null
  brandStage: SpBrandStage | null
  outcomes: string | null
  description: string | null
  attachmentCount: number
  createdBy: string
  createdAt: string
  updatedAt: string
  archivedAt: string | null
  archiveReason: string | null
}

/** A photo or report of a service project, stored under its SHA-256. */
export interface ServiceProjectAttachment {
  id: number
  projectId: number
  fileName: string
  sizeBytes: number
  sha256: string
  createdBy: string
  createdAt: string
}

export interface ServiceProjectDetail extends ServiceProject {
  attachments: ServiceProjectAttachment[]
  /** The account may change it now (write permission, the project and its organisation live). */
  editable: boolean
}

/** 品牌墙: the live projects with a brand, by stage (品牌 first). */
export interface BrandWall {
  stages: { stage: SpBrandStage; total: number; projects: ServiceProject[] }[]
}
import type { EvaluationKind, EvaluationResult, FundSourceKind, TrancheTrigger, VentureStage } from './enums'

/** 公益创投 round (第三届福山区公益创投大赛 …) with its projects' totals. */
export interface VentureRound {
  id: number
  name: string
  year: number
  /** 资金来源 its grants are paid from (the ledger's source kind). */
  sourceKind: FundSourceKind
  /** Default tranche plan of its projects, e.g. `60/40`. */
  tranchePlan: string
  budgetFen: number | null
  note: string | null
  projectCount: number
  grantFen: number
  paidFen: number
  createdAt: string
  archivedAt: string | null
}

/** Paid, payable now and blocked, in 分. */
export interface VentureTotals {
  paidFen: number
  dueFen: number
  blockedFen: number
}

/** One row of the venture project list. */
export interface VentureProjectRow extends VentureTotals {
  id: number
  roundId: number
  roundName: string
  organizationId: number
  organizationName: string
  title: string
  category: ServiceArea
  grantFen: number
  stage: VentureStage
  stageDate: string
  archivedAt: string | null
}

export interface VentureStageEvent {
  id: number
  stage: VentureStage
  date: string
  note: string | null
  recordedBy: string
}

export interface VentureEvaluation {
  id: number
  kind: EvaluationKind
  date: string
  /** 得分 × 10 (86.5 → 865). */
  scoreTenths: number | null
  result: EvaluationResult
  reviewer: string
  note: string | null
  createdBy: string
  archivedAt: string | null
  archiveReason: string | null
}

export interface VentureTranche {
  id: number
  seq: number
  percentBp: number
  amountFen: number
  trigger: TrancheTrigger
  paidOn: string | null
  paidBy: string | null
  fundEntryId: number | null
  /** 已拨付 / 可拨付 / 受阻 / 未到. */
  state: 'paid' | 'payable' | 'blocked' | 'pending'
  /** Why it cannot be paid now (受阻 or 未到). */
  hold: Notice | null
}

/** A venture project with its lifecycle, evaluations, tranches and totals. */
export interface VentureProjectDetail extends VentureProjectRow {
  roundSourceKind: FundSourceKind
  roundTranchePlan: string
  serviceProjectId: number | null
  note: string | null
  archiveReason: string | null
  organizationArchived: boolean
  events: VentureStageEvent[]
  /** The steps it may take next. */
  nextStages: VentureStage[]
  evaluations: VentureEvaluation[]
  tranches: VentureTranche[]
  /** The tranches may still change (none paid yet). */
  tranchesEditable: boolean
  today: string
}
// 资金台账 (domain §6): every inflow and outflow in 分, its totals per year and source (shared/funds.ts).
import type { FundTotalsTable } from './funds'
import type { FundDirection as LedgerDirection, FundSourceKind as LedgerSourceKind } from './enums'

export interface FundEntry {
  id: number
  date: string
  direction: LedgerDirection
  amountFen: number
  sourceKind: LedgerSourceKind
  organizationId: number | null
  organizationName: string | null
  serviceProjectId: number | null
  serviceProjectName: string | null
  ventureProjectId: number | null
  ventureProjectTitle: string | null
  /** Written by a 公益创投 tranche payment: archived only from the venture project's page. */
  fromTranche: boolean
  counterparty: string | null
  summary: string
  documentNo: string | null
  attachmentName: string | null
  attachmentSize: number | null
  createdBy: string
  createdAt: string
  archivedAt: string | null
  archiveReason: string | null
}

/** A page of the ledger, with the sums of every live row the filters match (not only this page). */
export interface FundEntryPage extends Page<FundEntry> {
  inFen: number
  outFen: number
  netFen: number
}

/** The totals of the base (organizationId null) or of one organisation. */
export interface FundTotals extends FundTotalsTable {
  organizationId: number | null
  organizationName: string | null
}

/** What an entry of an organisation may belong to. */
export interface FundProjectOptions {
  serviceProjects: { id: number; name: string }[]
  ventureProjects: { id: number; title: string }[]
}

/** 三会一课 this quarter on the 工作台: kinds (and 党小组) with a minimum in the quarter, how many already met it. */
export interface DashboardCompliance {
  year: number
  quarter: number
  required: number
  met: number
  short: { kind: MeetingKind; groupName: string | null; held: number; required: number }[]
}

/** 工作台: each card, or null when the account may not read its module. */
export interface DashboardSummary {
  today: string
  residents: { stage: Stage; count: number }[] | null
  occupancy: {
    rate: number | null
    allocatedM2: number
    allocatableM2: number
    byMonth: OccupancyMonth[]
  } | null
  /** This month's coaching (`YYYY-MM`) and the open action items past their due date. */
  coaching: { month: string; hours: number; sessions: number; overdueActionItems: number } | null
  coverage: CoverageRates | null
  compliance: DashboardCompliance | null
  dues: { year: number; dueFen: number; paidFen: number; arrearsFen: number; rate: number | null } | null
  /** Unpaid tranches whose evaluation is not recorded yet, and the projects they belong to. */
  venture: { tranches: number; projects: number } | null
  /** This year's ledger by source kind. */
  funds: {
    year: number
    inFen: number
    outFen: number
    bySource: { sourceKind: FundSourceKind; inFen: number; outFen: number }[]
  } | null
}

export type SearchKind =
  'organization' | 'partyMember' | 'mentor' | 'serviceProject' | 'ventureProject' | 'unit'

export interface GlobalSearchHit {
  kind: SearchKind
  id: number
  title: string
  /** A second line: the code, short name, organisation or employer. */
  detail: string | null
  /** A code of the hit: stage of an organisation, unit code, brand name. */
  code: string | null
}

export interface GlobalSearchResult {
  query: string
  /** Kinds with hits, in a fixed order; `total` counts all hits of the kind, `hits` the first few. */
  groups: { kind: SearchKind; total: number; hits: GlobalSearchHit[] }[]
}
import type { ReminderAction, ReminderKind, ReminderSeverity } from './reminders'

/** What a user decided about one reminder item: 暂缓 until a date, or 忽略; the reason is kept. */
export interface ReminderHandling {
  id: number
  action: ReminderAction
  snoozeUntil: string | null
  reason: string
  createdBy: string
  createdAt: string
}

/** One item of the 待办提醒 queue, derived from its record. */
export interface ReminderItem {
  /** kind + record + due date: a changed record makes a new key. */
  key: string
  kind: ReminderKind
  severity: ReminderSeverity
  dueDate: string
  /** Days from today to the due date: negative when overdue. */
  daysLeft: number
  /** zh-CN title naming the organisation, person or record. */
  title: string
  /** The names in the title, for the screen's own words (`reminders.titles.<kind>`). */
  params: Record<string, string | number>
  /** The renderer route of the record. */
  route: string
  /** The module permission that lists this kind. */
  permission: string
  /** Whether the actor may snooze or dismiss it (the module's write permission). */
  canHandle: boolean
  /** The decision in force, or one that has come back (a snooze whose date is reached). */
  handling: ReminderHandling | null
}

export interface ReminderPage extends Page<ReminderItem> {
  today: string
  /** The kinds the actor may see, in queue order. */
  kinds: ReminderKind[]
  /** Items of the chosen view per kind (within the chosen severity) and per severity (within the chosen kind). */
  byKind: Record<ReminderKind, number>
  bySeverity: Record<ReminderSeverity, number>
  openCount: number
  handledCount: number
}

/** The sidebar badge. */
export interface ReminderCount {
  open: number
  overdue: number
}

export interface ReminderUndone {
  id: number
  key: string
}
/** 导入 Excel: 入驻组织, 空间单元 or 党员. */
export type ImportKind = 'organization' | 'unit' | 'member'
export type ImportMode = 'validOnly' | 'allOrNothing'

/** One problem of one row: the column as its header reads in the file ('' for the row as a whole). */
export interface ImportIssue {
  column: string
  notice: Notice
}

/** A data row of the file, numbered as Excel shows it; `label` names the record (name, code). */
export interface ImportRow {
  row: number
  label: string
  errors: ImportIssue[]
  warnings: ImportIssue[]
}

/** 预览: every row checked by the rules of the form; nothing written. `token` confirms this very file. */
export interface ImportPreview {
  kind: ImportKind
  token: string
  fileName: string
  total: number
  valid: number
  invalid: number
  withWarnings: number
  rows: ImportRow[]
}

/** 导入结果: the rows checked again at the moment of writing. */
export interface ImportResult {
  kind: ImportKind
  mode: ImportMode
  total: number
  created: number
  skipped: number
  /** True when all-or-nothing refused the file: nothing was written. */
  refused: boolean
  /** The rows with errors found at the moment of writing. */
  rows: ImportRow[]
}
/** How a figure of the annual report is shown: 分 as 元, a percentage with one decimal, hours with one. */
export type ReportValueKind = 'text' | 'integer' | 'decimal' | 'money' | 'percent'
export interface ReportColumn {
  title: string
  kind: ReportValueKind
}
/** Money in 分, percentages as 0–100 with one decimal, counts as integers. */
export type ReportCell = string | number | null
/** One small table of the report: the same in the workbook, on screen and in print. */
export interface ReportTable {
  key: string
  title: string
  columns: ReportColumn[]
  rows: ReportCell[][]
  /** Definitions and sources of the figures, when they need saying. */
  note: string | null
  /** Key-figure tables (item, value): the kind of each row's value, which then overrides the last column's. */
  rowKinds: ReportValueKind[] | null
}
export type ReportAreaKey = 'residents' | 'space' | 'coaching' | 'projects' | 'coverage' | 'branch'
export interface ReportArea {
  key: ReportAreaKey
  title: string
  tables: ReportTable[]
}
/** 年度工作报告: the areas the caller may read, aggregates only (no ID numbers, no phones). */
export interface AnnualReport {
  year: number
  /** 12-31 of a past year, today for this year. */
  asOf: string
  inProgress: boolean
  baseName: string
  title: string
  issuedOn: string
  areas: ReportArea[]
}
