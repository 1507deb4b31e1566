import type { LegalType, ServiceArea, Stage } from './enums'
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
