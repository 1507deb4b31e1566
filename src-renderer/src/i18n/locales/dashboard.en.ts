// 工作台 · dashboard and 全局搜索 texts (en), kept beside the main catalog.
import type { LocaleMessages } from './zh-CN'

const dashboardEn: LocaleMessages['dashboard'] = {
  tabs: { overview: 'Overview', reminders: 'Reminders' },
  title: 'Dashboard',
  emptyBase:
    'The base has no organizations yet, so every figure is 0. Register one, or load the demo data on the Organizations page.',
  goOrganizations: 'Go to Organizations',
  openList: 'Click to see the list',
  byStage: 'By stage:',
  hint: 'As of {today}; click any figure or chart to see the list behind it.',
  kpi: {
    residents: 'Organizations in residence',
    residentsNote: '{total} organizations in all (not archived)',
    occupancy: 'Space occupancy today',
    occupancyNote: '{allocated} m² allocated of {allocatable} m²',
    coachingHours: 'Coaching hours this month',
    hours: '{hours} h',
    coachingNote: '{sessions} sessions this month',
    overdueItems: 'Overdue action items',
    overdueNote: 'Past their due date and still open',
    organizationalCoverage: 'Organisational coverage',
    workCoverage: 'Work coverage',
    coverageNote: '{count} of {total} organizations',
    compliance: 'Meetings this quarter (Q{quarter})',
    complianceAllMet: 'Every kind has reached its minimum',
    complianceShort: 'Not yet met: {kinds}',
    dues: 'Dues collected in {year}',
    duesNote: '{paid} paid of {due} due',
    venture: 'Tranches awaiting evaluation',
    ventureNote: 'In {projects} venture projects; paid once the evaluation is recorded',
  },
  charts: {
    residents: 'Organizations by stage',
    occupancy: 'Occupancy',
    occupancyTitle: 'Occupancy by month, {year}',
    month: '{month}',
    fundsTitle: 'Funds by source, {year}',
    fundsSum: 'in {in}, out {out}',
    fundsIn: 'Inflow (CNY)',
    fundsOut: 'Outflow (CNY)',
    fundsEmpty: 'No ledger entries this year yet',
  },
  search: {
    open: 'Search',
    shortcut: 'Ctrl+K',
    placeholder: 'Name, code or pinyin initials of an organization, person, project or space unit',
    empty: 'Nothing matches “{query}”',
    typeToSearch: 'Type a name, a code or pinyin initials (e.g. xflqm)',
    more: '{total} in all, first {shown} shown',
    keys: '↑↓ choose · Enter open · Esc close',
    kind: {
      organization: 'Organizations',
      partyMember: 'Party members',
      mentor: 'Mentors',
      serviceProject: 'Service projects',
      ventureProject: 'Venture projects',
      unit: 'Space units',
    },
  },
}

export default dashboardEn
