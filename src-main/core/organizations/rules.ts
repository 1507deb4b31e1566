// 入驻组织 rules: identity (统一社会信用代码 and name), contact formats, dates. Field notices, never throws.
import { LEGAL_TYPES_REQUIRING_USCC, USCC_TYPE_DIGIT, type LegalType } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import { ENUM_LABELS_ZH_CN } from '../../shared/messages'
import type { Database } from '../db/open'
import { notice } from '../errors'
import { checkUscc } from '../lib/uscc'
import { isEmail, isPhone } from '../lib/text'
import { findByName, findByUscc } from './repository'

/** zh-CN labels used inside messages (the catalog's source language). */
const LEGAL_TYPE_LABEL: Record<LegalType, string> = ENUM_LABELS_ZH_CN.legalType
const TYPE_DIGIT_MEANING: Record<string, string> = {
  '1': '社会团体',
  '2': '民办非企业单位',
  '3': '基金会',
  '9': '其他',
}

export interface Problems {
  fields: Record<string, Notice>
  warnings: Record<string, Notice>
}

export interface IdentityDraft {
  id?: number | undefined
  name?: string | null | undefined
  uscc?: string | null | undefined
  legalType?: LegalType | undefined
}

/**
 * Checks the code (GB 32100), its fit with the legal type, and duplicates of code or name among all
 * organisations, archived ones included. Returns the normalised code.
 */
export function checkIdentity(db: Database, draft: IdentityDraft, problems: Problems): string | null {
  const rawCode = draft.uscc?.trim() ?? ''
  let code: string | null = null
  if (rawCode) {
    const result = checkUscc(rawCode)
    if (!result.ok) {
      problems.fields.uscc = notice(result.error.key, result.error.params)
    } else {
      code = result.code
      const warning = result.warnings[0]
      if (warning) problems.warnings.uscc = notice(warning.key, warning.params)
      const expectedDigit = draft.legalType ? USCC_TYPE_DIGIT[draft.legalType] : undefined
      if (draft.legalType && expectedDigit) {
        if (code.charAt(0) !== '5') {
          problems.warnings.uscc ??= notice('uscc.departmentWarning', { digit: code.charAt(0) })
        } else if (code.charAt(1) !== expectedDigit) {
          const digit = code.charAt(1)
          problems.warnings.uscc ??= notice('uscc.typeWarning', {
            digit,
            digitMeaning: TYPE_DIGIT_MEANING[digit] ?? '未定义的类别',
            legalType: LEGAL_TYPE_LABEL[draft.legalType],
          })
        }
      }
      const holder = findByUscc(db, code)
      if (holder && holder.id !== draft.id) {
        problems.fields.uscc = notice(
          holder.archived_at ? 'organization.duplicateCodeArchived' : 'organization.duplicateCode',
          { name: holder.name },
        )
      }
    }
  } else if (draft.legalType && LEGAL_TYPES_REQUIRING_USCC.includes(draft.legalType)) {
    problems.fields.uscc = notice('uscc.requiredForType')
  }
  const name = draft.name?.trim()
  if (name) {
    const twin = findByName(db, name)
    if (twin && twin.id !== draft.id) {
      problems.fields.name = notice(
        twin.archived_at ? 'organization.duplicateNameArchived' : 'organization.duplicateName',
        { name: twin.name },
      )
    }
  }
  return code
}

export interface ProfileDraft extends IdentityDraft {
  contactPhone: string
  email: string | null
  registeredOn: string | null
  agreementStart: string | null
  agreementEnd: string | null
}

export function checkProfile(
  db: Database,
  draft: ProfileDraft,
  today: string,
): Problems & { uscc: string | null } {
  const problems: Problems = { fields: {}, warnings: {} }
  const uscc = checkIdentity(db, draft, problems)
  if (!isPhone(draft.contactPhone)) problems.fields.contactPhone = notice('field.phone')
  if (draft.email && !isEmail(draft.email)) problems.fields.email = notice('field.email')
  if (draft.registeredOn && draft.registeredOn > today) {
    problems.fields.registeredOn = notice('organization.registeredInFuture', { today })
  }
  const { agreementStart: start, agreementEnd: end } = draft
  if ((start === null) !== (end === null)) {
    problems.fields[start === null ? 'agreementStart' : 'agreementEnd'] = notice(
      'organization.agreementIncomplete',
    )
  } else if (start && end && end <= start) {
    problems.fields.agreementEnd = notice('organization.agreementEndBeforeStart', { start })
  }
  return { ...problems, uscc }
}

/** Normalise a phone number for storage: spaces removed. */
export function normalizePhone(phone: string): string {
  return phone.replace(/\s+/g, '')
}
