// Words for an organisation's standing (等级评估, 不可参评, 税前扣除资格 …), shared by the card and the overview.
import { useI18n } from 'vue-i18n'
import type { OrgStanding, RatingsOverviewRow } from '@shared/entities'
import type { InspectionGrade } from '@shared/enums'
import {
  gradeLabel,
  type NotRateableReason,
  type RegistrationProblem,
  type Validity,
} from '@shared/orgRecords'

export type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

/** A tag of the standing: its words and colour. */
export interface StandingTag {
  key: string
  type: TagType
  text: string
  effect?: 'dark' | 'light' | 'plain'
}

export const VALIDITY_TAG: Record<Validity, TagType> = {
  valid: 'success',
  expiring: 'warning',
  lapsed: 'danger',
}
export const INSPECTION_TAG: Record<InspectionGrade, TagType> = {
  pass: 'success',
  basic: 'warning',
  fail: 'danger',
}

export function useOrgRecordsText() {
  const { t } = useI18n()

  const reasonText = (r: NotRateableReason): string =>
    r.code === 'basicTwice'
      ? t('orgRecords.standing.reasons.basicTwice', { first: r.years[0], second: r.years[1] })
      : t(`orgRecords.standing.reasons.${r.code}`, { year: r.year })

  const registrationText = (p: RegistrationProblem): string =>
    p.code === 'notRegistered'
      ? t('orgRecords.standing.notRegistered')
      : t('orgRecords.standing.tooRecent', { from: p.eligibleFrom })

  /** 不可参评：… with every reason, or null when rateable. */
  const notRateableText = (reasons: readonly NotRateableReason[]): string | null =>
    reasons.length
      ? t('orgRecords.standing.notRateable', {
          reasons: reasons.map(reasonText).join(t('common.listSeparator')),
        })
      : null

  /** "4A · 有效至 2028-06-30", or "3A · 已于 … 到期". */
  const gradeText = (rating: { grade: number; validUntil: string; validity: Validity }): string => {
    const key = rating.validity === 'lapsed' ? 'orgRecords.standing.gradeLapsed' : 'orgRecords.standing.grade'
    return t(key, { grade: gradeLabel(rating.grade), until: rating.validUntil })
  }

  /** 可申请评估, or why not (不可参评 reasons, then the registration). */
  function eligibilityTags(s: Pick<OrgStanding, 'notRateable' | 'registration' | 'mayApply'>): StandingTag[] {
    if (s.mayApply) return [{ key: 'mayApply', type: 'success', text: t('orgRecords.standing.mayApply') }]
    const tags: StandingTag[] = []
    const notRateable = notRateableText(s.notRateable)
    if (notRateable) tags.push({ key: 'notRateable', type: 'danger', text: notRateable, effect: 'dark' })
    if (s.registration)
      tags.push({ key: 'registration', type: 'info', text: registrationText(s.registration) })
    return tags
  }

  /** The card's tags, in reading order: grade, what it unlocks, the tax qualification, eligibility. */
  function standingTags(s: OrgStanding): StandingTag[] {
    const tags: StandingTag[] = []
    if (!s.rating) tags.push({ key: 'grade', type: 'info', text: t('orgRecords.standing.noRating') })
    else
      tags.push({
        key: 'grade',
        type: VALIDITY_TAG[s.rating.validity],
        text: gradeText(s.rating),
        effect: s.rating.validity === 'lapsed' ? 'plain' : 'dark',
      })
    for (const q of s.qualifications)
      tags.push({ key: `q-${q}`, type: 'primary', text: t(`orgRecords.standing.qualifications.${q}`) })
    if (s.tax) {
      const key = s.tax.validity === 'lapsed' ? 'orgRecords.standing.taxLapsed' : 'orgRecords.standing.tax'
      tags.push({
        key: 'tax',
        type: VALIDITY_TAG[s.tax.validity],
        text: t(key, { until: s.tax.validUntil }),
        effect: 'plain',
      })
    }
    return [...tags, ...eligibilityTags(s)]
  }

  /** Warnings worth a line of their own: a rating or tax qualification ending soon or ended. */
  function standingWarnings(s: OrgStanding): { key: string; type: 'warning' | 'error'; text: string }[] {
    const out: { key: string; type: 'warning' | 'error'; text: string }[] = []
    if (s.rating?.validity === 'expiring')
      out.push({
        key: 'rating',
        type: 'warning',
        text: t('orgRecords.standing.expiringWarning', { until: s.rating.validUntil }),
      })
    if (s.rating?.validity === 'lapsed')
      out.push({
        key: 'rating',
        type: 'error',
        text: t('orgRecords.standing.lapsedWarning', { until: s.rating.validUntil }),
      })
    if (s.tax?.validity === 'expiring')
      out.push({
        key: 'tax',
        type: 'warning',
        text: t('orgRecords.standing.taxExpiring', { until: s.tax.validUntil }),
      })
    return out
  }

  const inspectionText = (row: RatingsOverviewRow['lastInspection']): string =>
    row ? row.result : t('orgRecords.overview.missing')

  return {
    reasonText,
    registrationText,
    notRateableText,
    gradeText,
    eligibilityTags,
    standingTags,
    standingWarnings,
    inspectionText,
  }
}
