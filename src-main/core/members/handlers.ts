// 党员名册 of the base's branch: only branch roles see it; full ID numbers only through an audited reveal.
import type { ParsedInput } from '../../shared/contract'
import type { Notice } from '../../shared/errors'
import type { Database } from '../db/open'
import { fail, failOnProblems, invalidField, notice } from '../errors'
import { maskIdNumber } from '../lib/idcard'
import { checkIdentity } from './identity'
import { isPhone } from '../lib/text'
import { findOrganizationRow } from '../organizations/repository'
import { actorCan } from '../context'
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
import { endPeriod, lastPeriod, openPeriod, startPeriod } from './roster'
import type { ExportFile, PartyMemberListItem } from '../../shared/entities'
import { tableToXlsx, type CellKind, type SheetColumn } from '../lib/excel'

type Draft = Omit<ParsedInput<'member.create'>, 'idNumber' | 'entryDate' | 'entryKind' | 'entryNote'> & {
  idNumber: string
}

/** Checks a member: the ID number (GB 11643) agrees with birth date and gender; no one is registered twice. */
function check(db: Database, draft: Draft, today: string, selfId?: number): MemberValues {
  const fields: Record<string, Notice> = {}
  const checked = checkIdentity(draft, today, fields)
  const idNumber = checked ?? draft.idNumber
  if (checked !== null) {
    const twin = findByIdNumber(db, checked)
    if (twin && twin.id !== selfId) fields.idNumber = notice('member.duplicateIdNumber', { name: twin.name })
  }
  if (draft.birthDate > today) fields.birthDate = notice('field.dateFuture', { today })
  if (draft.joinedOn && draft.joinedOn > today) fields.joinedOn = notice('field.dateFuture', { today })
  if (draft.phone && !isPhone(draft.phone)) fields.phone = notice('field.phone')
  if (draft.organizationId !== null && !findOrganizationRow(db, draft.organizationId)) {
    fields.organizationId = notice('member.organizationMissing')
  }
  if (draft.fullOn !== null) {
    if (draft.category === 'probationary') fields.fullOn = notice('member.fullOnProbationary')
    else if (draft.fullOn > today) fields.fullOn = notice('field.dateFuture', { today })
    else if (draft.joinedOn && draft.fullOn < draft.joinedOn)
      fields.fullOn = notice('member.fullBeforeJoined', { date: draft.joinedOn })
  }
  if (
    draft.groupId !== null &&
    !db.prepare('SELECT 1 FROM party_group WHERE id = ? AND archived_at IS NULL').get(draft.groupId)
  ) {
    fields.groupId = notice('member.groupMissing')
  }
  failOnProblems(fields, {}, false)
  return { ...draft, idNumber, phone: draft.phone?.replace(/\s+/g, '') ?? null }
}

function requireRow(db: Database, id: number, today: string) {
  const row = findMemberRow(db, id, today)
  if (!row) fail('NOT_FOUND', 'common.notFound')
  return row
}

/** The audit's picture of a member: ID number and phone masked, as in the roster list. */
function snapshot(db: Database, id: number, today: string) {
  const { phone: _phone, note: _note, ...masked } = memberOf(db, requireRow(db, id, today))
  return masked
}

/** A dated event must not be after today; a message that names the field. */
function notFuture(field: string, date: string, today: string): void {
  if (date > today) invalidField(field, 'field.dateFuture', { today })
}

/** The most members one roster export may hold. */
const EXPORT_MAX_ROWS = 100_000

