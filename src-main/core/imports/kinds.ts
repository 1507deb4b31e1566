// The three imports: how a row of each template becomes the input of the form that saves such a record.
import type { ParsedInput } from '../../shared/contract'
import { memberCreateInput, organizationCreateInput, unitSaveInput } from '../../shared/schemas'
import { notice } from '../errors'
import { maskIdNumber } from '../lib/idcard'
import { nameKey } from '../lib/text'
import { normalizeUscc } from '../lib/uscc'
import { memberHandlers } from '../members/handlers'
import { findByName } from '../organizations/repository'
import { organizationHandlers } from '../organizations/handlers'
import { spaceHandlers } from '../space/handlers'
import { listFloors } from '../space/repository'
import { CHOICE_LABELS, IMPORT_COLUMNS, MEMBER_FLAGS } from './columns'
import type { ImportSpec } from './engine'

/** An id no record has: a rule that looks it up says "missing", and the reader's own message is kept instead. */
const NO_SUCH_ID = Number.MAX_SAFE_INTEGER

const organizationSpec: ImportSpec<null> = {
  kind: 'organization',
  columns: IMPORT_COLUMNS.organization,
  fieldColumns: {},
  context: () => null,
  schema: organizationCreateInput,
  read: (r) => {
    const name = r.text('name')
    const uscc = r.text('uscc')
    return {
      label: name ?? '',
      unique: { name: name ? nameKey(name) : null, uscc: uscc ? normalizeUscc(uscc) : null },
      input: {
        name: name ?? undefined,
        shortName: r.text('shortName'),
        uscc,
        legalType: r.choice('legalType', CHOICE_LABELS.legalType) ?? undefined,
        serviceAreas: r.choices('serviceAreas', CHOICE_LABELS.serviceArea),
        stage: r.choice('stage', CHOICE_LABELS.stage) ?? undefined,
        stageDate: r.date('stageDate') ?? undefined,
        legalRepresentative: r.text('legalRepresentative'),
        contactPerson: r.text('contactPerson') ?? undefined,
        contactPhone: r.text('contactPhone') ?? undefined,
        email: r.text('email'),
        address: r.text('address'),
        registeredOn: r.date('registeredOn'),
        registrar: r.text('registrar'),
        agreementNo: r.text('agreementNo'),
        agreementStart: r.date('agreementStart'),
        agreementEnd: r.date('agreementEnd'),
        description: r.text('description'),
        acceptWarnings: false,
      },
    }
  },
  create: (env, input) =>
    organizationHandlers['organization.create'].run(env, input as ParsedInput<'organization.create'>),
}

const unitSpec: ImportSpec<Map<string, number>> = {
  kind: 'unit',
  columns: IMPORT_COLUMNS.unit,
  fieldColumns: { floorId: 'floor' },
  context: ({ db }) => new Map(listFloors(db).map((f) => [f.name.replace(/\s+/g, ''), f.id])),
  schema: unitSaveInput,
  read: (r, floors) => {
    const floor = r.text('floor')
    let floorId: number | undefined
    if (floor !== null) {
      floorId = floors.get(floor.replace(/\s+/g, ''))
      if (floorId === undefined) {
        r.error('floor', notice('imports.unknownFloor', { value: floor }))
        floorId = NO_SUCH_ID
      }
    }
    const code = r.text('code')
    const seats = r.number('seats')
    return {
      label: code ?? '',
      unique: { code: code ? code.toLowerCase() : null },
      input: {
        floorId,
        code: code ?? undefined,
        name: r.text('name'),
        unitType: r.choice('unitType', CHOICE_LABELS.unitType) ?? undefined,
        areaM2: r.number('areaM2') ?? undefined,
        seats: seats ?? undefined,
        amenities: r.list('amenities'),
      },
    }
  },
  create: (env, input) => spaceHandlers['space.unitSave'].run(env, input as ParsedInput<'space.unitSave'>),
}

const memberSpec: ImportSpec<Map<string, number>> = {
  kind: 'member',
  columns: IMPORT_COLUMNS.member,
  fieldColumns: {
    organizationId: 'organization',
    groupId: 'group',
    veteranMember: 'flags',
    veteranCadre: 'flags',
  },
  context: ({ db }) =>
    new Map(
      (
        db.prepare('SELECT name, id FROM party_group WHERE archived_at IS NULL').raw().all() as [
          string,
          number,
        ][]
      ).map(([name, id]) => [name.replace(/\s+/g, ''), id]),
    ),
  schema: memberCreateInput,
  shown: (key, value) => (key === 'idNumber' ? maskIdNumber(value.replace(/\s+/g, '')) : value),
  read: (r, groups, { db }) => {
    const name = r.text('name')
    let idNumber = r.text('idNumber')
    if (typeof r.raw('idNumber') === 'number') {
      // 18 digits do not fit a spreadsheet number: the last ones are already lost.
      r.error('idNumber', notice('imports.idNumberAsNumber'))
      idNumber = null
    }
    const organization = r.text('organization')
    let organizationId: number | null = null
    if (organization !== null) {
      const found = findByName(db, organization)
      if (found) organizationId = found.id
      else {
        r.error('organization', notice('imports.unknownOrganization', { value: organization }))
        organizationId = NO_SUCH_ID
      }
    }
    const group = r.text('group')
    let groupId: number | null = null
    if (group !== null) {
      groupId = groups.get(group.replace(/\s+/g, '')) ?? null
      if (groupId === null) {
        r.error('group', notice('imports.unknownGroup', { value: group }))
        groupId = NO_SUCH_ID
      }
    }
    const flags = r.choices('flags', MEMBER_FLAGS, /[、，,;；\s]+/)
    let phone = r.text('phone')
    if (phone?.includes('*')) {
      // The roster export masks phone numbers: such a number cannot come back.
      r.warn('phone', notice('imports.phoneMasked', { value: phone }))
      phone = null
    }
    const fullOn = r.date('fullOn')
    return {
      label: name ?? '',
      unique: { idNumber: idNumber ? idNumber.replace(/\s+/g, '').toUpperCase() : null },
      input: {
        name: name ?? undefined,
        gender: r.choice('gender', CHOICE_LABELS.gender) ?? undefined,
        birthDate: r.date('birthDate') ?? undefined,
        idNumber: idNumber ?? undefined,
        category: r.choice('category', CHOICE_LABELS.memberCategory) ?? undefined,
        relation: r.choice('relation', CHOICE_LABELS.memberRelation) ?? undefined,
        organizationId,
        post: r.text('post'),
        managementPost: r.yesNo('managementPost'),
        phone,
        joinedOn: r.date('joinedOn'),
        veteranMember: flags.includes('veteranMember'),
        veteranCadre: flags.includes('veteranCadre'),
        note: r.text('note'),
        fullOn,
        groupId,
        entryDate: r.date('entryDate'),
      },
    }
  },
  create: (env, input) => memberHandlers['member.create'].run(env, input as ParsedInput<'member.create'>),
}

export { organizationSpec, unitSpec, memberSpec }
