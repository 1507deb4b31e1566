// Input schemas of every channel. A custom message is a key of the message catalog (messages.ts).
import { z } from 'zod'
import {
  ACTION_OWNERS,
  ASSESSMENT_OCCASIONS,
  COACHING_DIMENSIONS,
  COACHING_MODES,
  GOAL_STATUSES,
  MENTORING_EXPORTS,
  MENTOR_KINDS,
  BOOKER_KINDS,
  GENDERS,
  LEGAL_TYPES,
  MEMBER_CATEGORIES,
  MEMBER_EXIT_KINDS,
  ROSTER_SCOPES,
  BRANCH_KINDS,
  COMMITTEE_ROLES,
  COMPLIANCE_PERIODS,
  MEETING_KINDS,
  MEMBER_RELATIONS,
  PAGE_SIZES,
  ROLES,
  SERVICE_AREAS,
  STAGES,
  UNIT_OUTAGE_KINDS,
  UNIT_TYPES,
  ATTENDEE_KINDS,
  REVIEW_GRADES,
} from './enums'

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isRealDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // From 1800: the roster keeps veteran members born before 1900 (GB 11643 example 440524188001010014).
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  return d <= lastDay
}

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

const requiredText = (max: number) => z.string().trim().min(1, 'field.required').max(max, 'field.tooLong')

/** Optional text: empty or missing becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'field.tooLong')
    .nullish()
    .transform((v) => (v ? v : null))

const requiredDate = z.string().trim().min(1, 'field.required').refine(isRealDate, 'field.date')

const optionalDate = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isRealDate(v), 'field.date')

const acceptWarnings = z.boolean().default(false)

export const emptyInput = z.strictObject({})

const pageInput = {
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z
    .number()
    .refine((n): n is (typeof PAGE_SIZES)[number] => (PAGE_SIZES as readonly number[]).includes(n))
    .default(20),
}

// ---- accounts ----

/** Usernames: letters, digits, `.`, `_`, `-`; compared without case. */
const username = z
  .string()
  .trim()
  .min(1, 'field.required')
  .max(32, 'field.tooLong')
  .regex(/^[A-Za-z0-9._-]+$/, 'account.usernameFormat')
const displayName = requiredText(30)
/** The rules of a new password (length, letters and digits) are the handler's, so messages can say which. */
const newPassword = z.string().max(128, 'field.tooLong')
const roles = z.array(z.enum(ROLES, 'field.notInList')).min(1, 'account.rolesRequired').max(ROLES.length)

export const loginInput = z.strictObject({
  username: z.string().trim().min(1, 'field.required').max(64, 'field.tooLong'),
  password: z.string().min(1, 'field.required').max(128, 'field.tooLong'),
})

export const unlockInput = z.strictObject({
  password: z.string().min(1, 'field.required').max(128, 'field.tooLong'),
})

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, 'field.required').max(128, 'field.tooLong'),
  newPassword,
})

export const accountCreateInput = z.strictObject({ username, displayName, roles, password: newPassword })
export const accountUpdateInput = z.strictObject({ id, displayName, roles, active: z.boolean() })
export const accountResetPasswordInput = z.strictObject({ id, password: newPassword })

export const baseInfoInput = z.strictObject({
  baseName: requiredText(60),
  totalAreaM2: z
    .number('field.positiveNumber')
    .positive('field.positiveNumber')
    .max(10_000_000, 'field.positiveNumber')
    .refine(Number.isFinite, 'field.positiveNumber'),
})

const organizationFields = {
  name: requiredText(100),
  shortName: optionalText(30),
  uscc: optionalText(40),
  legalType: z.enum(LEGAL_TYPES, 'field.notInList'),
  serviceAreas: z
    .array(z.enum(SERVICE_AREAS, 'field.notInList'))
    .max(SERVICE_AREAS.length)
    .default([])
    .transform((areas) => [...new Set(areas)]),
  legalRepresentative: optionalText(30),
  contactPerson: requiredText(30),
  contactPhone: requiredText(30),
  email: optionalText(100),
  address: optionalText(200),
  registeredOn: optionalDate,
  registrar: optionalText(60),
  agreementNo: optionalText(40),
  agreementStart: optionalDate,
  agreementEnd: optionalDate,
  description: optionalText(2000),
}

export const organizationCreateInput = z.strictObject({
  ...organizationFields,
  stage: z.enum(STAGES, 'field.notInList').default('applied'),
  stageDate: requiredDate,
  acceptWarnings,
})

export const organizationUpdateInput = z.strictObject({ id, ...organizationFields, acceptWarnings })

/** A partial draft checked while the user types: only the identity fields. */
export const organizationCheckInput = z.strictObject({
  id: id.optional(),
  name: z.string().max(1000).optional(),
  uscc: z.string().max(1000).optional(),
  legalType: z.enum(LEGAL_TYPES).optional(),
})

export const ORGANIZATION_SORT_FIELDS = [
  'name',
  'legalType',
  'stage',
  'stageDate',
  'agreementStart',
  'agreementEnd',
  'updatedAt',
] as const
export type OrganizationSortField = (typeof ORGANIZATION_SORT_FIELDS)[number]

export const organizationListInput = z.strictObject({
  ...pageInput,
  sortBy: z.enum(ORGANIZATION_SORT_FIELDS).default('updatedAt'),
  sortOrder: z.enum(['asc', 'desc']).default('desc'),
  search: optionalText(100),
  legalTypes: z.array(z.enum(LEGAL_TYPES)).max(LEGAL_TYPES.length).optional(),
  stages: z.array(z.enum(STAGES)).max(STAGES.length).optional(),
  serviceArea: z.enum(SERVICE_AREAS).optional(),
  entryYear: z.number().int().min(1900).max(2200).optional(),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
})

export const byIdInput = z.strictObject({ id })

export const organizationChangeStageInput = z.strictObject({
  id,
  stage: z.enum(STAGES, 'field.notInList'),
  date: requiredDate,
  // Required, but checked by the handler with the date rules, so that one answer lists every problem.
  note: z.string().trim().max(500, 'field.tooLong'),
})

export const organizationArchiveInput = z.strictObject({ id, reason: optionalText(200) })

// ---- first start and settings ----

/** 首次启动: the base and its first administrator. */
export const setupInput = baseInfoInput.extend({
  adminUsername: username,
  adminDisplayName: displayName,
  adminPassword: newPassword,
})

export const settingsInput = z.strictObject({
  idleLockMinutes: z
    .number()
    .int('field.wholeNumber')
    .min(1, 'settings.idleRange')
    .max(240, 'settings.idleRange'),
  backupKeepDaily: z
    .number()
    .int('field.wholeNumber')
    .min(1, 'settings.keepRange')
    .max(365, 'settings.keepRange'),
  backupKeepMonthly: z
    .number()
    .int('field.wholeNumber')
    .min(0, 'settings.keepRange')
    .max(120, 'settings.keepRange'),
})

// ---- 操作日志 ----

export const auditListInput = z.strictObject({
  ...pageInput,
  actor: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  channel: z.string().max(64).optional(),
  from: z.string().refine(isRealDate, 'field.date').optional(),
  to: z.string().refine(isRealDate, 'field.date').optional(),
})

// ---- backups ----

/** A file path on this computer; the handler checks where it may go. */
const filePath = z.string().trim().min(1, 'field.required').max(1024, 'field.tooLong')
const backupPassword = z
  .string()
  .max(128, 'field.tooLong')
  .nullish()
  .transform((v) => (v ? v : null))

export const backupCreateInput = z.strictObject({
  /** Where to write; none means the backup folder. */
  destination: filePath.nullish().transform((v) => v ?? null),
  /** With a password the backup is encrypted (AES-256-GCM), for carrying on a USB stick. */
  password: backupPassword,
})

export const backupRestoreInput = z.strictObject({ source: filePath, password: backupPassword })

