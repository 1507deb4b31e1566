// The core never reads the system clock directly: it asks a Clock, so tests and `--today` can fix "today".

import { BASE_TIME_ZONE } from '../../shared/time'

export { BASE_TIME_ZONE }

export interface Clock {
  /** Today in the base's time zone, `YYYY-MM-DD`. */
  today: () => string
  /** Now as `YYYY-MM-DDTHH:mm:ss+08:00` in the base's time zone (the date part follows `today()`). */
  timestamp: () => string
  /** Milliseconds since the epoch, for durations (idle lock, login lockout). */
  nowMs: () => number
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

let lastSecond = NaN
let lastParts = { date: '', time: '' }

/** Date and time in the base's time zone; the last second's answer is kept (an import stamps thousands of rows). */
function localParts(date: Date): { date: string; time: string } {
  const second = Math.floor(date.getTime() / 1000)
  if (second === lastSecond) return lastParts
  const p: Record<string, string> = {}
  for (const part of partsFormatter.formatToParts(date)) p[part.type] = part.value
  lastParts = { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` }
  lastSecond = second
  return lastParts
}

/**
 * The real clock, or one whose date is fixed to `fixedToday` (its time of day still moves; a function lets a
 * test turn the page to another day). `nowMs` can be
 * replaced to let tests move time forward.
 */
export function createClock(fixedToday?: string | (() => string), nowMs: () => number = Date.now): Clock {
  const fixed = typeof fixedToday === 'function' ? fixedToday : () => fixedToday
  return {
    today: () => fixed() ?? localParts(new Date(nowMs())).date,
    timestamp: () => {
      const now = localParts(new Date(nowMs()))
      return `${fixed() ?? now.date}T${now.time}+08:00`
    },
    nowMs,
  }
}

/** `HH:mm` of an instant in the base's time zone (for messages such as “请于 14:05 后再试”). */
export function localTime(ms: number): string {
  return localParts(new Date(ms)).time.slice(0, 5)
}
