// Reminders texts (en), kept beside the main catalog.
const remindersEn = {
  title: 'Reminders',
  view: { open: 'Open ({count})', handled: 'Handled ({count})' },
  severity: { all: 'All', overdue: 'Overdue', due_today: 'Due today', due_soon: 'Due soon' },
  allKinds: 'All kinds',
  kinds: {
    agreement: 'Agreement ending',
    allocation: 'Allocation ending',
    inspection: 'Annual inspection',
    rating: 'Rating expiring',
    tax: 'Tax-deduction status expiring',
    meeting: 'Branch meetings',
    development: 'Party recruitment',
    dues: 'Dues arrears',
    actionItem: 'Action items',
    tranche: 'Venture tranches',
    term: 'Committee election',
  },
  columns: {
    severity: 'Urgency',
    kind: 'Kind',
    title: 'Item',
    dueDate: 'Due date',
    days: 'Left / overdue',
    actions: 'Handle',
  },
  days: { overdue: '{days} days overdue', today: 'Due today', left: '{days} days left' },
  titles: {
    agreement: 'Residency agreement ends: {name}',
    allocation: 'Allocation ends: {unit} ({name})',
    inspection: 'Annual inspection {year} not recorded: {name}',
    rating: 'Rating ({grade}) expires: {name}',
    tax: 'Charitable-donation tax-deduction status expires: {name}',
    meeting: '{meetingKind}{group} below its minimum: {needed} more needed',
    groupSuffix: ' ({group})',
    development: 'Recruitment of {name}: {step}',
    dues: 'Dues arrears: {name}, {months} months{flag}',
    duesFlag: ' (6 or more months in a row unpaid)',
    actionItem: 'Action item: {title} ({name})',
    tranche: 'Venture “{project}” tranche {seq} blocked: {hold}',
    term: 'Branch committee term (from {start}) ends: election due',
  },
  holds: {
    evaluationMissing_mid: 'mid-term evaluation not recorded',
    evaluationMissing_final: 'final evaluation not recorded',
    evaluationFailed_mid: 'mid-term evaluation failed',
    evaluationFailed_final: 'final evaluation failed',
  },
  handling: {
    snoozed: 'Snoozed until {date}, reason: {reason} ({by})',
    dismissed: 'Dismissed, reason: {reason} ({by})',
  },
  actions: { snooze: 'Snooze', dismiss: 'Dismiss', undo: 'Undo' },
  readOnly: 'View only',
  emptyOpen: 'Nothing to handle',
  emptyHandled: 'No snoozed or dismissed reminders',
  dialog: {
    title: { snooze: 'Snooze reminder', dismiss: 'Dismiss reminder', undo: 'Undo decision' },
    hint: {
      snooze:
        'While snoozed the reminder is hidden; it comes back on the chosen day, or as a new reminder if its record changes.',
      dismiss:
        'Once dismissed the reminder is hidden; if its record changes (say a new due date) it comes back as a new reminder.',
      undo: 'Undoing brings the reminder back to the open list; the decision and its reason stay on record.',
    },
    until: 'Snooze until',
    untilPlaceholder: 'A day after today',
    reason: 'Reason',
    reasonPlaceholder: {
      snooze: 'e.g. called them, they promised to sort it out mid-month',
      dismiss: 'e.g. the organisation has confirmed it is graduating',
      undo: 'e.g. clicked by mistake',
    },
    reasonRequired:
      'Please give a reason: snoozing, dismissing and undoing each need one, and it is kept on record.',
    untilRequired: 'Please choose the day to snooze until.',
    done: { snooze: 'Snoozed', dismiss: 'Dismissed', undo: 'Undone: the reminder is back' },
  },
}

export default remindersEn
