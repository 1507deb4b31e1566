// 导出 Excel of the organisation and unit lists, as filtered on screen. The columns are the import templates'
// (same headers, same words for coded values), so an export imported into another base recreates the records.
import type { ParsedInput } from '../../shared/contract'
import type { ExportFile, SpaceUnit } from '../../shared/entities'
import type { ServiceArea } from '../../shared/enums'
import type { HandlerEnv } from '../context'
import { tableToXlsx, type CellKind, type SheetColumn } from '../lib/excel'
import {
  buildListOrder,
  buildListWhere,
  type OrganizationQuery,
  type OrganizationRow,
} from '../organizations/repository'
import { spaceHandlers } from '../space/handlers'
import { CHOICE_LABELS, IMPORT_COLUMNS, LIST_SEPARATOR } from './columns'

/** One page as large as any unit list (a base has hundreds of units, not a hundred thousand). */
const EXPORT_MAX_ROWS = 100_000

const DATE_COLUMNS = new Set(['stageDate', 'registeredOn', 'agreementStart', 'agreementEnd'])
const TEXT_COLUMNS = new Set(['uscc', 'contactPhone', 'agreementNo', 'code'])

function kindOf(key: string): CellKind | undefined {
  if (DATE_COLUMNS.has(key)) return 'date'
  if (TEXT_COLUMNS.has(key)) return 'text'
  if (key === 'seats') return 'integer'
  return undefined
}

function columnsOf<R>(
  kind: 'organization' | 'unit',
  values: Record<string, (row: R) => string | number | null>,
): SheetColumn<R>[] {
  return IMPORT_COLUMNS[kind].map((c) => {
    const kindOfCell = kindOf(c.key)
    return {
      header: c.header,
      width: c.width,
      ...(kindOfCell ? { kind: kindOfCell } : {}),
      value: values[c.key] ?? (() => null),
    }
  })
}

type OrganizationExportRow = OrganizationRow & { areas: ServiceArea[] }

export async function exportOrganizations(
  { db, clock, audit }: HandlerEnv,
  q: ParsedInput<'organization.export'>,
): Promise<ExportFile> {
  const query: OrganizationQuery = { ...q, page: 1, pageSize: 20 }
  const { where, params, rank } = buildListWhere(query)
  const rows = db
    .prepare(`SELECT o.* FROM organization o ${where} ${buildListOrder(query, rank)}`)
    .all(params) as OrganizationExportRow[]
  const areas = new Map<number, ServiceArea[]>()
  for (const r of db
    .prepare(
      `SELECT organization_id AS id, area FROM organization_service_area
       WHERE organization_id IN (SELECT o.id FROM organization o ${where})`,
    )
    .all(params) as { id: number; area: ServiceArea }[]) {
    const list = areas.get(r.id)
    if (list) list.push(r.area)
    else areas.set(r.id, [r.area])
  }
  const order = Object.keys(CHOICE_LABELS.serviceArea)
  for (const row of rows) {
    row.areas = (areas.get(row.id) ?? []).sort((a, b) => order.indexOf(a) - order.indexOf(b))
  }
  const title = '入驻组织'
  const content = await tableToXlsx(
    title,
    columnsOf<OrganizationExportRow>('organization', {
      name: (r) => r.name,
      shortName: (r) => r.short_name,
      uscc: (r) => r.uscc,
      legalType: (r) => CHOICE_LABELS.legalType[r.legal_type],
      serviceAreas: (r) => r.areas.map((a) => CHOICE_LABELS.serviceArea[a]).join(LIST_SEPARATOR) || null,
      stage: (r) => CHOICE_LABELS.stage[r.stage],
      stageDate: (r) => r.stage_date,
      legalRepresentative: (r) => r.legal_representative,
      contactPerson: (r) => r.contact_person,
      contactPhone: (r) => r.contact_phone,
      email: (r) => r.email,
      address: (r) => r.address,
      registeredOn: (r) => r.registered_on,
      registrar: (r) => r.registrar,
      agreementNo: (r) => r.agreement_no,
      agreementStart: (r) => r.agreement_start,
      agreementEnd: (r) => r.agreement_end,
      description: (r) => r.description,
    }),
    rows,
  )
  audit({
    entity: 'export',
    entityId: null,
    before: null,
    after: { table: 'organizations', rows: rows.length },
  })
  return {
    fileName: `${title}-${clock.today()}.xlsx`,
    contentBase64: content.toString('base64'),
    rows: rows.length,
  }
}

export async function exportUnits(env: HandlerEnv, q: ParsedInput<'unit.export'>): Promise<ExportFile> {
  // The list's own query, one page as large as the export may be.
  const page = spaceHandlers['space.units'].run(env, {
    ...q,
    page: 1,
    pageSize: EXPORT_MAX_ROWS as ParsedInput<'space.units'>['pageSize'],
  })
  const title = '空间单元'
  const content = await tableToXlsx(
    title,
    columnsOf<SpaceUnit>('unit', {
      floor: (u) => u.floorName,
      code: (u) => u.code,
      name: (u) => u.name,
      unitType: (u) => CHOICE_LABELS.unitType[u.unitType],
      areaM2: (u) => u.areaM2,
      seats: (u) => u.seats,
      amenities: (u) => u.amenities.join(LIST_SEPARATOR) || null,
    }),
    page.items,
  )
  env.audit({
    entity: 'export',
    entityId: null,
    before: null,
    after: { table: 'units', rows: page.items.length },
  })
  return {
    fileName: `${title}-${env.clock.today()}.xlsx`,
    contentBase64: content.toString('base64'),
    rows: page.items.length,
  }
}
