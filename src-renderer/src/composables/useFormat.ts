import { useI18n } from 'vue-i18n'
import { BASE_TIME_ZONE } from '@shared/time'

/** Dates and times as the base sees them (Asia/Shanghai), whatever the computer's own zone. */
export function useFormat() {
  const { locale } = useI18n()
  const dateTime = (iso: string): string =>
    new Date(iso).toLocaleString(locale.value, { timeZone: BASE_TIME_ZONE, hour12: false })
  /** `HH:mm`, rounded up to the minute: “locked until 14:06” is never earlier than the lock's end. */
  const timeRoundedUp = (iso: string): string =>
    new Date(Math.ceil(Date.parse(iso) / 60_000) * 60_000).toLocaleTimeString(locale.value, {
      timeZone: BASE_TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    })
  return { dateTime, timeRoundedUp }
}