// ---- 党员 ----

const memberFields = {
  name: requiredText(30),
  gender: z.enum(GENDERS, 'field.notInList'),
  birthDate: requiredDate,
  category: z.enum(MEMBER_CATEGORIES, 'field.notInList'),
  relation: z.enum(MEMBER_RELATIONS, 'field.notInList'),
  organizationId: id.nullish().transform((v) => v ?? null),
  post: optionalText(30),
  /** 在入驻组织担任管理职务 (双向进入、交叉任职). */
  managementPost: z.boolean().default(false),
  phone: optionalText(30),
  joinedOn: optionalDate,
  veteranMember: z.boolean().default(false),
  veteranCadre: z.boolean().default(false),
  note: optionalText(500),
  /** 转正日期; with category 正式 and no date, the member was full before registration. */
  fullOn: optionalDate,
  /** 党小组 */
  groupId: id.nullish().transform((v) => v ?? null),
}

export const memberListInput = z.strictObject({
  ...pageInput,
  search: optionalText(50),
  category: z.enum(MEMBER_CATEGORIES).optional(),
  organizationId: id.optional(),
  groupId: id.optional(),
  /** 在册 (on the roster on `asOf`, default today) / 已离开 (转出, 出党, 去世) / 全部. */
  scope: z.enum(ROSTER_SCOPES, 'field.notInList').default('current'),
  /** The roster as it stood on this date; the category shown is the one of that date. */
  asOf: optionalDate,
})

export const memberCreateInput = z.strictObject({
  ...memberFields,
  idNumber: requiredText(30),
  /** The first day on this branch's roster (default today). */
  entryDate: optionalDate,
  /** 建档登记 or 转入 (接收为预备党员 comes from 发展党员). */
  entryKind: z.enum(['registered', 'transfer_in'], 'field.notInList').default('registered'),
  entryNote: optionalText(100),
})

/** 转出 / 出党 / 去世 on `date`, the first day off the roster. */
export const memberExitInput = z.strictObject({
  id,
  kind: z.enum(MEMBER_EXIT_KINDS, 'field.notInList'),
  date: requiredDate,
  note: optionalText(200),
})

/** 转入 again, after a 转出. */
export const memberTransferInInput = z.strictObject({ id, date: requiredDate, note: optionalText(200) })

/** `idNumber` left out (or null) keeps the stored one: the form never sees it unmasked. */
export const memberUpdateInput = z.strictObject({
  id,
  ...memberFields,
  idNumber: optionalText(30),
})

// ---- 空间管理 ----

/** `HH:mm`, 00:00–24:00. */
export function isClockTime(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value)
  if (!m) return false
  const [h, min] = [Number(m[1]), Number(m[2])]
  return (h < 24 && min < 60) || (h === 24 && min === 0)
}

const clockTime = z.string().trim().min(1, 'field.required').refine(isClockTime, 'space.timeFormat')
const areaM2 = z
  .number('field.positiveNumber')
  .positive('field.positiveNumber')
  .max(100_000, 'field.positiveNumber')
  .refine((v) => Math.round(v * 100) === Math.round(v * 100 * 1e6) / 1e6, 'space.areaPrecision')
const gridCell = z.number().int().min(0).max(1000)
const gridSize = z.number().int().min(1).max(1000)

export const floorSaveInput = z.strictObject({
  id: id.optional(),
  name: requiredText(30),
  sortOrder: z.number().int().min(0).max(1000).default(0),
  gridWidth: z
    .number()
    .int('field.wholeNumber')
    .min(10, 'space.gridRange')
    .max(200, 'space.gridRange')
    .default(40),
  gridHeight: z
    .number()
    .int('field.wholeNumber')
    .min(10, 'space.gridRange')
    .max(200, 'space.gridRange')
    .default(24),
})

export const unitListInput = z.strictObject({
  ...pageInput,
  floorId: id.optional(),
  unitType: z.enum(UNIT_TYPES).optional(),
  search: optionalText(50),
  includeArchived: z.boolean().default(false),
})

export const unitSaveInput = z.strictObject({
  id: id.optional(),
  floorId: id,
  code: requiredText(20),
  name: optionalText(30),
  unitType: z.enum(UNIT_TYPES, 'field.notInList'),
  areaM2,
  seats: z.number().int('field.wholeNumber').min(0, 'field.wholeNumber').max(10_000).default(0),
  amenities: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  x: gridCell.nullish().transform((v) => v ?? null),
  y: gridCell.nullish().transform((v) => v ?? null),
  w: gridSize.nullish().transform((v) => v ?? null),
  h: gridSize.nullish().transform((v) => v ?? null),
})

export const outageAddInput = z.strictObject({
  unitId: id,
  kind: z.enum(UNIT_OUTAGE_KINDS, 'field.notInList'),
  startDate: requiredDate,
  endDate: optionalDate,
  note: optionalText(200),
  /** Confirms the warnings: bookings in the period are then cancelled. */
  acceptWarnings: z.boolean().default(false),
})

export const outageCancelInput = z.strictObject({ id, reason: optionalText(200) })

export const layoutInput = z.strictObject({
  floorId: id,
  units: z.array(z.strictObject({ id, x: gridCell, y: gridCell, w: gridSize, h: gridSize })).max(2000),
})

export const planInput = z.strictObject({ floorId: id, date: requiredDate })

export const spaceSettingsInput = z.strictObject({
  bufferMinutes: z
    .number()
    .int('field.wholeNumber')
    .min(0, 'space.bufferRange')
    .max(240, 'space.bufferRange'),
  openFrom: clockTime,
  openUntil: clockTime,
  closedWeekdays: z
    .array(z.number().int().min(0).max(6))
    .max(7)
    .transform((d) => [...new Set(d)].sort()),
  closedDates: z
    .array(z.string().refine(isRealDate, 'field.date'))
    .max(400)
    .transform((d) => [...new Set(d)].sort()),
  referenceRentFen: z.number().int('space.rentFen').min(0, 'space.rentFen').max(100_000, 'space.rentFen'),
})

export const allocationListInput = z.strictObject({
  ...pageInput,
  unitId: id.optional(),
  organizationId: id.optional(),
  /** Only allocations whose end lies within this many days from today (and not before today). */
  endingWithinDays: z.number().int().min(0).max(366).optional(),
  activeOn: z.string().refine(isRealDate, 'field.date').optional(),
  includeCancelled: z.boolean().default(false),
})

export const allocationCreateInput = z.strictObject({
  unitId: id,
  organizationId: id,
  /** Both default to the organisation's 入驻协议. */
  startDate: optionalDate,
  endDate: optionalDate,
  note: optionalText(200),
})

export const allocationChangeInput = z.strictObject({ id, endDate: requiredDate, note: optionalText(200) })
export const allocationCancelInput = z.strictObject({ id, reason: requiredText(200) })
export const allocationEndAllInput = z.strictObject({
  organizationId: id,
  endDate: requiredDate,
  note: optionalText(200),
})

const bookingRange = {
  from: z.string().refine(isRealDate, 'field.date'),
  to: z.string().refine(isRealDate, 'field.date'),
}
export const bookingListInput = z.strictObject({ ...bookingRange, unitIds: z.array(id).max(1000).optional() })

const bookingFields = {
  unitId: id,
  startTime: clockTime,
  endTime: clockTime,
  bookerKind: z.enum(BOOKER_KINDS, 'field.notInList'),
  organizationId: id.nullish().transform((v) => v ?? null),
  bookerName: requiredText(30),
  title: requiredText(60),
  attendees: z
    .number()
    .int('field.wholeNumber')
    .min(1, 'space.attendeesRange')
    .max(10_000, 'space.attendeesRange'),
  acceptWarnings: z.boolean().default(false),
}
export const bookingCreateInput = z.strictObject({ ...bookingFields, date: requiredDate })

