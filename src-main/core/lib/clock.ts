// The core never reads the system clock directly: it asks a Clock, so tests and `--today` can fix "today".

export const BASE_TIME_ZONE = 'Asia/Shanghai'

export interface Clock {
  /** Today in the base's time zone, `YYYY-MM-DD`. */
  today: () => string
  /** Now as `YYYY-MM-DDTHH:mm:ss+08:00` in the base's time zone (the date part follows `today()`). */
  timestamp: () => string
}

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: BASE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

function localParts(date: Date): { date: string; time: string } {
  const p: Record<string, string> = {}
  for (const part of partsFormatter.formatToParts(date)) p[part.type] = part.value
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` }
}

/** The real clock, or one whose date is fixed to `fixedToday` (its time of day still moves). */
export function createClock(fixedToday?: string): Clock {
  return {
    today: () => fixedToday ?? localParts(new Date()).date,
    timestamp: () => {
      const now = localParts(new Date())
      return `${fixedToday ?? now.date}T${now.time}+08:00`
    },
  }
}
