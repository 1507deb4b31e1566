// 两关六同步 (domain §3): the six items of an organisation's yearly checklist and the rules that prefill them from
// what the app already knows. Pure functions of the facts the core reads in bulk for a year; one rule per item,
// so each can be tested on its own. A person's entry always wins over the prefill (core/coverage/sixSync.ts).
import type { LegalType, SixSyncStatus } from './enums'
import type { Notice } from './errors'
import { formatMessage, type MessageKey, type MessageParams } from './messages'

/**
 * The six items, in the order of domain §3: 1 登记注册与党组织设立同步审批, 2 年检与党建工作同步检查,
 * 3 等级评估与党组织规范化建设评估同步开展, 4 自身建设与党组织建设同步考核, 5 创先争优同步表彰, 6 换届调整班子同步.
 */
export const SIX_SYNC_ITEMS = [1, 2, 3, 4, 5, 6] as const
export type SixSyncItem = (typeof SIX_SYNC_ITEMS)[number]

/** Legal types that are not registered (筹备中, 备案): no registration and no 年检. */
export const UNREGISTERED_TYPES: readonly LegalType[] = ['preparing', 'filed']

/** What the app knows of one organisation for one year, read by the core (all dates `YYYY-MM-DD`). */
export interface SixSyncFacts {
  legalType: LegalType
  registeredOn: string | null
  /** Only when registered in the year: 组织覆盖 in force on the registration date. */
  coveredOnRegistration: boolean
  /** Only when registered in the year: the first 组织覆盖 status starting after registration, within the year. */
  coveredFrom: string | null
  /** The 年检 that count for the year (concluded in it, or undated of 年度 year − 1), live only. */
  inspections: readonly { year: number; concludedOn: string | null; partyWorkChecked: boolean }[]
  /** 等级评估 dated in the year, live only. */
  ratings: readonly { ratedOn: string; grade: number; partyBuildingAssessed: boolean }[]
  /** The latest live 能力评估 dated in the year. */
  assessedOn: string | null
  /** The latest live coaching session in the year with the 党建指导 dimension. */
  partyCoachedOn: string | null
  /** The latest live 创先争优 (party-related) honour in the year, to the organisation or one of its people. */
  honour: { awardedOn: string; title: string; personName: string | null } | null
}

/** Where a prefill came from: a message of the catalog and its parameters (formatted only when shown). */
export interface PrefillReason {
  key: MessageKey
  params?: MessageParams
}

/** An item as the app would fill it: status, date (when one is known) and where it came from. */
export interface SixSyncPrefill {
  status: SixSyncStatus
  date: string | null
  reason: PrefillReason
}

// The matrix computes six prefills for every organisation of a year; the text is made only for the rows shown.
function explain(key: MessageKey, params?: MessageParams): PrefillReason {
  return params ? { key, params } : { key }
}

/** The reason as a notice: its zh-CN text with the key for the other languages. */
export function explainPrefill(reason: PrefillReason): Notice {
  return reason.params
    ? { key: reason.key, params: reason.params, message: formatMessage(reason.key, reason.params) }
    : { key: reason.key, message: formatMessage(reason.key) }
}

const inYear = (date: string | null, year: number): boolean =>
  date !== null && date.slice(0, 4) === String(year)

const later = (a: string, b: string): string => (a > b ? a : b)

/** Item 1 · 登记注册与党组织设立同步审批: registered in the year, with 组织覆盖 on that day or later that year. */
export function prefillRegistration(facts: SixSyncFacts, year: number): SixSyncPrefill {
  const registered = UNREGISTERED_TYPES.includes(facts.legalType) ? null : facts.registeredOn
  if (registered === null || !inYear(registered, year)) {
    return registered !== null && registered < `${year}-01-01`
      ? {
          status: 'not_applicable',
          date: null,
          reason: explain('sixSync.prefillRegisteredEarlier', { date: registered }),
        }
      : { status: 'not_applicable', date: null, reason: explain('sixSync.prefillNotRegistered') }
  }
  if (facts.coveredOnRegistration)
    return {
      status: 'synced',
      date: registered,
      reason: explain('sixSync.prefillRegisteredCovered', { date: registered }),
    }
  if (facts.coveredFrom !== null)
    return {
      status: 'synced',
      date: facts.coveredFrom,
      reason: explain('sixSync.prefillRegisteredCoveredLater', {
        registered,
        date: facts.coveredFrom,
      }),
    }
  return {
    status: 'not_started',
    date: null,
    reason: explain('sixSync.prefillRegisteredUncovered', { date: registered }),
  }
}

/**
 * Item 2 · 年检与党建工作同步检查: a 年检 that counts for the year with its Party-work check. Unregistered types have
 * no 年检; an organisation registered during the year has none due yet (its first is the next year's, for this one).
 */