/** A weekly series: every week on the weekday of `fromDate`, up to `toDate`. */
export const bookingSeriesInput = z.strictObject({
  ...bookingFields,
  fromDate: requiredDate,
  toDate: requiredDate,
})
export const bookingSeriesPreviewInput = z.strictObject({
  unitId: id,
  startTime: clockTime,
  endTime: clockTime,
  fromDate: requiredDate,
  toDate: requiredDate,
})
export const bookingCancelInput = z.strictObject({ id, reason: optionalText(200) })
export const bookingCancelRangeInput = z.strictObject({
  seriesId: id,
  fromDate: requiredDate,
  toDate: requiredDate,
  reason: optionalText(200),
})

export const dateInput = z.strictObject({ date: requiredDate })
export const yearInput = z.strictObject({ year: z.number().int().min(2000).max(2100) })

// ---- 陪伴指导 ----

/** The largest attachment: 10 MB (the loopback transport accepts a request of 16 MB). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024

const dimensions = z
  .array(z.enum(COACHING_DIMENSIONS, 'field.notInList'))
  .min(1, 'coaching.dimensionsRequired')
  .max(COACHING_DIMENSIONS.length)
  .transform((d) => COACHING_DIMENSIONS.filter((x) => d.includes(x)))
const hours = (max: number) =>
  z
    .number('field.positiveNumber')
    .min(0, 'coaching.hoursRange')
    .max(max, 'coaching.hoursRange')
    .refine((v) => Number.isInteger(v * 2), 'coaching.halfHours')

export const mentorListInput = z.strictObject({
  ...pageInput,
  search: optionalText(50),
  kind: z.enum(MENTOR_KINDS).optional(),
  dimension: z.enum(COACHING_DIMENSIONS).optional(),
  includeInactive: z.boolean().default(false),
})

export const mentorSaveInput = z.strictObject({
  id: id.optional(),
  name: requiredText(30),
  kind: z.enum(MENTOR_KINDS, 'field.notInList'),
  phone: optionalText(30),
  affiliation: optionalText(60),
  dimensions,
  serviceAreas: z
    .array(z.enum(SERVICE_AREAS, 'field.notInList'))
    .max(SERVICE_AREAS.length)
    .transform((a) => [...new Set(a)]),
  monthlyCapacityHours: hours(300),
  active: z.boolean().default(true),
  accountId: id.nullish().transform((v) => v ?? null),
  note: optionalText(500),
  acceptWarnings,
})

export const pairingListInput = z.strictObject({
  mentorId: id.optional(),
  organizationId: id.optional(),
  includeEnded: z.boolean().default(true),
})

export const pairingCreateInput = z.strictObject({
  mentorId: id,
  organizationId: id,
  dimensions,
  startDate: requiredDate,
  endDate: optionalDate,
  monthlyHours: hours(300),
  note: optionalText(200),
  acceptWarnings,
})
export const pairingEndInput = z.strictObject({ id, endDate: requiredDate })

export const goalSaveInput = z.strictObject({
  id: id.optional(),
  organizationId: id,
  dimension: z.enum(COACHING_DIMENSIONS, 'field.notInList'),
  title: requiredText(100),
  targetDate: requiredDate,
  status: z.enum(GOAL_STATUSES, 'field.notInList').default('not_started'),
  progress: z
    .number()
    .int('field.wholeNumber')
    .min(0, 'coaching.progressRange')
    .max(100, 'coaching.progressRange'),
  note: optionalText(500),
})
export const organizationIdInput = z.strictObject({ organizationId: id })

export const sessionListInput = z.strictObject({
  ...pageInput,
  organizationId: id.optional(),
  mentorId: id.optional(),
  from: z.string().refine(isRealDate, 'field.date').optional(),
  to: z.string().refine(isRealDate, 'field.date').optional(),
  dimension: z.enum(COACHING_DIMENSIONS).optional(),
  mode: z.enum(COACHING_MODES).optional(),
  search: optionalText(50),
  includeArchived: z.boolean().default(false),
})

const actionItemDraft = z.strictObject({
  title: requiredText(100),
  owner: z.enum(ACTION_OWNERS, 'field.notInList'),
  dueDate: requiredDate,
})

const sessionFields = {
  organizationId: id,
  mentorId: id,
  date: requiredDate,
  startTime: clockTime,
  endTime: clockTime,
  mode: z.enum(COACHING_MODES, 'field.notInList'),
  dimensions,
  topics: requiredText(200),
  workDone: requiredText(2000),
  problems: optionalText(2000),
  advice: optionalText(2000),
  feedbackScore: z
    .number()
    .int('coaching.scoreRange')
    .min(1, 'coaching.scoreRange')
    .max(5, 'coaching.scoreRange')
    .nullish()
    .transform((v) => v ?? null),
  feedbackComment: optionalText(500),
}
export const sessionCreateInput = z.strictObject({
  ...sessionFields,
  actionItems: z.array(actionItemDraft).max(20).default([]),
  acceptWarnings,
})
export const sessionUpdateInput = z.strictObject({ ...sessionFields, id, acceptWarnings })
export const sessionArchiveInput = z.strictObject({ id, reason: requiredText(200) })
export const sessionFeedbackInput = z.strictObject({
  id,
  feedbackScore: z
    .number()
    .int('coaching.scoreRange')
    .min(1, 'coaching.scoreRange')
    .max(5, 'coaching.scoreRange'),
  feedbackComment: optionalText(500),
})

export const attachmentAddInput = z.strictObject({
  sessionId: id,
  fileName: requiredText(200).refine(
    (n) => !/[\\/]/.test(n) && !n.includes(String.fromCharCode(0)),
    'coaching.fileName',
  ),
  /** The file's bytes in base64. */
  contentBase64: z
    .string()
    .min(1, 'coaching.fileEmpty')
    .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, 'coaching.fileTooLarge'),
})

export const actionItemListInput = z.strictObject({
  ...pageInput,
  status: z.enum(['overdue', 'open', 'done', 'cancelled', 'all']).default('overdue'),
  mentorId: id.optional(),
  organizationId: id.optional(),
  owner: z.enum(ACTION_OWNERS).optional(),
})
export const actionItemAddInput = actionItemDraft.extend({ sessionId: id })
export const actionItemCloseInput = z.strictObject({
  id,
  outcome: z.enum(['done', 'cancelled']).default('done'),
  note: optionalText(200),
})

export const assessmentCreateInput = z.strictObject({
  organizationId: id,
  date: requiredDate,
  occasion: z.enum(ASSESSMENT_OCCASIONS, 'field.notInList'),
  stage: z
    .enum(STAGES, 'field.notInList')
    .nullish()
    .transform((v) => v ?? null),
  scores: z
    .array(
      z.strictObject({
        dimension: z.enum(COACHING_DIMENSIONS, 'field.notInList'),
        score: z
          .number()
          .int('coaching.scoreRange')
          .min(1, 'coaching.scoreRange')
          .max(5, 'coaching.scoreRange'),
        note: optionalText(300),
      }),
    )
    .max(COACHING_DIMENSIONS.length),
  sessionIds: z.array(id).max(50).default([]),
  note: optionalText(500),
})
export const assessmentArchiveInput = z.strictObject({ id, reason: requiredText(200) })

export const mentoringStatsInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  mentorId: id.optional(),
})
export const inactiveInput = z.strictObject({
  days: z
    .number()
    .int('field.wholeNumber')
    .min(1, 'coaching.daysRange')
    .max(3650, 'coaching.daysRange')
    .optional(),
})
export const mentoringSettingsInput = z.strictObject({
  inactiveDays: z
    .number()
    .int('field.wholeNumber')
    .min(1, 'coaching.daysRange')
    .max(3650, 'coaching.daysRange'),
})

