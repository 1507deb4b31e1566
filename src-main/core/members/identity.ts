// The identity of a person in the Party's records (党员, 发展对象): the 公民身份号码 is checked by GB 11643 and
// must agree with the birth date and gender entered.
import type { Gender } from '../../shared/enums'
import type { Notice } from '../../shared/errors'
import { notice } from '../errors'
import { checkIdNumber } from '../lib/idcard'

/**
 * Checks the ID number against the birth date and gender, adding a notice per field that is wrong. Returns the
 * number normalised (upper-case X, no spaces), or null when the number itself is invalid.
 */
export function checkIdentity(
  person: { idNumber: string; birthDate: string; gender: Gender },
  today: string,
  fields: Record<string, Notice>,
): string | null {
  const id = checkIdNumber(person.idNumber, today)
  if (!id.ok) {
    fields.idNumber = notice(id.key, id.params)
    return null
  }
  if (id.birthDate !== person.birthDate)
    fields.birthDate = notice('member.birthMismatch', { date: id.birthDate })
  if (id.gender !== person.gender)
    fields.gender = notice('member.genderMismatch', { digit: id.value.charAt(16) })
  return id.value
}
