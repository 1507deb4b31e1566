// 党员 storage. The ID number leaves this module masked, except through revealIdNumber.
import type { Gender, MemberCategory, MemberExitKind, MemberRelation } from '../../shared/enums'
import type { Page, PartyMember, PartyMemberListItem } from '../../shared/entities'
import type { memberListInput } from '../../shared/schemas'
import type { z } from 'zod'
import type { Database } from '../db/open'
import { cached } from '../db/statements'
import { maskIdNumber, maskPhone } from '../lib/idcard'
import { likePattern } from '../db/where'
import { CATEGORY_ON, ON_ROSTER, memberPeriods } from './roster'

interface MemberRow {
  id: number
  name: string
  gender: Gender
  birth_date: string
  id_number: string
  category: MemberCategory
  relation: MemberRelation
  organization_id: number | null
  organization_name: string | null
  post: string | null
  management_post: number
  phone: string | null
  joined_on: string | null
  veteran_member: number
  veteran_cadre: number
  note: string | null
  created_at: string
  updated_at: string
  full_on: string | null
  group_id: number | null
  group_name: string | null
  /** The category on the date listed. */
  category_on: MemberCategory
  on_roster: number
  exit_kind: MemberExitKind | null
  exit_date: string | null
}

export interface MemberValues {
  name: string
  gender: Gender
  birthDate: string
  idNumber: string
  category: MemberCategory
  relation: MemberRelation
  organizationId: number | null
  post: string | null
  /** 在入驻组织担任管理职务; false when left out (admission from 发展党员). */
  managementPost?: boolean
  phone: string | null
  joinedOn: string | null
  veteranMember: boolean
  veteranCadre: boolean
  note: string | null
  fullOn: string | null
  groupId: number | null
}

/** A member with their group, whether they are on the roster on `@date`, their category then, and their last exit. */
const SELECT = `SELECT m.*, o.name AS organization_name, g.name AS group_name, ${CATEGORY_ON} AS category_on,
    ${ON_ROSTER} AS on_roster,
    (SELECT p.end_kind FROM party_member_period p WHERE p.member_id = m.id ORDER BY p.start_date DESC, p.id DESC LIMIT 1)
      AS exit_kind,
    (SELECT p.end_date FROM party_member_period p WHERE p.member_id = m.id ORDER BY p.start_date DESC, p.id DESC LIMIT 1)
      AS exit_date
  FROM party_member m
  LEFT JOIN organization o ON o.id = m.organization_id
  LEFT JOIN party_group g ON g.id = m.group_id`

function toListItem(r: MemberRow): PartyMemberListItem {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    idNumberMasked: maskIdNumber(r.id_number),
    category: r.category_on,
    relation: r.relation,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    post: r.post,
    managementPost: r.management_post === 1,
    phoneMasked: r.phone ? maskPhone(r.phone) : null,
    joinedOn: r.joined_on,
    veteranMember: r.veteran_member === 1,
    veteranCadre: r.veteran_cadre === 1,
    fullOn: r.full_on,
    groupId: r.group_id,
    groupName: r.group_name,
    onRoster: r.on_roster === 1,
    exit: r.exit_kind && r.exit_date ? { kind: r.exit_kind, date: r.exit_date } : null,
  }
}

function toMember(db: Database, r: MemberRow): PartyMember {
  return {
    ...toListItem(r),
    phone: r.phone,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    periods: memberPeriods(db, r.id).map((p) => ({
      id: p.id,
      startDate: p.start_date,
      startKind: p.start_kind,
      startNote: p.start_note,
      endDate: p.end_date,
      endKind: p.end_kind,
      endNote: p.end_note,
    })),
  }
}

const s = cached((db: Database) => ({
  byId: db.prepare<{ id: number; date: string }, MemberRow>(`${SELECT} WHERE m.id = @id`),
  byIdNumber: db.prepare<[string], { id: number; name: string }>(
    'SELECT id, name FROM party_member WHERE id_number = ?',
  ),
  insert: db.prepare(
    `INSERT INTO party_member (name, gender, birth_date, id_number, category, relation, organization_id, post,
       management_post, phone, joined_on, veteran_member, veteran_cadre, note, full_on, group_id, created_at, updated_at)
     VALUES (@name, @gender, @birthDate, @idNumber, @category, @relation, @organizationId, @post, @managementPost,
       @phone, @joinedOn, @veteranMember, @veteranCadre, @note, @fullOn, @groupId, @at, @at)`,
  ),
  update: db.prepare(
    `UPDATE party_member SET name = @name, gender = @gender, birth_date = @birthDate, id_number = @idNumber,
       category = @category, relation = @relation, organization_id = @organizationId, post = @post,
       management_post = @managementPost, phone = @phone,
       joined_on = @joinedOn, veteran_member = @veteranMember, veteran_cadre = @veteranCadre, note = @note,
       full_on = @fullOn, group_id = @groupId, updated_at = @at
     WHERE id = @id`,
  ),
}))

const params = (v: MemberValues, at: string) => ({
  ...v,
  managementPost: v.managementPost ? 1 : 0,
  veteranMember: v.veteranMember ? 1 : 0,
  veteranCadre: v.veteranCadre ? 1 : 0,
  at,
})

/** A member as of `date` (on the roster then? which category?). */
export const findMemberRow = (db: Database, id: number, date: string) => s(db).byId.get({ id, date })
export const memberOf = (db: Database, row: MemberRow) => toMember(db, row)
export const findByIdNumber = (db: Database, idNumber: string) => s(db).byIdNumber.get(idNumber)

export function insertMember(db: Database, v: MemberValues, at: string): number {
  return Number(s(db).insert.run(params(v, at)).lastInsertRowid)
}

export function updateMember(db: Database, id: number, v: MemberValues, at: string): void {
  s(db).update.run({ ...params(v, at), id })
}

export function listMembers(
  db: Database,
  q: Omit<z.output<typeof memberListInput>, 'pageSize'> & { pageSize: number },
  today: string,
): Page<PartyMemberListItem> {
  const clauses: string[] = []
  const p: Record<string, string | number> = { date: q.asOf ?? today }
  if (q.scope === 'current') clauses.push(ON_ROSTER)
  else if (q.scope === 'left') clauses.push(`NOT ${ON_ROSTER}`)
  if (q.search) {
    clauses.push(
      `(m.name LIKE @like ESCAPE '\\' OR o.name LIKE @like ESCAPE '\\' OR m.post LIKE @like ESCAPE '\\')`,
    )
    p.like = likePattern(q.search)
  }
  if (q.category) {
    clauses.push(`${CATEGORY_ON} = @category`)
    p.category = q.category
  }
  if (q.organizationId) {
    clauses.push('m.organization_id = @organizationId')
    p.organizationId = q.organizationId
  }
  if (q.groupId) {
    clauses.push('m.group_id = @groupId')
    p.groupId = q.groupId
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM party_member m LEFT JOIN organization o ON o.id = m.organization_id ${where}`,
      )
      .get(p) as {
      n: number
    }
  ).n
  const rows = db
    .prepare(`${SELECT} ${where} ORDER BY m.name, m.id LIMIT @limit OFFSET @offset`)
    .all({ ...p, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as MemberRow[]
  return { items: rows.map(toListItem), total, page: q.page, pageSize: q.pageSize }
}
