// Rules of 陪伴指导 that the core applies and the form shows before saving: one definition for both.
import type { Stage } from './enums'

/** Stages in residence: the organisations the base is expected to accompany. */
export const IN_RESIDENCE_STAGES: readonly Stage[] = [
  'resident',
  'incubating',
  'venture_guidance',
  'capacity_building',
]

/**
 * Minutes from start to end (`HH:mm`). An end at or before the start means the session went past midnight and
 * ended the next day (22:00–01:00 is 3 hours); every minute counts on the session's own date. `24:00` is the end
 * of that day (00:00–24:00 is a whole day). Null when a time is not `HH:mm` or the start is 24:00.
 */
export function sessionMinutes(startTime: string, endTime: string): number | null {
  const parse = (v: string) => {
    const m = /^(\d{2}):(\d{2})$/.exec(v)
    return m ? Number(m[1]) * 60 + Number(m[2]) : null
  }
  const start = parse(startTime)
  const end = parse(endTime)
  if (start === null || end === null || start >= 1440) return null
  return end === 1440 ? 1440 - start : (end - start + 1440) % 1440
}

/** Hours with two decimals, from minutes. */
export const hoursOf = (minutes: number): number => Math.round((minutes / 60) * 100) / 100

/** The hours report on screen lists at most this many mentors and organisations, most hours first; the export has all. */
export const STATS_ROW_LIMIT = 200
