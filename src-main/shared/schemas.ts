// Input schemas of every channel. A custom message is a key of the message catalog (messages.ts).
import { z } from 'zod'
import { LEGAL_TYPES, PAGE_SIZES, SERVICE_AREAS, STAGES } from './enums'

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isRealDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false
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
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z
    .number()
    .refine((n): n is (typeof PAGE_SIZES)[number] => (PAGE_SIZES as readonly number[]).includes(n))
    .default(20),
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
