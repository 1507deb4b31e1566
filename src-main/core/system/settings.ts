// 系统设置: small JSON values by key, with the defaults of domain.md where a value was never set.
import type {
  BranchSettings,
  CoverageSettings,
  MentoringSettings,
  SpaceSettings,
  SystemSettings,
} from '../../shared/entities'
import type { Database } from '../db/open'
import { cached } from '../db/statements'

export interface BaseInfo {
  baseName: string
  totalAreaM2: number
}

interface SettingValues {
  base: BaseInfo
  security: Pick<SystemSettings, 'idleLockMinutes'>
  backups: Pick<SystemSettings, 'backupKeepDaily' | 'backupKeepMonthly'>
  /** The day of the last automatic backup, `YYYY-MM-DD`. */
  lastAutomaticBackup: string
  space: SpaceSettings
  mentoring: MentoringSettings
  branch: BranchSettings
  coverage: CoverageSettings
}

/** 场地规则 until the base sets its own (reference rent 1.50 元/m²/天). */
export const DEFAULT_SPACE_SETTINGS: SpaceSettings = {
  bufferMinutes: 15,
  openFrom: '08:30',
  openUntil: '21:00',
  closedWeekdays: [],
  closedDates: [],
  referenceRentFen: 150,
}

export function readSpaceSettings(db: Database): SpaceSettings {
  return { ...DEFAULT_SPACE_SETTINGS, ...readSetting(db, 'space') }
}

/** 陪伴指导: an organisation in residence with no session in 30 days is listed (domain: the default). */
export const DEFAULT_MENTORING_SETTINGS: MentoringSettings = { inactiveDays: 30 }

export function readMentoringSettings(db: Database): MentoringSettings {
  return { ...DEFAULT_MENTORING_SETTINGS, ...readSetting(db, 'mentoring') }
}

/** 基地党支部 rules until the base sets its own (domain.md §4). */
export const DEFAULT_BRANCH_SETTINGS: BranchSettings = {
  termYears: 3,
  meetingMinimums: {
    general_assembly: { period: 'quarter', count: 1 },
    committee: { period: 'month', count: 1 },
    group: { period: 'month', count: 1 },
    party_lecture: { period: 'quarter', count: 1 },
    theme_day: { period: 'month', count: 1 },
    life_meeting: { period: 'year', count: 1 },
    democratic_review: { period: 'year', count: 1 },
  },
  flatDuesFen: 20,
  farmerDuesFen: 20,
  duesRounding: 'half_up',
}

export function readBranchSettings(db: Database): BranchSettings {
  const stored = readSetting(db, 'branch')
  return {
    ...DEFAULT_BRANCH_SETTINGS,
    ...stored,
    meetingMinimums: { ...DEFAULT_BRANCH_SETTINGS.meetingMinimums, ...stored?.meetingMinimums },
  }
}

/**
 * 党建覆盖 rules until the base sets its own (domain §1, §3): the coverage rates' denominator, and the 年检 results
 * (the list is editable; each result says what it means for the rules).
 */
export const DEFAULT_COVERAGE_SETTINGS: CoverageSettings = {
  denominator: 'in_residence',
  inspectionResults: [
    { label: '合格', grade: 'pass' },
    { label: '基本合格', grade: 'basic' },
    { label: '不合格', grade: 'fail' },
  ],
}

export function readCoverageSettings(db: Database): CoverageSettings {
  return { ...DEFAULT_COVERAGE_SETTINGS, ...readSetting(db, 'coverage') }
}

export const DEFAULT_SETTINGS: SystemSettings = {
  idleLockMinutes: 10,
  backupKeepDaily: 7,
  backupKeepMonthly: 12,
}

const statements = cached((db: Database) => ({
  get: db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?'),
  put: db.prepare<[string, string]>(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}))

export function readSetting<K extends keyof SettingValues>(db: Database, key: K): SettingValues[K] | null {
  const row = statements(db).get.get(key)
  return row ? (JSON.parse(row.value) as SettingValues[K]) : null
}

export function writeSetting<K extends keyof SettingValues>(
  db: Database,
  key: K,
  value: SettingValues[K],
): void {
  statements(db).put.run(key, JSON.stringify(value))
}

export function readSettings(db: Database): SystemSettings {
  return { ...DEFAULT_SETTINGS, ...readSetting(db, 'security'), ...readSetting(db, 'backups') }
}

export function writeSettings(db: Database, settings: SystemSettings): void {
  writeSetting(db, 'security', { idleLockMinutes: settings.idleLockMinutes })
  writeSetting(db, 'backups', {
    backupKeepDaily: settings.backupKeepDaily,
    backupKeepMonthly: settings.backupKeepMonthly,
  })
}