export function prefillInspection(facts: SixSyncFacts, year: number): SixSyncPrefill {
  if (UNREGISTERED_TYPES.includes(facts.legalType))
    return { status: 'not_applicable', date: null, reason: explain('sixSync.prefillInspectionExempt') }
  // A checked one wins; among equals the latest (an undated one sorts first).
  const chosen = [...facts.inspections].sort(
    (a, b) =>
      Number(a.partyWorkChecked) - Number(b.partyWorkChecked) ||
      (a.concludedOn ?? '').localeCompare(b.concludedOn ?? ''),
  )[facts.inspections.length - 1]
  if (!chosen) {
    if (facts.registeredOn !== null && facts.registeredOn >= `${year}-01-01`)
      return {
        status: 'not_applicable',
        date: null,
        reason: explain('sixSync.prefillInspectionNewlyRegistered', { date: facts.registeredOn }),
      }
    return { status: 'not_started', date: null, reason: explain('sixSync.prefillInspectionNone') }
  }
  const params: MessageParams = chosen.concludedOn
    ? { date: chosen.concludedOn }
    : { inspectionYear: chosen.year }
  if (chosen.partyWorkChecked)
    return {
      status: 'synced',
      date: chosen.concludedOn,
      reason: explain(
        chosen.concludedOn ? 'sixSync.prefillInspectionChecked' : 'sixSync.prefillInspectionCheckedUndated',
        params,
      ),
    }
  return {
    status: 'not_started',
    date: null,
    reason: explain(
      chosen.concludedOn ? 'sixSync.prefillInspectionUnchecked' : 'sixSync.prefillInspectionUncheckedUndated',
      params,
    ),
  }
}

/** Item 3 · 等级评估与党组织规范化建设评估同步开展: a rating in the year, with the Party assessment; none → 不适用. */
export function prefillRating(facts: SixSyncFacts): SixSyncPrefill {
  const chosen = [...facts.ratings].sort(
    (a, b) =>
      Number(a.partyBuildingAssessed) - Number(b.partyBuildingAssessed) || a.ratedOn.localeCompare(b.ratedOn),
  )[facts.ratings.length - 1]
  if (!chosen) return { status: 'not_applicable', date: null, reason: explain('sixSync.prefillRatingNone') }
  const params = { date: chosen.ratedOn, grade: chosen.grade }
  return chosen.partyBuildingAssessed
    ? {
        status: 'synced',
        date: chosen.ratedOn,
        reason: explain('sixSync.prefillRatingAssessed', params),
      }
    : { status: 'not_started', date: null, reason: explain('sixSync.prefillRatingNotAssessed', params) }
}

/** Item 4 · 自身建设与党组织建设同步考核: a 能力评估 and a 党建指导 session in the year; the date is the later one. */
export function prefillAppraisal(facts: SixSyncFacts): SixSyncPrefill {
  const { assessedOn, partyCoachedOn } = facts
  if (assessedOn !== null && partyCoachedOn !== null)
    return {
      status: 'synced',
      date: later(assessedOn, partyCoachedOn),
      reason: explain('sixSync.prefillAppraisalBoth', { assessed: assessedOn, coached: partyCoachedOn }),
    }
  const reason =
    assessedOn !== null
      ? explain('sixSync.prefillAppraisalNoCoaching', { date: assessedOn })
      : partyCoachedOn !== null
        ? explain('sixSync.prefillAppraisalNoAssessment', { date: partyCoachedOn })
        : explain('sixSync.prefillAppraisalNone')
  return { status: 'not_started', date: null, reason }
}

/** Item 5 · 创先争优同步表彰: a party-related honour in the year, to the organisation or one of its people. */
export function prefillHonour(facts: SixSyncFacts): SixSyncPrefill {
  const h = facts.honour
  if (!h) return { status: 'not_started', date: null, reason: explain('sixSync.prefillHonourNone') }
  return {
    status: 'synced',
    date: h.awardedOn,
    reason: h.personName
      ? explain('sixSync.prefillHonourPerson', { date: h.awardedOn, person: h.personName, title: h.title })
      : explain('sixSync.prefillHonourOrganization', { date: h.awardedOn, title: h.title }),
  }
}

/** Item 6 · 换届调整班子同步: nothing in the app records an organisation's 换届, so it is set by hand. */
export function prefillLeadership(): SixSyncPrefill {
  return { status: 'not_started', date: null, reason: explain('sixSync.prefillLeadershipManual') }
}

/** The six prefilled items, in item order. */
export function prefillAll(facts: SixSyncFacts, year: number): SixSyncPrefill[] {
  return [
    prefillRegistration(facts, year),
    prefillInspection(facts, year),
    prefillRating(facts),
    prefillAppraisal(facts),
    prefillHonour(facts),
    prefillLeadership(),
  ]
}

/** Facts of an organisation the app knows nothing about for the year (the base of the core's bulk read). */
export function emptyFacts(legalType: LegalType, registeredOn: string | null): SixSyncFacts {
  return {
    legalType,
    registeredOn,
    coveredOnRegistration: false,
    coveredFrom: null,
    inspections: [],
    ratings: [],
    assessedOn: null,
    partyCoachedOn: null,
    honour: null,
  }
}

/** The first and last day of a year, and the dates a manual entry may carry (not after today). */
export const yearBounds = (year: number): { first: string; last: string } => ({
  first: `${year}-01-01`,
  last: `${year}-12-31`,
})
