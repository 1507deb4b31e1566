import type { Gender, LegalType, MemberCategory, MemberRelation, Role, ServiceArea, Stage } from './enums'
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
}

export interface PartyMember extends PartyMemberListItem {
  /** Full phone, for the edit form. */
  phone: string | null
  note: string | null
  createdAt: string
  updatedAt: string
}

export interface RevealedIdNumber {
  id: number
  idNumber: string
}