export const mentoringExportInput = z.strictObject({
  table: z.enum(MENTORING_EXPORTS),
  year: z.number().int().min(2000).max(2100).optional(),
  days: z.number().int().min(1).max(3650).optional(),
  status: z.enum(['overdue', 'open', 'done', 'cancelled', 'all']).optional(),
  mentorId: id.optional(),
  organizationId: id.optional(),
  from: z.string().refine(isRealDate, 'field.date').optional(),
  to: z.string().refine(isRealDate, 'field.date').optional(),
  dimension: z.enum(COACHING_DIMENSIONS).optional(),
  mode: z.enum(COACHING_MODES).optional(),
  search: optionalText(50),
  /** The 导师 list's filters: kind, and whether inactive mentors are shown (by default only active ones, as the list). */
  kind: z.enum(MENTOR_KINDS).optional(),
  includeInactive: z.boolean().default(false),
  /** The 辅导记录 list's filter: archived sessions too. */
  includeArchived: z.boolean().default(false),
  /** Column headings, sheet title and enum words in the user's language, by key (`heading.date`, `dimension.capacity`). */
  labels: z.record(z.string().max(60), z.string().max(100)).default({}),
})

const meetingKinds = z
  .array(z.enum(MEETING_KINDS, 'field.notInList'))
  .min(1, 'meeting.kindsRequired')
  .max(MEETING_KINDS.length)
  .transform((k) => MEETING_KINDS.filter((x) => k.includes(x)))
const voteCount = z
  .number('field.wholeNumber')
  .int('field.wholeNumber')
  .min(0, 'meeting.voteRange')
  .max(100_000, 'meeting.voteRange')

/** One member on the expected list (应到): present, or absent with a reason. */
const meetingAttendance = z.strictObject({
  memberId: id,
  present: z.boolean(),
  absenceReason: optionalText(100),
})

/** 列席: 入党积极分子, 观察员 (non-members, e.g. a resident organisation's head) or another guest. */
const meetingAttendee = z.strictObject({
  kind: z.enum(ATTENDEE_KINDS, 'field.notInList'),
  name: requiredText(30),
  organization: optionalText(60),
  note: optionalText(100),
})

const meetingResolution = z.strictObject({
  title: requiredText(200),
  yes: voteCount,
  no: voteCount,
  abstain: voteCount,
})

const meetingFields = {
  kinds: meetingKinds,
  date: requiredDate,
  startTime: clockTime,
  endTime: clockTime,
  /** A bookable room of 空间管理 (saving books it), or else `place` as free text. */
  unitId: id.nullish().transform((v) => v ?? null),
  place: optionalText(60),
  /** 党小组 of a 党小组会. */
  groupId: id.nullish().transform((v) => v ?? null),
  chairId: id,
  recorderId: id,
  title: requiredText(100),
  agenda: optionalText(2000),
  /** 发言摘要 */
  speeches: optionalText(20_000),
  attendance: z.array(meetingAttendance).max(20_000),
  attendees: z.array(meetingAttendee).max(200).default([]),
  resolutions: z.array(meetingResolution).max(50).default([]),
  /** 民主评议党员 grades, when that kind is recorded; optional. */
  reviews: z
    .array(z.strictObject({ memberId: id, grade: z.enum(REVIEW_GRADES, 'field.notInList') }))
    .max(20_000)
    .default([]),
}

export const meetingCreateInput = z.strictObject(meetingFields)
export const meetingUpdateInput = z.strictObject({ id, ...meetingFields })
export const meetingArchiveInput = z.strictObject({ id, reason: requiredText(200) })

export const meetingListInput = z.strictObject({
  ...pageInput,
  year: z.number().int().min(2000).max(2100).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  includeArchived: z.boolean().default(false),
})

/** The expected list (应到) a meeting of these kinds on `date` would have; `meetingId` keeps a saved one's list. */
export const meetingExpectedInput = z.strictObject({
  date: requiredDate,
  kinds: meetingKinds,
  groupId: id.nullish().transform((v) => v ?? null),
  meetingId: id.optional(),
})

export const meetingExportInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** Column headings, sheet title and enum words in the user's language, by key. */
  labels: z.record(z.string().max(60), z.string().max(100)).default({}),
})
import { DEVELOPMENT_STAGES } from './enums'

export const developmentListInput = z.strictObject({
  ...pageInput,
  stage: z.enum(DEVELOPMENT_STAGES, 'field.notInList').optional(),
  search: optionalText(50),
})

/** The person and the steps that do not change the stage (those go through advance, approve, …). */
const developmentFields = {
  name: requiredText(30),
  gender: z.enum(GENDERS, 'field.notInList'),
  birthDate: requiredDate,
  organizationId: id.nullish().transform((v) => v ?? null),
  post: optionalText(30),
  phone: optionalText(30),
  /** 递交入党申请书 */
  appliedOn: requiredDate,
  /** 谈话 */
  interviewedOn: optionalDate,
  /** 短期集中培训: days and class hours, and the day it ended. */
  trainingDays: z
    .number('field.wholeNumber')
    .int('field.wholeNumber')
    .min(0, 'development.trainingRange')
    .max(60, 'development.trainingRange')
    .nullish()
    .transform((v) => v ?? null),
  trainingHours: z
    .number('field.wholeNumber')
    .int('field.wholeNumber')
    .min(0, 'development.trainingRange')
    .max(500, 'development.trainingRange')
    .nullish()
    .transform((v) => v ?? null),
  trainedOn: optionalDate,
  note: optionalText(500),
}

export const developmentCreateInput = z.strictObject({ ...developmentFields, idNumber: requiredText(30) })

/** `idNumber` left out (or null) keeps the stored one: the form never sees it unmasked. */
export const developmentUpdateInput = z.strictObject({
  id,
  ...developmentFields,
  idNumber: optionalText(30),
})

/** To the next stage on `date`: 入党积极分子, 发展对象, 预备党员 (支部大会接收) or 正式党员 (支部大会讨论转正). */
export const developmentAdvanceInput = z.strictObject({
  id,
  stage: z.enum(['activist', 'candidate', 'probationary', 'full'], 'field.notInList'),
  date: requiredDate,
})

/** 上级党委审批 of an admission. */
export const developmentApproveInput = z.strictObject({ id, date: requiredDate })

export const developmentReviewInput = z.strictObject({
  id,
  reviewedOn: requiredDate,
  note: requiredText(500),
})

/** The 入党介绍人 from now on (at most two); one left out is replaced, the row kept. */
export const developmentSponsorsInput = z.strictObject({
  id,
  sponsors: z
    .array(z.strictObject({ memberId: id, namedOn: requiredDate }))
    .max(2, 'development.sponsorsTooMany'),
})

export const developmentExtendInput = z.strictObject({
  id,
  months: z
    .number('field.wholeNumber')
    .int('field.wholeNumber')
    .min(6, 'development.extensionRange')
    .max(12, 'development.extensionRange'),
  decidedOn: requiredDate,
  reason: requiredText(200),
})

/** 取消资格 (of an 入党积极分子, 发展对象 or 预备党员) on `date`. */
export const developmentDisqualifyInput = z.strictObject({
  id,
  date: requiredDate,
  reason: requiredText(200),
})

export const developmentArchiveInput = z.strictObject({ id, reason: requiredText(200) })

export const developmentUpcomingInput = z.strictObject({
  days: z
    .number()
    .int('field.wholeNumber')
    .min(1, 'development.daysRange')
    .max(366, 'development.daysRange')
    .default(30),
})
// The imports of this section (ES imports are hoisted; kept here so the shared head of the file stays untouched).
import { DUES_KINDS as DUES_KIND_LIST } from './enums'
import { MAX_BASE_FEN, MAX_PAYMENT_MONTHS, isMonth } from './dues'

/** `YYYY-MM`, from 2000 to 2100. */
const duesMonth = z
  .string()
  .trim()
  .min(1, 'field.required')
  .refine((v) => isMonth(v) && v >= '2000-01' && v <= '2100-12', 'dues.monthFormat')