export const memberHandlers = defineHandlers({
  'member.list': {
    permission: 'member.read',
    write: false,
    run: ({ db, clock }, q) => listMembers(db, q, clock.today()),
  },
  'member.get': {
    permission: 'member.read',
    write: false,
    run: ({ db, clock }, { id }) => memberOf(db, requireRow(db, id, clock.today())),
  },
  'member.create': {
    permission: 'member.write',
    write: true,
    run: ({ db, clock, audit }, { entryDate, entryKind, entryNote, ...input }) => {
      const today = clock.today()
      const values = check(db, input, today)
      const start = entryDate ?? today
      notFuture('entryDate', start, today)
      if (start < values.birthDate) {
        invalidField('entryDate', 'member.entryBeforeBirth', { date: values.birthDate })
      }
      const id = insertMember(db, values, clock.timestamp())
      startPeriod(db, id, start, entryKind, entryNote)
      audit({ entity: 'party_member', entityId: id, before: null, after: snapshot(db, id, today) })
      return memberOf(db, requireRow(db, id, today))
    },
  },
  'member.update': {
    permission: 'member.write',
    write: true,
    run: ({ db, clock, audit }, { id, ...input }) => {
      const today = clock.today()
      const row = requireRow(db, id, today)
      const before = snapshot(db, id, today)
      const values = check(db, { ...input, idNumber: input.idNumber ?? row.id_number }, today, id)
      updateMember(db, id, values, clock.timestamp())
      audit({ entity: 'party_member', entityId: id, before, after: snapshot(db, id, today) })
      return memberOf(db, requireRow(db, id, today))
    },
  },
  /** 转出 / 出党 / 去世: the member leaves the roster on `date` (the first day off it); posts held end then too. */
  'member.exit': {
    permission: 'member.write',
    write: true,
    run: ({ db, clock, audit }, { id, kind, date, note }) => {
      const today = clock.today()
      const row = requireRow(db, id, today)
      const period = openPeriod(db, id)
      if (!period) {
        const last = lastPeriod(db, id)
        fail('CONFLICT', 'member.notOnRoster', {
          name: row.name,
          exitKind: last?.end_kind ?? 'transfer_out',
          date: last?.end_date ?? '',
        })
      }
      notFuture('date', date, today)
      if (date < period.start_date) {
        invalidField('date', 'member.exitBeforeEntry', { date: period.start_date })
      }
      const before = snapshot(db, id, today)
      endPeriod(db, period.id, date, kind, note)
      db.prepare('UPDATE committee_post SET end_date = ? WHERE member_id = ? AND end_date IS NULL').run(
        date,
        id,
      )
      audit({ entity: 'party_member', entityId: id, before, after: snapshot(db, id, today) })
      return memberOf(db, requireRow(db, id, today))
    },
  },
  /** 转入 again after a 转出 (出党 and 去世 are final). */
  'member.transferIn': {
    permission: 'member.write',
    write: true,
    run: ({ db, clock, audit }, { id, date, note }) => {
      const today = clock.today()
      const row = requireRow(db, id, today)
      const last = lastPeriod(db, id)
      if (!last || last.end_date === null) fail('CONFLICT', 'member.alreadyOnRoster', { name: row.name })
      if (last.end_kind !== 'transfer_out') {
        fail('CONFLICT', 'member.transferInOnlyAfterTransferOut', {
          name: row.name,
          exitKind: last.end_kind ?? '',
          date: last.end_date,
        })
      }
      notFuture('date', date, today)
      if (date < last.end_date) {
        invalidField('date', 'member.transferInBeforeExit', { date: last.end_date })
      }
      const before = snapshot(db, id, today)
      startPeriod(db, id, date, 'transfer_in', note)
      audit({ entity: 'party_member', entityId: id, before, after: snapshot(db, id, today) })
      return memberOf(db, requireRow(db, id, today))
    },
  },
  /** 查看完整身份证号码: each reveal is written to 操作日志 (who, whose, when), never the number itself. */
  'member.revealIdNumber': {
    permission: 'member.reveal',
    write: false,
    run: ({ db, clock, audit }, { id }) => {
      const row = requireRow(db, id, clock.today())
      audit({
        entity: 'party_member',
        entityId: id,
        before: null,
        after: { event: 'revealIdNumber', name: row.name, idNumberMasked: maskIdNumber(row.id_number) },
      })
      return { id, idNumber: row.id_number }
    },
  },
  /**
   * 导出党员名册: the list as on screen (scope, date). ID numbers are masked unless full numbers are asked for, which
   * needs 查看完整身份证号码; each export is written to 操作日志, saying whether it held full numbers.
   */
  'member.export': {
    permission: 'member.read',
    write: false,
    run: async ({ db, clock, audit, actor }, q): Promise<ExportFile> => {
      const today = clock.today()
      if (q.revealIdNumbers && !actorCan(actor, 'member.reveal')) {
        fail('FORBIDDEN', 'common.forbidden')
      }
      const page = listMembers(db, { ...q, page: 1, pageSize: EXPORT_MAX_ROWS, search: null }, today)
      const full = q.revealIdNumbers
        ? new Map(
            (db.prepare('SELECT id, id_number FROM party_member').raw().all() as [number, string][]).map(
              ([id, n]) => [id, n],
            ),
          )
        : null
      const L = q.labels
      const label = (key: string) => L[key] ?? key
      const col = (
        key: string,
        width: number,
        value: (r: PartyMemberListItem) => string | number | null,
        kind: CellKind = 'text',
      ): SheetColumn<PartyMemberListItem> => ({ header: label(`heading.${key}`), width, value, kind })
      const title = label('title')
      const content = await tableToXlsx(
        title,
        [
          col('name', 12, (r) => r.name),
          col('gender', 6, (r) => label(`gender.${r.gender}`)),
          col('birthDate', 12, (r) => r.birthDate, 'date'),
          col('idNumber', 22, (r) => full?.get(r.id) ?? r.idNumberMasked),
          col('category', 10, (r) => label(`category.${r.category}`)),
          col('relation', 12, (r) => label(`relation.${r.relation}`)),
          col('joinedOn', 12, (r) => r.joinedOn, 'date'),
          col('fullOn', 12, (r) => r.fullOn, 'date'),
          col('group', 14, (r) => r.groupName),
          col('organization', 30, (r) => r.organizationName),
          col('post', 14, (r) => r.post),
          col('phone', 14, (r) => r.phoneMasked),
          col('flags', 12, (r) =>
            [
              r.veteranMember ? label('flag.veteranMember') : '',
              r.veteranCadre ? label('flag.veteranCadre') : '',
            ]
              .filter(Boolean)
              .join('、'),
          ),
          col('exit', 16, (r) => (r.exit ? `${label(`exit.${r.exit.kind}`)} ${r.exit.date}` : null)),
        ],
        page.items,
      )
      audit({
        entity: 'export',
        entityId: null,
        before: null,
        after: {
          table: 'roster',
          rows: page.items.length,
          scope: q.scope,
          asOf: q.asOf ?? today,
          idNumbers: q.revealIdNumbers ? 'full' : 'masked',
        },
      })
      return {
        fileName: `${title}-${q.asOf ?? today}.xlsx`,
        contentBase64: content.toString('base64'),
        rows: page.items.length,
      }
    },
  },
})
