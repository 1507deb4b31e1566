// How a service project's period, beneficiaries and service count read, in the table, the drawer and the card.
import { useI18n } from 'vue-i18n'
import type { ServiceProject } from '@shared/entities'

export function usePeriodText() {
  const { t, locale } = useI18n()
  const n = (value: number): string => value.toLocaleString(locale.value)
  const none = () => t('common.none')
  const periodText = (p: Pick<ServiceProject, 'startDate' | 'endDate'>): string =>
    p.endDate
      ? t('serviceProjects.period.range', { start: p.startDate, end: p.endDate })
      : t('serviceProjects.period.ongoing', { start: p.startDate })
  const beneficiaryText = (p: Pick<ServiceProject, 'beneficiaryCount' | 'beneficiaryKind'>): string => {
    if (p.beneficiaryCount === null) return p.beneficiaryKind ?? none()
    const count = n(p.beneficiaryCount)
    return p.beneficiaryKind
      ? t('serviceProjects.beneficiaries', { kind: p.beneficiaryKind, count })
      : t('serviceProjects.beneficiaryCount', { count })
  }
  const serviceText = (p: Pick<ServiceProject, 'serviceCount' | 'serviceUnit'>): string =>
    p.serviceCount === null
      ? none()
      : t('serviceProjects.serviceCount', {
          count: n(p.serviceCount),
          unit: t(`enums.serviceUnit.${p.serviceUnit}`),
        })
  return { periodText, beneficiaryText, serviceText }
}