/** A monthly base in 分 (the form converts 元 with shared/dues.ts `yuanToFen`). */
const baseFen = z
  .number('dues.baseRange')
  .int('dues.baseRange')
  .min(1, 'dues.baseRange')
  .max(MAX_BASE_FEN, 'dues.baseRange')

export const duesYearInput = z.strictObject({ year: z.number().int().min(2000).max(2100) })
export const duesMemberInput = z.strictObject({ memberId: id })

const duesBaseFields = {
  fromMonth: duesMonth,
  kind: z.enum(DUES_KIND_LIST, 'field.notInList'),
  /** Required for 在职 and 离退休 (checked by the handler so the message names the category); none otherwise. */
  baseFen: baseFen.nullish().transform((v) => v ?? null),
}

/** A new base for a member from a month on (a raise, retirement …). */
export const duesBaseSaveInput = z.strictObject({
  memberId: id,
  ...duesBaseFields,
  note: optionalText(200),
})

/** 更正: the base `id` is archived with the reason and replaced by these values. */
export const duesBaseCorrectInput = z.strictObject({ id, ...duesBaseFields, reason: requiredText(200) })

/** 登记缴纳 for the months `fromMonth` to `toMonth`; each month's computed amount unless overridden. */
export const duesPayInput = z.strictObject({
  memberId: id,
  fromMonth: duesMonth,
  toMonth: duesMonth,
  paidOn: requiredDate,
  overrides: z
    .array(
      z.strictObject({
        month: duesMonth,
        amountFen: z
          .number('dues.amountRange')
          .int('dues.amountRange')
          .min(0, 'dues.amountRange')
          .max(MAX_BASE_FEN, 'dues.amountRange'),
      }),
    )
    .max(MAX_PAYMENT_MONTHS)
    .default([]),
  overrideReason: optionalText(200),
  note: optionalText(200),
  acceptWarnings,
})

/** 冲正: a payment entered by mistake is archived with the reason; the month is unpaid again. */
export const duesPaymentArchiveInput = z.strictObject({ id, reason: requiredText(200) })

/** 导出党费台账 of a year; headings and words in the user's language by key (`heading.name`, `state.paid`). */
export const duesExportInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  labels: z.record(z.string().max(60), z.string().max(100)).default({}),
})
export const branchSaveInput = z.strictObject({
  name: requiredText(60),
  kind: z.enum(BRANCH_KINDS, 'field.notInList'),
  foundedOn: optionalDate,
  superior: optionalText(60),
  note: optionalText(500),
})

export const groupSaveInput = z.strictObject({
  id: id.optional(),
  name: requiredText(30),
  leaderId: id.nullish().transform((v) => v ?? null),
  note: optionalText(200),
})

export const groupArchiveInput = z.strictObject({ id, reason: requiredText(200) })

const postInput = z.strictObject({
  memberId: id,
  role: z.enum(COMMITTEE_ROLES, 'field.notInList'),
})

/** 换届: a new term from `startDate`, with its committee (or secretary) posts. */
export const termCreateInput = z.strictObject({
  startDate: requiredDate,
  hasCommittee: z.boolean(),
  posts: z.array(postInput).min(1, 'branch.postsRequired').max(9, 'branch.postsRequired'),
  note: optionalText(200),
})

/** 补选: one more post in a term, from a date. */
export const postAddInput = z.strictObject({
  termId: id,
  memberId: id,
  role: z.enum(COMMITTEE_ROLES, 'field.notInList'),
  startDate: requiredDate,
})

export const postEndInput = z.strictObject({ id, endDate: requiredDate })

export const termArchiveInput = z.strictObject({ id, reason: requiredText(200) })

const meetingMinimum = z.strictObject({
  period: z.enum(COMPLIANCE_PERIODS, 'field.notInList'),
  count: z.number().int('field.wholeNumber').min(0, 'branch.minimumRange').max(31, 'branch.minimumRange'),
})

export const branchSettingsInput = z.strictObject({
  termYears: z
    .number()
    .int('field.wholeNumber')
    .min(1, 'branch.termYearsRange')
    .max(5, 'branch.termYearsRange'),
  meetingMinimums: z.strictObject(
    Object.fromEntries(MEETING_KINDS.map((k) => [k, meetingMinimum])) as Record<
      (typeof MEETING_KINDS)[number],
      typeof meetingMinimum
    >,
  ),
  flatDuesFen: z
    .number()
    .int('field.wholeNumber')
    .min(1, 'branch.flatDuesRange')
    .max(100, 'branch.flatDuesRange'),
  farmerDuesFen: z
    .number()
    .int('field.wholeNumber')
    .min(20, 'branch.farmerDuesRange')
    .max(100, 'branch.farmerDuesRange'),
  duesRounding: z.enum(['half_up', 'down'], 'field.notInList'),
})

/** 导出党员名册: masked, unless full numbers are asked for (needs 查看完整身份证号码; audited either way). */
export const memberExportInput = z.strictObject({
  scope: z.enum(ROSTER_SCOPES, 'field.notInList').default('current'),
  asOf: optionalDate,
  revealIdNumbers: z.boolean().default(false),
  labels: z.record(z.string().max(60), z.string().max(100)).default({}),
})

// 党建覆盖 of one organisation: its 党组织状态 over time, 党建指导员/联络员, Party members working there; and the
// 双向进入、交叉任职 and 党建指导员 views across the residents.
import { PARTY_CONTACT_ROLES, PARTY_ORG_STATUSES } from './enums'

const exportLabels = z.record(z.string().max(60), z.string().max(100)).default({})

/** The organisation's 党建 card on a date (default today). */
export const partyOrgInput = z.strictObject({ organizationId: id, date: optionalDate })

/** A new status from `startDate`; it holds until the next one. */
export const partyStatusSetInput = z.strictObject({
  organizationId: id,
  status: z.enum(PARTY_ORG_STATUSES, 'field.notInList'),
  startDate: requiredDate,
  /** The covering branch's name: its own (单独组建), the joint one, the one that covers it (兜底/兼合式). */
  coveringBranch: optionalText(60),
  /** 兜底/兼合式 by the base's own branch: the covering branch is the base branch. */
  byBaseBranch: z.boolean().default(false),
  note: optionalText(200),
  acceptWarnings,
})

export const partyArchiveInput = z.strictObject({ id, reason: requiredText(200) })

export const partyContactAddInput = z.strictObject({
  organizationId: id,
  role: z.enum(PARTY_CONTACT_ROLES, 'field.notInList'),
  /** A mentor (导师); a 联络员 may instead be a person named here. */
  mentorId: id.nullish().transform((v) => v ?? null),
  personName: optionalText(30),
  phone: optionalText(30),
  startDate: requiredDate,
  endDate: optionalDate,
  note: optionalText(200),
})

export const partyEndInput = z.strictObject({ id, endDate: requiredDate })

/** A Party member working in the organisation whose membership (组织关系) is elsewhere. */
export const partyMemberSaveInput = z.strictObject({
  id: id.optional(),
  organizationId: id,
  name: requiredText(30),
  gender: z
    .enum(GENDERS, 'field.notInList')
    .nullish()
    .transform((v) => v ?? null),
  category: z.enum(MEMBER_CATEGORIES, 'field.notInList'),
  /** 转正日期 (正式 only). */
  fullOn: optionalDate,
  post: optionalText(30),
  managementPost: z.boolean().default(false),
  /** 组织关系所在党组织. */
  membershipPlace: optionalText(60),
  phone: optionalText(30),
  startDate: requiredDate,
  endDate: optionalDate,
  note: optionalText(200),
  acceptWarnings,
})

export const partyMemberGetInput = z.strictObject({ id })

