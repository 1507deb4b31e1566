// 党员名册 of the base's branch: only branch roles see it; full ID numbers only through an audited reveal.
import type { ParsedInput } from '../../shared/contract'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { fail, failOnProblems, notice } from '../errors'
import { checkIdNumber, maskIdNumber } from '../lib/idcard'
import { isPhone } from '../lib/text'
import { findOrganizationRow } from '../organizations/repository'
import { defineHandlers } from '../registry'
import {
  findByIdNumber,
  findMemberRow,
  insertMember,
  listMembers,
  memberOf,
  updateMember,
  type MemberValues,
} from './repository'

type Draft = Omit<ParsedInput<'member.create'>, 'idNumber'> & { idNumber: string }

/** Checks a member: the ID number (GB 11643) agrees with birth date and gender; no one is registered twice. */
function check(db: Database, draft: Draft, today: string, selfId?: number): MemberValues {
  const fields: Record<string, Notice> = {}
  const id = checkIdNumber(draft.idNumber, today)
  let idNumber = draft.idNumber
  if (!id.ok) fields.idNumber = notice(id.key, id.params)
  else {
    idNumber = id.value
    if (id.birthDate !== draft.birthDate)
      fields.birthDate = notice('member.birthMismatch', { date: id.birthDate })
    if (id.gender !== draft.gender)
      fields.gender = notice('member.genderMismatch', { digit: idNumber.charAt(16) })
    const twin = findByIdNumber(db, idNumber)
    if (twin && twin.id !== selfId) fields.idNumber = notice('member.duplicateIdNumber', { name: twin.name })
  }
  if (draft.birthDate > today) fields.birthDate = notice('field.dateFuture', { today })
  if (draft.joinedOn && draft.joinedOn > today) fields.joinedOn = notice('field.dateFuture', { today })
  if (draft.phone && !isPhone(draft.phone)) fields.phone = notice('field.phone')
  if (draft.organizationId !== null && !findOrganizationRow(db, draft.organizationId)) {
    fields.organizationId = notice('member.organizationMissing')
  }
  failOnProblems(fields, {}, false)
  return { ...draft, idNumber, phone: draft.phone?.replace(/\s+/g, '') ?? null }
}

function requireRow(db: Database, id: number) {
  const row = findMemberRow(db, id)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** The audit's picture of a member: ID number and phone masked, as in the roster list. */
function snapshot(db: Database, id: number) {
  const { phone: _phone, note: _note, ...masked } = memberOf(requireRow(db, id))
  return masked
}

export const memberHandlers = defineHandlers({
  'member.list': {
    permission: 'member.read',
    write: false,
    run: ({ db }, q) => listMembers(db, q),
  },
  'member.get': {
    permission: 'member.read',
    write: false,
    run: ({ db }, { id }) => memberOf(requireRow(db, id)),
  },
  'member.create': {
    permission: 'member.write',
    write: true,
    run: ({ db, clock, audit }, input) => {
      const values = check(db, input, clock.today())
      const id = insertMember(db, values, clock.timestamp())
      audit({ entity: 'party_member', entityId: id, before: null, after: snapshot(db, id) })
      return memberOf(requireRow(db, id))
    },
  },
  'member.update': {
    permission: 'member.write',
    write: true,
    run: ({ db, clock, audit }, { id, ...input }) => {
      const row = requireRow(db, id)
      const before = snapshot(db, id)
      const values = check(db, { ...input, idNumber: input.idNumber ?? row.id_number }, clock.today(), id)
      updateMember(db, id, values, clock.timestamp())
      audit({ entity: 'party_member', entityId: id, before, after: snapshot(db, id) })
      return memberOf(requireRow(db, id))
    },
  },
  /** 查看完整身份证号码: each reveal is written to 操作日志 (who, whose, when), never the number itself. */
  'member.revealIdNumber': {
    permission: 'member.reveal',
    write: false,
    run: ({ db, audit }, { id }) => {
      const row = requireRow(db, id)
      audit({
        entity: 'party_member',
        entityId: id,
        before: null,
        after: { event: 'revealIdNumber', name: row.name, idNumberMasked: maskIdNumber(row.id_number) },
      })
      return { id, idNumber: row.id_number }
    },
  },
})
