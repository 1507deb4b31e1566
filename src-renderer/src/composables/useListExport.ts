// 导出 Excel of a list as currently filtered: the page hands over the filters it sends its list (without paging);
// this adds the words of the export in the user's language (headings, title, enum words) and saves the file.
import { useI18n } from 'vue-i18n'
import type { ChannelInput } from '@shared/contract'
import type { ExportFile } from '@shared/entities'
import { call } from '@/api'
import { useExcelExport } from './useExcelExport'

/** Where the words of a 待办提醒 title live in the catalog (the queue words titles from them, and so does its export). */
export const REMINDER_TITLE_WORDS = {
  titles: 'reminders.titles',
  meetingKind: 'meetings.kind',
  check: 'development.checks',
  hold: 'reminders.holds',
} as const

/** Each list export: its channel and where its enum words live in the catalog (`prefix` → locale key). */
const LIST_EXPORTS = {
  allocation: { channel: 'allocation.export', enums: { unitType: 'enums.unitType' } },
  booking: { channel: 'booking.export', enums: { bookerKind: 'enums.bookerKind' } },
  pairing: { channel: 'pairing.export', enums: { dimension: 'mentoring.enums.dimension' } },
  development: {
    channel: 'development.export',
    enums: { gender: 'enums.gender', stage: 'development.stages', check: 'development.checks' },
  },
  account: { channel: 'account.export', enums: { role: 'enums.role' } },
  audit: { channel: 'audit.export', enums: { channel: 'channels', entity: 'settings.audit.entityNames' } },
  attendance: { channel: 'compliance.attendanceExport', enums: {} },
  inKind: { channel: 'occupancy.inKindExport', enums: {} },
  instructors: {
    channel: 'partyOrg.instructorsExport',
    enums: { mentorKind: 'mentoring.enums.mentorKind', role: 'enums.partyContactRole' },
  },
  reminder: {
    channel: 'reminder.export',
    enums: {
      severity: 'reminders.severity',
      kind: 'reminders.kinds',
      action: 'reminders.actions',
      ...REMINDER_TITLE_WORDS,
    },
  },
  coverage: {
    channel: 'coverage.organizationsExport',
    enums: { legalType: 'enums.legalType', stage: 'enums.stage', status: 'enums.partyOrgStatus' },
  },
} as const

type ListExports = typeof LIST_EXPORTS
export type ListExportTable = keyof ListExports
type Filters<T extends ListExportTable> = Omit<ChannelInput<ListExports[T]['channel']>, 'labels'>

export function useListExport() {
  const { t } = useI18n()
  const { exporting, exportFile, labelsUnder } = useExcelExport()

  /** The words of one export: `title` (its `{placeholders}` filled), `heading.*`, `word.*` and its enum words. */
  function labelsOf(
    table: ListExportTable,
    titleParams: Record<string, string | number>,
  ): Record<string, string> {
    const out: Record<string, string> = {
      title: t(`listExports.${table}.title`, titleParams),
      ...labelsUnder('heading', `listExports.${table}.heading`),
      ...labelsUnder('word', 'listExports.word'),
    }
    for (const [prefix, localeKey] of Object.entries(LIST_EXPORTS[table].enums))
      Object.assign(out, labelsUnder(prefix, localeKey))
    return out
  }

  /** Exports the list `table` with the filters it shows now (and what its title names: `{year}`, `{date}`). */
  async function exportList<T extends ListExportTable>(
    table: T,
    filters: Filters<T>,
    titleParams: Record<string, string | number> = {},
  ): Promise<void> {
    // One channel per list; the filters were typed against that very channel above.
    const send = call as (channel: string, input: object) => Promise<ExportFile>
    await exportFile(
      () => send(LIST_EXPORTS[table].channel, { ...filters, labels: labelsOf(table, titleParams) }),
      'listExports.exported',
    )
  }

  return { exporting, exportList }
}