/** 双向进入、交叉任职 on a date (default today). */
export const crossPostsInput = z.strictObject({ date: optionalDate })

/** The three lists of 双向进入、交叉任职 as one workbook (a sheet each); headings in the user's language. */
export const crossPostsExportInput = z.strictObject({ date: optionalDate, labels: exportLabels })

/** 党建指导员 and 联络员 with the organisations they serve on a date (default today). */
export const instructorsInput = z.strictObject({ date: optionalDate })
// 年检, 等级评估, 税前扣除资格 and 荣誉 of the resident organisations. A save without `id` adds a record.
import { HONOUR_LEVELS, HONOUR_RECIPIENTS } from './enums'
import { RATINGS_OVERVIEW_FLAGS } from './orgRecords'

const recordExportLabels = z.record(z.string().max(60), z.string().max(200)).default({})
const nullableId = id.nullish().transform((v) => v ?? null)

export const inspectionSaveInput = z.strictObject({
  id: id.optional(),
  organizationId: id,
  /** 年度 */
  year: z
    .number('orgRecords.yearRange')
    .int('orgRecords.yearRange')
    .min(1990, 'orgRecords.yearRange')
    .max(2200, 'orgRecords.yearRange'),
  /** A label of the 年检 results in 系统设置. */
  result: requiredText(20),
  concludedOn: optionalDate,
  partyWorkChecked: z.boolean().default(false),
  note: optionalText(500),
})

export const ratingSaveInput = z.strictObject({
  id: id.optional(),
  organizationId: id,
  grade: z
    .number('orgRecords.gradeRange')
    .int('orgRecords.gradeRange')
    .min(1, 'orgRecords.gradeRange')
    .max(5, 'orgRecords.gradeRange'),
  ratedOn: requiredDate,
  /** 评估得分 × 10 (86.5 → 865). */
  scoreTenths: z
    .number('orgRecords.scoreRange')
    .int('orgRecords.scoreRange')
    .min(0, 'orgRecords.scoreRange')
    .max(10_000, 'orgRecords.scoreRange')
    .nullish()
    .transform((v) => v ?? null),
  ratedBy: optionalText(60),
  documentNo: optionalText(60),
  partyBuildingAssessed: z.boolean().default(false),
  note: optionalText(500),
  acceptWarnings,
})

export const taxQualificationSaveInput = z.strictObject({
  id: id.optional(),
  organizationId: id,
  grantedOn: requiredDate,
  documentNo: optionalText(60),
  note: optionalText(500),
})

export const orgRecordArchiveInput = z.strictObject({ id, reason: requiredText(200) })

const honourFilters = {
  year: z.number().int().min(1990).max(2200).optional(),
  level: z.enum(HONOUR_LEVELS, 'field.notInList').optional(),
  recipientKind: z.enum(HONOUR_RECIPIENTS, 'field.notInList').optional(),
  organizationId: id.optional(),
  /** 创先争优 only (true) or none of them (false). */
  partyRelated: z.boolean().optional(),
  search: optionalText(50),
}
export const honourListInput = z.strictObject({ ...pageInput, ...honourFilters })
export const honourExportInput = z.strictObject({ ...honourFilters, labels: recordExportLabels })

export const honourSaveInput = z.strictObject({
  id: id.optional(),
  title: requiredText(60),
  level: z.enum(HONOUR_LEVELS, 'field.notInList'),
  awardedOn: requiredDate,
  awardedBy: optionalText(60),
  recipientKind: z.enum(HONOUR_RECIPIENTS, 'field.notInList'),
  /** The organisation honoured, or the person's organisation (optional for a person). */
  organizationId: nullableId,
  personName: optionalText(30),
  /** The person on the base's roster (needs 查看党员名册). */
  memberId: nullableId,
  /** 创先争优; left out, it follows the title (先进基层党组织, 优秀共产党员, 优秀党务工作者). */
  partyRelated: z.boolean().optional(),
  note: optionalText(500),
})

const overviewFilters = {
  flag: z.enum(RATINGS_OVERVIEW_FLAGS, 'field.notInList').optional(),
  search: optionalText(100),
  sortBy: z.enum(['name', 'validUntil'], 'field.notInList').default('name'),
}
export const ratingsOverviewInput = z.strictObject({ ...pageInput, ...overviewFilters })
export const ratingsOverviewExportInput = z.strictObject({ ...overviewFilters, labels: recordExportLabels })
// Aliased: the other sections of this file import from './enums' too.
import {
  PARTY_ORG_STATUSES as SIX_SYNC_PARTY_STATUSES,
  SIX_SYNC_STATUSES as SIX_SYNC_ITEM_STATUSES,
} from './enums'
import { SIX_SYNC_ITEMS } from './sixSync'

const sixSyncYear = z.number().int().min(2000).max(2100)
const sixSyncItem = z.literal(SIX_SYNC_ITEMS, 'field.notInList')
const sixSyncStatus = z.enum(SIX_SYNC_ITEM_STATUSES, 'field.notInList')

/** The 两关六同步 checklist of one organisation for one year. */
export const sixSyncGetInput = z.strictObject({ organizationId: id, year: sixSyncYear })

/** Sets one item by hand; it supersedes the live entry (or the prefill). */
export const sixSyncSetInput = z.strictObject({
  organizationId: id,
  year: sixSyncYear,
  item: sixSyncItem,
  status: sixSyncStatus,
  date: optionalDate,
  note: optionalText(200),
})

/** 恢复自动: the item shows the prefill again; the entry stays, superseded. */
export const sixSyncResetInput = z.strictObject({ organizationId: id, year: sixSyncYear, item: sixSyncItem })

const sixSyncFilters = {
  year: sixSyncYear,
  search: optionalText(100),
  partyStatus: z
    .enum(SIX_SYNC_PARTY_STATUSES, 'field.notInList')
    .nullish()
    .transform((v) => v ?? null),
  item: sixSyncItem.nullish().transform((v) => v ?? null),
  itemStatus: sixSyncStatus.nullish().transform((v) => v ?? null),
  onlyIncomplete: z.boolean().default(false),
}

/** The year's matrix: organisations × the six items, filtered and paged in the core. */
export const sixSyncMatrixInput = z.strictObject({ ...sixSyncFilters, ...pageInput })

/** The matrix to Excel: every matching row; words in the user's language by key. */
export const sixSyncExportInput = z.strictObject({
  ...sixSyncFilters,
  labels: z.record(z.string().max(60), z.string().max(200)).default({}),
})
import { COVERAGE_BUCKETS } from './coverage'
import { COVERAGE_DENOMINATORS, INSPECTION_GRADES } from './enums'

/** 覆盖率 on a date (today when left out). */
export const coverageRatesInput = z.strictObject({ date: optionalDate })

/** The organisations behind one figure of the coverage page. */
export const coverageOrganizationsInput = z.strictObject({
  ...pageInput,
  date: optionalDate,
  bucket: z.enum(COVERAGE_BUCKETS, 'field.notInList'),
  search: optionalText(60),
})

export const coverageExportInput = z.strictObject({
  date: optionalDate,
  labels: z.record(z.string().max(60), z.string().max(100)).default({}),
})

/** 党建覆盖 rules: the rates' denominator and the 年检 results (labels unique; every meaning kept at least once). */
export const coverageSettingsInput = z
  .strictObject({
    denominator: z.enum(COVERAGE_DENOMINATORS, 'field.notInList'),
    inspectionResults: z
      .array(
        z.strictObject({
          label: requiredText(12),
          grade: z.enum(INSPECTION_GRADES, 'field.notInList'),
        }),
      )
      .min(1, 'coverageRules.resultsEmpty')
      .max(10, 'coverageRules.resultsTooMany'),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>()
    value.inspectionResults.forEach((r, i) => {
      if (seen.has(r.label))
        ctx.addIssue({
          code: 'custom',
          message: 'coverageRules.resultDuplicate',
          path: ['inspectionResults', i, 'label'],
        })
      seen.add(r.label)
    })
    for (const grade of INSPECTION_GRADES) {
      if (!value.inspectionResults.some((r) => r.grade === grade))
        ctx.addIssue({
          code: 'custom',
          message: `coverageRules.${grade}ResultMissing`,
          path: ['inspectionResults'],
        })
    }
  })

