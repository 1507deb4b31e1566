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

// ---- begin meetings: 会议与合规 (issue 6) ----
// ---- end meetings ----
// ---- begin development: 发展党员 (issue 6) ----
// ---- end development ----
// ---- begin dues: 党费 (issue 6) ----
// ---- end dues ----
// ---- begin branchProfile: 支部、班子、党小组 (issue 6) ----
// ---- end branchProfile ----