// 服务项目 / 品牌 (issue 8). Aliased: the other sections of this file import from './enums' too.
import { BRAND_STAGES as SP_BRAND_STAGES, SERVICE_UNITS as SP_SERVICE_UNITS } from './enums'
import { serviceProjectDraftProblems } from './serviceProjects'

/** A count of people or services: a whole number, 0 or more, or left empty. */
const serviceProjectCount = z
  .number('serviceProject.countWhole')
  .int('serviceProject.countWhole')
  .min(0, 'serviceProject.countNegative')
  .max(100_000_000, 'serviceProject.countTooLarge')
  .nullish()
  .transform((v) => v ?? null)

const serviceProjectFilters = {
  organizationId: id.optional(),
  category: z.enum(SERVICE_AREAS, 'field.notInList').optional(),
  brandStage: z.enum(SP_BRAND_STAGES, 'field.notInList').optional(),
  /** Only projects with a brand name (true) or only those without (false). */
  hasBrand: z.boolean().optional(),
  /** Projects running at some time in that year. */
  year: z.number().int().min(1990).max(2200).optional(),
  /** In the project's name, its brand or its organisation's name. */
  search: optionalText(60),
  includeArchived: z.boolean().default(false),
  sortBy: z.enum(['startDate', 'name'], 'field.notInList').default('startDate'),
}
export const serviceProjectListInput = z.strictObject({ ...pageInput, ...serviceProjectFilters })
export const serviceProjectExportInput = z.strictObject({
  ...serviceProjectFilters,
  labels: z.record(z.string().max(60), z.string().max(200)).default({}),
})

/** 新增 (no id) or 修改 a service project. */
export const serviceProjectSaveInput = z
  .strictObject({
    id: id.optional(),
    organizationId: z
      .number('serviceProject.organizationRequired')
      .int('serviceProject.organizationRequired')
      .positive('serviceProject.organizationRequired'),
    name: requiredText(60),
    category: z.enum(SERVICE_AREAS, 'serviceProject.categoryRequired'),
    startDate: requiredDate,
    endDate: optionalDate,
    place: optionalText(100),
    beneficiaryCount: serviceProjectCount,
    beneficiaryKind: optionalText(30),
    serviceCount: serviceProjectCount,
    serviceUnit: z.enum(SP_SERVICE_UNITS, 'field.notInList').default('session'),
    brandName: optionalText(30),
    brandStage: z
      .enum(SP_BRAND_STAGES, 'field.notInList')
      .nullish()
      .transform((v) => v ?? null),
    outcomes: optionalText(1000),
    description: optionalText(2000),
  })
  // Checked even when another field is wrong, so the form shows every problem at once.
  .superRefine(
    (draft, ctx) => {
      for (const [path, message] of Object.entries(serviceProjectDraftProblems(draft)))
        ctx.addIssue({ code: 'custom', message, path: [path] })
    },
    { when: () => true },
  )
export const serviceProjectArchiveInput = z.strictObject({ id, reason: requiredText(200) })

export const serviceProjectAttachmentAddInput = z.strictObject({
  projectId: id,
  fileName: requiredText(200).refine(
    (n) => !/[\\/]/.test(n) && !n.includes(String.fromCharCode(0)),
    'serviceProject.fileName',
  ),
  /** The file's bytes in base64. */
  contentBase64: z
    .string()
    .min(1, 'serviceProject.fileEmpty')
    .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, 'serviceProject.fileTooLarge'),
})
import {
  EVALUATION_KINDS,
  EVALUATION_RESULTS,
  FUND_SOURCE_KINDS,
  SERVICE_AREAS as VENTURE_CATEGORIES,
  TRANCHE_TRIGGERS,
  VENTURE_STAGES,
} from './enums'
import { MAX_GRANT_FEN, MAX_TRANCHES } from './venture'

const ventureTranches = z
  .array(
    z.strictObject({
      /** 比例 in basis points (60% → 6000). */
      percentBp: z
        .number()
        .int('venture.planInvalid')
        .min(1, 'venture.planInvalid')
        .max(10_000, 'venture.planInvalid'),
      trigger: z.enum(TRANCHE_TRIGGERS, 'field.notInList'),
    }),
  )
  .min(1, 'venture.planInvalid')
  .max(MAX_TRANCHES, 'venture.planInvalid')

export const ventureRoundSaveInput = z.strictObject({
  id: id.optional(),
  name: requiredText(60),
  year: z
    .number('field.wholeNumber')
    .int('field.wholeNumber')
    .min(1990, 'field.invalid')
    .max(2200, 'field.invalid'),
  sourceKind: z.enum(FUND_SOURCE_KINDS, 'field.notInList').default('welfare_lottery'),
  /** Default tranche plan of its projects: `60/40`, `50/30/20`. */
  tranchePlan: requiredText(40),
  budgetFen: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .nullish()
    .transform((v) => v ?? null),
  note: optionalText(500),
})

const ventureFilters = {
  roundId: id.optional(),
  stage: z.enum(VENTURE_STAGES, 'field.notInList').optional(),
  organizationId: id.optional(),
  search: optionalText(50),
  includeArchived: z.boolean().default(false),
}
export const ventureProjectListInput = z.strictObject({
  ...pageInput,
  ...ventureFilters,
  /** Only projects with a tranche waiting for its evaluation (拨付待评估). */
  awaitingEvaluation: z.boolean().optional(),
})
export const ventureExportInput = z.strictObject({
  roundId: id,
  labels: z.record(z.string().max(60), z.string().max(200)).default({}),
})

export const ventureProjectSaveInput = z.strictObject({
  id: id.optional(),
  roundId: id,
  organizationId: id,
  serviceProjectId: id.nullish().transform((v) => v ?? null),
  title: requiredText(80),
  category: z.enum(VENTURE_CATEGORIES, 'field.notInList'),
  /** 资助金额 in 分 (typed in 元, converted with shared/money.ts `yuanToFen`). */
  grantFen: z
    .number()
    .int('field.wholeNumber')
    .min(0, 'venture.grantZero')
    .max(MAX_GRANT_FEN, 'field.invalid'),
  /** A new project: the step it starts at and its date (申报 unless entered later). */
  stage: z.enum(VENTURE_STAGES, 'field.notInList').default('applied'),
  stageDate: requiredDate.optional(),
  /** A new project's tranches; left out, the round's plan. */
  tranches: ventureTranches.optional(),
  note: optionalText(500),
})

export const ventureAdvanceInput = z.strictObject({
  projectId: id,
  stage: z.enum(VENTURE_STAGES, 'field.notInList'),
  date: requiredDate,
  note: optionalText(200),
})

export const ventureSetTranchesInput = z.strictObject({ projectId: id, tranches: ventureTranches })

export const ventureEvaluateInput = z.strictObject({
  projectId: id,
  kind: z.enum(EVALUATION_KINDS, 'field.notInList'),
  date: requiredDate,
  /** 得分 × 10 (86.5 → 865). */
  scoreTenths: z
    .number('venture.scoreRange')
    .int('venture.scoreRange')
    .min(0, 'venture.scoreRange')
    .max(1000, 'venture.scoreRange')
    .nullish()
    .transform((v) => v ?? null),
  result: z.enum(EVALUATION_RESULTS, 'field.notInList'),
  reviewer: requiredText(60),
  note: optionalText(500),
})

export const venturePayInput = z.strictObject({
  projectId: id,
  seq: z.number().int().min(1).max(MAX_TRANCHES),
  paidOn: requiredDate,
  /** 凭证号 of the ledger row. */
  documentNo: optionalText(60),
})

export const ventureArchiveInput = z.strictObject({ id, reason: requiredText(200) })
import { FUND_DIRECTIONS as FUND_DIRECTION_LIST, FUND_SOURCE_KINDS as FUND_SOURCE_LIST } from './enums'

const fundFilters = {
  /** A calendar year; or a date range (from/to, inclusive), which wins when given. */
  year: z.number().int().min(1990).max(2200).optional(),
  from: optionalDate,
  to: optionalDate,
  direction: z.enum(FUND_DIRECTION_LIST, 'field.notInList').optional(),
  sourceKind: z.enum(FUND_SOURCE_LIST, 'field.notInList').optional(),
  organizationId: id.optional(),
  serviceProjectId: id.optional(),
  ventureProjectId: id.optional(),
  /** In 摘要, counterparty or 凭证号. */
  search: optionalText(50),
  /** Archived (冲销) entries too, shown struck through; they never count in the sums. */
  includeArchived: z.boolean().default(false),
}
export const fundListInput = z.strictObject({ ...pageInput, ...fundFilters })

/**
 * A new entry, or (with id) new descriptive fields of one: counterparty, 摘要, 凭证号 and the project it belongs to.
 * Amount, date, direction and source of a saved entry change by 冲销 and a new entry, so the totals keep a trail.
 */
export const fundSaveInput = z.strictObject({
  id: id.optional(),
  date: requiredDate,
  direction: z.enum(FUND_DIRECTION_LIST, 'field.notInList'),
  /** 元 as typed (`3,200.50`): read as text into 分 by shared/money.ts, never through a float. */
  amountYuan: z.string().max(30, 'field.tooLong'),
  sourceKind: z.enum(FUND_SOURCE_LIST, 'field.notInList'),
  organizationId: nullableId,
  serviceProjectId: nullableId,
  ventureProjectId: nullableId,
  counterparty: optionalText(100),
  summary: requiredText(200),
  documentNo: optionalText(50),
})

export const fundArchiveInput = z.strictObject({ id, reason: requiredText(200) })

export const fundAttachmentAddInput = z.strictObject({
  entryId: id,
  fileName: requiredText(200).refine(
    (n) => !/[\\/]/.test(n) && !n.includes(String.fromCharCode(0)),
    'funds.fileName',
  ),
  /** The file's bytes in base64. */
  contentBase64: z
    .string()
    .min(1, 'funds.fileEmpty')
    .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, 'funds.fileTooLarge'),
})

/** The base's totals, or one organisation's; the months are those of `year` (this year when left out). */
export const fundTotalsInput = z.strictObject({
  organizationId: id.optional(),
  year: z.number().int().min(1990).max(2200).optional(),
})

export const fundProjectOptionsInput = z.strictObject({ organizationId: id })

/** 导出: the filtered ledger, or the totals table (of the base or one organisation). */
export const fundExportInput = z.strictObject({
  table: z.enum(['ledger', 'totals']),
  ...fundFilters,
  labels: recordExportLabels,
})

export const dashboardSummaryInput = z.strictObject({})
/** 全局搜索: the typed text (name, code or pinyin initials) and how many hits of each kind to show. */
export const globalSearchInput = z.strictObject({
  query: z.string().trim().max(50, 'field.tooLong'),
  limit: z.number().int().min(1).max(20).default(6),
})
import { REMINDER_KINDS, REMINDER_SEVERITIES } from './reminders'

/** 待办提醒: open items (default), the handled ones (暂缓/忽略), or both; by kind and severity. */
export const reminderListInput = z.strictObject({
  ...pageInput,
  kind: z.enum(REMINDER_KINDS, 'field.notInList').optional(),
  severity: z.enum(REMINDER_SEVERITIES, 'field.notInList').optional(),
  view: z.enum(['open', 'handled', 'all'], 'field.notInList').default('open'),
})

const reminderKeyField = z.string().trim().min(1, 'field.required').max(200, 'field.tooLong')
const reminderReason = z.string().trim().min(1, 'reminders.reasonRequired').max(200, 'field.tooLong')

/** 暂缓 until a date after today, with the reason. */
export const reminderSnoozeInput = z.strictObject({
  key: reminderKeyField,
  until: z.string().trim().min(1, 'reminders.untilRequired').refine(isRealDate, 'field.date'),
  reason: reminderReason,
})

/** 忽略, with the reason. */
export const reminderDismissInput = z.strictObject({ key: reminderKeyField, reason: reminderReason })

/** 撤销处理: the decision is archived with the reason. */
export const reminderUndoInput = z.strictObject({ id, reason: reminderReason })
/** 导入 Excel: the three lists a file can be imported into. */
export const IMPORT_KINDS = ['organization', 'unit', 'member'] as const
/** The largest file an import reads (the same bound as an attachment) and the most data rows it takes. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
export const IMPORT_MAX_ROWS = 20_000

export const importTemplateInput = z.strictObject({ kind: z.enum(IMPORT_KINDS, 'field.notInList') })

/** 预览: the chosen file's bytes; nothing is written. */
export const importPreviewInput = z.strictObject({
  fileName: z.string().trim().min(1, 'field.required').max(255, 'field.tooLong'),
  contentBase64: z
    .string()
    .min(1, 'imports.fileEmpty')
    .max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4, 'imports.fileTooLarge'),
})

/** 确认导入: the preview's token; every row is checked again inside the write. */
export const importCommitInput = z.strictObject({
  token: z.string().trim().min(1, 'field.required').max(64, 'field.tooLong'),
  mode: z.enum(['validOnly', 'allOrNothing'], 'field.notInList'),
})

/** 导出 Excel of the organisation list as filtered on screen (no paging). */
export const organizationExportInput = organizationListInput.omit({ page: true, pageSize: true })
/** 导出 Excel of the unit list as filtered on screen (no paging). */
export const unitExportInput = unitListInput.omit({ page: true, pageSize: true })
/** The words of an export (headings, title, enum words) in the user's language, by key. */
const listExportLabels = z.record(z.string().max(60), z.string().max(100)).default({})
/** A list's filters without its paging: an export holds every row the filters give (up to a cap). */
const unpaged = { page: true, pageSize: true } as const

export const allocationExportInput = allocationListInput.omit(unpaged).extend({ labels: listExportLabels })
export const bookingExportInput = bookingListInput.extend({ labels: listExportLabels })
export const pairingExportInput = pairingListInput.extend({ labels: listExportLabels })
export const developmentExportInput = developmentListInput.omit(unpaged).extend({
  /** Full 身份证号 instead of the masked ones: needs 查看完整身份证号码 (member.reveal). */
  revealIdNumbers: z.boolean().default(false),
  labels: listExportLabels,
})
export const accountExportInput = z.strictObject({ labels: listExportLabels })
/** 待办提醒 as on screen: open or handled, of a kind, of a severity. */
export const reminderExportInput = reminderListInput.omit(unpaged).extend({ labels: listExportLabels })
export const auditExportInput = auditListInput.omit(unpaged).extend({ labels: listExportLabels })
export const coverageOrganizationsExportInput = coverageOrganizationsInput
  .omit(unpaged)
  .extend({ labels: listExportLabels })
export const attendanceExportInput = yearInput.extend({ labels: listExportLabels })
/** 免费空间折算价值 of a year, as the 占用统计 page shows it. */
export const inKindExportInput = yearInput.extend({ labels: listExportLabels })
export const instructorsExportInput = instructorsInput.extend({ labels: listExportLabels })
/** 年度工作报告 of a year (this year: as of today); a year still to come is refused by the handler. */
export const reportSummaryInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  labels: z.record(z.string().max(60), z.string().max(200)).default({}),
})
export const reportExportInput = reportSummaryInput
